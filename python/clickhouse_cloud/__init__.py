"""clickhouse_cloud: a client for the ClickHouse Cloud API.

import clickhouse_cloud as chc
with chc.Client() as client:    # $CLICKHOUSE_CLOUD_API_KEY / _SECRET
    backup = client.get_backup(org_id, service_id, backup_id)
"""

import atexit as _atexit

from . import _errors, _native, resources
from ._client import AsyncClient, Client
from ._display import ResultList
from ._enums import BackupStatus, BackupType
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BackupFailedError,
    BadRequestError,
    ClickHouseCloudError,
    ClickPipeFailedError,
    InternalServerError,
    InvalidResponseError,
    KeyRotationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServiceFailedError,
    WaitTimeoutError,
)
from ._native import (
    ApiKey,
    AwsBackupBucket,
    AzureBackupBucket,
    Backup,
    BackupBucket,
    BackupConfiguration,
    ClickPipe,
    CreatedKey,
    GcpBackupBucket,
    RestoredService,
    Service,
    ServiceEndpoint,
    UsageCost,
    UsageCostRecord,
    __version__,
)
from ._paging import AsyncPager, Pager
from ._resource import NOT_GIVEN, NotGiven, Operation


def operations() -> tuple[Operation, ...]:
    """Every operation of the API: `operation_id`, `http_method`, `path`, `python_name`
    (`"services.update_state"`, the method of `Client` and `AsyncClient`), `tag`,
    `permissions` (the API-key permission ids the spec says it needs, in its order;
    empty where it names none) and `deprecated`."""
    return resources.OPERATIONS


def __getattr__(name: str) -> type:
    """Every value class of the API (`chc.WhoamiApiKey`), not only those imported above:
    the classes say they live here, so pickling and `from_dict()` find them."""
    value = getattr(_native, name, None)
    if isinstance(value, type) and not name.startswith("_"):
        return value
    raise AttributeError(f"module 'clickhouse_cloud' has no attribute {name!r}")


# The engine raises these classes: bound now, so a missing one fails the import.
_native.bind_exceptions(_errors)

# Stop the I/O runtime before the interpreter finalizes, so no worker thread calls
# into Python while it shuts down.
_atexit.register(_native.shutdown_runtime)

__all__ = [
    "ResultList",
    "Pager",
    "AsyncPager",
    "ApiKey",
    "ClickPipe",
    "CreatedKey",
    "UsageCost",
    "UsageCostRecord",
    "AsyncClient",
    "BackupConfiguration",
    "BackupFailedError",
    "RestoredService",
    "Service",
    "ServiceEndpoint",
    "ServiceFailedError",
    "WaitTimeoutError",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "AwsBackupBucket",
    "AzureBackupBucket",
    "Backup",
    "BackupBucket",
    "BackupStatus",
    "BackupType",
    "BadRequestError",
    "ClickHouseCloudError",
    "ClickPipeFailedError",
    "KeyRotationError",
    "Client",
    "GcpBackupBucket",
    "InternalServerError",
    "InvalidResponseError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "__version__",
    "NOT_GIVEN",
    "NotGiven",
    "Operation",
    "operations",
]
