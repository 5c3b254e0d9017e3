//! What `Client` and `AsyncClient` share: construction from Python arguments, and
//! one function per API operation that checks and converts the arguments into a
//! ready-to-run core future whose output converts to the Python result. The sync
//! client waits for it (`blocking.rs`), the async one awaits it (`asyncio.rs`).

use std::future::Future;
use std::sync::{Arc, Once};
use std::time::Duration;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyString};
use serde_json::Map;

use crate::core::config::Secret;
use crate::core::requests::{BucketFields, BucketSpec, ConfigurationPatch, Patch, RestoreRequest};
use crate::core::{self, waiters, Config, ConfigInput, Error, Verify};

use super::convert::{
    extract_id, extract_integer, extract_number, extract_secret_text, py_to_json, ConnectionCap,
};
use super::errors::to_pyerr;
use super::models::{BucketOut, PyBackup, PyBackupConfiguration};
use super::service::{PyRestoredService, PyService};

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

fn call<T, F>(future: F) -> Call<T>
where
    F: Future<Output = Result<T, Error>> + Send + 'static,
{
    Box::pin(future)
}

/// A positive, finite number of seconds; `default` when not given.
fn seconds(name: &str, value: Option<&Bound<'_, PyAny>>, default: Duration) -> PyResult<Duration> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(default);
    };
    let secs = extract_number(name, value)?;
    if secs.is_nan() || secs <= 0.0 {
        return Err(PyValueError::new_err(format!(
            "{name} must be a positive number of seconds"
        )));
    }
    Duration::try_from_secs_f64(secs)
        .map_err(|_| PyValueError::new_err(format!("{name} must be a finite number of seconds")))
}

/// `poll_interval=`: at least [`waiters::MIN_POLL_INTERVAL`], so no waiter busy-loops.
fn poll_interval_of(value: Option<&Bound<'_, PyAny>>, default: Duration) -> PyResult<Duration> {
    let interval = seconds("poll_interval", value, default)?;
    if interval < waiters::MIN_POLL_INTERVAL {
        return Err(PyValueError::new_err(format!(
            "poll_interval must be at least {} s",
            waiters::MIN_POLL_INTERVAL.as_secs_f64()
        )));
    }
    Ok(interval)
}

fn optional_text(name: &str, value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<String>> {
    match value {
        Some(v) if !v.is_none() => extract_secret_text(name, v).map(Some),
        _ => Ok(None),
    }
}

/// The bucket keyword arguments (`provider` plus that provider's fields).
pub struct BucketArgs<'a, 'py> {
    pub provider: &'a Bound<'py, PyAny>,
    pub bucket_path: Option<&'a Bound<'py, PyAny>>,
    pub iam_role_arn: Option<&'a Bound<'py, PyAny>>,
    pub iam_role_session_name: Option<&'a Bound<'py, PyAny>>,
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

type Id<'a, 'py> = &'a Bound<'py, PyAny>;

/// The two ids most operations start with.
fn org_and_service(org: Id, service: Id) -> PyResult<(uuid::Uuid, uuid::Uuid)> {
    Ok((
        extract_id("organization_id", org)?,
        extract_id("service_id", service)?,
    ))
}

impl Api {
    pub fn get_backup(&self, org: Id, service: Id, backup: Id) -> PyResult<Call<PyBackup>> {
        let (org, service, backup) = (
            extract_id("organization_id", org)?,
            extract_id("service_id", service)?,
            extract_id("backup_id", backup)?,
        );
        let core = self.core.clone();
        Ok(call(async move {
            let inner = core.get_backup(&org, &service, &backup).await?;
            Ok(PyBackup { inner })
        }))
    }

    pub fn list_backups(&self, org: Id, service: Id) -> PyResult<Call<Vec<PyBackup>>> {
        let (org, service) = org_and_service(org, service)?;
        let core = self.core.clone();
        Ok(call(async move {
            let list = core.list_backups(&org, &service).await?;
            Ok(list.into_iter().map(|inner| PyBackup { inner }).collect())
        }))
    }

    pub fn get_backup_configuration(
        &self,
        org: Id,
        service: Id,
    ) -> PyResult<Call<PyBackupConfiguration>> {
        let (org, service) = org_and_service(org, service)?;
        let core = self.core.clone();
        Ok(call(async move {
            let inner = core.get_backup_configuration(&org, &service).await?;
            Ok(PyBackupConfiguration { inner })
        }))
    }

    /// `fields` are the keyword arguments: only the ones given are sent, `None` as null.
    pub fn update_backup_configuration(
        &self,
        org: Id,
        service: Id,
        fields: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Call<PyBackupConfiguration>> {
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
            Ok(PyBackupConfiguration { inner })
        }))
    }

    pub fn get_backup_bucket(&self, org: Id, service: Id) -> PyResult<Call<BucketOut>> {
        let (org, service) = org_and_service(org, service)?;
        let core = self.core.clone();
        Ok(call(async move {
            Ok(BucketOut(core.get_backup_bucket(&org, &service).await?))
        }))
    }

    pub fn create_backup_bucket(
        &self,
        org: Id,
        service: Id,
        args: BucketArgs,
    ) -> PyResult<Call<BucketOut>> {
        let (org, service) = org_and_service(org, service)?;
        let spec = args.spec()?;
        let core = self.core.clone();
        Ok(call(async move {
            Ok(BucketOut(
                core.create_backup_bucket(&org, &service, &spec).await?,
            ))
        }))
    }

    pub fn update_backup_bucket(
        &self,
        org: Id,
        service: Id,
        args: BucketArgs,
    ) -> PyResult<Call<BucketOut>> {
        let (org, service) = org_and_service(org, service)?;
        let spec = args.spec()?;
        let core = self.core.clone();
        Ok(call(async move {
            Ok(BucketOut(
                core.update_backup_bucket(&org, &service, &spec).await?,
            ))
        }))
    }

    pub fn delete_backup_bucket(&self, org: Id, service: Id) -> PyResult<Call<()>> {
        let (org, service) = org_and_service(org, service)?;
        let core = self.core.clone();
        Ok(call(async move {
            core.delete_backup_bucket(&org, &service).await
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
    ) -> PyResult<Call<PyRestoredService>> {
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
            Ok(core.restore_backup(&org, &request).await?.into())
        }))
    }

    pub fn get_service(&self, org: Id, service: Id) -> PyResult<Call<PyService>> {
        let (org, service) = org_and_service(org, service)?;
        let core = self.core.clone();
        Ok(call(async move {
            let inner = core.get_service(&org, &service).await?;
            Ok(PyService { inner })
        }))
    }

    pub fn list_services(&self, org: Id) -> PyResult<Call<Vec<PyService>>> {
        let org = extract_id("organization_id", org)?;
        let core = self.core.clone();
        Ok(call(async move {
            let services = core.list_services(&org).await?;
            Ok(services
                .into_iter()
                .map(|inner| PyService { inner })
                .collect())
        }))
    }

    pub fn wait_for_backup(
        &self,
        org: Id,
        service: Id,
        backup: Id,
        timeout: Option<&Bound<'_, PyAny>>,
        poll_interval: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Call<PyBackup>> {
        let (org, service, backup) = (
            extract_id("organization_id", org)?,
            extract_id("service_id", service)?,
            extract_id("backup_id", backup)?,
        );
        let timeout = seconds("timeout", timeout, waiters::DEFAULT_BACKUP_WAIT)?;
        let interval = poll_interval_of(poll_interval, waiters::DEFAULT_BACKUP_POLL_INTERVAL)?;
        let core = self.core.clone();
        Ok(call(async move {
            let inner = core
                .wait_for_backup(&org, &service, &backup, timeout, interval)
                .await?;
            Ok(PyBackup { inner })
        }))
    }

    pub fn wait_for_service(
        &self,
        org: Id,
        service: Id,
        state: Option<&Bound<'_, PyAny>>,
        timeout: Option<&Bound<'_, PyAny>>,
        poll_interval: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Call<PyService>> {
        let (org, service) = org_and_service(org, service)?;
        let state = optional_text("state", state)?.unwrap_or_else(|| "running".to_owned());
        let timeout = seconds("timeout", timeout, waiters::DEFAULT_SERVICE_WAIT)?;
        let interval = poll_interval_of(poll_interval, waiters::DEFAULT_SERVICE_POLL_INTERVAL)?;
        let core = self.core.clone();
        Ok(call(async move {
            let inner = core
                .wait_for_service(&org, &service, &state, timeout, interval)
                .await?;
            Ok(PyService { inner })
        }))
    }

    pub fn latest_backup(
        &self,
        org: Id,
        service: Id,
        status: Option<String>,
    ) -> PyResult<Call<Option<PyBackup>>> {
        let (org, service) = org_and_service(org, service)?;
        let core = self.core.clone();
        Ok(call(async move {
            let found = core
                .latest_backup(&org, &service, status.as_deref())
                .await?;
            Ok(found.map(|inner| PyBackup { inner }))
        }))
    }
}
