//! The loop every waiter and job runs: look, decide, maybe send a command, pause, look
//! again, until done, failed or out of time. Never a busy loop; transient failures
//! while looking are waited out, not raised.
//!
//! What a job decides follows what the server accepted, not what it sent:
//! - a command the server took is not sent again while a look still shows the state it
//!   was sent from (the API's reads may lag behind its writes);
//! - a command that failed on the way (a 5xx, a 429, a broken connection, a timeout)
//!   counts as not sent: the next look decides again, and sends it again if the state
//!   still asks for it. A state command names the state it leads to, so a copy that
//!   arrives after the first took effect is refused or changes nothing;
//! - a command the server refused (400 or 409: not from this state) is followed by a
//!   fresh look (within a second). When a second caller's command got there first, the look shows the
//!   service on its way and the job goes on; when the look asks for the same command
//!   from the same state again, the refusal stands and is raised.
//!
//! Any other error (401, 403, 404, ...) is raised at once.

use std::future::Future;
use std::time::Duration;

use tokio::time::Instant;

use super::error::{Error, StatusError};
use super::logging;

/// The shortest poll interval accepted: below it a waiter would be a busy loop.
pub const MIN_POLL_INTERVAL: Duration = Duration::from_millis(10);

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

    /// Refuses an interval that would make polling a busy loop.
    pub fn check(&self) -> Result<(), Error> {
        self.resolve(Duration::ZERO, MIN_POLL_INTERVAL).map(|_| ())
    }

    /// The timeout and interval, with these defaults where none was given.
    pub fn resolve(
        self,
        timeout: Duration,
        interval: Duration,
    ) -> Result<(Duration, Duration), Error> {
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
pub fn no_action(_: &'static str) -> std::future::Ready<Result<(), Error>> {
    std::future::ready(Ok(()))
}

/// What became of the last command sent, for the next look to decide with.
enum Sent {
    /// The server took `command` while the thing was in `state`.
    Accepted {
        state: String,
        command: &'static str,
    },
    /// The server refused `command` (400/409) while the thing was in `state`.
    Refused {
        state: String,
        command: &'static str,
        error: Error,
    },
}

impl Sent {
    fn state(&self) -> &str {
        match self {
            Sent::Accepted { state, .. } | Sent::Refused { state, .. } => state,
        }
    }
}

/// How soon a refused command is followed by its fresh look (at most).
const REFUSAL_LOOK: Duration = Duration::from_secs(1);

/// The API's way of saying "not from this state".
fn is_refusal(error: &Error) -> bool {
    matches!(error, Error::Status(s) if s.status_code == 400 || s.status_code == 409)
}

/// Polls `fetch` every `interval` until `check` says done or failed, or `timeout` has
/// passed; sends `act`'s command when `check` asks for one (the module's rules say
/// when it is sent again) and looks again at once once it is accepted. `check` also
/// gets the last command the server accepted during this call, if any. A request still running at the deadline is abandoned;
/// when the deadline falls inside a pause, one last look is taken at the deadline.
/// Each look is reported to `progress`.
pub async fn poll<T, F, Fut, A, AFut>(
    what: &str,
    timeout: Duration,
    interval: Duration,
    progress: &Progress,
    mut fetch: F,
    mut check: impl FnMut(T, Option<&'static str>) -> Observed<T>,
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
    let mut sent: Option<Sent> = None;
    let mut accepted: Option<&'static str> = None;
    // The last command that failed on the way, for the timeout's message.
    let mut failed: Option<String> = None;
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
            Ok(Ok(value)) => match check(value, accepted) {
                Observed::Done(value) => {
                    progress.report(what, "done", started.elapsed());
                    return Ok(value);
                }
                Observed::Failed(error) => return Err(error),
                Observed::Pending(state) => {
                    sent = sent.filter(|s| s.state() == state);
                    last = state;
                }
                Observed::Act(state, wanted) => {
                    // What was sent from another state says nothing about this one.
                    match sent.take().filter(|s| s.state() == state) {
                        Some(Sent::Accepted { state, command }) if command == wanted => {
                            sent = Some(Sent::Accepted { state, command });
                        }
                        Some(Sent::Refused { command, error, .. }) if command == wanted => {
                            return Err(error);
                        }
                        _ => command = Some(wanted),
                    }
                    last = state;
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
                Ok(Ok(())) => {
                    accepted = Some(command);
                    failed = None;
                    sent = Some(Sent::Accepted {
                        state: last.clone(),
                        command,
                    });
                    // Look again at once: a job that only sends is done now, and a
                    // progress line shows where the command led.
                    continue;
                }
                Ok(Err(error)) if is_refusal(&error) => {
                    logging::info(|| {
                        format!("{command} for {what} was refused, looking again: {error}")
                    });
                    pause = pause.min(REFUSAL_LOOK);
                    sent = Some(Sent::Refused {
                        state: last.clone(),
                        command,
                        error,
                    });
                }
                Ok(Err(error)) if error.is_transient() => {
                    logging::info(|| {
                        format!("{command} for {what} failed; the next look decides again: {error}")
                    });
                    if let Error::Status(StatusError {
                        retry_after: Some(wait),
                        ..
                    }) = &error
                    {
                        pause = pause.max(*wait);
                    }
                    failed = Some(format!("{command} failed: {error}"));
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
    let why = failed.map_or_else(String::new, |f| format!(" (the last {f})"));
    Err(Error::WaitTimeout(format!(
        "{what} is still {last} after waiting {:.1}s{why}",
        started.elapsed().as_secs_f64()
    )))
}

fn far_future() -> Instant {
    // ~30 years: "no deadline" without overflowing the clock.
    Instant::now() + Duration::from_secs(86_400 * 365 * 30)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};
    use std::sync::Mutex;

    fn fast(timeout_ms: u64) -> (Duration, Duration) {
        (Duration::from_millis(timeout_ms), Duration::from_millis(10))
    }

    fn status(code: u16, message: &str) -> Error {
        Error::Status(StatusError {
            status_code: code,
            message: message.into(),
            code: None,
            request_id: None,
            body: "".into(),
            retry_after: None,
            permissions: &crate::core::error::NO_PERMISSIONS,
        })
    }

    /// A service that is `stopped` until a `start` is taken, then `starting` for
    /// `lag` looks, then `running`; `answers` are the command's outcomes in turn.
    struct Service {
        looks: AtomicU32,
        started_at: Mutex<Option<u32>>,
        answers: Mutex<Vec<Result<(), Error>>>,
        sent: AtomicU32,
        lag: u32,
    }

    impl Service {
        fn new(answers: Vec<Result<(), Error>>, lag: u32) -> Service {
            Service {
                looks: AtomicU32::new(0),
                started_at: Mutex::new(None),
                answers: Mutex::new(answers),
                sent: AtomicU32::new(0),
                lag,
            }
        }

        fn look(&self) -> String {
            let n = self.looks.fetch_add(1, Ordering::SeqCst);
            match *self.started_at.lock().unwrap() {
                None => "stopped",
                Some(at) if n < at + self.lag => "stopped", // the read lags
                Some(at) if n < at + self.lag + 2 => "starting",
                Some(_) => "running",
            }
            .to_owned()
        }

        fn start(&self) -> Result<(), Error> {
            self.sent.fetch_add(1, Ordering::SeqCst);
            let mut answers = self.answers.lock().unwrap();
            let answer = if answers.is_empty() {
                Ok(())
            } else {
                answers.remove(0)
            };
            if answer.is_ok() {
                *self.started_at.lock().unwrap() = Some(self.looks.load(Ordering::SeqCst));
            }
            answer
        }

        fn run(&self, timeout_ms: u64) -> Result<String, Error> {
            let (timeout, interval) = fast(timeout_ms);
            let rt = crate::core::runtime::handle().unwrap();
            rt.block_on(poll(
                "service s",
                timeout,
                interval,
                &Progress::none(),
                || {
                    let state = self.look();
                    async move { Ok(state) }
                },
                |state: String, _| match state.as_str() {
                    "running" => Observed::Done(state),
                    "stopped" => Observed::Act(state, "start"),
                    _ => Observed::Pending(state),
                },
                |_| std::future::ready(self.start()),
            ))
        }
    }

    #[test]
    fn a_job_acts_on_a_state_then_keeps_looking() {
        let looks = AtomicU32::new(0);
        let sent_at = Mutex::new(None::<u32>);
        let reported = std::sync::Arc::new(Mutex::new(Vec::<String>::new()));
        let sink = reported.clone();
        let progress = Progress::new(move |look: &Look<'_>| {
            sink.lock()
                .unwrap()
                .push(format!("{} {}", look.what, look.state));
        });
        let (timeout, interval) = fast(5000);
        let rt = crate::core::runtime::handle().unwrap();
        let result = rt.block_on(poll(
            "service s",
            timeout,
            interval,
            &progress,
            || {
                let n = looks.fetch_add(1, Ordering::SeqCst);
                let state = match *sent_at.lock().unwrap() {
                    None => "stopped",
                    Some(at) if n < at + 3 => "starting",
                    Some(_) => "running",
                };
                async move { Ok(state.to_owned()) }
            },
            |state: String, _| match state.as_str() {
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
            *reported.lock().unwrap(),
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
    fn an_accepted_command_is_not_sent_again_while_the_read_lags() {
        let service = Service::new(vec![], 3);
        assert_eq!(service.run(5000), Ok("running".to_owned()));
        assert_eq!(service.sent.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn a_command_that_failed_is_sent_again_on_the_next_look() {
        let service = Service::new(
            vec![
                Err(status(500, "boom")),
                Err(Error::Connection("reset".into())),
            ],
            0,
        );
        assert_eq!(service.run(5000), Ok("running".to_owned()));
        assert_eq!(service.sent.load(Ordering::SeqCst), 3);
    }

    #[test]
    fn a_command_that_keeps_failing_ends_in_the_timeout_saying_why() {
        let service = Service::new((0..1000).map(|_| Err(status(503, "down"))).collect(), 0);
        let Err(Error::WaitTimeout(message)) = service.run(200) else {
            panic!("no timeout")
        };
        assert!(message.contains("still stopped"), "{message}");
        assert!(message.contains("the last start failed"), "{message}");
        assert!(message.contains("down"), "{message}");
        assert!(service.sent.load(Ordering::SeqCst) > 2);
    }

    #[test]
    fn a_refusal_that_a_fresh_look_confirms_is_raised() {
        let service = Service::new(vec![Err(status(400, "no")), Err(status(400, "no"))], 0);
        assert_eq!(service.run(5000), Err(status(400, "no")));
        // Sent once: the look after the refusal asked for the same command again.
        assert_eq!(service.sent.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn a_refusal_is_forgotten_when_the_state_moves_on() {
        // A second caller's start got there first: refused, then the look shows the
        // service on its way.
        let looks = AtomicU32::new(0);
        let sent = AtomicU32::new(0);
        let (timeout, interval) = fast(5000);
        let rt = crate::core::runtime::handle().unwrap();
        let result = rt.block_on(poll(
            "service s",
            timeout,
            interval,
            &Progress::none(),
            || {
                let n = looks.fetch_add(1, Ordering::SeqCst);
                let state = ["stopped", "starting", "running"][n.min(2) as usize];
                async move { Ok(state.to_owned()) }
            },
            |state: String, accepted| {
                assert_eq!(accepted, None);
                match state.as_str() {
                    "running" => Observed::Done(state),
                    "stopped" => Observed::Act(state, "start"),
                    _ => Observed::Pending(state),
                }
            },
            |_| {
                sent.fetch_add(1, Ordering::SeqCst);
                std::future::ready(Err(status(400, "Cannot start a service in state starting")))
            },
        ));
        assert_eq!(result, Ok("running".to_owned()));
        assert_eq!(sent.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn other_errors_of_a_command_are_raised_at_once() {
        let service = Service::new(vec![Err(status(403, "FORBIDDEN"))], 0);
        assert_eq!(service.run(5000), Err(status(403, "FORBIDDEN")));
        assert_eq!(service.looks.load(Ordering::SeqCst), 1);
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
            |done, _| {
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
        let calls = AtomicU32::new(0);
        let result: Result<u32, Error> = rt.block_on(poll(
            "thing",
            Duration::from_millis(250),
            Duration::from_millis(100),
            &Progress::none(),
            || {
                calls.fetch_add(1, Ordering::SeqCst);
                async { Ok(1u32) }
            },
            |_, _| Observed::Pending("busy".into()),
            no_action,
        ));
        let Err(Error::WaitTimeout(m)) = result else {
            panic!()
        };
        assert!(m.contains("still busy"), "{m}");
        // at 0, 100 and 200 ms, then a last look at the 250 ms deadline
        assert_eq!(calls.load(Ordering::SeqCst), 4);
    }

    #[test]
    fn poll_waits_out_transient_errors_but_not_others() {
        let rt = crate::core::runtime::handle().unwrap();
        let calls = AtomicU32::new(0);
        let result = rt.block_on(poll(
            "thing",
            Duration::from_secs(5),
            Duration::from_millis(10),
            &Progress::none(),
            || {
                let n = calls.fetch_add(1, Ordering::SeqCst);
                async move {
                    if n < 2 {
                        Err(Error::Connection("down".into()))
                    } else {
                        Ok(n)
                    }
                }
            },
            |n, _| Observed::Done(n),
            no_action,
        ));
        assert_eq!(result, Ok(2));
        let result: Result<u32, Error> = rt.block_on(poll(
            "thing",
            Duration::from_secs(5),
            Duration::from_millis(10),
            &Progress::none(),
            || async { Err(Error::InvalidArgument("no".into())) },
            |n, _| Observed::Done(n),
            no_action,
        ));
        assert_eq!(result, Err(Error::InvalidArgument("no".into())));
    }
}
