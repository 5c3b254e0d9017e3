"""`AsyncClient`: the same constructor and methods as `Client`, as coroutines.

The work happens in Rust (`_native.AsyncClientCore`) on the extension's own I/O
runtime; these `async def` methods only await it, so they behave as coroutines
everywhere (`asyncio.create_task`, `gather`, `wait_for`, Jupyter's running loop), and
cancelling the awaiting task aborts the request.
"""

from __future__ import annotations

import os
import uuid
from typing import Any, Optional, Union

from ._native import (
    AsyncClientCore,
    AwsBackupBucket,
    AzureBackupBucket,
    Backup,
    BackupBucket,
    BackupConfiguration,
    GcpBackupBucket,
    RestoredService,
    Service,
)

__all__ = ["AsyncClient"]

Id = Union[str, uuid.UUID]
AnyBucket = Union[AwsBackupBucket, GcpBackupBucket, AzureBackupBucket, BackupBucket]


class AsyncClient:
    """An asyncio ClickHouse Cloud API client; safe to share between tasks.

    Same arguments as `Client`: credentials default to $CLICKHOUSE_CLOUD_API_KEY and
    $CLICKHOUSE_CLOUD_API_SECRET, the server to $CLICKHOUSE_CLOUD_API_URL.
    """

    __slots__ = ("_core",)

    def __init__(
        self,
        key_id: Optional[str] = None,
        key_secret: Optional[str] = None,
        *,
        base_url: Optional[str] = None,
        timeout: float = 30.0,
        max_retries: int = 3,
        verify: Union[bool, str, os.PathLike[str]] = True,
        rate_limit: Optional[int] = None,
        max_connections: Optional[int] = 100,
        retry_budget: float = 120.0,
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

    async def get_backup(self, organization_id: Id, service_id: Id, backup_id: Id) -> Backup:
        """Details of one backup."""
        return await self._core.get_backup(organization_id, service_id, backup_id)

    async def list_backups(self, organization_id: Id, service_id: Id) -> list[Backup]:
        """Every backup of the service, newest first (the server's order)."""
        return await self._core.list_backups(organization_id, service_id)

    async def get_backup_configuration(
        self, organization_id: Id, service_id: Id
    ) -> BackupConfiguration:
        """The service's backup schedule."""
        return await self._core.get_backup_configuration(organization_id, service_id)

    async def update_backup_configuration(
        self, organization_id: Id, service_id: Id, **fields: Any
    ) -> BackupConfiguration:
        """Changes the schedule: `backup_period_in_hours`, `backup_retention_period_in_hours`,
        `backup_start_time`. Only the fields given are sent; `None` resets one to its
        default; none at all raises `ValueError` and sends nothing."""
        return await self._core.update_backup_configuration(organization_id, service_id, **fields)

    async def get_backup_bucket(self, organization_id: Id, service_id: Id) -> AnyBucket:
        """The service's own backup bucket."""
        return await self._core.get_backup_bucket(organization_id, service_id)

    async def create_backup_bucket(
        self,
        organization_id: Id,
        service_id: Id,
        *,
        provider: str,
        bucket_path: Optional[str] = None,
        iam_role_arn: Optional[str] = None,
        iam_role_session_name: Optional[str] = None,
        access_key_id: Optional[str] = None,
        secret_access_key: Optional[str] = None,
        container_name: Optional[str] = None,
        connection_string: Optional[str] = None,
    ) -> AnyBucket:
        """Sets up a bucket of your own for the service's backups (see `Client`)."""
        return await self._core.create_backup_bucket(
            organization_id,
            service_id,
            provider=provider,
            bucket_path=bucket_path,
            iam_role_arn=iam_role_arn,
            iam_role_session_name=iam_role_session_name,
            access_key_id=access_key_id,
            secret_access_key=secret_access_key,
            container_name=container_name,
            connection_string=connection_string,
        )

    async def update_backup_bucket(
        self,
        organization_id: Id,
        service_id: Id,
        *,
        provider: str,
        bucket_path: Optional[str] = None,
        iam_role_arn: Optional[str] = None,
        iam_role_session_name: Optional[str] = None,
        access_key_id: Optional[str] = None,
        secret_access_key: Optional[str] = None,
        container_name: Optional[str] = None,
        connection_string: Optional[str] = None,
    ) -> AnyBucket:
        """Changes the backup bucket (GCP and Azure need their secret again)."""
        return await self._core.update_backup_bucket(
            organization_id,
            service_id,
            provider=provider,
            bucket_path=bucket_path,
            iam_role_arn=iam_role_arn,
            iam_role_session_name=iam_role_session_name,
            access_key_id=access_key_id,
            secret_access_key=secret_access_key,
            container_name=container_name,
            connection_string=connection_string,
        )

    async def delete_backup_bucket(self, organization_id: Id, service_id: Id) -> None:
        """Removes the backup bucket."""
        await self._core.delete_backup_bucket(organization_id, service_id)

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
        return await self._core.restore_backup(
            organization_id,
            backup_id,
            name=name,
            provider=provider,
            region=region,
            **service_options,
        )

    async def get_service(self, organization_id: Id, service_id: Id) -> Service:
        """Details of one service."""
        return await self._core.get_service(organization_id, service_id)

    async def list_services(self, organization_id: Id) -> list[Service]:
        """Every service of the organization."""
        return await self._core.list_services(organization_id)

    async def wait_for_backup(
        self,
        organization_id: Id,
        service_id: Id,
        backup_id: Id,
        *,
        timeout: float = 3600.0,
        poll_interval: float = 30.0,
    ) -> Backup:
        """Polls until the backup is `done` (returned); `BackupFailedError` on `error`,
        `WaitTimeoutError` after `timeout` seconds. Never blocks the event loop."""
        return await self._core.wait_for_backup(
            organization_id, service_id, backup_id, timeout=timeout, poll_interval=poll_interval
        )

    async def wait_for_service(
        self,
        organization_id: Id,
        service_id: Id,
        *,
        state: str = "running",
        timeout: float = 1800.0,
        poll_interval: float = 15.0,
    ) -> Service:
        """Polls until the service is in `state`; `ServiceFailedError` on a state it cannot
        leave (`failed`, `terminated`, ...), `WaitTimeoutError` after `timeout` seconds."""
        return await self._core.wait_for_service(
            organization_id, service_id, state=state, timeout=timeout, poll_interval=poll_interval
        )

    async def latest_backup(
        self, organization_id: Id, service_id: Id, *, status: Optional[str] = "done"
    ) -> Optional[Backup]:
        """The newest backup with `status` (any status when None), or None."""
        return await self._core.latest_backup(organization_id, service_id, status=status)

    @property
    def base_url(self) -> str:
        return self._core.base_url

    @property
    def timeout(self) -> float:
        return self._core.timeout

    @property
    def max_retries(self) -> int:
        return self._core.max_retries

    @property
    def rate_limit(self) -> Optional[int]:
        return self._core.rate_limit

    @property
    def max_connections(self) -> Optional[int]:
        return self._core.max_connections

    @property
    def retry_budget(self) -> float:
        return self._core.retry_budget

    @property
    def closed(self) -> bool:
        return self._core.closed

    async def aclose(self) -> None:
        """Closes the connection pool. Idempotent; calls after it raise `RuntimeError`."""
        self._core.close()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._core.close()

    def __reduce__(self) -> Any:
        raise TypeError("cannot pickle 'AsyncClient' object")

    def __repr__(self) -> str:
        return repr(self._core)
