//! Services as the API runs them: created `provisioning`, then `running`; `stop` goes
//! through `stopping` to `stopped`, `start` through `starting` and `awake` through
//! `awaking` to `running`; a delete is refused unless the service is stopped, then it
//! is `terminating` for a while and gone. Like the real API, the answer to a state
//! change already shows the state it leads to; only polling shows the way there; and
//! a command is refused (400) in any state it cannot be sent from, a service on its
//! way to the command's own target included.

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{json, Map, Value};
use uuid::Uuid;

use super::backups::{BackupConfiguration, Bucket, StoredBackup};
use super::reply::{bad_request, Failure};
use super::store::Deadline;

/// The ClickHouse version new services report.
pub const CLICKHOUSE_VERSION: &str = "25.8.1.8344";

/// A state on its way to another.
#[derive(Debug, Clone)]
struct Transition {
    /// What the service shows until `at` (`stopping`).
    through: &'static str,
    /// What it then is (`stopped`); None: it is gone.
    to: Option<&'static str>,
    at: Deadline,
}

/// Everything about one (organization, service).
#[derive(Default)]
pub struct ServiceData {
    /// The service as seeded or created; empty for one known only from its backups.
    pub fields: Map<String, Value>,
    transition: Option<Transition>,
    /// Deleted: served no more.
    gone: bool,
    /// Backups in insertion order.
    pub backups: Vec<StoredBackup>,
    /// The serialized, sorted list of backups, kept while no backup can change
    /// (a 2,000-backup list costs milliseconds to build; benchmarks list it again and again).
    pub listing: Option<Arc<str>>,
    pub configuration: BackupConfiguration,
    pub basic_tier: bool,
    pub bucket: Option<Bucket>,
}

impl ServiceData {
    /// Brings the state up to `now`: a passed transition has arrived.
    fn settle(&mut self, now: Instant) {
        let Some(t) = &self.transition else {
            return;
        };
        if !t.at.passed(now) {
            return;
        }
        match t.to {
            Some(state) => {
                self.fields.insert("state".into(), state.into());
            }
            None => self.gone = true,
        }
        self.transition = None;
    }

    /// Whether the service is served (seeded or created, not deleted).
    pub fn exists(&mut self, now: Instant) -> bool {
        self.settle(now);
        !self.gone && !self.fields.is_empty()
    }

    /// Known at all (a service known only from its backups still has them).
    pub fn known(&mut self, now: Instant) -> bool {
        self.settle(now);
        !self.gone
    }

    pub fn state(&mut self, now: Instant) -> String {
        self.settle(now);
        match &self.transition {
            Some(t) => t.through.to_owned(),
            None => self
                .fields
                .get("state")
                .and_then(Value::as_str)
                .unwrap_or("running")
                .to_owned(),
        }
    }

    pub fn view(&mut self, service_id: Uuid, now: Instant) -> Value {
        let state = self.state(now);
        let mut map = self.fields.clone();
        map.insert("id".into(), Value::String(service_id.to_string()));
        map.insert("state".into(), Value::String(state));
        Value::Object(map)
    }

    /// The service as the answer to a state change shows it: already in the state it
    /// is heading for.
    fn promised_view(&mut self, service_id: Uuid, now: Instant) -> Value {
        let mut view = self.view(service_id, now);
        if let Some(Transition { to: Some(to), .. }) = &self.transition {
            view["state"] = Value::String((*to).into());
        }
        view
    }

    /// Sets the state for good (seeding).
    pub fn set_state(&mut self, state: &str) {
        self.fields.insert("state".into(), state.into());
        self.transition = None;
        self.gone = false;
    }

    fn start(
        &mut self,
        through: &'static str,
        to: Option<&'static str>,
        after: Duration,
        now: Instant,
    ) {
        if let Some(to) = to {
            self.fields.insert("state".into(), to.into());
        }
        self.transition = Some(Transition {
            through,
            to,
            at: Deadline::after(now, after),
        });
    }

    /// A newly created service, `provisioning` for `after`.
    pub fn created(fields: Map<String, Value>, after: Duration, now: Instant) -> ServiceData {
        let mut data = ServiceData {
            fields,
            ..ServiceData::default()
        };
        data.start("provisioning", Some("running"), after, now);
        data
    }

    /// PATCH .../state: `start`, `stop` or `awake`, from the states that allow it.
    pub fn command(
        &mut self,
        id: Uuid,
        command: &str,
        after: Duration,
        now: Instant,
    ) -> Result<Value, Failure> {
        let state = self.state(now);
        let (through, to, allowed): (&'static str, &'static str, &[&str]) = match command {
            "start" => ("starting", "running", &["stopped", "idle"]),
            "stop" => ("stopping", "stopped", &["running", "idle", "degraded"]),
            "awake" => ("awaking", "running", &["idle"]),
            other => {
                return Err(bad_request(&format!(
                    "Unknown command {other:?}: start, stop or awake"
                )))
            }
        };
        if state == to {
            return Ok(self.view(id, now)); // already there
        }
        // Like the real API, a command is refused while the service is on its way,
        // even to where the command leads (a second caller's identical command).
        if !allowed.contains(&state.as_str()) {
            return Err(bad_request(&format!(
                "Cannot {command} a service in state {state}"
            )));
        }
        self.start(through, Some(to), after, now);
        Ok(self.promised_view(id, now))
    }

    /// DELETE: only a stopped service; it is `terminating`, then gone.
    pub fn delete(&mut self, after: Duration, now: Instant) -> Result<(), Failure> {
        let state = self.state(now);
        if state != "stopped" {
            return Err(bad_request(&format!(
                "Service must be stopped before it can be deleted; it is {state}"
            )));
        }
        self.start("terminating", None, after, now);
        Ok(())
    }
}

/// The fields the API fills in for a new service.
pub fn new_service_fields(mut request: Map<String, Value>, id: Uuid) -> Map<String, Value> {
    let text = |key: &str| {
        request
            .get(key)
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned()
    };
    let (region, provider) = (text("region"), text("provider"));
    let id_text = id.to_string();
    let short = id_text.get(..8).unwrap_or(&id_text);
    let host = format!("{short}.{region}.{provider}.clickhouse.cloud");
    let created_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    request.remove("backupId");
    for (key, value) in [
        ("id", json!(id_text)),
        ("state", json!("provisioning")),
        ("clickhouseVersion", json!(CLICKHOUSE_VERSION)),
        ("createdAt", json!(created_at)),
        (
            "endpoints",
            json!([
                {"protocol": "https", "host": host, "port": 8443, "username": null},
                {"protocol": "nativesecure", "host": host, "port": 9440, "username": null},
            ]),
        ),
    ] {
        request.insert(key.into(), value);
    }
    // What the API fills in when the request leaves it out.
    let number = |key: &str, default: u64| request.get(key).cloned().unwrap_or(json!(default));
    let (min_memory, max_memory) = (
        number("minReplicaMemoryGb", 8),
        number("maxReplicaMemoryGb", 120),
    );
    let replicas = number("numReplicas", 3);
    for (key, value) in [
        ("tier", json!("production")),
        ("minReplicaMemoryGb", min_memory.clone()),
        ("maxReplicaMemoryGb", max_memory.clone()),
        ("numReplicas", replicas.clone()),
        ("autoscalingMode", json!("vertical")),
        ("idleScaling", json!(true)),
        ("idleTimeoutMinutes", json!(15)),
        ("ipAccessList", json!([])),
        ("releaseChannel", json!("default")),
        (
            "currentScaling",
            json!({
                "effectiveAutoscalingMode": "vertical",
                "effectiveMinReplicaMemoryGb": min_memory,
                "effectiveMaxReplicaMemoryGb": max_memory,
                "effectiveMinReplicas": replicas,
                "effectiveMaxReplicas": replicas,
            }),
        ),
    ] {
        request.entry(key).or_insert(value);
    }
    request
}

/// A one-time password, as the API makes them.
pub fn new_password() -> String {
    std::iter::repeat_with(fastrand::alphanumeric)
        .take(24)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_service_goes_through_its_states() {
        let now = Instant::now();
        let id = Uuid::new_v4();
        let step = Duration::from_millis(50);
        let mut s = ServiceData::created(Map::new(), step, now);
        assert_eq!(s.state(now), "provisioning");
        let later = now + step;
        assert_eq!(s.state(later), "running");
        assert!(s.delete(step, later).is_err());
        let answer = s.command(id, "stop", step, later).unwrap();
        assert_eq!(answer["state"], "stopped"); // the answer shows the target...
        assert_eq!(s.state(later), "stopping"); // ... a GET the way there
                                                // A second caller's stop while it stops is refused, as the real API does.
        let refused = s.command(id, "stop", step, later).unwrap_err();
        assert_eq!(refused.0, 400);
        assert!(refused
            .1
            .contains("Cannot stop a service in state stopping"));
        assert!(s.command(id, "awake", step, later).is_err());
        let stopped = later + step;
        assert_eq!(s.state(stopped), "stopped");
        s.command(id, "start", step, stopped).unwrap();
        assert_eq!(s.state(stopped), "starting");
        assert_eq!(s.state(stopped + step), "running");
        s.command(id, "stop", step, stopped + step).unwrap();
        let gone = stopped + step * 2;
        assert_eq!(s.state(gone), "stopped");
        s.delete(step, gone).unwrap();
        assert_eq!(s.state(gone), "terminating");
        assert!(s.exists(gone));
        assert!(!s.exists(gone + step));
        s.set_state("idle");
        s.command(id, "awake", step, gone).unwrap();
        assert_eq!(s.state(gone), "awaking");
        assert!(s.command(id, "reboot", step, gone).is_err());
    }
}
