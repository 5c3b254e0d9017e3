//! The binding of the sandbox server; `clickhouse_cloud.testing.Sandbox` wraps it.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict};

use crate::core::runtime;
use crate::sandbox::{Fault, FaultAction, Only, RecordedRequest, Sandbox, State, StreamSpec};

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
    #[pyo3(signature = (key_id, key_secret, *, port=0, rate_limit=None, provisioning_seconds=2.0))]
    fn new(
        py: Python<'_>,
        key_id: &str,
        key_secret: &str,
        port: u16,
        rate_limit: Option<u32>,
        provisioning_seconds: f64,
    ) -> PyResult<Self> {
        let provisioning = seconds("provisioning_seconds", provisioning_seconds)?;
        let handle = runtime::handle()
            .map_err(|e| internal_error(py, &format!("cannot start the I/O runtime: {e}")))?;
        let state = State::new(key_id, key_secret, rate_limit).with_provisioning(provisioning);
        let sandbox = Sandbox::start(&handle, state, port)
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

    /// How long services created by a restore stay `provisioning`, in seconds.
    #[getter]
    fn get_provisioning_seconds(&self) -> f64 {
        self.state.provisioning().as_secs_f64()
    }

    #[setter]
    fn set_provisioning_seconds(&self, value: f64) -> PyResult<()> {
        self.state
            .set_provisioning(seconds("provisioning_seconds", value)?);
        Ok(())
    }

    /// How long a state change (a service's stop, start or delete, a ClickPipe's) takes.
    #[getter]
    fn get_transition_seconds(&self) -> f64 {
        self.state.transition().as_secs_f64()
    }

    #[setter]
    fn set_transition_seconds(&self, value: f64) -> PyResult<()> {
        self.state
            .set_transition(seconds("transition_seconds", value)?);
        Ok(())
    }

    /// Puts a resource (a dict in the API's shape) in the store: as the item `key` of
    /// the collection at `path`, or with no key as the resource at `path`.
    #[pyo3(signature = (path, value, key=None))]
    fn seed<'py>(
        &self,
        py: Python<'py>,
        path: &str,
        value: &Bound<'_, PyAny>,
        key: Option<&str>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let stored = self
            .state
            .seed(path, key, py_to_json(value)?)
            .map_err(seed_error)?;
        json_to_py(py, &stored)
    }

    /// What the store holds at `path`: a list of the collection's items, or the resource.
    fn stored<'py>(&self, py: Python<'py>, path: &str) -> PyResult<Bound<'py, PyAny>> {
        json_to_py(py, &self.state.stored(path))
    }

    /// Sets `fields` on the item `key` of the collection at `path` after `after` seconds.
    fn seed_later(
        &self,
        path: &str,
        key: &str,
        after: f64,
        fields: &Bound<'_, PyAny>,
    ) -> PyResult<()> {
        let after = seconds("after", after)?;
        let serde_json::Value::Object(fields) = py_to_json(fields)? else {
            return Err(PyValueError::new_err("fields is a dict"));
        };
        self.state.seed_later(path, key, after, fields);
        Ok(())
    }

    /// An organization (a dict with a UUID `id`), served and listed.
    fn add_organization<'py>(
        &self,
        py: Python<'py>,
        organization: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let stored = self
            .state
            .add_organization(py_to_json(organization)?)
            .map_err(seed_error)?;
        json_to_py(py, &stored)
    }

    /// A usage-cost record of the organization (the API's shape; `_tags` for filters).
    fn add_usage_cost(
        &self,
        organization_id: &Bound<'_, PyAny>,
        record: &Bound<'_, PyAny>,
    ) -> PyResult<()> {
        let org = extract_id("organization_id", organization_id)?;
        self.state
            .add_usage_cost(org, py_to_json(record)?)
            .map_err(seed_error)
    }

    /// Stores a backup served as given until `after` seconds have passed, then with
    /// `final_fields` merged in.
    fn add_backup_finishing(
        &self,
        organization_id: &Bound<'_, PyAny>,
        service_id: &Bound<'_, PyAny>,
        backup: &Bound<'_, PyAny>,
        after: f64,
        final_fields: &Bound<'_, PyAny>,
    ) -> PyResult<()> {
        let org = extract_id("organization_id", organization_id)?;
        let service = extract_id("service_id", service_id)?;
        let after = seconds("after", after)?;
        let value = py_to_json(backup)?;
        if !value.is_object() {
            return Err(PyValueError::new_err("a backup is a dict"));
        }
        let serde_json::Value::Object(fields) = py_to_json(final_fields)? else {
            return Err(PyValueError::new_err("final_fields is a dict"));
        };
        self.state
            .add_backup_finishing(org, service, value, after, fields);
        Ok(())
    }

    /// Registers a service (a dict in the API's shape; an `id` is made if absent)
    /// and returns it as served.
    fn add_service<'py>(
        &self,
        py: Python<'py>,
        organization_id: &Bound<'_, PyAny>,
        service: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let org = extract_id("organization_id", organization_id)?;
        let stored = self
            .state
            .add_service(org, py_to_json(service)?)
            .map_err(seed_error)?;
        json_to_py(py, &stored)
    }

    fn set_service_state(
        &self,
        organization_id: &Bound<'_, PyAny>,
        service_id: &Bound<'_, PyAny>,
        state: &str,
    ) -> PyResult<()> {
        let (org, service) = ids(organization_id, service_id)?;
        self.state.set_service_state(org, service, state);
        Ok(())
    }

    /// The service as GET serves it now (state included), or None.
    fn service<'py>(
        &self,
        py: Python<'py>,
        organization_id: &Bound<'_, PyAny>,
        service_id: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let (org, service) = ids(organization_id, service_id)?;
        optional_json(py, self.state.service(org, service))
    }

    /// Seeds the backup configuration (same rules as PATCH; missing keys default).
    fn set_backup_configuration<'py>(
        &self,
        py: Python<'py>,
        organization_id: &Bound<'_, PyAny>,
        service_id: &Bound<'_, PyAny>,
        config: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let (org, service) = ids(organization_id, service_id)?;
        let stored = self
            .state
            .set_backup_configuration(org, service, &py_to_json(config)?)
            .map_err(seed_error)?;
        json_to_py(py, &stored)
    }

    fn backup_configuration<'py>(
        &self,
        py: Python<'py>,
        organization_id: &Bound<'_, PyAny>,
        service_id: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let (org, service) = ids(organization_id, service_id)?;
        optional_json(py, self.state.backup_configuration(org, service))
    }

    /// On the BASIC tier every PATCH of the backup configuration answers 403.
    fn set_basic_tier(
        &self,
        organization_id: &Bound<'_, PyAny>,
        service_id: &Bound<'_, PyAny>,
        on: bool,
    ) -> PyResult<()> {
        let (org, service) = ids(organization_id, service_id)?;
        self.state.set_basic_tier(org, service, on);
        Ok(())
    }

    /// Seeds (or with None removes) the backup bucket; returns it as served.
    fn set_backup_bucket<'py>(
        &self,
        py: Python<'py>,
        organization_id: &Bound<'_, PyAny>,
        service_id: &Bound<'_, PyAny>,
        bucket: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let (org, service) = ids(organization_id, service_id)?;
        let bucket = if bucket.is_none() {
            None
        } else {
            Some(py_to_json(bucket)?)
        };
        let stored = self
            .state
            .set_backup_bucket(org, service, bucket)
            .map_err(seed_error)?;
        optional_json(py, stored)
    }

    /// The bucket as served (no secret), or None.
    fn backup_bucket<'py>(
        &self,
        py: Python<'py>,
        organization_id: &Bound<'_, PyAny>,
        service_id: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let (org, service) = ids(organization_id, service_id)?;
        optional_json(py, self.state.backup_bucket(org, service))
    }

    /// The write-only secret last sent for the bucket, or None.
    fn backup_bucket_secret(
        &self,
        organization_id: &Bound<'_, PyAny>,
        service_id: &Bound<'_, PyAny>,
    ) -> PyResult<Option<String>> {
        let (org, service) = ids(organization_id, service_id)?;
        Ok(self.state.backup_bucket_secret(org, service))
    }

    fn requests(&self) -> Vec<PySandboxRequest> {
        self.state
            .requests()
            .into_iter()
            .map(|inner| PySandboxRequest { inner })
            .collect()
    }

    /// Keep received requests for `requests()` (on by default; off for benchmarks).
    fn set_recording(&self, on: bool) {
        self.state.set_recording(on);
    }

    fn clear_requests(&self) {
        self.state.clear_requests();
    }

    /// Scripts the next `times` requests (with `method` and a path `path` matches, when
    /// given): wait `delay` seconds, then answer with `status`/`body`/`headers`, drop the
    /// connection (`drop=True`), or answer normally; with `handled`, the request is
    /// carried out first and only its answer replaced.
    #[pyo3(signature = (*, status=None, body=None, headers=None, delay=0.0, drop=false, times=1,
        method=None, path=None, handled=false))]
    #[allow(clippy::too_many_arguments)]
    fn push_fault(
        &self,
        status: Option<i64>,
        body: Option<Vec<u8>>,
        headers: Option<Vec<(String, String)>>,
        delay: f64,
        drop: bool,
        times: i64,
        method: Option<&str>,
        path: Option<&str>,
        handled: bool,
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
                only: Only::new(method, path).map_err(PyValueError::new_err)?,
                handled,
            })
            .map_err(PyValueError::new_err)
    }

    /// Scripts the next `times` requests to get a streamed answer: `total_bytes` of
    /// `pattern` in `chunk_size` pieces, `pause` seconds before each, announcing
    /// `content_length` (or chunked), and breaking the connection at the end if `abort`.
    #[pyo3(signature = (*, status=200, headers=None, pattern=None, total_bytes=0, chunk_size=65536,
        pause=0.0, content_length=None, abort=false, delay=0.0, times=1, method=None, path=None))]
    #[allow(clippy::too_many_arguments)]
    fn push_stream_fault(
        &self,
        status: i64,
        headers: Option<Vec<(String, String)>>,
        pattern: Option<Vec<u8>>,
        total_bytes: u64,
        chunk_size: usize,
        pause: f64,
        content_length: Option<u64>,
        abort: bool,
        delay: f64,
        times: i64,
        method: Option<&str>,
        path: Option<&str>,
    ) -> PyResult<()> {
        let seconds = |name: &str, v: f64| {
            Duration::try_from_secs_f64(v).map_err(|_| {
                PyValueError::new_err(format!("{name} must be a non-negative number of seconds"))
            })
        };
        let spec = StreamSpec {
            status: u16::try_from(status)
                .ok()
                .filter(|s| (100..=999).contains(s))
                .ok_or_else(|| PyValueError::new_err("status must be 100 to 999"))?,
            headers: headers.unwrap_or_default(),
            pattern: pattern.unwrap_or_default(),
            total_bytes,
            chunk_size,
            pause: seconds("pause", pause)?,
            content_length,
            abort,
        };
        self.state
            .push_fault(Fault {
                delay: seconds("delay", delay)?,
                action: FaultAction::Stream(spec),
                times: u32::try_from(times)
                    .map_err(|_| PyValueError::new_err("times must be a non-negative integer"))?,
                only: Only::new(method, path).map_err(PyValueError::new_err)?,
                handled: false,
            })
            .map_err(PyValueError::new_err)
    }

    fn clear_faults(&self) {
        self.state.clear_faults();
    }

    /// Requests being handled right now (a client that gave up no longer counts).
    #[getter]
    fn in_flight(&self) -> usize {
        self.state.in_flight()
    }

    /// (open now, most open at once since the last reset, accepted in all).
    fn connection_stats(&self) -> (usize, usize, u64) {
        self.state.connections().snapshot()
    }

    /// Starts counting the most connections open at once again from now.
    fn reset_peak_connections(&self) {
        self.state.connections().reset_peak();
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

fn ids(
    organization_id: &Bound<'_, PyAny>,
    service_id: &Bound<'_, PyAny>,
) -> PyResult<(uuid::Uuid, uuid::Uuid)> {
    Ok((
        extract_id("organization_id", organization_id)?,
        extract_id("service_id", service_id)?,
    ))
}

/// A refused seed, without the API's error-code prefix.
fn seed_error(message: String) -> PyErr {
    PyValueError::new_err(message.trim_start_matches("BAD_REQUEST: ").to_owned())
}

fn seconds(name: &str, value: f64) -> PyResult<Duration> {
    Duration::try_from_secs_f64(value).map_err(|_| {
        PyValueError::new_err(format!("{name} must be a non-negative number of seconds"))
    })
}

fn optional_json<'py>(
    py: Python<'py>,
    value: Option<serde_json::Value>,
) -> PyResult<Bound<'py, PyAny>> {
    match value {
        Some(value) => json_to_py(py, &value),
        None => Ok(py.None().into_bound(py)),
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
    /// The serial number of the connection the request came on (1 for the first).
    #[getter]
    fn connection(&self) -> u64 {
        self.inner.connection
    }
    /// The client's port on that connection.
    #[getter]
    fn client_port(&self) -> u16 {
        self.inner.client_port
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
