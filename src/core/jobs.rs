//! The jobs users come with, each several calls and states to wait through: keep a
//! service running, stop it, delete it safely, stop or start a ClickPipe and wait for
//! it, read costs over any range, rotate a key. Written by hand over the generated
//! operations and the polling loop (`polling.rs`, which also decides when a command is
//! sent again); what to send in which state is a decision the spec does not make
//! (`states.rs` holds the states' meanings).
//!
//! Every job looks before it acts, and a state change's answer is never trusted (it may
//! already show the target state): the jobs poll until the service (or pipe) reports
//! the state itself. So each is safe to run again, and a second caller's identical
//! command does it no harm.

use std::collections::BTreeMap;

use serde_json::{json, Value};
use uuid::Uuid;

use super::api::models::{ApiKey, ClickPipe, CreatedKey, Service, UsageCost};
use super::api::operations::{id, Output};
use super::client::Client;
use super::error::Error;
use super::operation::Arguments;
use super::polling::{no_action, poll, Observed, Progress, Waiting};
use super::states::{
    is_dead_end, is_one_of, pipe_stop_states, DELETED, DELETING, PIPE_FAILED, PIPE_RUNNING,
    STARTING, STOPPABLE,
};
use super::waiters::{DEFAULT_SERVICE_POLL_INTERVAL, DEFAULT_SERVICE_WAIT};
use super::wire::Date;

/// The most days one usage-cost request may span (the API refuses more).
pub const MAX_COST_DAYS: i64 = 31;

/// A job's polling loop, with a service's timeout and interval where none was given.
async fn drive<T, F, Fut, A, AFut>(
    what: &str,
    waiting: Waiting,
    progress: &Progress,
    fetch: F,
    check: impl FnMut(T, Option<&'static str>) -> Observed<T>,
    act: A,
) -> Result<T, Error>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, Error>>,
    A: FnMut(&'static str) -> AFut,
    AFut: std::future::Future<Output = Result<(), Error>>,
{
    let (timeout, interval) =
        waiting.resolve(DEFAULT_SERVICE_WAIT, DEFAULT_SERVICE_POLL_INTERVAL)?;
    poll(what, timeout, interval, progress, fetch, check, act).await
}

fn lower_state(state: &Option<String>) -> String {
    state.as_deref().unwrap_or_default().to_ascii_lowercase()
}

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
    /// let stop, then started), and fails fast on a state it cannot leave. Without
    /// `wait`, returns once the command is taken or the service is on its way.
    pub async fn ensure_service_running(
        &self,
        org: &Uuid,
        service: &Uuid,
        wait: bool,
        waiting: Waiting,
        progress: &Progress,
    ) -> Result<Service, Error> {
        drive(
            &format!("service {service}"),
            waiting,
            progress,
            || self.get_service(org, service),
            |found: Service, accepted| {
                let state = lower_state(&found.state);
                let on_its_way = accepted.is_some() || STARTING.contains(&state.as_str());
                match state.as_str() {
                    "running" => Observed::Done(found),
                    _ if !wait && on_its_way => Observed::Done(found),
                    "stopped" => Observed::Act(state, "start"),
                    "idle" => Observed::Act(state, "awake"),
                    s if is_dead_end(s, "running") => {
                        Observed::Failed(Error::ServiceFailed(Box::new(found)))
                    }
                    _ => Observed::Pending(state),
                }
            },
            |command| self.service_command(org, service, command),
        )
        .await
    }

    /// Stops the service and waits until it is `stopped` (at once if it is). A service
    /// still starting is let start first: the API cannot stop it before. Without
    /// `wait`, returns once the stop is taken or the service is stopping.
    pub async fn stop_service(
        &self,
        org: &Uuid,
        service: &Uuid,
        wait: bool,
        waiting: Waiting,
        progress: &Progress,
    ) -> Result<Service, Error> {
        drive(
            &format!("service {service}"),
            waiting,
            progress,
            || self.get_service(org, service),
            |found: Service, accepted| {
                let state = lower_state(&found.state);
                let on_its_way = accepted.is_some() || state == "stopping";
                match state.as_str() {
                    "stopped" => Observed::Done(found),
                    _ if !wait && on_its_way => Observed::Done(found),
                    s if STOPPABLE.contains(&s) => Observed::Act(state, "stop"),
                    s if is_dead_end(s, "stopped") => {
                        Observed::Failed(Error::ServiceFailed(Box::new(found)))
                    }
                    // Starting (let it get there) or stopping.
                    _ => Observed::Pending(state),
                }
            },
            |command| self.service_command(org, service, command),
        )
        .await
    }

    /// Deletes the service and waits until it is gone. With `stop`, a service that is
    /// not stopped is stopped first (the API refuses to delete it otherwise; one still
    /// starting is let start). Safe to run again: a service already gone, or already
    /// on its way out, is success. Without `wait`, returns once the delete is taken or
    /// the service is on its way out.
    #[allow(clippy::too_many_arguments)]
    pub async fn delete_service(
        &self,
        org: &Uuid,
        service: &Uuid,
        stop: bool,
        wait: bool,
        waiting: Waiting,
        progress: &Progress,
    ) -> Result<(), Error> {
        let path = vec![org.to_string(), service.to_string()];
        drive(
            &format!("service {service}"),
            waiting,
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
            |found: Option<Service>, accepted| {
                let Some(found) = found else {
                    return Observed::Done(None);
                };
                let state = lower_state(&found.state);
                let deleting = DELETING.contains(&state.as_str());
                match state.as_str() {
                    s if DELETED.contains(&s) => Observed::Done(None),
                    _ if !wait && (deleting || accepted == Some("delete")) => Observed::Done(None),
                    s if DELETING.contains(&s) => Observed::Pending(state),
                    "stopped" => Observed::Act(state, "delete"),
                    s if stop && STOPPABLE.contains(&s) => Observed::Act(state, "stop"),
                    s if is_dead_end(s, "stopped") => {
                        Observed::Failed(Error::ServiceFailed(Box::new(found)))
                    }
                    // On its way (starting, stopping): let it get there.
                    s if STARTING.contains(&s) || s == "stopping" => Observed::Pending(state),
                    // Not stopped and not to be: the API's refusal is the answer.
                    _ if !stop => Observed::Act(state, "delete"),
                    _ => Observed::Pending(state),
                }
            },
            |command| {
                let path = path.clone();
                async move {
                    if command != "delete" {
                        return self.service_command(org, service, command).await;
                    }
                    let args = Arguments {
                        path,
                        query: Vec::new(),
                        body: None,
                    };
                    match self.call(id::INSTANCE_DELETE, args).await {
                        // Gone in the meantime: the next look says so.
                        Err(Error::Status(s)) if s.status_code == 404 => Ok(()),
                        other => other.map(|_| ()),
                    }
                }
            },
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
        let target = state.to_ascii_lowercase();
        drive(
            &format!("ClickPipe {pipe}"),
            waiting,
            progress,
            || self.get_clickpipe(org, service, pipe),
            |found: ClickPipe, _| {
                let state = found.state.clone().unwrap_or_default();
                let lower = state.to_ascii_lowercase();
                if lower == target {
                    Observed::Done(found)
                } else if PIPE_FAILED.contains(&lower.as_str()) {
                    Observed::Failed(Error::ClickPipeFailed(Box::new(found)))
                } else {
                    Observed::Pending(state)
                }
            },
            no_action,
        )
        .await
    }

    /// Stops the ClickPipe and waits until it has (`Stopped`, or `Paused` for a database
    /// pipe: `states::PIPE_STOPS`); at once if it has, or if it stopped on an error
    /// (`Failed`). `InternalError` is `Error::ClickPipeFailed`.
    pub async fn stop_clickpipe(
        &self,
        org: &Uuid,
        service: &Uuid,
        pipe: &Uuid,
        waiting: Waiting,
        progress: &Progress,
    ) -> Result<ClickPipe, Error> {
        drive(
            &format!("ClickPipe {pipe}"),
            waiting,
            progress,
            || self.get_clickpipe(org, service, pipe),
            |found: ClickPipe, _| {
                let state = found.state.clone().unwrap_or_default();
                let (stopping, stopped) = pipe_stop_states(&found);
                if is_one_of(&state, &stopped) || state.eq_ignore_ascii_case("failed") {
                    Observed::Done(found)
                } else if state.eq_ignore_ascii_case("internalerror") {
                    Observed::Failed(Error::ClickPipeFailed(Box::new(found)))
                } else if is_one_of(&state, &stopping) || state.eq_ignore_ascii_case("provisioning")
                {
                    Observed::Pending(state)
                } else {
                    Observed::Act(state, "stop")
                }
            },
            |command| self.clickpipe_command(org, service, pipe, command),
        )
        .await
    }

    /// Starts the ClickPipe and waits until it runs (`Running`, or `Completed` for an
    /// object-storage batch); at once if it does. A pipe still stopping is let stop
    /// first. `Error::ClickPipeFailed` on `InternalError`, or on `Failed` once started.
    pub async fn start_clickpipe(
        &self,
        org: &Uuid,
        service: &Uuid,
        pipe: &Uuid,
        waiting: Waiting,
        progress: &Progress,
    ) -> Result<ClickPipe, Error> {
        drive(
            &format!("ClickPipe {pipe}"),
            waiting,
            progress,
            || self.get_clickpipe(org, service, pipe),
            // Whether the pipe has been seen on its way since a start was taken.
            {
                let mut started = false;
                move |found: ClickPipe, accepted: Option<&'static str>| {
                    let state = found.state.clone().unwrap_or_default();
                    let lower = state.to_ascii_lowercase();
                    let (_, stopped) = pipe_stop_states(&found);
                    let failed = PIPE_FAILED.contains(&lower.as_str());
                    started |= accepted.is_some() && !failed && !is_one_of(&state, &stopped);
                    if PIPE_RUNNING.contains(&lower.as_str()) {
                        Observed::Done(found)
                    } else if lower == "internalerror" || (failed && started) {
                        // Started, then failed again: the pipe's error, not one to retry.
                        Observed::Failed(Error::ClickPipeFailed(Box::new(found)))
                    } else if failed || is_one_of(&state, &stopped) {
                        Observed::Act(state, "start")
                    } else {
                        Observed::Pending(state)
                    }
                }
            },
            |command| self.clickpipe_command(org, service, pipe, command),
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
            ..Default::default()
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
