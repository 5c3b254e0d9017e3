//! Core errors to the Python exception classes of `clickhouse_cloud._errors`. The
//! classes are defined in Python (so they carry fields and pickle under abi3) and
//! looked up here once.

use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyModule};

use crate::core::error::{Error, StatusError};

use super::api::{PyBackup, PyService};

static ERRORS_MODULE: PyOnceLock<Py<PyModule>> = PyOnceLock::new();

fn class<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
    let module = ERRORS_MODULE.get_or_try_init(py, || {
        PyModule::import(py, "clickhouse_cloud._errors").map(Bound::unbind)
    })?;
    module.bind(py).getattr(name)
}

/// The Python exception for a core error.
pub fn to_pyerr(py: Python<'_>, error: Error) -> PyErr {
    match error {
        Error::InvalidArgument(m) => PyValueError::new_err(m),
        Error::InvalidType(m) => PyTypeError::new_err(m),
        Error::Closed => PyRuntimeError::new_err("the client is closed; create a new one"),
        other => build(py, other).unwrap_or_else(|e| e),
    }
}

fn build(py: Python<'_>, error: Error) -> PyResult<PyErr> {
    let kwargs = PyDict::new(py);
    let (name, message) = match error {
        Error::Status(e) => status(py, e, &kwargs)?,
        Error::Connection(m) => ("APIConnectionError", m),
        Error::Timeout(m) => ("APITimeoutError", m),
        Error::InvalidResponse(e) => {
            kwargs.set_item("status_code", e.status_code)?;
            kwargs.set_item("body", e.body)?;
            kwargs.set_item("request_id", e.request_id)?;
            ("InvalidResponseError", e.message)
        }
        Error::WaitTimeout(m) => ("WaitTimeoutError", m),
        Error::BackupFailed(failed) => {
            let message = Error::BackupFailed(failed.clone()).to_string();
            let (inner, request_id) = *failed;
            kwargs.set_item("backup", Bound::new(py, PyBackup { inner, request_id })?)?;
            ("BackupFailedError", message)
        }
        Error::ServiceFailed(service) => {
            let message = Error::ServiceFailed(service.clone()).to_string();
            let inner = *service;
            kwargs.set_item(
                "service",
                Bound::new(
                    py,
                    PyService {
                        inner,
                        request_id: None,
                    },
                )?,
            )?;
            ("ServiceFailedError", message)
        }
        Error::InvalidArgument(_) | Error::InvalidType(_) | Error::Closed => {
            return Err(PyRuntimeError::new_err("unreachable error mapping"))
        }
    };
    let instance = class(py, name)?.call((message,), Some(&kwargs))?;
    Ok(PyErr::from_value(instance))
}

fn status(
    _py: Python<'_>,
    e: StatusError,
    kwargs: &Bound<'_, PyDict>,
) -> PyResult<(&'static str, String)> {
    let name = match e.status_code {
        400 => "BadRequestError",
        401 => "AuthenticationError",
        403 => "PermissionDeniedError",
        404 => "NotFoundError",
        429 => "RateLimitError",
        500..=599 => "InternalServerError",
        _ => "APIStatusError",
    };
    kwargs.set_item("status_code", e.status_code)?;
    kwargs.set_item("body", e.body)?;
    kwargs.set_item("code", e.code)?;
    kwargs.set_item("request_id", e.request_id)?;
    if e.status_code == 429 {
        kwargs.set_item("retry_after", e.retry_after.map(|d| d.as_secs_f64()))?;
    }
    Ok((name, e.message))
}

/// For failures of our own making (a task that died): still a `ClickHouseCloudError`,
/// never a `PanicException`.
pub fn internal_error(py: Python<'_>, what: &str) -> PyErr {
    match class(py, "ClickHouseCloudError")
        .and_then(|c| c.call1((format!("internal error: {what}"),)))
    {
        Ok(instance) => PyErr::from_value(instance),
        Err(e) => e,
    }
}
