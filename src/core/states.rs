//! What the API's states mean to the jobs: which service states lead nowhere, which
//! are on the way, which take which command, and how each kind of ClickPipe stops.
//! The spec lists the states but says none of this (`../shared/spec/README.md` and
//! the spec's own state descriptions do); one table per rule, read by the jobs
//! (`jobs.rs`), the waiters and, through the binding, the Airflow provider.
//!
//! Services report lower-case states, ClickPipes capitalised ones: every comparison
//! here is without case.

use super::api::models::ClickPipe;

/// States from which a service does not reach another state on its own.
pub const FINAL_FAILURE_STATES: &[&str] = &[
    "failed",
    "terminated",
    "terminating",
    "softdeleted",
    "softdeleting",
];

/// Service states on the way to `running` by themselves.
pub const STARTING: &[&str] = &["starting", "provisioning", "awaking", "awakening"];

/// The service states the API takes `stop` from.
pub const STOPPABLE: &[&str] = &["running", "idle", "degraded"];

/// A deleted service, as the API may still report it.
pub const DELETED: &[&str] = &["terminated", "softdeleted"];

/// A service on its way out.
pub const DELETING: &[&str] = &["terminating", "softdeleting"];

/// Whether a service in `current` can no longer reach `target` by itself:
/// `terminating` still leads to `terminated`, but not to `running`.
pub fn is_dead_end(current: &str, target: &str) -> bool {
    let on_the_way = matches!(
        (current, target),
        ("terminating", "terminated") | ("softdeleting", "softdeleted")
    );
    FINAL_FAILURE_STATES.contains(&current) && current != target && !on_the_way
}

/// How a ClickPipe stops, by the kind of its source (the `source` field that is set).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PipeStop {
    /// The source's JSON name (`"postgres"`).
    pub source: &'static str,
    /// What it shows on the way (`"Pausing"`).
    pub stopping: &'static str,
    /// Where a `stop` leads (`"Paused"`).
    pub stopped: &'static str,
}

const fn stops(source: &'static str) -> PipeStop {
    PipeStop {
        source,
        stopping: "Stopping",
        stopped: "Stopped",
    }
}

const fn pauses(source: &'static str) -> PipeStop {
    PipeStop {
        source,
        stopping: "Pausing",
        stopped: "Paused",
    }
}

/// Streaming and object-storage pipes stop; database (CDC) pipes pause, and never
/// show `Stopped` (the spec's description of `ClickPipe.state`).
pub const PIPE_STOPS: &[PipeStop] = &[
    stops("kafka"),
    stops("objectStorage"),
    stops("kinesis"),
    stops("pubsub"),
    pauses("postgres"),
    pauses("mysql"),
    pauses("bigquery"),
    pauses("mongodb"),
];

/// ClickPipe states a pipe does not leave without a fix (lower case).
pub const PIPE_FAILED: &[&str] = &["failed", "internalerror"];

/// A pipe doing its work: streaming, or an object-storage batch finished (lower case).
pub const PIPE_RUNNING: &[&str] = &["running", "completed"];

/// The kind of the pipe's source (`"postgres"`), or None when no source this table
/// knows is set (a kind newer than this client).
pub fn pipe_source(pipe: &ClickPipe) -> Option<&'static str> {
    let source = pipe.source.as_ref()?;
    let set = [
        ("kafka", source.kafka.is_some()),
        ("objectStorage", source.object_storage.is_some()),
        ("kinesis", source.kinesis.is_some()),
        ("pubsub", source.pubsub.is_some()),
        ("postgres", source.postgres.is_some()),
        ("mysql", source.mysql.is_some()),
        ("bigquery", source.bigquery.is_some()),
        ("mongodb", source.mongodb.is_some()),
    ];
    set.iter()
        .find(|(_, is_set)| *is_set)
        .map(|(name, _)| *name)
}

/// The states the pipe shows while it stops and once stopped: its kind's, or those of
/// every kind when its source is unknown.
pub fn pipe_stop_states(pipe: &ClickPipe) -> (Vec<&'static str>, Vec<&'static str>) {
    let kind = pipe_source(pipe);
    let rows = PIPE_STOPS
        .iter()
        .filter(|row| kind.is_none_or(|k| row.source == k));
    let mut stopping: Vec<&'static str> = Vec::new();
    let mut stopped: Vec<&'static str> = Vec::new();
    for row in rows {
        if !stopping.contains(&row.stopping) {
            stopping.push(row.stopping);
        }
        if !stopped.contains(&row.stopped) {
            stopped.push(row.stopped);
        }
    }
    (stopping, stopped)
}

/// Whether `state` is one of `states`, without case.
pub fn is_one_of(state: &str, states: &[&str]) -> bool {
    states.iter().any(|s| s.eq_ignore_ascii_case(state))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pipe(source: serde_json::Value) -> ClickPipe {
        serde_json::from_value(json!({ "source": source })).unwrap()
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
    fn database_pipes_pause_and_the_others_stop() {
        let kafka = pipe(json!({"kafka": {"topics": "t"}}));
        assert_eq!(pipe_source(&kafka), Some("kafka"));
        assert_eq!(
            pipe_stop_states(&kafka),
            (vec!["Stopping"], vec!["Stopped"])
        );
        for db in ["postgres", "mysql", "mongodb", "bigquery"] {
            let p = pipe(json!({ db: {} }));
            assert_eq!(pipe_source(&p), Some(db));
            assert_eq!(
                pipe_stop_states(&p),
                (vec!["Pausing"], vec!["Paused"]),
                "{db}"
            );
        }
        let s3 = pipe(json!({"objectStorage": {}}));
        assert_eq!(pipe_stop_states(&s3).1, vec!["Stopped"]);
        // A kind this client does not know yet: either may come.
        let unknown = pipe(json!({"snowflake": {}}));
        assert_eq!(pipe_source(&unknown), None);
        assert_eq!(
            pipe_stop_states(&unknown),
            (vec!["Stopping", "Pausing"], vec!["Stopped", "Paused"])
        );
        assert_eq!(
            pipe_stop_states(&ClickPipe::default()).1,
            vec!["Stopped", "Paused"]
        );
    }

    #[test]
    fn every_source_of_the_spec_has_a_row() {
        // A source kind added to the spec must be given its stop states here.
        let spec: serde_json::Value =
            serde_json::from_str(include_str!("../../spec/cloud-openapi.json")).unwrap();
        let sources = spec["components"]["schemas"]["ClickPipeSource"]["properties"]
            .as_object()
            .unwrap();
        for name in sources.keys() {
            assert!(
                PIPE_STOPS.iter().any(|row| row.source == name),
                "ClickPipeSource.{name} has no row in PIPE_STOPS"
            );
        }
        assert_eq!(sources.len(), PIPE_STOPS.len());
    }
}
