//! What `Client` and `AsyncClient` share: construction from Python arguments, and each
//! operation's arguments checked and converted into a ready-to-run core future whose
//! output converts to the Python result. The sync client waits for it (`blocking.rs`),
//! the async one awaits it (`asyncio.rs`). Every operation of the spec goes through
//! [`Api::call`]; the methods after it add what the spec does not say.

use std::future::Future;
use std::sync::{Arc, Once};
use std::time::Duration;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyList, PyString, PyTuple};
use serde_json::Map;

use crate::core::api::operations::{Output, OPERATIONS};
use crate::core::operation::{Arguments, Paging, Param, ParamKind};
use crate::core::paging::NextPage;
use crate::core::polling::Waiting;
use crate::core::requests::{BucketFields, BucketSpec, ConfigurationPatch, RestoreRequest};
use crate::core::secret::Secret;
use crate::core::wire::{Patch, Timestamp};
use crate::core::{self, Config, ConfigInput, Error, Verify};

use super::api::output_to_py;
use super::convert::{
    extract_id, extract_integer, extract_number, extract_secret_text, py_to_json, ConnectionCap,
};
use super::errors::to_pyerr;
use super::value::{date_argument, FromPy};

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
            // Only our own records: dependencies' (rustls, hyper) would repeat what the
            // exceptions already say. Another extension's logger, if installed, stays.
            let _ = logger
                .filter(log::LevelFilter::Off)
                .filter_target(
                    crate::core::logging::LOG_TARGET.to_owned(),
                    log::LevelFilter::Info,
                )
                .install();
        }
    });
}

/// The constructor arguments, checked and resolved (arguments first, then the
/// environment) into a core client.
#[allow(clippy::too_many_arguments)]
pub fn build_core(
    py: Python<'_>,
    key_id: Option<&Bound<'_, PyAny>>,
    key_secret: Option<&Bound<'_, PyAny>>,
    base_url: Option<&Bound<'_, PyAny>>,
    timeout: Option<&Bound<'_, PyAny>>,
    max_retries: Option<&Bound<'_, PyAny>>,
    verify: Option<&Bound<'_, PyAny>>,
    rate_limit: Option<&Bound<'_, PyAny>>,
    max_connections: ConnectionCap,
    retry_budget: Option<&Bound<'_, PyAny>>,
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
        rate_limit: match rate_limit {
            Some(n) if !n.is_none() => Some(extract_integer("rate_limit", n)?),
            _ => None,
        },
        max_connections: max_connections.0,
        retry_budget: match retry_budget {
            Some(t) if !t.is_none() => Some(extract_number("retry_budget", t)?),
            _ => None,
        },
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

/// A checked call, ready to run on the runtime.
pub type Call<T> = std::pin::Pin<Box<dyn Future<Output = Result<T, Error>> + Send + 'static>>;

pub(super) fn call<T, F>(future: F) -> Call<T>
where
    F: Future<Output = Result<T, Error>> + Send + 'static,
{
    Box::pin(future)
}

/// A call's result, made a Python object only where the caller picks it up (never on
/// an I/O thread): an operation's output with its response's request id, and for a
/// paged list (`Some`) where the next page starts.
pub struct Answer(pub Output, pub Option<String>, pub Option<Option<NextPage>>);

impl<'py> IntoPyObject<'py> for Answer {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;
    fn into_pyobject(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let result = output_to_py(py, self.0, self.1)?;
        let Some(next) = self.2 else {
            return Ok(result);
        };
        // A page: (its items, the next cursor (str) or offset (int), or None).
        let next = match next {
            None => py.None().into_bound(py),
            Some(NextPage::Cursor(cursor)) => cursor.into_pyobject(py)?.into_any(),
            Some(NextPage::Offset(offset)) => offset.into_pyobject(py)?.into_any(),
        };
        Ok(PyTuple::new(py, [result, next])?.into_any())
    }
}

/// A positive, finite number of seconds; None when not given.
fn seconds(name: &str, value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Duration>> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    let secs = extract_number(name, value)?;
    if secs.is_nan() || secs <= 0.0 {
        return Err(PyValueError::new_err(format!(
            "{name} must be a positive number of seconds"
        )));
    }
    Duration::try_from_secs_f64(secs)
        .map(Some)
        .map_err(|_| PyValueError::new_err(format!("{name} must be a finite number of seconds")))
}

/// `timeout=` and `poll_interval=` of a waiter (its defaults and limits are the core's).
pub(super) fn waiting(
    py: Python<'_>,
    timeout: Option<&Bound<'_, PyAny>>,
    poll_interval: Option<&Bound<'_, PyAny>>,
) -> PyResult<Waiting> {
    let waiting = Waiting {
        timeout: seconds("timeout", timeout)?,
        poll_interval: seconds("poll_interval", poll_interval)?,
    };
    // Checked now, so a bad interval raises before anything is sent.
    waiting.check().map_err(|e| to_pyerr(py, e))?;
    Ok(waiting)
}

pub(super) fn optional_text(
    name: &str,
    value: Option<&Bound<'_, PyAny>>,
) -> PyResult<Option<String>> {
    match value {
        Some(v) if !v.is_none() => extract_secret_text(name, v).map(Some),
        _ => Ok(None),
    }
}

/// One argument of an operation as the text that goes in its path or query.
fn param_text(param: &Param, value: &Bound<'_, PyAny>) -> PyResult<String> {
    let name = param.py_name;
    Ok(match param.kind {
        ParamKind::Uuid => extract_id(name, value)?.hyphenated().to_string(),
        ParamKind::Date => date_argument(name, value)?.to_string(),
        ParamKind::DateTime => {
            if let Ok(text) = value.cast::<PyString>() {
                let text = text.to_cow()?;
                Timestamp::parse(&text)
                    .ok_or_else(|| {
                        PyValueError::new_err(format!("{name} must be an ISO-8601 timestamp"))
                    })?
                    .to_rfc3339()
            } else {
                Timestamp::from_py(name, value)?.to_rfc3339()
            }
        }
        ParamKind::Integer => extract_integer(name, value)?.to_string(),
        ParamKind::Boolean => bool::from_py(name, value)?.to_string(),
        ParamKind::Text => {
            let text = String::from_py(name, value)?;
            if text.is_empty() {
                return Err(PyValueError::new_err(format!("{name} must not be empty")));
            }
            text
        }
    })
}

/// The bucket keyword arguments (`provider` plus that provider's fields).
pub struct BucketArgs<'a, 'py> {
    pub provider: &'a Bound<'py, PyAny>,
    pub bucket_path: Option<&'a Bound<'py, PyAny>>,
    pub iam_role_arn: Option<&'a Bound<'py, PyAny>>,
    pub iam_role_session_name: Option<&'a Bound<'py, PyAny>>,
    pub iam_role_external_id: Option<&'a Bound<'py, PyAny>>,
    pub access_key_id: Option<&'a Bound<'py, PyAny>>,
    pub secret_access_key: Option<&'a Bound<'py, PyAny>>,
    pub container_name: Option<&'a Bound<'py, PyAny>>,
    pub connection_string: Option<&'a Bound<'py, PyAny>>,
}

impl BucketArgs<'_, '_> {
    fn spec(&self) -> PyResult<BucketSpec> {
        let py = self.provider.py();
        let provider = extract_secret_text("provider", self.provider)?;
        let fields = BucketFields {
            bucket_path: optional_text("bucket_path", self.bucket_path)?,
            iam_role_arn: optional_text("iam_role_arn", self.iam_role_arn)?,
            iam_role_session_name: optional_text(
                "iam_role_session_name",
                self.iam_role_session_name,
            )?,
            iam_role_external_id: optional_text("iam_role_external_id", self.iam_role_external_id)?,
            access_key_id: optional_text("access_key_id", self.access_key_id)?,
            secret_access_key: optional_text("secret_access_key", self.secret_access_key)?
                .map(Secret::new),
            container_name: optional_text("container_name", self.container_name)?,
            connection_string: optional_text("connection_string", self.connection_string)?
                .map(Secret::new),
        };
        BucketSpec::new(&provider, fields).map_err(|e| to_pyerr(py, e))
    }
}

/// The operations, shared by both clients: arguments in, a ready call out.
pub struct Api {
    pub core: Arc<core::Client>,
}

pub(super) type Id<'a, 'py> = &'a Bound<'py, PyAny>;

/// The two ids most operations start with.
pub(super) fn org_and_service(org: Id, service: Id) -> PyResult<(uuid::Uuid, uuid::Uuid)> {
    Ok((
        extract_id("organization_id", org)?,
        extract_id("service_id", service)?,
    ))
}

impl Api {
    /// Operation `index` of the generated table: `path` holds a value per path
    /// parameter in URL order (the organization first), `query` the query parameters by
    /// name (None: left out), `body` the body's fields (snake_case or the API's names).
    pub fn call(
        &self,
        index: usize,
        path: &Bound<'_, PyTuple>,
        query: Option<&Bound<'_, PyDict>>,
        body: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Call<Answer>> {
        let py = path.py();
        let op = OPERATIONS
            .get(index)
            .ok_or_else(|| PyValueError::new_err(format!("no operation {index}")))?;
        let params: Vec<&Param> = op.path_params().collect();
        if params.len() != path.len() {
            return Err(PyTypeError::new_err(format!(
                "{} takes {} path arguments, not {}",
                op.python_name,
                params.len(),
                path.len()
            )));
        }
        let mut args = Arguments::default();
        for (param, value) in params.iter().zip(path.iter()) {
            args.path.push(param_text(param, &value)?);
        }
        if let Some(query) = query {
            for param in op.query_params() {
                let Some(value) = query.get_item(param.py_name)?.filter(|v| !v.is_none()) else {
                    continue;
                };
                let many = param.repeated
                    && (value.is_instance_of::<PyList>() || value.is_instance_of::<PyTuple>());
                if many {
                    for item in value.try_iter()? {
                        args.query.push((param.name, param_text(param, &item?)?));
                    }
                } else {
                    args.query.push((param.name, param_text(param, &value)?));
                }
            }
        }
        if let Some(body) = body.filter(|b| !b.is_none()) {
            args.body = Some(py_to_json(body)?);
        }
        // The body is checked now, so a bad one raises before anything is sent.
        if let Some(body) = args.body.take() {
            args.body = Some(
                crate::core::api::operations::check_body(index, body)
                    .map_err(|e| to_pyerr(py, e))?,
            );
        }
        let core = self.core.clone();
        let paged = op.paging != Paging::None;
        Ok(call(async move {
            let (output, request_id, next) = core.call_page(index, args).await?;
            Ok(Answer(output, request_id, paged.then_some(next)))
        }))
    }

    /// `fields` are the keyword arguments: only the ones given are sent, `None` as null.
    pub fn update_backup_configuration(
        &self,
        org: Id,
        service: Id,
        fields: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Call<Answer>> {
        let py = org.py();
        let (org, service) = org_and_service(org, service)?;
        let mut patch = ConfigurationPatch::default();
        for (key, value) in fields.iter().flat_map(|d| d.iter()) {
            let key: String = key.extract()?;
            let hours = |v: &Bound<'_, PyAny>| -> PyResult<Patch<f64>> {
                if v.is_none() {
                    Ok(Patch::Null)
                } else {
                    extract_number(&key, v).map(Patch::Set)
                }
            };
            match key.as_str() {
                "backup_period_in_hours" => patch.backup_period_in_hours = hours(&value)?,
                "backup_retention_period_in_hours" => {
                    patch.backup_retention_period_in_hours = hours(&value)?
                }
                "backup_start_time" => {
                    patch.backup_start_time = if value.is_none() {
                        Patch::Null
                    } else {
                        Patch::Set(extract_secret_text("backup_start_time", &value)?)
                    }
                }
                other => {
                    return Err(PyTypeError::new_err(format!(
                        "update_backup_configuration() got an unexpected keyword argument '{other}'"
                    )))
                }
            }
        }
        // Checked now, so a bad or empty patch raises before anything is sent.
        patch.to_json().map_err(|e| to_pyerr(py, e))?;
        let core = self.core.clone();
        Ok(call(async move {
            let inner = core
                .update_backup_configuration(&org, &service, &patch)
                .await?;
            Ok(Answer(Output::BackupConfiguration(inner), None, None))
        }))
    }

    pub fn create_backup_bucket(
        &self,
        org: Id,
        service: Id,
        args: BucketArgs,
    ) -> PyResult<Call<Answer>> {
        let (org, service) = org_and_service(org, service)?;
        let spec = args.spec()?;
        let core = self.core.clone();
        Ok(call(async move {
            let bucket = core.create_backup_bucket(&org, &service, &spec).await?;
            Ok(Answer(Output::BackupBucket(bucket), None, None))
        }))
    }

    pub fn update_backup_bucket(
        &self,
        org: Id,
        service: Id,
        args: BucketArgs,
    ) -> PyResult<Call<Answer>> {
        let (org, service) = org_and_service(org, service)?;
        let spec = args.spec()?;
        let core = self.core.clone();
        Ok(call(async move {
            let bucket = core.update_backup_bucket(&org, &service, &spec).await?;
            Ok(Answer(Output::BackupBucket(bucket), None, None))
        }))
    }

    #[allow(clippy::too_many_arguments)]
    pub fn restore_backup(
        &self,
        org: Id,
        backup: Id,
        name: &Bound<'_, PyAny>,
        provider: &Bound<'_, PyAny>,
        region: &Bound<'_, PyAny>,
        service_options: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Call<Answer>> {
        let py = org.py();
        let (org, backup) = (
            extract_id("organization_id", org)?,
            extract_id("backup_id", backup)?,
        );
        let mut options = Map::new();
        for (key, value) in service_options.iter().flat_map(|d| d.iter()) {
            options.insert(key.extract()?, py_to_json(&value)?);
        }
        let request = RestoreRequest::new(
            &backup,
            &extract_secret_text("name", name)?,
            &extract_secret_text("provider", provider)?,
            &extract_secret_text("region", region)?,
            options,
        )
        .map_err(|e| to_pyerr(py, e))?;
        let core = self.core.clone();
        Ok(call(async move {
            let created = core.restore_backup(&org, &request).await?;
            Ok(Answer(Output::RestoredService(created), None, None))
        }))
    }

    #[allow(clippy::too_many_arguments)]
    pub fn wait_for_backup(
        &self,
        org: Id,
        service: Id,
        backup: Id,
        timeout: Option<&Bound<'_, PyAny>>,
        poll_interval: Option<&Bound<'_, PyAny>>,
        progress: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Call<Answer>> {
        let progress = super::jobs::progress(progress);
        let org_py = org.py();
        let (org, service, backup) = (
            extract_id("organization_id", org)?,
            extract_id("service_id", service)?,
            extract_id("backup_id", backup)?,
        );
        let waiting = waiting(org_py, timeout, poll_interval)?;
        let core = self.core.clone();
        Ok(call(async move {
            let (backup, request_id) = core
                .wait_for_backup(&org, &service, &backup, waiting, &progress)
                .await?;
            Ok(Answer(Output::Backup(backup), request_id, None))
        }))
    }

    pub fn wait_for_service(
        &self,
        org: Id,
        service: Id,
        state: Option<&Bound<'_, PyAny>>,
        timeout: Option<&Bound<'_, PyAny>>,
        poll_interval: Option<&Bound<'_, PyAny>>,
        progress: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Call<Answer>> {
        let progress = super::jobs::progress(progress);
        let org_py = org.py();
        let (org, service) = org_and_service(org, service)?;
        let state = optional_text("state", state)?;
        let waiting = waiting(org_py, timeout, poll_interval)?;
        let core = self.core.clone();
        Ok(call(async move {
            let service = core
                .wait_for_service(&org, &service, state.as_deref(), waiting, &progress)
                .await?;
            Ok(Answer(Output::Service(service), None, None))
        }))
    }

    pub fn latest_backup(
        &self,
        org: Id,
        service: Id,
        status: Option<String>,
    ) -> PyResult<Call<Answer>> {
        let (org, service) = org_and_service(org, service)?;
        let core = self.core.clone();
        Ok(call(async move {
            Ok(
                match core
                    .latest_backup(&org, &service, status.as_deref())
                    .await?
                {
                    Some((backup, request_id)) => Answer(Output::Backup(backup), request_id, None),
                    None => Answer(Output::Empty, None, None),
                },
            )
        }))
    }
}
