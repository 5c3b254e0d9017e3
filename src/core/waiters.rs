//! Waiting for a backup or a service to reach a state, by polling at a fixed
//! interval (never a busy loop). Transient failures while polling are waited out, not
//! raised; a final failure state ends the wait at once.

use std::future::Future;
use std::time::Duration;

use tokio::time::Instant;
use uuid::Uuid;

use super::api::models::{Backup, Service};
use super::client::Client;
use super::error::{Error, StatusError};
use super::logging;

/// States from which a service does not reach another state on its own.
pub const FINAL_FAILURE_STATES: &[&str] = &[
    "failed",
    "terminated",
    "terminating",
    "softdeleted",
    "softdeleting",
];

/// Defaults that stay well inside the API's 10 requests per 10 s per key.
pub const DEFAULT_BACKUP_POLL_INTERVAL: Duration = Duration::from_secs(30);
pub const DEFAULT_BACKUP_WAIT: Duration = Duration::from_secs(3600);
pub const DEFAULT_SERVICE_POLL_INTERVAL: Duration = Duration::from_secs(15);
pub const DEFAULT_SERVICE_WAIT: Duration = Duration::from_secs(1800);

enum Check<T> {
    Done(T),
    Failed(Error),
    /// Not there yet; the text says where it is ("in_progress").
    Pending(String),
}

/// The shortest poll interval accepted: below it a waiter would be a busy loop.
pub const MIN_POLL_INTERVAL: Duration = Duration::from_millis(10);

/// What `wait_for_service` waits for when given no state.
pub const DEFAULT_SERVICE_STATE: &str = "running";

/// How long and how often a waiter polls: the defaults where not given, and no
/// interval so short that polling becomes a busy loop.
#[derive(Debug, Clone, Copy, Default)]
pub struct Waiting {
    pub timeout: Option<Duration>,
    pub poll_interval: Option<Duration>,
}

impl Waiting {
    /// Refuses an interval that would make polling a busy loop.
    pub fn check(&self) -> Result<(), Error> {
        self.resolve(Duration::ZERO, MIN_POLL_INTERVAL).map(|_| ())
    }

    fn resolve(self, timeout: Duration, interval: Duration) -> Result<(Duration, Duration), Error> {
        let interval = self.poll_interval.unwrap_or(interval);
        if interval < MIN_POLL_INTERVAL {
            return Err(Error::InvalidArgument(format!(
                "poll_interval must be at least {} s",
                MIN_POLL_INTERVAL.as_secs_f64()
            )));
        }
        Ok((self.timeout.unwrap_or(timeout), interval))
    }
}

/// Polls `fetch` every `interval` until `check` says done or failed, or `timeout`
/// has passed. A request still running at the deadline is abandoned; when the
/// deadline falls inside a pause, one last look is taken at the deadline.
async fn poll<T, F, Fut>(
    what: &str,
    timeout: Duration,
    interval: Duration,
    mut fetch: F,
    check: impl Fn(T) -> Check<T>,
) -> Result<T, Error>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, Error>>,
{
    let started = Instant::now();
    let deadline = started.checked_add(timeout).unwrap_or_else(far_future);
    let mut last = String::from("not seen yet");
    let mut final_look = false;
    loop {
        let outcome = if final_look {
            Ok(fetch().await)
        } else {
            tokio::time::timeout_at(deadline, fetch()).await
        };
        let mut pause = interval;
        match outcome {
            Err(_deadline_passed) => break,
            Ok(Ok(value)) => match check(value) {
                Check::Done(value) => return Ok(value),
                Check::Failed(error) => return Err(error),
                Check::Pending(state) => last = state,
            },
            Ok(Err(error)) if error.is_transient() => {
                logging::info(|| format!("still waiting for {what}: {error}"));
                // A 429 says how long to stay away.
                if let Error::Status(StatusError {
                    retry_after: Some(wait),
                    ..
                }) = &error
                {
                    pause = pause.max(*wait);
                }
                last = format!("unknown ({error})");
            }
            Ok(Err(error)) => return Err(error),
        }
        if final_look {
            break;
        }
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        match now.checked_add(pause) {
            Some(wake) if wake < deadline => tokio::time::sleep_until(wake).await,
            _ => {
                tokio::time::sleep_until(deadline).await;
                final_look = true;
            }
        }
    }
    Err(Error::WaitTimeout(format!(
        "{what} is still {last} after waiting {:.1}s",
        started.elapsed().as_secs_f64()
    )))
}

fn far_future() -> Instant {
    // ~30 years: "no deadline" without overflowing the clock.
    Instant::now() + Duration::from_secs(86_400 * 365 * 30)
}

impl Client {
    /// Polls the backup until it is `done` (returned with its response's request id),
    /// `error` (`Error::BackupFailed`) or `timeout` has passed (`Error::WaitTimeout`).
    pub async fn wait_for_backup(
        &self,
        organization_id: &Uuid,
        service_id: &Uuid,
        backup_id: &Uuid,
        waiting: Waiting,
    ) -> Result<(Backup, Option<String>), Error> {
        let (timeout, poll_interval) =
            waiting.resolve(DEFAULT_BACKUP_WAIT, DEFAULT_BACKUP_POLL_INTERVAL)?;
        let what = format!("backup {backup_id}");
        poll(
            &what,
            timeout,
            poll_interval,
            || self.get_backup(organization_id, service_id, backup_id),
            |fetched: (Backup, Option<String>)| match fetched.0.status.as_deref() {
                Some("done") => Check::Done(fetched),
                Some("error") => Check::Failed(Error::BackupFailed(Box::new(fetched))),
                Some(other) => Check::Pending(other.to_owned()),
                None => Check::Pending("without a status".into()),
            },
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
    ) -> Result<Service, Error> {
        let (timeout, poll_interval) =
            waiting.resolve(DEFAULT_SERVICE_WAIT, DEFAULT_SERVICE_POLL_INTERVAL)?;
        let what = format!("service {service_id}");
        let state = state.unwrap_or(DEFAULT_SERVICE_STATE).to_ascii_lowercase();
        poll(
            &what,
            timeout,
            poll_interval,
            || self.get_service(organization_id, service_id),
            |service: Service| match service.state.as_deref().map(str::to_ascii_lowercase) {
                Some(s) if s == state => Check::Done(service),
                Some(s) if is_dead_end(&s, &state) => {
                    Check::Failed(Error::ServiceFailed(Box::new(service)))
                }
                Some(s) => Check::Pending(s),
                None => Check::Pending("without a state".into()),
            },
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

/// Whether a service in `current` can no longer reach `target` by itself:
/// `terminating` still leads to `terminated`, but not to `running`.
pub fn is_dead_end(current: &str, target: &str) -> bool {
    let on_the_way = matches!(
        (current, target),
        ("terminating", "terminated") | ("softdeleting", "softdeleted")
    );
    FINAL_FAILURE_STATES.contains(&current) && current != target && !on_the_way
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

    #[test]
    fn dead_ends_depend_on_the_target() {
        assert!(is_dead_end("failed", "running"));
        assert!(is_dead_end("terminating", "running"));
        assert!(!is_dead_end("terminating", "terminated"));
        assert!(!is_dead_end("softdeleting", "softdeleted"));
        assert!(!is_dead_end("failed", "failed"));
        assert!(!is_dead_end("stopped", "running"));
        assert!(!is_dead_end("provisioning", "running"));
    }

    #[test]
    fn poll_looks_once_more_at_the_deadline() {
        let rt = crate::core::runtime::handle().unwrap();
        let started = std::time::Instant::now();
        let result = rt.block_on(poll(
            "thing",
            Duration::from_millis(300),
            Duration::from_millis(200),
            || {
                let done = started.elapsed() >= Duration::from_millis(250);
                async move { Ok(done) }
            },
            |done| {
                if done {
                    Check::Done(done)
                } else {
                    Check::Pending("busy".into())
                }
            },
        ));
        assert_eq!(result, Ok(true));
    }

    #[test]
    fn poll_times_out_and_never_busy_loops() {
        let rt = crate::core::runtime::handle().unwrap();
        let calls = std::sync::atomic::AtomicU32::new(0);
        let result: Result<u32, Error> = rt.block_on(poll(
            "thing",
            Duration::from_millis(250),
            Duration::from_millis(100),
            || {
                calls.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                async { Ok(1u32) }
            },
            |_| Check::Pending("busy".into()),
        ));
        let Err(Error::WaitTimeout(m)) = result else {
            panic!()
        };
        assert!(m.contains("still busy"), "{m}");
        // at 0, 100 and 200 ms, then a last look at the 250 ms deadline
        assert_eq!(calls.load(std::sync::atomic::Ordering::SeqCst), 4);
    }

    #[test]
    fn poll_waits_out_transient_errors_but_not_others() {
        let rt = crate::core::runtime::handle().unwrap();
        let calls = std::sync::atomic::AtomicU32::new(0);
        let result = rt.block_on(poll(
            "thing",
            Duration::from_secs(5),
            Duration::from_millis(10),
            || {
                let n = calls.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                async move {
                    if n < 2 {
                        Err(Error::Connection("down".into()))
                    } else {
                        Ok(n)
                    }
                }
            },
            Check::Done,
        ));
        assert_eq!(result, Ok(2));
        let result: Result<u32, Error> = rt.block_on(poll(
            "thing",
            Duration::from_secs(5),
            Duration::from_millis(10),
            || async { Err(Error::InvalidArgument("no".into())) },
            Check::Done,
        ));
        assert_eq!(result, Err(Error::InvalidArgument("no".into())));
    }
}
