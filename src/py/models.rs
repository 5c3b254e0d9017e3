//! The API's objects as immutable Python values: attribute access, `==` by value,
//! `to_dict()` in the API's camelCase shape, `from_dict()`, pickling, a short repr.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use chrono::{DateTime, FixedOffset};
use pyo3::basic::CompareOp;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple, PyType};
use pyo3::PyTypeInfo;
use serde_json::{Map, Value};
use uuid::Uuid;

use crate::core::models::{self, Object, Timestamp};

use super::convert::{
    extract_id, extract_number, extract_whole, json_object_to_py, py_datetime, py_to_json, py_uuid,
    py_whole,
};

/// `from_dict` input: a mapping in the API's shape.
fn dict_to_json(d: &Bound<'_, PyAny>) -> PyResult<Map<String, Value>> {
    let py = d.py();
    let mapping = py.import("collections.abc")?.getattr("Mapping")?;
    let d = if !d.is_instance_of::<PyDict>() && d.is_instance(&mapping)? {
        py.import("builtins")?.getattr("dict")?.call1((d,))?
    } else {
        d.clone()
    };
    match py_to_json(&d)? {
        Value::Object(m) => Ok(m),
        _ => Err(PyTypeError::new_err("from_dict() takes a dict")),
    }
}

/// `to_dict()`: the API's camelCase shape, absent fields left out.
pub(super) fn to_dict_of<'py, T: serde::Serialize>(
    py: Python<'py>,
    value: &T,
) -> PyResult<Bound<'py, PyDict>> {
    match serde_json::to_value(value) {
        Ok(Value::Object(m)) => json_object_to_py(py, &m),
        _ => Err(PyValueError::new_err("value cannot be represented as JSON")),
    }
}

/// `from_dict()`: the same checks as a response body; a bad value is a `ValueError`.
pub(super) fn from_dict_of<T: serde::de::DeserializeOwned>(
    data: &Bound<'_, PyAny>,
    what: &str,
) -> PyResult<T> {
    let map = dict_to_json(data)?;
    serde_json::from_value::<Object<T>>(Value::Object(map))
        .map(|o| o.0)
        .map_err(|e| PyValueError::new_err(format!("not a valid {what}: {e}")))
}

/// `__reduce__`: rebuild with `cls.from_dict(state)`.
pub(super) fn reduce_with<'py>(
    py: Python<'py>,
    cls: Bound<'py, PyType>,
    state: Bound<'py, PyDict>,
) -> PyResult<Bound<'py, PyTuple>> {
    let rebuild = cls.getattr("from_dict")?;
    PyTuple::new(py, [rebuild, PyTuple::new(py, [state])?.into_any()])
}

fn optional_id(param: &str, value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Uuid>> {
    match value {
        Some(v) if !v.is_none() => extract_id(param, v).map(Some),
        _ => Ok(None),
    }
}

/// A datetime argument as a timestamp the API could have sent.
fn timestamp(name: &str, value: Option<DateTime<FixedOffset>>) -> PyResult<Option<Timestamp>> {
    value
        .map(|dt| {
            Timestamp::representable(dt).ok_or_else(|| {
                PyValueError::new_err(format!("{name} must have an offset in whole minutes"))
            })
        })
        .transpose()
}

pub(super) fn value_hash(value: &impl serde::Serialize) -> u64 {
    let mut h = DefaultHasher::new();
    serde_json::to_string(value)
        .unwrap_or_default()
        .hash(&mut h);
    h.finish()
}

/// Python's repr of an optional str: `'text'` (escaped) or `None`.
pub(super) fn short(text: &Option<String>) -> String {
    match text {
        Some(t) => py_str(t),
        None => "None".into(),
    }
}

pub(super) fn py_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('\'');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            c if c.is_control() => out.extend(c.escape_default()),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// One backup of a service.
#[pyclass(module = "clickhouse_cloud", name = "Backup", frozen)]
pub struct PyBackup {
    pub inner: models::Backup,
}

#[pymethods]
impl PyBackup {
    #[new]
    #[pyo3(signature = (*, id=None, status=None, service_id=None, started_at=None,
        finished_at=None, size_in_bytes=None, duration_in_seconds=None, r#type=None,
        backup_name=None, bucket=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        id: Option<&Bound<'_, PyAny>>,
        status: Option<String>,
        service_id: Option<String>,
        started_at: Option<DateTime<FixedOffset>>,
        finished_at: Option<DateTime<FixedOffset>>,
        size_in_bytes: Option<&Bound<'_, PyAny>>,
        duration_in_seconds: Option<&Bound<'_, PyAny>>,
        r#type: Option<String>,
        backup_name: Option<String>,
        bucket: Option<&Bound<'_, PyBackupBucket>>,
    ) -> PyResult<Self> {
        Ok(PyBackup {
            inner: models::Backup {
                request_id: None,
                id: optional_id("id", id)?,
                status,
                service_id,
                started_at: timestamp("started_at", started_at)?,
                finished_at: timestamp("finished_at", finished_at)?,
                size_in_bytes: size_in_bytes
                    .filter(|v| !v.is_none())
                    .map(|v| extract_whole("size_in_bytes", v))
                    .transpose()?,
                duration_in_seconds: duration_in_seconds
                    .filter(|v| !v.is_none())
                    .map(|v| {
                        let secs = extract_number("duration_in_seconds", v)?;
                        if secs.is_finite() {
                            Ok(secs + 0.0) // -0.0 becomes 0.0: equal values hash the same
                        } else {
                            Err(PyValueError::new_err("duration_in_seconds must be finite"))
                        }
                    })
                    .transpose()?,
                backup_type: r#type,
                backup_name,
                bucket: bucket.map(|b| b.get().inner.clone()),
            },
        })
    }

    #[getter]
    fn id<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.inner.id.map(|id| py_uuid(py, &id)).transpose()
    }
    #[getter]
    fn status(&self) -> Option<&str> {
        self.inner.status.as_deref()
    }
    #[getter]
    fn service_id(&self) -> Option<&str> {
        self.inner.service_id.as_deref()
    }
    #[getter]
    fn started_at<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.inner
            .started_at
            .map(|t| py_datetime(py, &t.0))
            .transpose()
    }
    #[getter]
    fn finished_at<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.inner
            .finished_at
            .map(|t| py_datetime(py, &t.0))
            .transpose()
    }
    #[getter]
    fn size_in_bytes<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.inner
            .size_in_bytes
            .as_ref()
            .map(|n| py_whole(py, n))
            .transpose()
    }
    #[getter]
    fn duration_in_seconds(&self) -> Option<f64> {
        self.inner.duration_in_seconds
    }
    #[getter]
    fn r#type(&self) -> Option<&str> {
        self.inner.backup_type.as_deref()
    }
    #[getter]
    fn backup_name(&self) -> Option<&str> {
        self.inner.backup_name.as_deref()
    }
    /// The `requestId` of the response this backup came in (None when built here).
    #[getter]
    fn request_id(&self) -> Option<&str> {
        self.inner.request_id.as_deref()
    }
    #[getter]
    fn bucket<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyBackupBucket>>> {
        self.inner
            .bucket
            .as_ref()
            .map(|b| bucket_to_py(py, b.clone()))
            .transpose()
    }

    /// The API's camelCase JSON shape with JSON-native values; absent fields are left out.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        match serde_json::to_value(&self.inner) {
            Ok(Value::Object(m)) => json_object_to_py(py, &m),
            _ => Err(PyValueError::new_err(
                "backup cannot be represented as JSON",
            )),
        }
    }

    #[classmethod]
    fn from_dict(_cls: &Bound<'_, PyType>, data: &Bound<'_, PyAny>) -> PyResult<Self> {
        let map = dict_to_json(data)?;
        serde_json::from_value::<Object<models::Backup>>(Value::Object(map))
            .map(|o| PyBackup { inner: o.0 })
            .map_err(|e| PyValueError::new_err(format!("not a valid Backup: {e}")))
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let rebuild = PyBackup::type_object(py).getattr("from_dict")?;
        PyTuple::new(
            py,
            [rebuild, PyTuple::new(py, [self.to_dict(py)?])?.into_any()],
        )
    }

    fn __richcmp__(&self, other: &Bound<'_, PyAny>, op: CompareOp) -> Py<PyAny> {
        let py = other.py();
        let other = other.cast::<PyBackup>().ok();
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
        let b = &self.inner;
        let id =
            b.id.map(|u| format!("'{}'", u.hyphenated()))
                .unwrap_or_else(|| "None".into());
        let mut text = format!("Backup(id={id}, status={}", short(&b.status));
        if let Some(t) = &b.backup_type {
            text.push_str(&format!(", type={}", py_str(t)));
        }
        if let Some(t) = &b.started_at {
            text.push_str(&format!(", started_at='{}'", t.to_rfc3339()));
        }
        if let Some(size) = b.size_in_bytes {
            text.push_str(&format!(", size_in_bytes={size}"));
        }
        if let Some(bucket) = &b.bucket {
            text.push_str(&format!(", bucket={}", bucket.provider().unwrap_or("?")));
        }
        text.push(')');
        text
    }
}

/// A customer-owned backup bucket; the provider subclasses add their fields.
#[pyclass(module = "clickhouse_cloud", name = "BackupBucket", frozen, subclass)]
pub struct PyBackupBucket {
    pub inner: models::BackupBucket,
}

#[pyclass(module = "clickhouse_cloud", name = "AwsBackupBucket", frozen, extends = PyBackupBucket)]
pub struct PyAwsBackupBucket;

#[pyclass(module = "clickhouse_cloud", name = "GcpBackupBucket", frozen, extends = PyBackupBucket)]
pub struct PyGcpBackupBucket;

#[pyclass(module = "clickhouse_cloud", name = "AzureBackupBucket", frozen, extends = PyBackupBucket)]
pub struct PyAzureBackupBucket;

/// The Python object for a bucket: the subclass of its provider, or the base class.
pub fn bucket_to_py(
    py: Python<'_>,
    bucket: models::BackupBucket,
) -> PyResult<Bound<'_, PyBackupBucket>> {
    use models::BackupBucket as B;
    let kind = match &bucket {
        B::Aws { .. } => 1,
        B::Gcp { .. } => 2,
        B::Azure { .. } => 3,
        B::Other { .. } => 0,
    };
    let base = PyClassInitializer::from(PyBackupBucket { inner: bucket });
    let object = match kind {
        1 => Bound::new(py, base.add_subclass(PyAwsBackupBucket))?.into_any(),
        2 => Bound::new(py, base.add_subclass(PyGcpBackupBucket))?.into_any(),
        3 => Bound::new(py, base.add_subclass(PyAzureBackupBucket))?.into_any(),
        _ => Bound::new(py, base)?.into_any(),
    };
    Ok(object.cast_into::<PyBackupBucket>()?)
}

/// `==` and `!=` by value; other comparisons are not defined.
pub(super) fn compare<T: PartialEq>(
    py: Python<'_>,
    a: &T,
    b: Option<&T>,
    op: CompareOp,
) -> Py<PyAny> {
    let Some(b) = b else {
        return py.NotImplemented();
    };
    let result = match op {
        CompareOp::Eq => a == b,
        CompareOp::Ne => a != b,
        _ => return py.NotImplemented(),
    };
    pyo3::types::PyBool::new(py, result)
        .to_owned()
        .into_any()
        .unbind()
}

#[pymethods]
impl PyBackupBucket {
    /// `"AWS"`, `"GCP"`, `"AZURE"`, or the server's text for a provider this version does not know.
    #[getter]
    fn provider(&self) -> Option<&str> {
        self.inner.provider()
    }

    #[getter]
    fn id<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.inner.id().map(|id| py_uuid(py, &id)).transpose()
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        json_object_to_py(py, &self.inner.to_json())
    }

    /// Builds the subclass of the dict's `bucketProvider`. Called on a subclass, a
    /// missing provider means that subclass's and a different one is an error.
    #[classmethod]
    fn from_dict<'py>(
        cls: &Bound<'py, PyType>,
        data: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyBackupBucket>> {
        let py = cls.py();
        let mut map = dict_to_json(data)?;
        let wanted = if cls.is(PyAwsBackupBucket::type_object(py)) {
            Some(models::PROVIDER_AWS)
        } else if cls.is(PyGcpBackupBucket::type_object(py)) {
            Some(models::PROVIDER_GCP)
        } else if cls.is(PyAzureBackupBucket::type_object(py)) {
            Some(models::PROVIDER_AZURE)
        } else {
            None
        };
        if let Some(wanted) = wanted {
            match map.get("bucketProvider") {
                None | Some(Value::Null) => {
                    map.insert("bucketProvider".into(), Value::String(wanted.into()));
                }
                Some(Value::String(p)) if p == wanted => {}
                Some(other) => {
                    return Err(PyValueError::new_err(format!(
                        "{} needs bucketProvider {wanted:?}, not {other}",
                        cls.name()?
                    )))
                }
            }
        }
        let bucket = models::BackupBucket::from_json(map)
            .map_err(|e| PyValueError::new_err(format!("not a valid BackupBucket: {e}")))?;
        bucket_to_py(py, bucket)
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let rebuild = PyBackupBucket::type_object(py).getattr("from_dict")?;
        let dict = slf.get().to_dict(py)?;
        PyTuple::new(py, [rebuild, PyTuple::new(py, [dict])?.into_any()])
    }

    fn __richcmp__(&self, other: &Bound<'_, PyAny>, op: CompareOp) -> Py<PyAny> {
        let py = other.py();
        let other = other.cast::<PyBackupBucket>().ok();
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
        let fields: Vec<String> = match &self.inner {
            models::BackupBucket::Aws {
                bucket_path,
                iam_role_arn,
                ..
            } => vec![
                format!("bucket_path={}", short(bucket_path)),
                format!("iam_role_arn={}", short(iam_role_arn)),
            ],
            models::BackupBucket::Gcp {
                bucket_path,
                access_key_id,
                ..
            } => vec![
                format!("bucket_path={}", short(bucket_path)),
                format!("access_key_id={}", short(access_key_id)),
            ],
            models::BackupBucket::Azure { container_name, .. } => {
                vec![format!("container_name={}", short(container_name))]
            }
            models::BackupBucket::Other { provider, .. } => {
                vec![format!("provider={}", short(provider))]
            }
        };
        let name = match &self.inner {
            models::BackupBucket::Aws { .. } => "AwsBackupBucket",
            models::BackupBucket::Gcp { .. } => "GcpBackupBucket",
            models::BackupBucket::Azure { .. } => "AzureBackupBucket",
            models::BackupBucket::Other { .. } => "BackupBucket",
        };
        format!("{name}({})", fields.join(", "))
    }
}

fn string_field<'a>(bucket: &'a models::BackupBucket, name: &str) -> Option<&'a str> {
    use models::BackupBucket as B;
    match (bucket, name) {
        (B::Aws { bucket_path, .. }, "bucket_path")
        | (B::Gcp { bucket_path, .. }, "bucket_path") => bucket_path.as_deref(),
        (B::Aws { iam_role_arn, .. }, "iam_role_arn") => iam_role_arn.as_deref(),
        (
            B::Aws {
                iam_role_session_name,
                ..
            },
            "iam_role_session_name",
        ) => iam_role_session_name.as_deref(),
        (B::Gcp { access_key_id, .. }, "access_key_id") => access_key_id.as_deref(),
        (B::Azure { container_name, .. }, "container_name") => container_name.as_deref(),
        _ => None,
    }
}

fn field(
    slf: &Bound<'_, impl pyo3::PyClass<BaseType = PyBackupBucket>>,
    name: &str,
) -> Option<String> {
    string_field(&slf.as_super().get().inner, name).map(str::to_owned)
}

#[pymethods]
impl PyAwsBackupBucket {
    #[new]
    #[pyo3(signature = (*, bucket_path=None, iam_role_arn=None, iam_role_session_name=None, id=None))]
    fn new(
        bucket_path: Option<String>,
        iam_role_arn: Option<String>,
        iam_role_session_name: Option<String>,
        id: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyClassInitializer<Self>> {
        let inner = models::BackupBucket::Aws {
            id: optional_id("id", id)?,
            bucket_path,
            iam_role_arn,
            iam_role_session_name,
        };
        Ok(PyClassInitializer::from(PyBackupBucket { inner }).add_subclass(PyAwsBackupBucket))
    }
    #[getter]
    fn bucket_path(slf: &Bound<'_, Self>) -> Option<String> {
        field(slf, "bucket_path")
    }
    #[getter]
    fn iam_role_arn(slf: &Bound<'_, Self>) -> Option<String> {
        field(slf, "iam_role_arn")
    }
    #[getter]
    fn iam_role_session_name(slf: &Bound<'_, Self>) -> Option<String> {
        field(slf, "iam_role_session_name")
    }
}

#[pymethods]
impl PyGcpBackupBucket {
    #[new]
    #[pyo3(signature = (*, bucket_path=None, access_key_id=None, id=None))]
    fn new(
        bucket_path: Option<String>,
        access_key_id: Option<String>,
        id: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyClassInitializer<Self>> {
        let inner = models::BackupBucket::Gcp {
            id: optional_id("id", id)?,
            bucket_path,
            access_key_id,
        };
        Ok(PyClassInitializer::from(PyBackupBucket { inner }).add_subclass(PyGcpBackupBucket))
    }
    #[getter]
    fn bucket_path(slf: &Bound<'_, Self>) -> Option<String> {
        field(slf, "bucket_path")
    }
    #[getter]
    fn access_key_id(slf: &Bound<'_, Self>) -> Option<String> {
        field(slf, "access_key_id")
    }
}

#[pymethods]
impl PyAzureBackupBucket {
    #[new]
    #[pyo3(signature = (*, container_name=None, id=None))]
    fn new(
        container_name: Option<String>,
        id: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyClassInitializer<Self>> {
        let inner = models::BackupBucket::Azure {
            id: optional_id("id", id)?,
            container_name,
        };
        Ok(PyClassInitializer::from(PyBackupBucket { inner }).add_subclass(PyAzureBackupBucket))
    }
    #[getter]
    fn container_name(slf: &Bound<'_, Self>) -> Option<String> {
        field(slf, "container_name")
    }
}

/// A service's backup schedule.
#[pyclass(module = "clickhouse_cloud", name = "BackupConfiguration", frozen)]
pub struct PyBackupConfiguration {
    pub inner: models::BackupConfiguration,
}

/// Hours as Python shows them: an `int` when whole, else a `float`.
fn hours_to_py(py: Python<'_>, hours: Option<f64>) -> PyResult<Py<PyAny>> {
    Ok(match hours {
        None => py.None(),
        Some(h) => match models::as_whole(h) {
            Some(whole) => whole.into_pyobject(py)?.into_any().unbind(),
            None => h.into_pyobject(py)?.into_any().unbind(),
        },
    })
}

fn hours_from_py(name: &str, value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<f64>> {
    match value {
        Some(v) if !v.is_none() => {
            let h = extract_number(name, v)?;
            if h.is_finite() {
                Ok(Some(h + 0.0))
            } else {
                Err(PyValueError::new_err(format!("{name} must be finite")))
            }
        }
        _ => Ok(None),
    }
}

#[pymethods]
impl PyBackupConfiguration {
    #[new]
    #[pyo3(signature = (*, backup_period_in_hours=None, backup_retention_period_in_hours=None, backup_start_time=None))]
    fn new(
        backup_period_in_hours: Option<&Bound<'_, PyAny>>,
        backup_retention_period_in_hours: Option<&Bound<'_, PyAny>>,
        backup_start_time: Option<String>,
    ) -> PyResult<Self> {
        Ok(PyBackupConfiguration {
            inner: models::BackupConfiguration {
                backup_period_in_hours: hours_from_py(
                    "backup_period_in_hours",
                    backup_period_in_hours,
                )?,
                backup_retention_period_in_hours: hours_from_py(
                    "backup_retention_period_in_hours",
                    backup_retention_period_in_hours,
                )?,
                backup_start_time,
            },
        })
    }
    /// Hours between backups (an `int` when whole).
    #[getter]
    fn backup_period_in_hours(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        hours_to_py(py, self.inner.backup_period_in_hours)
    }
    /// How long backups are kept, in hours (an `int` when whole).
    #[getter]
    fn backup_retention_period_in_hours(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        hours_to_py(py, self.inner.backup_retention_period_in_hours)
    }
    /// `"HH:MM"` (UTC) when backups run at a fixed time, else None.
    #[getter]
    fn backup_start_time(&self) -> Option<&str> {
        self.inner.backup_start_time.as_deref()
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        to_dict_of(py, &self.inner)
    }
    #[classmethod]
    fn from_dict(_cls: &Bound<'_, PyType>, data: &Bound<'_, PyAny>) -> PyResult<Self> {
        from_dict_of(data, "BackupConfiguration").map(|inner| PyBackupConfiguration { inner })
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        reduce_with(
            py,
            PyBackupConfiguration::type_object(py),
            self.to_dict(py)?,
        )
    }
    fn __richcmp__(&self, other: &Bound<'_, PyAny>, op: CompareOp) -> Py<PyAny> {
        let py = other.py();
        let other = other.cast::<PyBackupConfiguration>().ok();
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
        let hours = |h: Option<f64>| match h {
            None => "None".to_owned(),
            Some(h) => models::as_whole(h).map_or_else(|| h.to_string(), |w| w.to_string()),
        };
        format!(
            "BackupConfiguration(backup_period_in_hours={}, backup_retention_period_in_hours={}, backup_start_time={})",
            hours(self.inner.backup_period_in_hours),
            hours(self.inner.backup_retention_period_in_hours),
            short(&self.inner.backup_start_time)
        )
    }
}

/// A bucket as a return value: becomes the provider's subclass.
pub struct BucketOut(pub models::BackupBucket);

impl<'py> IntoPyObject<'py> for BucketOut {
    type Target = PyBackupBucket;
    type Output = Bound<'py, PyBackupBucket>;
    type Error = PyErr;
    fn into_pyobject(self, py: Python<'py>) -> PyResult<Self::Output> {
        bucket_to_py(py, self.0)
    }
}
