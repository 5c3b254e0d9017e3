//! Running a core future from a blocking Python call: the future runs on the shared
//! runtime while this thread waits without the GIL, waking every few tens of
//! milliseconds to let Python handle signals (Ctrl-C aborts the request).

use std::future::Future;
use std::sync::mpsc::{sync_channel, RecvTimeoutError};
use std::time::Duration;

use pyo3::prelude::*;

use crate::core::{runtime, Error};

use super::errors::{internal_error, to_pyerr};

/// How often a waiting call checks for Ctrl-C.
const SIGNAL_CHECK_INTERVAL: Duration = Duration::from_millis(20);

pub fn wait_for<T, F>(py: Python<'_>, future: F) -> PyResult<T>
where
    T: Send + 'static,
    F: Future<Output = Result<T, Error>> + Send + 'static,
{
    let handle = runtime::handle()
        .map_err(|e| internal_error(py, &format!("cannot start the I/O runtime: {e}")))?;
    let (done, mut result) = sync_channel(1);
    let task = handle.spawn(async move {
        // The receiver may be gone (Ctrl-C): nothing to tell then.
        let _ = done.send(future.await);
    });
    loop {
        // The receiver is moved into the GIL-free closure and back (it is Send, not Sync).
        let (receiver, received) = py.detach(move || {
            let received = result.recv_timeout(SIGNAL_CHECK_INTERVAL);
            (result, received)
        });
        result = receiver;
        match received {
            Ok(outcome) => return outcome.map_err(|e| to_pyerr(py, e)),
            Err(RecvTimeoutError::Timeout) => {
                if let Err(interrupt) = py.check_signals() {
                    task.abort();
                    return Err(interrupt);
                }
            }
            // The runtime was stopped at interpreter exit and dropped the task.
            Err(RecvTimeoutError::Disconnected) if runtime::is_shut_down() => {
                return Err(abandoned_at_exit(py))
            }
            // The task ended without sending: it panicked (tokio caught it).
            Err(RecvTimeoutError::Disconnected) => {
                return Err(internal_error(py, "the request task failed unexpectedly"))
            }
        }
    }
}

/// A call still waiting when the interpreter exits. Only daemon threads can be (the
/// others were joined before exit handlers ran): such a thread is parked until the
/// process ends, quietly, as it would be had it waited in Python. Any other thread
/// gets an error, since parking it could hold up the exit.
fn abandoned_at_exit(py: Python<'_>) -> PyErr {
    let daemon = py
        .import("threading")
        .and_then(|t| t.call_method0("current_thread"))
        .and_then(|t| t.getattr("daemon"))
        .and_then(|d| d.is_truthy())
        .unwrap_or(false);
    if daemon {
        py.detach(|| loop {
            std::thread::park();
        })
    }
    internal_error(py, "the interpreter is exiting: the request was abandoned")
}
