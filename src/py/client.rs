//! `Client`: the blocking client. Each method checks its arguments (`operations.rs`)
//! and waits for the call without the GIL, answering Ctrl-C (`blocking.rs`).

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};

use super::blocking::wait_for;
use super::convert::ConnectionCap;
use super::models::{BucketOut, PyBackup, PyBackupConfiguration};
use super::operations::{build_core, describe, Api, BucketArgs};
use super::service::{PyRestoredService, PyService};

#[pyclass(module = "clickhouse_cloud", name = "Client", frozen)]
pub struct PyClient {
    api: Api,
}

#[pymethods]
impl PyClient {
    #[new]
    #[pyo3(
        signature = (key_id=None, key_secret=None, *, base_url=None, timeout=None, max_retries=None, verify=None, rate_limit=None, max_connections=ConnectionCap::DEFAULT, retry_budget=None),
        text_signature = "(key_id=None, key_secret=None, *, base_url=None, timeout=30.0, max_retries=3, verify=True, rate_limit=None, max_connections=100, retry_budget=120.0)"
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
        Ok(PyClient { api: Api { core } })
    }

    /// Details of one backup.
    fn get_backup(
        &self,
        py: Python<'_>,
        organization_id: &Bound<'_, PyAny>,
        service_id: &Bound<'_, PyAny>,
        backup_id: &Bound<'_, PyAny>,
    ) -> PyResult<PyBackup> {
        wait_for(
            py,
            self.api
                .get_backup(organization_id, service_id, backup_id)?,
        )
    }

    /// Every backup of the service, newest first (the server's order).
    fn list_backups(
        &self,
        py: Python<'_>,
        organization_id: &Bound<'_, PyAny>,
        service_id: &Bound<'_, PyAny>,
    ) -> PyResult<Vec<PyBackup>> {
        wait_for(py, self.api.list_backups(organization_id, service_id)?)
    }

    /// The service's backup schedule.
    fn get_backup_configuration(
        &self,
        py: Python<'_>,
        organization_id: &Bound<'_, PyAny>,
        service_id: &Bound<'_, PyAny>,
    ) -> PyResult<PyBackupConfiguration> {
        wait_for(
            py,
            self.api
                .get_backup_configuration(organization_id, service_id)?,
        )
    }

    /// Changes the schedule: only the fields given are sent; `None` resets one to its default.
    #[pyo3(signature = (organization_id, service_id, **fields), text_signature = "($self, organization_id, service_id, *, backup_period_in_hours=..., backup_retention_period_in_hours=..., backup_start_time=...)")]
    fn update_backup_configuration(
        &self,
        py: Python<'_>,
        organization_id: &Bound<'_, PyAny>,
        service_id: &Bound<'_, PyAny>,
        fields: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<PyBackupConfiguration> {
        wait_for(
            py,
            self.api
                .update_backup_configuration(organization_id, service_id, fields)?,
        )
    }

    /// The service's own backup bucket.
    fn get_backup_bucket(
        &self,
        py: Python<'_>,
        organization_id: &Bound<'_, PyAny>,
        service_id: &Bound<'_, PyAny>,
    ) -> PyResult<BucketOut> {
        wait_for(py, self.api.get_backup_bucket(organization_id, service_id)?)
    }

    #[allow(clippy::too_many_arguments)]
    /// Sets up a bucket of the customer's own for the service's backups.
    #[pyo3(signature = (organization_id, service_id, *, provider, bucket_path=None, iam_role_arn=None, iam_role_session_name=None, access_key_id=None, secret_access_key=None, container_name=None, connection_string=None))]
    fn create_backup_bucket(
        &self,
        py: Python<'_>,
        organization_id: &Bound<'_, PyAny>,
        service_id: &Bound<'_, PyAny>,
        provider: &Bound<'_, PyAny>,
        bucket_path: Option<&Bound<'_, PyAny>>,
        iam_role_arn: Option<&Bound<'_, PyAny>>,
        iam_role_session_name: Option<&Bound<'_, PyAny>>,
        access_key_id: Option<&Bound<'_, PyAny>>,
        secret_access_key: Option<&Bound<'_, PyAny>>,
        container_name: Option<&Bound<'_, PyAny>>,
        connection_string: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<BucketOut> {
        wait_for(
            py,
            self.api.create_backup_bucket(
                organization_id,
                service_id,
                BucketArgs {
                    provider,
                    bucket_path,
                    iam_role_arn,
                    iam_role_session_name,
                    access_key_id,
                    secret_access_key,
                    container_name,
                    connection_string,
                },
            )?,
        )
    }

    #[allow(clippy::too_many_arguments)]
    /// Changes the backup bucket (the write-only secret must be given again).
    #[pyo3(signature = (organization_id, service_id, *, provider, bucket_path=None, iam_role_arn=None, iam_role_session_name=None, access_key_id=None, secret_access_key=None, container_name=None, connection_string=None))]
    fn update_backup_bucket(
        &self,
        py: Python<'_>,
        organization_id: &Bound<'_, PyAny>,
        service_id: &Bound<'_, PyAny>,
        provider: &Bound<'_, PyAny>,
        bucket_path: Option<&Bound<'_, PyAny>>,
        iam_role_arn: Option<&Bound<'_, PyAny>>,
        iam_role_session_name: Option<&Bound<'_, PyAny>>,
        access_key_id: Option<&Bound<'_, PyAny>>,
        secret_access_key: Option<&Bound<'_, PyAny>>,
        container_name: Option<&Bound<'_, PyAny>>,
        connection_string: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<BucketOut> {
        wait_for(
            py,
            self.api.update_backup_bucket(
                organization_id,
                service_id,
                BucketArgs {
                    provider,
                    bucket_path,
                    iam_role_arn,
                    iam_role_session_name,
                    access_key_id,
                    secret_access_key,
                    container_name,
                    connection_string,
                },
            )?,
        )
    }

    /// Removes the backup bucket; backups go back to ClickHouse Cloud storage.
    fn delete_backup_bucket(
        &self,
        py: Python<'_>,
        organization_id: &Bound<'_, PyAny>,
        service_id: &Bound<'_, PyAny>,
    ) -> PyResult<()> {
        wait_for(
            py,
            self.api.delete_backup_bucket(organization_id, service_id)?,
        )
    }

    #[allow(clippy::too_many_arguments)]
    /// Restores a backup into a new service (the API creates a service from `backupId`).
    #[pyo3(signature = (organization_id, backup_id, *, name, provider, region, **service_options))]
    fn restore_backup(
        &self,
        py: Python<'_>,
        organization_id: &Bound<'_, PyAny>,
        backup_id: &Bound<'_, PyAny>,
        name: &Bound<'_, PyAny>,
        provider: &Bound<'_, PyAny>,
        region: &Bound<'_, PyAny>,
        service_options: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<PyRestoredService> {
        wait_for(
            py,
            self.api.restore_backup(
                organization_id,
                backup_id,
                name,
                provider,
                region,
                service_options,
            )?,
        )
    }

    /// Details of one service.
    fn get_service(
        &self,
        py: Python<'_>,
        organization_id: &Bound<'_, PyAny>,
        service_id: &Bound<'_, PyAny>,
    ) -> PyResult<PyService> {
        wait_for(py, self.api.get_service(organization_id, service_id)?)
    }

    /// Every service of the organization.
    fn list_services(
        &self,
        py: Python<'_>,
        organization_id: &Bound<'_, PyAny>,
    ) -> PyResult<Vec<PyService>> {
        wait_for(py, self.api.list_services(organization_id)?)
    }

    /// Polls until the backup is `done` (returned) or `error` (BackupFailedError); WaitTimeoutError after `timeout` seconds.
    #[pyo3(
        signature = (organization_id, service_id, backup_id, *, timeout=None, poll_interval=None),
        text_signature = "($self, organization_id, service_id, backup_id, *, timeout=3600.0, poll_interval=30.0)"
    )]
    fn wait_for_backup(
        &self,
        py: Python<'_>,
        organization_id: &Bound<'_, PyAny>,
        service_id: &Bound<'_, PyAny>,
        backup_id: &Bound<'_, PyAny>,
        timeout: Option<&Bound<'_, PyAny>>,
        poll_interval: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyBackup> {
        wait_for(
            py,
            self.api.wait_for_backup(
                organization_id,
                service_id,
                backup_id,
                timeout,
                poll_interval,
            )?,
        )
    }

    /// Polls until the service is in `state` (returned) or in a state it cannot leave, such as `failed` (ServiceFailedError); WaitTimeoutError after `timeout` seconds.
    #[pyo3(
        signature = (organization_id, service_id, *, state=None, timeout=None, poll_interval=None),
        text_signature = "($self, organization_id, service_id, *, state='running', timeout=1800.0, poll_interval=15.0)"
    )]
    fn wait_for_service(
        &self,
        py: Python<'_>,
        organization_id: &Bound<'_, PyAny>,
        service_id: &Bound<'_, PyAny>,
        state: Option<&Bound<'_, PyAny>>,
        timeout: Option<&Bound<'_, PyAny>>,
        poll_interval: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyService> {
        wait_for(
            py,
            self.api.wait_for_service(
                organization_id,
                service_id,
                state,
                timeout,
                poll_interval,
            )?,
        )
    }

    /// The newest backup with `status` (any status when None), or None.
    #[pyo3(
        signature = (organization_id, service_id, *, status=Some("done".to_owned())),
        text_signature = "($self, organization_id, service_id, *, status='done')"
    )]
    fn latest_backup(
        &self,
        py: Python<'_>,
        organization_id: &Bound<'_, PyAny>,
        service_id: &Bound<'_, PyAny>,
        status: Option<String>,
    ) -> PyResult<Option<PyBackup>> {
        wait_for(
            py,
            self.api
                .latest_backup(organization_id, service_id, status)?,
        )
    }

    #[getter]
    fn base_url(&self) -> String {
        self.api.core.config().base_url_str().to_owned()
    }

    #[getter]
    fn timeout(&self) -> f64 {
        self.api.core.config().timeout.as_secs_f64()
    }

    #[getter]
    fn max_retries(&self) -> u32 {
        self.api.core.config().max_retries
    }

    /// Requests per 10 s this client sends at most, or None.
    #[getter]
    fn rate_limit(&self) -> Option<u32> {
        self.api.core.config().rate_limit
    }

    /// Seconds after which a call starts no more retries.
    #[getter]
    fn retry_budget(&self) -> f64 {
        self.api.core.config().retry_budget.as_secs_f64()
    }

    /// Connections open at once at most, or None for no cap.
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

    fn __enter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    #[pyo3(signature = (*_args))]
    fn __exit__(&self, _args: &Bound<'_, PyTuple>) -> bool {
        self.api.core.close();
        false
    }

    fn __repr__(&self) -> String {
        describe(&self.api.core, "Client")
    }
}
