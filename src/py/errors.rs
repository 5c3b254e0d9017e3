//! Core errors to the Python exception classes of `clickhouse_cloud._errors`. The
//! classes are defined in Python (so they carry fields and pickle under abi3) and
//! looked up here once.

use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyModule};

use crate::core::error::{Error, StatusError};

use super::api::{PyBackup, PyClickPipe, PyService};

/// One handle per exception class of `clickhouse_cloud._errors`: a class named here
/// and missing there fails the package's import (`bind_exceptions`), not one call.
macro_rules! exception_classes {
    ($($class:ident),* $(,)?) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[allow(clippy::enum_variant_names)]
        pub enum Class {
            $($class),*
        }

        impl Class {
            const ALL: &'static [Class] = &[$(Class::$class),*];

            fn name(self) -> &'static str {
                match self {
                    $(Class::$class => stringify!($class)),*
                }
            }
        }
    };
}

exception_classes!(
    ClickHouseCloudError,
    APIStatusError,
    BadRequestError,
    AuthenticationError,
    PermissionDeniedError,
    NotFoundError,
    RateLimitError,
    InternalServerError,
    APIConnectionError,
    APITimeoutError,
    InvalidResponseError,
    BackupFailedError,
    ServiceFailedError,
    ClickPipeFailedError,
    WaitTimeoutError,
);

static CLASSES: PyOnceLock<Vec<Py<PyAny>>> = PyOnceLock::new();

fn resolve(module: &Bound<'_, PyModule>) -> PyResult<Vec<Py<PyAny>>> {
    Class::ALL
        .iter()
        .map(|class| {
            module
                .getattr(class.name())
                .map(Bound::unbind)
                .map_err(|_| {
                    pyo3::exceptions::PyImportError::new_err(format!(
                        "clickhouse_cloud._errors has no {}",
                        class.name()
                    ))
                })
        })
        .collect()
}

/// Looks every class up in `module`: the package calls it as it is imported.
#[pyfunction]
pub fn bind_exceptions(module: &Bound<'_, PyModule>) -> PyResult<()> {
    let classes = resolve(module)?;
    let _ = CLASSES.set(module.py(), classes);
    Ok(())
}

fn class<'py>(py: Python<'py>, class: Class) -> PyResult<Bound<'py, PyAny>> {
    let classes = CLASSES.get_or_try_init(py, || {
        resolve(&PyModule::import(py, "clickhouse_cloud._errors")?)
    })?;
    let index = Class::ALL.iter().position(|c| *c == class).unwrap_or(0);
    classes
        .get(index)
        .map(|c| c.bind(py).clone())
        .ok_or_else(|| PyRuntimeError::new_err("exception classes not bound"))
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
        Error::Connection(m) => (Class::APIConnectionError, m),
        Error::Timeout(m) => (Class::APITimeoutError, m),
        Error::InvalidResponse(e) => {
            kwargs.set_item("status_code", e.status_code)?;
            kwargs.set_item("body", e.body)?;
            kwargs.set_item("request_id", e.request_id)?;
            (Class::InvalidResponseError, e.message)
        }
        Error::WaitTimeout(m) => (Class::WaitTimeoutError, m),
        Error::BackupFailed(failed) => {
            let message = Error::BackupFailed(failed.clone()).to_string();
            let (inner, request_id) = *failed;
            kwargs.set_item("backup", Bound::new(py, PyBackup { inner, request_id })?)?;
            (Class::BackupFailedError, message)
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
            (Class::ServiceFailedError, message)
        }
        Error::ClickPipeFailed(pipe) => {
            let message = Error::ClickPipeFailed(pipe.clone()).to_string();
            let inner = *pipe;
            let pipe = PyClickPipe {
                inner,
                request_id: None,
            };
            kwargs.set_item("clickpipe", Bound::new(py, pipe)?)?;
            (Class::ClickPipeFailedError, message)
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
) -> PyResult<(Class, String)> {
    let name = match e.status_code {
        400 => Class::BadRequestError,
        401 => Class::AuthenticationError,
        403 => Class::PermissionDeniedError,
        404 => Class::NotFoundError,
        429 => Class::RateLimitError,
        500..=599 => Class::InternalServerError,
        _ => Class::APIStatusError,
    };
    kwargs.set_item("status_code", e.status_code)?;
    kwargs.set_item("body", &*e.body)?;
    kwargs.set_item("code", e.code)?;
    kwargs.set_item("request_id", e.request_id)?;
    if e.status_code == 429 {
        kwargs.set_item("retry_after", e.retry_after.map(|d| d.as_secs_f64()))?;
    }
    if e.status_code == 403 {
        kwargs.set_item("permissions", e.permissions.to_vec())?;
    }
    Ok((name, e.message))
}

/// For failures of our own making (a task that died): still a `ClickHouseCloudError`,
/// never a `PanicException`.
pub fn internal_error(py: Python<'_>, what: &str) -> PyErr {
    match class(py, Class::ClickHouseCloudError)
        .and_then(|c| c.call1((format!("internal error: {what}"),)))
    {
        Ok(instance) => PyErr::from_value(instance),
        Err(e) => e,
    }
}
