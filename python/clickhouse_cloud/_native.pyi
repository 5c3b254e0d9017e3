"""Stubs for the compiled module `clickhouse_cloud._native` (checked by mypy.stubtest)."""

import datetime
import os
import uuid
from collections.abc import Awaitable, Mapping
from typing import Any, Optional, Union

from typing_extensions import Self, disjoint_base, final

__all__ = [
    "__version__",
    "USER_AGENT",
    "Client",
    "AsyncClientCore",
    "BackupConfiguration",
    "Service",
    "ServiceEndpoint",
    "RestoredService",
    "Backup",
    "BackupBucket",
    "AwsBackupBucket",
    "GcpBackupBucket",
    "AzureBackupBucket",
    "SandboxServer",
    "SandboxRequest",
    "runtime_started",
    "shutdown_runtime",
]

__version__: str
USER_AGENT: str

_Id = Union[str, uuid.UUID]
_AnyBucket = Union[AwsBackupBucket, GcpBackupBucket, AzureBackupBucket, BackupBucket]

@final
class Client:
    """A blocking ClickHouse Cloud API client, safe to share between threads."""

    def __new__(
        cls,
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
    ) -> Self: ...
    def get_backup(self, organization_id: _Id, service_id: _Id, backup_id: _Id) -> Backup:
        """Details of one backup."""
    def list_backups(self, organization_id: _Id, service_id: _Id) -> list[Backup]:
        """Every backup of the service, newest first (the server's order)."""
    def get_backup_configuration(
        self, organization_id: _Id, service_id: _Id
    ) -> BackupConfiguration: ...
    def update_backup_configuration(
        self,
        organization_id: _Id,
        service_id: _Id,
        *,
        backup_period_in_hours: Optional[float] = ...,
        backup_retention_period_in_hours: Optional[float] = ...,
        backup_start_time: Optional[str] = ...,
    ) -> BackupConfiguration:
        """Only the fields given are sent; None resets one to its default."""
    def get_backup_bucket(self, organization_id: _Id, service_id: _Id) -> _AnyBucket: ...
    def create_backup_bucket(
        self,
        organization_id: _Id,
        service_id: _Id,
        *,
        provider: str,
        bucket_path: Optional[str] = None,
        iam_role_arn: Optional[str] = None,
        iam_role_session_name: Optional[str] = None,
        access_key_id: Optional[str] = None,
        secret_access_key: Optional[str] = None,
        container_name: Optional[str] = None,
        connection_string: Optional[str] = None,
    ) -> _AnyBucket: ...
    def update_backup_bucket(
        self,
        organization_id: _Id,
        service_id: _Id,
        *,
        provider: str,
        bucket_path: Optional[str] = None,
        iam_role_arn: Optional[str] = None,
        iam_role_session_name: Optional[str] = None,
        access_key_id: Optional[str] = None,
        secret_access_key: Optional[str] = None,
        container_name: Optional[str] = None,
        connection_string: Optional[str] = None,
    ) -> _AnyBucket: ...
    def delete_backup_bucket(self, organization_id: _Id, service_id: _Id) -> None: ...
    def restore_backup(
        self,
        organization_id: _Id,
        backup_id: _Id,
        *,
        name: str,
        provider: str,
        region: str,
        **service_options: Any,
    ) -> RestoredService: ...
    def get_service(self, organization_id: _Id, service_id: _Id) -> Service: ...
    def list_services(self, organization_id: _Id) -> list[Service]:
        """Every service of the organization."""
    def wait_for_backup(
        self,
        organization_id: _Id,
        service_id: _Id,
        backup_id: _Id,
        *,
        timeout: float = 3600.0,
        poll_interval: float = 30.0,
    ) -> Backup: ...
    def wait_for_service(
        self,
        organization_id: _Id,
        service_id: _Id,
        *,
        state: str = "running",
        timeout: float = 1800.0,
        poll_interval: float = 15.0,
    ) -> Service: ...
    def latest_backup(
        self, organization_id: _Id, service_id: _Id, *, status: Optional[str] = "done"
    ) -> Optional[Backup]: ...
    @property
    def base_url(self) -> str: ...
    @property
    def timeout(self) -> float: ...
    @property
    def max_retries(self) -> int: ...
    @property
    def rate_limit(self) -> Optional[int]: ...
    @property
    def max_connections(self) -> Optional[int]: ...
    @property
    def retry_budget(self) -> float: ...
    @property
    def closed(self) -> bool: ...
    def close(self) -> None: ...
    def __enter__(self) -> Self: ...
    def __exit__(self, *args: object) -> bool: ...

@final
class AsyncClientCore:
    """The engine of `clickhouse_cloud.AsyncClient`: each method returns an asyncio future."""

    def __new__(
        cls,
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
    ) -> Self: ...
    def get_backup(
        self, organization_id: _Id, service_id: _Id, backup_id: _Id
    ) -> Awaitable[Backup]:
        """Details of one backup."""
    def list_backups(self, organization_id: _Id, service_id: _Id) -> Awaitable[list[Backup]]:
        """Every backup of the service, newest first (the server's order)."""
    def get_backup_configuration(
        self, organization_id: _Id, service_id: _Id
    ) -> Awaitable[BackupConfiguration]: ...
    def update_backup_configuration(
        self,
        organization_id: _Id,
        service_id: _Id,
        *,
        backup_period_in_hours: Optional[float] = ...,
        backup_retention_period_in_hours: Optional[float] = ...,
        backup_start_time: Optional[str] = ...,
    ) -> Awaitable[BackupConfiguration]:
        """Only the fields given are sent; None resets one to its default."""
    def get_backup_bucket(self, organization_id: _Id, service_id: _Id) -> Awaitable[_AnyBucket]: ...
    def create_backup_bucket(
        self,
        organization_id: _Id,
        service_id: _Id,
        *,
        provider: str,
        bucket_path: Optional[str] = None,
        iam_role_arn: Optional[str] = None,
        iam_role_session_name: Optional[str] = None,
        access_key_id: Optional[str] = None,
        secret_access_key: Optional[str] = None,
        container_name: Optional[str] = None,
        connection_string: Optional[str] = None,
    ) -> Awaitable[_AnyBucket]: ...
    def update_backup_bucket(
        self,
        organization_id: _Id,
        service_id: _Id,
        *,
        provider: str,
        bucket_path: Optional[str] = None,
        iam_role_arn: Optional[str] = None,
        iam_role_session_name: Optional[str] = None,
        access_key_id: Optional[str] = None,
        secret_access_key: Optional[str] = None,
        container_name: Optional[str] = None,
        connection_string: Optional[str] = None,
    ) -> Awaitable[_AnyBucket]: ...
    def delete_backup_bucket(self, organization_id: _Id, service_id: _Id) -> Awaitable[None]: ...
    def restore_backup(
        self,
        organization_id: _Id,
        backup_id: _Id,
        *,
        name: str,
        provider: str,
        region: str,
        **service_options: Any,
    ) -> Awaitable[RestoredService]: ...
    def get_service(self, organization_id: _Id, service_id: _Id) -> Awaitable[Service]: ...
    def list_services(self, organization_id: _Id) -> Awaitable[list[Service]]: ...
    def wait_for_backup(
        self,
        organization_id: _Id,
        service_id: _Id,
        backup_id: _Id,
        *,
        timeout: float = 3600.0,
        poll_interval: float = 30.0,
    ) -> Awaitable[Backup]: ...
    def wait_for_service(
        self,
        organization_id: _Id,
        service_id: _Id,
        *,
        state: str = "running",
        timeout: float = 1800.0,
        poll_interval: float = 15.0,
    ) -> Awaitable[Service]: ...
    def latest_backup(
        self, organization_id: _Id, service_id: _Id, *, status: Optional[str] = "done"
    ) -> Awaitable[Optional[Backup]]: ...
    @property
    def base_url(self) -> str: ...
    @property
    def timeout(self) -> float: ...
    @property
    def max_retries(self) -> int: ...
    @property
    def rate_limit(self) -> Optional[int]: ...
    @property
    def max_connections(self) -> Optional[int]: ...
    @property
    def retry_budget(self) -> float: ...
    @property
    def closed(self) -> bool: ...
    def close(self) -> None: ...

@final
class BackupConfiguration:
    """A service's backup schedule; an immutable value."""

    def __new__(
        cls,
        *,
        backup_period_in_hours: Optional[float] = None,
        backup_retention_period_in_hours: Optional[float] = None,
        backup_start_time: Optional[str] = None,
    ) -> Self: ...
    @property
    def backup_period_in_hours(self) -> Union[int, float, None]: ...
    @property
    def backup_retention_period_in_hours(self) -> Union[int, float, None]: ...
    @property
    def backup_start_time(self) -> Optional[str]: ...
    def to_dict(self) -> dict[str, Any]: ...
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BackupConfiguration: ...
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any) -> Self: ...

@final
class Service:
    """A ClickHouse Cloud service; an immutable value."""

    @property
    def id(self) -> Optional[uuid.UUID]: ...
    @property
    def name(self) -> Optional[str]: ...
    @property
    def provider(self) -> Optional[str]: ...
    @property
    def region(self) -> Optional[str]: ...
    @property
    def state(self) -> Optional[str]: ...
    @property
    def clickhouse_version(self) -> Optional[str]: ...
    @property
    def created_at(self) -> Optional[datetime.datetime]: ...
    @property
    def endpoints(self) -> list[ServiceEndpoint]: ...
    def to_dict(self) -> dict[str, Any]: ...
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Service: ...
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any) -> Self: ...

@final
class ServiceEndpoint:
    @property
    def protocol(self) -> Optional[str]: ...
    @property
    def host(self) -> Optional[str]: ...
    @property
    def port(self) -> Optional[int]: ...
    @property
    def username(self) -> Optional[str]: ...
    def to_dict(self) -> dict[str, Any]: ...
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ServiceEndpoint: ...
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class RestoredService:
    """The service `restore_backup` created and its one-time password (not in the repr)."""

    def __new__(cls, service: Service, password: Optional[str] = None) -> Self: ...
    @property
    def service(self) -> Service: ...
    @property
    def password(self) -> Optional[str]: ...
    def to_dict(self, *, include_password: bool = False) -> dict[str, Any]: ...
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...

@final
class Backup:
    """One backup of a service; an immutable value."""

    def __new__(
        cls,
        *,
        id: Optional[_Id] = None,
        status: Optional[str] = None,
        service_id: Optional[str] = None,
        started_at: Optional[datetime.datetime] = None,
        finished_at: Optional[datetime.datetime] = None,
        size_in_bytes: Optional[int] = None,
        duration_in_seconds: Optional[float] = None,
        type: Optional[str] = None,
        backup_name: Optional[str] = None,
        bucket: Optional[BackupBucket] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[uuid.UUID]: ...
    @property
    def status(self) -> Optional[str]:
        """`"done"`, `"error"`, `"in_progress"`, or a new value verbatim."""
    @property
    def service_id(self) -> Optional[str]: ...
    @property
    def started_at(self) -> Optional[datetime.datetime]: ...
    @property
    def finished_at(self) -> Optional[datetime.datetime]: ...
    @property
    def size_in_bytes(self) -> Optional[int]: ...
    @property
    def duration_in_seconds(self) -> Optional[float]: ...
    @property
    def type(self) -> Optional[str]: ...
    @property
    def backup_name(self) -> Optional[str]: ...
    @property
    def bucket(self) -> Optional[BackupBucket]: ...
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this backup came in, for support tickets and
        logs; None when built locally. Not compared, hashed, pickled or in `to_dict()`."""
    def to_dict(self) -> dict[str, Any]: ...
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Backup: ...
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any) -> Self: ...

@disjoint_base
class BackupBucket:
    """A customer-owned backup bucket; `provider` tells which subclass it is."""

    @property
    def provider(self) -> Optional[str]: ...
    @property
    def id(self) -> Optional[uuid.UUID]: ...
    def to_dict(self) -> dict[str, Any]: ...
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BackupBucket: ...
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any) -> Self: ...

@final
class AwsBackupBucket(BackupBucket):
    def __new__(
        cls,
        *,
        bucket_path: Optional[str] = None,
        iam_role_arn: Optional[str] = None,
        iam_role_session_name: Optional[str] = None,
        id: Optional[_Id] = None,
    ) -> Self: ...
    @property
    def bucket_path(self) -> Optional[str]: ...
    @property
    def iam_role_arn(self) -> Optional[str]: ...
    @property
    def iam_role_session_name(self) -> Optional[str]: ...

@final
class GcpBackupBucket(BackupBucket):
    def __new__(
        cls,
        *,
        bucket_path: Optional[str] = None,
        access_key_id: Optional[str] = None,
        id: Optional[_Id] = None,
    ) -> Self: ...
    @property
    def bucket_path(self) -> Optional[str]: ...
    @property
    def access_key_id(self) -> Optional[str]: ...

@final
class AzureBackupBucket(BackupBucket):
    def __new__(cls, *, container_name: Optional[str] = None, id: Optional[_Id] = None) -> Self: ...
    @property
    def container_name(self) -> Optional[str]: ...

@final
class SandboxServer:
    def __new__(
        cls,
        key_id: str,
        key_secret: str,
        *,
        port: int = 0,
        rate_limit: Optional[int] = None,
        provisioning_seconds: float = 2.0,
    ) -> Self: ...
    @property
    def url(self) -> str: ...
    @property
    def port(self) -> int: ...
    def add_backup(
        self, organization_id: _Id, service_id: _Id, backup: Mapping[str, Any]
    ) -> None: ...
    @property
    def provisioning_seconds(self) -> float: ...
    @provisioning_seconds.setter
    def provisioning_seconds(self, value: float) -> None: ...
    def add_backup_finishing(
        self,
        organization_id: _Id,
        service_id: _Id,
        backup: Mapping[str, Any],
        after: float,
        final_fields: Mapping[str, Any],
    ) -> None: ...
    def add_service(self, organization_id: _Id, service: Mapping[str, Any]) -> dict[str, Any]: ...
    def set_service_state(self, organization_id: _Id, service_id: _Id, state: str) -> None: ...
    def service(self, organization_id: _Id, service_id: _Id) -> Optional[dict[str, Any]]: ...
    def set_backup_configuration(
        self, organization_id: _Id, service_id: _Id, config: Mapping[str, Any]
    ) -> dict[str, Any]: ...
    def backup_configuration(
        self, organization_id: _Id, service_id: _Id
    ) -> Optional[dict[str, Any]]: ...
    def set_basic_tier(self, organization_id: _Id, service_id: _Id, on: bool) -> None: ...
    def set_backup_bucket(
        self, organization_id: _Id, service_id: _Id, bucket: Optional[Mapping[str, Any]]
    ) -> Optional[dict[str, Any]]: ...
    def backup_bucket(self, organization_id: _Id, service_id: _Id) -> Optional[dict[str, Any]]: ...
    def backup_bucket_secret(self, organization_id: _Id, service_id: _Id) -> Optional[str]: ...
    def requests(self) -> list[SandboxRequest]: ...
    def set_recording(self, on: bool) -> None: ...
    def clear_requests(self) -> None: ...
    def push_fault(
        self,
        *,
        status: Optional[int] = None,
        body: Optional[bytes] = None,
        headers: Optional[list[tuple[str, str]]] = None,
        delay: float = 0.0,
        drop: bool = False,
        times: int = 1,
    ) -> None: ...
    def push_stream_fault(
        self,
        *,
        status: int = 200,
        headers: Optional[list[tuple[str, str]]] = None,
        pattern: Optional[bytes] = None,
        total_bytes: int = 0,
        chunk_size: int = 65536,
        pause: float = 0.0,
        content_length: Optional[int] = None,
        abort: bool = False,
        delay: float = 0.0,
        times: int = 1,
    ) -> None: ...
    def clear_faults(self) -> None: ...
    @property
    def in_flight(self) -> int: ...
    def connection_stats(self) -> tuple[int, int, int]: ...
    def reset_peak_connections(self) -> None: ...
    @property
    def pending_faults(self) -> int: ...
    def close(self) -> None: ...
    @property
    def closed(self) -> bool: ...

@final
class SandboxRequest:
    @property
    def method(self) -> str: ...
    @property
    def path(self) -> str: ...
    @property
    def query(self) -> Optional[str]: ...
    @property
    def headers(self) -> dict[str, str]: ...
    @property
    def body(self) -> bytes: ...
    @property
    def at(self) -> float: ...
    @property
    def connection(self) -> int: ...
    @property
    def client_port(self) -> int: ...
    def json(self) -> Any: ...

def runtime_started() -> bool: ...
def shutdown_runtime() -> None: ...
