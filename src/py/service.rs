//! `Service`, `ServiceEndpoint` and `RestoredService` as immutable Python values.

use pyo3::basic::CompareOp;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple, PyType};
use pyo3::PyTypeInfo;

use crate::core::config::Secret;
use crate::core::service::{CreatedService, Service, ServiceEndpoint};

use super::convert::{py_datetime, py_uuid, py_whole};
use super::models::{compare, from_dict_of, reduce_with, short, to_dict_of, value_hash};

/// A ClickHouse Cloud service.
#[pyclass(module = "clickhouse_cloud", name = "Service", frozen)]
pub struct PyService {
    pub inner: Service,
}

#[pymethods]
impl PyService {
    #[getter]
    fn id<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.inner.id.map(|id| py_uuid(py, &id)).transpose()
    }
    #[getter]
    fn name(&self) -> Option<&str> {
        self.inner.name.as_deref()
    }
    #[getter]
    fn provider(&self) -> Option<&str> {
        self.inner.provider.as_deref()
    }
    #[getter]
    fn region(&self) -> Option<&str> {
        self.inner.region.as_deref()
    }
    /// `provisioning`, `running`, `stopped`, `failed`, ... or a new value verbatim.
    #[getter]
    fn state(&self) -> Option<&str> {
        self.inner.state.as_deref()
    }
    #[getter]
    fn clickhouse_version(&self) -> Option<&str> {
        self.inner.clickhouse_version.as_deref()
    }
    #[getter]
    fn created_at<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.inner
            .created_at
            .map(|t| py_datetime(py, &t.0))
            .transpose()
    }
    /// The endpoints to connect to (empty when the API sent none).
    #[getter]
    fn endpoints(&self) -> Vec<PyServiceEndpoint> {
        self.inner
            .endpoints
            .iter()
            .flatten()
            .map(|e| PyServiceEndpoint { inner: e.clone() })
            .collect()
    }
    /// Every field the API sent, in its camelCase shape (fields this version does not
    /// model included).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        to_dict_of(py, &self.inner)
    }
    #[classmethod]
    fn from_dict(_cls: &Bound<'_, PyType>, data: &Bound<'_, PyAny>) -> PyResult<Self> {
        from_dict_of(data, "Service").map(|inner| PyService { inner })
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        reduce_with(py, PyService::type_object(py), self.to_dict(py)?)
    }
    fn __richcmp__(&self, other: &Bound<'_, PyAny>, op: CompareOp) -> Py<PyAny> {
        let py = other.py();
        let other = other.cast::<PyService>().ok();
        compare(py, &self.inner, other.map(|o| &o.get().inner), op)
    }
    fn __hash__(&self) -> u64 {
        value_hash(&self.inner)
    }
    fn __copy__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }
    fn __deepcopy__<'a>(slf: PyRef<'a, Self>, _memo: &Bound<'_, PyAny>) -> PyRef<'a, Self> {
        slf
    }
    fn __repr__(&self) -> String {
        let s = &self.inner;
        let id =
            s.id.map(|u| format!("'{}'", u.hyphenated()))
                .unwrap_or_else(|| "None".into());
        format!(
            "Service(id={id}, name={}, state={}, provider={}, region={})",
            short(&s.name),
            short(&s.state),
            short(&s.provider),
            short(&s.region)
        )
    }
}

/// One way to connect to a service.
#[pyclass(module = "clickhouse_cloud", name = "ServiceEndpoint", frozen)]
pub struct PyServiceEndpoint {
    pub inner: ServiceEndpoint,
}

#[pymethods]
impl PyServiceEndpoint {
    /// `https`, `nativesecure`, `mysql` or a new value verbatim.
    #[getter]
    fn protocol(&self) -> Option<&str> {
        self.inner.protocol.as_deref()
    }
    #[getter]
    fn host(&self) -> Option<&str> {
        self.inner.host.as_deref()
    }
    #[getter]
    fn port<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.inner
            .port
            .as_ref()
            .map(|n| py_whole(py, n))
            .transpose()
    }
    #[getter]
    fn username(&self) -> Option<&str> {
        self.inner.username.as_deref()
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        to_dict_of(py, &self.inner)
    }
    #[classmethod]
    fn from_dict(_cls: &Bound<'_, PyType>, data: &Bound<'_, PyAny>) -> PyResult<Self> {
        from_dict_of(data, "ServiceEndpoint").map(|inner| PyServiceEndpoint { inner })
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        reduce_with(py, PyServiceEndpoint::type_object(py), self.to_dict(py)?)
    }
    fn __richcmp__(&self, other: &Bound<'_, PyAny>, op: CompareOp) -> Py<PyAny> {
        let py = other.py();
        let other = other.cast::<PyServiceEndpoint>().ok();
        compare(py, &self.inner, other.map(|o| &o.get().inner), op)
    }
    fn __hash__(&self) -> u64 {
        value_hash(&self.inner)
    }
    fn __repr__(&self) -> String {
        let e = &self.inner;
        let port = e.port.map_or_else(|| "None".into(), |p| p.to_string());
        format!(
            "ServiceEndpoint(protocol={}, host={}, port={port})",
            short(&e.protocol),
            short(&e.host)
        )
    }
}

/// What `restore_backup` returns: the new service and its one-time password. The
/// password is shown nowhere (not in the repr, not in `to_dict()` unless asked).
#[pyclass(module = "clickhouse_cloud", name = "RestoredService", frozen)]
pub struct PyRestoredService {
    pub service: Service,
    pub password: Option<Secret>,
}

impl From<CreatedService> for PyRestoredService {
    fn from(created: CreatedService) -> Self {
        PyRestoredService {
            service: created.service.unwrap_or_default(),
            password: created.password,
        }
    }
}

#[pymethods]
impl PyRestoredService {
    #[new]
    #[pyo3(signature = (service, password=None))]
    fn new(service: &Bound<'_, PyService>, password: Option<String>) -> Self {
        PyRestoredService {
            service: service.get().inner.clone(),
            password: password.map(Secret::new),
        }
    }
    #[getter]
    fn service(&self) -> PyService {
        PyService {
            inner: self.service.clone(),
        }
    }
    /// The new service's `default` user password; the API shows it only once.
    #[getter]
    fn password(&self) -> Option<&str> {
        self.password.as_ref().map(Secret::expose)
    }
    /// `{"service": {...}}`, plus `"password"` only with `include_password=True`.
    #[pyo3(signature = (*, include_password=false))]
    fn to_dict<'py>(
        &self,
        py: Python<'py>,
        include_password: bool,
    ) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("service", to_dict_of(py, &self.service)?)?;
        if include_password {
            d.set_item("password", self.password())?;
        }
        Ok(d)
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let service = Bound::new(py, self.service())?.into_any();
        let password = self.password().into_pyobject(py)?.into_any();
        PyTuple::new(
            py,
            [
                PyRestoredService::type_object(py).into_any(),
                PyTuple::new(py, [service, password])?.into_any(),
            ],
        )
    }
    fn __richcmp__(&self, other: &Bound<'_, PyAny>, op: CompareOp) -> Py<PyAny> {
        let py = other.py();
        let other = other.cast::<PyRestoredService>().ok();
        let key = |r: &PyRestoredService| (r.service.clone(), r.password.clone());
        compare(py, &key(self), other.map(|o| key(o.get())).as_ref(), op)
    }
    fn __repr__(&self) -> String {
        let shown = PyService {
            inner: self.service.clone(),
        }
        .__repr__();
        format!("RestoredService(service={shown}, password=***)")
    }
}
