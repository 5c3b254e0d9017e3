"""Stubs for the compiled module `clickhouse_cloud._native` (checked by mypy.stubtest).

The hand-written part of the stubs: the engines, the backup bucket classes and the
sandbox. codegen/generate.py writes python/clickhouse_cloud/_native.pyi from it and the
value classes of the spec.
"""

import datetime
import os
import types
import uuid
from collections.abc import Awaitable, Mapping
from typing import Any, ClassVar, Optional, Union

from typing_extensions import Self, disjoint_base, final

from ._display import ResultList

__version__: str
USER_AGENT: str
# The constructor's defaults (src/core/config.rs).
DEFAULT_TIMEOUT: float
DEFAULT_MAX_RETRIES: int
DEFAULT_MAX_CONNECTIONS: int
DEFAULT_RETRY_BUDGET: float
# The waiters' and jobs' (src/core/waiters.rs).
DEFAULT_BACKUP_WAIT: float
DEFAULT_BACKUP_POLL_INTERVAL: float
DEFAULT_SERVICE_WAIT: float
DEFAULT_SERVICE_POLL_INTERVAL: float

_Id = Union[str, uuid.UUID]

@final
class ClientCore:
    """The engine of `Client`: blocking calls."""

    def __new__(
        cls,
        key_id: Optional[str] = None,
        key_secret: Optional[str] = None,
        *,
        base_url: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        verify: Union[bool, str, os.PathLike[str], None] = None,
        rate_limit: Optional[int] = None,
        max_connections: Optional[int] = ...,
        retry_budget: Optional[float] = None,
    ) -> Self: ...
    def call(
        self,
        index: int,
        path: tuple[Any, ...],
        query: Optional[dict[str, Any]] = None,
        body: Optional[Any] = None,
    ) -> Any:
        """Operation `index` of the generated table (see `Api::call`)."""
    def update_backup_configuration(
        self, organization_id: _Id, service_id: _Id, **fields: Any
    ) -> Any: ...
    def put_backup_bucket(
        self,
        organization_id: _Id,
        service_id: _Id,
        *,
        provider: Any,
        bucket_path: Optional[Any] = None,
        iam_role_arn: Optional[Any] = None,
        iam_role_session_name: Optional[Any] = None,
        iam_role_external_id: Optional[Any] = None,
        access_key_id: Optional[Any] = None,
        secret_access_key: Optional[Any] = None,
        container_name: Optional[Any] = None,
        connection_string: Optional[Any] = None,
        update: bool = False,
    ) -> Any: ...
    def restore_backup(
        self,
        organization_id: _Id,
        backup_id: _Id,
        *,
        name: Any,
        provider: Any,
        region: Any,
        **service_options: Any,
    ) -> Any: ...
    def wait_for_backup(
        self,
        organization_id: _Id,
        service_id: _Id,
        backup_id: _Id,
        *,
        timeout: Optional[Any] = None,
        poll_interval: Optional[Any] = None,
        progress: Optional[Any] = None,
    ) -> Any: ...
    def wait_for_service(
        self,
        organization_id: _Id,
        service_id: _Id,
        *,
        state: Optional[Any] = None,
        timeout: Optional[Any] = None,
        poll_interval: Optional[Any] = None,
        progress: Optional[Any] = None,
    ) -> Any: ...
    def ensure_running(
        self,
        organization_id: _Id,
        service_id: _Id,
        *,
        wait: bool = True,
        timeout: Optional[Any] = None,
        poll_interval: Optional[Any] = None,
        progress: Optional[Any] = None,
    ) -> Any: ...
    def stop_service(
        self,
        organization_id: _Id,
        service_id: _Id,
        *,
        wait: bool = True,
        timeout: Optional[Any] = None,
        poll_interval: Optional[Any] = None,
        progress: Optional[Any] = None,
    ) -> Any: ...
    def delete_service(
        self,
        organization_id: _Id,
        service_id: _Id,
        *,
        stop: bool = True,
        wait: bool = True,
        timeout: Optional[Any] = None,
        poll_interval: Optional[Any] = None,
        progress: Optional[Any] = None,
    ) -> Any: ...
    def wait_for_clickpipe(
        self,
        organization_id: _Id,
        service_id: _Id,
        clickpipe_id: _Id,
        *,
        state: Optional[Any] = None,
        timeout: Optional[Any] = None,
        poll_interval: Optional[Any] = None,
        progress: Optional[Any] = None,
    ) -> Any: ...
    def stop_clickpipe(
        self,
        organization_id: _Id,
        service_id: _Id,
        clickpipe_id: _Id,
        *,
        timeout: Optional[Any] = None,
        poll_interval: Optional[Any] = None,
        progress: Optional[Any] = None,
    ) -> Any: ...
    def start_clickpipe(
        self,
        organization_id: _Id,
        service_id: _Id,
        clickpipe_id: _Id,
        *,
        timeout: Optional[Any] = None,
        poll_interval: Optional[Any] = None,
        progress: Optional[Any] = None,
    ) -> Any: ...
    def usage_costs(
        self, organization_id: _Id, from_date: Any, to_date: Any, *, filters: list[str] = ...
    ) -> Any: ...
    def rotate_key(
        self, organization_id: _Id, key_id: _Id, *, name: Optional[Any] = None
    ) -> Any: ...
    def retire_key(self, organization_id: _Id, key_id: _Id, how: str) -> Any: ...
    def latest_backup(
        self, organization_id: _Id, service_id: _Id, *, status: Optional[str] = None
    ) -> Any: ...
    @property
    def base_url(self) -> str: ...
    @property
    def key_id(self) -> str: ...
    @property
    def timeout(self) -> float: ...
    @property
    def max_retries(self) -> int: ...
    @property
    def rate_limit(self) -> Optional[int]: ...
    @property
    def retry_budget(self) -> float: ...
    @property
    def max_connections(self) -> Optional[int]: ...
    def close(self) -> None:
        """Closes the connection pool. Idempotent; calls after it raise `RuntimeError`."""
    @property
    def closed(self) -> bool: ...
    def describe(self, name: str) -> str:
        """`Client(base_url=..., key_id=...)`, named `name` (the Python class's name)."""

@final
class AsyncClientCore:
    """The engine of `AsyncClient`: calls answer awaitables."""

    def __new__(
        cls,
        key_id: Optional[str] = None,
        key_secret: Optional[str] = None,
        *,
        base_url: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        verify: Union[bool, str, os.PathLike[str], None] = None,
        rate_limit: Optional[int] = None,
        max_connections: Optional[int] = ...,
        retry_budget: Optional[float] = None,
    ) -> Self: ...
    def call(
        self,
        index: int,
        path: tuple[Any, ...],
        query: Optional[dict[str, Any]] = None,
        body: Optional[Any] = None,
    ) -> Awaitable[Any]:
        """Operation `index` of the generated table (see `Api::call`)."""
    def update_backup_configuration(
        self, organization_id: _Id, service_id: _Id, **fields: Any
    ) -> Awaitable[Any]: ...
    def put_backup_bucket(
        self,
        organization_id: _Id,
        service_id: _Id,
        *,
        provider: Any,
        bucket_path: Optional[Any] = None,
        iam_role_arn: Optional[Any] = None,
        iam_role_session_name: Optional[Any] = None,
        iam_role_external_id: Optional[Any] = None,
        access_key_id: Optional[Any] = None,
        secret_access_key: Optional[Any] = None,
        container_name: Optional[Any] = None,
        connection_string: Optional[Any] = None,
        update: bool = False,
    ) -> Awaitable[Any]: ...
    def restore_backup(
        self,
        organization_id: _Id,
        backup_id: _Id,
        *,
        name: Any,
        provider: Any,
        region: Any,
        **service_options: Any,
    ) -> Awaitable[Any]: ...
    def wait_for_backup(
        self,
        organization_id: _Id,
        service_id: _Id,
        backup_id: _Id,
        *,
        timeout: Optional[Any] = None,
        poll_interval: Optional[Any] = None,
        progress: Optional[Any] = None,
    ) -> Awaitable[Any]: ...
    def wait_for_service(
        self,
        organization_id: _Id,
        service_id: _Id,
        *,
        state: Optional[Any] = None,
        timeout: Optional[Any] = None,
        poll_interval: Optional[Any] = None,
        progress: Optional[Any] = None,
    ) -> Awaitable[Any]: ...
    def ensure_running(
        self,
        organization_id: _Id,
        service_id: _Id,
        *,
        wait: bool = True,
        timeout: Optional[Any] = None,
        poll_interval: Optional[Any] = None,
        progress: Optional[Any] = None,
    ) -> Awaitable[Any]: ...
    def stop_service(
        self,
        organization_id: _Id,
        service_id: _Id,
        *,
        wait: bool = True,
        timeout: Optional[Any] = None,
        poll_interval: Optional[Any] = None,
        progress: Optional[Any] = None,
    ) -> Awaitable[Any]: ...
    def delete_service(
        self,
        organization_id: _Id,
        service_id: _Id,
        *,
        stop: bool = True,
        wait: bool = True,
        timeout: Optional[Any] = None,
        poll_interval: Optional[Any] = None,
        progress: Optional[Any] = None,
    ) -> Awaitable[Any]: ...
    def wait_for_clickpipe(
        self,
        organization_id: _Id,
        service_id: _Id,
        clickpipe_id: _Id,
        *,
        state: Optional[Any] = None,
        timeout: Optional[Any] = None,
        poll_interval: Optional[Any] = None,
        progress: Optional[Any] = None,
    ) -> Awaitable[Any]: ...
    def stop_clickpipe(
        self,
        organization_id: _Id,
        service_id: _Id,
        clickpipe_id: _Id,
        *,
        timeout: Optional[Any] = None,
        poll_interval: Optional[Any] = None,
        progress: Optional[Any] = None,
    ) -> Awaitable[Any]: ...
    def start_clickpipe(
        self,
        organization_id: _Id,
        service_id: _Id,
        clickpipe_id: _Id,
        *,
        timeout: Optional[Any] = None,
        poll_interval: Optional[Any] = None,
        progress: Optional[Any] = None,
    ) -> Awaitable[Any]: ...
    def usage_costs(
        self, organization_id: _Id, from_date: Any, to_date: Any, *, filters: list[str] = ...
    ) -> Awaitable[Any]: ...
    def rotate_key(
        self, organization_id: _Id, key_id: _Id, *, name: Optional[Any] = None
    ) -> Awaitable[Any]: ...
    def retire_key(self, organization_id: _Id, key_id: _Id, how: str) -> Awaitable[Any]: ...
    def latest_backup(
        self, organization_id: _Id, service_id: _Id, *, status: Optional[str] = None
    ) -> Awaitable[Any]: ...
    @property
    def base_url(self) -> str: ...
    @property
    def key_id(self) -> str: ...
    @property
    def timeout(self) -> float: ...
    @property
    def max_retries(self) -> int: ...
    @property
    def rate_limit(self) -> Optional[int]: ...
    @property
    def retry_budget(self) -> float: ...
    @property
    def max_connections(self) -> Optional[int]: ...
    def close(self) -> None:
        """Closes the connection pool. Idempotent; calls after it raise `RuntimeError`."""
    @property
    def closed(self) -> bool: ...
    def describe(self, name: str) -> str:
        """`Client(base_url=..., key_id=...)`, named `name` (the Python class's name)."""

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
    def _repr_html_(self) -> str: ...

@final
class AwsBackupBucket(BackupBucket):
    _fields: ClassVar[tuple[str, ...]]
    def __new__(
        cls,
        *,
        bucket_path: Optional[str] = None,
        iam_role_arn: Optional[str] = None,
        iam_role_session_name: Optional[str] = None,
        iam_role_external_id: Optional[str] = None,
        id: Optional[_Id] = None,
    ) -> Self: ...
    @property
    def bucket_path(self) -> Optional[str]: ...
    @property
    def iam_role_arn(self) -> Optional[str]: ...
    @property
    def iam_role_session_name(self) -> Optional[str]: ...
    @property
    def iam_role_external_id(self) -> Optional[str]:
        """The external id the IAM role's trust policy asks for, when it asks for one."""

@final
class GcpBackupBucket(BackupBucket):
    _fields: ClassVar[tuple[str, ...]]
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
    _fields: ClassVar[tuple[str, ...]]
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
    @property
    def transition_seconds(self) -> float: ...
    @transition_seconds.setter
    def transition_seconds(self, value: float) -> None: ...
    def seed(self, path: str, value: Mapping[str, Any], key: Optional[str] = None) -> dict[str, Any]: ...
    def stored(self, path: str) -> Any: ...
    def seed_later(self, path: str, key: str, after: float, fields: Mapping[str, Any]) -> None: ...
    def add_organization(self, organization: Mapping[str, Any]) -> dict[str, Any]: ...
    def add_usage_cost(self, organization_id: _Id, record: Mapping[str, Any]) -> None: ...
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
        method: Optional[str] = None,
        path: Optional[str] = None,
        handled: bool = False,
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
        method: Optional[str] = None,
        path: Optional[str] = None,
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

def bind_exceptions(module: types.ModuleType) -> None:
    """Looks every class up in `module`: the package calls it as it is imported."""
def runtime_started() -> bool: ...
def shutdown_runtime() -> None: ...
def clickpipe_stop_states(pipe: Any) -> tuple[list[str], list[str]]: ...
