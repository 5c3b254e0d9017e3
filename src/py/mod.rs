//! The binding layer: converts at the edges, holds no logic of its own.

mod async_client;
mod asyncio;
mod blocking;
mod client;
mod convert;
mod errors;
mod models;
mod operations;
mod sandbox;
mod service;

use pyo3::prelude::*;

/// The compiled module `clickhouse_cloud._native`: registers classes, nothing else.
#[pymodule]
#[pyo3(name = "_native")]
fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("USER_AGENT", crate::core::transport::USER_AGENT_VALUE)?;
    m.add_class::<client::PyClient>()?;
    m.add_class::<async_client::PyAsyncClientCore>()?;
    m.add_class::<models::PyBackupConfiguration>()?;
    m.add_class::<service::PyService>()?;
    m.add_class::<service::PyServiceEndpoint>()?;
    m.add_class::<service::PyRestoredService>()?;
    m.add_class::<models::PyBackup>()?;
    m.add_class::<models::PyBackupBucket>()?;
    m.add_class::<models::PyAwsBackupBucket>()?;
    m.add_class::<models::PyGcpBackupBucket>()?;
    m.add_class::<models::PyAzureBackupBucket>()?;
    m.add_class::<sandbox::PySandboxServer>()?;
    m.add_class::<sandbox::PySandboxRequest>()?;
    m.add_function(wrap_pyfunction!(runtime_started, m)?)?;
    m.add_function(wrap_pyfunction!(shutdown_runtime, m)?)?;
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
    // Without the GIL, so blocking tasks that are setting asyncio results can finish.
    py.detach(|| crate::core::runtime::shutdown(std::time::Duration::from_secs(2)));
}
