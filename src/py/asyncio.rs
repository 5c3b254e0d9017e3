//! Awaiting core futures from asyncio.
//!
//! A call runs on the I/O runtime (`core::runtime`) as a tokio task; its answer goes
//! back to the event loop that awaits it through that loop's [`Inbox`]: the finished
//! call is queued, and the first one queued since the loop last looked wakes the loop
//! with one byte on a socket pair the loop watches (`loop.add_reader`). One wake-up
//! drains every answer ready by then, and the Python objects (results and exceptions)
//! are built there, on the loop's thread. So no I/O thread ever takes the GIL, and a
//! call needs no blocking-pool thread. While answers keep coming, the drain runs again
//! in the loop's next iteration (`call_soon`), so a busy loop is not woken at all. A
//! loop that cannot watch a socket (Windows' Proactor loop) is woken with
//! `call_soon_threadsafe` instead, still once per batch.
//!
//! pyo3-async-runtimes finds the running loop; its own bridge (`future_into_py`) is not
//! used: it hands every answer to a blocking-pool thread that takes the GIL and calls
//! `call_soon_threadsafe`, one wake-up per answer, which held `AsyncClient` to 40% of
//! what the core does at concurrency 64 (BENCHMARKS.md).
//!
//! Cancelling the awaiting task aborts the tokio task, which drops the request. A task
//! that ends without an answer (aborted or panicked) still delivers one, an internal
//! error, so no awaiting task waits forever; at exit, when the runtime drops every
//! task, nothing is delivered (the interpreter is finalizing).

use std::cell::RefCell;
use std::future::Future;
use std::sync::{Arc, Mutex, MutexGuard};

use pyo3::intern;
use pyo3::prelude::*;
use pyo3::BoundObject;

use crate::core::{runtime, Error};

use super::errors::{internal_error, to_pyerr};

/// An asyncio awaitable for a core future. Errors become the contract's exceptions.
pub fn awaitable<'py, T, F>(py: Python<'py>, future: F) -> PyResult<Bound<'py, PyAny>>
where
    T: for<'a> IntoPyObject<'a> + Send + 'static,
    F: Future<Output = Result<T, Error>> + Send + 'static,
{
    // Start the runtime here, where a failure can still be raised.
    let runtime = runtime::handle()
        .map_err(|e| internal_error(py, &format!("cannot start the I/O runtime: {e}")))?;
    let event_loop = pyo3_async_runtimes::get_running_loop(py)?;
    let inbox = inbox_for(&event_loop)?;
    let awaited = event_loop.call_method0(intern!(py, "create_future"))?;
    let mut pending = Pending {
        inbox,
        future: Some(awaited.clone().unbind()),
    };
    let task = runtime.spawn(async move {
        let outcome = future.await;
        pending.answer(Box::new(move |py| match outcome {
            Ok(value) => value
                .into_pyobject(py)
                .map(|v| v.into_any().into_bound().unbind())
                .map_err(Into::into),
            Err(error) => Err(to_pyerr(py, error)),
        }));
    });
    let cancel = AbortOnDone(task.abort_handle());
    if let Err(e) = awaited.call_method1(intern!(py, "add_done_callback"), (cancel,)) {
        task.abort();
        return Err(e);
    }
    Ok(awaited)
}

/// Builds the Python value of an answer, on the loop's thread.
type Answer = Box<dyn FnOnce(Python<'_>) -> PyResult<Py<PyAny>> + Send>;

/// An answer on its way to the asyncio future that waits for it.
struct Delivery {
    future: Py<PyAny>,
    answer: Answer,
}

impl Delivery {
    /// Sets the future's result or exception, unless it was cancelled meanwhile.
    fn settle(self, py: Python<'_>) {
        let future = self.future.bind(py);
        let done = future
            .call_method0(intern!(py, "done"))
            .and_then(|d| d.is_truthy())
            .unwrap_or(true);
        if done {
            return;
        }
        let set = match (self.answer)(py) {
            Ok(value) => future.call_method1(intern!(py, "set_result"), (value,)),
            Err(error) => {
                future.call_method1(intern!(py, "set_exception"), (error.into_value(py),))
            }
        };
        if let Err(e) = set {
            e.write_unraisable(py, Some(future));
        }
    }
}

/// A call's task's hold on its future: it answers exactly once, and if the task ends
/// without answering (aborted, panicked), dropping it answers.
struct Pending {
    inbox: Arc<Inbox>,
    future: Option<Py<PyAny>>,
}

impl Pending {
    fn answer(&mut self, answer: Answer) {
        if let Some(future) = self.future.take() {
            self.inbox.deliver(Delivery { future, answer });
        }
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        // At exit the runtime drops every task: the interpreter is finalizing, and a
        // loop left running in a daemon thread should not wake up to print an error.
        if runtime::is_shut_down() {
            return;
        }
        self.answer(Box::new(|py| {
            Err(internal_error(
                py,
                "the call's task ended without an answer",
            ))
        }));
    }
}

/// The done callback of a call's future: cancelling the future aborts the task (once
/// the task has answered, aborting it does nothing).
#[pyclass(frozen)]
struct AbortOnDone(tokio::task::AbortHandle);

#[pymethods]
impl AbortOnDone {
    fn __call__(&self, _future: &Bound<'_, PyAny>) {
        self.0.abort();
    }
}

/// Where finished calls wait for their loop: one per event loop.
struct Inbox {
    queue: Mutex<Queue>,
    wake: Wake,
    /// The process that made it: a child after `fork()` makes its own.
    pid: u32,
}

#[derive(Default)]
struct Queue {
    ready: Vec<Delivery>,
    /// A wake-up is on its way to the loop: later answers ride on it.
    woken: bool,
    /// The loop is closed: answers are dropped.
    closed: bool,
}

enum Wake {
    /// A socket pair: the loop watches `read`; any thread writes a byte to `write`.
    #[cfg(unix)]
    Socket {
        read: std::os::unix::net::UnixStream,
        write: std::os::unix::net::UnixStream,
    },
    /// `loop.call_soon_threadsafe(drain)`, for loops without `add_reader`.
    Threadsafe { event_loop: Py<PyAny> },
}

impl Inbox {
    fn lock(&self) -> MutexGuard<'_, Queue> {
        // Nothing panics while holding it; a poisoned queue is still consistent.
        self.queue.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Queues an answer (any thread, no GIL) and wakes the loop if nothing else has.
    fn deliver(self: &Arc<Self>, delivery: Delivery) {
        let wake = {
            let mut queue = self.lock();
            if queue.closed {
                return;
            }
            queue.ready.push(delivery);
            !std::mem::replace(&mut queue.woken, true)
        };
        if wake {
            self.wake();
        }
    }

    fn wake(self: &Arc<Self>) {
        match &self.wake {
            #[cfg(unix)]
            Wake::Socket { write, .. } => {
                use std::io::Write;
                // Non-blocking; a full buffer already holds a wake-up for the loop.
                let _ = (&*write).write(&[1]);
            }
            Wake::Threadsafe { .. } => {
                // Taking the GIL could stall an I/O worker: a blocking-pool thread does
                // it, once per batch.
                if runtime::is_shut_down() {
                    return;
                }
                let Ok(runtime) = runtime::handle() else {
                    return;
                };
                let inbox = Arc::clone(self);
                runtime.spawn_blocking(move || {
                    Python::try_attach(|py| inbox.schedule_drain(py));
                });
            }
        }
    }

    fn schedule_drain(self: &Arc<Self>, py: Python<'_>) {
        let Wake::Threadsafe { event_loop } = &self.wake else {
            return;
        };
        let drain = Drain {
            inbox: Arc::clone(self),
            woken_by_reader: false,
        };
        let scheduled = event_loop
            .bind(py)
            .call_method1(intern!(py, "call_soon_threadsafe"), (drain,));
        if scheduled.is_err() {
            // The loop is closed: nobody is left to answer.
            let dropped = {
                let mut queue = self.lock();
                queue.closed = true;
                std::mem::take(&mut queue.ready)
            };
            drop(dropped);
        }
    }

    /// Settles every queued answer (the loop's thread, with the GIL). While answers keep
    /// coming, the drain runs again in the loop's next iteration, and the calls that
    /// finish meanwhile need no wake-up of their own: only a drain that finds nothing
    /// lets the next answer wake the loop.
    fn drain(self: &Arc<Self>, py: Python<'_>, woken_by_reader: bool) {
        // Read the wake-up bytes before taking the queue: an answer queued after the
        // take writes a byte of its own, which is left for the next drain. (Between a
        // drain and the one it schedules, no answer writes: `woken` stays set.)
        #[cfg(unix)]
        if let (Wake::Socket { read, .. }, true) = (&self.wake, woken_by_reader) {
            use std::io::Read;
            let mut bytes = [0u8; 64];
            loop {
                match (&*read).read(&mut bytes) {
                    Ok(n) if n == bytes.len() => continue,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    _ => break,
                }
            }
        }
        let ready = {
            let mut queue = self.lock();
            let ready = std::mem::take(&mut queue.ready);
            queue.woken = !ready.is_empty();
            ready
        };
        if ready.is_empty() {
            return;
        }
        for delivery in ready {
            delivery.settle(py);
        }
        let again = Drain {
            inbox: Arc::clone(self),
            woken_by_reader: false,
        };
        let scheduled = pyo3_async_runtimes::get_running_loop(py)
            .and_then(|l| l.call_method1(intern!(py, "call_soon"), (again,)));
        if scheduled.is_err() {
            // Not scheduled: the next answer must wake the loop itself.
            self.lock().woken = false;
        }
    }

    fn close(&self) {
        let dropped = {
            let mut queue = self.lock();
            queue.closed = true;
            std::mem::take(&mut queue.ready)
        };
        drop(dropped);
    }
}

/// The loop's callback that settles the queued answers.
#[pyclass(frozen)]
struct Drain {
    inbox: Arc<Inbox>,
    /// Called by the loop's reader for the socket (which then holds bytes to read), or
    /// scheduled by a drain or a `call_soon_threadsafe` wake-up.
    woken_by_reader: bool,
}

#[pymethods]
impl Drain {
    fn __call__(&self, py: Python<'_>) {
        self.inbox.drain(py, self.woken_by_reader);
    }
}

thread_local! {
    /// The inboxes of the event loops that ran calls on this thread (a loop runs on one
    /// thread), most recent first. A strong reference keeps a loop's identity from
    /// being reused by another object; closed loops are forgotten when a new loop comes.
    static INBOXES: RefCell<Vec<(Py<PyAny>, Arc<Inbox>)>> = const { RefCell::new(Vec::new()) };
}

/// The inbox of a running loop, made on the loop's first call.
fn inbox_for(event_loop: &Bound<'_, PyAny>) -> PyResult<Arc<Inbox>> {
    let pid = std::process::id();
    let known = INBOXES.with_borrow(|inboxes| {
        inboxes
            .iter()
            .find(|(l, inbox)| l.is(event_loop) && inbox.pid == pid)
            .map(|(_, inbox)| Arc::clone(inbox))
    });
    if let Some(inbox) = known {
        return Ok(inbox);
    }
    let py = event_loop.py();
    // Forget closed loops, and a parent's loops after fork (their sockets are shared
    // with the parent).
    let mut inboxes = INBOXES.with_borrow_mut(std::mem::take);
    inboxes.retain(|(l, inbox)| {
        let closed = inbox.pid != pid
            || l.bind(py)
                .call_method0(intern!(py, "is_closed"))
                .and_then(|c| c.is_truthy())
                .unwrap_or(true);
        if closed {
            inbox.close();
        }
        !closed
    });
    let made = new_inbox(event_loop);
    if let Ok(inbox) = &made {
        inboxes.insert(0, (event_loop.clone().unbind(), Arc::clone(inbox)));
    }
    INBOXES.with_borrow_mut(|slot| *slot = inboxes);
    made
}

fn new_inbox(event_loop: &Bound<'_, PyAny>) -> PyResult<Arc<Inbox>> {
    let pid = std::process::id();
    #[cfg(unix)]
    {
        let py = event_loop.py();
        let (read, write) = std::os::unix::net::UnixStream::pair()?;
        read.set_nonblocking(true)?;
        write.set_nonblocking(true)?;
        let fd = std::os::fd::AsRawFd::as_raw_fd(&read);
        let inbox = Arc::new(Inbox {
            queue: Mutex::default(),
            wake: Wake::Socket { read, write },
            pid,
        });
        let drain = Drain {
            inbox: Arc::clone(&inbox),
            woken_by_reader: true,
        };
        match event_loop.call_method1(intern!(py, "add_reader"), (fd, drain)) {
            Ok(_) => return Ok(inbox),
            // Proactor-style loops: no readers.
            Err(e) if e.is_instance_of::<pyo3::exceptions::PyNotImplementedError>(py) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(Arc::new(Inbox {
        queue: Mutex::default(),
        wake: Wake::Threadsafe {
            event_loop: event_loop.clone().unbind(),
        },
        pid,
    }))
}
