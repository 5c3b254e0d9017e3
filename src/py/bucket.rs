//! The backup bucket classes, written by hand because they add meaning to the spec's
//! union: `BackupBucket` is a base class with `provider` and `id` whatever the
//! provider, `AwsBackupBucket`, `GcpBackupBucket` and `AzureBackupBucket` extend it,
//! and a provider this version does not know gives a plain `BackupBucket` that keeps
//! every field. The Rust type is the generated union (`api::models::BackupBucket`).

use pyo3::basic::CompareOp;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple, PyType};
use pyo3::PyTypeInfo;
use serde_json::Value;
use uuid::Uuid;

use crate::core::api::models::{self, BackupBucket as Bucket};

use super::convert::{json_object_to_py, py_uuid};
use super::value::{compare, py_str, value_hash, FromPy, ReprField, ToPy};

pub const PROVIDER_AWS: &str = "AWS";
pub const PROVIDER_GCP: &str = "GCP";
pub const PROVIDER_AZURE: &str = "AZURE";

/// A customer-owned backup bucket; the provider subclasses add their fields.
#[pyclass(module = "clickhouse_cloud", name = "BackupBucket", frozen, subclass)]
pub struct PyBackupBucket {
    pub inner: Bucket,
}

#[pyclass(module = "clickhouse_cloud", name = "AwsBackupBucket", frozen, extends = PyBackupBucket)]
pub struct PyAwsBackupBucket;

#[pyclass(module = "clickhouse_cloud", name = "GcpBackupBucket", frozen, extends = PyBackupBucket)]
pub struct PyGcpBackupBucket;

#[pyclass(module = "clickhouse_cloud", name = "AzureBackupBucket", frozen, extends = PyBackupBucket)]
pub struct PyAzureBackupBucket;

impl ToPy for Bucket {
    /// The subclass of the bucket's provider, or the base class.
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let base = PyClassInitializer::from(PyBackupBucket {
            inner: self.clone(),
        });
        Ok(match self {
            Bucket::AwsBackupBucket(_) => {
                Bound::new(py, base.add_subclass(PyAwsBackupBucket))?.into_any()
            }
            Bucket::GcpBackupBucket(_) => {
                Bound::new(py, base.add_subclass(PyGcpBackupBucket))?.into_any()
            }
            Bucket::AzureBackupBucket(_) => {
                Bound::new(py, base.add_subclass(PyAzureBackupBucket))?.into_any()
            }
            Bucket::Unknown(_) => Bound::new(py, base)?.into_any(),
        })
    }
}

impl FromPy for Bucket {
    fn from_py(name: &str, value: &Bound<'_, PyAny>) -> PyResult<Self> {
        if let Ok(bucket) = value.cast::<PyBackupBucket>() {
            return Ok(bucket.get().inner.clone());
        }
        super::value::nested(name, "BackupBucket", value)
    }
}

impl ReprField for Bucket {
    fn repr_field(&self) -> String {
        self.discriminator().unwrap_or("?").to_owned()
    }
}

fn id_of(bucket: &Bucket) -> Option<Uuid> {
    match bucket {
        Bucket::AwsBackupBucket(b) => b.id,
        Bucket::GcpBackupBucket(b) => b.id,
        Bucket::AzureBackupBucket(b) => b.id,
        Bucket::Unknown(fields) => fields
            .get("id")
            .and_then(Value::as_str)
            .and_then(|s| Uuid::try_parse(s).ok()),
    }
}

#[pymethods]
impl PyBackupBucket {
    /// `"AWS"`, `"GCP"`, `"AZURE"`, or the server's text for a provider this version does not know.
    #[getter]
    fn provider(&self) -> Option<&str> {
        self.inner.discriminator()
    }

    #[getter]
    fn id<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        id_of(&self.inner).map(|id| py_uuid(py, &id)).transpose()
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        match serde_json::to_value(&self.inner) {
            Ok(Value::Object(map)) => json_object_to_py(py, &map),
            _ => Err(PyValueError::new_err(
                "bucket cannot be represented as JSON",
            )),
        }
    }

    /// Builds the subclass of the dict's `bucketProvider`. Called on a subclass, a
    /// missing provider means that subclass's and a different one is an error.
    #[classmethod]
    fn from_dict<'py>(
        cls: &Bound<'py, PyType>,
        data: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = cls.py();
        let wanted = if cls.is(PyAwsBackupBucket::type_object(py)) {
            Some(PROVIDER_AWS)
        } else if cls.is(PyGcpBackupBucket::type_object(py)) {
            Some(PROVIDER_GCP)
        } else if cls.is(PyAzureBackupBucket::type_object(py)) {
            Some(PROVIDER_AZURE)
        } else {
            None
        };
        let mut map = match super::convert::py_to_json(data)? {
            Value::Object(map) => map,
            _ => {
                return Err(pyo3::exceptions::PyTypeError::new_err(
                    "from_dict() takes a dict",
                ))
            }
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
        let bucket: Bucket = serde_json::from_value(Value::Object(map))
            .map_err(|e| PyValueError::new_err(format!("not a valid BackupBucket: {e}")))?;
        bucket.to_py(py)
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

    /// Jupyter's rendering: a table of the fields that are set.
    fn _repr_html_<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        super::value::html(slf.as_any())
    }

    fn __repr__(&self) -> String {
        let short = |v: &Option<String>| v.as_deref().map_or_else(|| "None".into(), py_str);
        match &self.inner {
            Bucket::AwsBackupBucket(b) => format!(
                "AwsBackupBucket(bucket_path={}, iam_role_arn={})",
                short(&b.bucket_path),
                short(&b.iam_role_arn)
            ),
            Bucket::GcpBackupBucket(b) => format!(
                "GcpBackupBucket(bucket_path={}, access_key_id={})",
                short(&b.bucket_path),
                short(&b.access_key_id)
            ),
            Bucket::AzureBackupBucket(b) => {
                format!(
                    "AzureBackupBucket(container_name={})",
                    short(&b.container_name)
                )
            }
            Bucket::Unknown(_) => format!(
                "BackupBucket(provider={})",
                short(&self.inner.discriminator().map(str::to_owned))
            ),
        }
    }
}

fn base(slf: &Bound<'_, impl pyo3::PyClass<BaseType = PyBackupBucket>>) -> Bucket {
    slf.as_super().get().inner.clone()
}

fn optional_id(value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Uuid>> {
    match value {
        Some(v) if !v.is_none() => Uuid::from_py("id", v).map(Some),
        _ => Ok(None),
    }
}

#[pymethods]
impl PyAwsBackupBucket {
    /// The field names, in the API's order (tables, data frames).
    #[classattr]
    fn _fields(py: Python<'_>) -> PyResult<Py<PyTuple>> {
        let names: &[&str] = &[
            "provider",
            "id",
            "bucket_path",
            "iam_role_arn",
            "iam_role_session_name",
            "iam_role_external_id",
        ];
        PyTuple::new(py, names).map(Bound::unbind)
    }

    #[new]
    #[pyo3(signature = (*, bucket_path=None, iam_role_arn=None, iam_role_session_name=None, iam_role_external_id=None, id=None))]
    fn new(
        bucket_path: Option<String>,
        iam_role_arn: Option<String>,
        iam_role_session_name: Option<String>,
        iam_role_external_id: Option<String>,
        id: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyClassInitializer<Self>> {
        let inner = Bucket::AwsBackupBucket(models::AwsBackupBucket {
            id: optional_id(id)?,
            bucket_provider: Some(PROVIDER_AWS.into()),
            bucket_path,
            iam_role_arn,
            iam_role_session_name,
            iam_role_external_id,
            ..Default::default()
        });
        Ok(PyClassInitializer::from(PyBackupBucket { inner }).add_subclass(PyAwsBackupBucket))
    }
    #[getter]
    fn bucket_path(slf: &Bound<'_, Self>) -> Option<String> {
        match base(slf) {
            Bucket::AwsBackupBucket(b) => b.bucket_path,
            _ => None,
        }
    }
    #[getter]
    fn iam_role_arn(slf: &Bound<'_, Self>) -> Option<String> {
        match base(slf) {
            Bucket::AwsBackupBucket(b) => b.iam_role_arn,
            _ => None,
        }
    }
    #[getter]
    fn iam_role_session_name(slf: &Bound<'_, Self>) -> Option<String> {
        match base(slf) {
            Bucket::AwsBackupBucket(b) => b.iam_role_session_name,
            _ => None,
        }
    }
    /// The external id the IAM role's trust policy asks for, when it asks for one.
    #[getter]
    fn iam_role_external_id(slf: &Bound<'_, Self>) -> Option<String> {
        match base(slf) {
            Bucket::AwsBackupBucket(b) => b.iam_role_external_id,
            _ => None,
        }
    }
}

#[pymethods]
impl PyGcpBackupBucket {
    /// The field names, in the API's order (tables, data frames).
    #[classattr]
    fn _fields(py: Python<'_>) -> PyResult<Py<PyTuple>> {
        let names: &[&str] = &["provider", "id", "bucket_path", "access_key_id"];
        PyTuple::new(py, names).map(Bound::unbind)
    }

    #[new]
    #[pyo3(signature = (*, bucket_path=None, access_key_id=None, id=None))]
    fn new(
        bucket_path: Option<String>,
        access_key_id: Option<String>,
        id: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyClassInitializer<Self>> {
        let inner = Bucket::GcpBackupBucket(models::GcpBackupBucket {
            id: optional_id(id)?,
            bucket_provider: Some(PROVIDER_GCP.into()),
            bucket_path,
            access_key_id,
            ..Default::default()
        });
        Ok(PyClassInitializer::from(PyBackupBucket { inner }).add_subclass(PyGcpBackupBucket))
    }
    #[getter]
    fn bucket_path(slf: &Bound<'_, Self>) -> Option<String> {
        match base(slf) {
            Bucket::GcpBackupBucket(b) => b.bucket_path,
            _ => None,
        }
    }
    #[getter]
    fn access_key_id(slf: &Bound<'_, Self>) -> Option<String> {
        match base(slf) {
            Bucket::GcpBackupBucket(b) => b.access_key_id,
            _ => None,
        }
    }
}

#[pymethods]
impl PyAzureBackupBucket {
    /// The field names, in the API's order (tables, data frames).
    #[classattr]
    fn _fields(py: Python<'_>) -> PyResult<Py<PyTuple>> {
        let names: &[&str] = &["provider", "id", "container_name"];
        PyTuple::new(py, names).map(Bound::unbind)
    }

    #[new]
    #[pyo3(signature = (*, container_name=None, id=None))]
    fn new(
        container_name: Option<String>,
        id: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyClassInitializer<Self>> {
        let inner = Bucket::AzureBackupBucket(models::AzureBackupBucket {
            id: optional_id(id)?,
            bucket_provider: Some(PROVIDER_AZURE.into()),
            container_name,
            ..Default::default()
        });
        Ok(PyClassInitializer::from(PyBackupBucket { inner }).add_subclass(PyAzureBackupBucket))
    }
    #[getter]
    fn container_name(slf: &Bound<'_, Self>) -> Option<String> {
        match base(slf) {
            Bucket::AzureBackupBucket(b) => b.container_name,
            _ => None,
        }
    }
}

/// Adds the bucket classes to the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyBackupBucket>()?;
    m.add_class::<PyAwsBackupBucket>()?;
    m.add_class::<PyGcpBackupBucket>()?;
    m.add_class::<PyAzureBackupBucket>()?;
    Ok(())
}
