//! Conversions at the Python edge: ids, JSON values, datetimes.

use chrono::{DateTime, Datelike, FixedOffset, Timelike};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple, PyType, PyTzInfo};
use serde_json::{Map, Number, Value};
use uuid::Uuid;

use crate::core::ids::parse_id;
use crate::core::numbers::Whole;

/// An id argument: a `str` in any case or a `uuid.UUID`; anything else is refused
/// before a request is built.
pub fn extract_id(param: &str, value: &Bound<'_, PyAny>) -> PyResult<Uuid> {
    if let Ok(text) = value.cast::<PyString>() {
        return parse_id(param, &text.to_cow()?).map_err(|e| PyValueError::new_err(e.to_string()));
    }
    if let Ok(uuid) = value.extract::<Uuid>() {
        return Ok(uuid);
    }
    Err(PyTypeError::new_err(format!(
        "{param} must be a str or uuid.UUID, not {}",
        value.get_type().name()?
    )))
}

/// A JSON value as the Python object `json.loads` would give.
pub fn json_to_py<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => {
            if let Some(i) = n.as_u64() {
                i.into_pyobject(py)?.into_any()
            } else if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else {
                n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(json_to_py(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => json_object_to_py(py, map)?.into_any(),
    })
}

pub fn json_object_to_py<'py>(
    py: Python<'py>,
    map: &Map<String, Value>,
) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    for (k, v) in map {
        dict.set_item(k, json_to_py(py, v)?)?;
    }
    Ok(dict)
}

/// A JSON-native Python value (what `to_dict()` returns, or `json.loads` gives) as JSON.
pub fn py_to_json(value: &Bound<'_, PyAny>) -> PyResult<Value> {
    py_to_json_depth(value, 0)
}

fn py_to_json_depth(value: &Bound<'_, PyAny>, depth: usize) -> PyResult<Value> {
    if depth > 64 {
        return Err(PyValueError::new_err("value is nested too deeply"));
    }
    if value.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(b) = value.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if value.is_instance_of::<PyInt>() {
        if let Ok(i) = value.extract::<i64>() {
            return Ok(Value::from(i));
        }
        if let Ok(u) = value.extract::<u64>() {
            return Ok(Value::from(u));
        }
        return Err(PyValueError::new_err("integer out of range"));
    }
    if let Ok(f) = value.cast::<PyFloat>() {
        return Number::from_f64(f.value())
            .map(Value::Number)
            .ok_or_else(|| PyValueError::new_err("NaN and infinity are not JSON numbers"));
    }
    if let Ok(s) = value.cast::<PyString>() {
        return Ok(Value::String(s.to_cow()?.into_owned()));
    }
    if let Ok(d) = value.cast::<PyDict>() {
        let mut map = Map::new();
        // A snapshot: converting a value may run Python code that changes the dict.
        for item in d.items().iter() {
            let (k, v) = item.extract::<(Bound<'_, PyAny>, Bound<'_, PyAny>)>()?;
            let key = k
                .cast::<PyString>()
                .map_err(|_| PyTypeError::new_err("dictionary keys must be str"))?
                .to_cow()?
                .into_owned();
            map.insert(key, py_to_json_depth(&v, depth + 1)?);
        }
        return Ok(Value::Object(map));
    }
    if value.is_instance_of::<PyList>() || value.is_instance_of::<PyTuple>() {
        let mut items = Vec::new();
        for item in value.try_iter()? {
            items.push(py_to_json_depth(&item?, depth + 1)?);
        }
        return Ok(Value::Array(items));
    }
    // uuid.UUID and datetime are not JSON, but they are what a user holds: take
    // their canonical text.
    if let Ok(uuid) = value.extract::<Uuid>() {
        return Ok(Value::String(uuid.hyphenated().to_string()));
    }
    if let Ok(dt) = value.extract::<chrono::DateTime<chrono::FixedOffset>>() {
        return Ok(Value::String(crate::core::wire::Timestamp(dt).to_rfc3339()));
    }
    Err(PyTypeError::new_err(format!(
        "{} is not a JSON value",
        value.get_type().name()?
    )))
}

/// A number argument (`int` or `float`), as `f64`; a bool or anything else is a
/// `TypeError`, an int too large for a float a `ValueError` (never `OverflowError`).
pub fn extract_number(name: &str, value: &Bound<'_, PyAny>) -> PyResult<f64> {
    if value.is_instance_of::<PyBool>()
        || !(value.is_instance_of::<PyInt>() || value.is_instance_of::<PyFloat>())
    {
        return Err(PyTypeError::new_err(format!(
            "{name} must be a number, not {}",
            value.get_type().name()?
        )));
    }
    value
        .extract::<f64>()
        .map_err(|_| PyValueError::new_err(format!("{name} is out of range")))
}

/// An integer argument; out-of-range values are a `ValueError`.
pub fn extract_integer(name: &str, value: &Bound<'_, PyAny>) -> PyResult<i64> {
    if value.is_instance_of::<PyBool>() || !value.is_instance_of::<PyInt>() {
        return Err(PyTypeError::new_err(format!(
            "{name} must be an int, not {}",
            value.get_type().name()?
        )));
    }
    value
        .extract::<i64>()
        .map_err(|_| PyValueError::new_err(format!("{name} is out of range")))
}

/// A whole number as a Python `int` (of any size).
pub fn py_whole<'py>(py: Python<'py>, value: &Whole) -> PyResult<Bound<'py, PyAny>> {
    match *value {
        Whole::Exact(n) => Ok(n.into_pyobject(py)?.into_any()),
        Whole::Huge(x) => py
            .import(intern!(py, "builtins"))?
            .getattr(intern!(py, "int"))?
            .call1((x,)),
    }
}

/// A whole-number argument: an `int` (not a bool) that fits 128 bits.
pub fn extract_whole(name: &str, value: &Bound<'_, PyAny>) -> PyResult<Whole> {
    if value.is_instance_of::<PyBool>() || !value.is_instance_of::<PyInt>() {
        return Err(PyTypeError::new_err(format!(
            "{name} must be an int, not {}",
            value.get_type().name()?
        )));
    }
    value
        .extract::<i128>()
        .map(Whole::Exact)
        .map_err(|_| PyValueError::new_err(format!("{name} is out of range")))
}

/// `max_connections=`: an int, or `None` for no cap; not given, the default cap.
pub struct ConnectionCap(pub Option<Option<i64>>);

impl ConnectionCap {
    pub const DEFAULT: ConnectionCap = ConnectionCap(None);
}

impl<'a, 'py> FromPyObject<'a, 'py> for ConnectionCap {
    type Error = PyErr;

    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        if obj.is_none() {
            return Ok(ConnectionCap(Some(None)));
        }
        extract_integer("max_connections", &obj).map(|n| ConnectionCap(Some(Some(n))))
    }
}

/// A text argument that may hold a secret. A `str` that is not valid UTF-8 (lone
/// surrogates, as `os.environ` gives for undecodable bytes) gets a fresh `ValueError`
/// that does not carry the text, unlike Python's `UnicodeEncodeError`.
pub fn extract_secret_text(name: &str, value: &Bound<'_, PyAny>) -> PyResult<String> {
    let text = value
        .cast::<PyString>()
        .map_err(|_| PyTypeError::new_err(format!("{name} must be a str")))?;
    match text.to_cow() {
        Ok(s) => Ok(s.into_owned()),
        Err(_) => Err(PyValueError::new_err(format!(
            "{name} is not valid text (it contains unpaired surrogates)"
        ))),
    }
}

/// A `uuid.UUID`, made the way `UUID.__init__` ends (two `object.__setattr__`), without
/// its argument checks: pyo3's conversion runs all of `__init__`, about 1.8 µs per id,
/// which dominated reading the ids of a long backup list.
pub fn py_uuid<'py>(py: Python<'py>, id: &Uuid) -> PyResult<Bound<'py, PyAny>> {
    static UUID: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    static SAFE_UNKNOWN: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    static SET_ATTRIBUTE: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let class = UUID.import(py, "uuid", "UUID")?;
    let unknown = SAFE_UNKNOWN.get_or_try_init(py, || {
        py.import("uuid")?
            .getattr("SafeUUID")?
            .getattr("unknown")
            .map(Bound::unbind)
    })?;
    let set_attribute = SET_ATTRIBUTE.get_or_try_init(py, || {
        py.import("builtins")?
            .getattr("object")?
            .getattr("__setattr__")
            .map(Bound::unbind)
    })?;
    let uuid = class.call_method1(intern!(py, "__new__"), (class,))?;
    let set_attribute = set_attribute.bind(py);
    set_attribute.call1((&uuid, intern!(py, "int"), id.as_u128()))?;
    set_attribute.call1((&uuid, intern!(py, "is_safe"), unknown.bind(py)))?;
    Ok(uuid)
}

/// An aware `datetime.datetime`. Under abi3 pyo3 builds a new `timezone` for every value
/// (two more Python calls); UTC, the API's zone, reuses `timezone.utc`.
pub fn py_datetime<'py>(
    py: Python<'py>,
    at: &DateTime<FixedOffset>,
) -> PyResult<Bound<'py, PyAny>> {
    static DATETIME: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    let offset = at.offset().local_minus_utc();
    let zone = if offset == 0 {
        PyTzInfo::utc(py)?.to_owned()
    } else {
        PyTzInfo::fixed_offset(py, chrono::Duration::seconds(i64::from(offset)))?
    };
    let local = at.naive_local();
    // `Timestamp` already folded a leap second into 59.999999; never pass 1,000,000.
    let microsecond = (local.nanosecond() / 1_000).min(999_999);
    DATETIME.import(py, "datetime", "datetime")?.call1((
        local.year(),
        local.month(),
        local.day(),
        local.hour(),
        local.minute(),
        local.second(),
        microsecond,
        zone,
    ))
}
