//! The jobs users come with, each several calls and states to wait through: keep a
//! service running, stop it, delete it safely, wait for a ClickPipe, read costs over
//! any range, rotate a key. Written by hand over the generated operations and the
//! waiters' polling (`waiters::drive`): what to send in which state is a decision the
//! spec does not make.
//!
//! A state change's answer may already show the target state; the jobs never trust it
//! and poll until the service (or pipe) reports the state itself.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use serde_json::{json, Value};
use uuid::Uuid;

use super::api::models::{ApiKey, ClickPipe, CreatedKey, Service, UsageCost};
use super::api::operations::{id, Output};
use super::client::Client;
use super::error::Error;
use super::operation::Arguments;
use super::waiters::{drive, is_dead_end, Observed, Progress, Waiting};
use super::wire::Date;

/// The most days one usage-cost request may span (the API refuses more).
pub const MAX_COST_DAYS: i64 = 31;

/// How long a service may take to start, stop or go away by default.
const SERVICE_JOB_WAIT: std::time::Duration = std::time::Duration::from_secs(1800);

/// Service states on the way to `running` by themselves.
const STARTING: &[&str] = &["starting", "provisioning", "awaking", "awakening"];

impl Client {
    async fn service_command(
        &self,
        org: &Uuid,
        service: &Uuid,
        command: &str,
    ) -> Result<(), Error> {
        let args = Arguments {
            path: vec![org.to_string(), service.to_string()],
            query: Vec::new(),
            body: Some(json!({ "command": command })),
        };
        self.call(id::INSTANCE_STATE_UPDATE, args).await.map(|_| ())
    }

    /// Makes sure the service runs: returns at once if it does, starts it if stopped,
    /// wakes it if idle, waits through the states on the way (a service `stopping` is
    /// let stop, then started), and fails fast on a state it cannot leave.
    pub async fn ensure_service_running(
        &self,
        org: &Uuid,
        service: &Uuid,
        waiting: Waiting,
        progress: &Progress,
    ) -> Result<Service, Error> {
        let what = format!("service {service}");
        // The last command sent: not sent again while the state still shows the old
        // one (the API may answer before the state changes).
        let sent: Mutex<Option<&'static str>> = Mutex::new(None);
        let last_sent = || sent.lock().ok().and_then(|s| *s);
        drive(
            &what,
            waiting.or(SERVICE_JOB_WAIT),
            progress,
            || self.get_service(org, service),
            |found: Service| {
                let state = found.state.clone().unwrap_or_default().to_ascii_lowercase();
                match state.as_str() {
                    "running" => Observed::Done(found),
                    "stopped" if last_sent() != Some("start") => Observed::Act(state, "start"),
                    "idle" if last_sent() != Some("awake") => Observed::Act(state, "awake"),
                    s if is_dead_end(s, "running") => {
                        Observed::Failed(Error::ServiceFailed(Box::new(found)))
                    }
                    _ => Observed::Pending(state),
                }
            },
            |command| {
                if let Ok(mut last) = sent.lock() {
                    *last = Some(command);
                }
                self.service_command(org, service, command)
            },
        )
        .await
    }

    /// Stops the service and waits until it is `stopped` (at once if it is).
    pub async fn stop_service(
        &self,
        org: &Uuid,
        service: &Uuid,
        waiting: Waiting,
        progress: &Progress,
    ) -> Result<Service, Error> {
        let what = format!("service {service}");
        let sent = AtomicBool::new(false);
        drive(
            &what,
            waiting.or(SERVICE_JOB_WAIT),
            progress,
            || self.get_service(org, service),
            |found: Service| {
                let state = found.state.clone().unwrap_or_default().to_ascii_lowercase();
                match state.as_str() {
                    "stopped" => Observed::Done(found),
                    "running" | "idle" | "degraded" if !sent.load(Ordering::Relaxed) => {
                        Observed::Act(state, "stop")
                    }
                    // A service starting cannot be stopped yet: let it get there.
                    s if STARTING.contains(&s) => Observed::Pending(state),
                    s if is_dead_end(s, "stopped") => {
                        Observed::Failed(Error::ServiceFailed(Box::new(found)))
                    }
                    _ => Observed::Pending(state),
                }
            },
            |command| {
                sent.store(true, Ordering::Relaxed);
                self.service_command(org, service, command)
            },
        )
        .await
    }

    /// Deletes the service and waits until it is gone. With `stop`, a service that is
    /// not stopped is stopped first (the API refuses to delete it otherwise). Safe to
    /// run again: a service already gone is success.
    pub async fn delete_service(
        &self,
        org: &Uuid,
        service: &Uuid,
        stop: bool,
        waiting: Waiting,
        progress: &Progress,
    ) -> Result<(), Error> {
        let what = format!("service {service}");
        let started = tokio::time::Instant::now();
        let budget = waiting.or(SERVICE_JOB_WAIT);
        if stop {
            match self.stop_service(org, service, budget, progress).await {
                Ok(_) => {}
                Err(e) if is_gone(&e) => return Ok(()),
                Err(Error::ServiceFailed(found)) if is_terminal(&found) => {}
                Err(e) => return Err(e),
            }
        }
        let args = Arguments {
            path: vec![org.to_string(), service.to_string()],
            query: Vec::new(),
            body: None,
        };
        match self.call(id::INSTANCE_DELETE, args).await {
            Ok(_) => {}
            Err(e) if is_gone(&e) => return Ok(()),
            // Already on its way out (a retried task, a second caller).
            Err(Error::Status(s)) if s.status_code == 400 && s.message.contains("terminat") => {}
            Err(e) => return Err(e),
        }
        let left = budget.remaining(started.elapsed());
        drive(
            &what,
            left,
            progress,
            || async {
                match self.get_service(org, service).await {
                    Ok(found) => Ok(Some(found)),
                    // Deleted: a 404, or the 400 the API gives an id it no longer knows.
                    Err(Error::Status(s)) if s.status_code == 404 || s.status_code == 400 => {
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            },
            |found: Option<Service>| match found {
                None => Observed::Done(None),
                Some(found) => {
                    Observed::Pending(found.state.unwrap_or_default().to_ascii_lowercase())
                }
            },
            |_| async { Ok(()) },
        )
        .await
        .map(|_| ())
    }

    /// Polls the ClickPipe until its state is `state` (compared without case), or one
    /// it cannot leave (`Failed`, `InternalError`) when that is not the one asked for.
    pub async fn wait_for_clickpipe(
        &self,
        org: &Uuid,
        service: &Uuid,
        pipe: &Uuid,
        state: &str,
        waiting: Waiting,
        progress: &Progress,
    ) -> Result<ClickPipe, Error> {
        let what = format!("ClickPipe {pipe}");
        let target = state.to_ascii_lowercase();
        drive(
            &what,
            waiting.or(SERVICE_JOB_WAIT),
            progress,
            || self.get_clickpipe(org, service, pipe),
            |found: ClickPipe| {
                let state = found.state.clone().unwrap_or_default();
                let lower = state.to_ascii_lowercase();
                if lower == target {
                    Observed::Done(found)
                } else if ["failed", "internalerror"].contains(&lower.as_str()) {
                    Observed::Failed(Error::ClickPipeFailed(Box::new(found)))
                } else {
                    Observed::Pending(state)
                }
            },
            |_| async { Ok(()) },
        )
        .await
    }

    /// `GET .../clickpipes/{clickPipeId}`
    pub async fn get_clickpipe(
        &self,
        org: &Uuid,
        service: &Uuid,
        pipe: &Uuid,
    ) -> Result<ClickPipe, Error> {
        let args = Arguments {
            path: vec![org.to_string(), service.to_string(), pipe.to_string()],
            query: Vec::new(),
            body: None,
        };
        match self.call(id::CLICK_PIPE_GET, args).await?.0 {
            Output::ClickPipe(pipe) => Ok(pipe),
            other => Err(unexpected(other)),
        }
    }

    /// Sends a ClickPipe state command (`start`, `stop`, `resync`).
    pub async fn clickpipe_command(
        &self,
        org: &Uuid,
        service: &Uuid,
        pipe: &Uuid,
        command: &str,
    ) -> Result<(), Error> {
        let args = Arguments {
            path: vec![org.to_string(), service.to_string(), pipe.to_string()],
            query: Vec::new(),
            body: Some(json!({ "command": command })),
        };
        self.call(id::CLICK_PIPE_STATE_UPDATE, args)
            .await
            .map(|_| ())
    }

    /// Usage costs from `from` to `to` (both included) of any length: one request per
    /// 31-day window, the records merged in date order and the grand total summed.
    /// `filters` (`entityType:service`, `tag:env=prod`) go to every request.
    pub async fn usage_costs(
        &self,
        org: &Uuid,
        from: Date,
        to: Date,
        filters: &[String],
    ) -> Result<UsageCost, Error> {
        if to.0 < from.0 {
            return Err(Error::InvalidArgument(format!(
                "to_date ({}) is before from_date ({})",
                to.0, from.0
            )));
        }
        let mut merged = UsageCost {
            grand_total_chc: Some(0.0),
            costs: Some(Vec::new()),
        };
        for (start, end) in windows(from, to) {
            let mut query = vec![
                ("from_date", start.0.to_string()),
                ("to_date", end.0.to_string()),
            ];
            query.extend(filters.iter().map(|f| ("filter", f.clone())));
            let args = Arguments {
                path: vec![org.to_string()],
                query,
                body: None,
            };
            let Output::UsageCost(part) = self.call(id::USAGE_COST_GET, args).await?.0 else {
                return Err(Error::InvalidArgument(
                    "usageCostGet answered another type".into(),
                ));
            };
            merged.grand_total_chc =
                Some(merged.grand_total_chc.unwrap_or(0.0) + part.grand_total_chc.unwrap_or(0.0));
            if let (Some(all), Some(records)) = (merged.costs.as_mut(), part.costs) {
                all.extend(records);
            }
        }
        if let Some(all) = merged.costs.as_mut() {
            // Stable: the API's order within a day is kept.
            all.sort_by_key(|r| r.date.map(|d| d.0));
        }
        Ok(merged)
    }

    /// A new key with the roles (and IP access list) of `old`, named `name` (the old
    /// name with " (rotated)" when None). The old key is not touched: see `retire_key`.
    pub async fn rotate_key(
        &self,
        org: &Uuid,
        old: &Uuid,
        name: Option<String>,
    ) -> Result<CreatedKey, Error> {
        let key_path = vec![org.to_string(), old.to_string()];
        let args = Arguments {
            path: key_path,
            query: Vec::new(),
            body: None,
        };
        let existing = match self.call(id::OPENAPI_KEY_GET, args).await?.0 {
            Output::ApiKey(existing) => existing,
            other => return Err(unexpected(other)),
        };
        let body = new_key_body(&existing, name)?;
        let args = Arguments {
            path: vec![org.to_string()],
            query: Vec::new(),
            body: Some(body),
        };
        match self.call(id::OPENAPI_KEY_CREATE, args).await?.0 {
            Output::CreatedKey(created) => Ok(created),
            other => Err(unexpected(other)),
        }
    }

    /// Disables (`"disable"`) or deletes (`"delete"`) a key; `"keep"` does nothing.
    pub async fn retire_key(&self, org: &Uuid, key: &Uuid, how: &str) -> Result<(), Error> {
        let (index, body) = match how {
            "keep" => return Ok(()),
            "disable" => (id::OPENAPI_KEY_UPDATE, Some(json!({"state": "disabled"}))),
            "delete" => (id::OPENAPI_KEY_DELETE, None),
            other => {
                return Err(Error::InvalidArgument(format!(
                    "retire must be keep, disable or delete, not {other:?}"
                )))
            }
        };
        let args = Arguments {
            path: vec![org.to_string(), key.to_string()],
            query: Vec::new(),
            body,
        };
        self.call(index, args).await.map(|_| ())
    }
}

/// The body that creates a key like `old`.
fn new_key_body(old: &ApiKey, name: Option<String>) -> Result<Value, Error> {
    let base = old.name.clone().unwrap_or_else(|| "key".into());
    let name = name.unwrap_or_else(|| format!("{base} (rotated)"));
    let mut body = json!({ "name": name });
    if let Some(roles) = &old.roles {
        body["roles"] = json!(roles);
    }
    if let Some(assigned) = &old.assigned_roles {
        let ids: Vec<String> = assigned
            .iter()
            .filter_map(|r| r.role_id.map(|id| id.to_string()))
            .collect();
        if !ids.is_empty() {
            body["assignedRoleIds"] = json!(ids);
        }
    }
    if let Some(list) = &old.ip_access_list {
        body["ipAccessList"] =
            serde_json::to_value(list).map_err(|e| Error::InvalidArgument(e.to_string()))?;
    }
    Ok(body)
}

/// `[from, to]` cut into windows of at most 31 days.
pub fn windows(from: Date, to: Date) -> Vec<(Date, Date)> {
    let mut out = Vec::new();
    let mut start = from.0;
    while start <= to.0 {
        let end = start
            .checked_add_days(chrono::Days::new((MAX_COST_DAYS - 1) as u64))
            .map_or(to.0, |end| end.min(to.0));
        out.push((Date(start), Date(end)));
        match end.succ_opt() {
            Some(next) => start = next,
            None => break,
        }
    }
    out
}

/// The service is not there (404).
fn is_gone(error: &Error) -> bool {
    matches!(error, Error::Status(s) if s.status_code == 404)
}

fn is_terminal(service: &Service) -> bool {
    matches!(
        service
            .state
            .as_deref()
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("terminating" | "terminated" | "softdeleting" | "softdeleted")
    )
}

fn unexpected(output: Output) -> Error {
    Error::InvalidArgument(format!("unexpected answer type {output:?}"))
}

/// Cost records by entity name, summed (for reports).
pub fn totals_by_entity(costs: &UsageCost) -> BTreeMap<String, f64> {
    let mut totals = BTreeMap::new();
    for record in costs.costs.iter().flatten() {
        let name = record.entity_name.clone().unwrap_or_default();
        *totals.entry(name).or_insert(0.0) += record.total_chc.unwrap_or(0.0);
    }
    totals
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn a_range_is_cut_into_31_day_windows() {
        let w = windows(date("2026-01-01"), date("2026-03-31"));
        assert_eq!(
            w.iter()
                .map(|(a, b)| (a.0.to_string(), b.0.to_string()))
                .collect::<Vec<_>>(),
            [
                ("2026-01-01".into(), "2026-01-31".into()),
                ("2026-02-01".into(), "2026-03-03".into()),
                ("2026-03-04".into(), "2026-03-31".into()),
            ]
        );
        assert_eq!(windows(date("2026-05-05"), date("2026-05-05")).len(), 1);
        assert!(windows(date("2026-05-06"), date("2026-05-05")).is_empty());
        let year = windows(date("2025-01-01"), date("2025-12-31"));
        assert_eq!(year.len(), 12);
        let days: i64 = year.iter().map(|(a, b)| (b.0 - a.0).num_days() + 1).sum();
        assert_eq!(days, 365);
        assert!(year
            .iter()
            .all(|(a, b)| (b.0 - a.0).num_days() < MAX_COST_DAYS));
    }

    #[test]
    fn a_rotated_key_keeps_roles_and_access_list() {
        let old: ApiKey = serde_json::from_value(json!({
            "name": "ci", "roles": ["developer"],
            "ipAccessList": [{"source": "10.0.0.0/8", "description": "vpn"}],
        }))
        .unwrap();
        let body = new_key_body(&old, None).unwrap();
        assert_eq!(
            body,
            json!({
                "name": "ci (rotated)", "roles": ["developer"],
                "ipAccessList": [{"source": "10.0.0.0/8", "description": "vpn"}],
            })
        );
        assert_eq!(
            new_key_body(&old, Some("ci-2".into())).unwrap()["name"],
            "ci-2"
        );
    }
}
