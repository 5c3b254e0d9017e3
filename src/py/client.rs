//! The engines under `Client` and `AsyncClient` (python/clickhouse_cloud/_client.py):
//! one list of methods, declared once by `client_core!` for both. Each method checks
//! its arguments (`operations.rs`), then the sync engine waits for the call without the
//! GIL, answering Ctrl-C (`blocking.rs`), and the async one answers an awaitable
//! (`asyncio.rs`).

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};

use super::asyncio::awaitable;
use super::blocking::wait_for;
use super::convert::ConnectionCap;
use super::operations::{build_core, describe, Answer, Api, BucketArgs, Call};

/// Runs a call to its end on this thread (GIL released, Ctrl-C answered).
fn finish_blocking<'py>(py: Python<'py>, call: Call<Answer>) -> PyResult<Bound<'py, PyAny>> {
    wait_for(py, call)?.into_pyobject(py)
}

/// Hands a call to the event loop as an awaitable.
fn finish_async<'py>(py: Python<'py>, call: Call<Answer>) -> PyResult<Bound<'py, PyAny>> {
    awaitable(py, call)
}

macro_rules! client_core {
    ($(#[$doc:meta])* $class:ident, $name:literal, $finish:ident) => {
        $(#[$doc])*
        #[pyclass(module = "clickhouse_cloud._native", name = $name, frozen)]
        pub struct $class {
            api: Api,
        }

        #[pymethods]
        impl $class {
            #[new]
            #[pyo3(
                signature = (key_id=None, key_secret=None, *, base_url=None, timeout=None, max_retries=None, verify=None, rate_limit=None, max_connections=ConnectionCap::DEFAULT, retry_budget=None)
            )]
            #[allow(clippy::too_many_arguments)]
            fn new(
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
            ) -> PyResult<Self> {
                let core = build_core(
                    py,
                    key_id,
                    key_secret,
                    base_url,
                    timeout,
                    max_retries,
                    verify,
                    rate_limit,
                    max_connections,
                    retry_budget,
                )?;
                Ok($class { api: Api { core } })
            }

            /// Operation `index` of the generated table (see `Api::call`).
            #[pyo3(signature = (index, path, query=None, body=None))]
            fn call<'py>(
                &self,
                py: Python<'py>,
                index: usize,
                path: &Bound<'_, PyTuple>,
                query: Option<&Bound<'_, PyDict>>,
                body: Option<&Bound<'_, PyAny>>,
            ) -> PyResult<Bound<'py, PyAny>> {
                $finish(py, self.api.call(index, path, query, body)?)
            }

            #[pyo3(signature = (organization_id, service_id, **fields))]
            fn update_backup_configuration<'py>(
                &self,
                py: Python<'py>,
                organization_id: &Bound<'_, PyAny>,
                service_id: &Bound<'_, PyAny>,
                fields: Option<&Bound<'_, PyDict>>,
            ) -> PyResult<Bound<'py, PyAny>> {
                let call = self
                    .api
                    .update_backup_configuration(organization_id, service_id, fields)?;
                $finish(py, call)
            }

            #[allow(clippy::too_many_arguments)]
            #[pyo3(signature = (organization_id, service_id, *, provider, bucket_path=None, iam_role_arn=None, iam_role_session_name=None, iam_role_external_id=None, access_key_id=None, secret_access_key=None, container_name=None, connection_string=None, update=false))]
            fn put_backup_bucket<'py>(
                &self,
                py: Python<'py>,
                organization_id: &Bound<'_, PyAny>,
                service_id: &Bound<'_, PyAny>,
                provider: &Bound<'_, PyAny>,
                bucket_path: Option<&Bound<'_, PyAny>>,
                iam_role_arn: Option<&Bound<'_, PyAny>>,
                iam_role_session_name: Option<&Bound<'_, PyAny>>,
                iam_role_external_id: Option<&Bound<'_, PyAny>>,
                access_key_id: Option<&Bound<'_, PyAny>>,
                secret_access_key: Option<&Bound<'_, PyAny>>,
                container_name: Option<&Bound<'_, PyAny>>,
                connection_string: Option<&Bound<'_, PyAny>>,
                update: bool,
            ) -> PyResult<Bound<'py, PyAny>> {
                let args = BucketArgs {
                    provider,
                    bucket_path,
                    iam_role_arn,
                    iam_role_session_name,
                    iam_role_external_id,
                    access_key_id,
                    secret_access_key,
                    container_name,
                    connection_string,
                };
                let call = if update {
                    self.api.update_backup_bucket(organization_id, service_id, args)?
                } else {
                    self.api.create_backup_bucket(organization_id, service_id, args)?
                };
                $finish(py, call)
            }

            #[pyo3(signature = (organization_id, backup_id, *, name, provider, region, **service_options))]
            #[allow(clippy::too_many_arguments)]
            fn restore_backup<'py>(
                &self,
                py: Python<'py>,
                organization_id: &Bound<'_, PyAny>,
                backup_id: &Bound<'_, PyAny>,
                name: &Bound<'_, PyAny>,
                provider: &Bound<'_, PyAny>,
                region: &Bound<'_, PyAny>,
                service_options: Option<&Bound<'_, PyDict>>,
            ) -> PyResult<Bound<'py, PyAny>> {
                let call = self.api.restore_backup(
                    organization_id,
                    backup_id,
                    name,
                    provider,
                    region,
                    service_options,
                )?;
                $finish(py, call)
            }

            #[pyo3(signature = (organization_id, service_id, backup_id, *, timeout=None, poll_interval=None, progress=None))]
            #[allow(clippy::too_many_arguments)]
            fn wait_for_backup<'py>(
                &self,
                py: Python<'py>,
                organization_id: &Bound<'_, PyAny>,
                service_id: &Bound<'_, PyAny>,
                backup_id: &Bound<'_, PyAny>,
                timeout: Option<&Bound<'_, PyAny>>,
                poll_interval: Option<&Bound<'_, PyAny>>,
                progress: Option<&Bound<'_, PyAny>>,
            ) -> PyResult<Bound<'py, PyAny>> {
                let call = self.api.wait_for_backup(
                    organization_id,
                    service_id,
                    backup_id,
                    timeout,
                    poll_interval,
                    progress,
                )?;
                $finish(py, call)
            }

            #[pyo3(signature = (organization_id, service_id, *, state=None, timeout=None, poll_interval=None, progress=None))]
            #[allow(clippy::too_many_arguments)]
            fn wait_for_service<'py>(
                &self,
                py: Python<'py>,
                organization_id: &Bound<'_, PyAny>,
                service_id: &Bound<'_, PyAny>,
                state: Option<&Bound<'_, PyAny>>,
                timeout: Option<&Bound<'_, PyAny>>,
                poll_interval: Option<&Bound<'_, PyAny>>,
                progress: Option<&Bound<'_, PyAny>>,
            ) -> PyResult<Bound<'py, PyAny>> {
                let call = self.api.wait_for_service(
                    organization_id,
                    service_id,
                    state,
                    timeout,
                    poll_interval,
                    progress,
                )?;
                $finish(py, call)
            }

            // -- jobs (core/jobs.rs) ------------------------------------------------

            #[pyo3(signature = (organization_id, service_id, *, wait=true, timeout=None, poll_interval=None, progress=None))]
            #[allow(clippy::too_many_arguments)]
            fn ensure_running<'py>(
                &self,
                py: Python<'py>,
                organization_id: &Bound<'_, PyAny>,
                service_id: &Bound<'_, PyAny>,
                wait: bool,
                timeout: Option<&Bound<'_, PyAny>>,
                poll_interval: Option<&Bound<'_, PyAny>>,
                progress: Option<&Bound<'_, PyAny>>,
            ) -> PyResult<Bound<'py, PyAny>> {
                let call = self.api.ensure_running(organization_id, service_id, wait, timeout, poll_interval, progress)?;
                $finish(py, call)
            }

            #[pyo3(signature = (organization_id, service_id, *, wait=true, timeout=None, poll_interval=None, progress=None))]
            #[allow(clippy::too_many_arguments)]
            fn stop_service<'py>(
                &self,
                py: Python<'py>,
                organization_id: &Bound<'_, PyAny>,
                service_id: &Bound<'_, PyAny>,
                wait: bool,
                timeout: Option<&Bound<'_, PyAny>>,
                poll_interval: Option<&Bound<'_, PyAny>>,
                progress: Option<&Bound<'_, PyAny>>,
            ) -> PyResult<Bound<'py, PyAny>> {
                let call = self.api.stop_service(organization_id, service_id, wait, timeout, poll_interval, progress)?;
                $finish(py, call)
            }

            #[pyo3(signature = (organization_id, service_id, *, stop=true, wait=true, timeout=None, poll_interval=None, progress=None))]
            #[allow(clippy::too_many_arguments)]
            fn delete_service<'py>(
                &self,
                py: Python<'py>,
                organization_id: &Bound<'_, PyAny>,
                service_id: &Bound<'_, PyAny>,
                stop: bool,
                wait: bool,
                timeout: Option<&Bound<'_, PyAny>>,
                poll_interval: Option<&Bound<'_, PyAny>>,
                progress: Option<&Bound<'_, PyAny>>,
            ) -> PyResult<Bound<'py, PyAny>> {
                let call = self.api.delete_service(organization_id, service_id, stop, wait, timeout, poll_interval, progress)?;
                $finish(py, call)
            }

            #[pyo3(signature = (organization_id, service_id, clickpipe_id, *, state=None, timeout=None, poll_interval=None, progress=None))]
            #[allow(clippy::too_many_arguments)]
            fn wait_for_clickpipe<'py>(
                &self,
                py: Python<'py>,
                organization_id: &Bound<'_, PyAny>,
                service_id: &Bound<'_, PyAny>,
                clickpipe_id: &Bound<'_, PyAny>,
                state: Option<&Bound<'_, PyAny>>,
                timeout: Option<&Bound<'_, PyAny>>,
                poll_interval: Option<&Bound<'_, PyAny>>,
                progress: Option<&Bound<'_, PyAny>>,
            ) -> PyResult<Bound<'py, PyAny>> {
                let call = self.api.wait_for_clickpipe(organization_id, service_id, clickpipe_id, state, timeout, poll_interval, progress)?;
                $finish(py, call)
            }

            #[pyo3(signature = (organization_id, service_id, clickpipe_id, *, timeout=None, poll_interval=None, progress=None))]
            #[allow(clippy::too_many_arguments)]
            fn stop_clickpipe<'py>(
                &self,
                py: Python<'py>,
                organization_id: &Bound<'_, PyAny>,
                service_id: &Bound<'_, PyAny>,
                clickpipe_id: &Bound<'_, PyAny>,
                timeout: Option<&Bound<'_, PyAny>>,
                poll_interval: Option<&Bound<'_, PyAny>>,
                progress: Option<&Bound<'_, PyAny>>,
            ) -> PyResult<Bound<'py, PyAny>> {
                let call = self.api.clickpipe_to(false, organization_id, service_id, clickpipe_id, timeout, poll_interval, progress)?;
                $finish(py, call)
            }

            #[pyo3(signature = (organization_id, service_id, clickpipe_id, *, timeout=None, poll_interval=None, progress=None))]
            #[allow(clippy::too_many_arguments)]
            fn start_clickpipe<'py>(
                &self,
                py: Python<'py>,
                organization_id: &Bound<'_, PyAny>,
                service_id: &Bound<'_, PyAny>,
                clickpipe_id: &Bound<'_, PyAny>,
                timeout: Option<&Bound<'_, PyAny>>,
                poll_interval: Option<&Bound<'_, PyAny>>,
                progress: Option<&Bound<'_, PyAny>>,
            ) -> PyResult<Bound<'py, PyAny>> {
                let call = self.api.clickpipe_to(true, organization_id, service_id, clickpipe_id, timeout, poll_interval, progress)?;
                $finish(py, call)
            }

            #[pyo3(signature = (organization_id, from_date, to_date, *, filters=Vec::new()))]
            fn usage_costs<'py>(
                &self,
                py: Python<'py>,
                organization_id: &Bound<'_, PyAny>,
                from_date: &Bound<'_, PyAny>,
                to_date: &Bound<'_, PyAny>,
                filters: Vec<String>,
            ) -> PyResult<Bound<'py, PyAny>> {
                let call = self.api.usage_costs(organization_id, from_date, to_date, filters)?;
                $finish(py, call)
            }

            #[pyo3(signature = (organization_id, key_id, *, name=None))]
            fn rotate_key<'py>(
                &self,
                py: Python<'py>,
                organization_id: &Bound<'_, PyAny>,
                key_id: &Bound<'_, PyAny>,
                name: Option<&Bound<'_, PyAny>>,
            ) -> PyResult<Bound<'py, PyAny>> {
                let call = self.api.rotate_key(organization_id, key_id, name)?;
                $finish(py, call)
            }

            #[pyo3(signature = (organization_id, key_id, how))]
            fn retire_key<'py>(
                &self,
                py: Python<'py>,
                organization_id: &Bound<'_, PyAny>,
                key_id: &Bound<'_, PyAny>,
                how: String,
            ) -> PyResult<Bound<'py, PyAny>> {
                let call = self.api.retire_key(organization_id, key_id, how)?;
                $finish(py, call)
            }

            #[pyo3(signature = (organization_id, service_id, *, status=None))]
            fn latest_backup<'py>(
                &self,
                py: Python<'py>,
                organization_id: &Bound<'_, PyAny>,
                service_id: &Bound<'_, PyAny>,
                status: Option<String>,
            ) -> PyResult<Bound<'py, PyAny>> {
                let call = self.api.latest_backup(organization_id, service_id, status)?;
                $finish(py, call)
            }

            #[getter]
            fn base_url(&self) -> String {
                self.api.core.config().base_url_str().to_owned()
            }

            #[getter]
            fn key_id(&self) -> String {
                self.api.core.config().key_id.clone()
            }

            #[getter]
            fn timeout(&self) -> f64 {
                self.api.core.config().timeout.as_secs_f64()
            }

            #[getter]
            fn max_retries(&self) -> u32 {
                self.api.core.config().max_retries
            }

            #[getter]
            fn rate_limit(&self) -> Option<u32> {
                self.api.core.config().rate_limit
            }

            #[getter]
            fn retry_budget(&self) -> f64 {
                self.api.core.config().retry_budget.as_secs_f64()
            }

            #[getter]
            fn max_connections(&self) -> Option<u32> {
                self.api.core.config().max_connections
            }

            /// Closes the connection pool. Idempotent; calls after it raise `RuntimeError`.
            fn close(&self) {
                self.api.core.close();
            }

            #[getter]
            fn closed(&self) -> bool {
                self.api.core.is_closed()
            }

            /// `Client(base_url=..., key_id=...)`, named `name` (the Python class's name).
            fn describe(&self, name: &str) -> String {
                describe(&self.api.core, name)
            }
        }
    };
}

client_core!(
    /// The engine of `Client`: blocking calls.
    PyClientCore,
    "ClientCore",
    finish_blocking
);

client_core!(
    /// The engine of `AsyncClient`: calls answer awaitables.
    PyAsyncClientCore,
    "AsyncClientCore",
    finish_async
);
