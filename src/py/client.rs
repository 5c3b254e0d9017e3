//! `Client`: the blocking client. Each method converts its arguments, runs the core
//! call through `blocking::wait_for` and converts the result.

use std::sync::{Arc, Once};

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyString};

use crate::core::{self, Config, ConfigInput, Verify};

use super::blocking::wait_for;
use super::convert::{extract_id, extract_integer, extract_number, extract_secret_text};
use super::errors::to_pyerr;
use super::models::PyBackup;

#[pyclass(module = "clickhouse_cloud", name = "Client", frozen)]
pub struct PyClient {
    core: Arc<core::Client>,
}

/// `verify=`: `True`, `False`, or the path (str or os.PathLike) of a CA bundle.
fn extract_verify(value: &Bound<'_, PyAny>) -> PyResult<Verify> {
    if let Ok(flag) = value.cast::<PyBool>() {
        return Ok(if flag.is_true() {
            Verify::System
        } else {
            Verify::Disabled
        });
    }
    let path = value
        .py()
        .import("os")?
        .call_method1("fspath", (value,))
        .map_err(|_| {
            PyTypeError::new_err("verify must be True, False or the path of a CA bundle")
        })?;
    let path = path
        .cast::<PyString>()
        .map_err(|_| PyTypeError::new_err("verify path must be text"))?
        .to_cow()?
        .into_owned();
    Ok(Verify::CaBundle(path.into()))
}

/// Retries are logged through `log`; route it to Python's `logging` once.
fn install_logging(py: Python<'_>) {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        if let Ok(logger) = pyo3_log::Logger::new(py, pyo3_log::Caching::Loggers) {
            // Another extension may have installed a logger already: keep theirs.
            let _ = logger.filter(log::LevelFilter::Info).install();
        }
    });
}

/// The constructor arguments, checked and resolved (arguments first, then the
/// environment) into a core client.
pub fn build_core(
    py: Python<'_>,
    key_id: Option<&Bound<'_, PyAny>>,
    key_secret: Option<&Bound<'_, PyAny>>,
    base_url: Option<&Bound<'_, PyAny>>,
    timeout: Option<&Bound<'_, PyAny>>,
    max_retries: Option<&Bound<'_, PyAny>>,
    verify: Option<&Bound<'_, PyAny>>,
) -> PyResult<Arc<core::Client>> {
    let text = |name: &str, v: Option<&Bound<'_, PyAny>>| match v {
        Some(v) if !v.is_none() => extract_secret_text(name, v).map(Some),
        _ => Ok(None),
    };
    let input = ConfigInput {
        key_id: text("key_id", key_id)?,
        key_secret: text("key_secret", key_secret)?,
        base_url: text("base_url", base_url)?,
        timeout: timeout.map(|t| extract_number("timeout", t)).transpose()?,
        max_retries: max_retries
            .map(|n| extract_integer("max_retries", n))
            .transpose()?,
        verify: match verify {
            Some(v) if !v.is_none() => extract_verify(v)?,
            _ => Verify::System,
        },
    };
    install_logging(py);
    let config = Config::resolve(input).map_err(|e| to_pyerr(py, e))?;
    core::Client::new(config)
        .map(Arc::new)
        .map_err(|e| to_pyerr(py, e))
}

pub fn describe(core: &core::Client, class: &str) -> String {
    let c = core.config();
    format!(
        "{class}(base_url={:?}, key_id={:?}{})",
        c.base_url_str(),
        c.key_id,
        if core.is_closed() { ", closed" } else { "" }
    )
}

#[pymethods]
impl PyClient {
    #[new]
    #[pyo3(
        signature = (key_id=None, key_secret=None, *, base_url=None, timeout=None, max_retries=None, verify=None),
        text_signature = "(key_id=None, key_secret=None, *, base_url=None, timeout=30.0, max_retries=3, verify=True)"
    )]
    fn new(
        py: Python<'_>,
        key_id: Option<&Bound<'_, PyAny>>,
        key_secret: Option<&Bound<'_, PyAny>>,
        base_url: Option<&Bound<'_, PyAny>>,
        timeout: Option<&Bound<'_, PyAny>>,
        max_retries: Option<&Bound<'_, PyAny>>,
        verify: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let core = build_core(
            py,
            key_id,
            key_secret,
            base_url,
            timeout,
            max_retries,
            verify,
        )?;
        Ok(PyClient { core })
    }

    /// Details of one backup.
    fn get_backup(
        &self,
        py: Python<'_>,
        organization_id: &Bound<'_, PyAny>,
        service_id: &Bound<'_, PyAny>,
        backup_id: &Bound<'_, PyAny>,
    ) -> PyResult<PyBackup> {
        let org = extract_id("organization_id", organization_id)?;
        let service = extract_id("service_id", service_id)?;
        let backup = extract_id("backup_id", backup_id)?;
        let core = self.core.clone();
        let inner = wait_for(
            py,
            async move { core.get_backup(&org, &service, &backup).await },
        )?;
        Ok(PyBackup { inner })
    }

    #[getter]
    fn base_url(&self) -> String {
        self.core.config().base_url_str().to_owned()
    }

    #[getter]
    fn timeout(&self) -> f64 {
        self.core.config().timeout.as_secs_f64()
    }

    #[getter]
    fn max_retries(&self) -> u32 {
        self.core.config().max_retries
    }

    /// Closes the connection pool. Idempotent; calls after it raise `RuntimeError`.
    fn close(&self) {
        self.core.close();
    }

    #[getter]
    fn closed(&self) -> bool {
        self.core.is_closed()
    }

    fn __enter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    #[pyo3(signature = (*_args))]
    fn __exit__(&self, _args: &Bound<'_, pyo3::types::PyTuple>) -> bool {
        self.core.close();
        false
    }

    fn __repr__(&self) -> String {
        describe(&self.core, "Client")
    }
}
