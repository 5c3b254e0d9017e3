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
    /// This waiting with `timeout` where none was given.
    pub fn or(self, timeout: Duration) -> Waiting {
        Waiting {
            timeout: Some(self.timeout.unwrap_or(timeout)),
            ..self
        }
    }

    /// What is left of the timeout after `spent` (a job's later steps share it).
    pub fn remaining(self, spent: Duration) -> Waiting {
        Waiting {
            timeout: self.timeout.map(|t| t.saturating_sub(spent)),
            ..self
        }
    }

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

/// What a waiter makes of one look at the thing it waits for.
pub enum Observed<T> {
    Done(T),
    Failed(Error),
    /// Not there yet: the text says where it is ("in_progress").
    Pending(String),
    /// In this state, send this command (`start`), then keep looking (a job).
    Act(String, &'static str),
}

/// One look, as a progress display shows it.
pub struct Look<'a> {
    pub what: &'a str,
    pub state: &'a str,
    pub elapsed: Duration,
}

type Report = dyn Fn(&Look<'_>) + Send + Sync;

/// Where a waiter reports each look (a notebook's live line, a log), or nowhere.
#[derive(Default)]
pub struct Progress(Option<Box<Report>>);

impl Progress {
    pub fn new(report: impl Fn(&Look<'_>) + Send + Sync + 'static) -> Progress {
        Progress(Some(Box::new(report)))
    }

    pub fn none() -> Progress {
        Progress(None)
    }

    fn report(&self, what: &str, state: &str, elapsed: Duration) {
        if let Some(report) = &self.0 {
            report(&Look {
                what,
                state,
                elapsed,
            });
        }
    }
}

/// A waiter that only looks.
fn no_action(_: &'static str) -> std::future::Ready<Result<(), Error>> {
    std::future::ready(Ok(()))
}

/// Polls like the waiters, sending a command when `check` says to: the jobs' loop
/// (`jobs.rs`). The timeout and interval default to a service's.
pub async fn drive<T, F, Fut, A, AFut>(
    what: &str,
    waiting: Waiting,
    progress: &Progress,
    fetch: F,
    check: impl FnMut(T) -> Observed<T>,
    act: A,
) -> Result<T, Error>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, Error>>,
    A: FnMut(&'static str) -> AFut,
    AFut: Future<Output = Result<(), Error>>,
{
    let (timeout, interval) =
        waiting.resolve(DEFAULT_SERVICE_WAIT, DEFAULT_SERVICE_POLL_INTERVAL)?;
    poll(what, timeout, interval, progress, fetch, check, act).await
}

/// Polls `fetch` every `interval` until `check` says done or failed, or `timeout`
/// has passed; sends `act`'s command when `check` asks for one. A request still
/// running at the deadline is abandoned; when the deadline falls inside a pause, one
/// last look is taken at the deadline. Each look is reported to `progress`.
async fn poll<T, F, Fut, A, AFut>(
    what: &str,
    timeout: Duration,
    interval: Duration,
    progress: &Progress,
    mut fetch: F,
    mut check: impl FnMut(T) -> Observed<T>,
    mut act: A,
) -> Result<T, Error>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, Error>>,
    A: FnMut(&'static str) -> AFut,
    AFut: Future<Output = Result<(), Error>>,
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
        let mut command = None;
        match outcome {
            Err(_deadline_passed) => break,
            Ok(Ok(value)) => match check(value) {
                Observed::Done(value) => {
                    progress.report(what, "done", started.elapsed());
                    return Ok(value);
                }
                Observed::Failed(error) => return Err(error),
                Observed::Pending(state) => last = state,
                Observed::Act(state, wanted) => {
                    last = state;
                    command = Some(wanted);
                }
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
        progress.report(what, &last, started.elapsed());
        if let Some(command) = command {
            logging::info(|| format!("{what} is {last}: sending {command}"));
            match tokio::time::timeout_at(deadline, act(command)).await {
                Err(_deadline_passed) => break,
                Ok(Ok(())) => {}
                Ok(Err(error)) if error.is_transient() => {
                    logging::info(|| format!("{command} for {what} failed, retrying: {error}"));
                }
                Ok(Err(error)) => return Err(error),
            }
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
            |fetched: (Backup, Option<String>)| match fetched.0.status.as_deref() {
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
            |service: Service| match service.state.as_deref().map(str::to_ascii_lowercase) {
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
    fn a_job_acts_on_a_state_then_keeps_looking() {
        use std::sync::atomic::{AtomicU32, Ordering};
        use std::sync::Mutex;
        let rt = crate::core::runtime::handle().unwrap();
        // "stopped" until the command is sent, then "starting" three times, "running".
        let looks = AtomicU32::new(0);
        let sent_at = Mutex::new(None::<u32>);
        let progress = {
            let reported = std::sync::Arc::new(Mutex::new(Vec::<String>::new()));
            let sink = reported.clone();
            (
                Progress::new(move |look: &Look<'_>| {
                    sink.lock()
                        .unwrap()
                        .push(format!("{} {}", look.what, look.state));
                }),
                reported,
            )
        };
        let result = rt.block_on(drive(
            "service s",
            Waiting {
                timeout: Some(Duration::from_secs(5)),
                poll_interval: Some(Duration::from_millis(10)),
            },
            &progress.0,
            || {
                let n = looks.fetch_add(1, Ordering::SeqCst);
                let state = match *sent_at.lock().unwrap() {
                    None => "stopped",
                    Some(at) if n < at + 3 => "starting",
                    Some(_) => "running",
                };
                async move { Ok(state.to_owned()) }
            },
            |state: String| match state.as_str() {
                "running" => Observed::Done(state),
                "stopped" => Observed::Act(state, "start"),
                _ => Observed::Pending(state),
            },
            |command| {
                assert_eq!(command, "start");
                let mut at = sent_at.lock().unwrap();
                assert!(at.is_none(), "sent twice");
                *at = Some(looks.load(Ordering::SeqCst));
                std::future::ready(Ok(()))
            },
        ));
        assert_eq!(result, Ok("running".to_owned()));
        assert_eq!(looks.load(Ordering::SeqCst), 5);
        assert_eq!(
            *progress.1.lock().unwrap(),
            [
                "service s stopped",
                "service s starting",
                "service s starting",
                "service s starting",
                "service s done"
            ]
        );
    }

    #[test]
    fn poll_looks_once_more_at_the_deadline() {
        let rt = crate::core::runtime::handle().unwrap();
        let started = std::time::Instant::now();
        let result = rt.block_on(poll(
            "thing",
            Duration::from_millis(300),
            Duration::from_millis(200),
            &Progress::none(),
            || {
                let done = started.elapsed() >= Duration::from_millis(250);
                async move { Ok(done) }
            },
            |done| {
                if done {
                    Observed::Done(done)
                } else {
                    Observed::Pending("busy".into())
                }
            },
            no_action,
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
            &Progress::none(),
            || {
                calls.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                async { Ok(1u32) }
            },
            |_| Observed::Pending("busy".into()),
            no_action,
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
            &Progress::none(),
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
            Observed::Done,
            no_action,
        ));
        assert_eq!(result, Ok(2));
        let result: Result<u32, Error> = rt.block_on(poll(
            "thing",
            Duration::from_secs(5),
            Duration::from_millis(10),
            &Progress::none(),
            || async { Err(Error::InvalidArgument("no".into())) },
            Observed::Done,
            no_action,
        ));
        assert_eq!(result, Err(Error::InvalidArgument("no".into())));
    }
}
