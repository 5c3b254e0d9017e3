# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""Stubs for the compiled module `clickhouse_cloud._native` (checked by mypy.stubtest).

The hand-written part of the stubs: the engines, the backup bucket classes and the
sandbox. codegen/generate.py writes python/clickhouse_cloud/_native.pyi from it and the
value classes of the spec.

generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit (and codegen/templates/_native.pyi).
"""

import datetime
import os
import types
import uuid
from collections.abc import Awaitable, Mapping
from typing import Any, ClassVar, Optional, Union

from typing_extensions import Self, disjoint_base, final

from ._display import ResultList

__all__ = [
    'ActiveBalance',
    'ActiveBalances',
    'Activity',
    'ApiKey',
    'AssignedRole',
    'AsyncClientCore',
    'AwsBackupBucket',
    'AzureBackupBucket',
    'Backup',
    'BackupBucket',
    'BackupConfiguration',
    'ByocConfig',
    'ByocInfrastructureDetails',
    'ByocInfrastructurePrivateEndpointConfig',
    'ByocInfrastructureProgress',
    'ByocInfrastructureProgressStage',
    'ByocInfrastructureTagsResponse',
    'ByocInfrastructureValidation',
    'ByocInfrastructureValidationCheck',
    'ClickPipe',
    'ClickPipeBigQueryPipeSettings',
    'ClickPipeBigQueryPipeTableMapping',
    'ClickPipeBigQueryServiceAccountSource',
    'ClickPipeBigQueryWorkloadIdentitySource',
    'ClickPipeDestination',
    'ClickPipeDestinationColumn',
    'ClickPipeDestinationTableDefinition',
    'ClickPipeDestinationTableEngine',
    'ClickPipeFieldMapping',
    'ClickPipeKafkaConfluentSchemaRegistry',
    'ClickPipeKafkaGlueSchemaRegistry',
    'ClickPipeKafkaOffset',
    'ClickPipeKafkaSource',
    'ClickPipeKinesisSchemaRegistry',
    'ClickPipeKinesisSource',
    'ClickPipeMongoDBPipeColumn',
    'ClickPipeMongoDBPipeSettings',
    'ClickPipeMongoDBPipeTableMapping',
    'ClickPipeMongoDBSource',
    'ClickPipeMongoDBStructuredIngestion',
    'ClickPipeMySQLPipeSettings',
    'ClickPipeMySQLPipeTableMapping',
    'ClickPipeMySQLSource',
    'ClickPipeObjectStorageSource',
    'ClickPipePostgresPipeSettings',
    'ClickPipePostgresPipeTableMapping',
    'ClickPipePostgresSource',
    'ClickPipePubSubSource',
    'ClickPipeScaling',
    'ClickPipeSchemaDiscoveryField',
    'ClickPipeSchemaDiscoveryResponse',
    'ClickPipeSettings',
    'ClickPipeSource',
    'ClickPipesCdcScaling',
    'ClickPipesGcpWorkloadIdentityContext',
    'ClickPipesServiceContext',
    'ClickStackAggregatedColumn',
    'ClickStackAlertChannelEmail',
    'ClickStackAlertExecutionError',
    'ClickStackAlertLineBuilderChartConfig',
    'ClickStackAlertResponse',
    'ClickStackAlertSilenced',
    'ClickStackClickHouseCASLPermission',
    'ClickStackClickHouseCASLPermissionConditions',
    'ClickStackClickHouseCASLPermissionConditionsFrom',
    'ClickStackDashboardContainer',
    'ClickStackDashboardContainerTab',
    'ClickStackDashboardResponse',
    'ClickStackFilterSettingsColumn',
    'ClickStackFormula',
    'ClickStackGenericWebhook',
    'ClickStackHighlightedAttributeExpression',
    'ClickStackIncidentIOWebhook',
    'ClickStackLineBuilderChartConfig',
    'ClickStackLogSource',
    'ClickStackLogSourceMetadataMaterializedViews',
    'ClickStackMaterializedView',
    'ClickStackMetricSource',
    'ClickStackMetricSourceFrom',
    'ClickStackMetricTables',
    'ClickStackMongoDBCASLPermission',
    'ClickStackNumberFormat',
    'ClickStackPagerDutyAPIWebhook',
    'ClickStackPrometheusLabelFilter',
    'ClickStackPromqlSource',
    'ClickStackQueryExpressionFilter',
    'ClickStackQuerySetting',
    'ClickStackRole',
    'ClickStackSavedSearch',
    'ClickStackSavedSearchFilter',
    'ClickStackSelectItem',
    'ClickStackSessionSource',
    'ClickStackSlackAPIWebhook',
    'ClickStackSlackWebhook',
    'ClickStackSourceFilter',
    'ClickStackSourceFilterSettings',
    'ClickStackSourceFrom',
    'ClickStackSqlSavedFilterValue',
    'ClickStackStaticListFilter',
    'ClickStackTileOutput',
    'ClickStackTraceSource',
    'ClickStackTraceSourceMetadataMaterializedViews',
    'ClickStackValidateDashboardError',
    'ClickStackValidateDashboardResponse',
    'ClickStackValidateWebhookResponse',
    'ClickStackValidateWebhookResponseErrorsItem',
    'ClickStackVariableSavedFilterValue',
    'ClientCore',
    'CreatedKey',
    'CreditBalance',
    'CreditBalances',
    'CurrentScaling',
    'CustomPrivateDnsMapping',
    'DEFAULT_BACKUP_POLL_INTERVAL',
    'DEFAULT_BACKUP_WAIT',
    'DEFAULT_MAX_CONNECTIONS',
    'DEFAULT_MAX_RETRIES',
    'DEFAULT_RETRY_BUDGET',
    'DEFAULT_SERVICE_POLL_INTERVAL',
    'DEFAULT_SERVICE_WAIT',
    'DEFAULT_TIMEOUT',
    'GcpBackupBucket',
    'InstancePrivateEndpoint',
    'Invitation',
    'IpAccessListEntry',
    'Member',
    'Notification',
    'NotificationType',
    'Organization',
    'OrganizationCapabilities',
    'OrganizationCloudRegionPrivateEndpointConfig',
    'OrganizationPrivateEndpoint',
    'OrganizationQuota',
    'PgConfig',
    'PostgresBackup',
    'PostgresInstanceConfig',
    'PostgresInstanceUpdateConfigResponse',
    'PostgresIpAccessListEntry',
    'PostgresLogEntry',
    'PostgresMetric',
    'PostgresMetricDataPoint',
    'PostgresMetricSeries',
    'PostgresMetrics',
    'PostgresQueryExecution',
    'PostgresService',
    'PostgresServiceListItem',
    'PostgresServicePasswordResource',
    'PostgresSlowQueryPattern',
    'PostgresSlowQueryPatternDetail',
    'PrivateEndpointConfig',
    'PrometheusDiscoveryLabels',
    'PrometheusDiscoveryTargetGroup',
    'PublicQueryApiEndpoint',
    'PublicQueryApiEndpointListItem',
    'PublicSavedQuery',
    'PublicSavedQueryListItem',
    'RBACPolicy',
    'RBACPolicyTags',
    'RBACRole',
    'ReplicaAwareRouting',
    'ResourceTagsV1',
    'RestoredService',
    'ReversePrivateEndpoint',
    'ReversePrivateEndpointDnsTarget',
    'ReversePrivateEndpointPrivateDnsMapping',
    'SandboxRequest',
    'SandboxServer',
    'ScalingSchedule',
    'ScalingScheduleBaseConfig',
    'ScalingScheduleEntry',
    'Service',
    'ServiceClickhouseSetting',
    'ServiceClickhouseSettingSchemaEntry',
    'ServiceClickhouseSettingWarning',
    'ServiceClickhouseSettingsList',
    'ServiceClickhouseSettingsPatchResponse',
    'ServiceClickhouseSettingsSchema',
    'ServiceEndpoint',
    'ServicePasswordPatchResponse',
    'ServiceProfile',
    'ServiceQueryAPIEndpoint',
    'ServiceScalingPatchResponse',
    'Snapshot',
    'SnapshotConfiguration',
    'USER_AGENT',
    'Udf',
    'UdfArgumentOutput',
    'UdfAttachment',
    'UdfUploadSession',
    'UpgradeWindow',
    'UsageCost',
    'UsageCostMetrics',
    'UsageCostRecord',
    'WhoamiApiKey',
    'WhoamiOrganization',
    'WhoamiUser',
    '__version__',
    'bind_exceptions',
    'clickpipe_stop_states',
    'runtime_started',
    'shutdown_runtime',
]

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

@final
class ActiveBalance:
    """ActiveBalance, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[_Id] = None,
        remaining_prepaid_credits: Optional[float] = None,
        total_amount: Optional[float] = None,
        amount_spent: Optional[float] = None,
        start_date: Optional[datetime.datetime] = None,
        expiration_date: Optional[datetime.datetime] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[uuid.UUID]:
        """Unique ID of the prepaid balance."""
    @property
    def remaining_prepaid_credits(self) -> Optional[float]:
        """Remaining credits available on this balance, in ClickHouse Credits (CHCs)."""
    @property
    def total_amount(self) -> Optional[float]:
        """Total credits granted on this balance, in ClickHouse Credits (CHCs)."""
    @property
    def amount_spent(self) -> Optional[float]:
        """Credits spent from this balance, in ClickHouse Credits (CHCs)."""
    @property
    def start_date(self) -> Optional[datetime.datetime]:
        """Date the balance became active. ISO-8601, based on the UTC timezone."""
    @property
    def expiration_date(self) -> Optional[datetime.datetime]:
        """Date the balance expires. ISO-8601, based on the UTC timezone."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ActiveBalances:
    """ActiveBalances, as the API answers it."""
    def __new__(
        cls,
        *,
        total_remaining_prepaid_credits: Optional[float] = None,
        prepaid_balances: Optional[list[Union[ActiveBalance, Mapping[str, Any]]]] = None,
    ) -> Self: ...
    @property
    def total_remaining_prepaid_credits(self) -> Optional[float]:
        """Total remaining credits across all active prepaid balances, in ClickHouse Credits (CHCs)."""
    @property
    def prepaid_balances(self) -> Optional[ResultList[ActiveBalance]]:
        """List of active prepaid balances for the organization."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class Activity:
    """Activity, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[str] = None,
        created_at: Optional[datetime.datetime] = None,
        type: Optional[str] = None,
        actor_type: Optional[str] = None,
        actor_id: Optional[str] = None,
        actor_details: Optional[str] = None,
        actor_ip_address: Optional[str] = None,
        organization_id: Optional[str] = None,
        service_id: Optional[str] = None,
        user_agent: Optional[str] = None,
        target_key_id: Optional[str] = None,
        key_update_type: Optional[str] = None,
        target_role_ids: Optional[list[str]] = None,
        target_role_names: Optional[list[str]] = None,
        target_actor_ids: Optional[list[str]] = None,
        target_resource_ids: Optional[list[str]] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[str]:
        """Unique activity ID."""
    @property
    def created_at(self) -> Optional[datetime.datetime]:
        """Timestamp of the activity. ISO-8601."""
    @property
    def type(self) -> Optional[str]:
        """Type of the activity."""
    @property
    def actor_type(self) -> Optional[str]:
        """Type of the actor: 'user', 'support', 'system', 'api'."""
    @property
    def actor_id(self) -> Optional[str]:
        """Unique actor ID."""
    @property
    def actor_details(self) -> Optional[str]:
        """Additional information about the actor."""
    @property
    def actor_ip_address(self) -> Optional[str]:
        """IP address of the actor. Defined for 'user' and 'api' actor types."""
    @property
    def organization_id(self) -> Optional[str]:
        """Scope of the activity: organization ID this activity is related to."""
    @property
    def service_id(self) -> Optional[str]:
        """Scope of the activity: service ID this activity is related to."""
    @property
    def user_agent(self) -> Optional[str]:
        """User agent of the actor"""
    @property
    def target_key_id(self) -> Optional[str]:
        """For 'openapi_key_update' activities: the ID of the API key that was updated."""
    @property
    def key_update_type(self) -> Optional[str]:
        """For 'openapi_key_update' activities: the type of update that was performed."""
    @property
    def target_role_ids(self) -> Optional[ResultList[str]]:
        """For role and actor-role activities: IDs of the affected roles."""
    @property
    def target_role_names(self) -> Optional[ResultList[str]]:
        """For role and actor-role activities: names of the affected roles, when recorded."""
    @property
    def target_actor_ids(self) -> Optional[ResultList[str]]:
        """For 'organization_member_update_roles' and 'organization_member_remove_roles' activities: IDs of the affected actors (e.g. 'user/<id>')."""
    @property
    def target_resource_ids(self) -> Optional[ResultList[str]]:
        """For 'role_resources_delete' activities: IDs of the deleted resources the roles referenced."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ApiKey:
    """ApiKey, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[_Id] = None,
        name: Optional[str] = None,
        state: Optional[str] = None,
        roles: Optional[list[str]] = None,
        assigned_roles: Optional[list[Union[AssignedRole, Mapping[str, Any]]]] = None,
        key_suffix: Optional[str] = None,
        created_at: Optional[datetime.datetime] = None,
        expire_at: Optional[datetime.datetime] = None,
        used_at: Optional[datetime.datetime] = None,
        ip_access_list: Optional[list[Union[IpAccessListEntry, Mapping[str, Any]]]] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[uuid.UUID]:
        """Unique API key ID."""
    @property
    def name(self) -> Optional[str]:
        """Name of the key"""
    @property
    def state(self) -> Optional[str]:
        """State of the key: 'enabled', 'disabled'."""
    @property
    def roles(self) -> Optional[ResultList[str]]:
        """DEPRECATED. Use `assignedRoles` instead. List of roles assigned to the key. For organizations that have migrated to custom roles, this field is frozen at the pre-migration value and does not reflect current role assignments."""
    @property
    def assigned_roles(self) -> Optional[ResultList[AssignedRole]]:
        """Custom roles and System roles assigned to this API key"""
    @property
    def key_suffix(self) -> Optional[str]:
        """Last 4 letters of the key."""
    @property
    def created_at(self) -> Optional[datetime.datetime]:
        """Timestamp the key was created. ISO-8601."""
    @property
    def expire_at(self) -> Optional[datetime.datetime]:
        """Timestamp the key expires. If not present, `null` or is empty the key never expires. ISO-8601."""
    @property
    def used_at(self) -> Optional[datetime.datetime]:
        """Timestamp the key was used last time, with one-minute precision. If not present the key was never used. ISO-8601."""
    @property
    def ip_access_list(self) -> Optional[ResultList[IpAccessListEntry]]:
        """List of IP addresses allowed to access the API using this key"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class AssignedRole:
    """AssignedRole, as the API answers it."""
    def __new__(
        cls,
        *,
        role_id: Optional[_Id] = None,
        role_name: Optional[str] = None,
        role_type: Optional[str] = None,
    ) -> Self: ...
    @property
    def role_id(self) -> Optional[uuid.UUID]:
        """Unique identifier of the role"""
    @property
    def role_name(self) -> Optional[str]:
        """Human-readable name of the role"""
    @property
    def role_type(self) -> Optional[str]:
        """Type of role: system (predefined) or custom (organization-defined)"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class Backup:
    """Backup, as the API answers it."""
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
        bucket: Optional[Union[BackupBucket, Mapping[str, Any]]] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[uuid.UUID]:
        """Unique backup ID."""
    @property
    def status(self) -> Optional[str]:
        """Status of the backup: 'done', 'error', 'in_progress'."""
    @property
    def service_id(self) -> Optional[str]:
        """Name"""
    @property
    def started_at(self) -> Optional[datetime.datetime]:
        """Backup start timestamp. ISO-8601."""
    @property
    def finished_at(self) -> Optional[datetime.datetime]:
        """Backup finish timestamp. ISO-8601. Available only for finished backups"""
    @property
    def size_in_bytes(self) -> Optional[int]:
        """Size of the backup in bytes."""
    @property
    def duration_in_seconds(self) -> Optional[float]:
        """Time in seconds it took to perform the backup. If the status still in_progress, this is the time in seconds since the backup started until now."""
    @property
    def type(self) -> Optional[str]:
        """Backup type ("full" or "incremental")."""
    @property
    def backup_name(self) -> Optional[str]:
        """Backup name on the external backup bucket."""
    @property
    def bucket(self) -> Optional[BackupBucket]:
        """Backup bucket where the backup is stored."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class BackupConfiguration:
    """BackupConfiguration, as the API answers it."""
    def __new__(
        cls,
        *,
        backup_period_in_hours: Optional[float] = None,
        backup_retention_period_in_hours: Optional[float] = None,
        backup_start_time: Optional[str] = None,
    ) -> Self: ...
    @property
    def backup_period_in_hours(self) -> Optional[Union[int, float]]:
        """The interval in hours between each backup."""
    @property
    def backup_retention_period_in_hours(self) -> Optional[Union[int, float]]:
        """The minimum duration in hours for which the backups are available. Must be a whole number of days between 24 (1 day) and 1080 (45 days) — i.e. a multiple of 24."""
    @property
    def backup_start_time(self) -> Optional[str]:
        """The time in HH:MM format for the backups to be performed (evaluated in UTC timezone). When defined the backup period resets to every 24 hours."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ByocConfig:
    """ByocConfig, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[str] = None,
        state: Optional[str] = None,
        account_id: Optional[str] = None,
        account_name: Optional[str] = None,
        region_id: Optional[str] = None,
        cloud_provider: Optional[str] = None,
        display_name: Optional[str] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[str]:
        """Unique identifier of the BYOC configuration"""
    @property
    def state(self) -> Optional[str]:
        """State of the infrastructure"""
    @property
    def account_id(self) -> Optional[str]:
        """Cloud account ID the BYOC infrastructure is bound to: AWS account ID, GCP project ID, or Azure subscription ID"""
    @property
    def account_name(self) -> Optional[str]:
        """DEPRECATED. Use `accountId` instead. Cloud account ID the BYOC infrastructure is bound to"""
    @property
    def region_id(self) -> Optional[str]:
        """Region for which the BYOC has been configured and where it is possible to create services"""
    @property
    def cloud_provider(self) -> Optional[str]:
        """Cloud provider of the region"""
    @property
    def display_name(self) -> Optional[str]:
        """Human readable name for infrastructure"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ByocInfrastructureDetails:
    """ByocInfrastructureDetails, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[str] = None,
        state: Optional[str] = None,
        account_id: Optional[str] = None,
        region_id: Optional[str] = None,
        cloud_provider: Optional[str] = None,
        display_name: Optional[str] = None,
        enable_private_link: Optional[bool] = None,
        enable_private_load_balancer: Optional[bool] = None,
        enable_public_load_balancer: Optional[bool] = None,
        vpc_cidr_range: Optional[str] = None,
        vpc_availability_zone_list: Optional[list[str]] = None,
        is_byo_vpc: Optional[bool] = None,
        byo_vpc_id: Optional[str] = None,
        byo_vpc_private_subnet_ids: Optional[list[str]] = None,
        byo_vpc_pod_cidr_range_names: Optional[list[str]] = None,
        byo_vpc_shared_vpc_host_project_id: Optional[str] = None,
        gcp_psc_subnet_id: Optional[str] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[str]:
        """Unique identifier of the BYOC infrastructure"""
    @property
    def state(self) -> Optional[str]:
        """State of the infrastructure"""
    @property
    def account_id(self) -> Optional[str]:
        """Cloud account ID the BYOC infrastructure is bound to: AWS account ID, GCP project ID, or Azure subscription ID"""
    @property
    def region_id(self) -> Optional[str]:
        """Region the BYOC infrastructure is located in"""
    @property
    def cloud_provider(self) -> Optional[str]:
        """Cloud provider of the region"""
    @property
    def display_name(self) -> Optional[str]:
        """Human readable name for infrastructure"""
    @property
    def enable_private_link(self) -> Optional[bool]:
        """Whether private link connectivity is enabled on the infrastructure"""
    @property
    def enable_private_load_balancer(self) -> Optional[bool]:
        """Whether the private load balancer is enabled on the infrastructure"""
    @property
    def enable_public_load_balancer(self) -> Optional[bool]:
        """Whether the public load balancer is enabled on the infrastructure"""
    @property
    def vpc_cidr_range(self) -> Optional[str]:
        """CIDR range of the ClickHouse-managed VPC. Absent for BYO-VPC infrastructures"""
    @property
    def vpc_availability_zone_list(self) -> Optional[ResultList[str]]:
        """Availability zones the infrastructure spans"""
    @property
    def is_byo_vpc(self) -> Optional[bool]:
        """True when the infrastructure runs in a customer-provided VPC (BYO-VPC) instead of a ClickHouse-managed one"""
    @property
    def byo_vpc_id(self) -> Optional[str]:
        """Customer VPC ID or network name (BYO-VPC only)"""
    @property
    def byo_vpc_private_subnet_ids(self) -> Optional[ResultList[str]]:
        """Customer private subnet IDs or names (BYO-VPC only; exactly one entry on GCP)"""
    @property
    def byo_vpc_pod_cidr_range_names(self) -> Optional[ResultList[str]]:
        """Secondary IP range names pinned for pod IPs (GCP BYO-VPC only). Absent when all secondary ranges are used"""
    @property
    def byo_vpc_shared_vpc_host_project_id(self) -> Optional[str]:
        """Shared VPC host project owning the VPC and subnet (GCP BYO-VPC only). Absent when the VPC lives in the service project"""
    @property
    def gcp_psc_subnet_id(self) -> Optional[str]:
        """Customer-provided Private Service Connect NAT subnet name configured for private link (GCP BYO-VPC only)"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ByocInfrastructurePrivateEndpointConfig:
    """ByocInfrastructurePrivateEndpointConfig, as the API answers it."""
    def __new__(
        cls,
        *,
        endpoint_name: Optional[str] = None,
        private_dns_hostname: Optional[str] = None,
    ) -> Self: ...
    @property
    def endpoint_name(self) -> Optional[str]:
        """Cloud-provider identifier of the private link endpoint service of the infrastructure: VPC endpoint service name on AWS, Private Service Connect service attachment on GCP, or Private Link service on Azure"""
    @property
    def private_dns_hostname(self) -> Optional[str]:
        """Private DNS hostname under which services of the infrastructure are reachable over private link"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ByocInfrastructureProgress:
    """ByocInfrastructureProgress, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[str] = None,
        status: Optional[str] = None,
        updated_at: Optional[datetime.datetime] = None,
        stages: Optional[list[Union[ByocInfrastructureProgressStage, Mapping[str, Any]]]] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[str]:
        """Unique identifier of the BYOC infrastructure"""
    @property
    def status(self) -> Optional[str]:
        """Overall provisioning status of the infrastructure"""
    @property
    def updated_at(self) -> Optional[datetime.datetime]:
        """Timestamp the overall status last changed. ISO-8601"""
    @property
    def stages(self) -> Optional[ResultList[ByocInfrastructureProgressStage]]:
        """Top-level provisioning stages with their nested resources"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ByocInfrastructureProgressStage:
    """ByocInfrastructureProgressStage, as the API answers it."""
    def __new__(
        cls,
        *,
        name: Optional[str] = None,
        status: Optional[str] = None,
        updated_at: Optional[datetime.datetime] = None,
        message: Optional[str] = None,
        sub_stages: Optional[list[Union[ByocInfrastructureProgressStage, Mapping[str, Any]]]] = None,
    ) -> Self: ...
    @property
    def name(self) -> Optional[str]:
        """Name of the provisioning stage or resource"""
    @property
    def status(self) -> Optional[str]:
        """Status of this stage"""
    @property
    def updated_at(self) -> Optional[datetime.datetime]:
        """Timestamp the stage status last changed. ISO-8601"""
    @property
    def message(self) -> Optional[str]:
        """Human readable detail for the current status, e.g. an error message"""
    @property
    def sub_stages(self) -> Optional[ResultList[ByocInfrastructureProgressStage]]:
        """Nested stages; leaf entries are individual cloud resources"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ByocInfrastructureTagsResponse:
    """ByocInfrastructureTagsResponse, as the API answers it."""
    def __new__(
        cls,
        *,
        tags: Optional[Mapping[str, str]] = None,
    ) -> Self: ...
    @property
    def tags(self) -> Optional[dict[str, str]]: ...
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ByocInfrastructureValidation:
    """ByocInfrastructureValidation, as the API answers it."""
    def __new__(
        cls,
        *,
        cloud_provider: Optional[str] = None,
        all_passed: Optional[bool] = None,
        any_passed: Optional[bool] = None,
        supported: Optional[bool] = None,
        checks: Optional[list[Union[ByocInfrastructureValidationCheck, Mapping[str, Any]]]] = None,
    ) -> Self: ...
    @property
    def cloud_provider(self) -> Optional[str]:
        """Cloud provider of the requested region"""
    @property
    def all_passed(self) -> Optional[bool]:
        """True when every check passed"""
    @property
    def any_passed(self) -> Optional[bool]:
        """True when at least one check passed"""
    @property
    def supported(self) -> Optional[bool]:
        """Whether preflight validation is implemented for the requested cloud and configuration. When false, an empty check list means nothing was verified rather than everything passed"""
    @property
    def checks(self) -> Optional[ResultList[ByocInfrastructureValidationCheck]]:
        """Individual permission checks with their outcomes"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ByocInfrastructureValidationCheck:
    """ByocInfrastructureValidationCheck, as the API answers it."""
    def __new__(
        cls,
        *,
        name: Optional[str] = None,
        action: Optional[str] = None,
        allowed: Optional[bool] = None,
        reason: Optional[str] = None,
        group: Optional[str] = None,
    ) -> Self: ...
    @property
    def name(self) -> Optional[str]:
        """Human readable name of the check"""
    @property
    def action(self) -> Optional[str]:
        """Cloud permission or action the check simulated"""
    @property
    def allowed(self) -> Optional[bool]:
        """Whether the account allowed the simulated action"""
    @property
    def reason(self) -> Optional[str]:
        """Cloud-provider detail for a denied check, e.g. an IAM decision reason"""
    @property
    def group(self) -> Optional[str]:
        """Free-form grouping of related checks, e.g. base or vpc-write. Groupings may change as validations evolve"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipe:
    """ClickPipe, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[_Id] = None,
        service_id: Optional[_Id] = None,
        name: Optional[str] = None,
        state: Optional[str] = None,
        scaling: Optional[Union[ClickPipeScaling, Mapping[str, Any]]] = None,
        source: Optional[Union[ClickPipeSource, Mapping[str, Any]]] = None,
        destination: Optional[Union[ClickPipeDestination, Mapping[str, Any]]] = None,
        field_mappings: Optional[list[Union[ClickPipeFieldMapping, Mapping[str, Any]]]] = None,
        settings: Optional[Union[ClickPipeSettings, Mapping[str, Any]]] = None,
        created_at: Optional[datetime.datetime] = None,
        updated_at: Optional[datetime.datetime] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[uuid.UUID]:
        """Unique ClickPipe ID."""
    @property
    def service_id(self) -> Optional[uuid.UUID]:
        """ID of the service this ClickPipe belongs to."""
    @property
    def name(self) -> Optional[str]:
        """Name of the ClickPipe."""
    @property
    def state(self) -> Optional[str]:
        """Current lifecycle state of the ClickPipe. For database pipes: "Provisioning" (initial setup), "Setup" (configuring replication), "Snapshot" (initial data load), "Running" (actively replicating), "Pausing" (transitioning to paused state), "Paused" (temporarily paused), "Modifying" (applying configuration updates), "Resync" (swapping resync tables with original tables), "Failed" (error occurred), "Unknown". For streaming/object storage pipes (Kafka, Kinesis, S3): "Unknown" (initial state), "Provisioning" (setting up resources), "Running" (actively ingesting data), "Stopping" (transitioning to stopped state), "Stopped" (manually stopped, can be restarted), "Completed" (batch ingestion finished for object storage), "Failed" (error occurred, pipe stopped), "InternalError" (internal system error)."""
    @property
    def scaling(self) -> Optional[ClickPipeScaling]: ...
    @property
    def source(self) -> Optional[ClickPipeSource]: ...
    @property
    def destination(self) -> Optional[ClickPipeDestination]: ...
    @property
    def field_mappings(self) -> Optional[ResultList[ClickPipeFieldMapping]]:
        """Field mappings of the ClickPipe. Note that all destination columns must be included in the mappings."""
    @property
    def settings(self) -> Optional[ClickPipeSettings]: ...
    @property
    def created_at(self) -> Optional[datetime.datetime]:
        """Creation timestamp of the ClickPipe in ISO 8601 format."""
    @property
    def updated_at(self) -> Optional[datetime.datetime]:
        """Last update timestamp of the ClickPipe in ISO 8601 format."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeBigQueryPipeSettings:
    """ClickPipeBigQueryPipeSettings, as the API answers it."""
    def __new__(
        cls,
        *,
        replication_mode: Optional[str] = None,
        replication_method: Optional[str] = None,
        sync_interval_seconds: Optional[int] = None,
        query_cdc_pull_sync_parallelism: Optional[int] = None,
        sync_delay_seconds: Optional[int] = None,
        pull_window_size_seconds: Optional[int] = None,
        sync_cron: Optional[str] = None,
        allow_nullable_columns: Optional[bool] = None,
        initial_load_parallelism: Optional[float] = None,
        snapshot_num_rows_per_partition: Optional[float] = None,
        snapshot_number_of_parallel_tables: Optional[float] = None,
    ) -> Self: ...
    @property
    def replication_mode(self) -> Optional[str]:
        """Replication mode: "cdc" (change data capture with initial snapshot), "snapshot" (one-time snapshot only), or "cdc_only" (CDC without initial snapshot)."""
    @property
    def replication_method(self) -> Optional[str]:
        """How changes are captured from BigQuery. "query_based" polls each table using a watermark timestamp column, "events_based" reads the BigQuery change history using the APPENDS or CHANGES table function. Required for "cdc" and "cdc_only" replication modes and not allowed for "snapshot"."""
    @property
    def sync_interval_seconds(self) -> Optional[int]:
        """Interval in seconds between CDC syncs. Not allowed for "snapshot" replication mode."""
    @property
    def query_cdc_pull_sync_parallelism(self) -> Optional[int]:
        """Number of tables pulled in parallel during a CDC sync. Not allowed for "snapshot" replication mode."""
    @property
    def sync_delay_seconds(self) -> Optional[int]:
        """Each CDC sync reads data only up to now minus this delay, giving recently written rows time to become visible in BigQuery. Increase it if your tables are loaded via batch jobs or Google Cloud Dataflow; if set too low, late-visible rows may be skipped. Not allowed for "snapshot" replication mode."""
    @property
    def pull_window_size_seconds(self) -> Optional[int]:
        """Maximum amount of time one pull (query) can cover. Applies when the pipe has fallen behind, e.g. on the first CDC sync or when resuming after a pause: with a 6 hour limit, a pipe that is 3 days behind catches up in 12 smaller pulls instead of one large query. If a pull fails, only that pull is retried. Not allowed for "snapshot" replication mode."""
    @property
    def sync_cron(self) -> Optional[str]:
        """Standard 5-field cron expression (or a descriptor such as "@hourly") that schedules CDC syncs, e.g. "0 * * * *" to sync every hour sharp. Evaluated in UTC unless prefixed with "CRON_TZ=<zone>". Must not fire more than once a minute. Syncs run on this schedule instead of every syncIntervalSeconds, so the two cannot both be set. Not allowed for "snapshot" replication mode."""
    @property
    def allow_nullable_columns(self) -> Optional[bool]:
        """Allow nullable columns in the destination table."""
    @property
    def initial_load_parallelism(self) -> Optional[float]:
        """Number of parallel workers during initial load."""
    @property
    def snapshot_num_rows_per_partition(self) -> Optional[float]:
        """Number of rows to snapshot per partition."""
    @property
    def snapshot_number_of_parallel_tables(self) -> Optional[float]:
        """Number of parallel tables to snapshot."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeBigQueryPipeTableMapping:
    """ClickPipeBigQueryPipeTableMapping, as the API answers it."""
    def __new__(
        cls,
        *,
        source_dataset_name: Optional[str] = None,
        source_table: Optional[str] = None,
        target_table: Optional[str] = None,
        excluded_columns: Optional[list[str]] = None,
        use_custom_sorting_key: Optional[bool] = None,
        sorting_keys: Optional[list[str]] = None,
        table_engine: Optional[str] = None,
        query_cdc_watermark_column: Optional[str] = None,
        events_function: Optional[str] = None,
    ) -> Self: ...
    @property
    def source_dataset_name(self) -> Optional[str]:
        """Source BigQuery dataset name."""
    @property
    def source_table(self) -> Optional[str]:
        """Source table name."""
    @property
    def target_table(self) -> Optional[str]:
        """Target ClickHouse table name."""
    @property
    def excluded_columns(self) -> Optional[ResultList[str]]:
        """Columns to exclude from the target table."""
    @property
    def use_custom_sorting_key(self) -> Optional[bool]:
        """Whether to use a custom sorting key for the target table."""
    @property
    def sorting_keys(self) -> Optional[ResultList[str]]:
        """Ordered list of columns to use as sorting key for the target table."""
    @property
    def table_engine(self) -> Optional[str]:
        """Table engine to use for the target table."""
    @property
    def query_cdc_watermark_column(self) -> Optional[str]:
        """Source column of type TIMESTAMP used as the CDC watermark. Required for every table when replicationMethod is "query_based"; not allowed otherwise."""
    @property
    def events_function(self) -> Optional[str]:
        """BigQuery table function used to read changes: "appends" (newly appended rows) or "changes" (all row changes). Required for every table when replicationMethod is "events_based"; not allowed otherwise."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeBigQueryServiceAccountSource:
    """ClickPipeBigQueryServiceAccountSource, as the API answers it."""
    def __new__(
        cls,
        *,
        snapshot_staging_path: Optional[str] = None,
        settings: Optional[Union[ClickPipeBigQueryPipeSettings, Mapping[str, Any]]] = None,
        table_mappings: Optional[list[Union[ClickPipeBigQueryPipeTableMapping, Mapping[str, Any]]]] = None,
        authentication: Optional[str] = None,
        project_id: Optional[str] = None,
    ) -> Self: ...
    @property
    def snapshot_staging_path(self) -> Optional[str]:
        """GCS bucket path for staging snapshot data (e.g., gs://my-bucket/staging/). Data will be automatically cleaned up after initial load."""
    @property
    def settings(self) -> Optional[ClickPipeBigQueryPipeSettings]: ...
    @property
    def table_mappings(self) -> Optional[ResultList[ClickPipeBigQueryPipeTableMapping]]:
        """Table mappings for BigQuery pipe."""
    @property
    def authentication(self) -> Optional[str]:
        """Authenticated with a Google Cloud service account JSON key."""
    @property
    def project_id(self) -> Optional[str]:
        """GCP project ID that owns the BigQuery resources."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeBigQueryWorkloadIdentitySource:
    """ClickPipeBigQueryWorkloadIdentitySource, as the API answers it."""
    def __new__(
        cls,
        *,
        snapshot_staging_path: Optional[str] = None,
        settings: Optional[Union[ClickPipeBigQueryPipeSettings, Mapping[str, Any]]] = None,
        table_mappings: Optional[list[Union[ClickPipeBigQueryPipeTableMapping, Mapping[str, Any]]]] = None,
        authentication: Optional[str] = None,
        project_id: Optional[str] = None,
    ) -> Self: ...
    @property
    def snapshot_staging_path(self) -> Optional[str]:
        """GCS bucket path for staging snapshot data (e.g., gs://my-bucket/staging/). Data will be automatically cleaned up after initial load."""
    @property
    def settings(self) -> Optional[ClickPipeBigQueryPipeSettings]: ...
    @property
    def table_mappings(self) -> Optional[ResultList[ClickPipeBigQueryPipeTableMapping]]:
        """Table mappings for BigQuery pipe."""
    @property
    def authentication(self) -> Optional[str]:
        """Authenticated with the ClickPipes service tenant identity. SERVICE_ACCOUNT_WORKLOAD_IDENTITY is in Private Preview. ClickPipes uses the GCP service account returned in gcpWorkloadIdentity.principal by the operation with operationId clickPipesServiceContextGet; grant it access to the source resources."""
    @property
    def project_id(self) -> Optional[str]:
        """GCP project ID that owns the BigQuery resources. Older pipes created outside OpenAPI may omit this field."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeDestination:
    """ClickPipeDestination, as the API answers it."""
    def __new__(
        cls,
        *,
        database: Optional[str] = None,
        table: Optional[str] = None,
        managed_table: Optional[bool] = None,
        table_definition: Optional[Union[ClickPipeDestinationTableDefinition, Mapping[str, Any]]] = None,
        columns: Optional[list[Union[ClickPipeDestinationColumn, Mapping[str, Any]]]] = None,
    ) -> Self: ...
    @property
    def database(self) -> Optional[str]:
        """Destination database."""
    @property
    def table(self) -> Optional[str]:
        """Destination table. Required field for all pipe types except database pipes (Postgres, MySQL, BigQuery)."""
    @property
    def managed_table(self) -> Optional[bool]:
        """Is the table managed by ClickPipes? Required field for all pipe types except database pipes (Postgres, MySQL, BigQuery)."""
    @property
    def table_definition(self) -> Optional[ClickPipeDestinationTableDefinition]: ...
    @property
    def columns(self) -> Optional[ResultList[ClickPipeDestinationColumn]]:
        """Columns of the destination table. Required field for all pipe types except database pipes (Postgres, MySQL, BigQuery)."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeDestinationColumn:
    """ClickPipeDestinationColumn, as the API answers it."""
    def __new__(
        cls,
        *,
        name: Optional[str] = None,
        type: Optional[str] = None,
    ) -> Self: ...
    @property
    def name(self) -> Optional[str]:
        """Name of the column."""
    @property
    def type(self) -> Optional[str]:
        """Type of the column."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeDestinationTableDefinition:
    """ClickPipeDestinationTableDefinition, as the API answers it."""
    def __new__(
        cls,
        *,
        engine: Optional[Union[ClickPipeDestinationTableEngine, Mapping[str, Any]]] = None,
        sorting_key: Optional[list[str]] = None,
        partition_by: Optional[str] = None,
        primary_key: Optional[str] = None,
        ttl: Optional[str] = None,
    ) -> Self: ...
    @property
    def engine(self) -> Optional[ClickPipeDestinationTableEngine]: ...
    @property
    def sorting_key(self) -> Optional[ResultList[str]]:
        """Sorting key of the destination table. An entry that matches the name of a column declared in `columns` is used as that column. Any other entry is used as a SQL expression, for example a JSON sub-path such as `payload.workspace_id`. Entries must not contain commas, and every component must be non-Nullable."""
    @property
    def partition_by(self) -> Optional[str]:
        """Partition key SQL expression."""
    @property
    def primary_key(self) -> Optional[str]:
        """Primary key of SQL expression."""
    @property
    def ttl(self) -> Optional[str]:
        """TTL SQL expression of the destination table."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeDestinationTableEngine:
    """ClickPipeDestinationTableEngine, as the API answers it."""
    def __new__(
        cls,
        *,
        type: Optional[str] = None,
        version_column_id: Optional[str] = None,
        column_ids: Optional[list[str]] = None,
    ) -> Self: ...
    @property
    def type(self) -> Optional[str]:
        """Engine type of the destination table."""
    @property
    def version_column_id(self) -> Optional[str]:
        """Column name to use as version for ReplacingMergeTree engine."""
    @property
    def column_ids(self) -> Optional[ResultList[str]]:
        """Column names to sum for SummingMergeTree engine."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeFieldMapping:
    """ClickPipeFieldMapping, as the API answers it."""
    def __new__(
        cls,
        *,
        source_field: Optional[str] = None,
        destination_field: Optional[str] = None,
    ) -> Self: ...
    @property
    def source_field(self) -> Optional[str]:
        """Source field name."""
    @property
    def destination_field(self) -> Optional[str]:
        """Destination field name."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeKafkaConfluentSchemaRegistry:
    """ClickPipeKafkaConfluentSchemaRegistry, as the API answers it."""
    def __new__(
        cls,
        *,
        type: Optional[str] = None,
        url: Optional[str] = None,
        authentication: Optional[str] = None,
        ca_certificate: Optional[str] = None,
    ) -> Self: ...
    @property
    def type(self) -> Optional[str]:
        """Type of the schema registry. Defaults to 'confluent' (a Confluent-compatible REST registry)."""
    @property
    def url(self) -> Optional[str]:
        """Schema URL. HTTPS required."""
    @property
    def authentication(self) -> Optional[str]:
        """Authentication type of the schema registry."""
    @property
    def ca_certificate(self) -> Optional[str]:
        """PEM encoded CA certificates to validate the schema registry's certificate."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeKafkaGlueSchemaRegistry:
    """ClickPipeKafkaGlueSchemaRegistry, as the API answers it."""
    def __new__(
        cls,
        *,
        type: Optional[str] = None,
        glue_region: Optional[str] = None,
        glue_registry_name: Optional[str] = None,
        glue_role_arn: Optional[str] = None,
    ) -> Self: ...
    @property
    def type(self) -> Optional[str]:
        """Type of the schema registry. Use 'glue' for the AWS Glue Schema Registry, which authenticates with IAM instead of credentials."""
    @property
    def glue_region(self) -> Optional[str]:
        """AWS region of the Glue Schema Registry."""
    @property
    def glue_registry_name(self) -> Optional[str]:
        """Name of the Glue Schema Registry."""
    @property
    def glue_role_arn(self) -> Optional[str]:
        """IAM role to assume for Glue Schema Registry access. Defaults to the iamRole of the Kafka source, so it is required when the source does not authenticate with IAM. Read more in ClickPipes documentation: https://clickhouse.com/docs/en/integrations/clickpipes/kafka#iam"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeKafkaOffset:
    """ClickPipeKafkaOffset, as the API answers it."""
    def __new__(
        cls,
        *,
        strategy: Optional[str] = None,
        timestamp: Optional[str] = None,
    ) -> Self: ...
    @property
    def strategy(self) -> Optional[str]:
        """Offset strategy."""
    @property
    def timestamp(self) -> Optional[str]:
        """A minute precision UTC timestamp to start from. Required for "from_timestamp" strategy."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeKafkaSource:
    """ClickPipeKafkaSource, as the API answers it."""
    def __new__(
        cls,
        *,
        type: Optional[str] = None,
        format: Optional[str] = None,
        brokers: Optional[str] = None,
        topics: Optional[str] = None,
        consumer_group: Optional[str] = None,
        authentication: Optional[str] = None,
        iam_role: Optional[str] = None,
        offset: Optional[Union[ClickPipeKafkaOffset, Mapping[str, Any]]] = None,
        schema_registry: Optional[Union[Union[ClickPipeKafkaConfluentSchemaRegistry, ClickPipeKafkaGlueSchemaRegistry, dict[str, Any]], Mapping[str, Any]]] = None,
        ca_certificate: Optional[str] = None,
        reverse_private_endpoint_ids: Optional[list[str]] = None,
        exactly_once: Optional[bool] = None,
        tombstone_mode: Optional[str] = None,
    ) -> Self: ...
    @property
    def type(self) -> Optional[str]:
        """Type of the Kafka source."""
    @property
    def format(self) -> Optional[str]:
        """Format of the Kafka source."""
    @property
    def brokers(self) -> Optional[str]:
        """Brokers of the Kafka source."""
    @property
    def topics(self) -> Optional[str]:
        """One or more Kafka topics as a comma-separated string. All topics must have the same schema and are ingested into the same destination table by a single ClickPipe."""
    @property
    def consumer_group(self) -> Optional[str]:
        """Consumer group of the Kafka source. If not provided "clickpipes-<<ID>>" will be used."""
    @property
    def authentication(self) -> Optional[str]:
        """Authentication method of the Kafka source. SERVICE_ACCOUNT_WORKLOAD_IDENTITY is in Private Preview. ClickPipes uses the GCP service account returned in gcpWorkloadIdentity.principal by the operation with operationId clickPipesServiceContextGet; grant it access to the source resources. Supported authentication methods: kafka: PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, MUTUAL_TLS, msk: SCRAM-SHA-512, IAM_ROLE, IAM_USER, MUTUAL_TLS, gcmk: PLAIN, MUTUAL_TLS, SERVICE_ACCOUNT_WORKLOAD_IDENTITY, confluent: PLAIN, MUTUAL_TLS, warpstream: PLAIN, azureeventhub: PLAIN, redpanda: SCRAM-SHA-256, SCRAM-SHA-512, MUTUAL_TLS, dokafka: SCRAM-SHA-256, MUTUAL_TLS"""
    @property
    def iam_role(self) -> Optional[str]:
        """IAM role for the Kafka source. Use with IAM role authentication. Read more in ClickPipes documentation: https://clickhouse.com/docs/en/integrations/clickpipes/kafka#iam"""
    @property
    def offset(self) -> Optional[ClickPipeKafkaOffset]: ...
    @property
    def schema_registry(self) -> Optional[Union[ClickPipeKafkaConfluentSchemaRegistry, ClickPipeKafkaGlueSchemaRegistry, dict[str, Any]]]: ...
    @property
    def ca_certificate(self) -> Optional[str]:
        """PEM encoded CA certificates to validate the broker's certificate."""
    @property
    def reverse_private_endpoint_ids(self) -> Optional[ResultList[str]]:
        """Reverse private endpoint UUIDs used for a secure private connection to the Kafka source."""
    @property
    def exactly_once(self) -> Optional[bool]:
        """Enable exactly-once delivery. Guarantees every Kafka record is inserted exactly once across restarts and rebalances. Can only be set at pipe creation."""
    @property
    def tombstone_mode(self) -> Optional[str]:
        """How Kafka tombstone records are handled. Set to "delete" to delete the matching destination row; this requires exactly-once delivery. Set to "soft_delete" to write a row with the _is_deleted virtual column set to true; exactly-once delivery is not required. Can only be set at pipe creation."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeKinesisSchemaRegistry:
    """ClickPipeKinesisSchemaRegistry, as the API answers it."""
    def __new__(
        cls,
        *,
        type: Optional[str] = None,
        glue_region: Optional[str] = None,
        glue_registry_name: Optional[str] = None,
        glue_role_arn: Optional[str] = None,
    ) -> Self: ...
    @property
    def type(self) -> Optional[str]:
        """Type of the schema registry. Kinesis ClickPipes support the AWS Glue Schema Registry, which authenticates with IAM instead of credentials."""
    @property
    def glue_region(self) -> Optional[str]:
        """AWS region of the Glue Schema Registry."""
    @property
    def glue_registry_name(self) -> Optional[str]:
        """Name of the Glue Schema Registry."""
    @property
    def glue_role_arn(self) -> Optional[str]:
        """IAM role to assume for Glue Schema Registry access. Defaults to the IAM identity of the Kinesis source."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeKinesisSource:
    """ClickPipeKinesisSource, as the API answers it."""
    def __new__(
        cls,
        *,
        format: Optional[str] = None,
        stream_name: Optional[str] = None,
        region: Optional[str] = None,
        use_enhanced_fan_out: Optional[bool] = None,
        iterator_type: Optional[str] = None,
        timestamp: Optional[int] = None,
        authentication: Optional[str] = None,
        iam_role: Optional[str] = None,
        schema_registry: Optional[Union[ClickPipeKinesisSchemaRegistry, Mapping[str, Any]]] = None,
    ) -> Self: ...
    @property
    def format(self) -> Optional[str]:
        """Format of the Kinesis stream."""
    @property
    def stream_name(self) -> Optional[str]:
        """Name of the Kinesis stream."""
    @property
    def region(self) -> Optional[str]:
        """AWS region of the Kinesis stream."""
    @property
    def use_enhanced_fan_out(self) -> Optional[bool]:
        """Use enhanced fan-out for the Kinesis stream."""
    @property
    def iterator_type(self) -> Optional[str]:
        """Type of iterator to use when reading from the Kinesis stream. If AT_TIMESTAMP is used, the timestamp field must be provided."""
    @property
    def timestamp(self) -> Optional[int]:
        """UNIX timestamp to start reading from the Kinesis stream. Required if iteratorType is AT_TIMESTAMP."""
    @property
    def authentication(self) -> Optional[str]:
        """Authentication method to use with the Kinesis stream."""
    @property
    def iam_role(self) -> Optional[str]:
        """IAM role to use for authentication. Required if IAM_ROLE is used."""
    @property
    def schema_registry(self) -> Optional[ClickPipeKinesisSchemaRegistry]: ...
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeMongoDBPipeColumn:
    """ClickPipeMongoDBPipeColumn, as the API answers it."""
    def __new__(
        cls,
        *,
        name: Optional[str] = None,
        type: Optional[str] = None,
    ) -> Self: ...
    @property
    def name(self) -> Optional[str]:
        """Top-level document field name."""
    @property
    def type(self) -> Optional[str]:
        """ClickHouse type the field is replicated as. Must be a valid ClickHouse column type supported by structured ingestion."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeMongoDBPipeSettings:
    """ClickPipeMongoDBPipeSettings, as the API answers it."""
    def __new__(
        cls,
        *,
        sync_interval_seconds: Optional[int] = None,
        pull_batch_size: Optional[int] = None,
        replication_mode: Optional[str] = None,
        initial_load_parallelism: Optional[int] = None,
        snapshot_num_rows_per_partition: Optional[int] = None,
        snapshot_number_of_parallel_tables: Optional[int] = None,
        delete_on_merge: Optional[bool] = None,
        use_json_native_format: Optional[bool] = None,
    ) -> Self: ...
    @property
    def sync_interval_seconds(self) -> Optional[int]:
        """Interval in seconds to sync data from MongoDB during CDC replication."""
    @property
    def pull_batch_size(self) -> Optional[int]:
        """Number of rows to pull in each batch during CDC replication."""
    @property
    def replication_mode(self) -> Optional[str]:
        """Replication mode: "cdc" (change data capture with initial snapshot), "snapshot" (one-time snapshot only), or "cdc_only" (CDC without initial snapshot)."""
    @property
    def initial_load_parallelism(self) -> Optional[int]:
        """Number of parallel workers to use per collection in the initial snapshot phase."""
    @property
    def snapshot_num_rows_per_partition(self) -> Optional[int]:
        """Number of rows per partition during the snapshot phase."""
    @property
    def snapshot_number_of_parallel_tables(self) -> Optional[int]:
        """Number of collections to snapshot in parallel during the initial load phase."""
    @property
    def delete_on_merge(self) -> Optional[bool]:
        """Enable hard delete behavior in ReplacingMergeTree for MongoDB DELETE operations."""
    @property
    def use_json_native_format(self) -> Optional[bool]:
        """Store JSON values in native ClickHouse JSON format. When disabled, JSON data is stored as String."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeMongoDBPipeTableMapping:
    """ClickPipeMongoDBPipeTableMapping, as the API answers it."""
    def __new__(
        cls,
        *,
        source_database_name: Optional[str] = None,
        source_collection: Optional[str] = None,
        target_table: Optional[str] = None,
        table_engine: Optional[str] = None,
        structured_ingestion: Optional[Union[ClickPipeMongoDBStructuredIngestion, Mapping[str, Any]]] = None,
    ) -> Self: ...
    @property
    def source_database_name(self) -> Optional[str]:
        """MongoDB source database name."""
    @property
    def source_collection(self) -> Optional[str]:
        """MongoDB source collection name."""
    @property
    def target_table(self) -> Optional[str]:
        """ClickHouse target table name. The table will be created automatically if it does not exist."""
    @property
    def table_engine(self) -> Optional[str]:
        """ClickHouse table engine: "ReplacingMergeTree" (handles updates/deletes), "MergeTree" (append-only), or "Null" (forward data to materialized views without storing it)."""
    @property
    def structured_ingestion(self) -> Optional[ClickPipeMongoDBStructuredIngestion]: ...
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeMongoDBSource:
    """ClickPipeMongoDBSource, as the API answers it."""
    def __new__(
        cls,
        *,
        uri: Optional[str] = None,
        read_preference: Optional[str] = None,
        tls_host: Optional[str] = None,
        disable_tls: Optional[bool] = None,
        skip_cert_verification: Optional[bool] = None,
        ca_certificate: Optional[str] = None,
        settings: Optional[Union[ClickPipeMongoDBPipeSettings, Mapping[str, Any]]] = None,
        table_mappings: Optional[list[Union[ClickPipeMongoDBPipeTableMapping, Mapping[str, Any]]]] = None,
    ) -> Self: ...
    @property
    def uri(self) -> Optional[str]:
        """MongoDB connection URI. Supports both standard URIs (mongodb://...) and SRV URIs (mongodb+srv://...). Embedded credentials are redacted from API responses, so the returned value can differ from what was submitted."""
    @property
    def read_preference(self) -> Optional[str]:
        """MongoDB read preference for replica set reads."""
    @property
    def tls_host(self) -> Optional[str]:
        """TLS/SSL host for secure connections."""
    @property
    def disable_tls(self) -> Optional[bool]:
        """Disable TLS for the MongoDB connection. Defaults to false (TLS enabled)."""
    @property
    def skip_cert_verification(self) -> Optional[bool]:
        """Skip TLS certificate verification for the MongoDB connection. Use with caution in production environments."""
    @property
    def ca_certificate(self) -> Optional[str]:
        """PEM encoded CA certificate to validate the MongoDB server certificate."""
    @property
    def settings(self) -> Optional[ClickPipeMongoDBPipeSettings]: ...
    @property
    def table_mappings(self) -> Optional[ResultList[ClickPipeMongoDBPipeTableMapping]]:
        """List of collection mappings defining which MongoDB collections to replicate and how they map to ClickHouse tables."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeMongoDBStructuredIngestion:
    """ClickPipeMongoDBStructuredIngestion, as the API answers it."""
    def __new__(
        cls,
        *,
        enabled: Optional[bool] = None,
        drop_unexpected_values: Optional[bool] = None,
        columns: Optional[list[Union[ClickPipeMongoDBPipeColumn, Mapping[str, Any]]]] = None,
        excluded_columns: Optional[list[str]] = None,
        sorting_keys: Optional[list[str]] = None,
        partition_by_expr: Optional[str] = None,
    ) -> Self: ...
    @property
    def enabled(self) -> Optional[bool]:
        """Replicate the collection into typed ClickHouse columns instead of a single JSON document column."""
    @property
    def drop_unexpected_values(self) -> Optional[bool]:
        """When true, values that don't fit their column are reported with only the field name and reason, without the value."""
    @property
    def columns(self) -> Optional[ResultList[ClickPipeMongoDBPipeColumn]]:
        """Typed columns of the collection, taken as provided. When omitted, the columns are inferred from a sample of the collection documents. The _id document is always replicated and uses String type."""
    @property
    def excluded_columns(self) -> Optional[ResultList[str]]:
        """Names of columns, provided or inferred, to leave out of replication. Names that match no column are ignored. Column names must be unique within this list."""
    @property
    def sorting_keys(self) -> Optional[ResultList[str]]:
        """Ordered list of column names to use as the sorting (ORDER BY) key in ClickHouse. When omitted, the sorting key is the _id document key."""
    @property
    def partition_by_expr(self) -> Optional[str]:
        """ClickHouse PARTITION BY expression applied to the destination table when ClickPipes creates it."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeMySQLPipeSettings:
    """ClickPipeMySQLPipeSettings, as the API answers it."""
    def __new__(
        cls,
        *,
        sync_interval_seconds: Optional[int] = None,
        pull_batch_size: Optional[int] = None,
        replication_mode: Optional[str] = None,
        replication_mechanism: Optional[str] = None,
        use_compression: Optional[bool] = None,
        allow_nullable_columns: Optional[bool] = None,
        initial_load_parallelism: Optional[int] = None,
        snapshot_num_rows_per_partition: Optional[int] = None,
        snapshot_number_of_parallel_tables: Optional[int] = None,
        delete_on_merge: Optional[bool] = None,
    ) -> Self: ...
    @property
    def sync_interval_seconds(self) -> Optional[int]:
        """Interval in seconds to sync data from MySQL during CDC replication."""
    @property
    def pull_batch_size(self) -> Optional[int]:
        """Number of rows to pull in each batch during CDC replication."""
    @property
    def replication_mode(self) -> Optional[str]:
        """Replication mode: "cdc" (change data capture with initial snapshot), "snapshot" (one-time snapshot only), or "cdc_only" (CDC without initial snapshot)."""
    @property
    def replication_mechanism(self) -> Optional[str]:
        """MySQL replication mechanism: "GTID" (Global Transaction Identifier) or "FILE_POS" (binary log file and position). Defaults to "GTID" if not specified. MariaDB supports "GTID" only. For "FILE_POS" on MySQL, contact support."""
    @property
    def use_compression(self) -> Optional[bool]:
        """Enable compression for the MySQL connection."""
    @property
    def allow_nullable_columns(self) -> Optional[bool]:
        """Preserve nullability from MySQL in the destination ClickHouse table. When true, columns without NOT NULL constraints are created as Nullable(...). When false, all columns are non-nullable and NULL values are replaced with the default value for the type. Note: Nullable types have performance overhead in ClickHouse."""
    @property
    def initial_load_parallelism(self) -> Optional[int]:
        """Number of parallel workers to use per table in the initial snapshot phase."""
    @property
    def snapshot_num_rows_per_partition(self) -> Optional[int]:
        """Number of rows per partition during the snapshot phase."""
    @property
    def snapshot_number_of_parallel_tables(self) -> Optional[int]:
        """Number of tables to snapshot in parallel during the initial load phase."""
    @property
    def delete_on_merge(self) -> Optional[bool]:
        """Enable hard delete behavior in ReplacingMergeTree for MySQL DELETE operations."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeMySQLPipeTableMapping:
    """ClickPipeMySQLPipeTableMapping, as the API answers it."""
    def __new__(
        cls,
        *,
        source_schema_name: Optional[str] = None,
        source_table: Optional[str] = None,
        target_table: Optional[str] = None,
        excluded_columns: Optional[list[str]] = None,
        use_custom_sorting_key: Optional[bool] = None,
        sorting_keys: Optional[list[str]] = None,
        table_engine: Optional[str] = None,
        partition_key: Optional[str] = None,
        partition_by_expr: Optional[str] = None,
    ) -> Self: ...
    @property
    def source_schema_name(self) -> Optional[str]:
        """MySQL source database name."""
    @property
    def source_table(self) -> Optional[str]:
        """MySQL source table name."""
    @property
    def target_table(self) -> Optional[str]:
        """ClickHouse target table name, optionally prefixed with schema name (e.g., "my_database_my_table"). The table will be created automatically if it does not exist. For snapshot mode, the target table must be empty."""
    @property
    def excluded_columns(self) -> Optional[ResultList[str]]:
        """List of column names to exclude from replication. Column names must be unique within this list."""
    @property
    def use_custom_sorting_key(self) -> Optional[bool]:
        """Whether to use a custom sorting key. If true, sortingKeys must be provided. If false or omitted, the default sorting key is the MySQL primary key."""
    @property
    def sorting_keys(self) -> Optional[ResultList[str]]:
        """Ordered list of column names to use as the sorting (ORDER BY) key in ClickHouse. Only used when useCustomSortingKey is true. Column names must be unique within this list."""
    @property
    def table_engine(self) -> Optional[str]:
        """ClickHouse table engine: "ReplacingMergeTree" (handles updates/deletes), "MergeTree" (append-only), or "Null" (forward data to materialized views without storing it)."""
    @property
    def partition_key(self) -> Optional[str]:
        """Custom partitioning column used for parallel snapshotting. Must be an indexed column of an integer, date, datetime or timestamp type. Unrelated to ClickHouse partitioning."""
    @property
    def partition_by_expr(self) -> Optional[str]:
        """ClickHouse PARTITION BY expression applied to the destination table when ClickPipes creates it."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeMySQLSource:
    """ClickPipeMySQLSource, as the API answers it."""
    def __new__(
        cls,
        *,
        type: Optional[str] = None,
        host: Optional[str] = None,
        port: Optional[int] = None,
        authentication: Optional[str] = None,
        iam_role: Optional[str] = None,
        tls_host: Optional[str] = None,
        ca_certificate: Optional[str] = None,
        disable_tls: Optional[bool] = None,
        skip_cert_verification: Optional[bool] = None,
        server_id: Optional[int] = None,
        settings: Optional[Union[ClickPipeMySQLPipeSettings, Mapping[str, Any]]] = None,
        table_mappings: Optional[list[Union[ClickPipeMySQLPipeTableMapping, Mapping[str, Any]]]] = None,
    ) -> Self: ...
    @property
    def type(self) -> Optional[str]:
        """Type of the MySQL source. Defaults to "mysql" if not specified."""
    @property
    def host(self) -> Optional[str]:
        """MySQL server hostname or IP address. To use a reverse private endpoint, pass the endpoint hostname here. For Cloud SQL with SERVICE_ACCOUNT_WORKLOAD_IDENTITY authentication, pass the instance connection name (project:region:instance)."""
    @property
    def port(self) -> Optional[int]:
        """MySQL server port."""
    @property
    def authentication(self) -> Optional[str]:
        """Authentication method for MySQL connection. IAM_ROLE is only available for services on AWS."""
    @property
    def iam_role(self) -> Optional[str]:
        """IAM role ARN for IAM authentication (required for IAM_ROLE authentication, services on AWS only)."""
    @property
    def tls_host(self) -> Optional[str]:
        """TLS/SSL host for secure connections."""
    @property
    def ca_certificate(self) -> Optional[str]:
        """PEM encoded CA certificate to validate the MySQL server certificate."""
    @property
    def disable_tls(self) -> Optional[bool]:
        """Disable TLS for the MySQL connection. Use with caution in production environments."""
    @property
    def skip_cert_verification(self) -> Optional[bool]:
        """Skip TLS certificate verification for the MySQL connection. Use with caution in production environments."""
    @property
    def server_id(self) -> Optional[int]:
        """Optional MySQL server_id the pipe declares itself as in the MySQL replication topology. Must be unique across replicas connected to the source. If omitted, one is assigned automatically."""
    @property
    def settings(self) -> Optional[ClickPipeMySQLPipeSettings]: ...
    @property
    def table_mappings(self) -> Optional[ResultList[ClickPipeMySQLPipeTableMapping]]:
        """List of table mappings defining which MySQL tables to replicate and how they map to ClickHouse tables."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeObjectStorageSource:
    """ClickPipeObjectStorageSource, as the API answers it."""
    def __new__(
        cls,
        *,
        type: Optional[str] = None,
        format: Optional[str] = None,
        url: Optional[str] = None,
        delimiter: Optional[str] = None,
        compression: Optional[str] = None,
        is_continuous: Optional[bool] = None,
        queue_url: Optional[str] = None,
        skip_initial_load: Optional[bool] = None,
        start_after: Optional[str] = None,
        authentication: Optional[str] = None,
        iam_role: Optional[str] = None,
        connection_string: Optional[str] = None,
        path: Optional[str] = None,
        azure_container_name: Optional[str] = None,
    ) -> Self: ...
    @property
    def type(self) -> Optional[str]:
        """Type of the ObjectStorage source."""
    @property
    def format(self) -> Optional[str]:
        """Format of the files."""
    @property
    def url(self) -> Optional[str]:
        """Provide a path to the file(s) you want to ingest. You can specify multiple files using bash-like wildcards. For more information, see the documentation on using wildcards in path: https://clickhouse.com/docs/en/integrations/clickpipes/object-storage#limitations"""
    @property
    def delimiter(self) -> Optional[str]:
        """Delimiter used in the files."""
    @property
    def compression(self) -> Optional[str]:
        """Compression algorithm used for the files."""
    @property
    def is_continuous(self) -> Optional[bool]:
        """If set to true, the pipe will continuously read new files from the source. If set to false, the pipe will read the files only once. New files have to be uploaded lexically order."""
    @property
    def queue_url(self) -> Optional[str]:
        """Queue URL for event-based continuous ingestion. For S3, provide an SQS queue URL. For GCS, provide a Pub/Sub subscription (e.g. projects/{project}/subscriptions/{name}). When provided, files are ingested based on event notifications rather than lexicographical order. Only applicable when isContinuous is true and authentication is not public."""
    @property
    def skip_initial_load(self) -> Optional[bool]:
        """If set to true, skips the initial load and only ingests files delivered by queue notifications. Only applicable when queueUrl is provided."""
    @property
    def start_after(self) -> Optional[str]:
        """Skip all files up to and including this object key during the initial load. Cannot be provided when skipInitialLoad is true."""
    @property
    def authentication(self) -> Optional[str]:
        """Authentication method. IAM_USER is for S3, GCS, and DigitalOcean Spaces. IAM_ROLE is for S3 only. SERVICE_ACCOUNT is for GCS only. For GCS, SERVICE_ACCOUNT_WORKLOAD_IDENTITY is in Private Preview. ClickPipes uses the GCP service account returned in gcpWorkloadIdentity.principal by the operation with operationId clickPipesServiceContextGet; grant it access to the source resources. CONNECTION_STRING is for Azure Blob Storage. PUBLIC uses no authentication."""
    @property
    def iam_role(self) -> Optional[str]:
        """IAM role to be used with IAM role authentication. Read more in ClickPipes documentation: https://clickhouse.com/docs/en/integrations/clickpipes/object-storage#authentication"""
    @property
    def connection_string(self) -> Optional[str]:
        """Connection string for Azure Blob Storage authentication. Required when authentication is CONNECTION_STRING."""
    @property
    def path(self) -> Optional[str]:
        """Path to the file(s) within the Azure container. Used for Azure Blob Storage sources. You can specify multiple files using bash-like wildcards. For more information, see the documentation on using wildcards in path: https://clickhouse.com/docs/en/integrations/clickpipes/object-storage#limitations"""
    @property
    def azure_container_name(self) -> Optional[str]:
        """Container name for Azure Blob Storage. Required when type is azureblobstorage."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipePostgresPipeSettings:
    """ClickPipePostgresPipeSettings, as the API answers it."""
    def __new__(
        cls,
        *,
        sync_interval_seconds: Optional[int] = None,
        pull_batch_size: Optional[int] = None,
        publication_name: Optional[str] = None,
        replication_mode: Optional[str] = None,
        replication_slot_name: Optional[str] = None,
        allow_nullable_columns: Optional[bool] = None,
        initial_load_parallelism: Optional[int] = None,
        snapshot_num_rows_per_partition: Optional[int] = None,
        snapshot_number_of_parallel_tables: Optional[int] = None,
        enable_failover_slots: Optional[bool] = None,
        delete_on_merge: Optional[bool] = None,
    ) -> Self: ...
    @property
    def sync_interval_seconds(self) -> Optional[int]:
        """Interval in seconds to sync data from Postgres during CDC replication."""
    @property
    def pull_batch_size(self) -> Optional[int]:
        """Number of rows to pull in each batch during CDC replication."""
    @property
    def publication_name(self) -> Optional[str]:
        """PostgreSQL publication name to use for CDC replication. If not provided, ClickPipes will create one automatically."""
    @property
    def replication_mode(self) -> Optional[str]:
        """Replication mode: "cdc" (change data capture with initial snapshot), "snapshot" (one-time snapshot only), or "cdc_only" (CDC without initial snapshot)."""
    @property
    def replication_slot_name(self) -> Optional[str]:
        """PostgreSQL replication slot name. Only valid for "cdc_only" mode. For "cdc" mode, ClickPipes creates the slot automatically."""
    @property
    def allow_nullable_columns(self) -> Optional[bool]:
        """Preserve nullability from Postgres in the destination ClickHouse table. When true, columns without NOT NULL constraints are created as Nullable(...). When false, all columns are non-nullable and NULL values are replaced with the default value for the type. Note: Nullable types have performance overhead in ClickHouse."""
    @property
    def initial_load_parallelism(self) -> Optional[int]:
        """Number of parallel workers to use per table in the initial snapshot phase."""
    @property
    def snapshot_num_rows_per_partition(self) -> Optional[int]:
        """Number of rows per partition during the snapshot phase."""
    @property
    def snapshot_number_of_parallel_tables(self) -> Optional[int]:
        """Number of tables to snapshot in parallel during the initial load phase."""
    @property
    def enable_failover_slots(self) -> Optional[bool]:
        """Enable failover support for the replication slot on PG17 and newer. Only applicable when ClickPipes creates the replication slot (i.e., replicationSlotName is NOT provided)."""
    @property
    def delete_on_merge(self) -> Optional[bool]:
        """Enable hard delete behavior in ReplacingMergeTree for PostgreSQL DELETE operations."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipePostgresPipeTableMapping:
    """ClickPipePostgresPipeTableMapping, as the API answers it."""
    def __new__(
        cls,
        *,
        source_schema_name: Optional[str] = None,
        source_table: Optional[str] = None,
        target_table: Optional[str] = None,
        excluded_columns: Optional[list[str]] = None,
        use_custom_sorting_key: Optional[bool] = None,
        sorting_keys: Optional[list[str]] = None,
        table_engine: Optional[str] = None,
        partition_key: Optional[str] = None,
        partition_by_expr: Optional[str] = None,
    ) -> Self: ...
    @property
    def source_schema_name(self) -> Optional[str]:
        """PostgreSQL source schema name."""
    @property
    def source_table(self) -> Optional[str]:
        """PostgreSQL source table name."""
    @property
    def target_table(self) -> Optional[str]:
        """ClickHouse target table name, optionally prefixed with schema name (e.g., "my_schema_my_table"). The table will be created automatically if it does not exist. For snapshot mode, the target table must be empty."""
    @property
    def excluded_columns(self) -> Optional[ResultList[str]]:
        """List of column names to exclude from replication. Column names must be unique within this list."""
    @property
    def use_custom_sorting_key(self) -> Optional[bool]:
        """Whether to use a custom sorting key. If true, sortingKeys must be provided. If false or omitted, the default sorting key is the PostgreSQL primary key."""
    @property
    def sorting_keys(self) -> Optional[ResultList[str]]:
        """Ordered list of column names to use as the sorting (ORDER BY) key in ClickHouse. Only used when useCustomSortingKey is true. Column names must be unique within this list."""
    @property
    def table_engine(self) -> Optional[str]:
        """ClickHouse table engine: "ReplacingMergeTree" (handles updates/deletes), "MergeTree" (append-only), or "Null" (forward data to materialized views without storing it)."""
    @property
    def partition_key(self) -> Optional[str]:
        """Custom partitioning column used for parallel snapshotting. Only beneficial for PostgreSQL 13 (no benefit for PG14+, which supports indexed ctid scans). Must be an indexed column of type: `smallint`, `integer`, `bigint`, `timestamp without time zone`, or `timestamp with time zone`. Unrelated to ClickHouse partitioning."""
    @property
    def partition_by_expr(self) -> Optional[str]:
        """ClickHouse PARTITION BY expression applied to the destination table when ClickPipes creates it."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipePostgresSource:
    """ClickPipePostgresSource, as the API answers it."""
    def __new__(
        cls,
        *,
        type: Optional[str] = None,
        host: Optional[str] = None,
        port: Optional[int] = None,
        database: Optional[str] = None,
        authentication: Optional[str] = None,
        iam_role: Optional[str] = None,
        tls_host: Optional[str] = None,
        ca_certificate: Optional[str] = None,
        disable_tls: Optional[bool] = None,
        skip_cert_verification: Optional[bool] = None,
        settings: Optional[Union[ClickPipePostgresPipeSettings, Mapping[str, Any]]] = None,
        table_mappings: Optional[list[Union[ClickPipePostgresPipeTableMapping, Mapping[str, Any]]]] = None,
    ) -> Self: ...
    @property
    def type(self) -> Optional[str]:
        """Type of the Postgres source. Defaults to "postgres" if not specified."""
    @property
    def host(self) -> Optional[str]:
        """PostgreSQL server hostname or IP address. To use a reverse private endpoint, pass the endpoint hostname here. For Cloud SQL with SERVICE_ACCOUNT_WORKLOAD_IDENTITY authentication, pass the instance connection name (project:region:instance)."""
    @property
    def port(self) -> Optional[int]:
        """PostgreSQL server port."""
    @property
    def database(self) -> Optional[str]:
        """PostgreSQL database name to replicate from."""
    @property
    def authentication(self) -> Optional[str]:
        """Authentication method for Postgres connection. IAM_ROLE is only available for services on AWS."""
    @property
    def iam_role(self) -> Optional[str]:
        """IAM role ARN for IAM authentication (required for IAM_ROLE authentication, services on AWS only)."""
    @property
    def tls_host(self) -> Optional[str]:
        """TLS/SSL host for secure connections."""
    @property
    def ca_certificate(self) -> Optional[str]:
        """PEM encoded CA certificate to validate the Postgres server certificate."""
    @property
    def disable_tls(self) -> Optional[bool]:
        """Disable TLS for the Postgres connection. Use with caution in production environments."""
    @property
    def skip_cert_verification(self) -> Optional[bool]:
        """Skip TLS certificate verification for the Postgres connection. Use with caution in production environments."""
    @property
    def settings(self) -> Optional[ClickPipePostgresPipeSettings]: ...
    @property
    def table_mappings(self) -> Optional[ResultList[ClickPipePostgresPipeTableMapping]]:
        """List of table mappings defining which PostgreSQL tables to replicate and how they map to ClickHouse tables."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipePubSubSource:
    """ClickPipePubSubSource, as the API answers it."""
    def __new__(
        cls,
        *,
        format: Optional[str] = None,
        project_id: Optional[str] = None,
        topic: Optional[str] = None,
        authentication: Optional[str] = None,
        seek_type: Optional[str] = None,
        seek_timestamp: Optional[datetime.datetime] = None,
        filter: Optional[str] = None,
        enable_ordering: Optional[bool] = None,
        ack_deadline: Optional[int] = None,
    ) -> Self: ...
    @property
    def format(self) -> Optional[str]:
        """Format of messages in the Pub/Sub topic. GCP Pub/Sub ClickPipes are in private preview — contact support to enable this feature for your organization."""
    @property
    def project_id(self) -> Optional[str]:
        """GCP project ID that owns the Pub/Sub topic."""
    @property
    def topic(self) -> Optional[str]:
        """Pub/Sub topic name (not the fully-qualified path)."""
    @property
    def authentication(self) -> Optional[str]:
        """Authentication method to use with GCP Pub/Sub. SERVICE_ACCOUNT_WORKLOAD_IDENTITY is in Private Preview. ClickPipes uses the GCP service account returned in gcpWorkloadIdentity.principal by the operation with operationId clickPipesServiceContextGet; grant it access to the source resources."""
    @property
    def seek_type(self) -> Optional[str]:
        """Starting position strategy for consuming the subscription. The seekTimestamp companion is required only when seekType is "timestamp"; setting it for a mismatched seek type is rejected."""
    @property
    def seek_timestamp(self) -> Optional[datetime.datetime]:
        """RFC 3339 / ISO 8601 timestamp to seek to. Required when seekType is "timestamp"; must be omitted otherwise."""
    @property
    def filter(self) -> Optional[str]:
        """Optional Pub/Sub subscription filter expression (CEL). Maximum 256 characters."""
    @property
    def enable_ordering(self) -> Optional[bool]:
        """Whether to enable ordered delivery of messages (requires messages to be published with ordering keys)."""
    @property
    def ack_deadline(self) -> Optional[int]:
        """Acknowledgement deadline for messages, in seconds. Must be between 10 and 600."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeScaling:
    """ClickPipeScaling, as the API answers it."""
    def __new__(
        cls,
        *,
        replicas: Optional[int] = None,
        concurrency: Optional[int] = None,
        replica_cpu_millicores: Optional[int] = None,
        replica_memory_gb: Optional[float] = None,
    ) -> Self: ...
    @property
    def replicas(self) -> Optional[int]:
        """Desired number of replicas. Only for scalable pipes."""
    @property
    def concurrency(self) -> Optional[int]:
        """Desired number of concurrency. Only for S3 pipes. If set to 0, concurrency is auto-scaled based on the cluster memory."""
    @property
    def replica_cpu_millicores(self) -> Optional[int]:
        """CPU in millicores for each replica. Only for streaming pipes."""
    @property
    def replica_memory_gb(self) -> Optional[float]:
        """Memory in GB for each replica. Only for streaming pipes."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeSchemaDiscoveryField:
    """ClickPipeSchemaDiscoveryField, as the API answers it."""
    def __new__(
        cls,
        *,
        name: Optional[str] = None,
        type: Optional[str] = None,
        optional: Optional[bool] = None,
    ) -> Self: ...
    @property
    def name(self) -> Optional[str]:
        """Name of the inferred field."""
    @property
    def type(self) -> Optional[str]:
        """Inferred ClickHouse data type of the field."""
    @property
    def optional(self) -> Optional[bool]:
        """Whether the field is optional (nullable) in the source."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeSchemaDiscoveryResponse:
    """ClickPipeSchemaDiscoveryResponse, as the API answers it."""
    def __new__(
        cls,
        *,
        fields: Optional[list[Union[ClickPipeSchemaDiscoveryField, Mapping[str, Any]]]] = None,
        meta: Optional[Mapping[str, str]] = None,
    ) -> Self: ...
    @property
    def fields(self) -> Optional[ResultList[ClickPipeSchemaDiscoveryField]]:
        """Inferred schema fields with their ClickHouse data types."""
    @property
    def meta(self) -> Optional[dict[str, str]]: ...
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeSettings:
    """ClickPipeSettings, as the API answers it."""
    def __new__(
        cls,
        *,
        streaming_max_insert_wait_ms: Optional[int] = None,
        object_storage_concurrency: Optional[int] = None,
        object_storage_polling_interval_ms: Optional[int] = None,
        object_storage_max_insert_bytes: Optional[int] = None,
        object_storage_max_file_count: Optional[int] = None,
        clickhouse_max_threads: Optional[int] = None,
        clickhouse_max_insert_threads: Optional[int] = None,
        clickhouse_min_insert_block_size_bytes: Optional[int] = None,
        clickhouse_max_download_threads: Optional[int] = None,
        clickhouse_parallel_distributed_insert_select: Optional[int] = None,
        kafka_read_committed: Optional[bool] = None,
        object_storage_use_cluster_function: Optional[bool] = None,
        clickhouse_parallel_view_processing: Optional[bool] = None,
    ) -> Self: ...
    @property
    def streaming_max_insert_wait_ms(self) -> Optional[int]:
        """Streaming max insert wait time. Configures the max wait period before inserting data into the ClickHouse."""
    @property
    def object_storage_concurrency(self) -> Optional[int]:
        """Object storage concurrency. Number of concurrent file processing threads"""
    @property
    def object_storage_polling_interval_ms(self) -> Optional[int]:
        """Object storage polling interval. Configures the refresh interval for querying continuous ingest for new object storage data"""
    @property
    def object_storage_max_insert_bytes(self) -> Optional[int]:
        """Max insert bytes. Number of bytes to process in a single insert batch"""
    @property
    def object_storage_max_file_count(self) -> Optional[int]:
        """Max file count. Maximum number of files to process in a single insert batch"""
    @property
    def clickhouse_max_threads(self) -> Optional[int]:
        """Max threads. Maximum number of concurrent threads for file processing"""
    @property
    def clickhouse_max_insert_threads(self) -> Optional[int]:
        """Max insert threads. Maximum number of concurrent insert threads"""
    @property
    def clickhouse_min_insert_block_size_bytes(self) -> Optional[int]:
        """Min insert block size bytes. Minimum size of data block for insert (in bytes)"""
    @property
    def clickhouse_max_download_threads(self) -> Optional[int]:
        """Max download threads. Maximum number of concurrent download threads"""
    @property
    def clickhouse_parallel_distributed_insert_select(self) -> Optional[int]:
        """Parallel distributed insert select. Only applies when object_storage_use_cluster_function is enabled. When disabled, this setting is ignored and the effective value is 0."""
    @property
    def kafka_read_committed(self) -> Optional[bool]:
        """Kafka Read Committed. Whether Kafka consumers read only committed messages"""
    @property
    def object_storage_use_cluster_function(self) -> Optional[bool]:
        """use cluster function. Whether to use ClickHouse cluster function for distributed processing"""
    @property
    def clickhouse_parallel_view_processing(self) -> Optional[bool]:
        """parallel view processing. Whether to enable pushing to attached views concurrently instead of sequentially"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipeSource:
    """ClickPipeSource, as the API answers it."""
    def __new__(
        cls,
        *,
        kafka: Optional[Union[ClickPipeKafkaSource, Mapping[str, Any]]] = None,
        object_storage: Optional[Union[ClickPipeObjectStorageSource, Mapping[str, Any]]] = None,
        kinesis: Optional[Union[ClickPipeKinesisSource, Mapping[str, Any]]] = None,
        pubsub: Optional[Union[ClickPipePubSubSource, Mapping[str, Any]]] = None,
        postgres: Optional[Union[ClickPipePostgresSource, Mapping[str, Any]]] = None,
        mysql: Optional[Union[ClickPipeMySQLSource, Mapping[str, Any]]] = None,
        bigquery: Optional[Union[Union[ClickPipeBigQueryServiceAccountSource, ClickPipeBigQueryWorkloadIdentitySource, dict[str, Any]], Mapping[str, Any]]] = None,
        mongodb: Optional[Union[ClickPipeMongoDBSource, Mapping[str, Any]]] = None,
    ) -> Self: ...
    @property
    def kafka(self) -> Optional[ClickPipeKafkaSource]: ...
    @property
    def object_storage(self) -> Optional[ClickPipeObjectStorageSource]: ...
    @property
    def kinesis(self) -> Optional[ClickPipeKinesisSource]: ...
    @property
    def pubsub(self) -> Optional[ClickPipePubSubSource]: ...
    @property
    def postgres(self) -> Optional[ClickPipePostgresSource]: ...
    @property
    def mysql(self) -> Optional[ClickPipeMySQLSource]: ...
    @property
    def bigquery(self) -> Optional[Union[ClickPipeBigQueryServiceAccountSource, ClickPipeBigQueryWorkloadIdentitySource, dict[str, Any]]]: ...
    @property
    def mongodb(self) -> Optional[ClickPipeMongoDBSource]: ...
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipesCdcScaling:
    """ClickPipesCdcScaling, as the API answers it."""
    def __new__(
        cls,
        *,
        replica_cpu_millicores: Optional[int] = None,
        replica_memory_gb: Optional[float] = None,
    ) -> Self: ...
    @property
    def replica_cpu_millicores(self) -> Optional[int]:
        """CPU in millicores for DB ClickPipes."""
    @property
    def replica_memory_gb(self) -> Optional[float]:
        """Memory in GiB for DB ClickPipes. Must be 4× the CPU core count."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipesGcpWorkloadIdentityContext:
    """ClickPipesGcpWorkloadIdentityContext, as the API answers it."""
    def __new__(
        cls,
        *,
        supported: Optional[bool] = None,
        ready: Optional[bool] = None,
        principal: Optional[str] = None,
    ) -> Self: ...
    @property
    def supported(self) -> Optional[bool]:
        """Whether the ClickPipes deployment supports GCP workload identity, which is in Private Preview. The principal field identifies the GCP service account used for source access."""
    @property
    def ready(self) -> Optional[bool]:
        """Whether the service tenant identity is ready for workload identity authentication."""
    @property
    def principal(self) -> Optional[str]:
        """GCP service account used by ClickPipes for workload identity authentication. Grant this service account access to customer source resources."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickPipesServiceContext:
    """ClickPipesServiceContext, as the API answers it."""
    def __new__(
        cls,
        *,
        gcp_workload_identity: Optional[Union[ClickPipesGcpWorkloadIdentityContext, Mapping[str, Any]]] = None,
    ) -> Self: ...
    @property
    def gcp_workload_identity(self) -> Optional[ClickPipesGcpWorkloadIdentityContext]: ...
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackAggregatedColumn:
    """ClickStackAggregatedColumn, as the API answers it."""
    def __new__(
        cls,
        *,
        source_column: Optional[str] = None,
        agg_fn: Optional[str] = None,
        mv_column: Optional[str] = None,
    ) -> Self: ...
    @property
    def source_column(self) -> Optional[str]:
        """Source column name"""
    @property
    def agg_fn(self) -> Optional[str]:
        """Aggregation function (e.g., count, sum, avg)"""
    @property
    def mv_column(self) -> Optional[str]:
        """Materialized view column name"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackAlertChannelEmail:
    """ClickStackAlertChannelEmail, as the API answers it."""
    def __new__(
        cls,
        *,
        type: Optional[str] = None,
        email_recipients: Optional[list[str]] = None,
    ) -> Self: ...
    @property
    def type(self) -> Optional[str]:
        """Channel type. Must be "email" for email alerts."""
    @property
    def email_recipients(self) -> Optional[ResultList[str]]:
        """Email recipients for email alerts."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackAlertExecutionError:
    """ClickStackAlertExecutionError, as the API answers it."""
    def __new__(
        cls,
        *,
        timestamp: Optional[datetime.datetime] = None,
        type: Optional[str] = None,
        message: Optional[str] = None,
    ) -> Self: ...
    @property
    def timestamp(self) -> Optional[datetime.datetime]:
        """When the error occurred."""
    @property
    def type(self) -> Optional[str]:
        """Category of the error."""
    @property
    def message(self) -> Optional[str]:
        """Human-readable error message."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackAlertLineBuilderChartConfig:
    """ClickStackAlertLineBuilderChartConfig, as the API answers it."""
    def __new__(
        cls,
        *,
        display_type: Optional[str] = None,
        source_id: Optional[str] = None,
        select: Optional[list[Union[ClickStackSelectItem, Mapping[str, Any]]]] = None,
        group_by: Optional[str] = None,
        as_ratio: Optional[bool] = None,
        align_date_range_to_granularity: Optional[bool] = None,
        fill_nulls: Optional[bool] = None,
        fit_y_axis_to_data: Optional[bool] = None,
        line_interpolation: Optional[str] = None,
        number_format: Optional[Union[ClickStackNumberFormat, Mapping[str, Any]]] = None,
        compare_to_previous_period: Optional[bool] = None,
        series_limit: Optional[int] = None,
        formulas: Optional[list[Union[ClickStackFormula, Mapping[str, Any]]]] = None,
        show_operand_series: Optional[bool] = None,
        name: Optional[str] = None,
        where: Optional[str] = None,
        where_language: Optional[str] = None,
    ) -> Self: ...
    @property
    def display_type(self) -> Optional[str]:
        """Display type discriminator. Must be "line" for line charts."""
    @property
    def source_id(self) -> Optional[str]:
        """ID of the data source to query."""
    @property
    def select(self) -> Optional[ResultList[ClickStackSelectItem]]:
        """One or more aggregated values to plot. When asRatio is true, exactly two select items are required."""
    @property
    def group_by(self) -> Optional[str]:
        """Field expression to group results by (creates separate lines per group value)."""
    @property
    def as_ratio(self) -> Optional[bool]:
        """Plot select[0] / select[1] as a ratio. Requires exactly two select items."""
    @property
    def align_date_range_to_granularity(self) -> Optional[bool]:
        """Expand date range boundaries to the query granularity interval."""
    @property
    def fill_nulls(self) -> Optional[bool]:
        """Fill missing time buckets with zero instead of leaving gaps."""
    @property
    def fit_y_axis_to_data(self) -> Optional[bool]:
        """Set the y-axis lower bound to the minimum of the displayed data instead of zero, making small fluctuations between series easier to see."""
    @property
    def line_interpolation(self) -> Optional[str]:
        """How points are connected. Defaults to "smooth" when omitted."""
    @property
    def number_format(self) -> Optional[ClickStackNumberFormat]: ...
    @property
    def compare_to_previous_period(self) -> Optional[bool]:
        """Overlay the equivalent previous time period for comparison."""
    @property
    def series_limit(self) -> Optional[int]:
        """Maximum number of series rendered (top-N by value). Omit to use the default render cap, set 0 for unlimited, or a positive N to keep the top N series."""
    @property
    def formulas(self) -> Optional[ResultList[ClickStackFormula]]:
        """Derived series computed from the select items via letter-ref arithmetic ("A" = select[0], "B" = select[1], ...). Metric, log, and trace sources only. Cannot be combined with asRatio."""
    @property
    def show_operand_series(self) -> Optional[bool]:
        """Only meaningful with formulas. When false, only the formula series are returned; the raw operand series are hidden."""
    @property
    def name(self) -> Optional[str]:
        """Display name for the alert query. Used in notification titles and as an alert-name fallback when the alert itself has no name."""
    @property
    def where(self) -> Optional[str]:
        """Chart-level filter applied on top of every select item's own "where" (combined via AND). Builder variants only; rejected on Raw SQL variants (filter inside the sqlTemplate instead)."""
    @property
    def where_language(self) -> Optional[str]:
        """Language of the chart-level "where" filter."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackAlertResponse:
    """ClickStackAlertResponse, as the API answers it."""
    def __new__(
        cls,
        *,
        dashboard_id: Optional[str] = None,
        tile_id: Optional[str] = None,
        saved_search_id: Optional[str] = None,
        group_by: Optional[str] = None,
        chart_config: Optional[Any] = None,
        threshold: Optional[float] = None,
        threshold_max: Optional[float] = None,
        interval: Optional[str] = None,
        schedule_offset_minutes: Optional[int] = None,
        schedule_start_at: Optional[datetime.datetime] = None,
        source: Optional[str] = None,
        threshold_type: Optional[str] = None,
        channel: Optional[Any] = None,
        channels: Optional[list[Any]] = None,
        name: Optional[str] = None,
        message: Optional[str] = None,
        note: Optional[str] = None,
        num_consecutive_windows: Optional[int] = None,
        display_name: Optional[str] = None,
        tags: Optional[list[str]] = None,
        id: Optional[str] = None,
        state: Optional[str] = None,
        team_id: Optional[str] = None,
        silenced: Optional[Union[ClickStackAlertSilenced, Mapping[str, Any]]] = None,
        execution_errors: Optional[list[Union[ClickStackAlertExecutionError, Mapping[str, Any]]]] = None,
        created_at: Optional[datetime.datetime] = None,
        updated_at: Optional[datetime.datetime] = None,
    ) -> Self: ...
    @property
    def dashboard_id(self) -> Optional[str]:
        """Dashboard ID for tile-based alerts."""
    @property
    def tile_id(self) -> Optional[str]:
        """Tile ID for tile-based alerts. Must be a line, stacked bar, or number type tile."""
    @property
    def saved_search_id(self) -> Optional[str]:
        """Saved search ID for saved_search alerts."""
    @property
    def group_by(self) -> Optional[str]:
        """Group-by key for saved search alerts."""
    @property
    def chart_config(self) -> Optional[Any]: ...
    @property
    def threshold(self) -> Optional[float]:
        """Threshold value for triggering the alert. For between and not_between threshold types, this is the lower bound."""
    @property
    def threshold_max(self) -> Optional[float]:
        """Upper bound for between and not_between threshold types. Required when thresholdType is between or not_between, must be >= threshold."""
    @property
    def interval(self) -> Optional[str]:
        """Evaluation interval for the alert. `30s` requires the 30s alert interval feature to be enabled for your team. Anomaly alerts (detectionMode "anomaly") support only `5m`, `15m`, `30m`, and `1h`; other intervals are rejected with 400."""
    @property
    def schedule_offset_minutes(self) -> Optional[int]:
        """Offset from the interval boundary in minutes. For example, 2 with a 5m interval evaluates windows at :02, :07, :12, etc. (UTC)."""
    @property
    def schedule_start_at(self) -> Optional[datetime.datetime]:
        """Absolute UTC start time anchor. Alert windows start from this timestamp and repeat every interval."""
    @property
    def source(self) -> Optional[str]:
        """Alert source type (tile-based or saved search)."""
    @property
    def threshold_type(self) -> Optional[str]:
        """Threshold comparison direction."""
    @property
    def channel(self) -> Optional[Any]: ...
    @property
    def channels(self) -> Optional[ResultList[Any]]: ...
    @property
    def name(self) -> Optional[str]:
        """Alert name template (Handlebars), rendered as the notification title. When omitted, a default title is generated from the display name, value and threshold."""
    @property
    def message(self) -> Optional[str]:
        """Alert message template."""
    @property
    def note(self) -> Optional[str]:
        """Freeform note for the alert. Supports markdown formatting."""
    @property
    def num_consecutive_windows(self) -> Optional[int]:
        """Fire the alert only after its condition has been met for this many consecutive evaluation windows. While the condition is met but fewer than this many consecutive windows have violated, the alert is in the PENDING state."""
    @property
    def display_name(self) -> Optional[str]:
        """The display name for the alert in the UI. Derived from the saved search name, dashboard tile name, or inline chartConfig name when not explicitly set."""
    @property
    def tags(self) -> Optional[ResultList[str]]:
        """The tags for the alert. Derived from the tags of the referenced saved search or dashboard when not explicitly set; inline alerts default to an empty list."""
    @property
    def id(self) -> Optional[str]:
        """Unique alert identifier."""
    @property
    def state(self) -> Optional[str]:
        """Current alert state."""
    @property
    def team_id(self) -> Optional[str]:
        """Team identifier."""
    @property
    def silenced(self) -> Optional[ClickStackAlertSilenced]: ...
    @property
    def execution_errors(self) -> Optional[ResultList[ClickStackAlertExecutionError]]:
        """Errors recorded during the most recent alert execution, if any."""
    @property
    def created_at(self) -> Optional[datetime.datetime]:
        """Creation timestamp."""
    @property
    def updated_at(self) -> Optional[datetime.datetime]:
        """Last update timestamp."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackAlertSilenced:
    """ClickStackAlertSilenced, as the API answers it."""
    def __new__(
        cls,
        *,
        by: Optional[str] = None,
        at: Optional[datetime.datetime] = None,
        until: Optional[datetime.datetime] = None,
    ) -> Self: ...
    @property
    def by(self) -> Optional[str]:
        """User ID who silenced the alert."""
    @property
    def at(self) -> Optional[datetime.datetime]:
        """Silence start timestamp."""
    @property
    def until(self) -> Optional[datetime.datetime]:
        """Silence end timestamp."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackClickHouseCASLPermission:
    """ClickStackClickHouseCASLPermission, as the API answers it."""
    def __new__(
        cls,
        *,
        action: Optional[str] = None,
        subject: Optional[str] = None,
        fields: Optional[list[str]] = None,
        inverted: Optional[bool] = None,
        integration: Optional[str] = None,
        conditions: Optional[Union[ClickStackClickHouseCASLPermissionConditions, Mapping[str, Any]]] = None,
    ) -> Self: ...
    @property
    def action(self) -> Optional[str]:
        """The action this permission grants or denies."""
    @property
    def subject(self) -> Optional[str]:
        """The resource the action applies to."""
    @property
    def fields(self) -> Optional[ResultList[str]]:
        """Optional CASL field restriction limiting the rule to specific fields."""
    @property
    def inverted(self) -> Optional[bool]:
        """When true, the rule denies rather than grants the action."""
    @property
    def integration(self) -> Optional[str]:
        """Scopes the permission to the ClickHouse data plane (row-level access)."""
    @property
    def conditions(self) -> Optional[ClickStackClickHouseCASLPermissionConditions]: ...
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackClickHouseCASLPermissionConditions:
    """ClickStackClickHouseCASLPermissionConditions, as the API answers it."""
    def __new__(
        cls,
        *,
        connection: Optional[str] = None,
        from_: Optional[Union[ClickStackClickHouseCASLPermissionConditionsFrom, Mapping[str, Any]]] = None,
        where: Optional[str] = None,
        where_language: Optional[str] = None,
    ) -> Self: ...
    @property
    def connection(self) -> Optional[str]:
        """ID of the connection the row policy applies to."""
    @property
    def from_(self) -> Optional[ClickStackClickHouseCASLPermissionConditionsFrom]: ...
    @property
    def where(self) -> Optional[str]:
        """The row-policy predicate, expressed in `whereLanguage`."""
    @property
    def where_language(self) -> Optional[str]: ...
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackClickHouseCASLPermissionConditionsFrom:
    """ClickStackClickHouseCASLPermissionConditionsFrom, as the API answers it."""
    def __new__(
        cls,
        *,
        database_name: Optional[str] = None,
        table_name: Optional[str] = None,
    ) -> Self: ...
    @property
    def database_name(self) -> Optional[str]: ...
    @property
    def table_name(self) -> Optional[str]: ...
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackDashboardContainer:
    """ClickStackDashboardContainer, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[str] = None,
        title: Optional[str] = None,
        collapsed: Optional[bool] = None,
        collapsible: Optional[bool] = None,
        bordered: Optional[bool] = None,
        tabs: Optional[list[Union[ClickStackDashboardContainerTab, Mapping[str, Any]]]] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[str]:
        """Unique identifier for the container within the dashboard."""
    @property
    def title(self) -> Optional[str]:
        """Display title for the container."""
    @property
    def collapsed(self) -> Optional[bool]:
        """Persisted default collapse state. Per-viewer state lives in the URL."""
    @property
    def collapsible(self) -> Optional[bool]:
        """Whether the user can collapse the group."""
    @property
    def bordered(self) -> Optional[bool]:
        """Whether to show a visual border around the group."""
    @property
    def tabs(self) -> Optional[ResultList[ClickStackDashboardContainerTab]]:
        """Optional tabs. 2+ entries renders a tab bar; 0-1 entries renders a plain group header. Tiles join a tab via tabId."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackDashboardContainerTab:
    """ClickStackDashboardContainerTab, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[str] = None,
        title: Optional[str] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[str]:
        """Unique identifier for the tab within its container."""
    @property
    def title(self) -> Optional[str]:
        """Display title for the tab."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackDashboardResponse:
    """ClickStackDashboardResponse, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[str] = None,
        name: Optional[str] = None,
        tiles: Optional[list[Union[ClickStackTileOutput, Mapping[str, Any]]]] = None,
        tags: Optional[list[str]] = None,
        filters: Optional[list[Union[Union[ClickStackQueryExpressionFilter, ClickStackStaticListFilter, ClickStackPrometheusLabelFilter, ClickStackSourceFilter, dict[str, Any]], Mapping[str, Any]]]] = None,
        saved_query: Optional[str] = None,
        saved_query_language: Optional[str] = None,
        saved_filter_values: Optional[list[Union[Union[ClickStackSqlSavedFilterValue, ClickStackVariableSavedFilterValue, dict[str, Any]], Mapping[str, Any]]]] = None,
        containers: Optional[list[Union[ClickStackDashboardContainer, Mapping[str, Any]]]] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[str]:
        """Dashboard ID"""
    @property
    def name(self) -> Optional[str]:
        """Dashboard name"""
    @property
    def tiles(self) -> Optional[ResultList[ClickStackTileOutput]]:
        """List of tiles/charts in the dashboard"""
    @property
    def tags(self) -> Optional[ResultList[str]]:
        """Tags for organizing and filtering dashboards"""
    @property
    def filters(self) -> Optional[ResultList[Union[ClickStackQueryExpressionFilter, ClickStackStaticListFilter, ClickStackPrometheusLabelFilter, ClickStackSourceFilter, dict[str, Any]]]]:
        """Dropdown filters added to the dashboard. Each one broadcasts its selected value as a condition, acts as a variable which can be referenced in tile queries, or both."""
    @property
    def saved_query(self) -> Optional[str]:
        """Optional default dashboard query restored when loading the dashboard."""
    @property
    def saved_query_language(self) -> Optional[str]:
        """Query language used by savedQuery."""
    @property
    def saved_filter_values(self) -> Optional[ResultList[Union[ClickStackSqlSavedFilterValue, ClickStackVariableSavedFilterValue, dict[str, Any]]]]:
        """Optional default dashboard filter values restored when loading the dashboard."""
    @property
    def containers(self) -> Optional[ResultList[ClickStackDashboardContainer]]:
        """Optional grouping containers. Each tile may join a container via tile.containerId, and a tab inside it via tile.tabId."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackFilterSettingsColumn:
    """ClickStackFilterSettingsColumn, as the API answers it."""
    def __new__(
        cls,
        *,
        name: Optional[str] = None,
        label: Optional[str] = None,
        value_expression: Optional[str] = None,
        allow_all: Optional[bool] = None,
    ) -> Self: ...
    @property
    def name(self) -> Optional[str]:
        """Column of the source's table that selected filter values are matched against. Also the key the selection is persisted under in links, saved searches, and dashboards."""
    @property
    def label(self) -> Optional[str]:
        """Display label for the column"""
    @property
    def value_expression(self) -> Optional[str]:
        """Optional SQL expression, evaluated against the filter-values table, that produces the available filter options. Use it when the options live in a differently-named column, or must be transformed to match the values stored in the source table. Defaults to reading `name` as a plain column when omitted."""
    @property
    def allow_all(self) -> Optional[bool]:
        """Whether to offer an "All" option that expands to every available value at query time. Best suited to low-cardinality columns. Defaults to false."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackFormula:
    """ClickStackFormula, as the API answers it."""
    def __new__(
        cls,
        *,
        expression: Optional[str] = None,
        alias: Optional[str] = None,
        number_format: Optional[Union[ClickStackNumberFormat, Mapping[str, Any]]] = None,
    ) -> Self: ...
    @property
    def expression(self) -> Optional[str]:
        """Arithmetic expression over the select items by position, e.g. "A / (A + B) * 100" for a success-rate percentage."""
    @property
    def alias(self) -> Optional[str]:
        """Display label for the formula series in chart legends and column headers. Falls back to the raw expression text when unset."""
    @property
    def number_format(self) -> Optional[ClickStackNumberFormat]: ...
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackGenericWebhook:
    """ClickStackGenericWebhook, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[str] = None,
        name: Optional[str] = None,
        service: Optional[str] = None,
        url: Optional[str] = None,
        description: Optional[str] = None,
        body: Optional[str] = None,
        updated_at: Optional[datetime.datetime] = None,
        created_at: Optional[datetime.datetime] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[str]:
        """Webhook ID"""
    @property
    def name(self) -> Optional[str]:
        """Webhook name"""
    @property
    def service(self) -> Optional[str]:
        """Webhook service type"""
    @property
    def url(self) -> Optional[str]:
        """Webhook destination URL"""
    @property
    def description(self) -> Optional[str]:
        """Webhook description, shown in the UI"""
    @property
    def body(self) -> Optional[str]:
        """Optional request body template"""
    @property
    def updated_at(self) -> Optional[datetime.datetime]:
        """Last update timestamp"""
    @property
    def created_at(self) -> Optional[datetime.datetime]:
        """Creation timestamp"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackHighlightedAttributeExpression:
    """ClickStackHighlightedAttributeExpression, as the API answers it."""
    def __new__(
        cls,
        *,
        sql_expression: Optional[str] = None,
        lucene_expression: Optional[str] = None,
        alias: Optional[str] = None,
    ) -> Self: ...
    @property
    def sql_expression(self) -> Optional[str]:
        """SQL expression for the attribute"""
    @property
    def lucene_expression(self) -> Optional[str]:
        """An optional, Lucene version of the sqlExpression expression. If provided, it is used when searching for this attribute value."""
    @property
    def alias(self) -> Optional[str]:
        """Optional alias for the attribute"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackIncidentIOWebhook:
    """ClickStackIncidentIOWebhook, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[str] = None,
        name: Optional[str] = None,
        service: Optional[str] = None,
        url: Optional[str] = None,
        description: Optional[str] = None,
        updated_at: Optional[datetime.datetime] = None,
        created_at: Optional[datetime.datetime] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[str]:
        """Webhook ID"""
    @property
    def name(self) -> Optional[str]:
        """Webhook name"""
    @property
    def service(self) -> Optional[str]:
        """Webhook service type"""
    @property
    def url(self) -> Optional[str]:
        """incident.io alert event HTTP source URL"""
    @property
    def description(self) -> Optional[str]:
        """Webhook description, shown in the UI"""
    @property
    def updated_at(self) -> Optional[datetime.datetime]:
        """Last update timestamp"""
    @property
    def created_at(self) -> Optional[datetime.datetime]:
        """Creation timestamp"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackLineBuilderChartConfig:
    """ClickStackLineBuilderChartConfig, as the API answers it."""
    def __new__(
        cls,
        *,
        display_type: Optional[str] = None,
        source_id: Optional[str] = None,
        select: Optional[list[Union[ClickStackSelectItem, Mapping[str, Any]]]] = None,
        group_by: Optional[str] = None,
        as_ratio: Optional[bool] = None,
        align_date_range_to_granularity: Optional[bool] = None,
        fill_nulls: Optional[bool] = None,
        fit_y_axis_to_data: Optional[bool] = None,
        line_interpolation: Optional[str] = None,
        number_format: Optional[Union[ClickStackNumberFormat, Mapping[str, Any]]] = None,
        compare_to_previous_period: Optional[bool] = None,
        series_limit: Optional[int] = None,
        formulas: Optional[list[Union[ClickStackFormula, Mapping[str, Any]]]] = None,
        show_operand_series: Optional[bool] = None,
    ) -> Self: ...
    @property
    def display_type(self) -> Optional[str]:
        """Display type discriminator. Must be "line" for line charts."""
    @property
    def source_id(self) -> Optional[str]:
        """ID of the data source to query."""
    @property
    def select(self) -> Optional[ResultList[ClickStackSelectItem]]:
        """One or more aggregated values to plot. When asRatio is true, exactly two select items are required."""
    @property
    def group_by(self) -> Optional[str]:
        """Field expression to group results by (creates separate lines per group value)."""
    @property
    def as_ratio(self) -> Optional[bool]:
        """Plot select[0] / select[1] as a ratio. Requires exactly two select items."""
    @property
    def align_date_range_to_granularity(self) -> Optional[bool]:
        """Expand date range boundaries to the query granularity interval."""
    @property
    def fill_nulls(self) -> Optional[bool]:
        """Fill missing time buckets with zero instead of leaving gaps."""
    @property
    def fit_y_axis_to_data(self) -> Optional[bool]:
        """Set the y-axis lower bound to the minimum of the displayed data instead of zero, making small fluctuations between series easier to see."""
    @property
    def line_interpolation(self) -> Optional[str]:
        """How points are connected. Defaults to "smooth" when omitted."""
    @property
    def number_format(self) -> Optional[ClickStackNumberFormat]: ...
    @property
    def compare_to_previous_period(self) -> Optional[bool]:
        """Overlay the equivalent previous time period for comparison."""
    @property
    def series_limit(self) -> Optional[int]:
        """Maximum number of series rendered (top-N by value). Omit to use the default render cap, set 0 for unlimited, or a positive N to keep the top N series."""
    @property
    def formulas(self) -> Optional[ResultList[ClickStackFormula]]:
        """Derived series computed from the select items via letter-ref arithmetic ("A" = select[0], "B" = select[1], ...). Metric, log, and trace sources only. Cannot be combined with asRatio."""
    @property
    def show_operand_series(self) -> Optional[bool]:
        """Only meaningful with formulas. When false, only the formula series are returned; the raw operand series are hidden."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackLogSource:
    """ClickStackLogSource, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[str] = None,
        name: Optional[str] = None,
        section: Optional[str] = None,
        disabled: Optional[bool] = None,
        kind: Optional[str] = None,
        connection: Optional[str] = None,
        from_: Optional[Union[ClickStackSourceFrom, Mapping[str, Any]]] = None,
        query_settings: Optional[list[Union[ClickStackQuerySetting, Mapping[str, Any]]]] = None,
        filter_settings: Optional[Union[ClickStackSourceFilterSettings, Mapping[str, Any]]] = None,
        default_table_select_expression: Optional[str] = None,
        timestamp_value_expression: Optional[str] = None,
        service_name_expression: Optional[str] = None,
        service_version_expression: Optional[str] = None,
        severity_text_expression: Optional[str] = None,
        body_expression: Optional[str] = None,
        event_attributes_expression: Optional[str] = None,
        resource_attributes_expression: Optional[str] = None,
        displayed_timestamp_value_expression: Optional[str] = None,
        order_by_expression: Optional[str] = None,
        metric_source_id: Optional[str] = None,
        trace_source_id: Optional[str] = None,
        trace_id_expression: Optional[str] = None,
        span_id_expression: Optional[str] = None,
        implicit_column_expression: Optional[str] = None,
        known_columns_list_expression: Optional[str] = None,
        use_text_index_for_implicit_column: Optional[str] = None,
        highlighted_trace_attribute_expressions: Optional[list[Union[ClickStackHighlightedAttributeExpression, Mapping[str, Any]]]] = None,
        highlighted_row_attribute_expressions: Optional[list[Union[ClickStackHighlightedAttributeExpression, Mapping[str, Any]]]] = None,
        materialized_views: Optional[list[Union[ClickStackMaterializedView, Mapping[str, Any]]]] = None,
        metadata_materialized_views: Optional[Union[ClickStackLogSourceMetadataMaterializedViews, Mapping[str, Any]]] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[str]:
        """Unique source ID. Server-generated; ignored if sent in create/update requests."""
    @property
    def name(self) -> Optional[str]:
        """Display name for the source."""
    @property
    def section(self) -> Optional[str]:
        """Optional grouping label used to organize sources in the source selector. Sources that share a section value are displayed together."""
    @property
    def disabled(self) -> Optional[bool]:
        """When true, the source is hidden from source selectors in the UI. Defaults to false."""
    @property
    def kind(self) -> Optional[str]:
        """Source kind discriminator. Must be "log" for log sources."""
    @property
    def connection(self) -> Optional[str]:
        """ID of the ClickHouse connection used by this source."""
    @property
    def from_(self) -> Optional[ClickStackSourceFrom]: ...
    @property
    def query_settings(self) -> Optional[ResultList[ClickStackQuerySetting]]:
        """Optional ClickHouse query settings applied when querying this source."""
    @property
    def filter_settings(self) -> Optional[ClickStackSourceFilterSettings]: ...
    @property
    def default_table_select_expression(self) -> Optional[str]:
        """Default columns selected in search results (this can be customized per search later)"""
    @property
    def timestamp_value_expression(self) -> Optional[str]:
        """DateTime column or expression that is part of your table's primary key."""
    @property
    def service_name_expression(self) -> Optional[str]:
        """Expression to extract the service name from log rows."""
    @property
    def service_version_expression(self) -> Optional[str]:
        """Expression identifying the running release of a service. Defaults to the OpenTelemetry service.version resource attribute when unset. Where services carry the release on different attributes, fall back across them with coalesce(nullIf(a, ''), nullIf(b, ''))."""
    @property
    def severity_text_expression(self) -> Optional[str]:
        """Expression to extract the severity/log level text."""
    @property
    def body_expression(self) -> Optional[str]:
        """Expression to extract the log message body."""
    @property
    def event_attributes_expression(self) -> Optional[str]:
        """Expression to extract event-level attributes."""
    @property
    def resource_attributes_expression(self) -> Optional[str]:
        """Expression to extract resource-level attributes."""
    @property
    def displayed_timestamp_value_expression(self) -> Optional[str]:
        """This DateTime column is used to display and order search results."""
    @property
    def order_by_expression(self) -> Optional[str]:
        """Custom ORDER BY expression that overrides the default ordering. Leave empty to use the auto-detected default."""
    @property
    def metric_source_id(self) -> Optional[str]:
        """HyperDX Source for metrics associated with logs. Optional"""
    @property
    def trace_source_id(self) -> Optional[str]:
        """HyperDX Source for traces associated with logs. Optional"""
    @property
    def trace_id_expression(self) -> Optional[str]:
        """Expression to extract the trace ID for correlating logs with traces."""
    @property
    def span_id_expression(self) -> Optional[str]:
        """Expression to extract the span ID for correlating logs with traces."""
    @property
    def implicit_column_expression(self) -> Optional[str]:
        """Column used for full text search if no property is specified in a Lucene-based search. Typically the message body of a log."""
    @property
    def known_columns_list_expression(self) -> Optional[str]:
        """For Distributed table sources whose target tables have non-matching column sets. A list of columns supported across all target tables, used instead of SELECT * when fetching full row data. Leave blank to select all columns."""
    @property
    def use_text_index_for_implicit_column(self) -> Optional[str]:
        """Controls whether lucene rendering uses ClickHouse text indices via hasAllTokens() against the implicit column. "auto" detects a covering index at query time, "enabled" forces text index usage, "disabled" forces a LIKE/hasToken fallback."""
    @property
    def highlighted_trace_attribute_expressions(self) -> Optional[ResultList[ClickStackHighlightedAttributeExpression]]:
        """Expressions defining trace-level attributes which are displayed in the trace view for the selected trace."""
    @property
    def highlighted_row_attribute_expressions(self) -> Optional[ResultList[ClickStackHighlightedAttributeExpression]]:
        """Expressions defining row-level attributes which are displayed in the row side panel for the selected row."""
    @property
    def materialized_views(self) -> Optional[ResultList[ClickStackMaterializedView]]:
        """Configure materialized views for query optimization. These pre-aggregated views can significantly improve query performance on aggregation queries."""
    @property
    def metadata_materialized_views(self) -> Optional[ClickStackLogSourceMetadataMaterializedViews]: ...
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackLogSourceMetadataMaterializedViews:
    """ClickStackLogSourceMetadataMaterializedViews, as the API answers it."""
    def __new__(
        cls,
        *,
        key_rollup_table: Optional[str] = None,
        kv_rollup_table: Optional[str] = None,
        granularity: Optional[str] = None,
    ) -> Self: ...
    @property
    def key_rollup_table(self) -> Optional[str]:
        """ClickHouse table name for the key rollup (field discovery)."""
    @property
    def kv_rollup_table(self) -> Optional[str]:
        """ClickHouse table name for the key-value rollup (value autocomplete)."""
    @property
    def granularity(self) -> Optional[str]:
        """The time granularity of the rollup tables."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackMaterializedView:
    """ClickStackMaterializedView, as the API answers it."""
    def __new__(
        cls,
        *,
        database_name: Optional[str] = None,
        table_name: Optional[str] = None,
        dimension_columns: Optional[str] = None,
        min_granularity: Optional[str] = None,
        min_date: Optional[datetime.datetime] = None,
        timestamp_column: Optional[str] = None,
        aggregated_columns: Optional[list[Union[ClickStackAggregatedColumn, Mapping[str, Any]]]] = None,
    ) -> Self: ...
    @property
    def database_name(self) -> Optional[str]:
        """Database name for the materialized view"""
    @property
    def table_name(self) -> Optional[str]:
        """Table name for the materialized view"""
    @property
    def dimension_columns(self) -> Optional[str]:
        """Columns which are not pre-aggregated in the materialized view and can be used for filtering and grouping."""
    @property
    def min_granularity(self) -> Optional[str]:
        """The granularity of the timestamp column: a positive integer followed by a unit (s, m, h, d). Common values: 1s, 15s, 30s, 1m, 5m, 15m, 30m, 1h, 2h, 6h, 12h, 1d, 2d, 7d, 30d."""
    @property
    def min_date(self) -> Optional[datetime.datetime]:
        """(Optional) The earliest date and time for which the materialized view contains data. If not provided, then HyperDX will assume that the materialized view contains data for all dates for which the source table contains data."""
    @property
    def timestamp_column(self) -> Optional[str]:
        """Timestamp column name"""
    @property
    def aggregated_columns(self) -> Optional[ResultList[ClickStackAggregatedColumn]]:
        """Columns which are pre-aggregated by the materialized view"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackMetricSource:
    """ClickStackMetricSource, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[str] = None,
        name: Optional[str] = None,
        section: Optional[str] = None,
        disabled: Optional[bool] = None,
        kind: Optional[str] = None,
        connection: Optional[str] = None,
        from_: Optional[Union[ClickStackMetricSourceFrom, Mapping[str, Any]]] = None,
        query_settings: Optional[list[Union[ClickStackQuerySetting, Mapping[str, Any]]]] = None,
        metric_tables: Optional[Union[ClickStackMetricTables, Mapping[str, Any]]] = None,
        timestamp_value_expression: Optional[str] = None,
        resource_attributes_expression: Optional[str] = None,
        log_source_id: Optional[str] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[str]:
        """Unique source ID. Server-generated; ignored if sent in create/update requests."""
    @property
    def name(self) -> Optional[str]:
        """Display name for the source."""
    @property
    def section(self) -> Optional[str]:
        """Optional grouping label used to organize sources in the source selector. Sources that share a section value are displayed together."""
    @property
    def disabled(self) -> Optional[bool]:
        """When true, the source is hidden from source selectors in the UI. Defaults to false."""
    @property
    def kind(self) -> Optional[str]:
        """Source kind discriminator. Must be "metric" for metric sources."""
    @property
    def connection(self) -> Optional[str]:
        """ID of the ClickHouse connection used by this source."""
    @property
    def from_(self) -> Optional[ClickStackMetricSourceFrom]: ...
    @property
    def query_settings(self) -> Optional[ResultList[ClickStackQuerySetting]]:
        """Optional ClickHouse query settings applied when querying this source."""
    @property
    def metric_tables(self) -> Optional[ClickStackMetricTables]: ...
    @property
    def timestamp_value_expression(self) -> Optional[str]:
        """DateTime column or expression that is part of your table's primary key."""
    @property
    def resource_attributes_expression(self) -> Optional[str]:
        """Column containing resource attributes for metrics"""
    @property
    def log_source_id(self) -> Optional[str]:
        """HyperDX Source for logs associated with metrics. Optional"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackMetricSourceFrom:
    """ClickStackMetricSourceFrom, as the API answers it."""
    def __new__(
        cls,
        *,
        database_name: Optional[str] = None,
        table_name: Optional[str] = None,
    ) -> Self: ...
    @property
    def database_name(self) -> Optional[str]:
        """ClickHouse database name"""
    @property
    def table_name(self) -> Optional[str]:
        """ClickHouse table name"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackMetricTables:
    """ClickStackMetricTables, as the API answers it."""
    def __new__(
        cls,
        *,
        gauge: Optional[str] = None,
        histogram: Optional[str] = None,
        sum: Optional[str] = None,
        summary: Optional[str] = None,
        exponential_histogram: Optional[str] = None,
    ) -> Self: ...
    @property
    def gauge(self) -> Optional[str]:
        """Table containing gauge metrics data"""
    @property
    def histogram(self) -> Optional[str]:
        """Table containing histogram metrics data"""
    @property
    def sum(self) -> Optional[str]:
        """Table containing sum metrics data"""
    @property
    def summary(self) -> Optional[str]:
        """Table containing summary metrics data. Note - not yet fully supported by HyperDX"""
    @property
    def exponential_histogram(self) -> Optional[str]:
        """Table containing exponential histogram metrics data. Note - not yet fully supported by HyperDX"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackMongoDBCASLPermission:
    """ClickStackMongoDBCASLPermission, as the API answers it."""
    def __new__(
        cls,
        *,
        action: Optional[str] = None,
        subject: Optional[str] = None,
        fields: Optional[list[str]] = None,
        inverted: Optional[bool] = None,
        integration: Optional[str] = None,
        conditions: Optional[Mapping[str, Any]] = None,
    ) -> Self: ...
    @property
    def action(self) -> Optional[str]:
        """The action this permission grants or denies."""
    @property
    def subject(self) -> Optional[str]:
        """The resource the action applies to."""
    @property
    def fields(self) -> Optional[ResultList[str]]:
        """Optional CASL field restriction limiting the rule to specific fields."""
    @property
    def inverted(self) -> Optional[bool]:
        """When true, the rule denies rather than grants the action."""
    @property
    def integration(self) -> Optional[str]:
        """Scopes the permission to the application (MongoDB) data plane."""
    @property
    def conditions(self) -> Optional[dict[str, Any]]: ...
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackNumberFormat:
    """ClickStackNumberFormat, as the API answers it."""
    def __new__(
        cls,
        *,
        output: Optional[str] = None,
        mantissa: Optional[int] = None,
        thousand_separated: Optional[bool] = None,
        average: Optional[bool] = None,
        decimal_bytes: Optional[bool] = None,
        factor: Optional[float] = None,
        currency_symbol: Optional[str] = None,
        numeric_unit: Optional[str] = None,
        unit: Optional[str] = None,
    ) -> Self: ...
    @property
    def output(self) -> Optional[str]:
        """Output format applied to the number."""
    @property
    def mantissa(self) -> Optional[int]:
        """Number of decimal places."""
    @property
    def thousand_separated(self) -> Optional[bool]:
        """Whether to use thousand separators."""
    @property
    def average(self) -> Optional[bool]:
        """Whether to show as average."""
    @property
    def decimal_bytes(self) -> Optional[bool]:
        """Use decimal bytes (1000) vs binary bytes (1024)."""
    @property
    def factor(self) -> Optional[float]:
        """Multiplication factor."""
    @property
    def currency_symbol(self) -> Optional[str]:
        """Currency symbol for currency format."""
    @property
    def numeric_unit(self) -> Optional[str]:
        """Numeric unit for data, data rate, or throughput formats."""
    @property
    def unit(self) -> Optional[str]:
        """Custom unit label."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackPagerDutyAPIWebhook:
    """ClickStackPagerDutyAPIWebhook, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[str] = None,
        name: Optional[str] = None,
        service: Optional[str] = None,
        url: Optional[str] = None,
        description: Optional[str] = None,
        updated_at: Optional[datetime.datetime] = None,
        created_at: Optional[datetime.datetime] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[str]:
        """Webhook ID"""
    @property
    def name(self) -> Optional[str]:
        """Webhook name"""
    @property
    def service(self) -> Optional[str]:
        """Webhook service type"""
    @property
    def url(self) -> Optional[str]:
        """PagerDuty Events API endpoint URL"""
    @property
    def description(self) -> Optional[str]:
        """Webhook description, shown in the UI"""
    @property
    def updated_at(self) -> Optional[datetime.datetime]:
        """Last update timestamp"""
    @property
    def created_at(self) -> Optional[datetime.datetime]:
        """Creation timestamp"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackPrometheusLabelFilter:
    """ClickStackPrometheusLabelFilter, as the API answers it."""
    def __new__(
        cls,
        *,
        type: Optional[str] = None,
        name: Optional[str] = None,
        source_id: Optional[str] = None,
        label: Optional[str] = None,
        match: Optional[str] = None,
        is_broadcast_enabled: Optional[bool] = None,
        is_variable_enabled: Optional[bool] = None,
        variable_name: Optional[str] = None,
        min_selections: Optional[int] = None,
        is_global_requirement: Optional[bool] = None,
        max_selections: Optional[int] = None,
        id: Optional[str] = None,
    ) -> Self: ...
    @property
    def type(self) -> Optional[str]:
        """Discriminator. Must be "PROMETHEUS_LABEL"."""
    @property
    def name(self) -> Optional[str]:
        """Display name for the dashboard filter"""
    @property
    def source_id(self) -> Optional[str]:
        """Id of the PromQL source the label values are read from."""
    @property
    def label(self) -> Optional[str]:
        """Label whose values populate the dropdown. Use "__name__" to list metric names."""
    @property
    def match(self) -> Optional[str]:
        """Optional Prometheus series selector narrowing which series the label values are read from."""
    @property
    def is_broadcast_enabled(self) -> Optional[bool]:
        """Must be false or omitted. Allowed values: false."""
    @property
    def is_variable_enabled(self) -> Optional[bool]:
        """Must be true if provided, and is true when omitted. Tiles reference the selection as `$variableName`. Allowed values: true."""
    @property
    def variable_name(self) -> Optional[str]:
        """Token that tiles reference this filter's selected value by, as `$variableName`. Must start with a letter and may contain only letters, numbers, and underscores. Defaults to the display name with whitespace replaced by underscores and remaining illegal characters removed. Variable names must be unique across a dashboard's variable-enabled filters."""
    @property
    def min_selections(self) -> Optional[int]:
        """Minimum number of values that must be selected before tiles load. Set to 1 to make the filter required. Only 0 and 1 are accepted. Omit the field (or send 0) for the default optional behavior."""
    @property
    def is_global_requirement(self) -> Optional[bool]:
        """Widens a required filter's block to every tile on the dashboard. False (the default) blocks only the tiles that read the filter: those referencing its variableName, and those its broadcast applies to. Ignored unless minSelections is 1."""
    @property
    def max_selections(self) -> Optional[int]:
        """Maximum number of values that can be selected at once. Set to 1 to make the filter single-select. Omit the field for the default multi-select behavior."""
    @property
    def id(self) -> Optional[str]:
        """Unique dashboard filter key ID"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackPromqlSource:
    """ClickStackPromqlSource, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[str] = None,
        name: Optional[str] = None,
        section: Optional[str] = None,
        disabled: Optional[bool] = None,
        kind: Optional[str] = None,
        connection: Optional[str] = None,
        from_: Optional[Union[ClickStackSourceFrom, Mapping[str, Any]]] = None,
        query_settings: Optional[list[Union[ClickStackQuerySetting, Mapping[str, Any]]]] = None,
        timestamp_value_expression: Optional[str] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[str]:
        """Unique source ID. Server-generated; ignored if sent in create/update requests."""
    @property
    def name(self) -> Optional[str]:
        """Display name for the source."""
    @property
    def section(self) -> Optional[str]:
        """Optional grouping label used to organize sources in the source selector. Sources that share a section value are displayed together."""
    @property
    def disabled(self) -> Optional[bool]:
        """When true, the source is hidden from source selectors in the UI. Defaults to false."""
    @property
    def kind(self) -> Optional[str]:
        """Source kind discriminator. Must be "promql" for PromQL sources."""
    @property
    def connection(self) -> Optional[str]:
        """ID of the connection used by this source. Should reference a Prometheus-compatible connection."""
    @property
    def from_(self) -> Optional[ClickStackSourceFrom]: ...
    @property
    def query_settings(self) -> Optional[ResultList[ClickStackQuerySetting]]:
        """Optional ClickHouse query settings applied when querying this source."""
    @property
    def timestamp_value_expression(self) -> Optional[str]:
        """Required by the API for all source kinds; not used when querying a Prometheus endpoint."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackQueryExpressionFilter:
    """ClickStackQueryExpressionFilter, as the API answers it."""
    def __new__(
        cls,
        *,
        type: Optional[str] = None,
        name: Optional[str] = None,
        expression: Optional[str] = None,
        source_id: Optional[str] = None,
        source_metric_type: Optional[str] = None,
        where: Optional[str] = None,
        where_language: Optional[str] = None,
        applies_to_source_ids: Optional[list[str]] = None,
        is_broadcast_enabled: Optional[bool] = None,
        is_variable_enabled: Optional[bool] = None,
        variable_name: Optional[str] = None,
        min_selections: Optional[int] = None,
        is_global_requirement: Optional[bool] = None,
        max_selections: Optional[int] = None,
        id: Optional[str] = None,
    ) -> Self: ...
    @property
    def type(self) -> Optional[str]:
        """Filter type discriminator. Must be "QUERY_EXPRESSION"."""
    @property
    def name(self) -> Optional[str]:
        """Display name for the dashboard filter key"""
    @property
    def expression(self) -> Optional[str]:
        """SQL expression used when querying values for this filter, and when applying this dashboard filter to tiles."""
    @property
    def source_id(self) -> Optional[str]:
        """Source ID this dashboard filter key applies to"""
    @property
    def source_metric_type(self) -> Optional[str]:
        """Metric type when source is metrics"""
    @property
    def where(self) -> Optional[str]:
        """Optional WHERE condition to scope which rows this filter key reads values from"""
    @property
    def where_language(self) -> Optional[str]:
        """Language of the where condition"""
    @property
    def applies_to_source_ids(self) -> Optional[ResultList[str]]:
        """Optional list of source IDs this filter applies to. Omit or provide an empty array to apply the filter to ALL tiles regardless of source. A non-empty array restricts the filter to only tiles whose source ID is in the list; tiles using other sources are not affected by the selected filter value(s). Scopes the broadcast condition only, so a non-empty array is rejected when isBroadcastEnabled is false, and is omitted from responses for such a filter."""
    @property
    def is_broadcast_enabled(self) -> Optional[bool]:
        """Whether the selected value is applied as a filter condition on every builder tile this filter applies to (see appliesToSourceIds), and every raw sql tile using the $__filters macro. Omitting the field means enabled."""
    @property
    def is_variable_enabled(self) -> Optional[bool]:
        """Whether the selected value is exposed to tile queries as a dashboard variable named by variableName. Tiles may reference it as `$variableName` or using the (preferred) `$__filter($<variableName>)` and `$__conditionalAll(<condition>, $<variableName>)` macros."""
    @property
    def variable_name(self) -> Optional[str]:
        """Token tiles reference this filter's selected value by, as `$variableName`. Must start with a letter and may contain only letters, numbers, and underscores. Defaults to the display name with whitespace replaced by underscores and remaining illegal characters removed, so a variable-enabled filter whose name derives nothing usable must send this field explicitly. Variable names must be unique across a dashboard's variable-enabled filters. Names the variable only, so the field is rejected when isVariableEnabled is not true, and is omitted from responses for such a filter."""
    @property
    def min_selections(self) -> Optional[int]:
        """Minimum number of values that must be selected before tiles load. Set to 1 to make the filter required. Only 0 and 1 are accepted. Omit the field (or send 0) for the default optional behavior."""
    @property
    def is_global_requirement(self) -> Optional[bool]:
        """Widens a required filter's block to every tile on the dashboard. False (the default) blocks only the tiles that read the filter: those referencing its variableName, and those its broadcast applies to. Ignored unless minSelections is 1."""
    @property
    def max_selections(self) -> Optional[int]:
        """Maximum number of values that can be selected at once. Set to 1 to make the filter single-select. Omit the field for the default multi-select behavior."""
    @property
    def id(self) -> Optional[str]:
        """Unique dashboard filter key ID"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackQuerySetting:
    """ClickStackQuerySetting, as the API answers it."""
    def __new__(
        cls,
        *,
        setting: Optional[str] = None,
        value: Optional[str] = None,
    ) -> Self: ...
    @property
    def setting(self) -> Optional[str]:
        """ClickHouse setting name"""
    @property
    def value(self) -> Optional[str]:
        """Setting value"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackRole:
    """ClickStackRole, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[str] = None,
        name: Optional[str] = None,
        description: Optional[str] = None,
        permissions: Optional[list[Union[Union[ClickStackMongoDBCASLPermission, ClickStackClickHouseCASLPermission, dict[str, Any]], Mapping[str, Any]]]] = None,
        is_predefined: Optional[bool] = None,
        created_at: Optional[datetime.datetime] = None,
        updated_at: Optional[datetime.datetime] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[str]:
        """Role ID."""
    @property
    def name(self) -> Optional[str]:
        """Role name."""
    @property
    def description(self) -> Optional[str]:
        """Human-readable role description."""
    @property
    def permissions(self) -> Optional[ResultList[Union[ClickStackMongoDBCASLPermission, ClickStackClickHouseCASLPermission, dict[str, Any]]]]:
        """The CASL permissions granted by this role."""
    @property
    def is_predefined(self) -> Optional[bool]:
        """Whether this is an immutable predefined/system role."""
    @property
    def created_at(self) -> Optional[datetime.datetime]:
        """Creation timestamp."""
    @property
    def updated_at(self) -> Optional[datetime.datetime]:
        """Last update timestamp."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackSavedSearch:
    """ClickStackSavedSearch, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[str] = None,
        name: Optional[str] = None,
        source_id: Optional[str] = None,
        select: Optional[str] = None,
        where: Optional[str] = None,
        where_language: Optional[str] = None,
        order_by: Optional[str] = None,
        tags: Optional[list[str]] = None,
        filters: Optional[list[Union[ClickStackSavedSearchFilter, Mapping[str, Any]]]] = None,
        team_id: Optional[str] = None,
        created_at: Optional[datetime.datetime] = None,
        updated_at: Optional[datetime.datetime] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[str]:
        """Unique saved search ID. Server-generated."""
    @property
    def name(self) -> Optional[str]:
        """Display name for the saved search."""
    @property
    def source_id(self) -> Optional[str]:
        """ID of the source this saved search queries."""
    @property
    def select(self) -> Optional[str]:
        """Comma-separated list of column expressions to display. Empty uses the source default."""
    @property
    def where(self) -> Optional[str]:
        """Row filter expression. The language is controlled by whereLanguage."""
    @property
    def where_language(self) -> Optional[str]:
        """Language used for the where filter."""
    @property
    def order_by(self) -> Optional[str]:
        """ORDER BY expression. Empty uses the source default."""
    @property
    def tags(self) -> Optional[ResultList[str]]:
        """Tags used to organize saved searches."""
    @property
    def filters(self) -> Optional[ResultList[ClickStackSavedSearchFilter]]:
        """Structured pinned filters applied to the search."""
    @property
    def team_id(self) -> Optional[str]:
        """ID of the team that owns the saved search."""
    @property
    def created_at(self) -> Optional[datetime.datetime]:
        """Creation timestamp."""
    @property
    def updated_at(self) -> Optional[datetime.datetime]:
        """Last update timestamp."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackSavedSearchFilter:
    """ClickStackSavedSearchFilter, as the API answers it."""
    def __new__(
        cls,
        *,
        type: Optional[str] = None,
        condition: Optional[str] = None,
    ) -> Self: ...
    @property
    def type(self) -> Optional[str]:
        """Always `sql`. Only SQL predicate filters render in the sidebar."""
    @property
    def condition(self) -> Optional[str]:
        """SQL predicate applied to the search, in `<column> IN (...)` form."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackSelectItem:
    """ClickStackSelectItem, as the API answers it."""
    def __new__(
        cls,
        *,
        agg_fn: Optional[str] = None,
        value_expression: Optional[str] = None,
        alias: Optional[str] = None,
        level: Optional[float] = None,
        where: Optional[str] = None,
        where_language: Optional[str] = None,
        metric_name: Optional[str] = None,
        metric_type: Optional[str] = None,
        period_agg_fn: Optional[str] = None,
        number_format: Optional[Union[ClickStackNumberFormat, Mapping[str, Any]]] = None,
    ) -> Self: ...
    @property
    def agg_fn(self) -> Optional[str]:
        """Aggregation function to apply. "count" does not require a valueExpression; "quantile" requires a level field indicating the desired percentile (e.g., 0.95)."""
    @property
    def value_expression(self) -> Optional[str]:
        """Expression for the column or value to aggregate. Must be omitted when aggFn is "count"; required for all other aggFn values."""
    @property
    def alias(self) -> Optional[str]:
        """Display alias for this select item in chart legends."""
    @property
    def level(self) -> Optional[float]:
        """Percentile level; only valid when aggFn is "quantile". Allowed values: 0.5, 0.9, 0.95, 0.99."""
    @property
    def where(self) -> Optional[str]:
        """SQL or Lucene filter condition applied before aggregation."""
    @property
    def where_language(self) -> Optional[str]:
        """Query language for the where clause."""
    @property
    def metric_name(self) -> Optional[str]:
        """Name of the metric to aggregate; only applicable when the source is a metrics source."""
    @property
    def metric_type(self) -> Optional[str]:
        """Metric type; only applicable when the source is a metrics source."""
    @property
    def period_agg_fn(self) -> Optional[str]:
        """Optional period aggregation function for Gauge metrics (e.g., compute the delta over the period)."""
    @property
    def number_format(self) -> Optional[ClickStackNumberFormat]: ...
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackSessionSource:
    """ClickStackSessionSource, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[str] = None,
        name: Optional[str] = None,
        section: Optional[str] = None,
        disabled: Optional[bool] = None,
        kind: Optional[str] = None,
        connection: Optional[str] = None,
        from_: Optional[Union[ClickStackSourceFrom, Mapping[str, Any]]] = None,
        query_settings: Optional[list[Union[ClickStackQuerySetting, Mapping[str, Any]]]] = None,
        timestamp_value_expression: Optional[str] = None,
        trace_source_id: Optional[str] = None,
        resource_attributes_expression: Optional[str] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[str]:
        """Unique source ID. Server-generated; ignored if sent in create/update requests."""
    @property
    def name(self) -> Optional[str]:
        """Display name for the source."""
    @property
    def section(self) -> Optional[str]:
        """Optional grouping label used to organize sources in the source selector. Sources that share a section value are displayed together."""
    @property
    def disabled(self) -> Optional[bool]:
        """When true, the source is hidden from source selectors in the UI. Defaults to false."""
    @property
    def kind(self) -> Optional[str]:
        """Source kind discriminator. Must be "session" for session sources."""
    @property
    def connection(self) -> Optional[str]:
        """ID of the ClickHouse connection used by this source."""
    @property
    def from_(self) -> Optional[ClickStackSourceFrom]: ...
    @property
    def query_settings(self) -> Optional[ResultList[ClickStackQuerySetting]]:
        """Optional ClickHouse query settings applied when querying this source."""
    @property
    def timestamp_value_expression(self) -> Optional[str]:
        """DateTime column or expression that is part of your table's primary key."""
    @property
    def trace_source_id(self) -> Optional[str]:
        """HyperDX Source for traces associated with sessions."""
    @property
    def resource_attributes_expression(self) -> Optional[str]:
        """Expression to extract resource-level attributes."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackSlackAPIWebhook:
    """ClickStackSlackAPIWebhook, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[str] = None,
        name: Optional[str] = None,
        service: Optional[str] = None,
        url: Optional[str] = None,
        description: Optional[str] = None,
        updated_at: Optional[datetime.datetime] = None,
        created_at: Optional[datetime.datetime] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[str]:
        """Webhook ID"""
    @property
    def name(self) -> Optional[str]:
        """Webhook name"""
    @property
    def service(self) -> Optional[str]:
        """Webhook service type"""
    @property
    def url(self) -> Optional[str]:
        """Slack API endpoint URL"""
    @property
    def description(self) -> Optional[str]:
        """Webhook description, shown in the UI"""
    @property
    def updated_at(self) -> Optional[datetime.datetime]:
        """Last update timestamp"""
    @property
    def created_at(self) -> Optional[datetime.datetime]:
        """Creation timestamp"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackSlackWebhook:
    """ClickStackSlackWebhook, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[str] = None,
        name: Optional[str] = None,
        service: Optional[str] = None,
        url: Optional[str] = None,
        description: Optional[str] = None,
        updated_at: Optional[datetime.datetime] = None,
        created_at: Optional[datetime.datetime] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[str]:
        """Webhook ID"""
    @property
    def name(self) -> Optional[str]:
        """Webhook name"""
    @property
    def service(self) -> Optional[str]:
        """Webhook service type"""
    @property
    def url(self) -> Optional[str]:
        """Slack incoming webhook URL"""
    @property
    def description(self) -> Optional[str]:
        """Webhook description, shown in the UI"""
    @property
    def updated_at(self) -> Optional[datetime.datetime]:
        """Last update timestamp"""
    @property
    def created_at(self) -> Optional[datetime.datetime]:
        """Creation timestamp"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackSourceFilter:
    """ClickStackSourceFilter, as the API answers it."""
    def __new__(
        cls,
        *,
        type: Optional[str] = None,
        name: Optional[str] = None,
        source_id: Optional[str] = None,
        expression: Optional[str] = None,
        applies_to_source_ids: Optional[list[str]] = None,
        is_broadcast_enabled: Optional[bool] = None,
        is_variable_enabled: Optional[bool] = None,
        variable_name: Optional[str] = None,
        min_selections: Optional[int] = None,
        is_global_requirement: Optional[bool] = None,
        max_selections: Optional[int] = None,
        id: Optional[str] = None,
    ) -> Self: ...
    @property
    def type(self) -> Optional[str]:
        """Discriminator. Must be "SOURCE_FILTER"."""
    @property
    def name(self) -> Optional[str]:
        """Display name for the dashboard filter"""
    @property
    def source_id(self) -> Optional[str]:
        """Id of the source whose filterSettings declares this column. Read filterSettings from GET /api/v2/sources to see which columns a source declares."""
    @property
    def expression(self) -> Optional[str]:
        """Column this filter selects values for. Must match one of the source's filterSettings.columns[].name values, and is the expression the selection is broadcast on."""
    @property
    def applies_to_source_ids(self) -> Optional[ResultList[str]]:
        """Optional list of source IDs this filter broadcasts to. Omit or provide an empty array to apply the selection to ALL tiles regardless of source; a non-empty array restricts it to tiles whose source ID is in the list."""
    @property
    def is_broadcast_enabled(self) -> Optional[bool]:
        """Must be true if provided, and is true when omitted — a source filter should always broadcast to at least its own source. Allowed values: true."""
    @property
    def is_variable_enabled(self) -> Optional[bool]:
        """Must be true if provided, and is true when omitted. Tiles reference the selection as `$variableName`. Allowed values: true."""
    @property
    def variable_name(self) -> Optional[str]:
        """Token that tiles reference this filter's selected value by, as `$variableName`. Must start with a letter and may contain only letters, numbers, and underscores. Defaults to the display name with whitespace replaced by underscores and remaining illegal characters removed. Variable names must be unique across a dashboard's variable-enabled filters."""
    @property
    def min_selections(self) -> Optional[int]:
        """Minimum number of values that must be selected before tiles load. Set to 1 to make the filter required. Only 0 and 1 are accepted. Omit the field (or send 0) for the default optional behavior."""
    @property
    def is_global_requirement(self) -> Optional[bool]:
        """Widens a required filter's block to every tile on the dashboard. False (the default) blocks only the tiles that read the filter: those referencing its variableName, and those its broadcast applies to. Ignored unless minSelections is 1."""
    @property
    def max_selections(self) -> Optional[int]:
        """Maximum number of values that can be selected at once. Set to 1 to make the filter single-select. Omit the field for the default multi-select behavior."""
    @property
    def id(self) -> Optional[str]:
        """Unique dashboard filter key ID"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackSourceFilterSettings:
    """ClickStackSourceFilterSettings, as the API answers it."""
    def __new__(
        cls,
        *,
        database_name: Optional[str] = None,
        table_name: Optional[str] = None,
        columns: Optional[list[Union[ClickStackFilterSettingsColumn, Mapping[str, Any]]]] = None,
    ) -> Self: ...
    @property
    def database_name(self) -> Optional[str]:
        """ClickHouse database name"""
    @property
    def table_name(self) -> Optional[str]:
        """ClickHouse table name"""
    @property
    def columns(self) -> Optional[ResultList[ClickStackFilterSettingsColumn]]:
        """Columns to expose as filters (max 10)"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackSourceFrom:
    """ClickStackSourceFrom, as the API answers it."""
    def __new__(
        cls,
        *,
        database_name: Optional[str] = None,
        table_name: Optional[str] = None,
    ) -> Self: ...
    @property
    def database_name(self) -> Optional[str]:
        """ClickHouse database name"""
    @property
    def table_name(self) -> Optional[str]:
        """ClickHouse table name"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackSqlSavedFilterValue:
    """ClickStackSqlSavedFilterValue, as the API answers it."""
    def __new__(
        cls,
        *,
        type: Optional[str] = None,
        condition: Optional[str] = None,
    ) -> Self: ...
    @property
    def type(self) -> Optional[str]:
        """Filter type."""
    @property
    def condition(self) -> Optional[str]:
        """SQL filter condition. For example use expressions in the form "column IN ('value')"."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackStaticListFilter:
    """ClickStackStaticListFilter, as the API answers it."""
    def __new__(
        cls,
        *,
        type: Optional[str] = None,
        name: Optional[str] = None,
        options: Optional[list[str]] = None,
        is_broadcast_enabled: Optional[bool] = None,
        is_variable_enabled: Optional[bool] = None,
        variable_name: Optional[str] = None,
        min_selections: Optional[int] = None,
        is_global_requirement: Optional[bool] = None,
        max_selections: Optional[int] = None,
        id: Optional[str] = None,
    ) -> Self: ...
    @property
    def type(self) -> Optional[str]:
        """Discriminator. Must be "STATIC_LIST"."""
    @property
    def name(self) -> Optional[str]:
        """Display name for the dashboard filter key"""
    @property
    def options(self) -> Optional[ResultList[str]]:
        """The values this filter's dropdown offers. Must be non-empty and free of duplicates."""
    @property
    def is_broadcast_enabled(self) -> Optional[bool]:
        """Must be false — there is no expression to broadcast. Omit it and it is false. Allowed values: false."""
    @property
    def is_variable_enabled(self) -> Optional[bool]:
        """Must be true if provided, and is true when omitted. Tiles reference the selection as `$variableName`, or with the `$__filter(<expression>, $<variableName>)` and `$__conditionalAll(<condition>, $<variableName>)` macros. The one-argument `$__filter($<variableName>)` form renders the filter's own expression, which this kind of filter does not have, so it reports that the expression must be passed explicitly. Allowed values: true."""
    @property
    def variable_name(self) -> Optional[str]:
        """Token tiles reference this filter's selected value by, as `$variableName`. Must start with a letter and may contain only letters, numbers, and underscores. Defaults to the display name with whitespace replaced by underscores and remaining illegal characters removed, so a variable-enabled filter whose name derives nothing usable must send this field explicitly. Variable names must be unique across a dashboard's variable-enabled filters. Names the variable only, so the field is rejected when isVariableEnabled is not true, and is omitted from responses for such a filter."""
    @property
    def min_selections(self) -> Optional[int]:
        """Minimum number of values that must be selected before tiles load. Set to 1 to make the filter required. Only 0 and 1 are accepted. Omit the field (or send 0) for the default optional behavior."""
    @property
    def is_global_requirement(self) -> Optional[bool]:
        """Widens a required filter's block to every tile on the dashboard. False (the default) blocks only the tiles that read the filter: those referencing its variableName, and those its broadcast applies to. Ignored unless minSelections is 1."""
    @property
    def max_selections(self) -> Optional[int]:
        """Maximum number of values that can be selected at once. Set to 1 to make the filter single-select. Omit the field for the default multi-select behavior."""
    @property
    def id(self) -> Optional[str]:
        """Unique dashboard filter key ID"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackTileOutput:
    """ClickStackTileOutput, as the API answers it."""
    def __new__(
        cls,
        *,
        name: Optional[str] = None,
        x: Optional[int] = None,
        y: Optional[int] = None,
        w: Optional[int] = None,
        h: Optional[int] = None,
        config: Optional[Any] = None,
        container_id: Optional[str] = None,
        tab_id: Optional[str] = None,
        description: Optional[str] = None,
        id: Optional[str] = None,
    ) -> Self: ...
    @property
    def name(self) -> Optional[str]:
        """Display name for the tile"""
    @property
    def x(self) -> Optional[int]:
        """Horizontal position in the grid (0-based)"""
    @property
    def y(self) -> Optional[int]:
        """Vertical position in the grid (0-based)"""
    @property
    def w(self) -> Optional[int]:
        """Width in grid units"""
    @property
    def h(self) -> Optional[int]:
        """Height in grid units"""
    @property
    def config(self) -> Optional[Any]: ...
    @property
    def container_id(self) -> Optional[str]:
        """References a DashboardContainer by id. Tiles without containerId render in the default ungrouped area."""
    @property
    def tab_id(self) -> Optional[str]:
        """References a tab inside the tile's container by id. Requires containerId to be set, and the container to declare a matching tab."""
    @property
    def description(self) -> Optional[str]:
        """Short explanation of the tile, shown as a tooltip next to its name."""
    @property
    def id(self) -> Optional[str]:
        """Unique tile ID assigned by the server."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackTraceSource:
    """ClickStackTraceSource, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[str] = None,
        name: Optional[str] = None,
        section: Optional[str] = None,
        disabled: Optional[bool] = None,
        kind: Optional[str] = None,
        connection: Optional[str] = None,
        from_: Optional[Union[ClickStackSourceFrom, Mapping[str, Any]]] = None,
        query_settings: Optional[list[Union[ClickStackQuerySetting, Mapping[str, Any]]]] = None,
        filter_settings: Optional[Union[ClickStackSourceFilterSettings, Mapping[str, Any]]] = None,
        default_table_select_expression: Optional[str] = None,
        timestamp_value_expression: Optional[str] = None,
        duration_expression: Optional[str] = None,
        duration_precision: Optional[int] = None,
        trace_id_expression: Optional[str] = None,
        span_id_expression: Optional[str] = None,
        parent_span_id_expression: Optional[str] = None,
        span_name_expression: Optional[str] = None,
        span_kind_expression: Optional[str] = None,
        log_source_id: Optional[str] = None,
        session_source_id: Optional[str] = None,
        metric_source_id: Optional[str] = None,
        status_code_expression: Optional[str] = None,
        status_message_expression: Optional[str] = None,
        service_name_expression: Optional[str] = None,
        service_version_expression: Optional[str] = None,
        sample_rate_expression: Optional[str] = None,
        resource_attributes_expression: Optional[str] = None,
        event_attributes_expression: Optional[str] = None,
        span_events_value_expression: Optional[str] = None,
        span_links_value_expression: Optional[str] = None,
        implicit_column_expression: Optional[str] = None,
        known_columns_list_expression: Optional[str] = None,
        use_text_index_for_implicit_column: Optional[str] = None,
        highlighted_trace_attribute_expressions: Optional[list[Union[ClickStackHighlightedAttributeExpression, Mapping[str, Any]]]] = None,
        highlighted_row_attribute_expressions: Optional[list[Union[ClickStackHighlightedAttributeExpression, Mapping[str, Any]]]] = None,
        displayed_timestamp_value_expression: Optional[str] = None,
        order_by_expression: Optional[str] = None,
        materialized_views: Optional[list[Union[ClickStackMaterializedView, Mapping[str, Any]]]] = None,
        metadata_materialized_views: Optional[Union[ClickStackTraceSourceMetadataMaterializedViews, Mapping[str, Any]]] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[str]:
        """Unique source ID. Server-generated; ignored if sent in create/update requests."""
    @property
    def name(self) -> Optional[str]:
        """Display name for the source."""
    @property
    def section(self) -> Optional[str]:
        """Optional grouping label used to organize sources in the source selector. Sources that share a section value are displayed together."""
    @property
    def disabled(self) -> Optional[bool]:
        """When true, the source is hidden from source selectors in the UI. Defaults to false."""
    @property
    def kind(self) -> Optional[str]:
        """Source kind discriminator. Must be "trace" for trace sources."""
    @property
    def connection(self) -> Optional[str]:
        """ID of the ClickHouse connection used by this source."""
    @property
    def from_(self) -> Optional[ClickStackSourceFrom]: ...
    @property
    def query_settings(self) -> Optional[ResultList[ClickStackQuerySetting]]:
        """Optional ClickHouse query settings applied when querying this source."""
    @property
    def filter_settings(self) -> Optional[ClickStackSourceFilterSettings]: ...
    @property
    def default_table_select_expression(self) -> Optional[str]:
        """Default columns selected in search results (this can be customized per search later)"""
    @property
    def timestamp_value_expression(self) -> Optional[str]:
        """DateTime column or expression defines the start of the span"""
    @property
    def duration_expression(self) -> Optional[str]:
        """Expression to extract span duration."""
    @property
    def duration_precision(self) -> Optional[int]:
        """Number of decimal digits in the duration value (e.g., 3 for milliseconds, 6 for microseconds, 9 for nanoseconds)."""
    @property
    def trace_id_expression(self) -> Optional[str]:
        """Expression to extract the trace ID."""
    @property
    def span_id_expression(self) -> Optional[str]:
        """Expression to extract the span ID."""
    @property
    def parent_span_id_expression(self) -> Optional[str]:
        """Expression to extract the parent span ID."""
    @property
    def span_name_expression(self) -> Optional[str]:
        """Expression to extract the span name."""
    @property
    def span_kind_expression(self) -> Optional[str]:
        """Expression to extract the span kind (e.g., client, server, internal)."""
    @property
    def log_source_id(self) -> Optional[str]:
        """HyperDX Source for logs associated with traces. Optional"""
    @property
    def session_source_id(self) -> Optional[str]:
        """HyperDX Source for sessions associated with traces. Optional"""
    @property
    def metric_source_id(self) -> Optional[str]:
        """HyperDX Source for metrics associated with traces. Optional"""
    @property
    def status_code_expression(self) -> Optional[str]:
        """Expression to extract the span status code."""
    @property
    def status_message_expression(self) -> Optional[str]:
        """Expression to extract the span status message."""
    @property
    def service_name_expression(self) -> Optional[str]:
        """Expression to extract the service name from trace rows."""
    @property
    def service_version_expression(self) -> Optional[str]:
        """Expression identifying the running release of a service. Defaults to the OpenTelemetry service.version resource attribute when unset. Where services carry the release on different attributes, fall back across them with coalesce(nullIf(a, ''), nullIf(b, ''))."""
    @property
    def sample_rate_expression(self) -> Optional[str]:
        """Column or expression for upstream sampling weight (1/N). When set, aggregations (count, avg, sum, quantile) are corrected for sampling. Percentiles use quantileTDigestWeighted, which is an approximation. Leave empty if spans are not sampled."""
    @property
    def resource_attributes_expression(self) -> Optional[str]:
        """Expression to extract resource-level attributes."""
    @property
    def event_attributes_expression(self) -> Optional[str]:
        """Expression to extract event-level attributes."""
    @property
    def span_events_value_expression(self) -> Optional[str]:
        """Expression to extract span events. Used to capture events associated with spans. Expected to be Nested ( Timestamp DateTime64(9), Name LowCardinality(String), Attributes Map(LowCardinality(String), String)"""
    @property
    def span_links_value_expression(self) -> Optional[str]:
        """Expression to extract span links. Used to capture links from a span to spans in other traces. Expected to be Nested ( TraceId String, SpanId String, TraceState String, Attributes Map(LowCardinality(String), String) )"""
    @property
    def implicit_column_expression(self) -> Optional[str]:
        """Column used for full text search if no property is specified in a Lucene-based search. Typically the message body of a log."""
    @property
    def known_columns_list_expression(self) -> Optional[str]:
        """For Distributed table sources whose target tables have non-matching column sets. A list of columns supported across all target tables, used instead of SELECT * when fetching full row data. Leave blank to select all columns."""
    @property
    def use_text_index_for_implicit_column(self) -> Optional[str]:
        """Controls whether lucene rendering uses ClickHouse text indices via hasAllTokens() against the implicit column. "auto" detects a covering index at query time, "enabled" forces text index usage, "disabled" forces a LIKE/hasToken fallback."""
    @property
    def highlighted_trace_attribute_expressions(self) -> Optional[ResultList[ClickStackHighlightedAttributeExpression]]:
        """Expressions defining trace-level attributes which are displayed in the trace view for the selected trace."""
    @property
    def highlighted_row_attribute_expressions(self) -> Optional[ResultList[ClickStackHighlightedAttributeExpression]]:
        """Expressions defining row-level attributes which are displayed in the row side panel for the selected row"""
    @property
    def displayed_timestamp_value_expression(self) -> Optional[str]:
        """This DateTime column is used to display and order search results."""
    @property
    def order_by_expression(self) -> Optional[str]:
        """Custom ORDER BY expression that overrides the default ordering. Leave empty to use the auto-detected default."""
    @property
    def materialized_views(self) -> Optional[ResultList[ClickStackMaterializedView]]:
        """Configure materialized views for query optimization. These pre-aggregated views can significantly improve query performance on aggregation queries."""
    @property
    def metadata_materialized_views(self) -> Optional[ClickStackTraceSourceMetadataMaterializedViews]: ...
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackTraceSourceMetadataMaterializedViews:
    """ClickStackTraceSourceMetadataMaterializedViews, as the API answers it."""
    def __new__(
        cls,
        *,
        key_rollup_table: Optional[str] = None,
        kv_rollup_table: Optional[str] = None,
        granularity: Optional[str] = None,
    ) -> Self: ...
    @property
    def key_rollup_table(self) -> Optional[str]:
        """ClickHouse table name for the key rollup (field discovery)."""
    @property
    def kv_rollup_table(self) -> Optional[str]:
        """ClickHouse table name for the key-value rollup (value autocomplete)."""
    @property
    def granularity(self) -> Optional[str]:
        """The time granularity of the rollup tables."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackValidateDashboardError:
    """ClickStackValidateDashboardError, as the API answers it."""
    def __new__(
        cls,
        *,
        path: Optional[str] = None,
        message: Optional[str] = None,
    ) -> Self: ...
    @property
    def path(self) -> Optional[str]:
        """Dot-separated field path, or empty string for top-level errors."""
    @property
    def message(self) -> Optional[str]:
        """Human-readable error description."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackValidateDashboardResponse:
    """ClickStackValidateDashboardResponse, as the API answers it."""
    def __new__(
        cls,
        *,
        valid: Optional[bool] = None,
        errors: Optional[list[Union[ClickStackValidateDashboardError, Mapping[str, Any]]]] = None,
        normalized: Optional[Mapping[str, Any]] = None,
    ) -> Self: ...
    @property
    def valid(self) -> Optional[bool]:
        """True when the body passes all validation rules."""
    @property
    def errors(self) -> Optional[ResultList[ClickStackValidateDashboardError]]:
        """Validation errors. Empty when valid is true."""
    @property
    def normalized(self) -> Optional[dict[str, Any]]: ...
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackValidateWebhookResponse:
    """ClickStackValidateWebhookResponse, as the API answers it."""
    def __new__(
        cls,
        *,
        valid: Optional[bool] = None,
        errors: Optional[list[Union[ClickStackValidateWebhookResponseErrorsItem, Mapping[str, Any]]]] = None,
        normalized: Optional[Mapping[str, Any]] = None,
    ) -> Self: ...
    @property
    def valid(self) -> Optional[bool]:
        """True when the body passes all validation rules."""
    @property
    def errors(self) -> Optional[ResultList[ClickStackValidateWebhookResponseErrorsItem]]:
        """Validation errors. Empty when valid is true."""
    @property
    def normalized(self) -> Optional[dict[str, Any]]: ...
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackValidateWebhookResponseErrorsItem:
    """ClickStackValidateWebhookResponseErrorsItem, as the API answers it."""
    def __new__(
        cls,
        *,
        path: Optional[str] = None,
        message: Optional[str] = None,
    ) -> Self: ...
    @property
    def path(self) -> Optional[str]:
        """Dot-separated field path, or empty string for top-level errors."""
    @property
    def message(self) -> Optional[str]:
        """Human-readable error description."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ClickStackVariableSavedFilterValue:
    """ClickStackVariableSavedFilterValue, as the API answers it."""
    def __new__(
        cls,
        *,
        type: Optional[str] = None,
        name: Optional[str] = None,
        values: Optional[list[str]] = None,
        all: Optional[bool] = None,
    ) -> Self: ...
    @property
    def type(self) -> Optional[str]:
        """Filter type."""
    @property
    def name(self) -> Optional[str]:
        """The variableName of the dashboard variable this selection belongs to. Only allowed for variable-enabled filters."""
    @property
    def values(self) -> Optional[ResultList[str]]:
        """Selected values. Ignored when "all" is true."""
    @property
    def all(self) -> Optional[bool]:
        """Set to true to select every available value rather than a fixed list, which only SOURCE_FILTER filters offer (and only for columns their source declares with allowAll). Send an empty "values" alongside it. Allowed values: true."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class CreatedKey:
    """CreatedKey, as the API answers it."""
    def __new__(
        cls,
        *,
        key: Optional[Union[ApiKey, Mapping[str, Any]]] = None,
        key_id: Optional[str] = None,
        key_secret: Optional[str] = None,
    ) -> Self: ...
    @property
    def key(self) -> Optional[ApiKey]: ...
    @property
    def key_id(self) -> Optional[str]:
        """Generated key ID. Provided only if there was no 'hashData' in the request."""
    @property
    def key_secret(self) -> Optional[str]:
        """Generated key secret. Provided only if there was no 'hashData' in the request."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class CreditBalance:
    """CreditBalance, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[_Id] = None,
        type: Optional[str] = None,
        remaining_credits: Optional[float] = None,
        total_amount: Optional[float] = None,
        amount_spent: Optional[float] = None,
        start_date: Optional[datetime.datetime] = None,
        expiration_date: Optional[datetime.datetime] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[uuid.UUID]:
        """Unique ID of the balance."""
    @property
    def type(self) -> Optional[str]:
        """Type of the balance."""
    @property
    def remaining_credits(self) -> Optional[float]:
        """Remaining credits available on this balance, in ClickHouse Credits (CHCs)."""
    @property
    def total_amount(self) -> Optional[float]:
        """Total credits granted on this balance, in ClickHouse Credits (CHCs)."""
    @property
    def amount_spent(self) -> Optional[float]:
        """Credits spent from this balance, in ClickHouse Credits (CHCs)."""
    @property
    def start_date(self) -> Optional[datetime.datetime]:
        """Date the balance became active. ISO-8601, based on the UTC timezone."""
    @property
    def expiration_date(self) -> Optional[datetime.datetime]:
        """Date the balance expires. ISO-8601, based on the UTC timezone."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class CreditBalances:
    """CreditBalances, as the API answers it."""
    def __new__(
        cls,
        *,
        total_remaining_credits: Optional[float] = None,
        balances: Optional[list[Union[CreditBalance, Mapping[str, Any]]]] = None,
    ) -> Self: ...
    @property
    def total_remaining_credits(self) -> Optional[float]:
        """Total remaining credits across all active balances, in ClickHouse Credits (CHCs)."""
    @property
    def balances(self) -> Optional[ResultList[CreditBalance]]:
        """List of active balances for the organization. Empty when the organization has none."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class CurrentScaling:
    """CurrentScaling, as the API answers it."""
    def __new__(
        cls,
        *,
        effective_autoscaling_mode: Optional[str] = None,
        effective_min_replica_memory_gb: Optional[float] = None,
        effective_max_replica_memory_gb: Optional[float] = None,
        effective_min_replicas: Optional[int] = None,
        effective_max_replicas: Optional[int] = None,
        effective_idle_scaling: Optional[bool] = None,
        effective_idle_timeout_minutes: Optional[int] = None,
        active_entry_id: Optional[_Id] = None,
    ) -> Self: ...
    @property
    def effective_autoscaling_mode(self) -> Optional[str]:
        """Autoscaling mode currently in effect on the running service. May diverge from the configured baseline mode while a schedule entry is active."""
    @property
    def effective_min_replica_memory_gb(self) -> Optional[float]:
        """Minimum memory per replica (Gb) currently applied to the running service. May diverge from the top-level `minReplicaMemoryGb` baseline while a schedule entry is active."""
    @property
    def effective_max_replica_memory_gb(self) -> Optional[float]:
        """Maximum memory per replica (Gb) currently applied to the running service. May diverge from the top-level `maxReplicaMemoryGb` baseline while a schedule entry is active. Reflects the stored value: normally equal to `effectiveMinReplicaMemoryGb` in horizontal mode, but a legacy service stored with an unequal memory range reports the stored bounds as-is."""
    @property
    def effective_min_replicas(self) -> Optional[int]:
        """Minimum number of replicas currently applied to the running service. May diverge from the baseline while a schedule entry is active. Reflects the stored value: normally equal to `effectiveMaxReplicas` in vertical mode (a fixed replica count), but a legacy service stored with an unequal replica range reports the stored bounds as-is."""
    @property
    def effective_max_replicas(self) -> Optional[int]:
        """Maximum number of replicas currently applied to the running service. May diverge from the baseline while a schedule entry is active."""
    @property
    def effective_idle_scaling(self) -> Optional[bool]:
        """Whether idle scaling is currently in effect on the service. May diverge from the top-level `idleScaling` baseline while a schedule entry is active."""
    @property
    def effective_idle_timeout_minutes(self) -> Optional[int]:
        """Idle timeout in minutes currently in effect on the service. May diverge from the top-level `idleTimeoutMinutes` baseline while a schedule entry is active."""
    @property
    def active_entry_id(self) -> Optional[uuid.UUID]:
        """ID of the schedule entry whose values are currently applied to the service. Absent when no entry is active."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class CustomPrivateDnsMapping:
    """CustomPrivateDnsMapping, as the API answers it."""
    def __new__(
        cls,
        *,
        private_dns_name: Optional[str] = None,
        target_id: Optional[str] = None,
    ) -> Self: ...
    @property
    def private_dns_name(self) -> Optional[str]:
        """Optional private DNS names for Reverse Private Endpoint. Can be used as data source destination address. Must be unique across the ClickHouse service. Generally available for Google Private Service Connect (PSC). For AWS PrivateLink (VPC endpoint service and VPC resource), available in Private Preview; contact ClickHouse support to enable it for your service. Not supported for MSK multi-VPC. Supports exact names and leading wildcard names such as *.example.com"""
    @property
    def target_id(self) -> Optional[str]:
        """Optional DNS target ID. Supported only for VPC_RESOURCE, where it is the CHILD resource configuration ID (rcfg-…), or the configuration ID for a single resource. Set it at create time to route a custom DNS name to that resource. If the target is not reported in dnsTargets yet, the mapping is not served until it appears; it does not fall back to the default target. If omitted, the default target is used. Once dnsTargets is non-empty, adding or changing a targetId requires an ID in that list; unchanged target IDs are not re-checked."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class InstancePrivateEndpoint:
    """InstancePrivateEndpoint, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[str] = None,
        description: Optional[str] = None,
        cloud_provider: Optional[str] = None,
        region: Optional[str] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[str]:
        """Private endpoint identifier"""
    @property
    def description(self) -> Optional[str]:
        """Description of private endpoint"""
    @property
    def cloud_provider(self) -> Optional[str]:
        """Cloud provider in which the private endpoint is lcoated"""
    @property
    def region(self) -> Optional[str]:
        """Region in which the private endpoint is located"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class Invitation:
    """Invitation, as the API answers it."""
    def __new__(
        cls,
        *,
        role: Optional[str] = None,
        id: Optional[_Id] = None,
        email: Optional[str] = None,
        created_at: Optional[datetime.datetime] = None,
        expire_at: Optional[datetime.datetime] = None,
        assigned_roles: Optional[list[Union[AssignedRole, Mapping[str, Any]]]] = None,
    ) -> Self: ...
    @property
    def role(self) -> Optional[str]:
        """DEPRECATED. Use `assignedRoles` instead. Role of the invited user in the organization. For organizations that have migrated to custom roles, this field is frozen at the pre-migration value and does not reflect the role assignment that will be applied."""
    @property
    def id(self) -> Optional[uuid.UUID]:
        """Unique invitation ID."""
    @property
    def email(self) -> Optional[str]:
        """Email of the invited user. Only a user with this email can join using the invitation. The email is stored in a lowercase form."""
    @property
    def created_at(self) -> Optional[datetime.datetime]:
        """Invitation creation timestamp. ISO-8601."""
    @property
    def expire_at(self) -> Optional[datetime.datetime]:
        """Timestamp the invitation expires. ISO-8601."""
    @property
    def assigned_roles(self) -> Optional[ResultList[AssignedRole]]:
        """Custom roles and System roles that will be assigned to the user when they accept the invitation"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class IpAccessListEntry:
    """IpAccessListEntry, as the API answers it."""
    def __new__(
        cls,
        *,
        source: Optional[str] = None,
        description: Optional[str] = None,
    ) -> Self: ...
    @property
    def source(self) -> Optional[str]:
        """IP or CIDR"""
    @property
    def description(self) -> Optional[str]:
        """Optional description of IPv4 address or IPv4 CIDR to allow access from"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class Member:
    """Member, as the API answers it."""
    def __new__(
        cls,
        *,
        user_id: Optional[str] = None,
        name: Optional[str] = None,
        email: Optional[str] = None,
        role: Optional[str] = None,
        joined_at: Optional[datetime.datetime] = None,
        assigned_roles: Optional[list[Union[AssignedRole, Mapping[str, Any]]]] = None,
    ) -> Self: ...
    @property
    def user_id(self) -> Optional[str]:
        """Unique user ID. If a user is a member in multiple organizations this ID will stay the same."""
    @property
    def name(self) -> Optional[str]:
        """Name of the member as set a personal user profile."""
    @property
    def email(self) -> Optional[str]:
        """Email of the member as set in personal user profile."""
    @property
    def role(self) -> Optional[str]:
        """DEPRECATED. Use `assignedRoles` instead. Role of the member in the organization. For organizations that have migrated to custom roles, this field is frozen at the pre-migration value and does not reflect current role assignments."""
    @property
    def joined_at(self) -> Optional[datetime.datetime]:
        """Timestamp the member joined the organization. ISO-8601."""
    @property
    def assigned_roles(self) -> Optional[ResultList[AssignedRole]]:
        """Custom roles and System roles assigned to this member"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class Notification:
    """Notification, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[_Id] = None,
        type: Optional[str] = None,
        severity: Optional[str] = None,
        resource_type: Optional[str] = None,
        resource_id: Optional[str] = None,
        resource_name: Optional[str] = None,
        created_at: Optional[datetime.datetime] = None,
        title: Optional[str] = None,
        description: Optional[str] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[uuid.UUID]:
        """Unique notification ID."""
    @property
    def type(self) -> Optional[str]:
        """Notification type. New types are added over time, so treat this as an open set."""
    @property
    def severity(self) -> Optional[str]:
        """Severity of the notification. One of 'info', 'warning', 'critical'."""
    @property
    def resource_type(self) -> Optional[str]:
        """Kind of resource the notification is about. One of 'service', 'organization', 'clickpipe', 'postgres'."""
    @property
    def resource_id(self) -> Optional[str]:
        """ID of the resource the notification is about."""
    @property
    def resource_name(self) -> Optional[str]:
        """Name the resource had when the notification was created. Absent for most notification types; use `resourceId` to identify the resource."""
    @property
    def created_at(self) -> Optional[datetime.datetime]:
        """When the notification was created. ISO-8601."""
    @property
    def title(self) -> Optional[str]:
        """Short human-readable summary."""
    @property
    def description(self) -> Optional[str]:
        """Human-readable body as plain text, with any links written as "label (url)"."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class NotificationType:
    """NotificationType, as the API answers it."""
    def __new__(
        cls,
        *,
        name: Optional[str] = None,
        title: Optional[str] = None,
        description: Optional[str] = None,
        category: Optional[str] = None,
        severity: Optional[str] = None,
        resource_type: Optional[str] = None,
        is_configurable: Optional[bool] = None,
        is_available: Optional[bool] = None,
    ) -> Self: ...
    @property
    def name(self) -> Optional[str]:
        """Stable identifier of the notification type. Never renamed or reused."""
    @property
    def title(self) -> Optional[str]:
        """Human-readable name of the notification type."""
    @property
    def description(self) -> Optional[str]:
        """Longer explanation of what the notification reports. Omitted for types that have none."""
    @property
    def category(self) -> Optional[str]:
        """Broad grouping the notification type belongs to. Current values: billing, service, clickpipe, postgres. New values may be added over time."""
    @property
    def severity(self) -> Optional[str]:
        """Relative importance of notifications of this type."""
    @property
    def resource_type(self) -> Optional[str]:
        """Kind of resource a notification of this type is about. Current values: service, organization, clickpipe, postgres. New values may be added over time."""
    @property
    def is_configurable(self) -> Optional[bool]:
        """Whether the per-role delivery default can be changed. When false the role default is frozen; this does not mean the notification is always delivered."""
    @property
    def is_available(self) -> Optional[bool]:
        """False when the caller lacks the permission this type requires. The type is still returned, just flagged."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class Organization:
    """Organization, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[_Id] = None,
        created_at: Optional[datetime.datetime] = None,
        name: Optional[str] = None,
        private_endpoints: Optional[list[Union[OrganizationPrivateEndpoint, Mapping[str, Any]]]] = None,
        byoc_config: Optional[list[Union[ByocConfig, Mapping[str, Any]]]] = None,
        enable_core_dumps: Optional[bool] = None,
        capabilities: Optional[Union[OrganizationCapabilities, Mapping[str, Any]]] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[uuid.UUID]:
        """Unique organization ID."""
    @property
    def created_at(self) -> Optional[datetime.datetime]:
        """The timestamp the organization was created. ISO-8601."""
    @property
    def name(self) -> Optional[str]:
        """Name of the organization."""
    @property
    def private_endpoints(self) -> Optional[ResultList[OrganizationPrivateEndpoint]]:
        """List of private endpoints for organization"""
    @property
    def byoc_config(self) -> Optional[ResultList[ByocConfig]]:
        """BYOC configuration for the organization"""
    @property
    def enable_core_dumps(self) -> Optional[bool]:
        """Whether crash reports (core dumps) collection is enabled for services in the organization. When disabled at the organization level, individual services cannot enable crash reports."""
    @property
    def capabilities(self) -> Optional[OrganizationCapabilities]: ...
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class OrganizationCapabilities:
    """OrganizationCapabilities, as the API answers it."""
    def __new__(
        cls,
        *,
        snapshots: Optional[bool] = None,
    ) -> Self: ...
    @property
    def snapshots(self) -> Optional[bool]:
        """Whether the organization is eligible to enable snapshots on its primary services."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class OrganizationCloudRegionPrivateEndpointConfig:
    """OrganizationCloudRegionPrivateEndpointConfig, as the API answers it."""
    def __new__(
        cls,
        *,
        endpoint_service_id: Optional[str] = None,
    ) -> Self: ...
    @property
    def endpoint_service_id(self) -> Optional[str]:
        """Unique identifier of the interface endpoint you created in your VPC with the AWS(Service Name) or GCP(Target Service) resource"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class OrganizationPrivateEndpoint:
    """OrganizationPrivateEndpoint, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[str] = None,
        description: Optional[str] = None,
        cloud_provider: Optional[str] = None,
        region: Optional[str] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[str]:
        """Private endpoint identifier"""
    @property
    def description(self) -> Optional[str]:
        """Description of private endpoint"""
    @property
    def cloud_provider(self) -> Optional[str]:
        """Cloud provider in which the private endpoint is lcoated"""
    @property
    def region(self) -> Optional[str]:
        """Region in which the private endpoint is located"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class OrganizationQuota:
    """OrganizationQuota, as the API answers it."""
    def __new__(
        cls,
        *,
        quota_code: Optional[str] = None,
        name: Optional[str] = None,
        description: Optional[str] = None,
        scope: Optional[str] = None,
        value: Optional[int] = None,
        usage: Optional[int] = None,
        adjustable: Optional[bool] = None,
    ) -> Self: ...
    @property
    def quota_code(self) -> Optional[str]:
        """Stable identifier of the quota. Use it to request a single quota by code."""
    @property
    def name(self) -> Optional[str]:
        """Human-readable name of the quota."""
    @property
    def description(self) -> Optional[str]:
        """Explanation of the resource the quota limits and how the limit is applied."""
    @property
    def scope(self) -> Optional[str]:
        """Granularity at which the limit is applied. For example, `replicas-per-warehouse` is an organization-wide setting that limits each warehouse individually."""
    @property
    def value(self) -> Optional[int]:
        """Limit currently applied to the organization, including any adjustments made for the organization. The value can change when the billing status of the organization changes."""
    @property
    def usage(self) -> Optional[int]:
        """Current consumption of the quota. Omitted for quotas that do not report usage. Usage can exceed `value` when a limit was lowered after resources were created; existing resources are not affected."""
    @property
    def adjustable(self) -> Optional[bool]:
        """Whether the limit can be raised for the organization by contacting ClickHouse support."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class PgConfig:
    """Postgres [runtime configuration](https://www.postgresql.org/docs/current/runtime-config.html) configuration."""
    def __new__(
        cls,
        *,
        max_connections: Optional[Any] = None,
        default_transaction_isolation: Optional[str] = None,
        ssl_min_protocol_version: Optional[str] = None,
        default_toast_compression: Optional[str] = None,
        maintenance_work_mem: Optional[Any] = None,
        work_mem: Optional[Any] = None,
        effective_cache_size: Optional[Any] = None,
        random_page_cost: Optional[Any] = None,
        effective_io_concurrency: Optional[Any] = None,
        max_worker_processes: Optional[Any] = None,
        max_parallel_workers: Optional[Any] = None,
        max_parallel_workers_per_gather: Optional[Any] = None,
        max_parallel_maintenance_workers: Optional[Any] = None,
        shared_memory_percent: Optional[Any] = None,
        temp_buffers: Optional[Any] = None,
        hash_mem_multiplier: Optional[Any] = None,
        enable_parallel_hash: Optional[str] = None,
        maintenance_io_concurrency: Optional[Any] = None,
        io_method: Optional[str] = None,
        io_workers: Optional[Any] = None,
        bgwriter_delay: Optional[Any] = None,
        bgwriter_flush_after: Optional[Any] = None,
        bgwriter_lru_maxpages: Optional[Any] = None,
        bgwriter_lru_multiplier: Optional[Any] = None,
        statement_timeout: Optional[Any] = None,
        lock_timeout: Optional[Any] = None,
        idle_session_timeout: Optional[Any] = None,
        idle_in_transaction_session_timeout: Optional[Any] = None,
        transaction_timeout: Optional[Any] = None,
        wal_sender_timeout: Optional[Any] = None,
        wal_keep_size: Optional[Any] = None,
        min_wal_size: Optional[Any] = None,
        max_wal_size: Optional[Any] = None,
        checkpoint_timeout: Optional[Any] = None,
        max_slot_wal_keep_size: Optional[Any] = None,
        wal_compression: Optional[str] = None,
        wal_buffers: Optional[Any] = None,
        max_replication_slots: Optional[Any] = None,
        max_wal_senders: Optional[Any] = None,
        max_logical_replication_workers: Optional[Any] = None,
        max_sync_workers_per_subscription: Optional[Any] = None,
        logical_decoding_work_mem: Optional[Any] = None,
        autovacuum_max_workers: Optional[Any] = None,
        autovacuum_naptime: Optional[Any] = None,
        autovacuum_work_mem: Optional[Any] = None,
        autovacuum_vacuum_scale_factor: Optional[Any] = None,
        autovacuum_analyze_scale_factor: Optional[Any] = None,
        autovacuum_vacuum_insert_scale_factor: Optional[Any] = None,
        autovacuum_vacuum_threshold: Optional[Any] = None,
        autovacuum_analyze_threshold: Optional[Any] = None,
        autovacuum_vacuum_insert_threshold: Optional[Any] = None,
        autovacuum_freeze_max_age: Optional[Any] = None,
        autovacuum_vacuum_cost_limit: Optional[Any] = None,
        autovacuum_vacuum_cost_delay: Optional[Any] = None,
        vacuum_cost_delay: Optional[Any] = None,
        log_min_duration_statement: Optional[Any] = None,
        log_temp_files: Optional[Any] = None,
        log_lock_waits: Optional[str] = None,
        log_parameter_max_length: Optional[Any] = None,
        track_activity_query_size: Optional[Any] = None,
    ) -> Self: ...
    @property
    def max_connections(self) -> Optional[Any]:
        """Sets the maximum number of concurrent connections to the database server."""
    @property
    def default_transaction_isolation(self) -> Optional[str]:
        """Sets the default transaction isolation level for new transactions."""
    @property
    def ssl_min_protocol_version(self) -> Optional[str]:
        """Sets the minimum SSL/TLS protocol version allowed for client connections."""
    @property
    def default_toast_compression(self) -> Optional[str]:
        """Sets the default compression method for compressible values stored out of line (TOAST)."""
    @property
    def maintenance_work_mem(self) -> Optional[Any]:
        """Sets the maximum memory to be used for maintenance operations."""
    @property
    def work_mem(self) -> Optional[Any]:
        """Sets the amount of memory Postgres will use for internal operations like sorting and hashing as part of executing a query."""
    @property
    def effective_cache_size(self) -> Optional[Any]:
        """Sets the planner's assumption about the total size of data caches."""
    @property
    def random_page_cost(self) -> Optional[Any]:
        """Sets the planner's estimate of the cost of a non-sequentially-fetched disk page. Lower values (1.1-1.5) are better for SSDs."""
    @property
    def effective_io_concurrency(self) -> Optional[Any]:
        """Number of concurrent disk I/O operations the planner expects. Higher values (100-200) benefit SSDs."""
    @property
    def max_worker_processes(self) -> Optional[Any]:
        """Maximum number of background processes the system can support. Includes parallel query workers, logical replication, and more."""
    @property
    def max_parallel_workers(self) -> Optional[Any]:
        """Maximum number of workers that can be used for parallel operations. Cannot exceed max_worker_processes."""
    @property
    def max_parallel_workers_per_gather(self) -> Optional[Any]:
        """Maximum number of parallel workers per executor node for parallel queries. Use 0 to disable parallel queries."""
    @property
    def max_parallel_maintenance_workers(self) -> Optional[Any]:
        """Maximum number of parallel workers for maintenance operations like CREATE INDEX and VACUUM."""
    @property
    def shared_memory_percent(self) -> Optional[Any]:
        """Percent of VM memory reserved for the shared_memory, from 25% to 75%. shared_buffers sized to fit in it. Limited to 50% on VMs with memory less or equal 16GB"""
    @property
    def temp_buffers(self) -> Optional[Any]:
        """Sets the maximum memory each session uses for temporary table buffers."""
    @property
    def hash_mem_multiplier(self) -> Optional[Any]:
        """Multiple of work_mem that hash-based operations may use."""
    @property
    def enable_parallel_hash(self) -> Optional[str]:
        """Enables the planner's use of parallel hash plans."""
    @property
    def maintenance_io_concurrency(self) -> Optional[Any]:
        """Number of concurrent disk I/O operations used for maintenance work such as vacuum."""
    @property
    def io_method(self) -> Optional[str]:
        """Selects the method used to perform asynchronous I/O."""
    @property
    def io_workers(self) -> Optional[Any]:
        """Number of I/O worker processes used when io_method is worker."""
    @property
    def bgwriter_delay(self) -> Optional[Any]:
        """Sleep time between background writer activity rounds."""
    @property
    def bgwriter_flush_after(self) -> Optional[Any]:
        """Amount of data written by the background writer after which the OS is asked to flush it to disk."""
    @property
    def bgwriter_lru_maxpages(self) -> Optional[Any]:
        """Maximum number of buffers the background writer writes per round."""
    @property
    def bgwriter_lru_multiplier(self) -> Optional[Any]:
        """Multiple of the average recent buffer demand that the background writer cleans per round."""
    @property
    def statement_timeout(self) -> Optional[Any]:
        """Abort any statement that runs longer than the specified time. Use 0 to disable."""
    @property
    def lock_timeout(self) -> Optional[Any]:
        """Abort any statement that waits longer than the specified time while attempting to acquire a lock. Use 0 to disable."""
    @property
    def idle_session_timeout(self) -> Optional[Any]:
        """Terminate any session that has been idle for longer than the specified time. Use 0 to disable."""
    @property
    def idle_in_transaction_session_timeout(self) -> Optional[Any]:
        """Terminate any session that has been idle within an open transaction for longer than the specified time. Use 0 to disable."""
    @property
    def transaction_timeout(self) -> Optional[Any]:
        """Terminate any statement that takes more than the specified time, even while active. Use 0 to disable."""
    @property
    def wal_sender_timeout(self) -> Optional[Any]:
        """Terminate replication connections that are inactive for longer than this time. Use 0 to disable."""
    @property
    def wal_keep_size(self) -> Optional[Any]:
        """Minimum size of past WAL files kept in pg_wal for standby servers. Use 0 to disable."""
    @property
    def min_wal_size(self) -> Optional[Any]:
        """Minimum size to shrink the WAL to. WAL files are recycled rather than removed when below this size."""
    @property
    def max_wal_size(self) -> Optional[Any]:
        """Maximum size WAL can grow between checkpoints. Larger values improve write performance but increase crash recovery time."""
    @property
    def checkpoint_timeout(self) -> Optional[Any]:
        """Sets the maximum time between automatic WAL checkpoints."""
    @property
    def max_slot_wal_keep_size(self) -> Optional[Any]:
        """Specifies the maximum size of WAL files that replication slots are allowed to retain. Use -1 for unlimited."""
    @property
    def wal_compression(self) -> Optional[str]:
        """Compress full-page writes in WAL. Reduces I/O at the cost of CPU. Options vary by PostgreSQL version."""
    @property
    def wal_buffers(self) -> Optional[Any]:
        """Sets the number of disk-page buffers in shared memory for WAL. A number without a unit is in 8 kB pages."""
    @property
    def max_replication_slots(self) -> Optional[Any]:
        """Maximum number of replication slots. Standbys and logical replication each use slots."""
    @property
    def max_wal_senders(self) -> Optional[Any]:
        """Maximum number of simultaneously running WAL sender processes."""
    @property
    def max_logical_replication_workers(self) -> Optional[Any]:
        """Maximum number of logical replication workers for subscriptions on this server."""
    @property
    def max_sync_workers_per_subscription(self) -> Optional[Any]:
        """Maximum number of table synchronization workers per subscription."""
    @property
    def logical_decoding_work_mem(self) -> Optional[Any]:
        """Maximum memory used for logical decoding before changes spill to disk."""
    @property
    def autovacuum_max_workers(self) -> Optional[Any]:
        """Maximum number of autovacuum worker processes that can run at the same time. Workers share a single cost-limit budget, so raising this alone may not speed up vacuuming."""
    @property
    def autovacuum_naptime(self) -> Optional[Any]:
        """Minimum delay between autovacuum runs. Lower values make autovacuum check for work more frequently."""
    @property
    def autovacuum_work_mem(self) -> Optional[Any]:
        """Maximum memory each autovacuum worker uses to track dead tuples. Higher values reduce repeated index-vacuum passes on large tables. Use -1 to fall back to maintenance_work_mem."""
    @property
    def autovacuum_vacuum_scale_factor(self) -> Optional[Any]:
        """Fraction of a table's rows that must change before autovacuum runs. Lower values vacuum large tables more frequently."""
    @property
    def autovacuum_analyze_scale_factor(self) -> Optional[Any]:
        """Fraction of a table's rows that must change before autovacuum runs ANALYZE to refresh planner statistics."""
    @property
    def autovacuum_vacuum_insert_scale_factor(self) -> Optional[Any]:
        """Fraction of a table's rows that must be inserted before autovacuum runs. Helps vacuum insert-heavy, rarely-updated tables."""
    @property
    def autovacuum_vacuum_threshold(self) -> Optional[Any]:
        """Minimum number of tuple updates or deletes prior to vacuum."""
    @property
    def autovacuum_analyze_threshold(self) -> Optional[Any]:
        """Minimum number of tuple inserts, updates, or deletes prior to analyze."""
    @property
    def autovacuum_vacuum_insert_threshold(self) -> Optional[Any]:
        """Minimum number of tuple inserts prior to vacuum, or -1 to disable insert vacuums."""
    @property
    def autovacuum_freeze_max_age(self) -> Optional[Any]:
        """Age at which to autovacuum a table to prevent transaction ID wraparound."""
    @property
    def autovacuum_vacuum_cost_limit(self) -> Optional[Any]:
        """Cost-accounting limit shared across all autovacuum workers before they pause. Use -1 to inherit vacuum_cost_limit."""
    @property
    def autovacuum_vacuum_cost_delay(self) -> Optional[Any]:
        """Time autovacuum sleeps when the cost limit is reached. Lower values speed up vacuuming at the cost of more I/O."""
    @property
    def vacuum_cost_delay(self) -> Optional[Any]:
        """Time in milliseconds a manual VACUUM sleeps when its cost limit is exceeded. 0 disables cost-based delay."""
    @property
    def log_min_duration_statement(self) -> Optional[Any]:
        """Logs statements that run at least this many milliseconds. 0 logs all statements; -1 disables."""
    @property
    def log_temp_files(self) -> Optional[Any]:
        """Logs temporary files of at least this size in kilobytes. 0 logs all temporary files; -1 disables."""
    @property
    def log_lock_waits(self) -> Optional[str]:
        """Logs a message when a session waits longer than deadlock_timeout to acquire a lock."""
    @property
    def log_parameter_max_length(self) -> Optional[Any]:
        """Maximum bytes of each bind parameter value logged with statements. 0 disables; -1 logs values in full."""
    @property
    def track_activity_query_size(self) -> Optional[Any]:
        """Bytes reserved to store the text of the currently running command of each session, shown in pg_stat_activity."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class PostgresBackup:
    """PostgresBackup, as the API answers it."""
    def __new__(
        cls,
        *,
        key: Optional[str] = None,
        status: Optional[str] = None,
        last_modified: Optional[datetime.datetime] = None,
    ) -> Self: ...
    @property
    def key(self) -> Optional[str]:
        """Identifier of the base backup."""
    @property
    def status(self) -> Optional[str]:
        """Status of the backup. Only completed backups are listed, so this is always `ready`."""
    @property
    def last_modified(self) -> Optional[datetime.datetime]:
        """Time the backup finished. ISO-8601. This is not the earliest point a service can be restored to; use `earliestRestoreTime` on the Postgres service for that."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class PostgresInstanceConfig:
    """PostgresInstanceConfig, as the API answers it."""
    def __new__(
        cls,
        *,
        pg_config: Optional[Union[PgConfig, Mapping[str, Any]]] = None,
        pg_bouncer_config: Optional[Mapping[str, str]] = None,
    ) -> Self: ...
    @property
    def pg_config(self) -> Optional[PgConfig]: ...
    @property
    def pg_bouncer_config(self) -> Optional[dict[str, str]]: ...
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class PostgresInstanceUpdateConfigResponse:
    """PostgresInstanceUpdateConfigResponse, as the API answers it."""
    def __new__(
        cls,
        *,
        pg_config: Optional[Union[PgConfig, Mapping[str, Any]]] = None,
        pg_bouncer_config: Optional[Mapping[str, str]] = None,
        message: Optional[str] = None,
    ) -> Self: ...
    @property
    def pg_config(self) -> Optional[PgConfig]: ...
    @property
    def pg_bouncer_config(self) -> Optional[dict[str, str]]: ...
    @property
    def message(self) -> Optional[str]:
        """Informational message about the configuration update, such as restart requirements."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class PostgresIpAccessListEntry:
    """PostgresIpAccessListEntry, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[str] = None,
        source: Optional[str] = None,
        port_range: Optional[str] = None,
        description: Optional[str] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[str]:
        """Rule ID returned by the service. Include it when editing an existing rule; omit it when creating a rule."""
    @property
    def source(self) -> Optional[str]:
        """IPv4 address or CIDR allowed to connect. Returned as a canonical CIDR."""
    @property
    def port_range(self) -> Optional[str]:
        """Port or inclusive range, from 1 to 65535. Use "5432" for Postgres, "6432" for PgBouncer, or a range such as "5432..6432"."""
    @property
    def description(self) -> Optional[str]:
        """Optional description of the access list entry."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class PostgresLogEntry:
    """PostgresLogEntry, as the API answers it."""
    def __new__(
        cls,
        *,
        timestamp: Optional[datetime.datetime] = None,
        severity: Optional[str] = None,
        body: Optional[str] = None,
    ) -> Self: ...
    @property
    def timestamp(self) -> Optional[datetime.datetime]:
        """Time the entry was logged (RFC 3339)."""
    @property
    def severity(self) -> Optional[str]:
        """PostgreSQL severity of the entry (for example, LOG, WARNING, ERROR, FATAL, PANIC)."""
    @property
    def body(self) -> Optional[str]:
        """Raw log entry body as emitted by PostgreSQL. Structured bodies are returned as a JSON-encoded string."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class PostgresMetric:
    """PostgresMetric, as the API answers it."""
    def __new__(
        cls,
        *,
        key: Optional[str] = None,
        name: Optional[str] = None,
        unit: Optional[str] = None,
        description: Optional[str] = None,
        series: Optional[list[Union[PostgresMetricSeries, Mapping[str, Any]]]] = None,
    ) -> Self: ...
    @property
    def key(self) -> Optional[str]:
        """Stable metric identifier (for example cpu_usage, connection_count, cache_hit_ratio, active_sessions_by_wait)."""
    @property
    def name(self) -> Optional[str]:
        """Human-readable metric name."""
    @property
    def unit(self) -> Optional[str]:
        """Unit of the metric values (for example %, IOPS, bytes/s, count)."""
    @property
    def description(self) -> Optional[str]:
        """Human-readable description of what the metric measures."""
    @property
    def series(self) -> Optional[ResultList[PostgresMetricSeries]]:
        """One series per label dimension of the metric."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class PostgresMetricDataPoint:
    """PostgresMetricDataPoint, as the API answers it."""
    def __new__(
        cls,
        *,
        timestamp: Optional[int] = None,
        value: Optional[float] = None,
    ) -> Self: ...
    @property
    def timestamp(self) -> Optional[int]:
        """Bucket start time as a Unix timestamp in seconds."""
    @property
    def value(self) -> Optional[float]:
        """Metric value for the bucket."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class PostgresMetricSeries:
    """PostgresMetricSeries, as the API answers it."""
    def __new__(
        cls,
        *,
        label: Optional[str] = None,
        data_points: Optional[list[Union[PostgresMetricDataPoint, Mapping[str, Any]]]] = None,
    ) -> Self: ...
    @property
    def label(self) -> Optional[str]:
        """Distinguishing label for this series within the metric (for example a CPU mode, a database name, a wait event such as "Lock:relation", or "Reads")."""
    @property
    def data_points(self) -> Optional[ResultList[PostgresMetricDataPoint]]:
        """Time-ordered data points, one per bucket."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class PostgresMetrics:
    """PostgresMetrics, as the API answers it."""
    def __new__(
        cls,
        *,
        metrics: Optional[list[Union[PostgresMetric, Mapping[str, Any]]]] = None,
    ) -> Self: ...
    @property
    def metrics(self) -> Optional[ResultList[PostgresMetric]]:
        """Available metrics, each with its bucketed time series."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class PostgresQueryExecution:
    """PostgresQueryExecution, as the API answers it."""
    def __new__(
        cls,
        *,
        timestamp: Optional[datetime.datetime] = None,
        query_id: Optional[str] = None,
        db_name: Optional[str] = None,
        db_user: Optional[str] = None,
        db_operation: Optional[str] = None,
        app: Optional[str] = None,
        query_text: Optional[str] = None,
        pid: Optional[str] = None,
        duration_us: Optional[int] = None,
        rows: Optional[int] = None,
        shared_blks_hit: Optional[int] = None,
        shared_blks_read: Optional[int] = None,
        shared_blks_written: Optional[int] = None,
        shared_blks_dirtied: Optional[int] = None,
        shared_blk_read_time_us: Optional[int] = None,
        shared_blk_write_time_us: Optional[int] = None,
        local_blks_hit: Optional[int] = None,
        local_blks_read: Optional[int] = None,
        local_blks_written: Optional[int] = None,
        local_blks_dirtied: Optional[int] = None,
        temp_blks_read: Optional[int] = None,
        temp_blks_written: Optional[int] = None,
        temp_blk_read_time_us: Optional[int] = None,
        temp_blk_write_time_us: Optional[int] = None,
        wal_records: Optional[int] = None,
        wal_bytes: Optional[int] = None,
        wal_fpi: Optional[int] = None,
        cpu_user_time_us: Optional[int] = None,
        cpu_sys_time_us: Optional[int] = None,
        jit_functions: Optional[int] = None,
        jit_generation_time_us: Optional[int] = None,
        jit_inlining_time_us: Optional[int] = None,
        jit_optimization_time_us: Optional[int] = None,
        jit_emission_time_us: Optional[int] = None,
        jit_deform_time_us: Optional[int] = None,
        parallel_workers_planned: Optional[int] = None,
        parallel_workers_launched: Optional[int] = None,
        err_message: Optional[str] = None,
        err_sqlstate: Optional[str] = None,
        err_elevel: Optional[int] = None,
        server_role: Optional[str] = None,
        trace_id: Optional[str] = None,
        span_id: Optional[str] = None,
    ) -> Self: ...
    @property
    def timestamp(self) -> Optional[datetime.datetime]:
        """Execution timestamp (RFC 3339)."""
    @property
    def query_id(self) -> Optional[str]:
        """Stable identifier for the query pattern."""
    @property
    def db_name(self) -> Optional[str]:
        """Database the query ran in."""
    @property
    def db_user(self) -> Optional[str]:
        """Database user that executed the query."""
    @property
    def db_operation(self) -> Optional[str]:
        """Top-level SQL operation type."""
    @property
    def app(self) -> Optional[str]:
        """Value of the Postgres `application_name` for this execution."""
    @property
    def query_text(self) -> Optional[str]:
        """Normalized query text for this execution."""
    @property
    def pid(self) -> Optional[str]:
        """Postgres backend process ID that executed the query."""
    @property
    def duration_us(self) -> Optional[int]:
        """Execution duration in microseconds."""
    @property
    def rows(self) -> Optional[int]:
        """Rows returned or affected."""
    @property
    def shared_blks_hit(self) -> Optional[int]:
        """Shared buffer blocks hit."""
    @property
    def shared_blks_read(self) -> Optional[int]:
        """Shared buffer blocks read from disk."""
    @property
    def shared_blks_written(self) -> Optional[int]:
        """Shared buffer blocks written."""
    @property
    def shared_blks_dirtied(self) -> Optional[int]:
        """Shared buffer blocks dirtied."""
    @property
    def shared_blk_read_time_us(self) -> Optional[int]:
        """Time spent reading shared blocks, in microseconds."""
    @property
    def shared_blk_write_time_us(self) -> Optional[int]:
        """Time spent writing shared blocks, in microseconds."""
    @property
    def local_blks_hit(self) -> Optional[int]:
        """Local buffer blocks hit (temp tables)."""
    @property
    def local_blks_read(self) -> Optional[int]:
        """Local buffer blocks read (temp tables)."""
    @property
    def local_blks_written(self) -> Optional[int]:
        """Local buffer blocks written (temp tables)."""
    @property
    def local_blks_dirtied(self) -> Optional[int]:
        """Local buffer blocks dirtied (temp tables)."""
    @property
    def temp_blks_read(self) -> Optional[int]:
        """Temp blocks read (spills to disk)."""
    @property
    def temp_blks_written(self) -> Optional[int]:
        """Temp blocks written (spills to disk)."""
    @property
    def temp_blk_read_time_us(self) -> Optional[int]:
        """Time spent reading temp blocks, in microseconds."""
    @property
    def temp_blk_write_time_us(self) -> Optional[int]:
        """Time spent writing temp blocks, in microseconds."""
    @property
    def wal_records(self) -> Optional[int]:
        """Number of WAL records produced."""
    @property
    def wal_bytes(self) -> Optional[int]:
        """Number of WAL bytes produced."""
    @property
    def wal_fpi(self) -> Optional[int]:
        """Number of WAL full-page images produced."""
    @property
    def cpu_user_time_us(self) -> Optional[int]:
        """CPU time spent in user mode, in microseconds."""
    @property
    def cpu_sys_time_us(self) -> Optional[int]:
        """CPU time spent in kernel mode, in microseconds."""
    @property
    def jit_functions(self) -> Optional[int]:
        """Number of JIT-compiled functions."""
    @property
    def jit_generation_time_us(self) -> Optional[int]:
        """JIT generation time, in microseconds."""
    @property
    def jit_inlining_time_us(self) -> Optional[int]:
        """JIT inlining time, in microseconds."""
    @property
    def jit_optimization_time_us(self) -> Optional[int]:
        """JIT optimization time, in microseconds."""
    @property
    def jit_emission_time_us(self) -> Optional[int]:
        """JIT emission time, in microseconds."""
    @property
    def jit_deform_time_us(self) -> Optional[int]:
        """JIT deform time, in microseconds."""
    @property
    def parallel_workers_planned(self) -> Optional[int]:
        """Parallel workers planned for this execution."""
    @property
    def parallel_workers_launched(self) -> Optional[int]:
        """Parallel workers actually launched for this execution."""
    @property
    def err_message(self) -> Optional[str]:
        """Error message if the execution raised an error."""
    @property
    def err_sqlstate(self) -> Optional[str]:
        """Postgres SQLSTATE code if the execution raised an error."""
    @property
    def err_elevel(self) -> Optional[int]:
        """Postgres error severity level if the execution raised an error."""
    @property
    def server_role(self) -> Optional[str]:
        """Role of the server that executed the query (for example, primary or standby)."""
    @property
    def trace_id(self) -> Optional[str]:
        """OpenTelemetry trace ID associated with the execution."""
    @property
    def span_id(self) -> Optional[str]:
        """OpenTelemetry span ID associated with the execution."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class PostgresService:
    """PostgresService, as the API answers it."""
    def __new__(
        cls,
        *,
        name: Optional[str] = None,
        provider: Optional[str] = None,
        region: Optional[str] = None,
        postgres_version: Optional[str] = None,
        size: Optional[str] = None,
        ha_type: Optional[str] = None,
        tags: Optional[list[Union[ResourceTagsV1, Mapping[str, Any]]]] = None,
        ip_access_list: Optional[list[Union[PostgresIpAccessListEntry, Mapping[str, Any]]]] = None,
        id: Optional[_Id] = None,
        storage_size: Optional[int] = None,
        state: Optional[str] = None,
        created_at: Optional[datetime.datetime] = None,
        is_primary: Optional[bool] = None,
        connection_string: Optional[str] = None,
        username: Optional[str] = None,
        password: Optional[str] = None,
        hostname: Optional[str] = None,
        earliest_restore_time: Optional[datetime.datetime] = None,
    ) -> Self: ...
    @property
    def name(self) -> Optional[str]: ...
    @property
    def provider(self) -> Optional[str]: ...
    @property
    def region(self) -> Optional[str]: ...
    @property
    def postgres_version(self) -> Optional[str]: ...
    @property
    def size(self) -> Optional[str]: ...
    @property
    def ha_type(self) -> Optional[str]: ...
    @property
    def tags(self) -> Optional[ResultList[ResourceTagsV1]]: ...
    @property
    def ip_access_list(self) -> Optional[ResultList[PostgresIpAccessListEntry]]:
        """IPv4 access rules shown in the console. IPv6 rules are not included. Returned when reading or configuring access; omitted from other service updates."""
    @property
    def id(self) -> Optional[uuid.UUID]: ...
    @property
    def storage_size(self) -> Optional[int]: ...
    @property
    def state(self) -> Optional[str]: ...
    @property
    def created_at(self) -> Optional[datetime.datetime]: ...
    @property
    def is_primary(self) -> Optional[bool]: ...
    @property
    def connection_string(self) -> Optional[str]:
        """Connection string to the Postgres service. Embeds the service password, so it is only returned when the service is created or its password is reset. Omitted from every other response when Postgres credential redaction is enabled for the organization. Not guaranteed to be present — treat as optional."""
    @property
    def username(self) -> Optional[str]:
        """Username for the Postgres service"""
    @property
    def password(self) -> Optional[str]:
        """Password for the Postgres service. Only returned when the service is created or its password is reset. Omitted from every other response when Postgres credential redaction is enabled for the organization. Not guaranteed to be present — treat as optional."""
    @property
    def hostname(self) -> Optional[str]:
        """Hostname for the Postgres service"""
    @property
    def earliest_restore_time(self) -> Optional[datetime.datetime]:
        """Earliest point in time the service can be restored to with the restore endpoint. ISO-8601. Only present for a primary service once its first backup has completed."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class PostgresServiceListItem:
    """PostgresServiceListItem, as the API answers it."""
    def __new__(
        cls,
        *,
        name: Optional[str] = None,
        provider: Optional[str] = None,
        region: Optional[str] = None,
        postgres_version: Optional[str] = None,
        size: Optional[str] = None,
        ha_type: Optional[str] = None,
        tags: Optional[list[Union[ResourceTagsV1, Mapping[str, Any]]]] = None,
        id: Optional[_Id] = None,
        state: Optional[str] = None,
        created_at: Optional[datetime.datetime] = None,
        is_primary: Optional[bool] = None,
    ) -> Self: ...
    @property
    def name(self) -> Optional[str]: ...
    @property
    def provider(self) -> Optional[str]: ...
    @property
    def region(self) -> Optional[str]: ...
    @property
    def postgres_version(self) -> Optional[str]: ...
    @property
    def size(self) -> Optional[str]: ...
    @property
    def ha_type(self) -> Optional[str]: ...
    @property
    def tags(self) -> Optional[ResultList[ResourceTagsV1]]: ...
    @property
    def id(self) -> Optional[uuid.UUID]: ...
    @property
    def state(self) -> Optional[str]: ...
    @property
    def created_at(self) -> Optional[datetime.datetime]: ...
    @property
    def is_primary(self) -> Optional[bool]: ...
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class PostgresServicePasswordResource:
    """PostgresServicePasswordResource, as the API answers it."""
    def __new__(
        cls,
        *,
        password: Optional[str] = None,
    ) -> Self: ...
    @property
    def password(self) -> Optional[str]:
        """New Postgres superuser password. Provided only if there was no 'password' in the request."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class PostgresSlowQueryPattern:
    """PostgresSlowQueryPattern, as the API answers it."""
    def __new__(
        cls,
        *,
        query_id: Optional[str] = None,
        query_text: Optional[str] = None,
        db_name: Optional[str] = None,
        db_user: Optional[str] = None,
        db_operation: Optional[str] = None,
        app: Optional[str] = None,
        call_count: Optional[int] = None,
        error_count: Optional[int] = None,
        total_duration_us: Optional[int] = None,
        avg_duration_us: Optional[int] = None,
        max_duration_us: Optional[int] = None,
        p50_duration_us: Optional[int] = None,
        p95_duration_us: Optional[int] = None,
        p99_duration_us: Optional[int] = None,
        total_rows: Optional[int] = None,
        total_shared_blks_read: Optional[int] = None,
        total_shared_blks_hit: Optional[int] = None,
        total_cpu_time_us: Optional[int] = None,
        total_wal_bytes: Optional[int] = None,
    ) -> Self: ...
    @property
    def query_id(self) -> Optional[str]:
        """Stable identifier for the query pattern (normalized SQL)."""
    @property
    def query_text(self) -> Optional[str]:
        """Normalized query text with literals replaced by placeholders."""
    @property
    def db_name(self) -> Optional[str]:
        """Database the query ran in."""
    @property
    def db_user(self) -> Optional[str]:
        """Database user that executed the query."""
    @property
    def db_operation(self) -> Optional[str]:
        """Top-level SQL operation type (for example, SELECT, INSERT, UPDATE, DELETE, UTILITY)."""
    @property
    def app(self) -> Optional[str]:
        """Value of the Postgres `application_name` for executions matching this pattern."""
    @property
    def call_count(self) -> Optional[int]:
        """Number of times the pattern executed in the window."""
    @property
    def error_count(self) -> Optional[int]:
        """Number of executions of the pattern that raised an error."""
    @property
    def total_duration_us(self) -> Optional[int]:
        """Total execution time across all calls, in microseconds."""
    @property
    def avg_duration_us(self) -> Optional[int]:
        """Average execution time per call, in microseconds."""
    @property
    def max_duration_us(self) -> Optional[int]:
        """Maximum execution time of any call, in microseconds."""
    @property
    def p50_duration_us(self) -> Optional[int]:
        """50th percentile execution time, in microseconds."""
    @property
    def p95_duration_us(self) -> Optional[int]:
        """95th percentile execution time, in microseconds."""
    @property
    def p99_duration_us(self) -> Optional[int]:
        """99th percentile execution time, in microseconds."""
    @property
    def total_rows(self) -> Optional[int]:
        """Total number of rows returned or affected across all calls."""
    @property
    def total_shared_blks_read(self) -> Optional[int]:
        """Total shared buffer blocks read from disk (cache misses) across all calls."""
    @property
    def total_shared_blks_hit(self) -> Optional[int]:
        """Total shared buffer blocks hit (cache hits) across all calls."""
    @property
    def total_cpu_time_us(self) -> Optional[int]:
        """Total CPU time across all calls, in microseconds."""
    @property
    def total_wal_bytes(self) -> Optional[int]:
        """Total WAL (write-ahead log) bytes generated across all calls."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class PostgresSlowQueryPatternDetail:
    """PostgresSlowQueryPatternDetail, as the API answers it."""
    def __new__(
        cls,
        *,
        aggregate: Optional[Union[PostgresSlowQueryPattern, Mapping[str, Any]]] = None,
        recent_executions: Optional[list[Union[PostgresQueryExecution, Mapping[str, Any]]]] = None,
    ) -> Self: ...
    @property
    def aggregate(self) -> Optional[PostgresSlowQueryPattern]: ...
    @property
    def recent_executions(self) -> Optional[ResultList[PostgresQueryExecution]]:
        """Recent individual executions matching the pattern."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class PrivateEndpointConfig:
    """PrivateEndpointConfig, as the API answers it."""
    def __new__(
        cls,
        *,
        endpoint_service_id: Optional[str] = None,
        private_dns_hostname: Optional[str] = None,
    ) -> Self: ...
    @property
    def endpoint_service_id(self) -> Optional[str]:
        """Unique identifier of the interface endpoint you created in your VPC with the AWS(Service Name), GCP(Target Service) or AZURE (Private Link Service) resource"""
    @property
    def private_dns_hostname(self) -> Optional[str]:
        """Private DNS Hostname of the VPC you created"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class PrometheusDiscoveryLabels:
    """PrometheusDiscoveryLabels, as the API answers it."""
    def __new__(
        cls,
        *,
        scheme: Optional[str] = None,
        metrics_path: Optional[str] = None,
        param_filtered_metrics: Optional[str] = None,
        clickhouse_org_id: Optional[_Id] = None,
        clickhouse_service_id: Optional[_Id] = None,
        clickhouse_discovery_service_name: Optional[str] = None,
        meta_clickhouse_region: Optional[str] = None,
        meta_clickhouse_provider: Optional[str] = None,
    ) -> Self: ...
    @property
    def scheme(self) -> Optional[str]:
        """URL scheme Prometheus must scrape the target with."""
    @property
    def metrics_path(self) -> Optional[str]:
        """Path of the per-service Prometheus metrics endpoint."""
    @property
    def param_filtered_metrics(self) -> Optional[str]:
        """Value passed as the filtered_metrics query parameter on each scrape."""
    @property
    def clickhouse_org_id(self) -> Optional[uuid.UUID]:
        """Organization ID the service belongs to."""
    @property
    def clickhouse_service_id(self) -> Optional[uuid.UUID]:
        """Service ID."""
    @property
    def clickhouse_discovery_service_name(self) -> Optional[str]:
        """Service name."""
    @property
    def meta_clickhouse_region(self) -> Optional[str]:
        """Service region, for example `us-east-1`."""
    @property
    def meta_clickhouse_provider(self) -> Optional[str]:
        """Cloud provider, for example `aws`."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class PrometheusDiscoveryTargetGroup:
    """PrometheusDiscoveryTargetGroup, as the API answers it."""
    def __new__(
        cls,
        *,
        targets: Optional[list[str]] = None,
        labels: Optional[Union[PrometheusDiscoveryLabels, Mapping[str, Any]]] = None,
    ) -> Self: ...
    @property
    def targets(self) -> Optional[ResultList[str]]:
        """Host (and port) of the ClickHouse Cloud API."""
    @property
    def labels(self) -> Optional[PrometheusDiscoveryLabels]: ...
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class PublicQueryApiEndpoint:
    """PublicQueryApiEndpoint, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[_Id] = None,
        name: Optional[str] = None,
        sql: Optional[str] = None,
        database: Optional[str] = None,
        parameters: Optional[Mapping[str, str]] = None,
        api_key_ids: Optional[list[_Id]] = None,
        roles: Optional[list[str]] = None,
        allowed_origins: Optional[list[str]] = None,
        url: Optional[str] = None,
        owner_type: Optional[str] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[uuid.UUID]:
        """Unique ID of the Query API endpoint."""
    @property
    def name(self) -> Optional[str]:
        """Name of the Query API endpoint."""
    @property
    def sql(self) -> Optional[str]:
        """SQL executed by the endpoint."""
    @property
    def database(self) -> Optional[str]:
        """Database used by the Query API endpoint."""
    @property
    def parameters(self) -> Optional[dict[str, str]]:
        """Query parameters."""
    @property
    def api_key_ids(self) -> Optional[ResultList[uuid.UUID]]:
        """API key IDs allowed to call the endpoint."""
    @property
    def roles(self) -> Optional[ResultList[str]]:
        """Database roles used by the endpoint."""
    @property
    def allowed_origins(self) -> Optional[ResultList[str]]:
        """Origins allowed by the endpoint CORS policy."""
    @property
    def url(self) -> Optional[str]:
        """Public URL used to execute the endpoint."""
    @property
    def owner_type(self) -> Optional[str]:
        """Owner type of the Query API endpoint. Endpoints with a user owned query cannot be updated or deleted through this API."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class PublicQueryApiEndpointListItem:
    """PublicQueryApiEndpointListItem, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[_Id] = None,
        name: Optional[str] = None,
        database: Optional[str] = None,
        api_key_ids: Optional[list[_Id]] = None,
        roles: Optional[list[str]] = None,
        allowed_origins: Optional[list[str]] = None,
        url: Optional[str] = None,
        owner_type: Optional[str] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[uuid.UUID]:
        """Unique ID of the Query API endpoint."""
    @property
    def name(self) -> Optional[str]:
        """Name of the Query API endpoint."""
    @property
    def database(self) -> Optional[str]:
        """Database used by the Query API endpoint."""
    @property
    def api_key_ids(self) -> Optional[ResultList[uuid.UUID]]:
        """API key IDs allowed to call the endpoint."""
    @property
    def roles(self) -> Optional[ResultList[str]]:
        """Database roles used by the endpoint."""
    @property
    def allowed_origins(self) -> Optional[ResultList[str]]:
        """Origins allowed by the endpoint CORS policy."""
    @property
    def url(self) -> Optional[str]:
        """Public URL used to execute the endpoint."""
    @property
    def owner_type(self) -> Optional[str]:
        """Owner type of the Query API endpoint. Endpoints with a user owned query cannot be updated or deleted through this API."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class PublicSavedQuery:
    """PublicSavedQuery, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[_Id] = None,
        name: Optional[str] = None,
        sql: Optional[str] = None,
        database: Optional[str] = None,
        parameters: Optional[Mapping[str, str]] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[uuid.UUID]:
        """Unique ID of the saved query."""
    @property
    def name(self) -> Optional[str]:
        """Name of the saved query."""
    @property
    def sql(self) -> Optional[str]:
        """Saved SQL query."""
    @property
    def database(self) -> Optional[str]:
        """Database used by the saved query."""
    @property
    def parameters(self) -> Optional[dict[str, str]]:
        """Query parameters."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class PublicSavedQueryListItem:
    """PublicSavedQueryListItem, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[_Id] = None,
        name: Optional[str] = None,
        database: Optional[str] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[uuid.UUID]:
        """Unique ID of the saved query."""
    @property
    def name(self) -> Optional[str]:
        """Name of the saved query."""
    @property
    def database(self) -> Optional[str]:
        """Database used by the saved query."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class RBACPolicy:
    """RBACPolicy, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[str] = None,
        role_id: Optional[str] = None,
        tenant_id: Optional[str] = None,
        allow_deny: Optional[str] = None,
        permissions: Optional[list[str]] = None,
        resources: Optional[list[str]] = None,
        tags: Optional[Union[RBACPolicyTags, Mapping[str, Any]]] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[str]:
        """Unique policy identifier"""
    @property
    def role_id(self) -> Optional[str]:
        """ID of the role this policy belongs to"""
    @property
    def tenant_id(self) -> Optional[str]:
        """Tenant resource ID (e.g., organization/uuid)"""
    @property
    def allow_deny(self) -> Optional[str]:
        """Whether this policy allows or denies access"""
    @property
    def permissions(self) -> Optional[ResultList[str]]:
        """List of permissions granted or denied by this policy"""
    @property
    def resources(self) -> Optional[ResultList[str]]:
        """List of resource IDs this policy applies to (e.g., instance/uuid, instance/*)"""
    @property
    def tags(self) -> Optional[RBACPolicyTags]: ...
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class RBACPolicyTags:
    """RBACPolicyTags, as the API answers it."""
    def __new__(
        cls,
        *,
        grants: Optional[list[str]] = None,
        role_v2: Optional[str] = None,
    ) -> Self: ...
    @property
    def grants(self) -> Optional[ResultList[str]]:
        """Optional list of database grants (e.g., database names)"""
    @property
    def role_v2(self) -> Optional[str]:
        """Optional SQL console role type"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class RBACRole:
    """RBACRole, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[str] = None,
        tenant_id: Optional[str] = None,
        owner_id: Optional[str] = None,
        name: Optional[str] = None,
        type: Optional[str] = None,
        actors: Optional[list[str]] = None,
        policies: Optional[list[Union[RBACPolicy, Mapping[str, Any]]]] = None,
        created_at: Optional[datetime.datetime] = None,
        updated_at: Optional[datetime.datetime] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[str]:
        """Unique role identifier"""
    @property
    def tenant_id(self) -> Optional[str]:
        """Tenant resource ID (e.g., organization/uuid)"""
    @property
    def owner_id(self) -> Optional[str]:
        """Owner resource ID (e.g., organization/uuid)"""
    @property
    def name(self) -> Optional[str]:
        """Name of the role"""
    @property
    def type(self) -> Optional[str]:
        """Whether this is a system role or a custom role"""
    @property
    def actors(self) -> Optional[ResultList[str]]:
        """List of actor resource IDs assigned to this role (e.g., user/uuid, apiKey/uuid)"""
    @property
    def policies(self) -> Optional[ResultList[RBACPolicy]]:
        """List of policies associated with this role"""
    @property
    def created_at(self) -> Optional[datetime.datetime]:
        """Timestamp when the role was created. ISO-8601."""
    @property
    def updated_at(self) -> Optional[datetime.datetime]:
        """Timestamp when the role was last updated. ISO-8601."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ReplicaAwareRouting:
    """ReplicaAwareRouting, as the API answers it."""
    def __new__(
        cls,
        *,
        http_enabled: Optional[bool] = None,
        native_enabled: Optional[bool] = None,
    ) -> Self: ...
    @property
    def http_enabled(self) -> Optional[bool]:
        """Whether replica aware routing is enabled for HTTP connections. When enabled, clients must send the X-ClickHouse-Replica-Tag header. Enabling this changes HTTP connection behavior for the service."""
    @property
    def native_enabled(self) -> Optional[bool]:
        """Whether replica aware routing is enabled for native protocol connections."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ResourceTagsV1:
    """ResourceTagsV1, as the API answers it."""
    def __new__(
        cls,
        *,
        key: Optional[str] = None,
        value: Optional[str] = None,
    ) -> Self: ...
    @property
    def key(self) -> Optional[str]:
        """Tag key. Must be alphanumeric with dashes, underscores and dots."""
    @property
    def value(self) -> Optional[str]:
        """Tag value. Must be alphanumeric with dashes, underscores and dots."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class RestoredService:
    """RestoredService, as the API answers it."""
    def __new__(
        cls,
        service: Optional[Union[Service, Mapping[str, Any]]] = None,
        password: Optional[str] = None,
    ) -> Self: ...
    @property
    def service(self) -> Optional[Service]: ...
    @property
    def password(self) -> Optional[str]:
        """Password for the newly created service."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ReversePrivateEndpoint:
    """ReversePrivateEndpoint, as the API answers it."""
    def __new__(
        cls,
        *,
        description: Optional[str] = None,
        type: Optional[str] = None,
        vpc_endpoint_service_name: Optional[str] = None,
        vpc_resource_configuration_id: Optional[str] = None,
        vpc_resource_share_arn: Optional[str] = None,
        msk_cluster_arn: Optional[str] = None,
        msk_authentication: Optional[str] = None,
        gcp_service_attachment: Optional[str] = None,
        custom_private_dns_mappings: Optional[list[Union[CustomPrivateDnsMapping, Mapping[str, Any]]]] = None,
        id: Optional[_Id] = None,
        service_id: Optional[_Id] = None,
        endpoint_id: Optional[str] = None,
        dns_names: Optional[list[str]] = None,
        private_dns_names: Optional[list[str]] = None,
        private_dns_mappings: Optional[list[Union[ReversePrivateEndpointPrivateDnsMapping, Mapping[str, Any]]]] = None,
        dns_targets: Optional[list[Union[ReversePrivateEndpointDnsTarget, Mapping[str, Any]]]] = None,
        status: Optional[str] = None,
    ) -> Self: ...
    @property
    def description(self) -> Optional[str]:
        """Reverse private endpoint description. Maximum length is 255 characters."""
    @property
    def type(self) -> Optional[str]:
        """Reverse private endpoint type."""
    @property
    def vpc_endpoint_service_name(self) -> Optional[str]:
        """VPC endpoint service name."""
    @property
    def vpc_resource_configuration_id(self) -> Optional[str]:
        """VPC resource configuration ID. Required for VPC_RESOURCE type."""
    @property
    def vpc_resource_share_arn(self) -> Optional[str]:
        """VPC resource share ARN. Required for VPC_RESOURCE type."""
    @property
    def msk_cluster_arn(self) -> Optional[str]:
        """MSK cluster ARN. Required for MSK_MULTI_VPC type."""
    @property
    def msk_authentication(self) -> Optional[str]:
        """MSK cluster authentication type. Required for MSK_MULTI_VPC type."""
    @property
    def gcp_service_attachment(self) -> Optional[str]:
        """Private Preview. GCP PSC service attachment URI. Required for GCP_PSC_SERVICE_ATTACHMENT type. Format: projects/{project}/regions/{region}/serviceAttachments/{name}."""
    @property
    def custom_private_dns_mappings(self) -> Optional[ResultList[CustomPrivateDnsMapping]]:
        """Optional private DNS names for Reverse Private Endpoint. Can be used as data source destination address. Must be unique across the ClickHouse service. Generally available for Google Private Service Connect (PSC). For AWS PrivateLink (VPC endpoint service and VPC resource), available in Private Preview; contact ClickHouse support to enable it for your service. Not supported for MSK multi-VPC. Supports exact names and leading wildcard names such as *.example.com"""
    @property
    def id(self) -> Optional[uuid.UUID]:
        """Reverse private endpoint ID."""
    @property
    def service_id(self) -> Optional[uuid.UUID]:
        """ClickHouse service ID reverse private endpoint is associated with."""
    @property
    def endpoint_id(self) -> Optional[str]:
        """Reverse private endpoint endpoint ID."""
    @property
    def dns_names(self) -> Optional[ResultList[str]]:
        """Reverse private endpoint internal DNS names."""
    @property
    def private_dns_names(self) -> Optional[ResultList[str]]:
        """Reverse private endpoint private DNS names."""
    @property
    def private_dns_mappings(self) -> Optional[ResultList[ReversePrivateEndpointPrivateDnsMapping]]:
        """Read-only provider private DNS names and their internal DNS targets reported by the Reverse Private Endpoint. For VPC_RESOURCE, this list can be empty when CHILD resources have no provider private DNS."""
    @property
    def dns_targets(self) -> Optional[ResultList[ReversePrivateEndpointDnsTarget]]:
        """Read-only DNS targets the Reverse Private Endpoint currently reports. For VPC_RESOURCE, there is one RESOURCE_CONFIGURATION target per resource configuration association, identified by its CHILD resource configuration ID, or the configuration ID for a single resource. Other endpoint types report an empty list. Targets can appear over time; a custom mapping with a targetId that is not reported yet is not served until it appears."""
    @property
    def status(self) -> Optional[str]:
        """Reverse private endpoint status."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ReversePrivateEndpointDnsTarget:
    """ReversePrivateEndpointDnsTarget, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[str] = None,
        kind: Optional[str] = None,
        internal_dns_name: Optional[str] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[str]:
        """DNS target ID. For VPC_RESOURCE, the associated CHILD resource configuration ID, or the configuration ID for a single resource."""
    @property
    def kind(self) -> Optional[str]:
        """DNS target kind."""
    @property
    def internal_dns_name(self) -> Optional[str]:
        """Internal DNS name currently reported for this target. To select a target for a custom private DNS mapping, use its id as targetId."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ReversePrivateEndpointPrivateDnsMapping:
    """ReversePrivateEndpointPrivateDnsMapping, as the API answers it."""
    def __new__(
        cls,
        *,
        private_dns_name: Optional[str] = None,
        internal_dns_name: Optional[str] = None,
    ) -> Self: ...
    @property
    def private_dns_name(self) -> Optional[str]:
        """Provider private DNS name reported by the Reverse Private Endpoint."""
    @property
    def internal_dns_name(self) -> Optional[str]:
        """Internal DNS target for the provider private DNS name."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ScalingSchedule:
    """ScalingSchedule, as the API answers it."""
    def __new__(
        cls,
        *,
        entries: Optional[list[Union[ScalingScheduleEntry, Mapping[str, Any]]]] = None,
        base_config: Optional[Union[ScalingScheduleBaseConfig, Mapping[str, Any]]] = None,
        active_entry_id: Optional[_Id] = None,
    ) -> Self: ...
    @property
    def entries(self) -> Optional[ResultList[ScalingScheduleEntry]]:
        """List of schedule entries."""
    @property
    def base_config(self) -> Optional[ScalingScheduleBaseConfig]: ...
    @property
    def active_entry_id(self) -> Optional[uuid.UUID]:
        """ID of the currently-active schedule entry. Absent when no entry is active and the base config is in effect."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ScalingScheduleBaseConfig:
    """ScalingScheduleBaseConfig, as the API answers it."""
    def __new__(
        cls,
        *,
        autoscaling_mode: Optional[str] = None,
        min_replica_memory_gb: Optional[float] = None,
        max_replica_memory_gb: Optional[float] = None,
        min_replicas: Optional[int] = None,
        max_replicas: Optional[int] = None,
        idle_scaling: Optional[bool] = None,
        idle_timeout_minutes: Optional[int] = None,
    ) -> Self: ...
    @property
    def autoscaling_mode(self) -> Optional[str]:
        """Autoscaling mode applied when no schedule entry is active. "vertical" runs a fixed replica count while memory scales; "horizontal" scales the replica count at a fixed per-replica memory."""
    @property
    def min_replica_memory_gb(self) -> Optional[float]:
        """Minimum memory per replica (Gb) when no schedule entry is active. Absent for services that do not autoscale memory."""
    @property
    def max_replica_memory_gb(self) -> Optional[float]:
        """Maximum memory per replica (Gb) when no schedule entry is active. Absent for services that do not autoscale memory."""
    @property
    def min_replicas(self) -> Optional[int]:
        """Minimum number of replicas when no schedule entry is active."""
    @property
    def max_replicas(self) -> Optional[int]:
        """Maximum number of replicas when no schedule entry is active."""
    @property
    def idle_scaling(self) -> Optional[bool]:
        """Whether idle scaling is enabled when no schedule entry is active."""
    @property
    def idle_timeout_minutes(self) -> Optional[int]:
        """Idle timeout in minutes when no schedule entry is active."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ScalingScheduleEntry:
    """ScalingScheduleEntry, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[_Id] = None,
        name: Optional[str] = None,
        weekdays: Optional[list[int]] = None,
        start_hour_utc: Optional[int] = None,
        end_hour_utc: Optional[int] = None,
        autoscaling_mode: Optional[str] = None,
        min_replica_memory_gb: Optional[float] = None,
        max_replica_memory_gb: Optional[float] = None,
        min_replicas: Optional[int] = None,
        max_replicas: Optional[int] = None,
        idle_scaling: Optional[bool] = None,
        idle_timeout_minutes: Optional[int] = None,
        is_active_now: Optional[bool] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[uuid.UUID]:
        """Unique identifier for this schedule entry."""
    @property
    def name(self) -> Optional[str]:
        """Human-readable label for this schedule entry."""
    @property
    def weekdays(self) -> Optional[ResultList[int]]:
        """Days of the week this entry applies to. 0 = Sunday, 1 = Monday, …, 6 = Saturday."""
    @property
    def start_hour_utc(self) -> Optional[int]:
        """UTC hour (0–23) when this entry becomes active (inclusive)."""
    @property
    def end_hour_utc(self) -> Optional[int]:
        """UTC hour (1–24) when this entry deactivates (exclusive). Must differ from startHourUtc. Set to 24 to end at midnight. Values less than startHourUtc create an overnight window spanning midnight."""
    @property
    def autoscaling_mode(self) -> Optional[str]:
        """Autoscaling mode for this entry. "vertical" runs a fixed replica count while memory scales; "horizontal" scales the replica count at a fixed per-replica memory. Defaults to "vertical" for entries persisted before the mode was exposed."""
    @property
    def min_replica_memory_gb(self) -> Optional[float]:
        """Minimum memory per replica (Gb) during this window. A range in vertical; in horizontal it equals maxReplicaMemoryGb (memory is fixed while the replica count scales)."""
    @property
    def max_replica_memory_gb(self) -> Optional[float]:
        """Maximum memory per replica (Gb) during this window. A range in vertical; in horizontal it equals minReplicaMemoryGb (memory is fixed while the replica count scales)."""
    @property
    def min_replicas(self) -> Optional[int]:
        """Minimum number of replicas during this window. For a horizontal entry the replica count scales between minReplicas and maxReplicas; for a vertical entry minReplicas and maxReplicas are equal and report the fixed replica count (both omitted when the entry stored no count)."""
    @property
    def max_replicas(self) -> Optional[int]:
        """Maximum number of replicas during this window. For a horizontal entry the replica count scales between minReplicas and maxReplicas; for a vertical entry minReplicas and maxReplicas are equal and report the fixed replica count (both omitted when the entry stored no count)."""
    @property
    def idle_scaling(self) -> Optional[bool]:
        """Whether idle scaling is enabled during this window."""
    @property
    def idle_timeout_minutes(self) -> Optional[int]:
        """Idle timeout in minutes during this window."""
    @property
    def is_active_now(self) -> Optional[bool]:
        """Whether this entry is currently active. Scheduled times are indicative — actions are applied on a best-effort basis and may be delayed by a few minutes."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class Service:
    """Service, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[_Id] = None,
        name: Optional[str] = None,
        provider: Optional[str] = None,
        region: Optional[str] = None,
        state: Optional[str] = None,
        clickhouse_version: Optional[str] = None,
        endpoints: Optional[list[Union[ServiceEndpoint, Mapping[str, Any]]]] = None,
        tier: Optional[str] = None,
        min_total_memory_gb: Optional[float] = None,
        max_total_memory_gb: Optional[float] = None,
        min_replica_memory_gb: Optional[float] = None,
        max_replica_memory_gb: Optional[float] = None,
        num_replicas: Optional[int] = None,
        min_replicas: Optional[int] = None,
        max_replicas: Optional[int] = None,
        autoscaling_mode: Optional[str] = None,
        replica_memory_gb: Optional[float] = None,
        idle_scaling: Optional[bool] = None,
        idle_timeout_minutes: Optional[float] = None,
        ip_access_list: Optional[list[Union[IpAccessListEntry, Mapping[str, Any]]]] = None,
        created_at: Optional[datetime.datetime] = None,
        encryption_key: Optional[str] = None,
        encryption_assumed_role_identifier: Optional[str] = None,
        iam_role: Optional[str] = None,
        private_endpoint_ids: Optional[list[str]] = None,
        available_private_endpoint_ids: Optional[list[str]] = None,
        data_warehouse_id: Optional[str] = None,
        is_primary: Optional[bool] = None,
        is_readonly: Optional[bool] = None,
        release_channel: Optional[str] = None,
        byoc_id: Optional[str] = None,
        has_transparent_data_encryption: Optional[bool] = None,
        profile: Optional[str] = None,
        transparent_data_encryption_key_id: Optional[str] = None,
        encryption_role_id: Optional[str] = None,
        compliance_type: Optional[str] = None,
        tags: Optional[list[Union[ResourceTagsV1, Mapping[str, Any]]]] = None,
        enable_core_dumps: Optional[bool] = None,
        scaling_schedule: Optional[Union[ScalingSchedule, Mapping[str, Any]]] = None,
        current_scaling: Optional[Union[CurrentScaling, Mapping[str, Any]]] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[uuid.UUID]:
        """Unique service ID."""
    @property
    def name(self) -> Optional[str]:
        """Name of the service. Alphanumerical string with whitespaces up to 50 characters."""
    @property
    def provider(self) -> Optional[str]:
        """Cloud provider"""
    @property
    def region(self) -> Optional[str]:
        """Service region."""
    @property
    def state(self) -> Optional[str]:
        """Current state of the service."""
    @property
    def clickhouse_version(self) -> Optional[str]:
        """ClickHouse version of the service."""
    @property
    def endpoints(self) -> Optional[ResultList[ServiceEndpoint]]:
        """List of all service endpoints."""
    @property
    def tier(self) -> Optional[str]:
        """DEPRECATED for BASIC, SCALE and ENTERPRISE organization tiers. Use `minReplicaMemoryGb`, `maxReplicaMemoryGb`, and `numReplicas` instead. Tier of the service: 'development', 'production', 'dedicated_high_mem', 'dedicated_high_cpu', 'dedicated_standard', 'dedicated_standard_n2d_standard_4', 'dedicated_standard_n2d_standard_8', 'dedicated_standard_n2d_standard_32', 'dedicated_standard_n2d_standard_128', 'dedicated_standard_n2d_standard_32_16SSD', 'dedicated_standard_n2d_standard_64_24SSD'. Production services scale, Development are fixed size. Azure services don't support Development tier"""
    @property
    def min_total_memory_gb(self) -> Optional[float]:
        """DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `minReplicaMemoryGb` instead. Minimum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and greater than or equal to 24. Always absent for horizontal-autoscaling services (replica count is variable)."""
    @property
    def max_total_memory_gb(self) -> Optional[float]:
        """DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `maxReplicaMemoryGb` instead. Maximum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and lower than or equal to 360 for non paid services or 1068 for paid services. Always absent for horizontal-autoscaling services (replica count is variable)."""
    @property
    def min_replica_memory_gb(self) -> Optional[float]:
        """Minimum total memory of each replica during auto-scaling in Gb. A range in vertical autoscaling; equal to maxReplicaMemoryGb in horizontal (memory is fixed while the replica count scales). Must be a multiple of 4 and greater than or equal to 8."""
    @property
    def max_replica_memory_gb(self) -> Optional[float]:
        """Maximum total memory of each replica during auto-scaling in Gb. A range in vertical autoscaling; equal to minReplicaMemoryGb in horizontal (memory is fixed while the replica count scales). Must be a multiple of 4 and lower than or equal to 120* for non paid services or 356* for paid services.* - maximum replica size subject to cloud provider hardware availability in your selected region."""
    @property
    def num_replicas(self) -> Optional[int]:
        """Number of replicas for the service. The number of replicas must be between 2 and 50 for the first service in a warehouse. Services that are created in an existing warehouse can have a number of replicas as low as 1. Further restrictions may apply based on your organization's tier and its per-warehouse replica limit. It defaults to 1 for the BASIC tier and 3 for the SCALE and ENTERPRISE tiers. Present only when the service uses vertical autoscaling. For horizontal autoscaling, use minReplicas and maxReplicas instead."""
    @property
    def min_replicas(self) -> Optional[int]:
        """Minimum number of replicas for horizontal autoscaling. Present only when the service uses horizontal autoscaling."""
    @property
    def max_replicas(self) -> Optional[int]:
        """Maximum number of replicas for horizontal autoscaling. Present only when the service uses horizontal autoscaling."""
    @property
    def autoscaling_mode(self) -> Optional[str]:
        """Configured autoscaling mode. "vertical" runs a fixed replica count while memory scales between minReplicaMemoryGb and maxReplicaMemoryGb; "horizontal" scales the replica count between minReplicas and maxReplicas at a fixed per-replica memory. This is the baseline configuration; the mode currently applied (which may differ while a schedule entry is active) is currentScaling.effectiveAutoscalingMode."""
    @property
    def replica_memory_gb(self) -> Optional[float]:
        """Fixed memory per replica in Gb for horizontal autoscaling. Present only when the service uses horizontal autoscaling. Must be a multiple of 4, at least 8 Gb, and at most 120 Gb for non paid services or 356 Gb for paid services."""
    @property
    def idle_scaling(self) -> Optional[bool]:
        """When set to true the service is allowed to scale down to zero when idle. True by default."""
    @property
    def idle_timeout_minutes(self) -> Optional[float]:
        """Set minimum idling timeout (in minutes). Must be >= 5 minutes."""
    @property
    def ip_access_list(self) -> Optional[ResultList[IpAccessListEntry]]:
        """List of IP addresses allowed to access the service"""
    @property
    def created_at(self) -> Optional[datetime.datetime]:
        """Service creation timestamp. ISO-8601."""
    @property
    def encryption_key(self) -> Optional[str]:
        """Optional customer provided disk encryption key"""
    @property
    def encryption_assumed_role_identifier(self) -> Optional[str]:
        """Optional role to use for disk encryption"""
    @property
    def iam_role(self) -> Optional[str]:
        """IAM role used for accessing objects in s3"""
    @property
    def private_endpoint_ids(self) -> Optional[ResultList[str]]:
        """List of private endpoints"""
    @property
    def available_private_endpoint_ids(self) -> Optional[ResultList[str]]:
        """List of available private endpoints ids that can be attached to the service"""
    @property
    def data_warehouse_id(self) -> Optional[str]:
        """Data warehouse containing this service"""
    @property
    def is_primary(self) -> Optional[bool]:
        """True if this service is the primary service in the data warehouse"""
    @property
    def is_readonly(self) -> Optional[bool]:
        """True if this service is read-only. It can only be read-only if a dataWarehouseId is provided."""
    @property
    def release_channel(self) -> Optional[str]:
        """Select fast if you want to get new ClickHouse releases as soon as they are available. You'll get new features faster, but with a higher risk of bugs. Select slow if you would like to defer releases to give yourself more time to test. This feature is only available for production services. default is the regular release channel."""
    @property
    def byoc_id(self) -> Optional[str]:
        """This is the ID returned after setting up a region for Bring Your Own Cloud (BYOC). When the byocId parameter is specified, the minReplicaMemoryGb and the maxReplicaGb parameters are required too, with values included among the following sizes: 48, 116, 172, 232."""
    @property
    def has_transparent_data_encryption(self) -> Optional[bool]:
        """True if the service should have the Transparent Data Encryption (TDE) enabled. TDE is only available for ENTERPRISE organizations tiers and can only be enabled at service creation."""
    @property
    def profile(self) -> Optional[str]:
        """Custom instance profile. Only available for ENTERPRISE and BYOC organization tiers. Standard values: 'v1-default', 'v1-highmem-xs', 'v1-highmem-s', 'v1-highmem-m', 'v1-highmem-l', 'v1-highmem-xl'. BYOC services may instead use a dynamic BYOC profile configured for their infrastructure (e.g. 'v1-standard-byoc-4'); it requires byocId, and minReplicaMemoryGb and maxReplicaMemoryGb must both equal the profile's memory size. Use the serviceProfiles endpoint to list the profiles available to the organization."""
    @property
    def transparent_data_encryption_key_id(self) -> Optional[str]:
        """The ID of the Transparent Data Encryption key used for the service. This is only available if hasTransparentDataEncryption is true."""
    @property
    def encryption_role_id(self) -> Optional[str]:
        """The ID of the IAM role used for encryption. This is only available if hasTransparentDataEncryption is true."""
    @property
    def compliance_type(self) -> Optional[str]:
        """Type of regulatory compliance for service."""
    @property
    def tags(self) -> Optional[ResultList[ResourceTagsV1]]:
        """Tags associated with the service."""
    @property
    def enable_core_dumps(self) -> Optional[bool]:
        """True if the service's underline infra is enabled for collecting core dumps. This is an experimental feature"""
    @property
    def scaling_schedule(self) -> Optional[ScalingSchedule]: ...
    @property
    def current_scaling(self) -> Optional[CurrentScaling]: ...
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ServiceClickhouseSetting:
    """ServiceClickhouseSetting, as the API answers it."""
    def __new__(
        cls,
        *,
        name: Optional[str] = None,
        value: Optional[Union[str, int]] = None,
    ) -> Self: ...
    @property
    def name(self) -> Optional[str]:
        """Name of the setting."""
    @property
    def value(self) -> Optional[Union[str, int]]: ...
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ServiceClickhouseSettingSchemaEntry:
    """ServiceClickhouseSettingSchemaEntry, as the API answers it."""
    def __new__(
        cls,
        *,
        name: Optional[str] = None,
        type: Optional[str] = None,
        description: Optional[str] = None,
        enum: Optional[list[int]] = None,
        warning: Optional[str] = None,
        deprecation_notice: Optional[str] = None,
        example: Optional[str] = None,
    ) -> Self: ...
    @property
    def name(self) -> Optional[str]:
        """Name of the setting."""
    @property
    def type(self) -> Optional[str]:
        """Data type of the setting value."""
    @property
    def description(self) -> Optional[str]:
        """Description of the setting."""
    @property
    def enum(self) -> Optional[ResultList[int]]:
        """List of allowed values, if the setting is an enum."""
    @property
    def warning(self) -> Optional[str]:
        """Warning message about potential disruptive effects of changing this setting."""
    @property
    def deprecation_notice(self) -> Optional[str]:
        """Deprecation notice, if applicable."""
    @property
    def example(self) -> Optional[str]:
        """Example value for the setting."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ServiceClickhouseSettingWarning:
    """ServiceClickhouseSettingWarning, as the API answers it."""
    def __new__(
        cls,
        *,
        name: Optional[str] = None,
        message: Optional[str] = None,
    ) -> Self: ...
    @property
    def name(self) -> Optional[str]:
        """Name of the setting the warning applies to."""
    @property
    def message(self) -> Optional[str]:
        """Warning message."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ServiceClickhouseSettingsList:
    """ServiceClickhouseSettingsList, as the API answers it."""
    def __new__(
        cls,
        *,
        settings: Optional[list[Union[ServiceClickhouseSetting, Mapping[str, Any]]]] = None,
    ) -> Self: ...
    @property
    def settings(self) -> Optional[ResultList[ServiceClickhouseSetting]]:
        """List of ClickHouse settings with their current values."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ServiceClickhouseSettingsPatchResponse:
    """ServiceClickhouseSettingsPatchResponse, as the API answers it."""
    def __new__(
        cls,
        *,
        settings: Optional[Mapping[str, Union[str, int]]] = None,
        warnings: Optional[list[Union[ServiceClickhouseSettingWarning, Mapping[str, Any]]]] = None,
    ) -> Self: ...
    @property
    def settings(self) -> Optional[dict[str, Union[str, int]]]: ...
    @property
    def warnings(self) -> Optional[ResultList[ServiceClickhouseSettingWarning]]:
        """Warnings for settings that may have disruptive effects."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ServiceClickhouseSettingsSchema:
    """ServiceClickhouseSettingsSchema, as the API answers it."""
    def __new__(
        cls,
        *,
        settings: Optional[list[Union[ServiceClickhouseSettingSchemaEntry, Mapping[str, Any]]]] = None,
    ) -> Self: ...
    @property
    def settings(self) -> Optional[ResultList[ServiceClickhouseSettingSchemaEntry]]:
        """List of all configurable ClickHouse settings with their types, descriptions, and constraints."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ServiceEndpoint:
    """ServiceEndpoint, as the API answers it."""
    def __new__(
        cls,
        *,
        protocol: Optional[str] = None,
        host: Optional[str] = None,
        port: Optional[int] = None,
        username: Optional[str] = None,
    ) -> Self: ...
    @property
    def protocol(self) -> Optional[str]:
        """Endpoint protocol: 'https', 'nativesecure', 'mysql'."""
    @property
    def host(self) -> Optional[str]:
        """Service host name"""
    @property
    def port(self) -> Optional[int]:
        """Numeric port"""
    @property
    def username(self) -> Optional[str]:
        """Optional username for the endpoint"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ServicePasswordPatchResponse:
    """ServicePasswordPatchResponse, as the API answers it."""
    def __new__(
        cls,
        *,
        password: Optional[str] = None,
    ) -> Self: ...
    @property
    def password(self) -> Optional[str]:
        """New service password. Provided only if there was no 'newPasswordHash' in the request"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ServiceProfile:
    """ServiceProfile, as the API answers it."""
    def __new__(
        cls,
        *,
        profile: Optional[str] = None,
        cpu_cores: Optional[float] = None,
        memory_gi: Optional[float] = None,
    ) -> Self: ...
    @property
    def profile(self) -> Optional[str]:
        """Profile name to pass as `profile` when creating a service (e.g. 'v1-standard-byoc-4')."""
    @property
    def cpu_cores(self) -> Optional[float]:
        """Number of vCPUs per replica."""
    @property
    def memory_gi(self) -> Optional[float]:
        """Memory per replica in GiB. When creating a BYOC service with this profile, minReplicaMemoryGb and maxReplicaMemoryGb must both equal this value."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ServiceQueryAPIEndpoint:
    """ServiceQueryAPIEndpoint, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[str] = None,
        open_api_keys: Optional[list[str]] = None,
        roles: Optional[list[str]] = None,
        allowed_origins: Optional[str] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[str]:
        """The id of the service query endpoint"""
    @property
    def open_api_keys(self) -> Optional[ResultList[str]]:
        """List of OpenAPI keys that can access the service query endpoint"""
    @property
    def roles(self) -> Optional[ResultList[str]]:
        """List of roles that can access the service query endpoint"""
    @property
    def allowed_origins(self) -> Optional[str]:
        """The allowed origins as comma separated list of domains"""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class ServiceScalingPatchResponse:
    """ServiceScalingPatchResponse, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[_Id] = None,
        name: Optional[str] = None,
        provider: Optional[str] = None,
        region: Optional[str] = None,
        state: Optional[str] = None,
        clickhouse_version: Optional[str] = None,
        endpoints: Optional[list[Union[ServiceEndpoint, Mapping[str, Any]]]] = None,
        tier: Optional[str] = None,
        min_total_memory_gb: Optional[float] = None,
        max_total_memory_gb: Optional[float] = None,
        min_replica_memory_gb: Optional[float] = None,
        max_replica_memory_gb: Optional[float] = None,
        num_replicas: Optional[int] = None,
        min_replicas: Optional[int] = None,
        max_replicas: Optional[int] = None,
        autoscaling_mode: Optional[str] = None,
        replica_memory_gb: Optional[float] = None,
        idle_scaling: Optional[bool] = None,
        idle_timeout_minutes: Optional[float] = None,
        ip_access_list: Optional[list[Union[IpAccessListEntry, Mapping[str, Any]]]] = None,
        created_at: Optional[datetime.datetime] = None,
        encryption_key: Optional[str] = None,
        encryption_assumed_role_identifier: Optional[str] = None,
        iam_role: Optional[str] = None,
        private_endpoint_ids: Optional[list[str]] = None,
        available_private_endpoint_ids: Optional[list[str]] = None,
        data_warehouse_id: Optional[str] = None,
        is_primary: Optional[bool] = None,
        is_readonly: Optional[bool] = None,
        release_channel: Optional[str] = None,
        byoc_id: Optional[str] = None,
        has_transparent_data_encryption: Optional[bool] = None,
        profile: Optional[str] = None,
        transparent_data_encryption_key_id: Optional[str] = None,
        encryption_role_id: Optional[str] = None,
        compliance_type: Optional[str] = None,
        tags: Optional[list[Union[ResourceTagsV1, Mapping[str, Any]]]] = None,
        enable_core_dumps: Optional[bool] = None,
        scaling_schedule: Optional[Union[ScalingSchedule, Mapping[str, Any]]] = None,
        current_scaling: Optional[Union[CurrentScaling, Mapping[str, Any]]] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[uuid.UUID]:
        """Unique service ID."""
    @property
    def name(self) -> Optional[str]:
        """Name of the service. Alphanumerical string with whitespaces up to 50 characters."""
    @property
    def provider(self) -> Optional[str]:
        """Cloud provider"""
    @property
    def region(self) -> Optional[str]:
        """Service region."""
    @property
    def state(self) -> Optional[str]:
        """Current state of the service."""
    @property
    def clickhouse_version(self) -> Optional[str]:
        """ClickHouse version of the service."""
    @property
    def endpoints(self) -> Optional[ResultList[ServiceEndpoint]]:
        """List of all service endpoints."""
    @property
    def tier(self) -> Optional[str]:
        """DEPRECATED for BASIC, SCALE and ENTERPRISE organization tiers. Use `minReplicaMemoryGb`, `maxReplicaMemoryGb`, and `numReplicas` instead. Tier of the service: 'development', 'production', 'dedicated_high_mem', 'dedicated_high_cpu', 'dedicated_standard', 'dedicated_standard_n2d_standard_4', 'dedicated_standard_n2d_standard_8', 'dedicated_standard_n2d_standard_32', 'dedicated_standard_n2d_standard_128', 'dedicated_standard_n2d_standard_32_16SSD', 'dedicated_standard_n2d_standard_64_24SSD'. Production services scale, Development are fixed size. Azure services don't support Development tier"""
    @property
    def min_total_memory_gb(self) -> Optional[float]:
        """DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `minReplicaMemoryGb` instead. Minimum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and greater than or equal to 24. Always absent for horizontal-autoscaling services (replica count is variable)."""
    @property
    def max_total_memory_gb(self) -> Optional[float]:
        """DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `maxReplicaMemoryGb` instead. Maximum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and lower than or equal to 360 for non paid services or 1068 for paid services. Always absent for horizontal-autoscaling services (replica count is variable)."""
    @property
    def min_replica_memory_gb(self) -> Optional[float]:
        """Minimum auto-scaling memory in Gb for a single replica. Available only for 'production' services. Must be a multiple of 4 and greater than or equal to 8. A range in vertical autoscaling; equal to maxReplicaMemoryGb in horizontal (memory is fixed while the replica count scales)."""
    @property
    def max_replica_memory_gb(self) -> Optional[float]:
        """Maximum auto-scaling memory in Gb for a single replica. Available only for 'production' services. Must be a multiple of 4 and lower than or equal to 120 for non paid services or 356 for paid services. A range in vertical autoscaling; equal to minReplicaMemoryGb in horizontal (memory is fixed while the replica count scales)."""
    @property
    def num_replicas(self) -> Optional[int]:
        """Number of replicas for the service. The number of replicas must be between 2 and 50 for the first service in a warehouse. Services that are created in an existing warehouse can have a number of replicas as low as 1. Further restrictions may apply based on your organization's tier and its per-warehouse replica limit. It defaults to 1 for the BASIC tier and 3 for the SCALE and ENTERPRISE tiers. Present only when the service uses vertical autoscaling. For horizontal autoscaling, use minReplicas and maxReplicas instead."""
    @property
    def min_replicas(self) -> Optional[int]:
        """Minimum number of replicas for horizontal autoscaling. Present only when the service uses horizontal autoscaling."""
    @property
    def max_replicas(self) -> Optional[int]:
        """Maximum number of replicas for horizontal autoscaling. Present only when the service uses horizontal autoscaling."""
    @property
    def autoscaling_mode(self) -> Optional[str]:
        """Configured autoscaling mode. "vertical" runs a fixed replica count while memory scales between minReplicaMemoryGb and maxReplicaMemoryGb; "horizontal" scales the replica count between minReplicas and maxReplicas at a fixed per-replica memory. This is the baseline configuration; the mode currently applied (which may differ while a schedule entry is active) is currentScaling.effectiveAutoscalingMode."""
    @property
    def replica_memory_gb(self) -> Optional[float]:
        """Fixed memory per replica in Gb for horizontal autoscaling. Present only when the service uses horizontal autoscaling. Must be a multiple of 4, at least 8 Gb, and at most 120 Gb for non paid services or 356 Gb for paid services."""
    @property
    def idle_scaling(self) -> Optional[bool]:
        """When set to true the service is allowed to scale down to zero when idle. True by default."""
    @property
    def idle_timeout_minutes(self) -> Optional[float]:
        """Set minimum idling timeout (in minutes). Must be >= 5 minutes."""
    @property
    def ip_access_list(self) -> Optional[ResultList[IpAccessListEntry]]:
        """List of IP addresses allowed to access the service"""
    @property
    def created_at(self) -> Optional[datetime.datetime]:
        """Service creation timestamp. ISO-8601."""
    @property
    def encryption_key(self) -> Optional[str]:
        """Optional customer provided disk encryption key"""
    @property
    def encryption_assumed_role_identifier(self) -> Optional[str]:
        """Optional role to use for disk encryption"""
    @property
    def iam_role(self) -> Optional[str]:
        """IAM role used for accessing objects in s3"""
    @property
    def private_endpoint_ids(self) -> Optional[ResultList[str]]:
        """List of private endpoints"""
    @property
    def available_private_endpoint_ids(self) -> Optional[ResultList[str]]:
        """List of available private endpoints ids that can be attached to the service"""
    @property
    def data_warehouse_id(self) -> Optional[str]:
        """Data warehouse containing this service"""
    @property
    def is_primary(self) -> Optional[bool]:
        """True if this service is the primary service in the data warehouse"""
    @property
    def is_readonly(self) -> Optional[bool]:
        """True if this service is read-only. It can only be read-only if a dataWarehouseId is provided."""
    @property
    def release_channel(self) -> Optional[str]:
        """Select fast if you want to get new ClickHouse releases as soon as they are available. You'll get new features faster, but with a higher risk of bugs. Select slow if you would like to defer releases to give yourself more time to test. This feature is only available for production services. default is the regular release channel."""
    @property
    def byoc_id(self) -> Optional[str]:
        """This is the ID returned after setting up a region for Bring Your Own Cloud (BYOC). When the byocId parameter is specified, the minReplicaMemoryGb and the maxReplicaGb parameters are required too, with values included among the following sizes: 48, 116, 172, 232."""
    @property
    def has_transparent_data_encryption(self) -> Optional[bool]:
        """True if the service should have the Transparent Data Encryption (TDE) enabled. TDE is only available for ENTERPRISE organizations tiers and can only be enabled at service creation."""
    @property
    def profile(self) -> Optional[str]:
        """Custom instance profile. Only available for ENTERPRISE and BYOC organization tiers. Standard values: 'v1-default', 'v1-highmem-xs', 'v1-highmem-s', 'v1-highmem-m', 'v1-highmem-l', 'v1-highmem-xl'. BYOC services may instead use a dynamic BYOC profile configured for their infrastructure (e.g. 'v1-standard-byoc-4'); it requires byocId, and minReplicaMemoryGb and maxReplicaMemoryGb must both equal the profile's memory size. Use the serviceProfiles endpoint to list the profiles available to the organization."""
    @property
    def transparent_data_encryption_key_id(self) -> Optional[str]:
        """The ID of the Transparent Data Encryption key used for the service. This is only available if hasTransparentDataEncryption is true."""
    @property
    def encryption_role_id(self) -> Optional[str]:
        """The ID of the IAM role used for encryption. This is only available if hasTransparentDataEncryption is true."""
    @property
    def compliance_type(self) -> Optional[str]:
        """Type of regulatory compliance for service."""
    @property
    def tags(self) -> Optional[ResultList[ResourceTagsV1]]:
        """Tags associated with the service."""
    @property
    def enable_core_dumps(self) -> Optional[bool]:
        """True if the service's underline infra is enabled for collecting core dumps. This is an experimental feature"""
    @property
    def scaling_schedule(self) -> Optional[ScalingSchedule]: ...
    @property
    def current_scaling(self) -> Optional[CurrentScaling]: ...
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class Snapshot:
    """Snapshot, as the API answers it."""
    def __new__(
        cls,
        *,
        id: Optional[_Id] = None,
        status: Optional[str] = None,
        service_id: Optional[str] = None,
        started_at: Optional[datetime.datetime] = None,
        finished_at: Optional[datetime.datetime] = None,
        size_in_bytes: Optional[float] = None,
        duration_in_seconds: Optional[float] = None,
        type: Optional[str] = None,
        backup_name: Optional[str] = None,
        bucket: Optional[Union[BackupBucket, Mapping[str, Any]]] = None,
    ) -> Self: ...
    @property
    def id(self) -> Optional[uuid.UUID]:
        """Unique snapshot ID."""
    @property
    def status(self) -> Optional[str]:
        """Status of the snapshot: 'done', 'error', 'in_progress', 'throttled'. 'throttled' means snapshot creation was rate-limited and will be retried."""
    @property
    def service_id(self) -> Optional[str]:
        """ID of the service the snapshot was created from."""
    @property
    def started_at(self) -> Optional[datetime.datetime]:
        """Snapshot start timestamp. ISO-8601."""
    @property
    def finished_at(self) -> Optional[datetime.datetime]:
        """Snapshot finish timestamp. ISO-8601. Available only for finished snapshots"""
    @property
    def size_in_bytes(self) -> Optional[float]:
        """Size of the snapshot in bytes."""
    @property
    def duration_in_seconds(self) -> Optional[float]:
        """Time in seconds it took to perform the snapshot. If the status is in_progress or throttled, this is the time in seconds since the snapshot started until now."""
    @property
    def type(self) -> Optional[str]:
        """Snapshot type. Always "full" — snapshots never chain off a parent."""
    @property
    def backup_name(self) -> Optional[str]:
        """Snapshot name on the external backup bucket."""
    @property
    def bucket(self) -> Optional[BackupBucket]:
        """Backup bucket where the snapshot is stored."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class SnapshotConfiguration:
    """SnapshotConfiguration, as the API answers it."""
    def __new__(
        cls,
        *,
        enabled: Optional[bool] = None,
        gap: Optional[float] = None,
        time_frame: Optional[float] = None,
    ) -> Self: ...
    @property
    def enabled(self) -> Optional[bool]:
        """Whether scheduled snapshots are enabled for the service."""
    @property
    def gap(self) -> Optional[float]:
        """Interval between snapshots, in minutes. Set together with timeFrame; only supported preset pairs are accepted."""
    @property
    def time_frame(self) -> Optional[float]:
        """Retention window the snapshots cover, in minutes. Set together with gap; only supported preset pairs are accepted."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class Udf:
    """Udf, as the API answers it."""
    def __new__(
        cls,
        *,
        function_name: Optional[str] = None,
        version: Optional[int] = None,
        status: Optional[str] = None,
        runtime: Optional[str] = None,
        type: Optional[str] = None,
        arguments: Optional[list[Union[UdfArgumentOutput, Mapping[str, Any]]]] = None,
        return_type: Optional[str] = None,
        return_name: Optional[str] = None,
        pool_size: Optional[int] = None,
        command_read_timeout: Optional[int] = None,
        command_write_timeout: Optional[int] = None,
        max_command_execution_time: Optional[int] = None,
        memory_limit_mib: Optional[int] = None,
        send_chunk_header: Optional[bool] = None,
        deterministic: Optional[bool] = None,
        format: Optional[str] = None,
        sandbox_type: Optional[str] = None,
        sandbox_version: Optional[str] = None,
        error: Optional[str] = None,
        created_at: Optional[datetime.datetime] = None,
        updated_at: Optional[datetime.datetime] = None,
    ) -> Self: ...
    @property
    def function_name(self) -> Optional[str]:
        """Name of the UDF. Unique within the organization."""
    @property
    def version(self) -> Optional[int]:
        """Version number of the UDF."""
    @property
    def status(self) -> Optional[str]:
        """Build state of this UDF version."""
    @property
    def runtime(self) -> Optional[str]:
        """Runtime used to execute the UDF command."""
    @property
    def type(self) -> Optional[str]:
        """Executable UDF type."""
    @property
    def arguments(self) -> Optional[ResultList[UdfArgumentOutput]]:
        """Arguments passed to the UDF command."""
    @property
    def return_type(self) -> Optional[str]:
        """ClickHouse data type of the returned value."""
    @property
    def return_name(self) -> Optional[str]:
        """Name of the returned value, or null when unnamed."""
    @property
    def pool_size(self) -> Optional[int]:
        """Command pool size for executable_pool UDFs."""
    @property
    def command_read_timeout(self) -> Optional[int]:
        """Command stdout read timeout in milliseconds."""
    @property
    def command_write_timeout(self) -> Optional[int]:
        """Command stdin write timeout in milliseconds."""
    @property
    def max_command_execution_time(self) -> Optional[int]:
        """Maximum command execution time in seconds for executable_pool UDFs."""
    @property
    def memory_limit_mib(self) -> Optional[int]:
        """Maximum memory, in MiB, available to each UDF sandbox process. Null uses the sandbox default."""
    @property
    def send_chunk_header(self) -> Optional[bool]:
        """Whether ClickHouse sends a row-count chunk header."""
    @property
    def deterministic(self) -> Optional[bool]:
        """Whether ClickHouse may reuse cached query results for this UDF."""
    @property
    def format(self) -> Optional[str]:
        """Input and output format used by the UDF command."""
    @property
    def sandbox_type(self) -> Optional[str]:
        """Sandbox isolation level."""
    @property
    def sandbox_version(self) -> Optional[str]:
        """Sandbox runtime version."""
    @property
    def error(self) -> Optional[str]:
        """Build error, or null when no build error is present."""
    @property
    def created_at(self) -> Optional[datetime.datetime]:
        """Creation timestamp."""
    @property
    def updated_at(self) -> Optional[datetime.datetime]:
        """Last-update timestamp."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class UdfArgumentOutput:
    """UdfArgumentOutput, as the API answers it."""
    def __new__(
        cls,
        *,
        name: Optional[str] = None,
        type: Optional[str] = None,
    ) -> Self: ...
    @property
    def name(self) -> Optional[str]:
        """Name of the argument. Required for Native and JSONEachRow formats."""
    @property
    def type(self) -> Optional[str]:
        """ClickHouse data type of the argument."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class UdfAttachment:
    """UdfAttachment, as the API answers it."""
    def __new__(
        cls,
        *,
        function_name: Optional[str] = None,
        service_id: Optional[_Id] = None,
        status: Optional[str] = None,
        version: Optional[int] = None,
    ) -> Self: ...
    @property
    def function_name(self) -> Optional[str]:
        """Name of the UDF."""
    @property
    def service_id(self) -> Optional[uuid.UUID]:
        """ID of the attached service."""
    @property
    def status(self) -> Optional[str]:
        """Current attachment lifecycle state."""
    @property
    def version(self) -> Optional[int]:
        """Attached UDF version."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class UdfUploadSession:
    """UdfUploadSession, as the API answers it."""
    def __new__(
        cls,
        *,
        upload_id: Optional[_Id] = None,
        upload_url: Optional[str] = None,
        expires_at: Optional[datetime.datetime] = None,
    ) -> Self: ...
    @property
    def upload_id(self) -> Optional[uuid.UUID]:
        """Identifier of the uploaded source archive."""
    @property
    def upload_url(self) -> Optional[str]:
        """Presigned URL for uploading the source archive."""
    @property
    def expires_at(self) -> Optional[datetime.datetime]:
        """Presigned-URL expiry timestamp."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class UpgradeWindow:
    """UpgradeWindow, as the API answers it."""
    def __new__(
        cls,
        *,
        weekday: Optional[int] = None,
        start_hour_utc: Optional[int] = None,
        duration: Optional[int] = None,
    ) -> Self: ...
    @property
    def weekday(self) -> Optional[int]:
        """Day of the week the upgrade window starts. 0 = Sunday, 1 = Monday, …, 6 = Saturday."""
    @property
    def start_hour_utc(self) -> Optional[int]:
        """UTC hour when the upgrade window starts. Must be one of 0, 6, 12, or 18."""
    @property
    def duration(self) -> Optional[int]:
        """Length of the upgrade window in hours. Currently only a 6-hour window is supported."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class UsageCost:
    """UsageCost, as the API answers it."""
    def __new__(
        cls,
        *,
        grand_total_chc: Optional[float] = None,
        costs: Optional[list[Union[UsageCostRecord, Mapping[str, Any]]]] = None,
    ) -> Self: ...
    @property
    def grand_total_chc(self) -> Optional[float]:
        """Grand total cost of usage in ClickHouse Credits (CHCs)."""
    @property
    def costs(self) -> Optional[ResultList[UsageCostRecord]]:
        """List of daily, per-entity usage cost records."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class UsageCostMetrics:
    """UsageCostMetrics, as the API answers it."""
    def __new__(
        cls,
        *,
        storage_chc: Optional[float] = None,
        backup_chc: Optional[float] = None,
        compute_chc: Optional[float] = None,
        data_transfer_chc: Optional[float] = None,
        initial_load_chc: Optional[float] = None,
        public_data_transfer_chc: Optional[float] = None,
        inter_region_tier1_data_transfer_chc: Optional[float] = None,
        inter_region_tier2_data_transfer_chc: Optional[float] = None,
        inter_region_tier3_data_transfer_chc: Optional[float] = None,
        inter_region_tier4_data_transfer_chc: Optional[float] = None,
    ) -> Self: ...
    @property
    def storage_chc(self) -> Optional[float]:
        """Cost of storage in ClickHouse Credits (CHCs). Applies to dataWarehouse entities."""
    @property
    def backup_chc(self) -> Optional[float]:
        """Cost of backup in ClickHouse Credits (CHCs). Applies to dataWarehouse entities."""
    @property
    def compute_chc(self) -> Optional[float]:
        """Cost of compute in ClickHouse Credits (CHCs). Applies to service and clickpipe entities."""
    @property
    def data_transfer_chc(self) -> Optional[float]:
        """Cost of data transfer in ClickHouse Credits (CHCs). Applies to clickpipe entities."""
    @property
    def initial_load_chc(self) -> Optional[float]:
        """Cost of initial load and resyncs in ClickHouse Credits (CHCs). Applies to clickpipe entities."""
    @property
    def public_data_transfer_chc(self) -> Optional[float]:
        """Cost of data transfer in ClickHouse Credits (CHCs). Applies to service entities."""
    @property
    def inter_region_tier1_data_transfer_chc(self) -> Optional[float]:
        """Cost of tier1 inter-region data transfer in ClickHouse Credits (CHCs). Applies to service entities."""
    @property
    def inter_region_tier2_data_transfer_chc(self) -> Optional[float]:
        """Cost of tier2 inter-region data transfer in ClickHouse Credits (CHCs). Applies to service entities."""
    @property
    def inter_region_tier3_data_transfer_chc(self) -> Optional[float]:
        """Cost of tier3 inter-region data transfer in ClickHouse Credits (CHCs). Applies to service entities."""
    @property
    def inter_region_tier4_data_transfer_chc(self) -> Optional[float]:
        """Cost of tier4 inter-region data transfer in ClickHouse Credits (CHCs). Applies to service entities."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class UsageCostRecord:
    """UsageCostRecord, as the API answers it."""
    def __new__(
        cls,
        *,
        data_warehouse_id: Optional[_Id] = None,
        service_id: Optional[_Id] = None,
        date: Optional[Union[datetime.date, str]] = None,
        entity_type: Optional[str] = None,
        entity_id: Optional[_Id] = None,
        entity_name: Optional[str] = None,
        metrics: Optional[Union[UsageCostMetrics, Mapping[str, Any]]] = None,
        total_chc: Optional[float] = None,
        locked: Optional[bool] = None,
    ) -> Self: ...
    @property
    def data_warehouse_id(self) -> Optional[uuid.UUID]:
        """ID of the dataWarehouse this entity belongs to (or is)."""
    @property
    def service_id(self) -> Optional[uuid.UUID]:
        """ID of the service this entity belongs to (or is). Set to null for dataWarehouse entities."""
    @property
    def date(self) -> Optional[datetime.date]:
        """Date of the usage. ISO-8601 date, based on the UTC timezone."""
    @property
    def entity_type(self) -> Optional[str]:
        """Type of the entity."""
    @property
    def entity_id(self) -> Optional[uuid.UUID]:
        """Unique ID of the entity."""
    @property
    def entity_name(self) -> Optional[str]:
        """Name of the entity."""
    @property
    def metrics(self) -> Optional[UsageCostMetrics]: ...
    @property
    def total_chc(self) -> Optional[float]:
        """Total cost of usage in ClickHouse Credits (CHCs) for this entity."""
    @property
    def locked(self) -> Optional[bool]:
        """When true, the record is immutable. Unlocked records are subject to change until locked."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class WhoamiApiKey:
    """WhoamiApiKey, as the API answers it."""
    def __new__(
        cls,
        *,
        actor_type: Optional[str] = None,
        key_id: Optional[str] = None,
        name: Optional[str] = None,
        organization_id: Optional[_Id] = None,
    ) -> Self: ...
    @property
    def actor_type(self) -> Optional[str]:
        """Discriminator identifying the caller as an organization API key."""
    @property
    def key_id(self) -> Optional[str]:
        """Unique ID of the API key."""
    @property
    def name(self) -> Optional[str]:
        """Name of the API key."""
    @property
    def organization_id(self) -> Optional[uuid.UUID]:
        """ID of the organization that owns the API key."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class WhoamiOrganization:
    """WhoamiOrganization, as the API answers it."""
    def __new__(
        cls,
        *,
        organization_id: Optional[_Id] = None,
        organization_name: Optional[str] = None,
    ) -> Self: ...
    @property
    def organization_id(self) -> Optional[uuid.UUID]:
        """ID of the organization the user belongs to."""
    @property
    def organization_name(self) -> Optional[str]:
        """Name of the organization."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]

@final
class WhoamiUser:
    """WhoamiUser, as the API answers it."""
    def __new__(
        cls,
        *,
        actor_type: Optional[str] = None,
        user_id: Optional[_Id] = None,
        email: Optional[str] = None,
        name: Optional[str] = None,
        organizations: Optional[list[Union[WhoamiOrganization, Mapping[str, Any]]]] = None,
    ) -> Self: ...
    @property
    def actor_type(self) -> Optional[str]:
        """Discriminator identifying the caller as a user (JWT or clickhousectl token)."""
    @property
    def user_id(self) -> Optional[uuid.UUID]:
        """Unique ID of the user."""
    @property
    def email(self) -> Optional[str]:
        """Email address of the user."""
    @property
    def name(self) -> Optional[str]:
        """Full name of the user."""
    @property
    def organizations(self) -> Optional[ResultList[WhoamiOrganization]]:
        """Organizations the user belongs to."""
    @property
    def request_id(self) -> Optional[str]:
        """The `requestId` of the response this came in (for logs and support tickets)."""
    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the API sent that this version's spec does not know, as sent."""
    def to_dict(
        self, *, include_secrets: bool = False, include_password: bool = False
    ) -> dict[str, Any]:
        """The API's JSON shape (camelCase keys, JSON-native values)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Rebuilds the object from `to_dict()`'s shape."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def _repr_html_(self) -> str: ...
    _fields: ClassVar[tuple[str, ...]]
    _secrets: ClassVar[tuple[str, ...]]
