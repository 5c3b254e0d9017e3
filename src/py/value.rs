//! What every value class of the API shares, written once: immutability, `==` and
//! `hash` by value, a short `repr`, pickling, `copy`, `to_dict()` / `from_dict()`.
//! The generated `api.rs` declares one class per response type with [`value_class!`];
//! the conversions of each field's type live here ([`ToPy`], [`FromPy`]).

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use pyo3::basic::CompareOp;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyDate, PyDict, PyFloat, PyList, PyString, PyTuple, PyType};
use serde_json::{Map, Value};
use uuid::Uuid;

use crate::core::numbers::{as_whole, Whole};
use crate::core::secret::Secret;
use crate::core::wire::{Date, Object, Timestamp};

use super::convert::{
    extract_id, extract_number, extract_whole, json_object_to_py, json_to_py, py_datetime,
    py_to_json, py_uuid, py_whole,
};

/// A field's value as the Python object its getter answers.
pub trait ToPy {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>>;

    /// The Python class of this type's values when it is a value class, so that a
    /// list of them knows its columns even when it is empty.
    fn py_class(_py: Python<'_>) -> Option<Bound<'_, PyType>>
    where
        Self: Sized,
    {
        None
    }
}

/// A constructor argument as a field's value; `name` is the argument, for errors.
pub trait FromPy: Sized {
    fn from_py(name: &str, value: &Bound<'_, PyAny>) -> PyResult<Self>;
}

impl ToPy for String {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(PyString::new(py, self).into_any())
    }
}

impl FromPy for String {
    fn from_py(name: &str, value: &Bound<'_, PyAny>) -> PyResult<Self> {
        let text = value
            .cast::<PyString>()
            .map_err(|_| wrong_type(name, "a str", value))?;
        Ok(text.to_cow()?.into_owned())
    }
}

impl ToPy for bool {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(PyBool::new(py, *self).to_owned().into_any())
    }
}

impl FromPy for bool {
    fn from_py(name: &str, value: &Bound<'_, PyAny>) -> PyResult<Self> {
        let flag = value
            .cast::<PyBool>()
            .map_err(|_| wrong_type(name, "a bool", value))?;
        Ok(flag.is_true())
    }
}

impl ToPy for f64 {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(PyFloat::new(py, *self).into_any())
    }
}

impl FromPy for f64 {
    fn from_py(name: &str, value: &Bound<'_, PyAny>) -> PyResult<Self> {
        let number = extract_number(name, value)?;
        if number.is_finite() {
            Ok(number + 0.0) // -0.0 becomes 0.0: equal values hash the same
        } else {
            Err(PyValueError::new_err(format!("{name} must be finite")))
        }
    }
}

/// A `number` the API means as a count when it is one (hours): an `int` when whole.
pub fn number_to_py<'py>(value: &Option<f64>, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
    match value {
        None => Ok(py.None().into_bound(py)),
        Some(x) => match as_whole(*x) {
            Some(whole) => Ok(whole.into_pyobject(py)?.into_any()),
            None => x.to_py(py),
        },
    }
}

impl ToPy for Whole {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py_whole(py, self)
    }
}

impl FromPy for Whole {
    fn from_py(name: &str, value: &Bound<'_, PyAny>) -> PyResult<Self> {
        extract_whole(name, value)
    }
}

impl ToPy for Uuid {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py_uuid(py, self)
    }
}

impl FromPy for Uuid {
    fn from_py(name: &str, value: &Bound<'_, PyAny>) -> PyResult<Self> {
        extract_id(name, value)
    }
}

impl ToPy for Timestamp {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py_datetime(py, &self.0)
    }
}

impl FromPy for Timestamp {
    /// An aware `datetime`, as the API could have sent it.
    fn from_py(name: &str, value: &Bound<'_, PyAny>) -> PyResult<Self> {
        let dt = value
            .extract::<chrono::DateTime<chrono::FixedOffset>>()
            .map_err(|_| wrong_type(name, "a timezone-aware datetime", value))?;
        Timestamp::representable(dt).ok_or_else(|| {
            PyValueError::new_err(format!(
                "{name} must have a whole-minute offset and a year from 1 to 9999"
            ))
        })
    }
}

impl ToPy for Date {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        use chrono::Datelike;
        Ok(PyDate::new(py, self.0.year(), self.0.month() as u8, self.0.day() as u8)?.into_any())
    }
}

impl FromPy for Date {
    /// A `datetime.date` (not a datetime) or `"YYYY-MM-DD"`.
    fn from_py(name: &str, value: &Bound<'_, PyAny>) -> PyResult<Self> {
        date_argument(name, value)
    }
}

/// A date argument: a `datetime.date` (a `datetime` is refused: which day it means
/// depends on a zone) or an ISO `"YYYY-MM-DD"` string.
pub fn date_argument(name: &str, value: &Bound<'_, PyAny>) -> PyResult<Date> {
    let py = value.py();
    static DATETIME: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    let datetime = DATETIME.import(py, "datetime", "datetime")?;
    if let Ok(text) = value.cast::<PyString>() {
        let text = text.to_cow()?;
        return Date::parse(&text).ok_or_else(|| {
            PyValueError::new_err(format!("{name} must be a date, YYYY-MM-DD, not {text:?}"))
        });
    }
    if value.is_instance_of::<PyDate>() && !value.is_instance(datetime)? {
        let iso: String = value.call_method0("isoformat")?.extract()?;
        return Date::parse(&iso)
            .ok_or_else(|| PyValueError::new_err(format!("{name} is not a date the API takes")));
    }
    Err(wrong_type(
        name,
        "a datetime.date or a YYYY-MM-DD str",
        value,
    ))
}

impl ToPy for Value {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_to_py(py, self)
    }
}

impl FromPy for Value {
    fn from_py(_name: &str, value: &Bound<'_, PyAny>) -> PyResult<Self> {
        py_to_json(value)
    }
}

impl ToPy for Map<String, Value> {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(json_object_to_py(py, self)?.into_any())
    }
}

impl FromPy for Map<String, Value> {
    fn from_py(name: &str, value: &Bound<'_, PyAny>) -> PyResult<Self> {
        match py_to_json(value)? {
            Value::Object(map) => Ok(map),
            _ => Err(wrong_type(name, "a dict", value)),
        }
    }
}

impl ToPy for Secret {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(PyString::new(py, self.expose()).into_any())
    }
}

impl FromPy for Secret {
    fn from_py(name: &str, value: &Bound<'_, PyAny>) -> PyResult<Self> {
        String::from_py(name, value).map(Secret::new)
    }
}

impl<T: ToPy> ToPy for Vec<T> {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let list = result_list(py, T::py_class(py))?;
        for item in self {
            list.append(item.to_py(py)?)?;
        }
        Ok(list.into_any())
    }
}

impl<T: FromPy> FromPy for Vec<T> {
    fn from_py(name: &str, value: &Bound<'_, PyAny>) -> PyResult<Self> {
        if !(value.is_instance_of::<PyList>() || value.is_instance_of::<PyTuple>()) {
            return Err(wrong_type(name, "a list", value));
        }
        let mut out = Vec::new();
        for (i, item) in value.try_iter()?.enumerate() {
            out.push(T::from_py(&format!("{name}[{i}]"), &item?)?);
        }
        Ok(out)
    }
}

impl<T: ToPy> ToPy for Option<T> {
    fn py_class(py: Python<'_>) -> Option<Bound<'_, PyType>> {
        T::py_class(py)
    }

    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match self {
            Some(value) => value.to_py(py),
            None => Ok(py.None().into_bound(py)),
        }
    }
}

impl<T: ToPy> ToPy for Box<T> {
    fn py_class(py: Python<'_>) -> Option<Bound<'_, PyType>> {
        T::py_class(py)
    }

    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        (**self).to_py(py)
    }
}

impl<T: FromPy> FromPy for Box<T> {
    fn from_py(name: &str, value: &Bound<'_, PyAny>) -> PyResult<Self> {
        T::from_py(name, value).map(Box::new)
    }
}

pub fn wrong_type(name: &str, wanted: &str, value: &Bound<'_, PyAny>) -> PyErr {
    let got = value
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".into());
    PyTypeError::new_err(format!("{name} must be {wanted}, not {got}"))
}

/// A nested value object given to a constructor: an instance of its class, or a dict
/// in the API's shape (what `to_dict()` gives).
pub fn nested<T: serde::de::DeserializeOwned>(
    name: &str,
    class: &str,
    value: &Bound<'_, PyAny>,
) -> PyResult<T> {
    if value.is_instance_of::<PyDict>() {
        return from_dict_of(value, class);
    }
    Err(wrong_type(name, &format!("a {class} or a dict"), value))
}

/// `to_dict()`: the API's camelCase shape, absent fields left out, and secret fields
/// too unless asked for.
pub fn to_dict_of<'py, T: serde::Serialize>(
    py: Python<'py>,
    value: &T,
    secrets: &[&str],
    include_secrets: bool,
) -> PyResult<Bound<'py, PyDict>> {
    match serde_json::to_value(value) {
        Ok(Value::Object(mut m)) => {
            if !include_secrets {
                for key in secrets {
                    m.remove(*key);
                }
            }
            json_object_to_py(py, &m)
        }
        _ => Err(PyValueError::new_err("value cannot be represented as JSON")),
    }
}

/// `from_dict()`: the same checks as a response body; a bad value is a `ValueError`.
pub fn from_dict_of<T: serde::de::DeserializeOwned>(
    data: &Bound<'_, PyAny>,
    what: &str,
) -> PyResult<T> {
    let py = data.py();
    let mapping = py.import("collections.abc")?.getattr("Mapping")?;
    let data = if !data.is_instance_of::<PyDict>() && data.is_instance(&mapping)? {
        py.import("builtins")?.getattr("dict")?.call1((data,))?
    } else {
        data.clone()
    };
    let map = match py_to_json(&data)? {
        Value::Object(m) => m,
        _ => return Err(PyTypeError::new_err("from_dict() takes a dict")),
    };
    let mut de = serde_json::Value::Object(map);
    let parsed = serde_path_to_error::deserialize::<_, Object<T>>(std::mem::take(&mut de));
    parsed.map(|o| o.0).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        if path.is_empty() || path == "." {
            PyValueError::new_err(format!("not a valid {what}: {inner}"))
        } else {
            PyValueError::new_err(format!("not a valid {what}: {path}: {inner}"))
        }
    })
}

/// `__reduce__`: rebuild with `cls.from_dict(state)`.
pub fn reduce_with<'py>(
    py: Python<'py>,
    cls: Bound<'py, PyType>,
    state: Bound<'py, PyDict>,
) -> PyResult<Bound<'py, PyTuple>> {
    let rebuild = cls.getattr("from_dict")?;
    PyTuple::new(py, [rebuild, PyTuple::new(py, [state])?.into_any()])
}

pub fn compare<T: PartialEq>(py: Python<'_>, a: &T, b: Option<&T>, op: CompareOp) -> Py<PyAny> {
    let Some(b) = b else {
        return py.NotImplemented();
    };
    let result = match op {
        CompareOp::Eq => a == b,
        CompareOp::Ne => a != b,
        _ => return py.NotImplemented(),
    };
    PyBool::new(py, result).to_owned().into_any().unbind()
}

/// A hash that agrees with `==`: of the value's JSON form.
pub fn value_hash(value: &impl serde::Serialize) -> u64 {
    let mut h = DefaultHasher::new();
    serde_json::to_string(value)
        .unwrap_or_default()
        .hash(&mut h);
    h.finish()
}

/// How a field shows in a repr: short, and never a secret.
pub trait ReprField {
    fn repr_field(&self) -> String;
}

impl ReprField for String {
    fn repr_field(&self) -> String {
        py_str(self)
    }
}
impl ReprField for Uuid {
    fn repr_field(&self) -> String {
        format!("'{}'", self.hyphenated())
    }
}
impl ReprField for Timestamp {
    fn repr_field(&self) -> String {
        format!("'{}'", self.to_rfc3339())
    }
}
impl ReprField for Date {
    fn repr_field(&self) -> String {
        format!("'{self}'")
    }
}
impl ReprField for Whole {
    fn repr_field(&self) -> String {
        self.to_string()
    }
}
impl ReprField for f64 {
    fn repr_field(&self) -> String {
        match as_whole(*self) {
            Some(whole) => whole.to_string(),
            None => self.to_string(),
        }
    }
}
impl ReprField for bool {
    fn repr_field(&self) -> String {
        if *self { "True" } else { "False" }.into()
    }
}
impl ReprField for Secret {
    fn repr_field(&self) -> String {
        "***".into()
    }
}
impl ReprField for Value {
    fn repr_field(&self) -> String {
        match self {
            Value::String(s) => py_str(s),
            Value::Object(_) => "{...}".into(),
            Value::Array(items) => format!("[{} items]", items.len()),
            other => other.to_string(),
        }
    }
}
impl ReprField for Map<String, Value> {
    fn repr_field(&self) -> String {
        "{...}".into()
    }
}
impl<T> ReprField for Vec<T> {
    fn repr_field(&self) -> String {
        format!("[{} items]", self.len())
    }
}
impl<T: ReprField> ReprField for Box<T> {
    fn repr_field(&self) -> String {
        (**self).repr_field()
    }
}

/// Python's repr of a str: `'text'`, escaped.
pub fn py_str(text: &str) -> String {
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

/// Declares the Python class of one response type. Every class gets the same
/// behaviour; its fields (getter and converter), constructor signature, repr fields
/// and secret fields are all that differs.
///
/// `secrets`: JSON names left out of `to_dict()` unless `include_secrets=True` (their
/// fields are `Secret`s, shown as `***` in the repr). `repr`: the fields the repr shows
/// when they are set, in order. `defaults`: fields a new object starts with (a union
/// variant's discriminator).
#[macro_export]
macro_rules! value_class {
    (
        $(#[$doc:meta])*
        class $py:ident($name:literal) for $model:ty;
        new ($($sig:tt)*);
        fields { $($field:ident: $conv:expr),* $(,)? }
        repr { $($shown:ident),* $(,)? }
        secrets [$($secret:literal),* $(,)?]
        defaults { $($default:ident: $value:literal),* $(,)? }
    ) => {
        $(#[$doc])*
        #[pyo3::pyclass(module = "clickhouse_cloud", name = $name, frozen)]
        pub struct $py {
            pub inner: $model,
            pub request_id: Option<String>,
        }

        impl $crate::py::value::ToPy for $model {
            fn to_py<'py>(&self, py: pyo3::Python<'py>) -> pyo3::PyResult<pyo3::Bound<'py, pyo3::PyAny>> {
                Ok(pyo3::Bound::new(py, $py { inner: self.clone(), request_id: None })?.into_any())
            }

            fn py_class(py: pyo3::Python<'_>) -> Option<pyo3::Bound<'_, pyo3::types::PyType>> {
                Some(py.get_type::<$py>())
            }
        }

        impl $crate::py::value::FromPy for $model {
            fn from_py(name: &str, value: &pyo3::Bound<'_, pyo3::PyAny>) -> pyo3::PyResult<Self> {
                use pyo3::types::PyAnyMethods;
                if let Ok(object) = value.cast::<$py>() {
                    return Ok(object.get().inner.clone());
                }
                $crate::py::value::nested(name, $name, value)
            }
        }

        impl $crate::py::value::ReprField for $model {
            fn repr_field(&self) -> String {
                #[allow(unused_mut)]
                let mut parts: Vec<String> = Vec::new();
                $(
                    if let Some(value) = &self.$shown {
                        parts.push(format!(
                            "{}={}",
                            stringify!($shown).trim_start_matches("r#"),
                            $crate::py::value::ReprField::repr_field(value),
                        ));
                    }
                )*
                format!("{}({})", $name, parts.join(", "))
            }
        }

        #[pyo3::pymethods]
        impl $py {
            #[new]
            #[pyo3(signature = ($($sig)*))]
            fn new($($field: Option<&pyo3::Bound<'_, pyo3::PyAny>>),*) -> pyo3::PyResult<Self> {
                #[allow(unused_mut)]
                let mut inner = <$model>::default();
                // A union's variant names itself: its discriminator is set from the start.
                $(inner.$default = Some($value.to_owned());)*
                $(
                    if let Some(value) = $field.filter(|v| !v.is_none()) {
                        inner.$field = Some($crate::py::value::FromPy::from_py(
                            stringify!($field).trim_start_matches("r#"),
                            value,
                        )?);
                    }
                )*
                Ok($py { inner, request_id: None })
            }

            $(
                #[getter]
                fn $field<'py>(&self, py: pyo3::Python<'py>) -> pyo3::PyResult<pyo3::Bound<'py, pyo3::PyAny>> {
                    ($conv)(&self.inner.$field, py)
                }
            )*

            /// The `requestId` of the response this came in (for logs and support
            /// tickets): not part of the value, so not compared or pickled.
            #[getter]
            fn request_id(&self) -> Option<&str> {
                self.request_id.as_deref()
            }

            /// The fields the API sent that this version's spec does not know, as sent
            /// (camelCase keys); `to_dict()` holds them too.
            #[getter]
            fn model_extra<'py>(
                &self,
                py: pyo3::Python<'py>,
            ) -> pyo3::PyResult<pyo3::Bound<'py, pyo3::types::PyDict>> {
                $crate::py::convert::json_object_to_py(py, &self.inner.unknown)
            }

            /// The API's JSON shape (camelCase keys, JSON-native values).
            #[pyo3(signature = (*, include_secrets = false, include_password = false))]
            fn to_dict<'py>(
                &self,
                py: pyo3::Python<'py>,
                include_secrets: bool,
                include_password: bool,
            ) -> pyo3::PyResult<pyo3::Bound<'py, pyo3::types::PyDict>> {
                $crate::py::value::to_dict_of(
                    py,
                    &self.inner,
                    &[$($secret),*],
                    include_secrets || include_password,
                )
            }

            /// Rebuilds the object from `to_dict()`'s shape.
            #[classmethod]
            fn from_dict(
                _cls: &pyo3::Bound<'_, pyo3::types::PyType>,
                data: &pyo3::Bound<'_, pyo3::PyAny>,
            ) -> pyo3::PyResult<Self> {
                let inner = $crate::py::value::from_dict_of(data, $name)?;
                Ok($py { inner, request_id: None })
            }

            fn __reduce__<'py>(
                slf: &pyo3::Bound<'py, Self>,
            ) -> pyo3::PyResult<pyo3::Bound<'py, pyo3::types::PyTuple>> {
                use pyo3::types::PyAnyMethods;
                let py = slf.py();
                let state = $crate::py::value::to_dict_of(py, &slf.get().inner, &[], true)?;
                $crate::py::value::reduce_with(py, slf.get_type(), state)
            }

            fn __richcmp__(
                &self,
                other: &pyo3::Bound<'_, pyo3::PyAny>,
                op: pyo3::basic::CompareOp,
            ) -> pyo3::Py<pyo3::PyAny> {
                use pyo3::types::PyAnyMethods;
                let py = other.py();
                let other = other.cast::<$py>().ok();
                $crate::py::value::compare(py, &self.inner, other.map(|o| &o.get().inner), op)
            }

            fn __hash__(&self) -> u64 {
                $crate::py::value::value_hash(&self.inner)
            }

            fn __copy__(slf: pyo3::PyRef<'_, Self>) -> pyo3::PyRef<'_, Self> {
                slf
            }

            fn __deepcopy__<'a>(
                slf: pyo3::PyRef<'a, Self>,
                _memo: &pyo3::Bound<'_, pyo3::PyAny>,
            ) -> pyo3::PyRef<'a, Self> {
                slf
            }

            fn __repr__(&self) -> String {
                $crate::py::value::ReprField::repr_field(&self.inner)
            }

            /// Jupyter's rendering: a table of the fields that are set.
            fn _repr_html_<'py>(slf: &pyo3::Bound<'py, Self>) -> pyo3::PyResult<pyo3::Bound<'py, pyo3::PyAny>> {
                $crate::py::value::html(slf.as_any())
            }

            /// The field names, in the API's order (tables, data frames).
            #[classattr]
            fn _fields(py: pyo3::Python<'_>) -> pyo3::PyResult<pyo3::Py<pyo3::types::PyTuple>> {
                let names: &[&str] = &[$(stringify!($field).trim_start_matches("r#")),*];
                pyo3::types::PyTuple::new(py, names).map(pyo3::Bound::unbind)
            }

            /// The JSON names of the secret fields (never drawn in a table).
            #[classattr]
            fn _secrets(py: pyo3::Python<'_>) -> pyo3::PyResult<pyo3::Py<pyo3::types::PyTuple>> {
                let names: &[&str] = &[$($secret),*];
                pyo3::types::PyTuple::new(py, names).map(pyo3::Bound::unbind)
            }
        }
    };
}

/// An empty `clickhouse_cloud._display.ResultList`, the type of every list the API
/// answers: a `list` that renders as a table in Jupyter and converts with
/// `to_pandas()` / `to_polars()`.
/// `of`: the class of its items, when they are value objects.
pub fn result_list<'py>(
    py: Python<'py>,
    of: Option<Bound<'py, PyType>>,
) -> PyResult<Bound<'py, PyList>> {
    static RESULT_LIST: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    let class = RESULT_LIST.import(py, "clickhouse_cloud._display", "ResultList")?;
    let list = class.call0()?.cast_into::<PyList>()?;
    if let Some(of) = of {
        list.setattr(pyo3::intern!(py, "_of"), of)?;
    }
    Ok(list)
}

/// `_repr_html_` of every value class: the table is drawn in Python.
pub fn html<'py>(value: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    static HTML: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let render = HTML.import(value.py(), "clickhouse_cloud._display", "html")?;
    render.call1((value,))
}

/// The getter converter of most fields.
pub fn field<'py, T: ToPy>(value: &T, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
    value.to_py(py)
}
