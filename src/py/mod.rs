//! The binding layer: converts at the edges, holds no logic of its own.

#[rustfmt::skip] // generated: left as codegen/generate.py wrote it
mod api;
mod asyncio;
mod blocking;
mod bucket;
mod client;
mod convert;
mod errors;
mod jobs;
mod operations;
mod sandbox;
pub mod value;

use pyo3::prelude::*;

/// The compiled module `clickhouse_cloud._native`: registers classes, nothing else.
#[pymodule]
#[pyo3(name = "_native")]
fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("USER_AGENT", crate::core::transport::USER_AGENT_VALUE)?;
    // The constructor's defaults, set once in the core (config.rs): the Python
    // signatures take them from here.
    use crate::core::config as defaults;
    m.add("DEFAULT_TIMEOUT", defaults::DEFAULT_TIMEOUT.as_secs_f64())?;
    m.add("DEFAULT_MAX_RETRIES", defaults::DEFAULT_MAX_RETRIES)?;
    m.add("DEFAULT_MAX_CONNECTIONS", defaults::DEFAULT_MAX_CONNECTIONS)?;
    m.add(
        "DEFAULT_RETRY_BUDGET",
        defaults::DEFAULT_RETRY_BUDGET.as_secs_f64(),
    )?;
    // The waiters' and jobs' (waiters.rs).
    use crate::core::waiters;
    m.add(
        "DEFAULT_BACKUP_WAIT",
        waiters::DEFAULT_BACKUP_WAIT.as_secs_f64(),
    )?;
    m.add(
        "DEFAULT_BACKUP_POLL_INTERVAL",
        waiters::DEFAULT_BACKUP_POLL_INTERVAL.as_secs_f64(),
    )?;
    m.add(
        "DEFAULT_SERVICE_WAIT",
        waiters::DEFAULT_SERVICE_WAIT.as_secs_f64(),
    )?;
    m.add(
        "DEFAULT_SERVICE_POLL_INTERVAL",
        waiters::DEFAULT_SERVICE_POLL_INTERVAL.as_secs_f64(),
    )?;
    m.add_class::<client::PyClientCore>()?;
    m.add_class::<client::PyAsyncClientCore>()?;
    api::register(m)?;
    bucket::register(m)?;
    m.add_class::<sandbox::PySandboxServer>()?;
    m.add_class::<sandbox::PySandboxRequest>()?;
    m.add_function(wrap_pyfunction!(errors::bind_exceptions, m)?)?;
    m.add_function(wrap_pyfunction!(runtime_started, m)?)?;
    m.add_function(wrap_pyfunction!(shutdown_runtime, m)?)?;
    m.add_function(wrap_pyfunction!(jobs::clickpipe_stop_states, m)?)?;
    Ok(())
}

/// Whether this process has started the I/O runtime (import must not).
#[pyfunction]
fn runtime_started() -> bool {
    crate::core::runtime::is_started()
}

/// Stops the I/O runtime (registered with `atexit`): nothing runs on it afterwards,
/// so no worker thread touches Python while the interpreter finalizes.
#[pyfunction]
fn shutdown_runtime(py: Python<'_>) {
    // Without the GIL, so blocking tasks that wait for it (log records, the wake-ups of
    // loops without readers) can finish.
    py.detach(|| crate::core::runtime::shutdown(std::time::Duration::from_secs(2)));
}
