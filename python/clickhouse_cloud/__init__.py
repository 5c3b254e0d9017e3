"""clickhouse_cloud: a client for the ClickHouse Cloud API.

import clickhouse_cloud as chc
with chc.Client() as client:    # $CLICKHOUSE_CLOUD_API_KEY / _SECRET
    backup = client.get_backup(org_id, service_id, backup_id)
"""

from ._enums import BackupStatus, BackupType
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClickHouseCloudError,
    InternalServerError,
    InvalidResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from ._native import (
    AwsBackupBucket,
    AzureBackupBucket,
    Backup,
    BackupBucket,
    Client,
    GcpBackupBucket,
    __version__,
)

__all__ = [
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
    "Client",
    "GcpBackupBucket",
    "InternalServerError",
    "InvalidResponseError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "__version__",
]
