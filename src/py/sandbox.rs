//! The binding of the sandbox server; `clickhouse_cloud.testing.Sandbox` wraps it.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict};

use crate::core::runtime;
use crate::sandbox::{Fault, FaultAction, RecordedRequest, Sandbox, State};

use super::convert::{extract_id, json_to_py, py_to_json};
use super::errors::internal_error;

#[pyclass(module = "clickhouse_cloud.testing", name = "SandboxServer", frozen)]
pub struct PySandboxServer {
    state: Arc<State>,
    url: String,
    port: u16,
    server: Mutex<Option<Sandbox>>,
}

#[pymethods]
impl PySandboxServer {
    #[new]
    #[pyo3(signature = (key_id, key_secret, *, port=0, rate_limit=None))]
    fn new(
        py: Python<'_>,
        key_id: &str,
        key_secret: &str,
        port: u16,
        rate_limit: Option<u32>,
    ) -> PyResult<Self> {
        let handle = runtime::handle()
            .map_err(|e| internal_error(py, &format!("cannot start the I/O runtime: {e}")))?;
        let sandbox = Sandbox::start(&handle, State::new(key_id, key_secret, rate_limit), port)
            .map_err(|e| PyOSError::new_err(format!("cannot listen on 127.0.0.1:{port}: {e}")))?;
        Ok(PySandboxServer {
            state: sandbox.state().clone(),
            url: sandbox.url(),
            port: sandbox.addr().port(),
            server: Mutex::new(Some(sandbox)),
        })
    }

    #[getter]
    fn url(&self) -> &str {
        &self.url
    }

    #[getter]
    fn port(&self) -> u16 {
        self.port
    }

    /// Stores a backup (a dict in the API's shape, served verbatim).
    fn add_backup(
        &self,
        organization_id: &Bound<'_, PyAny>,
        service_id: &Bound<'_, PyAny>,
        backup: &Bound<'_, PyAny>,
    ) -> PyResult<()> {
        let org = extract_id("organization_id", organization_id)?;
        let service = extract_id("service_id", service_id)?;
        let value = py_to_json(backup)?;
        if !value.is_object() {
            return Err(PyValueError::new_err("a backup is a dict"));
        }
        self.state.add_backup(org, service, value);
        Ok(())
    }

    fn requests(&self) -> Vec<PySandboxRequest> {
        self.state
            .requests()
            .into_iter()
            .map(|inner| PySandboxRequest { inner })
            .collect()
    }

    fn clear_requests(&self) {
        self.state.clear_requests();
    }

    /// Scripts the next `times` requests: wait `delay` seconds, then answer with
    /// `status`/`body`/`headers`, drop the connection (`drop=True`), or answer normally.
    #[pyo3(signature = (*, status=None, body=None, headers=None, delay=0.0, drop=false, times=1))]
    fn push_fault(
        &self,
        status: Option<i64>,
        body: Option<Vec<u8>>,
        headers: Option<Vec<(String, String)>>,
        delay: f64,
        drop: bool,
        times: i64,
    ) -> PyResult<()> {
        let delay = Duration::try_from_secs_f64(delay)
            .map_err(|_| PyValueError::new_err("delay must be a non-negative number of seconds"))?;
        let times = u32::try_from(times)
            .map_err(|_| PyValueError::new_err("times must be a non-negative integer"))?;
        let action = match (drop, status) {
            (true, Some(_)) => {
                return Err(PyValueError::new_err("give either drop=True or a status"))
            }
            (true, None) => FaultAction::Drop,
            (false, Some(status)) => FaultAction::Respond {
                status: u16::try_from(status)
                    .ok()
                    .filter(|s| (100..=999).contains(s))
                    .ok_or_else(|| PyValueError::new_err("status must be 100 to 999"))?,
                body: body.unwrap_or_default(),
                headers: headers.unwrap_or_default(),
            },
            (false, None) => FaultAction::Normal,
        };
        self.state
            .push_fault(Fault {
                delay,
                action,
                times,
            })
            .map_err(PyValueError::new_err)
    }

    fn clear_faults(&self) {
        self.state.clear_faults();
    }

    #[getter]
    fn pending_faults(&self) -> usize {
        self.state.pending_faults()
    }

    /// Stops the server and closes its connections. Idempotent.
    fn close(&self) {
        let server = self.server.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(mut server) = server {
            server.stop();
        }
    }

    #[getter]
    fn closed(&self) -> bool {
        self.server
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .is_none()
    }
}

/// One request the sandbox received.
#[pyclass(module = "clickhouse_cloud.testing", name = "SandboxRequest", frozen)]
pub struct PySandboxRequest {
    inner: RecordedRequest,
}

#[pymethods]
impl PySandboxRequest {
    #[getter]
    fn method(&self) -> &str {
        &self.inner.method
    }
    #[getter]
    fn path(&self) -> &str {
        &self.inner.path
    }
    #[getter]
    fn query(&self) -> Option<&str> {
        self.inner.query.as_deref()
    }
    /// Header names in lower case; a repeated header keeps its last value.
    #[getter]
    fn headers<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for (k, v) in &self.inner.headers {
            d.set_item(k, v)?;
        }
        Ok(d)
    }
    #[getter]
    fn body<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        PyBytes::new(py, &self.inner.body)
    }
    /// Seconds since the sandbox started, when the request arrived.
    #[getter]
    fn at(&self) -> f64 {
        self.inner.at
    }
    /// The body parsed as JSON, or None when there is no body.
    fn json<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        if self.inner.body.is_empty() {
            return Ok(py.None().into_bound(py));
        }
        let value: serde_json::Value = serde_json::from_slice(&self.inner.body)
            .map_err(|e| PyValueError::new_err(format!("body is not JSON: {e}")))?;
        json_to_py(py, &value)
    }
    fn __repr__(&self) -> String {
        format!("SandboxRequest({} {})", self.inner.method, self.inner.path)
    }
}
