//! The process's one tokio runtime: created on first use (importing the extension
//! starts no thread) and created again in a child after `fork()`, whose copy of the
//! parent's runtime has no worker threads left.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use tokio::runtime::{Builder, Handle, Runtime};

struct Owned {
    pid: u32,
    runtime: Arc<Runtime>,
}

static RUNTIME: Mutex<Option<Owned>> = Mutex::new(None);

/// Set by [`shutdown`] (interpreter exit): from then on no runtime is started again,
/// so work that was in flight cannot bring threads back while Python finalizes.
static SHUT_DOWN: AtomicBool = AtomicBool::new(false);

/// A handle to this process's runtime, starting it if needed.
pub fn handle() -> std::io::Result<Handle> {
    if SHUT_DOWN.load(Ordering::SeqCst) {
        return Err(std::io::Error::other(
            "the I/O runtime was shut down at exit",
        ));
    }
    let pid = std::process::id();
    // A panic elsewhere while holding the lock leaves valid data: keep going.
    let mut slot = RUNTIME.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(owned) = slot.as_ref() {
        if owned.pid == pid {
            return Ok(owned.runtime.handle().clone());
        }
    }
    if let Some(inherited) = slot.take() {
        // Inherited through fork: its threads do not exist here, and dropping it would
        // wait for them, or deregister sockets from an epoll instance the parent still
        // shares. Leak it.
        std::mem::forget(inherited);
    }
    let runtime = Arc::new(build()?);
    let handle = runtime.handle().clone();
    *slot = Some(Owned { pid, runtime });
    Ok(handle)
}

/// Stops this process's runtime (called at interpreter exit, so no worker thread calls
/// into Python while it finalizes): async tasks are dropped, and blocking tasks get up
/// to `grace` to finish. No runtime is started in this process afterwards.
pub fn shutdown(grace: std::time::Duration) {
    SHUT_DOWN.store(true, Ordering::SeqCst);
    let taken = RUNTIME.lock().unwrap_or_else(|e| e.into_inner()).take();
    if let Some(owned) = taken {
        if owned.pid != std::process::id() {
            std::mem::forget(owned);
            return;
        }
        match Arc::try_unwrap(owned.runtime) {
            Ok(runtime) => runtime.shutdown_timeout(grace),
            Err(shared) => std::mem::forget(shared),
        }
    }
}

/// Whether [`shutdown`] ran: the interpreter is exiting.
pub fn is_shut_down() -> bool {
    SHUT_DOWN.load(Ordering::SeqCst)
}

/// Whether this process has started its runtime (tests check import starts nothing).
pub fn is_started() -> bool {
    let pid = std::process::id();
    let slot = RUNTIME.lock().unwrap_or_else(|e| e.into_inner());
    slot.as_ref().is_some_and(|o| o.pid == pid)
}

fn build() -> std::io::Result<Runtime> {
    // HTTP work is I/O bound: a few workers serve thousands of concurrent requests,
    // and a notebook on a 64-core box should not get 64 idle threads.
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .clamp(2, 4);
    Builder::new_multi_thread()
        .worker_threads(workers)
        // The blocking pool only runs short hand-offs (writing log records, waking an
        // event loop that cannot watch a socket) that take the GIL in turn: more threads would only queue on it,
        // each with a stack and a Python thread state (hundreds of them under load).
        .max_blocking_threads(8)
        .thread_name("clickhouse-cloud-io")
        .enable_all()
        .build()
}

#[cfg(test)]
mod tests {
    #[test]
    fn same_runtime_twice() {
        let a = super::handle().unwrap();
        let b = super::handle().unwrap();
        assert_eq!(a.id(), b.id());
        assert!(super::is_started());
    }
}
