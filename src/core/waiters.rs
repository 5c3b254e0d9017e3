//! Waiting for a backup or a service to reach a state, by polling at a fixed
//! interval (`polling.rs`: never a busy loop; transient failures while polling are
//! waited out, not raised); a final failure state ends the wait at once.

use std::time::Duration;

use uuid::Uuid;

use super::api::models::{Backup, Service};
use super::client::Client;
use super::error::Error;
use super::polling::{no_action, poll, Observed, Progress, Waiting};
use super::states::is_dead_end;

/// Defaults that stay well inside the API's 10 requests per 10 s per key.
pub const DEFAULT_BACKUP_POLL_INTERVAL: Duration = Duration::from_secs(30);
pub const DEFAULT_BACKUP_WAIT: Duration = Duration::from_secs(3600);
pub const DEFAULT_SERVICE_POLL_INTERVAL: Duration = Duration::from_secs(15);
pub const DEFAULT_SERVICE_WAIT: Duration = Duration::from_secs(1800);

/// What `wait_for_service` waits for when given no state.
pub const DEFAULT_SERVICE_STATE: &str = "running";

impl Client {
    /// Polls the backup until it is `done` (returned with its response's request id),
    /// `error` (`Error::BackupFailed`) or `timeout` has passed (`Error::WaitTimeout`).
    pub async fn wait_for_backup(
        &self,
        organization_id: &Uuid,
        service_id: &Uuid,
        backup_id: &Uuid,
        waiting: Waiting,
        progress: &Progress,
    ) -> Result<(Backup, Option<String>), Error> {
        let (timeout, poll_interval) =
            waiting.resolve(DEFAULT_BACKUP_WAIT, DEFAULT_BACKUP_POLL_INTERVAL)?;
        let what = format!("backup {backup_id}");
        poll(
            &what,
            timeout,
            poll_interval,
            progress,
            || self.get_backup(organization_id, service_id, backup_id),
            |fetched: (Backup, Option<String>), _| match fetched.0.status.as_deref() {
                Some("done") => Observed::Done(fetched),
                Some("error") => Observed::Failed(Error::BackupFailed(Box::new(fetched))),
                Some(other) => Observed::Pending(other.to_owned()),
                None => Observed::Pending("without a status".into()),
            },
            no_action,
        )
        .await
    }

    /// Polls the service until its state is `state` (`running` when None; returned), a state it cannot
    /// leave on its own such as `failed` or `terminated` (`Error::ServiceFailed`), or
    /// `timeout` has passed (`Error::WaitTimeout`).
    pub async fn wait_for_service(
        &self,
        organization_id: &Uuid,
        service_id: &Uuid,
        state: Option<&str>,
        waiting: Waiting,
        progress: &Progress,
    ) -> Result<Service, Error> {
        let (timeout, poll_interval) =
            waiting.resolve(DEFAULT_SERVICE_WAIT, DEFAULT_SERVICE_POLL_INTERVAL)?;
        let what = format!("service {service_id}");
        let state = state.unwrap_or(DEFAULT_SERVICE_STATE).to_ascii_lowercase();
        poll(
            &what,
            timeout,
            poll_interval,
            progress,
            || self.get_service(organization_id, service_id),
            |service: Service, _| match service.state.as_deref().map(str::to_ascii_lowercase) {
                Some(s) if s == state => Observed::Done(service),
                Some(s) if is_dead_end(&s, &state) => {
                    Observed::Failed(Error::ServiceFailed(Box::new(service)))
                }
                Some(s) => Observed::Pending(s),
                None => Observed::Pending("without a state".into()),
            },
            no_action,
        )
        .await
    }

    /// The newest backup (latest `startedAt`) with `status`, or of any status when
    /// `status` is None; None when there is no such backup.
    pub async fn latest_backup(
        &self,
        organization_id: &Uuid,
        service_id: &Uuid,
        status: Option<&str>,
    ) -> Result<Option<(Backup, Option<String>)>, Error> {
        let (backups, request_id) = self.list_backups(organization_id, service_id).await?;
        Ok(newest(backups, status).map(|backup| (backup, request_id)))
    }
}

/// The newest matching backup; the server's order breaks ties and undated backups
/// come last.
pub fn newest(backups: Vec<Backup>, status: Option<&str>) -> Option<Backup> {
    let mut best: Option<Backup> = None;
    for backup in backups {
        if status.is_some_and(|s| backup.status.as_deref() != Some(s)) {
            continue;
        }
        let newer = match &best {
            None => true,
            Some(b) => match (backup.started_at, b.started_at) {
                (Some(new), Some(old)) => new.0 > old.0,
                (Some(_), None) => true,
                _ => false,
            },
        };
        if newer {
            best = Some(backup);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::wire::Timestamp;

    fn backup(status: &str, started: Option<&str>, n: u128) -> Backup {
        Backup {
            id: Some(Uuid::from_u128(n)),
            status: Some(status.into()),
            started_at: started.and_then(Timestamp::parse),
            ..Default::default()
        }
    }

    #[test]
    fn newest_picks_by_start_time_and_status() {
        let list = vec![
            backup("in_progress", Some("2024-01-03T00:00:00Z"), 3),
            backup("done", Some("2024-01-01T00:00:00Z"), 1),
            backup("done", Some("2024-01-02T01:00:00+02:00"), 2),
            backup("done", None, 4),
        ];
        assert_eq!(
            newest(list.clone(), Some("done")).unwrap().id,
            Some(Uuid::from_u128(2))
        );
        assert_eq!(
            newest(list.clone(), None).unwrap().id,
            Some(Uuid::from_u128(3))
        );
        assert_eq!(newest(list, Some("error")), None);
        assert_eq!(newest(vec![], None), None);
    }
}
