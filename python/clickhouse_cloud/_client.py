"""`Client` and `AsyncClient`. Every operation of the API is a method of a resource
namespace (`client.services.list()`, generated in `resources/`); the Backup
operations are also flat methods here (`client.get_backup(org, service, backup)`), with
the waiters. The work happens in Rust (`_native.ClientCore` / `AsyncClientCore`): these
classes hold the configuration and pass arguments through.
"""

from __future__ import annotations

import os
from types import TracebackType
from typing import Any, Optional, Union

from . import resources as api
from ._display import ResultList
from ._jobs import AsyncJobs, Jobs
from ._native import (
    DEFAULT_BACKUP_POLL_INTERVAL,
    DEFAULT_BACKUP_WAIT,
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_RETRY_BUDGET,
    DEFAULT_SERVICE_POLL_INTERVAL,
    DEFAULT_SERVICE_WAIT,
    DEFAULT_TIMEOUT,
    AsyncClientCore,
    AwsBackupBucket,
    AzureBackupBucket,
    Backup,
    BackupBucket,
    BackupConfiguration,
    ClientCore,
    GcpBackupBucket,
    RestoredService,
    Service,
)
from ._progress import ProgressArg, reporter
from ._resource import ENV_ORGANIZATION, Id

__all__ = ["AsyncClient", "Client"]

AnyBucket = Union[AwsBackupBucket, GcpBackupBucket, AzureBackupBucket, BackupBucket]

# Each flat Backup method is this operation of the table.
_GET_BACKUP = api.INDEX["backupGet"]
_LIST_BACKUPS = api.INDEX["backupGetList"]
_GET_BACKUP_CONFIGURATION = api.INDEX["backupConfigurationGet"]
_GET_BACKUP_BUCKET = api.INDEX["backupBucketGet"]
_DELETE_BACKUP_BUCKET = api.INDEX["backupBucketDelete"]
_GET_SERVICE = api.INDEX["instanceGet"]
_LIST_SERVICES = api.INDEX["instanceGetList"]


def _organization(value: Optional[Id]) -> Optional[Id]:
    if value is not None:
        return value
    return os.environ.get(ENV_ORGANIZATION) or None


class Client(api.Namespaces, Jobs):
    """A ClickHouse Cloud API client; one is safe to share between threads.

    Credentials default to $CLICKHOUSE_CLOUD_API_KEY and $CLICKHOUSE_CLOUD_API_SECRET, the
    server to $CLICKHOUSE_CLOUD_API_URL, the organization of the namespaced methods to
    $CLICKHOUSE_CLOUD_ORGANIZATION_ID.
    """

    __slots__ = ("_core", "organization_id")

    def __init__(
        self,
        key_id: Optional[str] = None,
        key_secret: Optional[str] = None,
        *,
        base_url: Optional[str] = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        verify: Union[bool, str, os.PathLike[str]] = True,
        rate_limit: Optional[int] = None,
        max_connections: Optional[int] = DEFAULT_MAX_CONNECTIONS,
        retry_budget: float = DEFAULT_RETRY_BUDGET,
        organization_id: Optional[Id] = None,
    ) -> None:
        self._core = ClientCore(
            key_id,
            key_secret,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            verify=verify,
            rate_limit=rate_limit,
            max_connections=max_connections,
            retry_budget=retry_budget,
        )
        self.organization_id: Optional[Id] = _organization(organization_id)
        """The organization of the namespaced methods when they are given none."""

    # -- the Backup operations, flat ----------------------------------------------------

    def get_backup(self, organization_id: Id, service_id: Id, backup_id: Id) -> Backup:
        """Details of one backup."""
        result: Backup = self._core.call(_GET_BACKUP, (organization_id, service_id, backup_id))
        return result

    def list_backups(self, organization_id: Id, service_id: Id) -> ResultList[Backup]:
        """Every backup of the service, newest first (the server's order)."""
        result: ResultList[Backup] = self._core.call(_LIST_BACKUPS, (organization_id, service_id))
        return result

    def latest_backup(
        self, organization_id: Id, service_id: Id, *, status: Optional[str] = "done"
    ) -> Optional[Backup]:
        """The newest backup with `status` (any status when None), or None."""
        result: Optional[Backup] = self._core.latest_backup(
            organization_id, service_id, status=status
        )
        return result

    def get_backup_configuration(self, organization_id: Id, service_id: Id) -> BackupConfiguration:
        """The service's backup schedule."""
        result: BackupConfiguration = self._core.call(
            _GET_BACKUP_CONFIGURATION, (organization_id, service_id)
        )
        return result

    def update_backup_configuration(
        self, organization_id: Id, service_id: Id, **fields: Any
    ) -> BackupConfiguration:
        """Changes the schedule: `backup_period_in_hours`, `backup_retention_period_in_hours`,
        `backup_start_time`. Only the fields given are sent; `None` resets one to its
        default; none at all raises `ValueError` and sends nothing."""
        result: BackupConfiguration = self._core.update_backup_configuration(
            organization_id, service_id, **fields
        )
        return result

    def get_backup_bucket(self, organization_id: Id, service_id: Id) -> AnyBucket:
        """The service's own backup bucket."""
        result: AnyBucket = self._core.call(_GET_BACKUP_BUCKET, (organization_id, service_id))
        return result

    def create_backup_bucket(
        self,
        organization_id: Id,
        service_id: Id,
        *,
        provider: str,
        bucket_path: Optional[str] = None,
        iam_role_arn: Optional[str] = None,
        iam_role_session_name: Optional[str] = None,
        iam_role_external_id: Optional[str] = None,
        access_key_id: Optional[str] = None,
        secret_access_key: Optional[str] = None,
        container_name: Optional[str] = None,
        connection_string: Optional[str] = None,
    ) -> AnyBucket:
        """Sets up a bucket of your own for the service's backups: `provider` is "AWS"
        (`bucket_path`, `iam_role_arn`, `iam_role_session_name`,
        `iam_role_external_id`), "GCP" (`bucket_path`,
        `access_key_id`, `secret_access_key`) or "AZURE" (`container_name`,
        `connection_string`). The secrets are sent and kept nowhere."""
        result: AnyBucket = self._core.put_backup_bucket(
            organization_id,
            service_id,
            provider=provider,
            bucket_path=bucket_path,
            iam_role_arn=iam_role_arn,
            iam_role_session_name=iam_role_session_name,
            iam_role_external_id=iam_role_external_id,
            access_key_id=access_key_id,
            secret_access_key=secret_access_key,
            container_name=container_name,
            connection_string=connection_string,
        )
        return result

    def update_backup_bucket(
        self,
        organization_id: Id,
        service_id: Id,
        *,
        provider: str,
        bucket_path: Optional[str] = None,
        iam_role_arn: Optional[str] = None,
        iam_role_session_name: Optional[str] = None,
        iam_role_external_id: Optional[str] = None,
        access_key_id: Optional[str] = None,
        secret_access_key: Optional[str] = None,
        container_name: Optional[str] = None,
        connection_string: Optional[str] = None,
    ) -> AnyBucket:
        """Changes the backup bucket (GCP and Azure need their secret again)."""
        result: AnyBucket = self._core.put_backup_bucket(
            organization_id,
            service_id,
            provider=provider,
            bucket_path=bucket_path,
            iam_role_arn=iam_role_arn,
            iam_role_session_name=iam_role_session_name,
            iam_role_external_id=iam_role_external_id,
            access_key_id=access_key_id,
            secret_access_key=secret_access_key,
            container_name=container_name,
            connection_string=connection_string,
            update=True,
        )
        return result

    def delete_backup_bucket(self, organization_id: Id, service_id: Id) -> None:
        """Removes the backup bucket."""
        self._core.call(_DELETE_BACKUP_BUCKET, (organization_id, service_id))

    def restore_backup(
        self,
        organization_id: Id,
        backup_id: Id,
        *,
        name: str,
        provider: str,
        region: str,
        **service_options: Any,
    ) -> RestoredService:
        """Restores a backup into a new service (`min_replica_memory_gb=16`, ... in
        snake_case or camelCase); returns it with its one-time password."""
        result: RestoredService = self._core.restore_backup(
            organization_id,
            backup_id,
            name=name,
            provider=provider,
            region=region,
            **service_options,
        )
        return result

    def get_service(self, organization_id: Id, service_id: Id) -> Service:
        """Details of one service."""
        result: Service = self._core.call(_GET_SERVICE, (organization_id, service_id))
        return result

    def list_services(self, organization_id: Id) -> ResultList[Service]:
        """Every service of the organization."""
        result: ResultList[Service] = self._core.call(_LIST_SERVICES, (organization_id,))
        return result

    def wait_for_backup(
        self,
        organization_id: Id,
        service_id: Id,
        backup_id: Id,
        *,
        timeout: float = DEFAULT_BACKUP_WAIT,
        poll_interval: float = DEFAULT_BACKUP_POLL_INTERVAL,
        progress: ProgressArg = None,
    ) -> Backup:
        """Polls until the backup is `done` (returned); `BackupFailedError` on `error`,
        `WaitTimeoutError` after `timeout` seconds. Answers Ctrl-C."""
        result: Backup = self._core.wait_for_backup(
            organization_id,
            service_id,
            backup_id,
            timeout=timeout,
            poll_interval=poll_interval,
            progress=reporter(progress),
        )
        return result

    def wait_for_service(
        self,
        organization_id: Id,
        service_id: Id,
        *,
        state: str = "running",
        timeout: float = DEFAULT_SERVICE_WAIT,
        poll_interval: float = DEFAULT_SERVICE_POLL_INTERVAL,
        progress: ProgressArg = None,
    ) -> Service:
        """Polls until the service is in `state`; `ServiceFailedError` on a state it cannot
        leave (`failed`, `terminated`, ...), `WaitTimeoutError` after `timeout` seconds."""
        result: Service = self._core.wait_for_service(
            organization_id,
            service_id,
            state=state,
            timeout=timeout,
            poll_interval=poll_interval,
            progress=reporter(progress),
        )
        return result

    # -- configuration and life cycle -------------------------------------------------

    @property
    def base_url(self) -> str:
        return str(self._core.base_url)

    @property
    def timeout(self) -> float:
        return float(self._core.timeout)

    @property
    def max_retries(self) -> int:
        return int(self._core.max_retries)

    @property
    def rate_limit(self) -> Optional[int]:
        limit: Optional[int] = self._core.rate_limit
        return limit

    @property
    def max_connections(self) -> Optional[int]:
        cap: Optional[int] = self._core.max_connections
        return cap

    @property
    def retry_budget(self) -> float:
        return float(self._core.retry_budget)

    @property
    def closed(self) -> bool:
        return bool(self._core.closed)

    def close(self) -> None:
        """Closes the connection pool. Idempotent; calls after it raise `RuntimeError`."""
        self._core.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return str(self._core.describe(type(self).__name__))

    def __reduce__(self) -> Any:
        raise TypeError(f"cannot pickle {type(self).__name__}: it holds a connection pool")


class AsyncClient(api.AsyncNamespaces, AsyncJobs):
    """An asyncio ClickHouse Cloud API client; safe to share between tasks.

    Same arguments as `Client`, same methods, as coroutines. Cancelling the awaiting task
    aborts the request.
    """

    __slots__ = ("_core", "organization_id")

    def __init__(
        self,
        key_id: Optional[str] = None,
        key_secret: Optional[str] = None,
        *,
        base_url: Optional[str] = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        verify: Union[bool, str, os.PathLike[str]] = True,
        rate_limit: Optional[int] = None,
        max_connections: Optional[int] = DEFAULT_MAX_CONNECTIONS,
        retry_budget: float = DEFAULT_RETRY_BUDGET,
        organization_id: Optional[Id] = None,
    ) -> None:
        self._core = AsyncClientCore(
            key_id,
            key_secret,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            verify=verify,
            rate_limit=rate_limit,
            max_connections=max_connections,
            retry_budget=retry_budget,
        )
        self.organization_id: Optional[Id] = _organization(organization_id)
        """The organization of the namespaced methods when they are given none."""

    async def get_backup(self, organization_id: Id, service_id: Id, backup_id: Id) -> Backup:
        """Details of one backup."""
        result: Backup = await self._core.call(
            _GET_BACKUP, (organization_id, service_id, backup_id)
        )
        return result

    async def list_backups(self, organization_id: Id, service_id: Id) -> ResultList[Backup]:
        """Every backup of the service, newest first (the server's order)."""
        result: ResultList[Backup] = await self._core.call(
            _LIST_BACKUPS, (organization_id, service_id)
        )
        return result

    async def latest_backup(
        self, organization_id: Id, service_id: Id, *, status: Optional[str] = "done"
    ) -> Optional[Backup]:
        """The newest backup with `status` (any status when None), or None."""
        result: Optional[Backup] = await self._core.latest_backup(
            organization_id, service_id, status=status
        )
        return result

    async def get_backup_configuration(
        self, organization_id: Id, service_id: Id
    ) -> BackupConfiguration:
        """The service's backup schedule."""
        result: BackupConfiguration = await self._core.call(
            _GET_BACKUP_CONFIGURATION, (organization_id, service_id)
        )
        return result

    async def update_backup_configuration(
        self, organization_id: Id, service_id: Id, **fields: Any
    ) -> BackupConfiguration:
        """Changes the schedule (see `Client.update_backup_configuration`)."""
        result: BackupConfiguration = await self._core.update_backup_configuration(
            organization_id, service_id, **fields
        )
        return result

    async def get_backup_bucket(self, organization_id: Id, service_id: Id) -> AnyBucket:
        """The service's own backup bucket."""
        result: AnyBucket = await self._core.call(_GET_BACKUP_BUCKET, (organization_id, service_id))
        return result

    async def create_backup_bucket(
        self,
        organization_id: Id,
        service_id: Id,
        *,
        provider: str,
        bucket_path: Optional[str] = None,
        iam_role_arn: Optional[str] = None,
        iam_role_session_name: Optional[str] = None,
        iam_role_external_id: Optional[str] = None,
        access_key_id: Optional[str] = None,
        secret_access_key: Optional[str] = None,
        container_name: Optional[str] = None,
        connection_string: Optional[str] = None,
    ) -> AnyBucket:
        """Sets up a bucket of your own for the service's backups (see `Client`)."""
        result: AnyBucket = await self._core.put_backup_bucket(
            organization_id,
            service_id,
            provider=provider,
            bucket_path=bucket_path,
            iam_role_arn=iam_role_arn,
            iam_role_session_name=iam_role_session_name,
            iam_role_external_id=iam_role_external_id,
            access_key_id=access_key_id,
            secret_access_key=secret_access_key,
            container_name=container_name,
            connection_string=connection_string,
        )
        return result

    async def update_backup_bucket(
        self,
        organization_id: Id,
        service_id: Id,
        *,
        provider: str,
        bucket_path: Optional[str] = None,
        iam_role_arn: Optional[str] = None,
        iam_role_session_name: Optional[str] = None,
        iam_role_external_id: Optional[str] = None,
        access_key_id: Optional[str] = None,
        secret_access_key: Optional[str] = None,
        container_name: Optional[str] = None,
        connection_string: Optional[str] = None,
    ) -> AnyBucket:
        """Changes the backup bucket (GCP and Azure need their secret again)."""
        result: AnyBucket = await self._core.put_backup_bucket(
            organization_id,
            service_id,
            provider=provider,
            bucket_path=bucket_path,
            iam_role_arn=iam_role_arn,
            iam_role_session_name=iam_role_session_name,
            iam_role_external_id=iam_role_external_id,
            access_key_id=access_key_id,
            secret_access_key=secret_access_key,
            container_name=container_name,
            connection_string=connection_string,
            update=True,
        )
        return result

    async def delete_backup_bucket(self, organization_id: Id, service_id: Id) -> None:
        """Removes the backup bucket."""
        await self._core.call(_DELETE_BACKUP_BUCKET, (organization_id, service_id))

    async def restore_backup(
        self,
        organization_id: Id,
        backup_id: Id,
        *,
        name: str,
        provider: str,
        region: str,
        **service_options: Any,
    ) -> RestoredService:
        """Restores a backup into a new service; returns it with its one-time password."""
        result: RestoredService = await self._core.restore_backup(
            organization_id,
            backup_id,
            name=name,
            provider=provider,
            region=region,
            **service_options,
        )
        return result

    async def get_service(self, organization_id: Id, service_id: Id) -> Service:
        """Details of one service."""
        result: Service = await self._core.call(_GET_SERVICE, (organization_id, service_id))
        return result

    async def list_services(self, organization_id: Id) -> ResultList[Service]:
        """Every service of the organization."""
        result: ResultList[Service] = await self._core.call(_LIST_SERVICES, (organization_id,))
        return result

    async def wait_for_backup(
        self,
        organization_id: Id,
        service_id: Id,
        backup_id: Id,
        *,
        timeout: float = DEFAULT_BACKUP_WAIT,
        poll_interval: float = DEFAULT_BACKUP_POLL_INTERVAL,
        progress: ProgressArg = None,
    ) -> Backup:
        """Polls until the backup is `done` (returned); `BackupFailedError` on `error`,
        `WaitTimeoutError` after `timeout` seconds. Never blocks the event loop."""
        result: Backup = await self._core.wait_for_backup(
            organization_id,
            service_id,
            backup_id,
            timeout=timeout,
            poll_interval=poll_interval,
            progress=reporter(progress),
        )
        return result

    async def wait_for_service(
        self,
        organization_id: Id,
        service_id: Id,
        *,
        state: str = "running",
        timeout: float = DEFAULT_SERVICE_WAIT,
        poll_interval: float = DEFAULT_SERVICE_POLL_INTERVAL,
        progress: ProgressArg = None,
    ) -> Service:
        """Polls until the service is in `state`; `ServiceFailedError` on a state it cannot
        leave (`failed`, `terminated`, ...), `WaitTimeoutError` after `timeout` seconds."""
        result: Service = await self._core.wait_for_service(
            organization_id,
            service_id,
            state=state,
            timeout=timeout,
            poll_interval=poll_interval,
            progress=reporter(progress),
        )
        return result

    @property
    def base_url(self) -> str:
        return str(self._core.base_url)

    @property
    def timeout(self) -> float:
        return float(self._core.timeout)

    @property
    def max_retries(self) -> int:
        return int(self._core.max_retries)

    @property
    def rate_limit(self) -> Optional[int]:
        limit: Optional[int] = self._core.rate_limit
        return limit

    @property
    def max_connections(self) -> Optional[int]:
        cap: Optional[int] = self._core.max_connections
        return cap

    @property
    def retry_budget(self) -> float:
        return float(self._core.retry_budget)

    @property
    def closed(self) -> bool:
        return bool(self._core.closed)

    async def aclose(self) -> None:
        """Closes the connection pool. Idempotent; calls after it raise `RuntimeError`."""
        self._core.close()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return str(self._core.describe(type(self).__name__))

    def __reduce__(self) -> Any:
        raise TypeError(f"cannot pickle {type(self).__name__}: it holds a connection pool")
