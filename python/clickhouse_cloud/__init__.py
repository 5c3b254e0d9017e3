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
from ._resource import NOT_GIVEN, NotGiven, Operation


def operations() -> tuple[Operation, ...]:
    """Every operation of the API: `operation_id`, `http_method`, `path`, `python_name`
    (`"services.update_state"`, the method of `Client` and `AsyncClient`) and `tag`."""
    return resources.OPERATIONS


# The engine raises these classes: bound now, so a missing one fails the import.
_native.bind_exceptions(_errors)

# Stop the I/O runtime before the interpreter finalizes, so no worker thread calls
# into Python while it shuts down.
_atexit.register(_native.shutdown_runtime)

__all__ = [
    "ResultList",
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
