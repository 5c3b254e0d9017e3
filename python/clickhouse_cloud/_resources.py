"""The API's operations as resource namespaces of `Client` and `AsyncClient`: one
method per operation of the spec, in both.

generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""

# mypy: disable-error-code="no-any-return"
from __future__ import annotations

import datetime
import uuid
from collections.abc import Mapping, Sequence
from typing import Any, Optional, Union

from ._display import ResultList
from ._paging import AsyncPager, Pager
from ._native import (
    ActiveBalances,
    Activity,
    ApiKey,
    AwsBackupBucket,
    AzureBackupBucket,
    Backup,
    BackupBucket,
    BackupConfiguration,
    ByocConfig,
    ByocInfrastructureDetails,
    ByocInfrastructurePrivateEndpointConfig,
    ByocInfrastructureProgress,
    ByocInfrastructureTagsResponse,
    ByocInfrastructureValidation,
    ClickPipe,
    ClickPipeFieldMapping,
    ClickPipeScaling,
    ClickPipeSchemaDiscoveryResponse,
    ClickPipeSettings,
    ClickPipesCdcScaling,
    ClickPipesServiceContext,
    ClickStackAlertResponse,
    ClickStackClickHouseCASLPermission,
    ClickStackDashboardContainer,
    ClickStackDashboardResponse,
    ClickStackGenericWebhook,
    ClickStackHighlightedAttributeExpression,
    ClickStackIncidentIOWebhook,
    ClickStackLogSource,
    ClickStackLogSourceMetadataMaterializedViews,
    ClickStackMaterializedView,
    ClickStackMetricSource,
    ClickStackMetricTables,
    ClickStackMongoDBCASLPermission,
    ClickStackPagerDutyAPIWebhook,
    ClickStackPromqlSource,
    ClickStackQuerySetting,
    ClickStackRole,
    ClickStackSavedSearch,
    ClickStackSavedSearchFilter,
    ClickStackSessionSource,
    ClickStackSlackAPIWebhook,
    ClickStackSlackWebhook,
    ClickStackSourceFilterSettings,
    ClickStackSourceFrom,
    ClickStackSqlSavedFilterValue,
    ClickStackTraceSource,
    ClickStackValidateDashboardResponse,
    ClickStackValidateWebhookResponse,
    ClickStackVariableSavedFilterValue,
    CreatedKey,
    CreditBalances,
    CustomPrivateDnsMapping,
    GcpBackupBucket,
    InstancePrivateEndpoint,
    Invitation,
    IpAccessListEntry,
    Member,
    Notification,
    NotificationType,
    Organization,
    OrganizationCloudRegionPrivateEndpointConfig,
    OrganizationQuota,
    PgConfig,
    PostgresBackup,
    PostgresInstanceConfig,
    PostgresInstanceUpdateConfigResponse,
    PostgresIpAccessListEntry,
    PostgresLogEntry,
    PostgresMetrics,
    PostgresService,
    PostgresServiceListItem,
    PostgresServicePasswordResource,
    PostgresSlowQueryPattern,
    PostgresSlowQueryPatternDetail,
    PrivateEndpointConfig,
    PrometheusDiscoveryTargetGroup,
    PublicQueryApiEndpoint,
    PublicQueryApiEndpointListItem,
    PublicSavedQuery,
    PublicSavedQueryListItem,
    RBACRole,
    ReplicaAwareRouting,
    ResourceTagsV1,
    RestoredService,
    ReversePrivateEndpoint,
    ScalingSchedule,
    Service,
    ServiceClickhouseSetting,
    ServiceClickhouseSettingsList,
    ServiceClickhouseSettingsPatchResponse,
    ServiceClickhouseSettingsSchema,
    ServicePasswordPatchResponse,
    ServiceProfile,
    ServiceQueryAPIEndpoint,
    ServiceScalingPatchResponse,
    Snapshot,
    SnapshotConfiguration,
    Udf,
    UdfAttachment,
    UdfUploadSession,
    UpgradeWindow,
    UsageCost,
    WhoamiApiKey,
    WhoamiUser,
)
from ._resource import (
    NOT_GIVEN,
    AsyncResource,
    DateLike,
    DateTimeLike,
    Id,
    NotGiven,
    Operation,
    Resource,
    body_of,
    warn_deprecated,
)

SPEC_SHA256 = "3475dcdba5e9717bdcbea7c6798711c4ed98ad195219a994ca92b00ccd92c5a8"

# One record per operation, in the order of the engine's table (its index).
OPERATIONS = (
    Operation('whoamiGet', 'GET', '/v1/whoami', 'organizations.whoami', 'User management', (), False),
    Operation('organizationGetList', 'GET', '/v1/organizations', 'organizations.list', 'Organization', (), False),
    Operation('organizationGet', 'GET', '/v1/organizations/{organizationId}', 'organizations.get', 'Organization', ('control-plane:organization:view',), False),
    Operation('organizationUpdate', 'PATCH', '/v1/organizations/{organizationId}', 'organizations.update', 'Organization', ('control-plane:organization:manage',), False),
    Operation('organizationPrometheusGet', 'GET', '/v1/organizations/{organizationId}/prometheus', 'prometheus.get_organization_metrics', 'Prometheus', (), True),
    Operation('organizationPrometheusDiscoveryGet', 'GET', '/v1/organizations/{organizationId}/prometheus/discovery', 'prometheus.get_discovery', 'Prometheus', (), False),
    Operation('organizationRolesGetList', 'GET', '/v1/organizations/{organizationId}/roles', 'roles.list', 'Role Management', ('control-plane:organization:manage',), False),
    Operation('organizationRolePost', 'POST', '/v1/organizations/{organizationId}/roles', 'roles.create', 'Role Management', ('control-plane:organization:manage',), False),
    Operation('organizationRoleGet', 'GET', '/v1/organizations/{organizationId}/roles/{roleId}', 'roles.get', 'Role Management', ('control-plane:organization:manage',), False),
    Operation('organizationRolePatch', 'PATCH', '/v1/organizations/{organizationId}/roles/{roleId}', 'roles.update', 'Role Management', ('control-plane:organization:manage',), False),
    Operation('organizationRoleDelete', 'DELETE', '/v1/organizations/{organizationId}/roles/{roleId}', 'roles.delete', 'Role Management', ('control-plane:organization:manage',), False),
    Operation('organizationQuotasGetList', 'GET', '/v1/organizations/{organizationId}/quotas', 'quotas.list', 'Organization', ('control-plane:organization:view',), False),
    Operation('organizationQuotaGet', 'GET', '/v1/organizations/{organizationId}/quotas/{quotaCode}', 'quotas.get', 'Organization', ('control-plane:organization:view',), False),
    Operation('serviceProfilesList', 'GET', '/v1/organizations/{organizationId}/serviceProfiles', 'service_profiles.list', 'Service', ('control-plane:organization:view',), False),
    Operation('instanceGetList', 'GET', '/v1/organizations/{organizationId}/services', 'services.list', 'Service', (), False),
    Operation('instanceCreate', 'POST', '/v1/organizations/{organizationId}/services', 'services.create', 'Service', ('control-plane:organization:create-service', 'control-plane:service:manage',), False),
    Operation('instanceGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}', 'services.get', 'Service', ('control-plane:service:view',), False),
    Operation('instanceUpdate', 'PATCH', '/v1/organizations/{organizationId}/services/{serviceId}', 'services.update', 'Service', ('control-plane:service:manage',), False),
    Operation('instanceDelete', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}', 'services.delete', 'Service', ('control-plane:service:delete',), False),
    Operation('instancePrivateEndpointConfigGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/privateEndpointConfig', 'services.get_private_endpoint_config', 'Service', ('control-plane:service:view-private-endpoints',), False),
    Operation('instanceQueryEndpointGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint', 'query_endpoints.get', 'Service', ('control-plane:service:view-query-api-endpoints',), False),
    Operation('instanceQueryEndpointDelete', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint', 'query_endpoints.delete', 'Service', ('control-plane:service:manage-query-api-endpoints',), False),
    Operation('instanceQueryEndpointUpsert', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint', 'query_endpoints.upsert', 'Service', ('control-plane:service:manage-query-api-endpoints',), False),
    Operation('instanceStateUpdate', 'PATCH', '/v1/organizations/{organizationId}/services/{serviceId}/state', 'services.update_state', 'Service', (), False),
    Operation('instanceScalingUpdate', 'PATCH', '/v1/organizations/{organizationId}/services/{serviceId}/scaling', 'services.update_scaling', 'Service', ('control-plane:service:manage-scaling-config',), True),
    Operation('instanceReplicaScalingUpdate', 'PATCH', '/v1/organizations/{organizationId}/services/{serviceId}/replicaScaling', 'services.update_replica_scaling', 'Service', ('control-plane:service:manage-scaling-config',), False),
    Operation('instancePasswordUpdate', 'PATCH', '/v1/organizations/{organizationId}/services/{serviceId}/password', 'services.reset_password', 'Service', ('control-plane:service:manage',), False),
    Operation('instancePrivateEndpointCreate', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/privateEndpoint', 'services.create_private_endpoint', 'Service', ('control-plane:service:manage-private-endpoints',), False),
    Operation('instancePrometheusGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/prometheus', 'prometheus.get_service_metrics', 'Prometheus', ('control-plane:service:view',), False),
    Operation('scalingScheduleGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule', 'scaling_schedules.get', 'Service', ('control-plane:service:view',), False),
    Operation('scalingScheduleUpsert', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule', 'scaling_schedules.upsert', 'Service', ('control-plane:service:manage-scaling-config',), False),
    Operation('scalingScheduleDelete', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule', 'scaling_schedules.delete', 'Service', ('control-plane:service:manage-scaling-config',), False),
    Operation('upgradeWindowGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/upgradeWindow', 'upgrade_windows.get', 'Service', ('control-plane:service:view',), False),
    Operation('upgradeWindowUpdate', 'PUT', '/v1/organizations/{organizationId}/services/{serviceId}/upgradeWindow', 'upgrade_windows.update', 'Service', ('control-plane:service:manage',), False),
    Operation('upgradeWindowDelete', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}/upgradeWindow', 'upgrade_windows.delete', 'Service', ('control-plane:service:manage',), False),
    Operation('serviceClickhouseSettingsListGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings', 'clickhouse_settings.list', 'Service', ('control-plane:service:view',), False),
    Operation('serviceClickhouseSettingsUpdate', 'PATCH', '/v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings', 'clickhouse_settings.update', 'Service', ('control-plane:service:manage',), False),
    Operation('serviceClickhouseSettingsSchemaGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/schema', 'clickhouse_settings.get_schema', 'Service', ('control-plane:service:view',), False),
    Operation('serviceClickhouseSettingGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/{settingName}', 'clickhouse_settings.get', 'Service', ('control-plane:service:view',), False),
    Operation('serviceClickhouseSettingDelete', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/{settingName}', 'clickhouse_settings.delete', 'Service', ('control-plane:service:manage',), False),
    Operation('backupGetList', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/backups', 'backups.list', 'Backup', ('control-plane:service:view-backups',), False),
    Operation('backupGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/backups/{backupId}', 'backups.get', 'Backup', ('control-plane:service:view-backups',), False),
    Operation('snapshotGetList', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/snapshots', 'snapshots.list', 'Snapshot', ('control-plane:service:view-snapshots',), False),
    Operation('snapshotGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/snapshots/{snapshotId}', 'snapshots.get', 'Snapshot', ('control-plane:service:view-snapshots',), False),
    Operation('backupConfigurationGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/backupConfiguration', 'backup_configuration.get', 'Backup', ('control-plane:service:view-backups',), False),
    Operation('backupConfigurationUpdate', 'PATCH', '/v1/organizations/{organizationId}/services/{serviceId}/backupConfiguration', 'backup_configuration.update', 'Backup', ('control-plane:service:manage-backups',), False),
    Operation('snapshotConfigurationGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/snapshotConfiguration', 'snapshot_configuration.get', 'Snapshot', ('control-plane:service:view-snapshots',), False),
    Operation('snapshotConfigurationUpdate', 'PATCH', '/v1/organizations/{organizationId}/services/{serviceId}/snapshotConfiguration', 'snapshot_configuration.update', 'Snapshot', ('control-plane:service:manage-snapshots',), False),
    Operation('replicaAwareRoutingGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/replicaAwareRouting', 'replica_aware_routing.get', 'Service', ('control-plane:service:view',), False),
    Operation('replicaAwareRoutingUpdate', 'PATCH', '/v1/organizations/{organizationId}/services/{serviceId}/replicaAwareRouting', 'replica_aware_routing.update', 'Service', ('control-plane:service:manage',), False),
    Operation('backupBucketGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/backupBucket', 'backup_bucket.get', 'Backup', ('control-plane:service:view-backups',), False),
    Operation('backupBucketCreate', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/backupBucket', 'backup_bucket.create', 'Backup', ('control-plane:service:manage-backups',), False),
    Operation('backupBucketUpdate', 'PATCH', '/v1/organizations/{organizationId}/services/{serviceId}/backupBucket', 'backup_bucket.update', 'Backup', ('control-plane:service:manage-backups',), False),
    Operation('backupBucketDelete', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}/backupBucket', 'backup_bucket.delete', 'Backup', ('control-plane:service:manage-backups',), False),
    Operation('openapiKeyGetList', 'GET', '/v1/organizations/{organizationId}/keys', 'keys.list', 'API keys', ('control-plane:organization:view-api-keys',), False),
    Operation('openapiKeyCreate', 'POST', '/v1/organizations/{organizationId}/keys', 'keys.create', 'API keys', ('control-plane:organization:create-api-keys',), False),
    Operation('openapiKeyGet', 'GET', '/v1/organizations/{organizationId}/keys/{keyId}', 'keys.get', 'API keys', ('control-plane:organization:view-api-keys',), False),
    Operation('openapiKeyUpdate', 'PATCH', '/v1/organizations/{organizationId}/keys/{keyId}', 'keys.update', 'API keys', ('control-plane:organization:view-api-keys',), False),
    Operation('openapiKeyDelete', 'DELETE', '/v1/organizations/{organizationId}/keys/{keyId}', 'keys.delete', 'API keys', ('control-plane:organization:view-api-keys',), False),
    Operation('memberGetList', 'GET', '/v1/organizations/{organizationId}/members', 'members.list', 'User management', ('control-plane:organization:view',), False),
    Operation('memberGet', 'GET', '/v1/organizations/{organizationId}/members/{userId}', 'members.get', 'User management', ('control-plane:organization:view',), False),
    Operation('memberUpdate', 'PATCH', '/v1/organizations/{organizationId}/members/{userId}', 'members.update', 'User management', ('control-plane:organization:manage',), False),
    Operation('memberDelete', 'DELETE', '/v1/organizations/{organizationId}/members/{userId}', 'members.delete', 'User management', ('control-plane:organization:manage',), False),
    Operation('invitationGetList', 'GET', '/v1/organizations/{organizationId}/invitations', 'invitations.list', 'User management', ('control-plane:organization:view',), False),
    Operation('invitationCreate', 'POST', '/v1/organizations/{organizationId}/invitations', 'invitations.create', 'User management', ('control-plane:organization:manage',), False),
    Operation('invitationGet', 'GET', '/v1/organizations/{organizationId}/invitations/{invitationId}', 'invitations.get', 'User management', ('control-plane:organization:view',), False),
    Operation('invitationDelete', 'DELETE', '/v1/organizations/{organizationId}/invitations/{invitationId}', 'invitations.delete', 'User management', ('control-plane:organization:manage',), False),
    Operation('activityGetList', 'GET', '/v1/organizations/{organizationId}/activities', 'activities.list', 'Organization', ('control-plane:organization:view-activities',), False),
    Operation('activityGet', 'GET', '/v1/organizations/{organizationId}/activities/{activityId}', 'activities.get', 'Organization', ('control-plane:organization:view-activities',), False),
    Operation('notificationGetList', 'GET', '/v1/organizations/{organizationId}/notifications', 'notifications.list', 'Notifications', (), False),
    Operation('notificationTypesGetList', 'GET', '/v1/organizations/{organizationId}/notificationTypes', 'notifications.list_types', 'Notifications', ('control-plane:organization:view',), False),
    Operation('usageCostGet', 'GET', '/v1/organizations/{organizationId}/usageCost', 'usage_cost.get', 'Billing', ('control-plane:organization:view',), False),
    Operation('activeBalancesGet', 'GET', '/v1/organizations/{organizationId}/activeBalances', 'balances.get_active', 'Billing', ('control-plane:organization:view-billing',), True),
    Operation('creditBalancesGet', 'GET', '/v1/organizations/{organizationId}/creditBalances', 'balances.get_credit', 'Billing', ('control-plane:organization:view-billing',), False),
    Operation('clickPipeGetList', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipes', 'clickpipes.list', 'ClickPipes', ('control-plane:service:manage-clickpipes',), False),
    Operation('clickPipeCreate', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipes', 'clickpipes.create', 'ClickPipes', ('control-plane:service:manage-clickpipes',), False),
    Operation('clickPipesServiceContextGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipes/context', 'clickpipes.get_context', 'ClickPipes', ('control-plane:service:manage-clickpipes',), False),
    Operation('clickPipeGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}', 'clickpipes.get', 'ClickPipes', ('control-plane:service:manage-clickpipes',), False),
    Operation('clickPipeUpdate', 'PATCH', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}', 'clickpipes.update', 'ClickPipes', ('control-plane:service:manage-clickpipes',), False),
    Operation('clickPipeDelete', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}', 'clickpipes.delete', 'ClickPipes', ('control-plane:service:manage-clickpipes',), False),
    Operation('clickPipeSettingsGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/settings', 'clickpipes.get_settings', 'ClickPipes', ('control-plane:service:manage-clickpipes',), False),
    Operation('clickPipeSettingsUpdate', 'PUT', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/settings', 'clickpipes.update_settings', 'ClickPipes', ('control-plane:service:manage-clickpipes',), False),
    Operation('clickPipeSchemaDiscovery', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipes/schemaDiscovery', 'clickpipes.discover_schema', 'ClickPipes', ('control-plane:service:manage-clickpipes',), False),
    Operation('clickPipeScalingUpdate', 'PATCH', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/scaling', 'clickpipes.update_scaling', 'ClickPipes', ('control-plane:service:manage-clickpipes',), False),
    Operation('clickPipeStateUpdate', 'PATCH', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/state', 'clickpipes.update_state', 'ClickPipes', ('control-plane:service:manage-clickpipes',), False),
    Operation('clickPipeCdcScalingGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipesCdcScaling', 'clickpipes.get_cdc_scaling', 'ClickPipes', ('control-plane:service:manage-clickpipes',), False),
    Operation('clickPipeCdcScalingUpdate', 'PATCH', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipesCdcScaling', 'clickpipes.update_cdc_scaling', 'ClickPipes', ('control-plane:service:manage-clickpipes',), False),
    Operation('clickStackListDashboards', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards', 'clickstack.dashboards.list', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackCreateDashboard', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards', 'clickstack.dashboards.create', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackGetDashboard', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}', 'clickstack.dashboards.get', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackUpdateDashboard', 'PUT', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}', 'clickstack.dashboards.update', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackDeleteDashboard', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}', 'clickstack.dashboards.delete', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackValidateDashboard', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/validate', 'clickstack.dashboards.validate', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackListAlerts', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts', 'clickstack.alerts.list', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackCreateAlert', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts', 'clickstack.alerts.create', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackListSources', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources', 'clickstack.sources.list', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackCreateSource', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources', 'clickstack.sources.create', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackGetSource', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}', 'clickstack.sources.get', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackUpdateSource', 'PUT', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}', 'clickstack.sources.update', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackDeleteSource', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}', 'clickstack.sources.delete', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackGetAlert', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}', 'clickstack.alerts.get', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackUpdateAlert', 'PUT', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}', 'clickstack.alerts.update', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackDeleteAlert', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}', 'clickstack.alerts.delete', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackListWebhooks', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks', 'clickstack.webhooks.list', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackCreateWebhook', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks', 'clickstack.webhooks.create', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackValidateWebhook', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks/validate', 'clickstack.webhooks.validate', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackUpdateWebhook', 'PUT', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks/{clickStackWebhookId}', 'clickstack.webhooks.update', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackDeleteWebhook', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks/{clickStackWebhookId}', 'clickstack.webhooks.delete', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackListRoles', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles', 'clickstack.roles.list', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackCreateRole', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles', 'clickstack.roles.create', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackGetRole', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}', 'clickstack.roles.get', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackUpdateRole', 'PUT', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}', 'clickstack.roles.update', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackDeleteRole', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}', 'clickstack.roles.delete', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackListSavedSearches', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches', 'clickstack.saved_searches.list', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackCreateSavedSearch', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches', 'clickstack.saved_searches.create', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackGetSavedSearch', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches/{clickStackSavedSearchId}', 'clickstack.saved_searches.get', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackUpdateSavedSearch', 'PUT', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches/{clickStackSavedSearchId}', 'clickstack.saved_searches.update', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('clickStackDeleteSavedSearch', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches/{clickStackSavedSearchId}', 'clickstack.saved_searches.delete', 'ClickStack', ('control-plane:service:manage-clickstack-api',), False),
    Operation('postgresServiceCreate', 'POST', '/v1/organizations/{organizationId}/postgres', 'postgres.create', 'Postgres', ('control-plane:organization:create-service',), False),
    Operation('postgresServiceGetList', 'GET', '/v1/organizations/{organizationId}/postgres', 'postgres.list', 'Postgres', ('control-plane:postgres-service:view',), False),
    Operation('postgresOrgPrometheusGet', 'GET', '/v1/organizations/{organizationId}/postgres/prometheus', 'prometheus.get_postgres_organization_metrics', 'Prometheus', ('control-plane:organization:view',), False),
    Operation('postgresServiceGet', 'GET', '/v1/organizations/{organizationId}/postgres/{postgresId}', 'postgres.get', 'Postgres', ('control-plane:postgres-service:view',), False),
    Operation('postgresServiceDelete', 'DELETE', '/v1/organizations/{organizationId}/postgres/{postgresId}', 'postgres.delete', 'Postgres', ('control-plane:postgres-service:manage',), False),
    Operation('postgresServicePatch', 'PATCH', '/v1/organizations/{organizationId}/postgres/{postgresId}', 'postgres.update', 'Postgres', ('control-plane:postgres-service:manage',), False),
    Operation('postgresServiceCertsGet', 'GET', '/v1/organizations/{organizationId}/postgres/{postgresId}/caCertificates', 'postgres.get_ca_certificates', 'Postgres', ('control-plane:postgres-service:view',), False),
    Operation('postgresInstanceRestore', 'POST', '/v1/organizations/{organizationId}/postgres/{postgresId}/restoredService', 'postgres.restore', 'Postgres', ('control-plane:postgres-service:manage', 'control-plane:organization:create-service',), False),
    Operation('postgresServiceSetPassword', 'PATCH', '/v1/organizations/{organizationId}/postgres/{postgresId}/password', 'postgres.reset_password', 'Postgres', ('control-plane:postgres-service:manage',), False),
    Operation('postgresServicePatchState', 'PATCH', '/v1/organizations/{organizationId}/postgres/{postgresId}/state', 'postgres.update_state', 'Postgres', ('control-plane:postgres-service:manage',), False),
    Operation('postgresInstanceCreateReadReplica', 'POST', '/v1/organizations/{organizationId}/postgres/{postgresId}/readReplica', 'postgres.create_read_replica', 'Postgres', ('control-plane:postgres-service:manage', 'control-plane:organization:create-service',), False),
    Operation('postgresInstanceConfigGet', 'GET', '/v1/organizations/{organizationId}/postgres/{postgresId}/config', 'postgres.get_config', 'Postgres', ('control-plane:postgres-service:view',), False),
    Operation('postgresInstanceConfigPost', 'POST', '/v1/organizations/{organizationId}/postgres/{postgresId}/config', 'postgres.set_config', 'Postgres', ('control-plane:postgres-service:manage',), False),
    Operation('postgresInstanceConfigPatch', 'PATCH', '/v1/organizations/{organizationId}/postgres/{postgresId}/config', 'postgres.update_config', 'Postgres', ('control-plane:postgres-service:manage',), False),
    Operation('postgresInstancePrometheusGet', 'GET', '/v1/organizations/{organizationId}/postgres/{postgresId}/prometheus', 'prometheus.get_postgres_metrics', 'Prometheus', ('control-plane:postgres-service:view',), False),
    Operation('postgresInstanceMetricsGet', 'GET', '/v1/organizations/{organizationId}/postgres/{postgresId}/metrics', 'postgres.get_metrics', 'Postgres', ('control-plane:postgres-service:view',), False),
    Operation('postgresServiceBackupGetList', 'GET', '/v1/organizations/{organizationId}/postgres/{postgresId}/backups', 'postgres.backups.list', 'Postgres', ('control-plane:postgres-service:view',), False),
    Operation('slowQueryPatternsGetList', 'GET', '/v1/organizations/{organizationId}/postgres/{postgresId}/slowQueryPatterns', 'postgres.slow_query_patterns.list', 'Postgres', ('control-plane:postgres-service:view',), False),
    Operation('slowQueryPatternGet', 'GET', '/v1/organizations/{organizationId}/postgres/{postgresId}/slowQueryPatterns/{queryId}', 'postgres.slow_query_patterns.get', 'Postgres', ('control-plane:postgres-service:view',), False),
    Operation('postgresLogsGetList', 'GET', '/v1/organizations/{organizationId}/postgres/{postgresId}/logs', 'postgres.logs.list', 'Postgres', ('control-plane:postgres-service:view',), False),
    Operation('organizationPrivateEndpointConfigGetList', 'GET', '/v1/organizations/{organizationId}/privateEndpointConfig', 'organizations.list_private_endpoint_configs', 'Organization', ('control-plane:organization:view',), True),
    Operation('organizationByocInfrastructureCreate', 'POST', '/v1/organizations/{organizationId}/byocInfrastructure', 'byoc_infrastructure.create', 'Organization', ('control-plane:organization:manage',), False),
    Operation('organizationByocInfrastructureValidate', 'POST', '/v1/organizations/{organizationId}/byocInfrastructure/validate', 'byoc_infrastructure.validate', 'Organization', ('control-plane:organization:manage',), False),
    Operation('organizationByocInfrastructureGet', 'GET', '/v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}', 'byoc_infrastructure.get', 'Organization', ('control-plane:organization:view',), False),
    Operation('organizationByocInfrastructureDelete', 'DELETE', '/v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}', 'byoc_infrastructure.delete', 'Organization', ('control-plane:organization:manage',), False),
    Operation('organizationByocInfrastructureUpdate', 'PATCH', '/v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}', 'byoc_infrastructure.update', 'Organization', ('control-plane:organization:manage',), False),
    Operation('organizationByocInfrastructureProgressGet', 'GET', '/v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}/progress', 'byoc_infrastructure.get_progress', 'Organization', ('control-plane:organization:view',), False),
    Operation('organizationByocInfrastructureTagsGet', 'GET', '/v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}/tags', 'byoc_infrastructure.get_tags', 'Organization', ('control-plane:organization:view',), False),
    Operation('organizationByocInfrastructurePrivateEndpointConfigGet', 'GET', '/v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}/privateEndpointConfig', 'byoc_infrastructure.get_private_endpoint_config', 'Organization', ('control-plane:organization:view',), False),
    Operation('clickPipeReversePrivateEndpointGetList', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints', 'clickpipes.reverse_private_endpoints.list', 'ClickPipes', ('control-plane:service:manage-clickpipes',), False),
    Operation('clickPipeReversePrivateEndpointCreate', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints', 'clickpipes.reverse_private_endpoints.create', 'ClickPipes', ('control-plane:service:manage-clickpipes',), False),
    Operation('clickPipeReversePrivateEndpointGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}', 'clickpipes.reverse_private_endpoints.get', 'ClickPipes', ('control-plane:service:manage-clickpipes',), False),
    Operation('clickPipeReversePrivateEndpointDelete', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}', 'clickpipes.reverse_private_endpoints.delete', 'ClickPipes', ('control-plane:service:manage-clickpipes',), False),
    Operation('clickPipeReversePrivateEndpointUpdate', 'PATCH', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}', 'clickpipes.reverse_private_endpoints.update', 'ClickPipes', ('control-plane:service:manage-clickpipes',), False),
    Operation('queryApiEndpointList', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints', 'query_api_endpoints.list', 'Query API endpoints', ('control-plane:service:view-query-api-endpoints',), False),
    Operation('queryApiEndpointCreate', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints', 'query_api_endpoints.create', 'Query API endpoints', ('control-plane:service:manage-query-api-endpoints',), False),
    Operation('queryApiEndpointDelete', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints/{endpointId}', 'query_api_endpoints.delete', 'Query API endpoints', ('control-plane:service:manage-query-api-endpoints',), False),
    Operation('queryApiEndpointGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints/{endpointId}', 'query_api_endpoints.get', 'Query API endpoints', ('control-plane:service:view-query-api-endpoints',), False),
    Operation('queryApiEndpointUpdate', 'PUT', '/v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints/{endpointId}', 'query_api_endpoints.update', 'Query API endpoints', ('control-plane:service:manage-query-api-endpoints',), False),
    Operation('savedQueryList', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/saved-queries', 'saved_queries.list', 'Saved queries', ('control-plane:service:view',), False),
    Operation('savedQueryCreate', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/saved-queries', 'saved_queries.create', 'Saved queries', ('control-plane:service:manage',), False),
    Operation('savedQueryDelete', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}/saved-queries/{queryId}', 'saved_queries.delete', 'Saved queries', ('control-plane:service:manage',), False),
    Operation('savedQueryGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/saved-queries/{queryId}', 'saved_queries.get', 'Saved queries', ('control-plane:service:view',), False),
    Operation('savedQueryUpdate', 'PUT', '/v1/organizations/{organizationId}/services/{serviceId}/saved-queries/{queryId}', 'saved_queries.update', 'Saved queries', ('control-plane:service:manage',), False),
    Operation('udfUploadSessionCreate', 'POST', '/v1/organizations/{organizationId}/udfUploads/url', 'udfs.create_upload_session', 'UDF', ('control-plane:organization:manage',), False),
    Operation('udfList', 'GET', '/v1/organizations/{organizationId}/udfs', 'udfs.list', 'UDF', ('control-plane:organization:view',), False),
    Operation('udfCreate', 'POST', '/v1/organizations/{organizationId}/udfs', 'udfs.create', 'UDF', ('control-plane:organization:manage',), False),
    Operation('udfDelete', 'DELETE', '/v1/organizations/{organizationId}/udfs/{functionName}', 'udfs.delete', 'UDF', ('control-plane:organization:manage',), False),
    Operation('udfGet', 'GET', '/v1/organizations/{organizationId}/udfs/{functionName}', 'udfs.get', 'UDF', ('control-plane:organization:view',), False),
    Operation('udfAttachmentList', 'GET', '/v1/organizations/{organizationId}/udfs/{functionName}/attachments', 'udfs.attachments.list', 'UDF', ('control-plane:organization:view',), False),
    Operation('udfDetach', 'DELETE', '/v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}', 'udfs.attachments.detach', 'UDF', ('control-plane:organization:manage',), False),
    Operation('udfAttachmentGet', 'GET', '/v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}', 'udfs.attachments.get', 'UDF', ('control-plane:organization:view',), False),
    Operation('udfAttach', 'PUT', '/v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}', 'udfs.attachments.attach', 'UDF', ('control-plane:organization:manage',), False),
    Operation('udfVersionList', 'GET', '/v1/organizations/{organizationId}/udfs/{functionName}/versions', 'udfs.versions.list', 'UDF', ('control-plane:organization:view',), False),
    Operation('udfVersionCreate', 'POST', '/v1/organizations/{organizationId}/udfs/{functionName}/versions', 'udfs.versions.create', 'UDF', ('control-plane:organization:manage',), False),
    Operation('udfVersionDelete', 'DELETE', '/v1/organizations/{organizationId}/udfs/{functionName}/versions/{version}', 'udfs.versions.delete', 'UDF', ('control-plane:organization:manage',), False),
)

# Each operation's index in the engine's table, by operationId.
INDEX = {op.operation_id: i for i, op in enumerate(OPERATIONS)}


class ClickpipesReversePrivateEndpointsResource(Resource):
    """`client.clickpipes.reverse_private_endpoints`: ClickPipes operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[ReversePrivateEndpoint]:
        """List reverse private endpoints

        Returns a list of reverse private endpoints for the specified service.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints` (clickPipeReversePrivateEndpointGetList)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the Reverse Private Endpoint.
        """
        return self._call(147, (self._org(organization_id), service_id))

    def create(
        self,
        service_id: Id,
        *,
        description: Union[str, NotGiven] = NOT_GIVEN,
        type: Union[str, NotGiven] = NOT_GIVEN,
        vpc_endpoint_service_name: Union[str, NotGiven] = NOT_GIVEN,
        vpc_resource_configuration_id: Union[str, NotGiven] = NOT_GIVEN,
        vpc_resource_share_arn: Union[str, NotGiven] = NOT_GIVEN,
        msk_cluster_arn: Union[str, NotGiven] = NOT_GIVEN,
        msk_authentication: Union[str, NotGiven] = NOT_GIVEN,
        gcp_service_attachment: Union[str, NotGiven] = NOT_GIVEN,
        custom_private_dns_mappings: Union[Sequence[Union[CustomPrivateDnsMapping, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ReversePrivateEndpoint:
        """Create reverse private endpoint

        Create a new reverse private endpoint.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints` (clickPipeReversePrivateEndpointCreate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the Reverse Private Endpoint.
            description: Reverse private endpoint description. Maximum length is 255 characters.
            type: Reverse private endpoint type.
            vpc_endpoint_service_name: VPC endpoint service name.
            vpc_resource_configuration_id: VPC resource configuration ID. Required for VPC_RESOURCE type.
            vpc_resource_share_arn: VPC resource share ARN. Required for VPC_RESOURCE type.
            msk_cluster_arn: MSK cluster ARN. Required for MSK_MULTI_VPC type.
            msk_authentication: MSK cluster authentication type. Required for MSK_MULTI_VPC type.
            gcp_service_attachment: Private Preview. GCP PSC service attachment URI. Required for GCP_PSC_SERVICE_ATTACHMENT type. Format: projects/{project}/regions/{region}/serviceAttachments/{name}.
            custom_private_dns_mappings: Optional private DNS names for Reverse Private Endpoint. Can be used as data source destination address. Must be unique across the ClickHouse service. Generally available for Google Private Service Connect (PSC). For AWS PrivateLink (VPC endpoint service and VPC resource), available in Private Preview; contact ClickHouse support to enable it for your service. Not supported for MSK multi-VPC. Supports exact names and leading wildcard names such as *.example.com
        """
        return self._call(148, (self._org(organization_id), service_id), None, body_of({'description': description, 'type': type, 'vpc_endpoint_service_name': vpc_endpoint_service_name, 'vpc_resource_configuration_id': vpc_resource_configuration_id, 'vpc_resource_share_arn': vpc_resource_share_arn, 'msk_cluster_arn': msk_cluster_arn, 'msk_authentication': msk_authentication, 'gcp_service_attachment': gcp_service_attachment, 'custom_private_dns_mappings': custom_private_dns_mappings}))

    def get(
        self,
        service_id: Id,
        endpoint_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ReversePrivateEndpoint:
        """Get reverse private endpoint

        Returns the reverse private endpoint with the specified ID.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}` (clickPipeReversePrivateEndpointGet)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the Reverse Private Endpoint.
            endpoint_id: ID of the reverse private endpoint to get.
        """
        return self._call(149, (self._org(organization_id), service_id, endpoint_id))

    def delete(
        self,
        service_id: Id,
        endpoint_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete reverse private endpoint

        Delete the reverse private endpoint with the specified ID.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}` (clickPipeReversePrivateEndpointDelete)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the Reverse Private Endpoint.
            endpoint_id: ID of the reverse private endpoint to delete.
        """
        return self._call(150, (self._org(organization_id), service_id, endpoint_id))

    def update(
        self,
        service_id: Id,
        endpoint_id: Id,
        *,
        custom_private_dns_mappings: Union[Sequence[Union[CustomPrivateDnsMapping, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ReversePrivateEndpoint:
        """Update reverse private endpoint

        Update mutable fields for an existing reverse private endpoint. customPrivateDnsMappings is a full replacement list. Use an empty array to clear mappings.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}` (clickPipeReversePrivateEndpointUpdate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the Reverse Private Endpoint.
            endpoint_id: ID of the reverse private endpoint to update.
            custom_private_dns_mappings: Optional private DNS names for Reverse Private Endpoint. Can be used as data source destination address. Must be unique across the ClickHouse service. Generally available for Google Private Service Connect (PSC). For AWS PrivateLink (VPC endpoint service and VPC resource), available in Private Preview; contact ClickHouse support to enable it for your service. Not supported for MSK multi-VPC. Supports exact names and leading wildcard names such as *.example.com
        """
        return self._call(151, (self._org(organization_id), service_id, endpoint_id), None, body_of({'custom_private_dns_mappings': custom_private_dns_mappings}))


class ClickstackAlertsResource(Resource):
    """`client.clickstack.alerts`: ClickStack operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Pager[ClickStackAlertResponse]:
        """ClickStack: List Alerts

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves alerts for the authenticated team (paginated). Results are capped at `limit` (default and maximum 1000). When `totalCount` exceeds the number of returned items, page with `limit`/`offset` to retrieve them all.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts` (clickStackListAlerts)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            service_id: ID of the ClickStack service.
            limit: Maximum number of results to return.
        """
        return self._pager(93, (self._org(organization_id), service_id), {'limit': limit}, 'offset', 'clickstack.alerts.list')

    def create(
        self,
        service_id: Id,
        *,
        dashboard_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tile_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_search_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        group_by: Union[Optional[str], NotGiven] = NOT_GIVEN,
        chart_config: Union[Any, NotGiven] = NOT_GIVEN,
        threshold: Union[float, NotGiven] = NOT_GIVEN,
        threshold_max: Union[Optional[float], NotGiven] = NOT_GIVEN,
        interval: Union[str, NotGiven] = NOT_GIVEN,
        schedule_offset_minutes: Union[Optional[int], NotGiven] = NOT_GIVEN,
        schedule_start_at: Union[Optional[DateTimeLike], NotGiven] = NOT_GIVEN,
        source: Union[str, NotGiven] = NOT_GIVEN,
        threshold_type: Union[str, NotGiven] = NOT_GIVEN,
        channel: Union[Any, NotGiven] = NOT_GIVEN,
        channels: Union[Sequence[Any], NotGiven] = NOT_GIVEN,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        display_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        note: Union[Optional[str], NotGiven] = NOT_GIVEN,
        num_consecutive_windows: Union[Optional[int], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackAlertResponse:
        """ClickStack: Create Alert

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new alert

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts` (clickStackCreateAlert)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            dashboard_id: Dashboard ID for tile-based alerts.
            tile_id: Tile ID for tile-based alerts. Must be a line, stacked bar, or number type tile.
            saved_search_id: Saved search ID for saved_search alerts.
            group_by: Group-by key for saved search alerts.
            threshold: Threshold value for triggering the alert. For between and not_between threshold types, this is the lower bound.
            threshold_max: Upper bound for between and not_between threshold types. Required when thresholdType is between or not_between, must be >= threshold.
            interval: Evaluation interval for the alert. `30s` requires the 30s alert interval feature to be enabled for your team. Anomaly alerts (detectionMode "anomaly") support only `5m`, `15m`, `30m`, and `1h`; other intervals are rejected with 400.
            schedule_offset_minutes: Offset from the interval boundary in minutes. For example, 2 with a 5m interval evaluates windows at :02, :07, :12, etc. (UTC).
            schedule_start_at: Absolute UTC start time anchor. Alert windows start from this timestamp and repeat every interval.
            source: Alert source type (tile-based or saved search).
            threshold_type: Threshold comparison direction.
            name: Alert name template (Handlebars), rendered as the notification title. When omitted, a default title is generated from the display name, value and threshold.
            display_name: Display name shown in the alerts list and in notification titles. Defaults to the name of the referenced saved search, dashboard tile, or inline chart when omitted or null.
            tags: Tags for the alert. Defaults to the tags of the referenced saved search or dashboard when omitted or null; inline alerts have no parent to inherit from and default to an empty list.
            message: Alert message template.
            note: Freeform note for the alert. Supports markdown formatting.
            num_consecutive_windows: Fire the alert only after its condition has been met for this many consecutive evaluation windows. While the condition is met but fewer than this many consecutive windows have violated, the alert is in the PENDING state.
        """
        return self._call(94, (self._org(organization_id), service_id), None, body_of({'dashboard_id': dashboard_id, 'tile_id': tile_id, 'saved_search_id': saved_search_id, 'group_by': group_by, 'chart_config': chart_config, 'threshold': threshold, 'threshold_max': threshold_max, 'interval': interval, 'schedule_offset_minutes': schedule_offset_minutes, 'schedule_start_at': schedule_start_at, 'source': source, 'threshold_type': threshold_type, 'channel': channel, 'channels': channels, 'name': name, 'display_name': display_name, 'tags': tags, 'message': message, 'note': note, 'num_consecutive_windows': num_consecutive_windows}))

    def get(
        self,
        service_id: Id,
        alert_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickStackAlertResponse:
        """ClickStack: Get Alert

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves a specific alert by ID

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}` (clickStackGetAlert)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            alert_id: ClickStack Alert ID
        """
        return self._call(100, (self._org(organization_id), service_id, alert_id))

    def update(
        self,
        service_id: Id,
        alert_id: str,
        *,
        dashboard_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tile_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_search_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        group_by: Union[Optional[str], NotGiven] = NOT_GIVEN,
        chart_config: Union[Any, NotGiven] = NOT_GIVEN,
        threshold: Union[float, NotGiven] = NOT_GIVEN,
        threshold_max: Union[Optional[float], NotGiven] = NOT_GIVEN,
        interval: Union[str, NotGiven] = NOT_GIVEN,
        schedule_offset_minutes: Union[Optional[int], NotGiven] = NOT_GIVEN,
        schedule_start_at: Union[Optional[DateTimeLike], NotGiven] = NOT_GIVEN,
        source: Union[str, NotGiven] = NOT_GIVEN,
        threshold_type: Union[str, NotGiven] = NOT_GIVEN,
        channel: Union[Any, NotGiven] = NOT_GIVEN,
        channels: Union[Sequence[Any], NotGiven] = NOT_GIVEN,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        display_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        note: Union[Optional[str], NotGiven] = NOT_GIVEN,
        num_consecutive_windows: Union[Optional[int], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackAlertResponse:
        """ClickStack: Update Alert

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Updates an existing alert

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}` (clickStackUpdateAlert)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            alert_id: ClickStack Alert ID
            dashboard_id: Dashboard ID for tile-based alerts.
            tile_id: Tile ID for tile-based alerts. Must be a line, stacked bar, or number type tile.
            saved_search_id: Saved search ID for saved_search alerts.
            group_by: Group-by key for saved search alerts.
            threshold: Threshold value for triggering the alert. For between and not_between threshold types, this is the lower bound.
            threshold_max: Upper bound for between and not_between threshold types. Required when thresholdType is between or not_between, must be >= threshold.
            interval: Evaluation interval for the alert. `30s` requires the 30s alert interval feature to be enabled for your team. Anomaly alerts (detectionMode "anomaly") support only `5m`, `15m`, `30m`, and `1h`; other intervals are rejected with 400.
            schedule_offset_minutes: Offset from the interval boundary in minutes. For example, 2 with a 5m interval evaluates windows at :02, :07, :12, etc. (UTC).
            schedule_start_at: Absolute UTC start time anchor. Alert windows start from this timestamp and repeat every interval.
            source: Alert source type (tile-based or saved search).
            threshold_type: Threshold comparison direction.
            name: Alert name template (Handlebars), rendered as the notification title. When omitted, a default title is generated from the display name, value and threshold.
            display_name: Display name shown in the alerts list and in notification titles. Defaults to the name of the referenced saved search, dashboard tile, or inline chart when omitted or null.
            tags: Tags for the alert. Defaults to the tags of the referenced saved search or dashboard when omitted or null; inline alerts have no parent to inherit from and default to an empty list.
            message: Alert message template.
            note: Freeform note for the alert. Supports markdown formatting.
            num_consecutive_windows: Fire the alert only after its condition has been met for this many consecutive evaluation windows. While the condition is met but fewer than this many consecutive windows have violated, the alert is in the PENDING state.
        """
        return self._call(101, (self._org(organization_id), service_id, alert_id), None, body_of({'dashboard_id': dashboard_id, 'tile_id': tile_id, 'saved_search_id': saved_search_id, 'group_by': group_by, 'chart_config': chart_config, 'threshold': threshold, 'threshold_max': threshold_max, 'interval': interval, 'schedule_offset_minutes': schedule_offset_minutes, 'schedule_start_at': schedule_start_at, 'source': source, 'threshold_type': threshold_type, 'channel': channel, 'channels': channels, 'name': name, 'display_name': display_name, 'tags': tags, 'message': message, 'note': note, 'num_consecutive_windows': num_consecutive_windows}))

    def delete(
        self,
        service_id: Id,
        alert_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """ClickStack: Delete Alert

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Deletes an alert

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}` (clickStackDeleteAlert)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            alert_id: ClickStack Alert ID
        """
        return self._call(102, (self._org(organization_id), service_id, alert_id))


class ClickstackDashboardsResource(Resource):
    """`client.clickstack.dashboards`: ClickStack operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[ClickStackDashboardResponse]:
        """ClickStack: List Dashboards

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves a list of all dashboards for the authenticated team

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards` (clickStackListDashboards)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
        """
        return self._call(87, (self._org(organization_id), service_id))

    def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        tiles: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        filters: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        saved_query: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_query_language: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_filter_values: Union[Sequence[Union[Union[ClickStackSqlSavedFilterValue, ClickStackVariableSavedFilterValue, dict[str, Any]], Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        containers: Union[Sequence[Union[ClickStackDashboardContainer, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackDashboardResponse:
        """ClickStack: Create Dashboard

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new dashboard

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards` (clickStackCreateDashboard)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            name: Dashboard name.
            tiles: List of tiles/charts to include in the dashboard.
            tags: Tags for organizing and filtering dashboards.
            filters: Dropdown filters added to the dashboard. Each one broadcasts its selected value as a condition, acts as a variable which can be referenced in tile queries, or both.
            saved_query: Optional default dashboard query to persist on the dashboard.
            saved_query_language: Query language used by savedQuery.
            saved_filter_values: Optional default dashboard filter values to persist on the dashboard.
            containers: Optional grouping containers. Each tile may join a container via tile.containerId, and a tab inside it via tile.tabId.
        """
        return self._call(88, (self._org(organization_id), service_id), None, body_of({'name': name, 'tiles': tiles, 'tags': tags, 'filters': filters, 'saved_query': saved_query, 'saved_query_language': saved_query_language, 'saved_filter_values': saved_filter_values, 'containers': containers}))

    def get(
        self,
        service_id: Id,
        dashboard_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickStackDashboardResponse:
        """ClickStack: Get Dashboard

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves a specific dashboard by ID

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}` (clickStackGetDashboard)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            dashboard_id: ClickStack Dashboard ID
        """
        return self._call(89, (self._org(organization_id), service_id, dashboard_id))

    def update(
        self,
        service_id: Id,
        dashboard_id: str,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        tiles: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        filters: Union[Sequence[Any], NotGiven] = NOT_GIVEN,
        saved_query: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_query_language: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_filter_values: Union[Sequence[Union[Union[ClickStackSqlSavedFilterValue, ClickStackVariableSavedFilterValue, dict[str, Any]], Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        containers: Union[Sequence[Union[ClickStackDashboardContainer, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackDashboardResponse:
        """ClickStack: Update Dashboard

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Updates an existing dashboard.  **Concurrency:** This endpoint does not support optimistic concurrency control. Concurrent PUT requests for the same dashboard may silently overwrite each other, which can leave orphan tile-to-container references on layout-shape edits. Clients should serialize edits to a given dashboard.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}` (clickStackUpdateDashboard)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            dashboard_id: ClickStack Dashboard ID
            name: Dashboard name.
            tiles: Full list of tiles for the dashboard. Existing tiles are matched by ID; tiles with an ID that does not match an existing tile will be assigned a new generated ID.
            tags: Tags for organizing and filtering dashboards.
            filters: Dropdown filters added to the dashboard. Each one broadcasts its selected value as a condition, acts as a variable which can be referenced in tile queries, or both.
            saved_query: Optional default dashboard query to persist on the dashboard.
            saved_query_language: Query language used by savedQuery.
            saved_filter_values: Optional default dashboard filter values to persist on the dashboard.
            containers: Optional grouping containers. Each tile may join a container via tile.containerId, and a tab inside it via tile.tabId.
        """
        return self._call(90, (self._org(organization_id), service_id, dashboard_id), None, body_of({'name': name, 'tiles': tiles, 'tags': tags, 'filters': filters, 'saved_query': saved_query, 'saved_query_language': saved_query_language, 'saved_filter_values': saved_filter_values, 'containers': containers}))

    def delete(
        self,
        service_id: Id,
        dashboard_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """ClickStack: Delete Dashboard

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Deletes a dashboard

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}` (clickStackDeleteDashboard)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            dashboard_id: ClickStack Dashboard ID
        """
        return self._call(91, (self._org(organization_id), service_id, dashboard_id))

    def validate(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        tiles: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        filters: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        saved_query: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_query_language: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_filter_values: Union[Sequence[Union[Union[ClickStackSqlSavedFilterValue, ClickStackVariableSavedFilterValue, dict[str, Any]], Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        containers: Union[Sequence[Union[ClickStackDashboardContainer, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackValidateDashboardResponse:
        """ClickStack: Validate Dashboard

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Validates a dashboard body against the same schema and tile rules used by POST /api/v2/dashboards. The dashboard is **never persisted**. Use this endpoint at plan time (e.g. from a Terraform provider) to check that a dashboard configuration is valid before applying it.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/validate` (clickStackValidateDashboard)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            name: Dashboard name.
            tiles: List of tiles/charts to include in the dashboard.
            tags: Tags for organizing and filtering dashboards.
            filters: Dropdown filters added to the dashboard. Each one broadcasts its selected value as a condition, acts as a variable which can be referenced in tile queries, or both.
            saved_query: Optional default dashboard query to persist on the dashboard.
            saved_query_language: Query language used by savedQuery.
            saved_filter_values: Optional default dashboard filter values to persist on the dashboard.
            containers: Optional grouping containers. Each tile may join a container via tile.containerId, and a tab inside it via tile.tabId.
        """
        return self._call(92, (self._org(organization_id), service_id), None, body_of({'name': name, 'tiles': tiles, 'tags': tags, 'filters': filters, 'saved_query': saved_query, 'saved_query_language': saved_query_language, 'saved_filter_values': saved_filter_values, 'containers': containers}))


class ClickstackRolesResource(Resource):
    """`client.clickstack.roles`: ClickStack operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[ClickStackRole]:
        """ClickStack: List Roles

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves all roles for the authenticated team, including predefined roles.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles` (clickStackListRoles)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
        """
        return self._call(108, (self._org(organization_id), service_id))

    def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        permissions: Union[Sequence[Union[Union[ClickStackMongoDBCASLPermission, ClickStackClickHouseCASLPermission, dict[str, Any]], Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackRole:
        """ClickStack: Create Role

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new custom role for the team.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles` (clickStackCreateRole)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            name: Role name. Must be unique within the team and not collide with a predefined role.
            description: Human-readable role description.
            permissions: The CASL permissions to grant to the role.
        """
        return self._call(109, (self._org(organization_id), service_id), None, body_of({'name': name, 'description': description, 'permissions': permissions}))

    def get(
        self,
        service_id: Id,
        role_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickStackRole:
        """ClickStack: Get Role

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves a specific role by ID.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}` (clickStackGetRole)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            role_id: id parameter
        """
        return self._call(110, (self._org(organization_id), service_id, role_id))

    def update(
        self,
        service_id: Id,
        role_id: str,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        permissions: Union[Sequence[Union[Union[ClickStackMongoDBCASLPermission, ClickStackClickHouseCASLPermission, dict[str, Any]], Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackRole:
        """ClickStack: Update Role

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Updates a custom role's permissions, name, and description. Predefined roles cannot be modified.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}` (clickStackUpdateRole)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            role_id: id parameter
            name: New role name. Omit to leave the name unchanged.
            description: New role description.
            permissions: The replacement set of CASL permissions for the role.
        """
        return self._call(111, (self._org(organization_id), service_id, role_id), None, body_of({'name': name, 'description': description, 'permissions': permissions}))

    def delete(
        self,
        service_id: Id,
        role_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """ClickStack: Delete Role

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Deletes a custom role. Predefined roles, the team default user role, and roles assigned to users cannot be deleted.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}` (clickStackDeleteRole)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            role_id: id parameter
        """
        return self._call(112, (self._org(organization_id), service_id, role_id))


class ClickstackSavedSearchesResource(Resource):
    """`client.clickstack.saved_searches`: ClickStack operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Pager[ClickStackSavedSearch]:
        """ClickStack: List Saved Searches

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves saved searches for the authenticated team (paginated). Results are capped at `limit` (default and maximum 1000). When `totalCount` exceeds the number of returned items, page with `limit`/`offset` to retrieve them all.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches` (clickStackListSavedSearches)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            service_id: ID of the ClickStack service.
            limit: Maximum number of results to return.
        """
        return self._pager(113, (self._org(organization_id), service_id), {'limit': limit}, 'offset', 'clickstack.saved_searches.list')

    def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        source_id: Union[str, NotGiven] = NOT_GIVEN,
        select: Union[str, NotGiven] = NOT_GIVEN,
        where: Union[str, NotGiven] = NOT_GIVEN,
        where_language: Union[str, NotGiven] = NOT_GIVEN,
        order_by: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        filters: Union[Sequence[Union[ClickStackSavedSearchFilter, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackSavedSearch:
        """ClickStack: Create Saved Search

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new saved search.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches` (clickStackCreateSavedSearch)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            name: Display name for the saved search.
            source_id: ID of the source to query. Must belong to the team.
            select: Comma-separated list of column expressions to display. Empty uses the source default.
            where: Row filter expression. The language is controlled by whereLanguage.
            where_language: Language used for the where filter.
            order_by: ORDER BY expression. Empty uses the source default.
            tags: Tags used to organize saved searches.
            filters: Structured pinned filters applied to the search.
        """
        return self._call(114, (self._org(organization_id), service_id), None, body_of({'name': name, 'source_id': source_id, 'select': select, 'where': where, 'where_language': where_language, 'order_by': order_by, 'tags': tags, 'filters': filters}))

    def get(
        self,
        service_id: Id,
        saved_search_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickStackSavedSearch:
        """ClickStack: Get Saved Search

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves a specific saved search by ID.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches/{clickStackSavedSearchId}` (clickStackGetSavedSearch)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            saved_search_id: Saved search ID
        """
        return self._call(115, (self._org(organization_id), service_id, saved_search_id))

    def update(
        self,
        service_id: Id,
        saved_search_id: str,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        source_id: Union[str, NotGiven] = NOT_GIVEN,
        select: Union[str, NotGiven] = NOT_GIVEN,
        where: Union[str, NotGiven] = NOT_GIVEN,
        where_language: Union[str, NotGiven] = NOT_GIVEN,
        order_by: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        filters: Union[Sequence[Union[ClickStackSavedSearchFilter, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackSavedSearch:
        """ClickStack: Update Saved Search

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Updates an existing saved search. This is a full replace: send the full object. Every optional field (`select`, `where`, `whereLanguage`, `orderBy`, `tags`, `filters`) is always written and falls back to its default when omitted, so omitting a field resets it rather than preserving the stored value.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches/{clickStackSavedSearchId}` (clickStackUpdateSavedSearch)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            saved_search_id: Saved search ID
            name: Display name for the saved search.
            source_id: ID of the source to query. Must belong to the team.
            select: Comma-separated list of column expressions to display. Empty uses the source default.
            where: Row filter expression. The language is controlled by whereLanguage.
            where_language: Language used for the where filter.
            order_by: ORDER BY expression. Empty uses the source default.
            tags: Tags used to organize saved searches.
            filters: Structured pinned filters applied to the search.
        """
        return self._call(116, (self._org(organization_id), service_id, saved_search_id), None, body_of({'name': name, 'source_id': source_id, 'select': select, 'where': where, 'where_language': where_language, 'order_by': order_by, 'tags': tags, 'filters': filters}))

    def delete(
        self,
        service_id: Id,
        saved_search_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """ClickStack: Delete Saved Search

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Deletes a saved search and any alerts attached to it.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches/{clickStackSavedSearchId}` (clickStackDeleteSavedSearch)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            saved_search_id: Saved search ID
        """
        return self._call(117, (self._org(organization_id), service_id, saved_search_id))


class ClickstackSourcesResource(Resource):
    """`client.clickstack.sources`: ClickStack operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[Union[ClickStackLogSource, ClickStackTraceSource, ClickStackMetricSource, ClickStackSessionSource, ClickStackPromqlSource, dict[str, Any]]]:
        """ClickStack: List Sources

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves a list of all sources for the authenticated team

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources` (clickStackListSources)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
        """
        return self._call(95, (self._org(organization_id), service_id))

    def create(
        self,
        service_id: Id,
        *,
        id: Union[str, NotGiven] = NOT_GIVEN,
        name: Union[str, NotGiven] = NOT_GIVEN,
        section: Union[str, NotGiven] = NOT_GIVEN,
        disabled: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        kind: Union[str, NotGiven] = NOT_GIVEN,
        connection: Union[str, NotGiven] = NOT_GIVEN,
        from_: Union[Union[ClickStackSourceFrom, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        query_settings: Union[Sequence[Union[ClickStackQuerySetting, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        filter_settings: Union[Optional[Union[ClickStackSourceFilterSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        default_table_select_expression: Union[str, NotGiven] = NOT_GIVEN,
        timestamp_value_expression: Union[str, NotGiven] = NOT_GIVEN,
        service_name_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        service_version_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        severity_text_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        body_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        event_attributes_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        resource_attributes_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        displayed_timestamp_value_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        order_by_expression: Union[str, NotGiven] = NOT_GIVEN,
        metric_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        trace_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        trace_id_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        span_id_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        implicit_column_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        known_columns_list_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        use_text_index_for_implicit_column: Union[Optional[str], NotGiven] = NOT_GIVEN,
        highlighted_trace_attribute_expressions: Union[Sequence[Union[ClickStackHighlightedAttributeExpression, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        highlighted_row_attribute_expressions: Union[Sequence[Union[ClickStackHighlightedAttributeExpression, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        materialized_views: Union[Sequence[Union[ClickStackMaterializedView, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        metadata_materialized_views: Union[Optional[Union[ClickStackLogSourceMetadataMaterializedViews, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        duration_expression: Union[str, NotGiven] = NOT_GIVEN,
        duration_precision: Union[int, NotGiven] = NOT_GIVEN,
        parent_span_id_expression: Union[str, NotGiven] = NOT_GIVEN,
        span_name_expression: Union[str, NotGiven] = NOT_GIVEN,
        span_kind_expression: Union[str, NotGiven] = NOT_GIVEN,
        log_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        session_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        status_code_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        status_message_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sample_rate_expression: Union[str, NotGiven] = NOT_GIVEN,
        span_events_value_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        span_links_value_expression: Union[str, NotGiven] = NOT_GIVEN,
        metric_tables: Union[Union[ClickStackMetricTables, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Union[ClickStackLogSource, ClickStackTraceSource, ClickStackMetricSource, ClickStackSessionSource, ClickStackPromqlSource, dict[str, Any]]:
        """ClickStack: Create Source

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new source.  The request body is a source object without the `id` field. If an `id` is sent anyway it is silently ignored (stripped before validation — the request is never rejected because of it). Granularity fields (`materializedViews[].minGranularity` and `metadataMaterializedViews.granularity`) accept the same short format the API returns (e.g. `5m`, `15s`, `1h`, `1d`).

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources` (clickStackCreateSource)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            id: Unique source ID. Server-generated; ignored if sent in create/update requests.
            name: Display name for the source.
            section: Optional grouping label used to organize sources in the source selector. Sources that share a section value are displayed together.
            disabled: When true, the source is hidden from source selectors in the UI. Defaults to false.
            kind: Source kind discriminator. Must be "log" for log sources.
            connection: ID of the ClickHouse connection used by this source.
            query_settings: Optional ClickHouse query settings applied when querying this source.
            default_table_select_expression: Default columns selected in search results (this can be customized per search later)
            timestamp_value_expression: DateTime column or expression that is part of your table's primary key.
            service_name_expression: Expression to extract the service name from log rows.
            service_version_expression: Expression identifying the running release of a service. Defaults to the OpenTelemetry service.version resource attribute when unset. Where services carry the release on different attributes, fall back across them with coalesce(nullIf(a, ''), nullIf(b, '')).
            severity_text_expression: Expression to extract the severity/log level text.
            body_expression: Expression to extract the log message body.
            event_attributes_expression: Expression to extract event-level attributes.
            resource_attributes_expression: Expression to extract resource-level attributes.
            displayed_timestamp_value_expression: This DateTime column is used to display and order search results.
            order_by_expression: Custom ORDER BY expression that overrides the default ordering. Leave empty to use the auto-detected default.
            metric_source_id: HyperDX Source for metrics associated with logs. Optional
            trace_source_id: HyperDX Source for traces associated with logs. Optional
            trace_id_expression: Expression to extract the trace ID for correlating logs with traces.
            span_id_expression: Expression to extract the span ID for correlating logs with traces.
            implicit_column_expression: Column used for full text search if no property is specified in a Lucene-based search. Typically the message body of a log.
            known_columns_list_expression: For Distributed table sources whose target tables have non-matching column sets. A list of columns supported across all target tables, used instead of SELECT * when fetching full row data. Leave blank to select all columns.
            use_text_index_for_implicit_column: Controls whether lucene rendering uses ClickHouse text indices via hasAllTokens() against the implicit column. "auto" detects a covering index at query time, "enabled" forces text index usage, "disabled" forces a LIKE/hasToken fallback.
            highlighted_trace_attribute_expressions: Expressions defining trace-level attributes which are displayed in the trace view for the selected trace.
            highlighted_row_attribute_expressions: Expressions defining row-level attributes which are displayed in the row side panel for the selected row.
            materialized_views: Configure materialized views for query optimization. These pre-aggregated views can significantly improve query performance on aggregation queries.
            duration_expression: Expression to extract span duration.
            duration_precision: Number of decimal digits in the duration value (e.g., 3 for milliseconds, 6 for microseconds, 9 for nanoseconds).
            parent_span_id_expression: Expression to extract the parent span ID.
            span_name_expression: Expression to extract the span name.
            span_kind_expression: Expression to extract the span kind (e.g., client, server, internal).
            log_source_id: HyperDX Source for logs associated with traces. Optional
            session_source_id: HyperDX Source for sessions associated with traces. Optional
            status_code_expression: Expression to extract the span status code.
            status_message_expression: Expression to extract the span status message.
            sample_rate_expression: Column or expression for upstream sampling weight (1/N). When set, aggregations (count, avg, sum, quantile) are corrected for sampling. Percentiles use quantileTDigestWeighted, which is an approximation. Leave empty if spans are not sampled.
            span_events_value_expression: Expression to extract span events. Used to capture events associated with spans. Expected to be Nested ( Timestamp DateTime64(9), Name LowCardinality(String), Attributes Map(LowCardinality(String), String)
            span_links_value_expression: Expression to extract span links. Used to capture links from a span to spans in other traces. Expected to be Nested ( TraceId String, SpanId String, TraceState String, Attributes Map(LowCardinality(String), String) )
        """
        return self._call(96, (self._org(organization_id), service_id), None, body_of({'id': id, 'name': name, 'section': section, 'disabled': disabled, 'kind': kind, 'connection': connection, 'from': from_, 'query_settings': query_settings, 'filter_settings': filter_settings, 'default_table_select_expression': default_table_select_expression, 'timestamp_value_expression': timestamp_value_expression, 'service_name_expression': service_name_expression, 'service_version_expression': service_version_expression, 'severity_text_expression': severity_text_expression, 'body_expression': body_expression, 'event_attributes_expression': event_attributes_expression, 'resource_attributes_expression': resource_attributes_expression, 'displayed_timestamp_value_expression': displayed_timestamp_value_expression, 'order_by_expression': order_by_expression, 'metric_source_id': metric_source_id, 'trace_source_id': trace_source_id, 'trace_id_expression': trace_id_expression, 'span_id_expression': span_id_expression, 'implicit_column_expression': implicit_column_expression, 'known_columns_list_expression': known_columns_list_expression, 'use_text_index_for_implicit_column': use_text_index_for_implicit_column, 'highlighted_trace_attribute_expressions': highlighted_trace_attribute_expressions, 'highlighted_row_attribute_expressions': highlighted_row_attribute_expressions, 'materialized_views': materialized_views, 'metadata_materialized_views': metadata_materialized_views, 'duration_expression': duration_expression, 'duration_precision': duration_precision, 'parent_span_id_expression': parent_span_id_expression, 'span_name_expression': span_name_expression, 'span_kind_expression': span_kind_expression, 'log_source_id': log_source_id, 'session_source_id': session_source_id, 'status_code_expression': status_code_expression, 'status_message_expression': status_message_expression, 'sample_rate_expression': sample_rate_expression, 'span_events_value_expression': span_events_value_expression, 'span_links_value_expression': span_links_value_expression, 'metric_tables': metric_tables}))

    def get(
        self,
        service_id: Id,
        source_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> Union[ClickStackLogSource, ClickStackTraceSource, ClickStackMetricSource, ClickStackSessionSource, ClickStackPromqlSource, dict[str, Any]]:
        """ClickStack: Get Source

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves a specific source by ID

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}` (clickStackGetSource)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            source_id: Source ID
        """
        return self._call(97, (self._org(organization_id), service_id, source_id))

    def update(
        self,
        service_id: Id,
        source_id: str,
        *,
        id: Union[str, NotGiven] = NOT_GIVEN,
        name: Union[str, NotGiven] = NOT_GIVEN,
        section: Union[str, NotGiven] = NOT_GIVEN,
        disabled: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        kind: Union[str, NotGiven] = NOT_GIVEN,
        connection: Union[str, NotGiven] = NOT_GIVEN,
        from_: Union[Union[ClickStackSourceFrom, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        query_settings: Union[Sequence[Union[ClickStackQuerySetting, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        filter_settings: Union[Optional[Union[ClickStackSourceFilterSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        default_table_select_expression: Union[str, NotGiven] = NOT_GIVEN,
        timestamp_value_expression: Union[str, NotGiven] = NOT_GIVEN,
        service_name_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        service_version_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        severity_text_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        body_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        event_attributes_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        resource_attributes_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        displayed_timestamp_value_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        order_by_expression: Union[str, NotGiven] = NOT_GIVEN,
        metric_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        trace_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        trace_id_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        span_id_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        implicit_column_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        known_columns_list_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        use_text_index_for_implicit_column: Union[Optional[str], NotGiven] = NOT_GIVEN,
        highlighted_trace_attribute_expressions: Union[Sequence[Union[ClickStackHighlightedAttributeExpression, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        highlighted_row_attribute_expressions: Union[Sequence[Union[ClickStackHighlightedAttributeExpression, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        materialized_views: Union[Sequence[Union[ClickStackMaterializedView, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        metadata_materialized_views: Union[Optional[Union[ClickStackLogSourceMetadataMaterializedViews, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        duration_expression: Union[str, NotGiven] = NOT_GIVEN,
        duration_precision: Union[int, NotGiven] = NOT_GIVEN,
        parent_span_id_expression: Union[str, NotGiven] = NOT_GIVEN,
        span_name_expression: Union[str, NotGiven] = NOT_GIVEN,
        span_kind_expression: Union[str, NotGiven] = NOT_GIVEN,
        log_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        session_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        status_code_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        status_message_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sample_rate_expression: Union[str, NotGiven] = NOT_GIVEN,
        span_events_value_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        span_links_value_expression: Union[str, NotGiven] = NOT_GIVEN,
        metric_tables: Union[Union[ClickStackMetricTables, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Union[ClickStackLogSource, ClickStackTraceSource, ClickStackMetricSource, ClickStackSessionSource, ClickStackPromqlSource, dict[str, Any]]:
        """ClickStack: Update Source

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Updates an existing source. The full source object must be provided; this is a replace, not a patch.  The request body is a source object without the `id` field. If an `id` is sent anyway it is silently ignored (stripped before validation — never a 400); the path parameter alone identifies the source. Granularity fields (`materializedViews[].minGranularity` and `metadataMaterializedViews.granularity`) accept the same short format the API returns (e.g. `5m`, `15s`, `1h`, `1d`).

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}` (clickStackUpdateSource)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            source_id: Source ID
            id: Unique source ID. Server-generated; ignored if sent in create/update requests.
            name: Display name for the source.
            section: Optional grouping label used to organize sources in the source selector. Sources that share a section value are displayed together.
            disabled: When true, the source is hidden from source selectors in the UI. Defaults to false.
            kind: Source kind discriminator. Must be "log" for log sources.
            connection: ID of the ClickHouse connection used by this source.
            query_settings: Optional ClickHouse query settings applied when querying this source.
            default_table_select_expression: Default columns selected in search results (this can be customized per search later)
            timestamp_value_expression: DateTime column or expression that is part of your table's primary key.
            service_name_expression: Expression to extract the service name from log rows.
            service_version_expression: Expression identifying the running release of a service. Defaults to the OpenTelemetry service.version resource attribute when unset. Where services carry the release on different attributes, fall back across them with coalesce(nullIf(a, ''), nullIf(b, '')).
            severity_text_expression: Expression to extract the severity/log level text.
            body_expression: Expression to extract the log message body.
            event_attributes_expression: Expression to extract event-level attributes.
            resource_attributes_expression: Expression to extract resource-level attributes.
            displayed_timestamp_value_expression: This DateTime column is used to display and order search results.
            order_by_expression: Custom ORDER BY expression that overrides the default ordering. Leave empty to use the auto-detected default.
            metric_source_id: HyperDX Source for metrics associated with logs. Optional
            trace_source_id: HyperDX Source for traces associated with logs. Optional
            trace_id_expression: Expression to extract the trace ID for correlating logs with traces.
            span_id_expression: Expression to extract the span ID for correlating logs with traces.
            implicit_column_expression: Column used for full text search if no property is specified in a Lucene-based search. Typically the message body of a log.
            known_columns_list_expression: For Distributed table sources whose target tables have non-matching column sets. A list of columns supported across all target tables, used instead of SELECT * when fetching full row data. Leave blank to select all columns.
            use_text_index_for_implicit_column: Controls whether lucene rendering uses ClickHouse text indices via hasAllTokens() against the implicit column. "auto" detects a covering index at query time, "enabled" forces text index usage, "disabled" forces a LIKE/hasToken fallback.
            highlighted_trace_attribute_expressions: Expressions defining trace-level attributes which are displayed in the trace view for the selected trace.
            highlighted_row_attribute_expressions: Expressions defining row-level attributes which are displayed in the row side panel for the selected row.
            materialized_views: Configure materialized views for query optimization. These pre-aggregated views can significantly improve query performance on aggregation queries.
            duration_expression: Expression to extract span duration.
            duration_precision: Number of decimal digits in the duration value (e.g., 3 for milliseconds, 6 for microseconds, 9 for nanoseconds).
            parent_span_id_expression: Expression to extract the parent span ID.
            span_name_expression: Expression to extract the span name.
            span_kind_expression: Expression to extract the span kind (e.g., client, server, internal).
            log_source_id: HyperDX Source for logs associated with traces. Optional
            session_source_id: HyperDX Source for sessions associated with traces. Optional
            status_code_expression: Expression to extract the span status code.
            status_message_expression: Expression to extract the span status message.
            sample_rate_expression: Column or expression for upstream sampling weight (1/N). When set, aggregations (count, avg, sum, quantile) are corrected for sampling. Percentiles use quantileTDigestWeighted, which is an approximation. Leave empty if spans are not sampled.
            span_events_value_expression: Expression to extract span events. Used to capture events associated with spans. Expected to be Nested ( Timestamp DateTime64(9), Name LowCardinality(String), Attributes Map(LowCardinality(String), String)
            span_links_value_expression: Expression to extract span links. Used to capture links from a span to spans in other traces. Expected to be Nested ( TraceId String, SpanId String, TraceState String, Attributes Map(LowCardinality(String), String) )
        """
        return self._call(98, (self._org(organization_id), service_id, source_id), None, body_of({'id': id, 'name': name, 'section': section, 'disabled': disabled, 'kind': kind, 'connection': connection, 'from': from_, 'query_settings': query_settings, 'filter_settings': filter_settings, 'default_table_select_expression': default_table_select_expression, 'timestamp_value_expression': timestamp_value_expression, 'service_name_expression': service_name_expression, 'service_version_expression': service_version_expression, 'severity_text_expression': severity_text_expression, 'body_expression': body_expression, 'event_attributes_expression': event_attributes_expression, 'resource_attributes_expression': resource_attributes_expression, 'displayed_timestamp_value_expression': displayed_timestamp_value_expression, 'order_by_expression': order_by_expression, 'metric_source_id': metric_source_id, 'trace_source_id': trace_source_id, 'trace_id_expression': trace_id_expression, 'span_id_expression': span_id_expression, 'implicit_column_expression': implicit_column_expression, 'known_columns_list_expression': known_columns_list_expression, 'use_text_index_for_implicit_column': use_text_index_for_implicit_column, 'highlighted_trace_attribute_expressions': highlighted_trace_attribute_expressions, 'highlighted_row_attribute_expressions': highlighted_row_attribute_expressions, 'materialized_views': materialized_views, 'metadata_materialized_views': metadata_materialized_views, 'duration_expression': duration_expression, 'duration_precision': duration_precision, 'parent_span_id_expression': parent_span_id_expression, 'span_name_expression': span_name_expression, 'span_kind_expression': span_kind_expression, 'log_source_id': log_source_id, 'session_source_id': session_source_id, 'status_code_expression': status_code_expression, 'status_message_expression': status_message_expression, 'sample_rate_expression': sample_rate_expression, 'span_events_value_expression': span_events_value_expression, 'span_links_value_expression': span_links_value_expression, 'metric_tables': metric_tables}))

    def delete(
        self,
        service_id: Id,
        source_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """ClickStack: Delete Source

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Deletes a source

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}` (clickStackDeleteSource)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            source_id: Source ID
        """
        return self._call(99, (self._org(organization_id), service_id, source_id))


class ClickstackWebhooksResource(Resource):
    """`client.clickstack.webhooks`: ClickStack operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Pager[Union[ClickStackSlackWebhook, ClickStackIncidentIOWebhook, ClickStackGenericWebhook, ClickStackSlackAPIWebhook, ClickStackPagerDutyAPIWebhook, dict[str, Any]]]:
        """ClickStack: List Webhooks

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves webhooks for the authenticated team (paginated). Results are capped at `limit` (default and maximum 1000). When `totalCount` exceeds the number of returned items, page with `limit`/`offset` to retrieve them all.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks` (clickStackListWebhooks)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            service_id: ID of the ClickStack service.
            limit: Maximum number of results to return.
        """
        return self._pager(103, (self._org(organization_id), service_id), {'limit': limit}, 'offset', 'clickstack.webhooks.list')

    def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        service: Union[str, NotGiven] = NOT_GIVEN,
        url: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        body: Union[str, NotGiven] = NOT_GIVEN,
        headers: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        query_params: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Union[ClickStackSlackWebhook, ClickStackIncidentIOWebhook, ClickStackGenericWebhook, ClickStackSlackAPIWebhook, ClickStackPagerDutyAPIWebhook, dict[str, Any]]:
        """ClickStack: Create Webhook

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new webhook for the authenticated team.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks` (clickStackCreateWebhook)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            name: Webhook name. Must be unique per service within the team.
            service: Webhook service type.
            url: Webhook destination URL.
            description: Webhook description, shown in the UI.
            body: Optional Handlebars request body template. Only for generic/incidentio; rejected for slack. Rejected with a 400 if it does not compile or calls a helper other than `eq` and the Handlebars built-ins.
        """
        return self._call(104, (self._org(organization_id), service_id), None, body_of({'name': name, 'service': service, 'url': url, 'description': description, 'body': body, 'headers': headers, 'query_params': query_params}))

    def validate(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        service: Union[str, NotGiven] = NOT_GIVEN,
        url: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        body: Union[str, NotGiven] = NOT_GIVEN,
        headers: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        query_params: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackValidateWebhookResponse:
        """ClickStack: Validate Webhook

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Validates a webhook body against the same schema, URL rules, and body template check used by POST /api/v2/webhooks. The webhook is **never persisted**. Use this endpoint at plan time (e.g. from a Terraform provider) to check that a webhook configuration is valid before applying it. Name uniqueness is not checked.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks/validate` (clickStackValidateWebhook)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            name: Webhook name. Must be unique per service within the team.
            service: Webhook service type.
            url: Webhook destination URL.
            description: Webhook description, shown in the UI.
            body: Optional Handlebars request body template. Only for generic/incidentio; rejected for slack. Rejected with a 400 if it does not compile or calls a helper other than `eq` and the Handlebars built-ins.
        """
        return self._call(105, (self._org(organization_id), service_id), None, body_of({'name': name, 'service': service, 'url': url, 'description': description, 'body': body, 'headers': headers, 'query_params': query_params}))

    def update(
        self,
        service_id: Id,
        webhook_id: str,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        service: Union[str, NotGiven] = NOT_GIVEN,
        url: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        body: Union[str, NotGiven] = NOT_GIVEN,
        headers: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        query_params: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Union[ClickStackSlackWebhook, ClickStackIncidentIOWebhook, ClickStackGenericWebhook, ClickStackSlackAPIWebhook, ClickStackPagerDutyAPIWebhook, dict[str, Any]]:
        """ClickStack: Update Webhook

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Replaces an existing webhook. Readable optional fields (`description`, `body`) are a full replace: omitting them clears them. The write-only fields `headers` and `queryParams` are never returned on read, so omitting them preserves the stored values; send an explicit empty object (`{}`) to clear them. Exception: if the destination (`url` or `service`) changes, omitted `headers`/ `queryParams` are cleared rather than preserved so stored secrets are never forwarded to a new destination.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks/{clickStackWebhookId}` (clickStackUpdateWebhook)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            webhook_id: Webhook ID
            name: Webhook name. Must be unique per service within the team.
            service: Webhook service type.
            url: Webhook destination URL.
            description: Webhook description, shown in the UI.
            body: Optional Handlebars request body template. Only for generic/incidentio; rejected for slack. Rejected with a 400 if it does not compile or calls a helper other than `eq` and the Handlebars built-ins.
        """
        return self._call(106, (self._org(organization_id), service_id, webhook_id), None, body_of({'name': name, 'service': service, 'url': url, 'description': description, 'body': body, 'headers': headers, 'query_params': query_params}))

    def delete(
        self,
        service_id: Id,
        webhook_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """ClickStack: Delete Webhook

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Deletes a webhook. Blocked with a 409 while any alert still references it — reassign or remove those alerts first — so deletion never leaves an alert pointing at a missing webhook (which would silently drop notifications). Mirrors the internal webhook delete guard.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks/{clickStackWebhookId}` (clickStackDeleteWebhook)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            webhook_id: Webhook ID
        """
        return self._call(107, (self._org(organization_id), service_id, webhook_id))


class PostgresBackupsResource(Resource):
    """`client.postgres.backups`: Postgres operations."""

    __slots__ = ()

    def list(
        self,
        postgres_id: Id,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Pager[PostgresBackup]:
        """List of Postgres service backups

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns a list of the base backups retained for a Postgres service, ordered by last modified date, newest first. Results are capped at `limit` (default and maximum 100) per page. Every response carries `limit`, `totalCount` and `nextCursor`; pass `nextCursor` as the `cursor` query parameter to fetch the next page, repeating until it is null. A Postgres service is recovered to a point in time rather than to a single backup, so restore it with the restore endpoint and a timestamp between the service's `earliestRestoreTime` and now, rather than with a backup key from this list.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/backups` (postgresServiceBackupGetList)

        Permissions: `control-plane:postgres-service:view`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            postgres_id: ID of the Postgres service the backups were created from.
            limit: Maximum number of results to return.
        """
        return self._pager(134, (self._org(organization_id), postgres_id), {'limit': limit}, 'cursor', 'postgres.backups.list')


class PostgresLogsResource(Resource):
    """`client.postgres.logs`: Postgres operations."""

    __slots__ = ()

    def list(
        self,
        postgres_id: Id,
        *,
        from_date: DateTimeLike,
        to_date: DateTimeLike,
        body_contains: Optional[str] = None,
        severity: Optional[str] = None,
        sort_order: Optional[str] = None,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Pager[PostgresLogEntry]:
        """List Postgres server logs

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns PostgreSQL server log entries for a Postgres service within the given time window, most recent first by default (override with `sort_order`). Results are paginated with `limit`/`offset`; advance `offset` until a page returns fewer than `limit` entries to read the full window. The time range must not exceed 30 days, and `to_date` must be after `from_date`.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/logs` (postgresLogsGetList)

        Permissions: `control-plane:postgres-service:view`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            postgres_id: ID of the requested Postgres service.
            from_date: Inclusive start of the time window (RFC 3339 date-time).
            to_date: Inclusive end of the time window (RFC 3339 date-time).
            body_contains: Case-sensitive substring the log body must contain.
            severity: Filter to log entries with this PostgreSQL severity (for example, ERROR, WARNING, LOG).
            sort_order: Sort order. One of `asc` or `desc`.
            limit: Maximum number of results to return.
        """
        return self._pager(137, (self._org(organization_id), postgres_id), {'from_date': from_date, 'to_date': to_date, 'body_contains': body_contains, 'severity': severity, 'sort_order': sort_order, 'limit': limit}, 'offset', 'postgres.logs.list')


class PostgresSlowQueryPatternsResource(Resource):
    """`client.postgres.slow_query_patterns`: Postgres operations."""

    __slots__ = ()

    def list(
        self,
        postgres_id: Id,
        *,
        from_date: DateTimeLike,
        to_date: DateTimeLike,
        db_name: Optional[str] = None,
        db_user: Optional[str] = None,
        db_operation: Optional[str] = None,
        app: Optional[str] = None,
        sort_by: Optional[str] = None,
        sort_order: Optional[str] = None,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Pager[PostgresSlowQueryPattern]:
        """List Postgres slow query patterns

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns aggregate metrics for the slowest query patterns observed on a Postgres service during the given time window. Use this to discover which queries dominate total execution time, CPU, I/O, or WAL generation.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/slowQueryPatterns` (slowQueryPatternsGetList)

        Permissions: `control-plane:postgres-service:view`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            postgres_id: ID of the requested Postgres service.
            from_date: Inclusive start of the time window (RFC 3339 date-time).
            to_date: Exclusive end of the time window (RFC 3339 date-time).
            db_name: Database name filter.
            db_user: Database user filter.
            db_operation: Database operation filter (for example, SELECT, INSERT, UPDATE, DELETE, UTILITY).
            app: Application name filter.
            sort_by: Field to sort results by.
            sort_order: Sort order. One of `asc` or `desc`.
            limit: Maximum number of results to return.
        """
        return self._pager(135, (self._org(organization_id), postgres_id), {'from_date': from_date, 'to_date': to_date, 'db_name': db_name, 'db_user': db_user, 'db_operation': db_operation, 'app': app, 'sort_by': sort_by, 'sort_order': sort_order, 'limit': limit}, 'offset', 'postgres.slow_query_patterns.list')

    def get(
        self,
        postgres_id: Id,
        query_id: str,
        *,
        db_name: str,
        db_user: str,
        db_operation: str,
        app: Optional[str] = None,
        timestamp: Optional[DateTimeLike] = None,
        organization_id: Optional[Id] = None,
    ) -> PostgresSlowQueryPatternDetail:
        """Get a Postgres slow query pattern with recent executions

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns aggregate metrics for a single slow query pattern together with its most recent individual executions.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/slowQueryPatterns/{queryId}` (slowQueryPatternGet)

        Permissions: `control-plane:postgres-service:view`.

        Args:
            postgres_id: ID of the requested Postgres service.
            query_id: Stable identifier for the query pattern.
            db_name: Database name filter.
            db_user: Database user filter.
            db_operation: Database operation filter (for example, SELECT, INSERT, UPDATE, DELETE, UTILITY).
            app: Application name filter.
            timestamp: Timestamp of a specific execution (RFC 3339).
        """
        return self._call(136, (self._org(organization_id), postgres_id, query_id), {'db_name': db_name, 'db_user': db_user, 'db_operation': db_operation, 'app': app, 'timestamp': timestamp})


class UdfsAttachmentsResource(Resource):
    """`client.udfs.attachments`: UDF operations."""

    __slots__ = ()

    def list(
        self,
        function_name: str,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Pager[UdfAttachment]:
        """List UDF attachments

        Returns the current service attachments for a UDF, with at most one attachment per service.

        `GET /v1/organizations/{organizationId}/udfs/{functionName}/attachments` (udfAttachmentList)

        Permissions: `control-plane:organization:view`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            function_name: Name of the UDF.
            limit: Maximum number of records to return per page. Defaults to 100. Maximum is 100.
        """
        return self._pager(167, (self._org(organization_id), function_name), {'limit': limit}, 'cursor', 'udfs.attachments.list')

    def detach(
        self,
        function_name: str,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Detach UDF from service

        Detaches a UDF from a service.

        `DELETE /v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}` (udfDetach)

        Permissions: `control-plane:organization:manage`.

        Args:
            function_name: Name of the UDF.
            service_id: ID of the requested service.
        """
        return self._call(168, (self._org(organization_id), function_name, service_id))

    def get(
        self,
        function_name: str,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> UdfAttachment:
        """Get UDF attachment

        Returns the current attachment of a UDF to one service.

        `GET /v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}` (udfAttachmentGet)

        Permissions: `control-plane:organization:view`.

        Args:
            function_name: Name of the UDF.
            service_id: ID of the requested service.
        """
        return self._call(169, (self._org(organization_id), function_name, service_id))

    def attach(
        self,
        function_name: str,
        service_id: Id,
        *,
        version: Union[int, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> UdfAttachment:
        """Attach UDF to service

        Attaches one UDF version to a service, replacing the current version when necessary. When version is omitted, the latest ready version is attached.

        `PUT /v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}` (udfAttach)

        Permissions: `control-plane:organization:manage`.

        Args:
            function_name: Name of the UDF.
            service_id: ID of the requested service.
            version: Version to attach. When omitted, the latest ready version is attached.
        """
        return self._call(170, (self._org(organization_id), function_name, service_id), None, body_of({'version': version}))


class UdfsVersionsResource(Resource):
    """`client.udfs.versions`: UDF operations."""

    __slots__ = ()

    def list(
        self,
        function_name: str,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Pager[Udf]:
        """List UDF versions

        Returns all versions of a UDF.

        `GET /v1/organizations/{organizationId}/udfs/{functionName}/versions` (udfVersionList)

        Permissions: `control-plane:organization:view`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            function_name: Name of the UDF.
            limit: Maximum number of records to return per page. Defaults to 100. Maximum is 100.
        """
        return self._pager(171, (self._org(organization_id), function_name), {'limit': limit}, 'cursor', 'udfs.versions.list')

    def create(
        self,
        function_name: str,
        *,
        upload_id: Union[Id, NotGiven] = NOT_GIVEN,
        runtime: Union[str, NotGiven] = NOT_GIVEN,
        arguments: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        return_type: Union[str, NotGiven] = NOT_GIVEN,
        return_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        command_read_timeout: Union[int, NotGiven] = NOT_GIVEN,
        command_write_timeout: Union[int, NotGiven] = NOT_GIVEN,
        memory_limit_mib: Union[Optional[int], NotGiven] = NOT_GIVEN,
        send_chunk_header: Union[bool, NotGiven] = NOT_GIVEN,
        deterministic: Union[bool, NotGiven] = NOT_GIVEN,
        format: Union[str, NotGiven] = NOT_GIVEN,
        sandbox_type: Union[str, NotGiven] = NOT_GIVEN,
        type: Union[str, NotGiven] = NOT_GIVEN,
        pool_size: Union[Optional[Any], NotGiven] = NOT_GIVEN,
        max_command_execution_time: Union[Optional[int], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Udf:
        """Create UDF version

        Consumes a source archive, assigns a version, and starts the UDF build. Optional configuration fields omitted from the request use the defaults documented in the request schema; values are not inherited from the previous version. Retry by requesting a new upload URL and re-uploading.

        `POST /v1/organizations/{organizationId}/udfs/{functionName}/versions` (udfVersionCreate)

        Permissions: `control-plane:organization:manage`.

        Args:
            function_name: Name of the UDF.
            upload_id: Identifier of the uploaded source archive.
            deterministic: Marks the UDF as deterministic so ClickHouse can reuse cached query results. Only set this when the UDF always returns the same result for the same arguments.
            pool_size: Always null — an executable UDF has no command pool.
        """
        return self._call(172, (self._org(organization_id), function_name), None, body_of({'upload_id': upload_id, 'runtime': runtime, 'arguments': arguments, 'return_type': return_type, 'return_name': return_name, 'command_read_timeout': command_read_timeout, 'command_write_timeout': command_write_timeout, 'memory_limit_mib': memory_limit_mib, 'send_chunk_header': send_chunk_header, 'deterministic': deterministic, 'format': format, 'sandbox_type': sandbox_type, 'type': type, 'pool_size': pool_size, 'max_command_execution_time': max_command_execution_time}))

    def delete(
        self,
        function_name: str,
        version: int,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete UDF version

        Deletes a UDF version. The UDF must not be attached to any services.

        `DELETE /v1/organizations/{organizationId}/udfs/{functionName}/versions/{version}` (udfVersionDelete)

        Permissions: `control-plane:organization:manage`.

        Args:
            function_name: Name of the UDF.
            version: Version number of the UDF.
        """
        return self._call(173, (self._org(organization_id), function_name, version))


class ActivitiesResource(Resource):
    """`client.activities`: Organization operations."""

    __slots__ = ()

    def list(
        self,
        *,
        from_date: Optional[DateTimeLike] = None,
        to_date: Optional[DateTimeLike] = None,
        organization_id: Optional[Id] = None,
    ) -> ResultList[Activity]:
        """List of organization activities

        Returns a list of all organization activities.

        `GET /v1/organizations/{organizationId}/activities` (activityGetList)

        Permissions: `control-plane:organization:view-activities`.

        Args:
            from_date: A starting date for a search
            to_date: An ending date for a search
        """
        return self._call(67, (self._org(organization_id),), {'from_date': from_date, 'to_date': to_date})

    def get(
        self,
        activity_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> Activity:
        """Organization activity

        Returns a single organization activity by ID.

        `GET /v1/organizations/{organizationId}/activities/{activityId}` (activityGet)

        Permissions: `control-plane:organization:view-activities`.

        Args:
            activity_id: ID of the requested activity.
        """
        return self._call(68, (self._org(organization_id), activity_id))


class BackupBucketResource(Resource):
    """`client.backup_bucket`: Backup operations."""

    __slots__ = ()

    def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> BackupBucket:
        """Get service backup bucket

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns the service backup bucket.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/backupBucket` (backupBucketGet)

        Permissions: `control-plane:service:view-backups`.

        Args:
            service_id: ID of the service.
        """
        return self._call(50, (self._org(organization_id), service_id))

    def create(
        self,
        service_id: Id,
        *,
        bucket_provider: Union[str, NotGiven] = NOT_GIVEN,
        bucket_path: Union[str, NotGiven] = NOT_GIVEN,
        iam_role_arn: Union[str, NotGiven] = NOT_GIVEN,
        iam_role_session_name: Union[str, NotGiven] = NOT_GIVEN,
        iam_role_external_id: Union[str, NotGiven] = NOT_GIVEN,
        access_key_id: Union[str, NotGiven] = NOT_GIVEN,
        secret_access_key: Union[str, NotGiven] = NOT_GIVEN,
        container_name: Union[str, NotGiven] = NOT_GIVEN,
        connection_string: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> BackupBucket:
        """Create service backup bucket

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Create service backup bucket. Requires ADMIN auth key role.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/backupBucket` (backupBucketCreate)

        Permissions: `control-plane:service:manage-backups`.

        Args:
            service_id: ID of the requested service.
            bucket_provider: Bucket provider
            bucket_path: Bucket path
            iam_role_arn: AWS Role ARN
            iam_role_session_name: AWS Role session name
            iam_role_external_id: External ID the IAM role trust policy requires when the data plane assumes the role
            access_key_id: Access Key ID (HMAC key)
            secret_access_key: Secret Access Key (HMAC secret key)
            container_name: Container Name
            connection_string: Connection String
        """
        return self._call(51, (self._org(organization_id), service_id), None, body_of({'bucket_provider': bucket_provider, 'bucket_path': bucket_path, 'iam_role_arn': iam_role_arn, 'iam_role_session_name': iam_role_session_name, 'iam_role_external_id': iam_role_external_id, 'access_key_id': access_key_id, 'secret_access_key': secret_access_key, 'container_name': container_name, 'connection_string': connection_string}))

    def update(
        self,
        service_id: Id,
        *,
        bucket_provider: Union[str, NotGiven] = NOT_GIVEN,
        bucket_path: Union[str, NotGiven] = NOT_GIVEN,
        iam_role_arn: Union[str, NotGiven] = NOT_GIVEN,
        iam_role_session_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        iam_role_external_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        access_key_id: Union[str, NotGiven] = NOT_GIVEN,
        secret_access_key: Union[str, NotGiven] = NOT_GIVEN,
        container_name: Union[str, NotGiven] = NOT_GIVEN,
        connection_string: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> BackupBucket:
        """Update service backup bucket

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Update service backup bucket. Requires ADMIN auth key role. The secrets of the specified bucket provider are always required

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/backupBucket` (backupBucketUpdate)

        Permissions: `control-plane:service:manage-backups`.

        Args:
            service_id: ID of the requested service.
            bucket_provider: Bucket provider
            bucket_path: Bucket path
            iam_role_arn: AWS Role ARN
            iam_role_session_name: AWS IAM Role session name
            iam_role_external_id: External ID the IAM role trust policy requires when the data plane assumes the role. Set to `null` to clear it.
            access_key_id: Access Key ID (HMAC key)
            secret_access_key: Secret Access Key (HMAC secret key)
            container_name: Container Name
            connection_string: Connection String
        """
        return self._call(52, (self._org(organization_id), service_id), None, body_of({'bucket_provider': bucket_provider, 'bucket_path': bucket_path, 'iam_role_arn': iam_role_arn, 'iam_role_session_name': iam_role_session_name, 'iam_role_external_id': iam_role_external_id, 'access_key_id': access_key_id, 'secret_access_key': secret_access_key, 'container_name': container_name, 'connection_string': connection_string}))

    def delete(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete service backup bucket

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Delete service backup bucket. Requires ADMIN auth key role.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/backupBucket` (backupBucketDelete)

        Permissions: `control-plane:service:manage-backups`.

        Args:
            service_id: ID of the requested service.
        """
        return self._call(53, (self._org(organization_id), service_id))


class BackupConfigurationResource(Resource):
    """`client.backup_configuration`: Backup operations."""

    __slots__ = ()

    def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> BackupConfiguration:
        """Get service backup configuration

        Returns the service backup configuration.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/backupConfiguration` (backupConfigurationGet)

        Permissions: `control-plane:service:view-backups`.

        Args:
            service_id: ID of the service.
        """
        return self._call(44, (self._org(organization_id), service_id))

    def update(
        self,
        service_id: Id,
        *,
        backup_period_in_hours: Union[Optional[float], NotGiven] = NOT_GIVEN,
        backup_retention_period_in_hours: Union[Optional[float], NotGiven] = NOT_GIVEN,
        backup_start_time: Union[Optional[str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> BackupConfiguration:
        """Update service backup configuration

        Updates service backup configuration. Requires ADMIN auth key role. Setting the properties with null value, will reset the properties to theirs default values.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/backupConfiguration` (backupConfigurationUpdate)

        Permissions: `control-plane:service:manage-backups`.

        Args:
            service_id: ID of the service.
            backup_period_in_hours: The interval in hours between each backup.
            backup_retention_period_in_hours: The minimum duration in hours for which the backups are available. Must be a whole number of days between 24 (1 day) and 1080 (45 days) — i.e. a multiple of 24.
            backup_start_time: The time in HH:MM format for the backups to be performed (evaluated in UTC timezone). When defined the backup period resets to every 24 hours.
        """
        return self._call(45, (self._org(organization_id), service_id), None, body_of({'backup_period_in_hours': backup_period_in_hours, 'backup_retention_period_in_hours': backup_retention_period_in_hours, 'backup_start_time': backup_start_time}))


class BackupsResource(Resource):
    """`client.backups`: Backup operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[Backup]:
        """List of service backups

        Returns a list of all backups for the service. The most recent backups comes first in the list.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/backups` (backupGetList)

        Permissions: `control-plane:service:view-backups`.

        Args:
            service_id: ID of the service the backup was created from.
        """
        return self._call(40, (self._org(organization_id), service_id))

    def get(
        self,
        service_id: Id,
        backup_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> Backup:
        """Get backup details

        Returns a single backup info.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/backups/{backupId}` (backupGet)

        Permissions: `control-plane:service:view-backups`.

        Args:
            service_id: ID of the service the backup was created from.
            backup_id: ID of the requested backup.
        """
        return self._call(41, (self._org(organization_id), service_id, backup_id))


class BalancesResource(Resource):
    """`client.balances`: Billing operations."""

    __slots__ = ()

    def get_active(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> ActiveBalances:
        """Get organization active prepaid balances

        DEPRECATED. Use the `/v1/organizations/{organizationId}/creditBalances` endpoint instead. <br /><br /> Returns the active prepaid credit balances for the organization, each with its own balance ID and remaining credits, along with the total remaining credits across all active balances. A balance is active when it has started, has not expired, and has credits remaining. Balances are ordered by expiration date, soonest first, and the returned page is capped at `limit` (default and maximum 100). When `totalCount` exceeds the number of returned balances, page with `limit`/`offset` to retrieve them all. `totalRemainingPrepaidCredits` always covers every active balance, not just the returned page.

        `GET /v1/organizations/{organizationId}/activeBalances` (activeBalancesGet)

        Permissions: `control-plane:organization:view-billing`.

        Deprecated: the API marks this operation deprecated (calling it warns).

        Args:
            limit: Maximum number of results to return.
            offset: Number of results to skip before returning.
        """
        warn_deprecated('balances.get_active')
        return self._call(72, (self._org(organization_id),), {'limit': limit, 'offset': offset})

    def get_credit(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> CreditBalances:
        """Get organization active credit balances

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the active credit balances for the organization, each with its own balance ID, type and remaining credits, along with the total remaining credits across all of them. A balance is active when it has started, has not expired, and has credits remaining. Balances are ordered by expiration date, soonest first. The list is always present and is empty when the organization has no active balances.

        `GET /v1/organizations/{organizationId}/creditBalances` (creditBalancesGet)

        Permissions: `control-plane:organization:view-billing`.
        """
        return self._call(73, (self._org(organization_id),))


class ByocInfrastructureResource(Resource):
    """`client.byoc_infrastructure`: Organization operations."""

    __slots__ = ()

    def create(
        self,
        *,
        region_id: Union[str, NotGiven] = NOT_GIVEN,
        account_id: Union[str, NotGiven] = NOT_GIVEN,
        availability_zone_suffixes: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        vpc_cidr_range: Union[str, NotGiven] = NOT_GIVEN,
        external_id: Union[str, NotGiven] = NOT_GIVEN,
        tenant_id: Union[str, NotGiven] = NOT_GIVEN,
        service_principal_client_id: Union[str, NotGiven] = NOT_GIVEN,
        vpc_id: Union[str, NotGiven] = NOT_GIVEN,
        private_subnet_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        public_subnet_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        gcp_pod_cidr_range_names: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        gcp_shared_vpc_host_project_id: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        display_name: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ByocConfig:
        """Create BYOC Infrastructure

        Create a new BYOC Infrastructure in the organization. Returns the configuration of the newly created infrastructure

        `POST /v1/organizations/{organizationId}/byocInfrastructure` (organizationByocInfrastructureCreate)

        Permissions: `control-plane:organization:manage`.

        Args:
            region_id: Region in which the BYOC infrastructure will be located
            account_id: Cloud account ID the BYOC infrastructure is configured for: AWS account ID, GCP project ID, or Azure subscription ID
            availability_zone_suffixes: List of availability zone suffixes
            vpc_cidr_range: CIDR range for the ClickHouse-managed VPC. Mutually exclusive with the BYO-VPC fields (`vpcId`, `privateSubnetIds`, `publicSubnetIds`)
            external_id: AWS only: ExternalID baked into the ClickHouse management role trust policy in your account
            tenant_id: Azure only (required for Azure regions): Entra tenant ID of the subscription
            service_principal_client_id: Azure only (required for Azure regions): client ID of the service principal ClickHouse uses to manage the infrastructure
            vpc_id: BYO-VPC only (AWS and GCP): ID or network name of the customer-provided VPC to deploy into. Requires `privateSubnetIds`
            private_subnet_ids: BYO-VPC only: private subnet IDs or names (1-6 entries on AWS, exactly one on GCP)
            public_subnet_ids: AWS BYO-VPC only: public subnet IDs (at most 6 entries)
            gcp_pod_cidr_range_names: GCP BYO-VPC only: secondary IP range names on the subnet to use for pod IPs. Omitted: all secondary ranges are used
            gcp_shared_vpc_host_project_id: GCP BYO-VPC only: Shared VPC host project owning the VPC and subnet, when different from `accountId`
            display_name: Human readable name for infrastructure
        """
        return self._call(139, (self._org(organization_id),), None, body_of({'region_id': region_id, 'account_id': account_id, 'availability_zone_suffixes': availability_zone_suffixes, 'vpc_cidr_range': vpc_cidr_range, 'external_id': external_id, 'tenant_id': tenant_id, 'service_principal_client_id': service_principal_client_id, 'vpc_id': vpc_id, 'private_subnet_ids': private_subnet_ids, 'public_subnet_ids': public_subnet_ids, 'gcp_pod_cidr_range_names': gcp_pod_cidr_range_names, 'gcp_shared_vpc_host_project_id': gcp_shared_vpc_host_project_id, 'tags': tags, 'display_name': display_name}))

    def validate(
        self,
        *,
        region_id: Union[str, NotGiven] = NOT_GIVEN,
        account_id: Union[str, NotGiven] = NOT_GIVEN,
        availability_zone_suffixes: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        vpc_cidr_range: Union[str, NotGiven] = NOT_GIVEN,
        external_id: Union[str, NotGiven] = NOT_GIVEN,
        tenant_id: Union[str, NotGiven] = NOT_GIVEN,
        service_principal_client_id: Union[str, NotGiven] = NOT_GIVEN,
        vpc_id: Union[str, NotGiven] = NOT_GIVEN,
        private_subnet_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        public_subnet_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        gcp_pod_cidr_range_names: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        gcp_shared_vpc_host_project_id: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ByocInfrastructureValidation:
        """Validate BYOC infrastructure prerequisites

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Preflight-validates that a cloud account is ready for BYOC infrastructure creation: simulates the cloud permissions ClickHouse needs (and, for BYO-VPC, checks the provided network resources) without creating anything. Takes the same parameters as infrastructure creation, so a payload that passes validation will not be rejected by create for the same inputs.

        `POST /v1/organizations/{organizationId}/byocInfrastructure/validate` (organizationByocInfrastructureValidate)

        Permissions: `control-plane:organization:manage`.

        Args:
            region_id: Region in which the BYOC infrastructure will be located
            account_id: Cloud account ID the BYOC infrastructure is configured for: AWS account ID, GCP project ID, or Azure subscription ID
            availability_zone_suffixes: List of availability zone suffixes
            vpc_cidr_range: CIDR range for the ClickHouse-managed VPC. Mutually exclusive with the BYO-VPC fields (`vpcId`, `privateSubnetIds`, `publicSubnetIds`)
            external_id: AWS only: ExternalID baked into the ClickHouse management role trust policy in your account
            tenant_id: Azure only (required for Azure regions): Entra tenant ID of the subscription
            service_principal_client_id: Azure only (required for Azure regions): client ID of the service principal ClickHouse uses to manage the infrastructure
            vpc_id: BYO-VPC only (AWS and GCP): ID or network name of the customer-provided VPC to deploy into. Requires `privateSubnetIds`
            private_subnet_ids: BYO-VPC only: private subnet IDs or names (1-6 entries on AWS, exactly one on GCP)
            public_subnet_ids: AWS BYO-VPC only: public subnet IDs (at most 6 entries)
            gcp_pod_cidr_range_names: GCP BYO-VPC only: secondary IP range names on the subnet to use for pod IPs. Omitted: all secondary ranges are used
            gcp_shared_vpc_host_project_id: GCP BYO-VPC only: Shared VPC host project owning the VPC and subnet, when different from `accountId`
        """
        return self._call(140, (self._org(organization_id),), None, body_of({'region_id': region_id, 'account_id': account_id, 'availability_zone_suffixes': availability_zone_suffixes, 'vpc_cidr_range': vpc_cidr_range, 'external_id': external_id, 'tenant_id': tenant_id, 'service_principal_client_id': service_principal_client_id, 'vpc_id': vpc_id, 'private_subnet_ids': private_subnet_ids, 'public_subnet_ids': public_subnet_ids, 'gcp_pod_cidr_range_names': gcp_pod_cidr_range_names, 'gcp_shared_vpc_host_project_id': gcp_shared_vpc_host_project_id, 'tags': tags}))

    def get(
        self,
        infrastructure_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ByocInfrastructureDetails:
        """Get BYOC infrastructure details

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns the full configuration of a BYOC infrastructure, including private link and load balancer state, network layout, and BYO-VPC settings read from the data plane.

        `GET /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}` (organizationByocInfrastructureGet)

        Permissions: `control-plane:organization:view`.

        Args:
            infrastructure_id: ID of the requested BYOC Infrastructure
        """
        return self._call(141, (self._org(organization_id), infrastructure_id))

    def delete(
        self,
        infrastructure_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Remove a BYOC infrastructure

        Removes a BYOC Infrastructure from the organization

        `DELETE /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}` (organizationByocInfrastructureDelete)

        Permissions: `control-plane:organization:manage`.

        Args:
            infrastructure_id: ID of the requested BYOC Infrastructure
        """
        return self._call(142, (self._org(organization_id), infrastructure_id))

    def update(
        self,
        infrastructure_id: Id,
        *,
        display_name: Union[str, NotGiven] = NOT_GIVEN,
        enable_private_link: Union[bool, NotGiven] = NOT_GIVEN,
        gcp_psc_subnet_id: Union[str, NotGiven] = NOT_GIVEN,
        enable_private_load_balancer: Union[bool, NotGiven] = NOT_GIVEN,
        enable_public_load_balancer: Union[bool, NotGiven] = NOT_GIVEN,
        tags: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ByocConfig:
        """Update BYOC Infrastructure

        Update configuration of the BYOC infrastructure: rename it, toggle private link and load balancers, or replace its tags. The request is validated as a whole before anything is applied. If applying a field then fails in the data plane, client errors name the fields already applied, while internal errors return a generic message; retrying the same request is safe either way and converges the infrastructure to the requested state. Returns the modified infrastructure

        `PATCH /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}` (organizationByocInfrastructureUpdate)

        Permissions: `control-plane:organization:manage`.

        Args:
            infrastructure_id: ID of the requested BYOC Infrastructure
            display_name: Human readable name for infrastructure object
            enable_private_link: Enable or disable private link connectivity on the infrastructure. Disabling is rejected while any service in the organization has active private endpoints
            gcp_psc_subnet_id: GCP BYO-VPC only: customer-provided Private Service Connect NAT subnet name required to enable private link. Only accepted together with `enablePrivateLink: true`
            enable_private_load_balancer: Enable or disable the private (internal) load balancer of the infrastructure
            enable_public_load_balancer: Enable or disable the public (internet-facing) load balancer of the infrastructure
        """
        return self._call(143, (self._org(organization_id), infrastructure_id), None, body_of({'display_name': display_name, 'enable_private_link': enable_private_link, 'gcp_psc_subnet_id': gcp_psc_subnet_id, 'enable_private_load_balancer': enable_private_load_balancer, 'enable_public_load_balancer': enable_public_load_balancer, 'tags': tags}))

    def get_progress(
        self,
        infrastructure_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ByocInfrastructureProgress:
        """Get BYOC infrastructure provisioning progress

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the stage-by-stage provisioning progress of a BYOC infrastructure, more granular than the `state` field: overall status plus a tree of provisioning stages down to individual cloud resources.

        `GET /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}/progress` (organizationByocInfrastructureProgressGet)

        Permissions: `control-plane:organization:view`.

        Args:
            infrastructure_id: ID of the requested BYOC Infrastructure
        """
        return self._call(144, (self._org(organization_id), infrastructure_id))

    def get_tags(
        self,
        infrastructure_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ByocInfrastructureTagsResponse:
        """Get BYOC infrastructure tags

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns the additional tags currently applied to the cloud resources of the BYOC infrastructure. Tags are replaced as a whole through the infrastructure update endpoint.

        `GET /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}/tags` (organizationByocInfrastructureTagsGet)

        Permissions: `control-plane:organization:view`.

        Args:
            infrastructure_id: ID of the requested BYOC Infrastructure
        """
        return self._call(145, (self._org(organization_id), infrastructure_id))

    def get_private_endpoint_config(
        self,
        infrastructure_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ByocInfrastructurePrivateEndpointConfig:
        """Get BYOC infrastructure private endpoint configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns the private link endpoint service details of a BYOC infrastructure. For BYOC organizations this replaces the deprecated organization-level `privateEndpointConfig` endpoint.

        `GET /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}/privateEndpointConfig` (organizationByocInfrastructurePrivateEndpointConfigGet)

        Permissions: `control-plane:organization:view`.

        Args:
            infrastructure_id: ID of the requested BYOC Infrastructure
        """
        return self._call(146, (self._org(organization_id), infrastructure_id))


class ClickhouseSettingsResource(Resource):
    """`client.clickhouse_settings`: Service operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ServiceClickhouseSettingsList:
        """List ClickHouse settings

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the configured ClickHouse settings for the service. Only settings that have been explicitly set are included.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings` (serviceClickhouseSettingsListGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the service.
        """
        return self._call(35, (self._org(organization_id), service_id))

    def update(
        self,
        service_id: Id,
        *,
        settings: Union[Mapping[str, Union[str, int]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ServiceClickhouseSettingsPatchResponse:
        """Update ClickHouse settings

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Updates one or more ClickHouse settings for the service. To reset a setting to its platform default, use the [DELETE single setting](#tag/Service/operation/serviceClickhouseSettingDelete) endpoint. Use the [schema endpoint](#tag/Service/operation/serviceClickhouseSettingsSchemaGet) to discover which settings are configurable.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings` (serviceClickhouseSettingsUpdate)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the service.
        """
        return self._call(36, (self._org(organization_id), service_id), None, body_of({'settings': settings}))

    def get_schema(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ServiceClickhouseSettingsSchema:
        """Get ClickHouse settings schema

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the schema of all configurable ClickHouse settings, including types, valid values, descriptions, and warnings.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/schema` (serviceClickhouseSettingsSchemaGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the service.
        """
        return self._call(37, (self._org(organization_id), service_id))

    def get(
        self,
        service_id: Id,
        setting_name: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> ServiceClickhouseSetting:
        """Get ClickHouse setting

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the current value of a ClickHouse setting for the service. Use the [schema endpoint](#tag/Service/operation/serviceClickhouseSettingsSchemaGet) to discover which settings are configurable.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/{settingName}` (serviceClickhouseSettingGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the service.
            setting_name: Name of the setting to retrieve.
        """
        return self._call(38, (self._org(organization_id), service_id, setting_name))

    def delete(
        self,
        service_id: Id,
        setting_name: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Reset ClickHouse setting to default

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Removes a previously-configured ClickHouse setting, reverting its effective value to the platform default. Settings under `spec.extraConfig.server.*` (e.g. `keep_alive_timeout`, `shared_merge_tree_disable_merges_and_mutations_assignment`) trigger a ClickHouse server rollout restart; other settings propagate to all replicas after a short delay. Deleting a setting that was never configured is a no-op (200 OK).

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/{settingName}` (serviceClickhouseSettingDelete)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the service.
            setting_name: Name of the setting to reset.
        """
        return self._call(39, (self._org(organization_id), service_id, setting_name))


class ClickpipesResource(Resource):
    """`client.clickpipes`: ClickPipes operations."""

    __slots__ = ()

    @property
    def reverse_private_endpoints(self) -> ClickpipesReversePrivateEndpointsResource:
        return ClickpipesReversePrivateEndpointsResource(self._client)

    def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[ClickPipe]:
        """List ClickPipes

        Returns a list of ClickPipes.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipes` (clickPipeGetList)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
        """
        return self._call(74, (self._org(organization_id), service_id))

    def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        source: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        destination: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        field_mappings: Union[Sequence[Union[ClickPipeFieldMapping, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        scaling: Union[Union[ClickPipeScaling, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        settings: Union[Union[ClickPipeSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        start_paused: Union[bool, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipe:
        """Create ClickPipe

        Create a new ClickPipe.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickpipes` (clickPipeCreate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service to create the ClickPipe for.
            name: Name of the ClickPipe.
            field_mappings: Field mappings of the ClickPipe. Note that all destination columns must be included in the mappings.
            start_paused: Create the ClickPipe in the Stopped state instead of starting ingestion immediately. Start it later with the state endpoint. Not supported for database ClickPipes.
        """
        return self._call(75, (self._org(organization_id), service_id), None, body_of({'name': name, 'source': source, 'destination': destination, 'field_mappings': field_mappings, 'scaling': scaling, 'settings': settings, 'start_paused': start_paused}))

    def get_context(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickPipesServiceContext:
        """Get ClickPipes service context

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns service-level ClickPipes capabilities and Private Preview workload identity context, including the GCP service account to grant access to customer source resources.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/context` (clickPipesServiceContextGet)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service to get ClickPipes context for.
        """
        return self._call(76, (self._org(organization_id), service_id))

    def get(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickPipe:
        """Get ClickPipe

        Returns the specified ClickPipe.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}` (clickPipeGet)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the requested ClickPipe.
        """
        return self._call(77, (self._org(organization_id), service_id, clickpipe_id))

    def update(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        source: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        destination: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        field_mappings: Union[Sequence[Union[ClickPipeFieldMapping, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        settings: Union[Union[ClickPipeSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipe:
        """Update ClickPipe

        Update the specified ClickPipe. Source fields not present in the per-source update schemas are immutable after creation. For Kafka sources, values submitted for immutable fields (type, format, brokers, topics, consumerGroup, offset, schemaRegistry, exactlyOnce, tombstoneMode) are not applied, except schema registry credentials, which are rejected.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}` (clickPipeUpdate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service to create the ClickPipe for.
            clickpipe_id: ID of the requested ClickPipe.
            name: Name of the ClickPipe.
            field_mappings: Field mappings of the ClickPipe. This will not update the table schema, only the ClickPipe configuration.
        """
        return self._call(78, (self._org(organization_id), service_id, clickpipe_id), None, body_of({'name': name, 'source': source, 'destination': destination, 'field_mappings': field_mappings, 'settings': settings}))

    def delete(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete ClickPipe

        Delete the specified ClickPipe.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}` (clickPipeDelete)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the ClickPipe to delete.
        """
        return self._call(79, (self._org(organization_id), service_id, clickpipe_id))

    def get_settings(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickPipeSettings:
        """Get ClickPipe settings

        Returns the advanced settings for the specified ClickPipe.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/settings` (clickPipeSettingsGet)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the ClickPipe to get settings for.
        """
        return self._call(80, (self._org(organization_id), service_id, clickpipe_id))

    def update_settings(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        streaming_max_insert_wait_ms: Union[int, NotGiven] = NOT_GIVEN,
        object_storage_concurrency: Union[int, NotGiven] = NOT_GIVEN,
        object_storage_polling_interval_ms: Union[int, NotGiven] = NOT_GIVEN,
        object_storage_max_insert_bytes: Union[int, NotGiven] = NOT_GIVEN,
        object_storage_max_file_count: Union[int, NotGiven] = NOT_GIVEN,
        clickhouse_max_threads: Union[int, NotGiven] = NOT_GIVEN,
        clickhouse_max_insert_threads: Union[int, NotGiven] = NOT_GIVEN,
        clickhouse_min_insert_block_size_bytes: Union[int, NotGiven] = NOT_GIVEN,
        clickhouse_max_download_threads: Union[int, NotGiven] = NOT_GIVEN,
        clickhouse_parallel_distributed_insert_select: Union[int, NotGiven] = NOT_GIVEN,
        kafka_read_committed: Union[bool, NotGiven] = NOT_GIVEN,
        object_storage_use_cluster_function: Union[bool, NotGiven] = NOT_GIVEN,
        clickhouse_parallel_view_processing: Union[bool, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipeSettings:
        """Update ClickPipe settings

        Update the advanced settings for the specified ClickPipe. Send key-value pairs where values can be strings, numbers, or booleans.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/settings` (clickPipeSettingsUpdate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the ClickPipe to update settings for.
            streaming_max_insert_wait_ms: Streaming max insert wait time. Configures the max wait period before inserting data into the ClickHouse.
            object_storage_concurrency: Object storage concurrency. Number of concurrent file processing threads
            object_storage_polling_interval_ms: Object storage polling interval. Configures the refresh interval for querying continuous ingest for new object storage data
            object_storage_max_insert_bytes: Max insert bytes. Number of bytes to process in a single insert batch
            object_storage_max_file_count: Max file count. Maximum number of files to process in a single insert batch
            clickhouse_max_threads: Max threads. Maximum number of concurrent threads for file processing
            clickhouse_max_insert_threads: Max insert threads. Maximum number of concurrent insert threads
            clickhouse_min_insert_block_size_bytes: Min insert block size bytes. Minimum size of data block for insert (in bytes)
            clickhouse_max_download_threads: Max download threads. Maximum number of concurrent download threads
            clickhouse_parallel_distributed_insert_select: Parallel distributed insert select. Only applies when object_storage_use_cluster_function is enabled. When disabled, this setting is ignored and the effective value is 0.
            kafka_read_committed: Kafka Read Committed. Whether Kafka consumers read only committed messages
            object_storage_use_cluster_function: use cluster function. Whether to use ClickHouse cluster function for distributed processing
            clickhouse_parallel_view_processing: parallel view processing. Whether to enable pushing to attached views concurrently instead of sequentially
        """
        return self._call(81, (self._org(organization_id), service_id, clickpipe_id), None, body_of({'streaming_max_insert_wait_ms': streaming_max_insert_wait_ms, 'object_storage_concurrency': object_storage_concurrency, 'object_storage_polling_interval_ms': object_storage_polling_interval_ms, 'object_storage_max_insert_bytes': object_storage_max_insert_bytes, 'object_storage_max_file_count': object_storage_max_file_count, 'clickhouse_max_threads': clickhouse_max_threads, 'clickhouse_max_insert_threads': clickhouse_max_insert_threads, 'clickhouse_min_insert_block_size_bytes': clickhouse_min_insert_block_size_bytes, 'clickhouse_max_download_threads': clickhouse_max_download_threads, 'clickhouse_parallel_distributed_insert_select': clickhouse_parallel_distributed_insert_select, 'kafka_read_committed': kafka_read_committed, 'object_storage_use_cluster_function': object_storage_use_cluster_function, 'clickhouse_parallel_view_processing': clickhouse_parallel_view_processing}))

    def discover_schema(
        self,
        service_id: Id,
        *,
        source: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipeSchemaDiscoveryResponse:
        """Discover ClickPipe source schema

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Infers the schema (field names and ClickHouse data types) of a ClickPipe source without creating a pipe. Supported for Kafka, Kinesis, Pub/Sub, and object storage sources. Object storage inference runs on the destination service, which must be running.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/schemaDiscovery` (clickPipeSchemaDiscovery)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service to run schema discovery against.
        """
        return self._call(82, (self._org(organization_id), service_id), None, body_of({'source': source}))

    def update_scaling(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        replicas: Union[int, NotGiven] = NOT_GIVEN,
        concurrency: Union[int, NotGiven] = NOT_GIVEN,
        replica_cpu_millicores: Union[int, NotGiven] = NOT_GIVEN,
        replica_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipe:
        """Update ClickPipe scaling

        Change scaling settings for the specified ClickPipe. This endpoint supports Kafka, Kinesis, and object storage pipes (S3, GCS, Azure Blob).

        **Note:** For database ClickPipes (PostgreSQL, MySQL, MongoDB, BigQuery), use the [Update CDC ClickPipes scaling](#tag/ClickPipes/operation/clickPipeCdcScalingUpdate) endpoint instead.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/scaling` (clickPipeScalingUpdate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the ClickPipe to update scaling settings.
            replicas: Number of replicas to scale to. Use to scale Kafka pipes.
            concurrency: Number of concurrency to scale to. Use to scale S3 pipes.
            replica_cpu_millicores: CPU in millicores for each replica. Use to scale streaming pipes.
            replica_memory_gb: Memory in GB for each replica. Use to scale streaming pipes.
        """
        return self._call(83, (self._org(organization_id), service_id, clickpipe_id), None, body_of({'replicas': replicas, 'concurrency': concurrency, 'replica_cpu_millicores': replica_cpu_millicores, 'replica_memory_gb': replica_memory_gb}))

    def update_state(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        command: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipe:
        """Update ClickPipe state

        Start, stop or resync ClickPipe. Stopping a ClickPipe will stop the ingestion process from any state. Starting is allowed for ClickPipes in the "Stopped" state or with a "Failed" state. Resyncing is only for Postgres and MySQL pipes and can be done from any state.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/state` (clickPipeStateUpdate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the ClickPipe to update state.
            command: Command to change the state: 'start', 'stop', 'resync'.
        """
        return self._call(84, (self._org(organization_id), service_id, clickpipe_id), None, body_of({'command': command}))

    def get_cdc_scaling(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickPipesCdcScaling:
        """Get CDC ClickPipes scaling

        Get scaling settings for database ClickPipes (PostgreSQL, MySQL, MongoDB, BigQuery).

        The infrastructure is shared between all database ClickPipes in the service, both for initial load and CDC. For billing purposes, 2 CPU cores and 8 GB of RAM [correspond](https://clickhouse.com/docs/cloud/manage/billing/overview#clickpipes-for-postgres-cdc) to one compute unit.

        **Note:** For Kafka, Kinesis, and object storage pipes (S3, GCS, Azure Blob), see [Get ClickPipe](#tag/ClickPipes/operation/clickPipeGet).

        **This endpoint becomes available once at least one database ClickPipe was provisioned.**

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipesCdcScaling` (clickPipeCdcScalingGet)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
        """
        return self._call(85, (self._org(organization_id), service_id))

    def update_cdc_scaling(
        self,
        service_id: Id,
        *,
        replica_cpu_millicores: Union[int, NotGiven] = NOT_GIVEN,
        replica_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipesCdcScaling:
        """Update CDC ClickPipes scaling

        Update scaling settings for database ClickPipes (PostgreSQL, MySQL, MongoDB, BigQuery).

        The infrastructure is shared between all database ClickPipes in the service, both for initial load and CDC. Scaling settings may take a few minutes to fully propagate.

        For billing purposes, 2 CPU cores and 8 GB of RAM [correspond](https://clickhouse.com/docs/cloud/manage/billing/overview#clickpipes-for-postgres-cdc) to one compute unit. If your organization tier changes, database ClickPipes will be [rescaled](https://clickhouse.com/docs/cloud/manage/billing/overview#compute) appropriately.

        **Note:** For Kafka, Kinesis, and object storage pipes (S3, GCS, Azure Blob), see [Get ClickPipe](#tag/ClickPipes/operation/clickPipeGet).

        **This endpoint becomes available once at least one database ClickPipe was provisioned.**

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipesCdcScaling` (clickPipeCdcScalingUpdate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
            replica_cpu_millicores: CPU in millicores for DB ClickPipes.
            replica_memory_gb: Memory in GiB for DB ClickPipes. Must be 4× the CPU core count.
        """
        return self._call(86, (self._org(organization_id), service_id), None, body_of({'replica_cpu_millicores': replica_cpu_millicores, 'replica_memory_gb': replica_memory_gb}))


class ClickstackResource(Resource):
    """`client.clickstack`: clickstack operations."""

    __slots__ = ()

    @property
    def alerts(self) -> ClickstackAlertsResource:
        return ClickstackAlertsResource(self._client)

    @property
    def dashboards(self) -> ClickstackDashboardsResource:
        return ClickstackDashboardsResource(self._client)

    @property
    def roles(self) -> ClickstackRolesResource:
        return ClickstackRolesResource(self._client)

    @property
    def saved_searches(self) -> ClickstackSavedSearchesResource:
        return ClickstackSavedSearchesResource(self._client)

    @property
    def sources(self) -> ClickstackSourcesResource:
        return ClickstackSourcesResource(self._client)

    @property
    def webhooks(self) -> ClickstackWebhooksResource:
        return ClickstackWebhooksResource(self._client)


class InvitationsResource(Resource):
    """`client.invitations`: User management operations."""

    __slots__ = ()

    def list(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[Invitation]:
        """List all invitations

        Returns list of all organization invitations.

        `GET /v1/organizations/{organizationId}/invitations` (invitationGetList)

        Permissions: `control-plane:organization:view`.
        """
        return self._call(63, (self._org(organization_id),))

    def create(
        self,
        *,
        email: Union[str, NotGiven] = NOT_GIVEN,
        role: Union[str, NotGiven] = NOT_GIVEN,
        assigned_role_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Invitation:
        """Create an invitation

        Creates organization invitation.

        `POST /v1/organizations/{organizationId}/invitations` (invitationCreate)

        Permissions: `control-plane:organization:manage`.

        Args:
            email: Email of the invited user. Only a user with this email can join using the invitation. The email is stored in a lowercase form.
            role: DEPRECATED. Use `assignedRoleIds` instead. Role to assign to the invited user in the organization.
            assigned_role_ids: List of role IDs to assign to the invited user when they accept the invitation
        """
        return self._call(64, (self._org(organization_id),), None, body_of({'email': email, 'role': role, 'assigned_role_ids': assigned_role_ids}))

    def get(
        self,
        invitation_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> Invitation:
        """Get invitation details

        Returns details for a single organization invitation.

        `GET /v1/organizations/{organizationId}/invitations/{invitationId}` (invitationGet)

        Permissions: `control-plane:organization:view`.

        Args:
            invitation_id: ID of the requested organization.
        """
        return self._call(65, (self._org(organization_id), invitation_id))

    def delete(
        self,
        invitation_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete organization invitation

        Deletes a single organization invitation.

        `DELETE /v1/organizations/{organizationId}/invitations/{invitationId}` (invitationDelete)

        Permissions: `control-plane:organization:manage`.

        Args:
            invitation_id: ID of the requested organization.
        """
        return self._call(66, (self._org(organization_id), invitation_id))


class KeysResource(Resource):
    """`client.keys`: API keys operations."""

    __slots__ = ()

    def list(
        self,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Pager[ApiKey]:
        """Get list of keys

        Returns a list of keys in the organization, ordered by creation date, oldest first. Results are capped at `limit` (default 250) per page; the server may return fewer and caps the value at its own maximum. Every response carries `limit`, `totalCount` and `nextCursor`; pass `nextCursor` as the `cursor` query parameter to fetch the next page, repeating until it is null.

        `GET /v1/organizations/{organizationId}/keys` (openapiKeyGetList)

        Permissions: `control-plane:organization:view-api-keys`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            limit: Maximum number of results to return.
        """
        return self._pager(54, (self._org(organization_id),), {'limit': limit}, 'cursor', 'keys.list')

    def create(
        self,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        expire_at: Union[Optional[DateTimeLike], NotGiven] = NOT_GIVEN,
        state: Union[str, NotGiven] = NOT_GIVEN,
        hash_data: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        roles: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        assigned_role_ids: Union[Sequence[Id], NotGiven] = NOT_GIVEN,
        ip_access_list: Union[Sequence[Union[IpAccessListEntry, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> CreatedKey:
        """Create key

        Creates new API key.

        `POST /v1/organizations/{organizationId}/keys` (openapiKeyCreate)

        Permissions: `control-plane:organization:create-api-keys`.

        Args:
            name: Name of the key.
            expire_at: Timestamp the key expires. If not present, `null` or is empty the key never expires. ISO-8601.
            state: Initial state of the key: 'enabled', 'disabled'. If not provided the new key will be 'enabled'.
            roles: DEPRECATED. Use `assignedRoleIds` instead. List of roles assigned to the key. Contains at least 1 element.
            assigned_role_ids: Array of role UUIDs to assign to the API key
            ip_access_list: List of IP addresses allowed to access the API using this key
        """
        return self._call(55, (self._org(organization_id),), None, body_of({'name': name, 'expire_at': expire_at, 'state': state, 'hash_data': hash_data, 'roles': roles, 'assigned_role_ids': assigned_role_ids, 'ip_access_list': ip_access_list}))

    def get(
        self,
        key_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ApiKey:
        """Get key details

        Returns a single key details.

        `GET /v1/organizations/{organizationId}/keys/{keyId}` (openapiKeyGet)

        Permissions: `control-plane:organization:view-api-keys`.

        Args:
            key_id: ID of the requested key.
        """
        return self._call(56, (self._org(organization_id), key_id))

    def update(
        self,
        key_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        roles: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        assigned_role_ids: Union[Sequence[Id], NotGiven] = NOT_GIVEN,
        expire_at: Union[Optional[DateTimeLike], NotGiven] = NOT_GIVEN,
        state: Union[str, NotGiven] = NOT_GIVEN,
        ip_access_list: Union[Sequence[Union[IpAccessListEntry, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ApiKey:
        """Update key

        Updates API key properties.

        `PATCH /v1/organizations/{organizationId}/keys/{keyId}` (openapiKeyUpdate)

        Permissions: `control-plane:organization:view-api-keys`.

        Args:
            key_id: ID of the key to update.
            name: Name of the key
            roles: DEPRECATED. Use `assignedRoleIds` instead. List of roles assigned to the key.
            assigned_role_ids: Array of role UUIDs to assign to the API key
            expire_at: Timestamp the key expires. If `null` or is empty the key never expires. ISO-8601.
            state: State of the key: 'enabled', 'disabled'.
            ip_access_list: List of IP addresses allowed to access the API using this key
        """
        return self._call(57, (self._org(organization_id), key_id), None, body_of({'name': name, 'roles': roles, 'assigned_role_ids': assigned_role_ids, 'expire_at': expire_at, 'state': state, 'ip_access_list': ip_access_list}))

    def delete(
        self,
        key_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete key

        Deletes API key. Only a key not used to authenticate the active request can be deleted.

        `DELETE /v1/organizations/{organizationId}/keys/{keyId}` (openapiKeyDelete)

        Permissions: `control-plane:organization:view-api-keys`.

        Args:
            key_id: ID of the key to delete.
        """
        return self._call(58, (self._org(organization_id), key_id))


class MembersResource(Resource):
    """`client.members`: User management operations."""

    __slots__ = ()

    def list(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[Member]:
        """List organization members

        Returns a list of all members in the organization.

        `GET /v1/organizations/{organizationId}/members` (memberGetList)

        Permissions: `control-plane:organization:view`.
        """
        return self._call(59, (self._org(organization_id),))

    def get(
        self,
        user_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> Member:
        """Get member details

        Returns a single organization member details.

        `GET /v1/organizations/{organizationId}/members/{userId}` (memberGet)

        Permissions: `control-plane:organization:view`.

        Args:
            user_id: ID of the requested user.
        """
        return self._call(60, (self._org(organization_id), user_id))

    def update(
        self,
        user_id: Id,
        *,
        role: Union[str, NotGiven] = NOT_GIVEN,
        assigned_role_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Member:
        """Update organization member

        Updates organization member role.

        `PATCH /v1/organizations/{organizationId}/members/{userId}` (memberUpdate)

        Permissions: `control-plane:organization:manage`.

        Args:
            user_id: ID of the user to patch
            role: DEPRECATED. Use `assignedRoleIds` instead. Role of the member in the organization.
            assigned_role_ids: List of role IDs to assign to the member
        """
        return self._call(61, (self._org(organization_id), user_id), None, body_of({'role': role, 'assigned_role_ids': assigned_role_ids}))

    def delete(
        self,
        user_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Remove an organization member

        Removes a user from the organization

        `DELETE /v1/organizations/{organizationId}/members/{userId}` (memberDelete)

        Permissions: `control-plane:organization:manage`.

        Args:
            user_id: ID of the requested user.
        """
        return self._call(62, (self._org(organization_id), user_id))


class NotificationsResource(Resource):
    """`client.notifications`: Notifications operations."""

    __slots__ = ()

    def list(
        self,
        *,
        limit: Optional[int] = None,
        severity: Optional[str] = None,
        type: Optional[str] = None,
        resource_id: Optional[str] = None,
        resource_type: Optional[str] = None,
        from_date: Optional[DateTimeLike] = None,
        to_date: Optional[DateTimeLike] = None,
        organization_id: Optional[Id] = None,
    ) -> Pager[Notification]:
        """List of organization notifications

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns notifications for the organization, most recent first. Only notifications about resources the caller can access are returned, so two keys in the same organization can see different results. The [notification types endpoint](#tag/Notifications/operation/notificationTypesGetList) lists the types this organization can receive, so it shows what to expect here. Notifications are retained for 180 days. A page holds at most `limit` notifications (default 100, maximum 250; a larger value is clamped) and the server may return fewer. Every response carries `limit` and `nextCursor`; pass `nextCursor` as the `cursor` query parameter to fetch the next page, repeating until it is null.

        `GET /v1/organizations/{organizationId}/notifications` (notificationGetList)

        Permissions: none beyond a valid key.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            limit: Maximum number of results to return.
            severity: Filter to notifications of this severity: 'info', 'warning', 'critical'.
            type: Filter to notifications of this type. New types are added over time; the [notification types endpoint](#tag/Notifications/operation/notificationTypesGetList) lists the ones this organization can receive.
            resource_id: Filter to notifications about this resource. A service also matches the notifications of its ClickPipes; pass `resource_type` to narrow to one kind of resource.
            resource_type: Filter to notifications about resources of this kind. One of 'service', 'organization', 'clickpipe', 'postgres'.
            from_date: Return notifications created at or after this time. An RFC 3339 timestamp, not a bare date.
            to_date: Return notifications created at or before this time. An RFC 3339 timestamp, not a bare date.
        """
        return self._pager(69, (self._org(organization_id),), {'limit': limit, 'severity': severity, 'type': type, 'resource_id': resource_id, 'resource_type': resource_type, 'from_date': from_date, 'to_date': to_date}, 'cursor', 'notifications.list')

    def list_types(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[NotificationType]:
        """List notification types

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns every notification type the organization is entitled to, each flagged with whether the caller may use it. Types the organization is not entitled to are omitted; types the caller lacks permission to use are returned with `isAvailable` set to false. Every type supports the `ui`, `email` and `slack` channels, so channels are a property of the API rather than of a type. The effective delivery default is a function of type, role and channel, so no per-type default is reported here.

        `GET /v1/organizations/{organizationId}/notificationTypes` (notificationTypesGetList)

        Permissions: `control-plane:organization:view`.
        """
        return self._call(70, (self._org(organization_id),))


class OrganizationsResource(Resource):
    """`client.organizations`: User management operations."""

    __slots__ = ()

    def whoami(
        self,
    ) -> Union[WhoamiUser, WhoamiApiKey, dict[str, Any]]:
        """Resolve the caller identity

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the identity of the authenticated caller. For a user (JWT or clickhousectl token) the result carries the user fields; for an organization API key it carries the key fields instead. Use `actorType` to tell the two apart.

        `GET /v1/whoami` (whoamiGet)

        Permissions: none beyond a valid key.
        """
        return self._call(0, ())

    def list(
        self,
        *,
        limit: Optional[int] = None,
    ) -> Pager[Organization]:
        """Get list of available organizations

        Returns the organizations available to the caller, oldest first. An API key resolves to the single organization it belongs to; a user token returns every organization the user is a member of. Results are capped at `limit` (default 250) per page; the server may return fewer and caps the value at its own maximum. Every response carries `limit` and `nextCursor`; pass `nextCursor` as the `cursor` query parameter to fetch the next page, repeating until it is null.

        `GET /v1/organizations` (organizationGetList)

        Permissions: none beyond a valid key.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            limit: Maximum number of results to return.
        """
        return self._pager(1, (), {'limit': limit}, 'cursor', 'organizations.list')

    def get(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> Organization:
        """Get organization details

        Returns details of a single organization. In order to get the details, the auth key must belong to the organization.

        `GET /v1/organizations/{organizationId}` (organizationGet)

        Permissions: `control-plane:organization:view`.
        """
        return self._call(2, (self._org(organization_id),))

    def update(
        self,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        private_endpoints: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        enable_core_dumps: Union[bool, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Organization:
        """Update organization details

        Updates organization fields. Requires ADMIN auth key role.

        `PATCH /v1/organizations/{organizationId}` (organizationUpdate)

        Permissions: `control-plane:organization:manage`.

        Args:
            name: Name of the organization.
            enable_core_dumps: Whether crash reports (core dumps) collection is enabled for services in the organization. When disabled at the organization level, individual services cannot enable crash reports.
        """
        return self._call(3, (self._org(organization_id),), None, body_of({'name': name, 'private_endpoints': private_endpoints, 'enable_core_dumps': enable_core_dumps}))

    def list_private_endpoint_configs(
        self,
        *,
        cloud_provider: str,
        region_id: str,
        organization_id: Optional[Id] = None,
    ) -> OrganizationCloudRegionPrivateEndpointConfig:
        """Get private endpoint configuration for region within cloud provider for an organization

        Deprecated. Please follow [documentation](https://clickhouse.com/docs/manage/security/aws-privatelink#add-endpoint-id-to-services-allow-list) for the updated process.

        `GET /v1/organizations/{organizationId}/privateEndpointConfig` (organizationPrivateEndpointConfigGetList)

        Permissions: `control-plane:organization:view`.

        Deprecated: the API marks this operation deprecated (calling it warns).

        Args:
            cloud_provider: Cloud provider identifier. One of aws, gcp, or azure.
            region_id: Region identifier within specific cloud providers.
        """
        warn_deprecated('organizations.list_private_endpoint_configs')
        return self._call(138, (self._org(organization_id),), {'cloud_provider': cloud_provider, 'region_id': region_id})


class PostgresResource(Resource):
    """`client.postgres`: Postgres operations."""

    __slots__ = ()

    @property
    def backups(self) -> PostgresBackupsResource:
        return PostgresBackupsResource(self._client)

    @property
    def logs(self) -> PostgresLogsResource:
        return PostgresLogsResource(self._client)

    @property
    def slow_query_patterns(self) -> PostgresSlowQueryPatternsResource:
        return PostgresSlowQueryPatternsResource(self._client)

    def create(
        self,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        provider: Union[str, NotGiven] = NOT_GIVEN,
        region: Union[str, NotGiven] = NOT_GIVEN,
        postgres_version: Union[str, NotGiven] = NOT_GIVEN,
        size: Union[str, NotGiven] = NOT_GIVEN,
        ha_type: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[Union[ResourceTagsV1, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        ip_access_list: Union[Sequence[Union[PostgresIpAccessListEntry, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Create new Postgres service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Creates a new Postgres service in the organization and returns it. The service is started asynchronously.

        `POST /v1/organizations/{organizationId}/postgres` (postgresServiceCreate)

        Permissions: `control-plane:organization:create-service`.

        Args:
            ip_access_list: IPv4 TCP access rules to apply when creating the service. Omit to allow all IPv4 and IPv6 addresses on Postgres (5432) and PgBouncer (6432). Provide an empty list to block public access. When provided, only these rules are allowed; include separate rules for each required port.
        """
        return self._call(118, (self._org(organization_id),), None, body_of({'name': name, 'provider': provider, 'region': region, 'postgres_version': postgres_version, 'size': size, 'ha_type': ha_type, 'tags': tags, 'ip_access_list': ip_access_list, 'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config}))

    def list(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[PostgresServiceListItem]:
        """List of organization Postgres services

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns a list of all Postgres services in the organization.

        `GET /v1/organizations/{organizationId}/postgres` (postgresServiceGetList)

        Permissions: `control-plane:postgres-service:view`.
        """
        return self._call(119, (self._org(organization_id),))

    def get(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Get PostgreSQL service details

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns a Postgres service that belongs to the organization

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}` (postgresServiceGet)

        Permissions: `control-plane:postgres-service:view`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(121, (self._org(organization_id), postgres_id))

    def delete(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete a PostgreSQL service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Deletes a Postgres service that belongs to the organization

        `DELETE /v1/organizations/{organizationId}/postgres/{postgresId}` (postgresServiceDelete)

        Permissions: `control-plane:postgres-service:manage`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(122, (self._org(organization_id), postgres_id))

    def update(
        self,
        postgres_id: Id,
        *,
        ip_access_list: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        name: Union[str, NotGiven] = NOT_GIVEN,
        size: Union[str, NotGiven] = NOT_GIVEN,
        ha_type: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[Union[ResourceTagsV1, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Update a PostgreSQL service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Update a Postgres service that belongs to the organization. **WARNING:** Changing the name also updates the host name and certificates for the service.

        `PATCH /v1/organizations/{organizationId}/postgres/{postgresId}` (postgresServicePatch)

        Permissions: `control-plane:postgres-service:manage`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(123, (self._org(organization_id), postgres_id), None, body_of({'ip_access_list': ip_access_list, 'name': name, 'size': size, 'ha_type': ha_type, 'tags': tags}))

    def get_ca_certificates(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> str:
        """Get Postgres CA certs

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Download CA certificates for a PostgreSQL service

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/caCertificates` (postgresServiceCertsGet)

        Permissions: `control-plane:postgres-service:view`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(124, (self._org(organization_id), postgres_id))

    def restore(
        self,
        postgres_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        restore_target: Union[DateTimeLike, NotGiven] = NOT_GIVEN,
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[Union[ResourceTagsV1, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Restore a Postgres service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Restore a Postgres database from continuous backup, optionally at a specific point in time.

        `POST /v1/organizations/{organizationId}/postgres/{postgresId}/restoredService` (postgresInstanceRestore)

        Permissions: `control-plane:postgres-service:manage`, `control-plane:organization:create-service`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(125, (self._org(organization_id), postgres_id), None, body_of({'name': name, 'restore_target': restore_target, 'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config, 'tags': tags}))

    def reset_password(
        self,
        postgres_id: Id,
        *,
        password: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresServicePasswordResource:
        """Update Postgres superuser password

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Sets a new password for a Postgres service's superuser account.

        `PATCH /v1/organizations/{organizationId}/postgres/{postgresId}/password` (postgresServiceSetPassword)

        Permissions: `control-plane:postgres-service:manage`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(126, (self._org(organization_id), postgres_id), None, body_of({'password': password}))

    def update_state(
        self,
        postgres_id: Id,
        *,
        command: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Update Postgres service state

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Initiate a process for a Postgres service:
        * restart: Initiates a service restart
        * promote: Promotes a read replica to primary
        * switchover: Switch a primary over to a standby

        `PATCH /v1/organizations/{organizationId}/postgres/{postgresId}/state` (postgresServicePatchState)

        Permissions: `control-plane:postgres-service:manage`.

        Args:
            postgres_id: ID of the requested Postgres service.
            command: Postgres status, which initiates a process.
        """
        return self._call(127, (self._org(organization_id), postgres_id), None, body_of({'command': command}))

    def create_read_replica(
        self,
        postgres_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[Union[ResourceTagsV1, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Create a read replica for a Postgres service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Initiate the process to create a new read replica for a Postgres service.

        `POST /v1/organizations/{organizationId}/postgres/{postgresId}/readReplica` (postgresInstanceCreateReadReplica)

        Permissions: `control-plane:postgres-service:manage`, `control-plane:organization:create-service`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(128, (self._org(organization_id), postgres_id), None, body_of({'name': name, 'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config, 'tags': tags}))

    def get_config(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> PostgresInstanceConfig:
        """Get PostgreSQL service configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns the configuration data for a Postgres service and its PgBouncer service.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/config` (postgresInstanceConfigGet)

        Permissions: `control-plane:postgres-service:view`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(129, (self._org(organization_id), postgres_id))

    def set_config(
        self,
        postgres_id: Id,
        *,
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresInstanceUpdateConfigResponse:
        """Replace Postgres service configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Replace the existing Postgres service and pgBouncer configuration.

        `POST /v1/organizations/{organizationId}/postgres/{postgresId}/config` (postgresInstanceConfigPost)

        Permissions: `control-plane:postgres-service:manage`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(130, (self._org(organization_id), postgres_id), None, body_of({'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config}))

    def update_config(
        self,
        postgres_id: Id,
        *,
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresInstanceUpdateConfigResponse:
        """Update Postgres service configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Update the existing Postgres service and pgBouncer configuration.

        `PATCH /v1/organizations/{organizationId}/postgres/{postgresId}/config` (postgresInstanceConfigPatch)

        Permissions: `control-plane:postgres-service:manage`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(131, (self._org(organization_id), postgres_id), None, body_of({'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config}))

    def get_metrics(
        self,
        postgres_id: Id,
        *,
        from_date: DateTimeLike,
        to_date: DateTimeLike,
        bucket_size_seconds: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> PostgresMetrics:
        """Get Postgres time-series metrics

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns bucketed time-series metrics for a PostgreSQL service over the requested window (CPU, memory, disk, network, connections, cache hit ratio, throughput, transactions, wait events, lock waits, and more). Use this to chart or analyze how a service behaved over time.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/metrics` (postgresInstanceMetricsGet)

        Permissions: `control-plane:postgres-service:view`.

        Args:
            postgres_id: ID of the Postgres service.
            from_date: Inclusive start of the time window (RFC 3339 date-time).
            to_date: Exclusive end of the time window (RFC 3339 date-time).
            bucket_size_seconds: Time-series bucket size in seconds. When omitted, a bucket size is derived from the requested window. Requests are capped at 250 data points.
        """
        return self._call(133, (self._org(organization_id), postgres_id), {'from_date': from_date, 'to_date': to_date, 'bucket_size_seconds': bucket_size_seconds})


class PrometheusResource(Resource):
    """`client.prometheus`: Prometheus operations."""

    __slots__ = ()

    def get_organization_metrics(
        self,
        *,
        filtered_metrics: Optional[str] = None,
        organization_id: Optional[Id] = None,
    ) -> str:
        """Get organization metrics

        **Deprecated.** This endpoint is disabled on 1 January 2027. It is already disabled for new organizations.

        Migrate before then to the service discovery endpoint, `GET /v1/organizations/{organizationId}/prometheus/discovery`. It returns one scrape target per service in the [`http_sd`](https://prometheus.io/docs/prometheus/latest/http_sd/) format, and Prometheus picks up new and deleted services automatically. The [Prometheus integration guide](https://clickhouse.com/docs/integrations/prometheus) has a `prometheus.yml` example.

        If you need this endpoint after 1 January 2027, contact ClickHouse support to have it enabled for your organization.

        Returns Prometheus metrics for the services in the organization. Only services the API key is authorized to view are included.

        `GET /v1/organizations/{organizationId}/prometheus` (organizationPrometheusGet)

        Permissions: none beyond a valid key.

        Deprecated: the API marks this operation deprecated (calling it warns).

        Args:
            filtered_metrics: Return a filtered list of Prometheus metrics.
        """
        warn_deprecated('prometheus.get_organization_metrics')
        return self._call(4, (self._org(organization_id),), {'filtered_metrics': filtered_metrics})

    def get_discovery(
        self,
        *,
        filtered_metrics: Optional[str] = None,
        organization_id: Optional[Id] = None,
    ) -> ResultList[PrometheusDiscoveryTargetGroup]:
        """Get Prometheus service discovery targets

        Returns one Prometheus scrape target per service in the organization, in the [HTTP service discovery](https://prometheus.io/docs/prometheus/latest/http_sd/) (`http_sd`) format. Only services the API key is authorized to view are included; services that are being deleted or have been deleted are omitted.

        Point an [`http_sd_configs`](https://prometheus.io/docs/prometheus/latest/configuration/configuration/#http_sd_config) job at this endpoint to discover and scrape all services in the organization automatically. Prometheus refreshes the target list on every discovery poll, so newly created and deleted services are picked up without configuration changes.

        Filter targets in `relabel_configs` by `__meta_clickhouse_region`, `__meta_clickhouse_provider` or `__meta_clickhouse_tag_<key>`. Invalid label name characters in tag keys become `_`. `__meta_clickhouse_tagpresent_<key>` is `true` for every tag, including tags without a value.

        Discovered targets scrape with `filtered_metrics=true` by default; pass `?filtered_metrics=false` to this endpoint to discover unfiltered targets. See the [Prometheus integration guide](https://clickhouse.com/docs/integrations/prometheus) for more on the exported metrics.

        `GET /v1/organizations/{organizationId}/prometheus/discovery` (organizationPrometheusDiscoveryGet)

        Permissions: none beyond a valid key.

        Args:
            filtered_metrics: Whether discovered targets scrape a filtered list of metrics. Sets the filtered_metrics parameter on each discovered target. Defaults to true.
        """
        return self._call(5, (self._org(organization_id),), {'filtered_metrics': filtered_metrics})

    def get_service_metrics(
        self,
        service_id: Id,
        *,
        filtered_metrics: Optional[str] = None,
        organization_id: Optional[Id] = None,
    ) -> str:
        """Get service metrics

        Returns prometheus metrics for a service.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/prometheus` (instancePrometheusGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the requested service.
            filtered_metrics: Return a filtered list of Prometheus metrics.
        """
        return self._call(28, (self._org(organization_id), service_id), {'filtered_metrics': filtered_metrics})

    def get_postgres_organization_metrics(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> str:
        """Get organization PostgreSQL metrics

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns Prometheus metrics for all PostgreSQL services in an organization. Maximum 100 services supported.

        `GET /v1/organizations/{organizationId}/postgres/prometheus` (postgresOrgPrometheusGet)

        Permissions: `control-plane:organization:view`.
        """
        return self._call(120, (self._org(organization_id),))

    def get_postgres_metrics(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> str:
        """Get PostgreSQL service metrics

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns Prometheus metrics for a PostgreSQL service.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/prometheus` (postgresInstancePrometheusGet)

        Permissions: `control-plane:postgres-service:view`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(132, (self._org(organization_id), postgres_id))


class QueryApiEndpointsResource(Resource):
    """`client.query_api_endpoints`: Query API endpoints operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Pager[PublicQueryApiEndpointListItem]:
        """List Query API endpoints

        Returns all active Query API endpoints for the service.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints` (queryApiEndpointList)

        Permissions: `control-plane:service:view-query-api-endpoints`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            service_id: ID of the requested service.
            limit: Maximum number of records to return per page. Defaults to 100. Maximum is 100.
        """
        return self._pager(152, (self._org(organization_id), service_id), {'limit': limit}, 'cursor', 'query_api_endpoints.list')

    def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        sql: Union[str, NotGiven] = NOT_GIVEN,
        database: Union[str, NotGiven] = NOT_GIVEN,
        parameters: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        api_key_ids: Union[Sequence[Id], NotGiven] = NOT_GIVEN,
        roles: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        allowed_origins: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PublicQueryApiEndpoint:
        """Create a Query API endpoint

        Creates a Query API endpoint.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints` (queryApiEndpointCreate)

        Permissions: `control-plane:service:manage-query-api-endpoints`.

        Args:
            service_id: ID of the requested service.
            name: Name of the Query API endpoint.
            sql: SQL executed by the endpoint.
            database: Database used by the Query API endpoint.
            parameters: Default query parameters.
            api_key_ids: API key IDs allowed to call the endpoint.
            roles: Database roles used by the endpoint.
            allowed_origins: Origins allowed by the endpoint CORS policy.
        """
        return self._call(153, (self._org(organization_id), service_id), None, body_of({'name': name, 'sql': sql, 'database': database, 'parameters': parameters, 'api_key_ids': api_key_ids, 'roles': roles, 'allowed_origins': allowed_origins}))

    def delete(
        self,
        service_id: Id,
        endpoint_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete a Query API endpoint

        Deletes a Query API endpoint.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints/{endpointId}` (queryApiEndpointDelete)

        Permissions: `control-plane:service:manage-query-api-endpoints`.

        Args:
            service_id: ID of the requested service.
            endpoint_id: ID of the requested Query API endpoint.
        """
        return self._call(154, (self._org(organization_id), service_id, endpoint_id))

    def get(
        self,
        service_id: Id,
        endpoint_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> PublicQueryApiEndpoint:
        """Get a Query API endpoint

        Returns a Query API endpoint.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints/{endpointId}` (queryApiEndpointGet)

        Permissions: `control-plane:service:view-query-api-endpoints`.

        Args:
            service_id: ID of the requested service.
            endpoint_id: ID of the requested Query API endpoint.
        """
        return self._call(155, (self._org(organization_id), service_id, endpoint_id))

    def update(
        self,
        service_id: Id,
        endpoint_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        sql: Union[str, NotGiven] = NOT_GIVEN,
        database: Union[str, NotGiven] = NOT_GIVEN,
        parameters: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        api_key_ids: Union[Sequence[Id], NotGiven] = NOT_GIVEN,
        roles: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        allowed_origins: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PublicQueryApiEndpoint:
        """Update a Query API endpoint

        Updates a Query API endpoint.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints/{endpointId}` (queryApiEndpointUpdate)

        Permissions: `control-plane:service:manage-query-api-endpoints`.

        Args:
            service_id: ID of the requested service.
            endpoint_id: ID of the requested Query API endpoint.
            name: Name of the Query API endpoint.
            sql: SQL executed by the endpoint.
            database: Database used by the Query API endpoint.
            parameters: Default query parameters.
            api_key_ids: API key IDs allowed to call the endpoint.
            roles: Database roles used by the endpoint.
            allowed_origins: Origins allowed by the endpoint CORS policy.
        """
        return self._call(156, (self._org(organization_id), service_id, endpoint_id), None, body_of({'name': name, 'sql': sql, 'database': database, 'parameters': parameters, 'api_key_ids': api_key_ids, 'roles': roles, 'allowed_origins': allowed_origins}))


class QueryEndpointsResource(Resource):
    """`client.query_endpoints`: Service operations."""

    __slots__ = ()

    def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ServiceQueryAPIEndpoint:
        """Get the service query endpoint for a given instance

        Get the configuration for the service query endpoint that allows executing queries via API.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint` (instanceQueryEndpointGet)

        Permissions: `control-plane:service:view-query-api-endpoints`.

        Args:
            service_id: ID of the requested service.
        """
        return self._call(20, (self._org(organization_id), service_id))

    def delete(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete the service query endpoint for a given instance

        Removes the service query endpoint.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint` (instanceQueryEndpointDelete)

        Permissions: `control-plane:service:manage-query-api-endpoints`.

        Args:
            service_id: ID of the requested service.
        """
        return self._call(21, (self._org(organization_id), service_id))

    def upsert(
        self,
        service_id: Id,
        *,
        roles: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        open_api_keys: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        allowed_origins: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ServiceQueryAPIEndpoint:
        """Upsert the service query endpoint for a given instance

        Create the service query endpoint that allows executing queries via API.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint` (instanceQueryEndpointUpsert)

        Permissions: `control-plane:service:manage-query-api-endpoints`.

        Args:
            service_id: ID of the requested service.
            roles: The roles
            open_api_keys: The version of the service query endpoint
            allowed_origins: The allowed origins as comma separated list of domains
        """
        return self._call(22, (self._org(organization_id), service_id), None, body_of({'roles': roles, 'open_api_keys': open_api_keys, 'allowed_origins': allowed_origins}))


class QuotasResource(Resource):
    """`client.quotas`: Organization operations."""

    __slots__ = ()

    def list(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[OrganizationQuota]:
        """Get organization quotas

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the resource quotas enforced for the organization together with their current usage where available. Quotas that do not apply to the organization are omitted. Quota values reflect the limits currently enforced, so they can be polled to detect changes, for example after a billing status change. The response contains one entry per quota code; quotas enforced per resource may additionally appear under resource-scoped endpoints in the future.

        `GET /v1/organizations/{organizationId}/quotas` (organizationQuotasGetList)

        Permissions: `control-plane:organization:view`.
        """
        return self._call(11, (self._org(organization_id),))

    def get(
        self,
        quota_code: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> OrganizationQuota:
        """Get organization quota details

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns a single organization quota identified by its quota code. Responds with a not found error when the quota code is unknown or the quota does not apply to the organization.

        `GET /v1/organizations/{organizationId}/quotas/{quotaCode}` (organizationQuotaGet)

        Permissions: `control-plane:organization:view`.

        Args:
            quota_code: Code of the requested quota.
        """
        return self._call(12, (self._org(organization_id), quota_code))


class ReplicaAwareRoutingResource(Resource):
    """`client.replica_aware_routing`: Service operations."""

    __slots__ = ()

    def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ReplicaAwareRouting:
        """Get replica aware routing

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns whether replica aware routing (sticky routing) is enabled for HTTP and native connections on the service.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/replicaAwareRouting` (replicaAwareRoutingGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the service.
        """
        return self._call(48, (self._org(organization_id), service_id))

    def update(
        self,
        service_id: Id,
        *,
        http_enabled: Union[bool, NotGiven] = NOT_GIVEN,
        native_enabled: Union[bool, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ReplicaAwareRouting:
        """Update replica aware routing

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Updates replica aware routing (sticky routing) for the service. Requires the organization feature to be enabled. Provide at least one of httpEnabled, nativeEnabled; omit a field to leave it unchanged.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/replicaAwareRouting` (replicaAwareRoutingUpdate)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the service.
            http_enabled: Whether replica aware routing is enabled for HTTP connections. Omit to leave unchanged.
            native_enabled: Whether replica aware routing is enabled for native protocol connections. Omit to leave unchanged.
        """
        return self._call(49, (self._org(organization_id), service_id), None, body_of({'http_enabled': http_enabled, 'native_enabled': native_enabled}))


class RolesResource(Resource):
    """`client.roles`: Role Management operations."""

    __slots__ = ()

    def list(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[RBACRole]:
        """List all available roles for an organization

        Returns all available roles (system + custom) for an organization.

        `GET /v1/organizations/{organizationId}/roles` (organizationRolesGetList)

        Permissions: `control-plane:organization:manage`.
        """
        return self._call(6, (self._org(organization_id),))

    def create(
        self,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        actors: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        policies: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> RBACRole:
        """Create a new role

        Creates a new custom role for an organization with specified policies and actors.

        `POST /v1/organizations/{organizationId}/roles` (organizationRolePost)

        Permissions: `control-plane:organization:manage`.

        Args:
            name: Name of the role
            actors: List of actor resource IDs to assign to this role (e.g., ["user/uuid", "apiKey/uuid"])
            policies: List of policies to create for this role
        """
        return self._call(7, (self._org(organization_id),), None, body_of({'name': name, 'actors': actors, 'policies': policies}))

    def get(
        self,
        role_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> RBACRole:
        """Get role details

        Returns details for a specific role.

        `GET /v1/organizations/{organizationId}/roles/{roleId}` (organizationRoleGet)

        Permissions: `control-plane:organization:manage`.

        Args:
            role_id: ID of the requested role.
        """
        return self._call(8, (self._org(organization_id), role_id))

    def update(
        self,
        role_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        actors: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        policies: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> RBACRole:
        """Update a role

        Updates an existing custom role. System roles cannot be updated. All fields are optional - only provided fields will be updated.

        `PATCH /v1/organizations/{organizationId}/roles/{roleId}` (organizationRolePatch)

        Permissions: `control-plane:organization:manage`.

        Args:
            role_id: ID of the requested role.
            name: New name for the role
            actors: New list of actor resource IDs (replaces existing actors)
            policies: New list of policies (replaces existing policies)
        """
        return self._call(9, (self._org(organization_id), role_id), None, body_of({'name': name, 'actors': actors, 'policies': policies}))

    def delete(
        self,
        role_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete a role

        Deletes an existing custom role. System roles cannot be deleted. This operation will remove the role and all its associated policies.

        `DELETE /v1/organizations/{organizationId}/roles/{roleId}` (organizationRoleDelete)

        Permissions: `control-plane:organization:manage`.

        Args:
            role_id: ID of the requested role.
        """
        return self._call(10, (self._org(organization_id), role_id))


class SavedQueriesResource(Resource):
    """`client.saved_queries`: Saved queries operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Pager[PublicSavedQueryListItem]:
        """List saved queries

        Returns saved queries for the service.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/saved-queries` (savedQueryList)

        Permissions: `control-plane:service:view`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            service_id: ID of the requested service.
            limit: Maximum number of records to return per page. Defaults to 100. Maximum is 100.
        """
        return self._pager(157, (self._org(organization_id), service_id), {'limit': limit}, 'cursor', 'saved_queries.list')

    def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        sql: Union[str, NotGiven] = NOT_GIVEN,
        database: Union[str, NotGiven] = NOT_GIVEN,
        parameters: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PublicSavedQuery:
        """Create a saved query

        Creates a saved query.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/saved-queries` (savedQueryCreate)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the requested service.
            name: Name of the saved query.
            sql: Saved SQL query.
            database: Database used by the saved query.
            parameters: Default query parameters.
        """
        return self._call(158, (self._org(organization_id), service_id), None, body_of({'name': name, 'sql': sql, 'database': database, 'parameters': parameters}))

    def delete(
        self,
        service_id: Id,
        query_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete a saved query

        Deletes a saved query.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/saved-queries/{queryId}` (savedQueryDelete)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the requested service.
            query_id: ID of the requested saved query.
        """
        return self._call(159, (self._org(organization_id), service_id, query_id))

    def get(
        self,
        service_id: Id,
        query_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> PublicSavedQuery:
        """Get a saved query

        Returns a saved query.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/saved-queries/{queryId}` (savedQueryGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the requested service.
            query_id: ID of the requested saved query.
        """
        return self._call(160, (self._org(organization_id), service_id, query_id))

    def update(
        self,
        service_id: Id,
        query_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        sql: Union[str, NotGiven] = NOT_GIVEN,
        database: Union[str, NotGiven] = NOT_GIVEN,
        parameters: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PublicSavedQuery:
        """Update a saved query

        Updates a saved query.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/saved-queries/{queryId}` (savedQueryUpdate)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the requested service.
            query_id: ID of the requested saved query.
            name: Name of the saved query.
            sql: Saved SQL query.
            database: Database used by the saved query.
            parameters: Default query parameters.
        """
        return self._call(161, (self._org(organization_id), service_id, query_id), None, body_of({'name': name, 'sql': sql, 'database': database, 'parameters': parameters}))


class ScalingSchedulesResource(Resource):
    """`client.scaling_schedules`: Service operations."""

    __slots__ = ()

    def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ScalingSchedule:
        """Get service autoscaling schedule

        Returns the autoscaling schedule for a service. Returns 404 if no schedule has been configured or if the schedule was cleared. Requires the scheduled autoscaling feature to be enabled for the organization.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule` (scalingScheduleGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the service.
        """
        return self._call(29, (self._org(organization_id), service_id))

    def upsert(
        self,
        service_id: Id,
        *,
        entries: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ScalingSchedule:
        """Create or replace service autoscaling schedule

        Creates or fully replaces the autoscaling schedule for a service. Pass an empty `entries` array to clear the schedule — a subsequent GET will return 404, and the response will contain an empty `baseConfig` (all fields absent). The base scaling config (applied when no entry is active) is managed separately via the `replicaScaling` endpoint. Requires the scheduled autoscaling feature to be enabled for the organization.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule` (scalingScheduleUpsert)

        Permissions: `control-plane:service:manage-scaling-config`.

        Args:
            service_id: ID of the service.
            entries: List of schedule entries. Pass an empty array to clear the schedule.
        """
        return self._call(30, (self._org(organization_id), service_id), None, body_of({'entries': entries}))

    def delete(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete service scheduled scaling

        Deletes the autoscaling schedule for a service. If a schedule entry is currently active, the base scaling config is restored to the instance before the schedule is removed. Returns 404 if no schedule exists. Requires the scheduled autoscaling feature to be enabled for the organization.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule` (scalingScheduleDelete)

        Permissions: `control-plane:service:manage-scaling-config`.

        Args:
            service_id: ID of the service.
        """
        return self._call(31, (self._org(organization_id), service_id))


class ServiceProfilesResource(Resource):
    """`client.service_profiles`: Service operations."""

    __slots__ = ()

    def list(
        self,
        *,
        region_id: Optional[str] = None,
        byoc_id: Optional[Id] = None,
        organization_id: Optional[Id] = None,
    ) -> ResultList[ServiceProfile]:
        """List available service profiles

        Returns the custom instance profiles the organization can use in a region. Pass byoc_id to list the profiles configured for a BYOC infrastructure; the region is then taken from the infrastructure and region_id may be omitted. The list is empty when the organization tier does not include custom hardware profiles.

        `GET /v1/organizations/{organizationId}/serviceProfiles` (serviceProfilesList)

        Permissions: `control-plane:organization:view`.

        Args:
            region_id: Region to list profiles for, e.g. us-east-1. Required unless byoc_id is set; when both are set it must match the BYOC infrastructure's region.
            byoc_id: ID of the BYOC infrastructure to list profiles for. BYOC profiles are only returned when this is set.
        """
        return self._call(13, (self._org(organization_id),), {'region_id': region_id, 'byoc_id': byoc_id})


class ServicesResource(Resource):
    """`client.services`: Service operations."""

    __slots__ = ()

    def list(
        self,
        *,
        filter: Optional[Union[str, Sequence[str]]] = None,
        organization_id: Optional[Id] = None,
    ) -> ResultList[Service]:
        """List of organization services

        Returns a list of all services in the organization.

        `GET /v1/organizations/{organizationId}/services` (instanceGetList)

        Permissions: none beyond a valid key.

        Args:
            filter: Filter criteria to apply when retrieving the resource. Currently, only filtering by resource tags is supported.
        """
        return self._call(14, (self._org(organization_id),), {'filter': filter})

    def create(
        self,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        provider: Union[str, NotGiven] = NOT_GIVEN,
        region: Union[str, NotGiven] = NOT_GIVEN,
        tier: Union[str, NotGiven] = NOT_GIVEN,
        ip_access_list: Union[Sequence[Union[IpAccessListEntry, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        min_total_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        max_total_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        autoscaling_mode: Union[str, NotGiven] = NOT_GIVEN,
        min_replica_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        max_replica_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        num_replicas: Union[int, NotGiven] = NOT_GIVEN,
        min_replicas: Union[int, NotGiven] = NOT_GIVEN,
        max_replicas: Union[int, NotGiven] = NOT_GIVEN,
        idle_scaling: Union[bool, NotGiven] = NOT_GIVEN,
        idle_timeout_minutes: Union[float, NotGiven] = NOT_GIVEN,
        is_readonly: Union[bool, NotGiven] = NOT_GIVEN,
        data_warehouse_id: Union[str, NotGiven] = NOT_GIVEN,
        backup_id: Union[Id, NotGiven] = NOT_GIVEN,
        backup_encryption_config: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        private_endpoint_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        private_preview_terms_checked: Union[bool, NotGiven] = NOT_GIVEN,
        release_channel: Union[str, NotGiven] = NOT_GIVEN,
        byoc_id: Union[str, NotGiven] = NOT_GIVEN,
        has_transparent_data_encryption: Union[bool, NotGiven] = NOT_GIVEN,
        endpoints: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        profile: Union[str, NotGiven] = NOT_GIVEN,
        compliance_type: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[Union[ResourceTagsV1, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        enable_core_dumps: Union[bool, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> RestoredService:
        """Create new service

        Creates a new service in the organization, and returns the current service state and a password to access the service. The service is started asynchronously.

        `POST /v1/organizations/{organizationId}/services` (instanceCreate)

        Permissions: `control-plane:organization:create-service`, `control-plane:service:manage`.

        Args:
            name: Name of the service. Alphanumerical string with whitespaces up to 50 characters.
            provider: Cloud provider
            region: Service region.
            tier: DEPRECATED for BASIC, SCALE and ENTERPRISE organization tiers. Use `minReplicaMemoryGb`, `maxReplicaMemoryGb`, and `numReplicas` instead. Tier of the service: 'development', 'production'. Production services scale, Development are fixed size. Azure services don't support Development tier
            ip_access_list: List of IP addresses allowed to access the service
            min_total_memory_gb: DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `minReplicaMemoryGb` instead. Minimum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and greater than or equal to 24. Always absent for horizontal-autoscaling services (replica count is variable).
            max_total_memory_gb: DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `maxReplicaMemoryGb` instead. Maximum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and lower than or equal to 360 for non paid services or 1068 for paid services. Always absent for horizontal-autoscaling services (replica count is variable).
            autoscaling_mode: Autoscaling mode. "vertical" (the default when omitted) runs a fixed replica count while memory scales between minReplicaMemoryGb and maxReplicaMemoryGb; "horizontal" scales the replica count between minReplicas and maxReplicas at a fixed per-replica memory (minReplicaMemoryGb equal to maxReplicaMemoryGb). Horizontal requires the feature to be enabled for the organization.
            min_replica_memory_gb: Minimum total memory of each replica during auto-scaling in Gb. A range in vertical autoscaling; equal to maxReplicaMemoryGb in horizontal (memory is fixed while the replica count scales). Must be a multiple of 4 and greater than or equal to 8.
            max_replica_memory_gb: Maximum total memory of each replica during auto-scaling in Gb. A range in vertical autoscaling; equal to minReplicaMemoryGb in horizontal (memory is fixed while the replica count scales). Must be a multiple of 4 and lower than or equal to 120* for non paid services or 356* for paid services.* - maximum replica size subject to cloud provider hardware availability in your selected region.
            num_replicas: Fixed replica count for vertical autoscaling (autoscalingMode "vertical" or omitted). Mutually exclusive with minReplicas/maxReplicas.
            min_replicas: Minimum number of replicas. A minReplicas/maxReplicas band scales the replica count in horizontal autoscaling (autoscalingMode "horizontal"). Must be provided together with maxReplicas. Mutually exclusive with numReplicas. Requires horizontal autoscaling to be enabled for the organization, unless autoscalingMode is omitted or "vertical" and minReplicas equals maxReplicas (an equal band is then an accepted vertical fixed count and needs no horizontal entitlement).
            max_replicas: Maximum number of replicas. A minReplicas/maxReplicas band scales the replica count in horizontal autoscaling (autoscalingMode "horizontal"). Must be provided together with minReplicas. Mutually exclusive with numReplicas. Requires horizontal autoscaling to be enabled for the organization, unless autoscalingMode is omitted or "vertical" and minReplicas equals maxReplicas (an equal band is then an accepted vertical fixed count and needs no horizontal entitlement).
            idle_scaling: When set to true the service is allowed to scale down to zero when idle. True by default.
            idle_timeout_minutes: Set minimum idling timeout (in minutes). Must be >= 5 minutes.
            is_readonly: True if this service is read-only. It can only be read-only if a dataWarehouseId is provided.
            data_warehouse_id: Data warehouse containing this service
            backup_id: Optional backup ID used as an initial state for the new service. When used the region and the tier of the new instance must be the same as the values of the original instance. If the backup is stored in your organization's own bucket, `backupEncryptionConfig` is required; it must be omitted otherwise.
            private_endpoint_ids: DEPRECATED. To associate the service with private endpoints, first create the service, then use the `Update Service Basic Details` endpoint with the `privateEndpointIds` field to modify private endpoints.
            private_preview_terms_checked: Accept the private preview terms and conditions. It is only needed when creating the first service in the organization in case of a private preview
            release_channel: Select fast if you want to get new ClickHouse releases as soon as they are available. You'll get new features faster, but with a higher risk of bugs. Select slow if you would like to defer releases to give yourself more time to test. This feature is only available for production services. default is the regular release channel.
            byoc_id: This is the ID returned after setting up a region for Bring Your Own Cloud (BYOC). When the byocId parameter is specified, the minReplicaMemoryGb and the maxReplicaGb parameters are required too, with values included among the following sizes: 48, 116, 172, 232.
            has_transparent_data_encryption: True if the service should have the Transparent Data Encryption (TDE) enabled. TDE is only available for ENTERPRISE organizations tiers and can only be enabled at service creation.
            endpoints: List of service endpoints to enable or disable
            profile: Custom instance profile. Only available for ENTERPRISE and BYOC organization tiers. Standard values: 'v1-default', 'v1-highmem-xs', 'v1-highmem-s', 'v1-highmem-m', 'v1-highmem-l', 'v1-highmem-xl'. BYOC services may instead use a dynamic BYOC profile configured for their infrastructure (e.g. 'v1-standard-byoc-4'); it requires byocId, and minReplicaMemoryGb and maxReplicaMemoryGb must both equal the profile's memory size. Use the serviceProfiles endpoint to list the profiles available to the organization.
            compliance_type: Type of regulatory compliance for service.
            tags: Tags associated with the service.
            enable_core_dumps: Enables the underlying infra for collecting core dumps. Default is enabled.
        """
        return self._call(15, (self._org(organization_id),), None, body_of({'name': name, 'provider': provider, 'region': region, 'tier': tier, 'ip_access_list': ip_access_list, 'min_total_memory_gb': min_total_memory_gb, 'max_total_memory_gb': max_total_memory_gb, 'autoscaling_mode': autoscaling_mode, 'min_replica_memory_gb': min_replica_memory_gb, 'max_replica_memory_gb': max_replica_memory_gb, 'num_replicas': num_replicas, 'min_replicas': min_replicas, 'max_replicas': max_replicas, 'idle_scaling': idle_scaling, 'idle_timeout_minutes': idle_timeout_minutes, 'is_readonly': is_readonly, 'data_warehouse_id': data_warehouse_id, 'backup_id': backup_id, 'backup_encryption_config': backup_encryption_config, 'private_endpoint_ids': private_endpoint_ids, 'private_preview_terms_checked': private_preview_terms_checked, 'release_channel': release_channel, 'byoc_id': byoc_id, 'has_transparent_data_encryption': has_transparent_data_encryption, 'endpoints': endpoints, 'profile': profile, 'compliance_type': compliance_type, 'tags': tags, 'enable_core_dumps': enable_core_dumps}))

    def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> Service:
        """Get service details

        Returns a service that belongs to the organization

        `GET /v1/organizations/{organizationId}/services/{serviceId}` (instanceGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the requested service.
        """
        return self._call(16, (self._org(organization_id), service_id))

    def update(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        ip_access_list: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        private_endpoint_ids: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        release_channel: Union[str, NotGiven] = NOT_GIVEN,
        endpoints: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        transparent_data_encryption_key_id: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        enable_core_dumps: Union[bool, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Service:
        """Update service basic details

        Updates basic service details like service name or IP access list.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}` (instanceUpdate)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the service to update.
            name: Name of the service. Alphanumerical string with whitespaces up to 50 characters.
            release_channel: Select fast if you want to get new ClickHouse releases as soon as they are available. You'll get new features faster, but with a higher risk of bugs. Select slow if you would like to defer releases to give yourself more time to test. This feature is only available for production services. default is the regular release channel. All services in a warehouse share one release channel, so changing it on one service changes it for all of them. Changing it through a secondary service also requires the `control-plane:service:manage` permission on the warehouse's primary service.
            endpoints: List of service endpoints to change
            transparent_data_encryption_key_id: The id of the key to rotate
            enable_core_dumps: If true, the underlying infra is enabled for collecting core dumps.
        """
        return self._call(17, (self._org(organization_id), service_id), None, body_of({'name': name, 'ip_access_list': ip_access_list, 'private_endpoint_ids': private_endpoint_ids, 'release_channel': release_channel, 'endpoints': endpoints, 'transparent_data_encryption_key_id': transparent_data_encryption_key_id, 'tags': tags, 'enable_core_dumps': enable_core_dumps}))

    def delete(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete service

        Deletes the service. The service must be in stopped state and is deleted asynchronously after this method call.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}` (instanceDelete)

        Permissions: `control-plane:service:delete`.

        Args:
            service_id: ID of the service to delete.
        """
        return self._call(18, (self._org(organization_id), service_id))

    def get_private_endpoint_config(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> PrivateEndpointConfig:
        """Get private endpoint configuration

        Information required to set up a private endpoint

        `GET /v1/organizations/{organizationId}/services/{serviceId}/privateEndpointConfig` (instancePrivateEndpointConfigGet)

        Permissions: `control-plane:service:view-private-endpoints`.

        Args:
            service_id: ID of the requested service.
        """
        return self._call(19, (self._org(organization_id), service_id))

    def update_state(
        self,
        service_id: Id,
        *,
        command: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Service:
        """Update service state

        Starts, stops, or wakes a service. The `start` and `stop` commands require the `control-plane:service:manage` permission on the service. The `awake` command requires only `control-plane:service:view` and applies to an idle service; it does not start a stopped service.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/state` (instanceStateUpdate)

        Permissions: none beyond a valid key.

        Args:
            service_id: ID of the service to update state.
            command: Command to change the state: 'start', 'stop', 'awake'.
        """
        return self._call(23, (self._org(organization_id), service_id), None, body_of({'command': command}))

    def update_scaling(
        self,
        service_id: Id,
        *,
        min_total_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        max_total_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        num_replicas: Union[int, NotGiven] = NOT_GIVEN,
        idle_scaling: Union[bool, NotGiven] = NOT_GIVEN,
        idle_timeout_minutes: Union[float, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Service:
        """Update service auto scaling settings

        Updates minimum and maximum total memory limits and idle mode scaling behavior for the service. The memory settings are available only for "production" services and must be a multiple of 12 starting from 24GB. Please contact support to enable adjustment of numReplicas.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/scaling` (instanceScalingUpdate)

        Permissions: `control-plane:service:manage-scaling-config`.

        Deprecated: the API marks this operation deprecated (calling it warns).

        Args:
            service_id: ID of the service to update scaling parameters.
            min_total_memory_gb: DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `minReplicaMemoryGb` instead. Minimum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and greater than or equal to 24. Always absent for horizontal-autoscaling services (replica count is variable).
            max_total_memory_gb: DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `maxReplicaMemoryGb` instead. Maximum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and lower than or equal to 360 for non paid services or 1068 for paid services. Always absent for horizontal-autoscaling services (replica count is variable).
            num_replicas: Number of replicas for the service. The number of replicas must be between 2 and 50 for the first service in a warehouse. Services that are created in an existing warehouse can have a number of replicas as low as 1. Further restrictions may apply based on your organization's tier and its per-warehouse replica limit. It defaults to 1 for the BASIC tier and 3 for the SCALE and ENTERPRISE tiers.
            idle_scaling: When set to true the service is allowed to scale down to zero when idle. True by default.
            idle_timeout_minutes: Set minimum idling timeout (in minutes). Must be >= 5 minutes.
        """
        warn_deprecated('services.update_scaling')
        return self._call(24, (self._org(organization_id), service_id), None, body_of({'min_total_memory_gb': min_total_memory_gb, 'max_total_memory_gb': max_total_memory_gb, 'num_replicas': num_replicas, 'idle_scaling': idle_scaling, 'idle_timeout_minutes': idle_timeout_minutes}))

    def update_replica_scaling(
        self,
        service_id: Id,
        *,
        min_replica_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        max_replica_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        autoscaling_mode: Union[str, NotGiven] = NOT_GIVEN,
        num_replicas: Union[int, NotGiven] = NOT_GIVEN,
        min_replicas: Union[int, NotGiven] = NOT_GIVEN,
        max_replicas: Union[int, NotGiven] = NOT_GIVEN,
        idle_scaling: Union[bool, NotGiven] = NOT_GIVEN,
        idle_timeout_minutes: Union[float, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ServiceScalingPatchResponse:
        """Update service auto scaling settings

        Updates minimum and maximum memory limits per replica and idle mode scaling behavior for the service. Supports both vertical autoscaling (fixed replica count, variable memory) and horizontal autoscaling (variable replica count, fixed memory). The memory settings are available only for "production" services and must be a multiple of 4 starting from 8GB. For vertical autoscaling, please contact support to enable adjustment of numReplicas. For horizontal autoscaling (autoscalingMode "horizontal" with minReplicas/maxReplicas), contact support to enable the feature for your organization.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/replicaScaling` (instanceReplicaScalingUpdate)

        Permissions: `control-plane:service:manage-scaling-config`.

        Args:
            service_id: ID of the service to update scaling parameters.
            min_replica_memory_gb: Minimum auto-scaling memory in Gb for a single replica. Available only for 'production' services. Must be a multiple of 4 and greater than or equal to 8. A range in vertical autoscaling; equal to maxReplicaMemoryGb in horizontal.
            max_replica_memory_gb: Maximum auto-scaling memory in Gb for a single replica. Available only for 'production' services. Must be a multiple of 4 and lower than or equal to 120 for non paid services or 356 for paid services. A range in vertical autoscaling; equal to minReplicaMemoryGb in horizontal.
            autoscaling_mode: Target autoscaling mode. Omit to keep the service on its current mode. "vertical" runs a fixed replica count while memory scales between minReplicaMemoryGb and maxReplicaMemoryGb; "horizontal" scales the replica count between minReplicas and maxReplicas at a fixed per-replica memory (minReplicaMemoryGb equal to maxReplicaMemoryGb). Switching to horizontal requires the feature to be enabled for the organization.
            num_replicas: Fixed replica count for vertical autoscaling (autoscalingMode "vertical"). Mutually exclusive with minReplicas/maxReplicas. When switching to vertical (autoscalingMode "vertical") with numReplicas and no memory, the service's stored baseline per-replica memory is kept as the new vertical range. Please contact support to enable adjustment of numReplicas.
            min_replicas: Minimum number of replicas. A minReplicas/maxReplicas band scales the replica count in horizontal autoscaling (autoscalingMode "horizontal"). Must be provided together with maxReplicas. Mutually exclusive with numReplicas. Requires horizontal autoscaling to be enabled for the service, unless autoscalingMode is omitted or "vertical" and minReplicas equals maxReplicas (an equal band is then an accepted vertical fixed count and needs no horizontal entitlement).
            max_replicas: Maximum number of replicas. A minReplicas/maxReplicas band scales the replica count in horizontal autoscaling (autoscalingMode "horizontal"). Must be provided together with minReplicas. Mutually exclusive with numReplicas. Requires horizontal autoscaling to be enabled for the service, unless autoscalingMode is omitted or "vertical" and minReplicas equals maxReplicas (an equal band is then an accepted vertical fixed count and needs no horizontal entitlement).
            idle_scaling: When set to true the service is allowed to scale down to zero when idle. True by default.
            idle_timeout_minutes: Set minimum idling timeout (in minutes). Must be >= 5 minutes.
        """
        return self._call(25, (self._org(organization_id), service_id), None, body_of({'min_replica_memory_gb': min_replica_memory_gb, 'max_replica_memory_gb': max_replica_memory_gb, 'autoscaling_mode': autoscaling_mode, 'num_replicas': num_replicas, 'min_replicas': min_replicas, 'max_replicas': max_replicas, 'idle_scaling': idle_scaling, 'idle_timeout_minutes': idle_timeout_minutes}))

    def reset_password(
        self,
        service_id: Id,
        *,
        new_password_hash: Union[str, NotGiven] = NOT_GIVEN,
        new_double_sha1_hash: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ServicePasswordPatchResponse:
        """Update service password

        Sets a new password for the service

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/password` (instancePasswordUpdate)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the service to update password.
            new_password_hash: Optional password hash. Used to avoid password transmission over network. If not provided a new password is generated and is provided in the response. Otherwise this hash is used. Algorithm: echo -n "yourpassword" | sha256sum | tr -d '-' | xxd -r -p | base64
            new_double_sha1_hash: Optional double SHA1 password hash for MySQL protocol. If newPasswordHash is not provided this key will be ignored and the generated password will be used. Algorithm: echo -n "yourpassword" | sha1sum | tr -d '-' | xxd -r -p | sha1sum | tr -d '-'
        """
        return self._call(26, (self._org(organization_id), service_id), None, body_of({'new_password_hash': new_password_hash, 'new_double_sha1_hash': new_double_sha1_hash}))

    def create_private_endpoint(
        self,
        service_id: Id,
        *,
        id: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> InstancePrivateEndpoint:
        """Create a private endpoint

        Create a new private endpoint. The private endpoint will be associated with this service and organization

        `POST /v1/organizations/{organizationId}/services/{serviceId}/privateEndpoint` (instancePrivateEndpointCreate)

        Permissions: `control-plane:service:manage-private-endpoints`.

        Args:
            service_id: ID of the requested service.
            id: Private endpoint identifier
            description: Description of private endpoint
        """
        return self._call(27, (self._org(organization_id), service_id), None, body_of({'id': id, 'description': description}))


class SnapshotConfigurationResource(Resource):
    """`client.snapshot_configuration`: Snapshot operations."""

    __slots__ = ()

    def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> SnapshotConfiguration:
        """Get service snapshot configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns the service snapshot configuration.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/snapshotConfiguration` (snapshotConfigurationGet)

        Permissions: `control-plane:service:view-snapshots`.

        Args:
            service_id: ID of the service.
        """
        return self._call(46, (self._org(organization_id), service_id))

    def update(
        self,
        service_id: Id,
        *,
        enabled: Union[bool, NotGiven] = NOT_GIVEN,
        gap: Union[float, NotGiven] = NOT_GIVEN,
        time_frame: Union[float, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> SnapshotConfiguration:
        """Update service snapshot configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Updates the service snapshot configuration. Requires ADMIN auth key role. Enables or disables scheduled snapshots and sets the cadence; when enabled, gap and timeFrame (in minutes) must together be one of the supported (gap, timeFrame) pairs: (30, 1440), (60, 2880). Provide at least one of enabled, gap, timeFrame; omit a field to leave it unchanged (null is not accepted). Enabling snapshots or changing the cadence requires an eligible organization (see the organization's capabilities.snapshots).

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/snapshotConfiguration` (snapshotConfigurationUpdate)

        Permissions: `control-plane:service:manage-snapshots`.

        Args:
            service_id: ID of the service.
            enabled: Whether scheduled snapshots are enabled for the service.
            gap: Interval between snapshots, in minutes. Set together with timeFrame; only supported preset pairs are accepted.
            time_frame: Retention window the snapshots cover, in minutes. Set together with gap; only supported preset pairs are accepted.
        """
        return self._call(47, (self._org(organization_id), service_id), None, body_of({'enabled': enabled, 'gap': gap, 'time_frame': time_frame}))


class SnapshotsResource(Resource):
    """`client.snapshots`: Snapshot operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Pager[Snapshot]:
        """List of service snapshots

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns a list of snapshots for the service, most recent first. Results are capped at `limit` (default 250) per page; the server may return fewer and caps the value at its own maximum. Every response carries `limit`, `totalCount` and `nextCursor`; pass `nextCursor` as the `cursor` query parameter to fetch the next page, repeating until it is null.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/snapshots` (snapshotGetList)

        Permissions: `control-plane:service:view-snapshots`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            service_id: ID of the service the snapshot was created from.
            limit: Maximum number of results to return.
        """
        return self._pager(42, (self._org(organization_id), service_id), {'limit': limit}, 'cursor', 'snapshots.list')

    def get(
        self,
        service_id: Id,
        snapshot_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> Snapshot:
        """Get snapshot details

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns a single snapshot info.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/snapshots/{snapshotId}` (snapshotGet)

        Permissions: `control-plane:service:view-snapshots`.

        Args:
            service_id: ID of the service the snapshot was created from.
            snapshot_id: ID of the requested snapshot.
        """
        return self._call(43, (self._org(organization_id), service_id, snapshot_id))


class UdfsResource(Resource):
    """`client.udfs`: UDF operations."""

    __slots__ = ()

    @property
    def attachments(self) -> UdfsAttachmentsResource:
        return UdfsAttachmentsResource(self._client)

    @property
    def versions(self) -> UdfsVersionsResource:
        return UdfsVersionsResource(self._client)

    def create_upload_session(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> UdfUploadSession:
        """Create UDF upload URL

        Creates an org-scoped presigned application/zip upload URL. Callers must use an upload ID for only one create or version attempt and request a new upload URL when retrying.

        `POST /v1/organizations/{organizationId}/udfUploads/url` (udfUploadSessionCreate)

        Permissions: `control-plane:organization:manage`.
        """
        return self._call(162, (self._org(organization_id),))

    def list(
        self,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Pager[Udf]:
        """List UDFs

        Returns the latest version of each UDF in the organization.

        `GET /v1/organizations/{organizationId}/udfs` (udfList)

        Permissions: `control-plane:organization:view`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            limit: Maximum number of records to return per page. Defaults to 100. Maximum is 100.
        """
        return self._pager(163, (self._org(organization_id),), {'limit': limit}, 'cursor', 'udfs.list')

    def create(
        self,
        *,
        upload_id: Union[Id, NotGiven] = NOT_GIVEN,
        runtime: Union[str, NotGiven] = NOT_GIVEN,
        arguments: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        return_type: Union[str, NotGiven] = NOT_GIVEN,
        return_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        command_read_timeout: Union[int, NotGiven] = NOT_GIVEN,
        command_write_timeout: Union[int, NotGiven] = NOT_GIVEN,
        memory_limit_mib: Union[Optional[int], NotGiven] = NOT_GIVEN,
        send_chunk_header: Union[bool, NotGiven] = NOT_GIVEN,
        deterministic: Union[bool, NotGiven] = NOT_GIVEN,
        format: Union[str, NotGiven] = NOT_GIVEN,
        sandbox_type: Union[str, NotGiven] = NOT_GIVEN,
        type: Union[str, NotGiven] = NOT_GIVEN,
        pool_size: Union[Optional[Any], NotGiven] = NOT_GIVEN,
        max_command_execution_time: Union[Optional[int], NotGiven] = NOT_GIVEN,
        function_name: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Udf:
        """Create UDF

        Creates a new UDF. See [User-defined functions in Cloud](https://clickhouse.com/docs/products/cloud/features/sql-console-features/user-defined-functions).

        `POST /v1/organizations/{organizationId}/udfs` (udfCreate)

        Permissions: `control-plane:organization:manage`.

        Args:
            upload_id: Identifier of the uploaded source archive.
            deterministic: Marks the UDF as deterministic so ClickHouse can reuse cached query results. Only set this when the UDF always returns the same result for the same arguments.
            pool_size: Always null — an executable UDF has no command pool.
        """
        return self._call(164, (self._org(organization_id),), None, body_of({'upload_id': upload_id, 'runtime': runtime, 'arguments': arguments, 'return_type': return_type, 'return_name': return_name, 'command_read_timeout': command_read_timeout, 'command_write_timeout': command_write_timeout, 'memory_limit_mib': memory_limit_mib, 'send_chunk_header': send_chunk_header, 'deterministic': deterministic, 'format': format, 'sandbox_type': sandbox_type, 'type': type, 'pool_size': pool_size, 'max_command_execution_time': max_command_execution_time, 'function_name': function_name}))

    def delete(
        self,
        function_name: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete UDF

        Deletes every version of a UDF and detaches it from all services. Removal from services completes asynchronously.

        `DELETE /v1/organizations/{organizationId}/udfs/{functionName}` (udfDelete)

        Permissions: `control-plane:organization:manage`.

        Args:
            function_name: Name of the UDF.
        """
        return self._call(165, (self._org(organization_id), function_name))

    def get(
        self,
        function_name: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> Udf:
        """Get UDF

        Returns the latest version of a UDF.

        `GET /v1/organizations/{organizationId}/udfs/{functionName}` (udfGet)

        Permissions: `control-plane:organization:view`.

        Args:
            function_name: Name of the UDF.
        """
        return self._call(166, (self._org(organization_id), function_name))


class UpgradeWindowsResource(Resource):
    """`client.upgrade_windows`: Service operations."""

    __slots__ = ()

    def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> UpgradeWindow:
        """Get service upgrade window

        Returns the configured upgrade window for a service.

        Errors:
        - 401: missing, invalid, or disabled API key.
        - 403: caller lacks `control-plane:service:view` on the service.
        - 404: service does not exist, is not visible to the caller, or no upgrade window has been configured.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/upgradeWindow` (upgradeWindowGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the service.
        """
        return self._call(32, (self._org(organization_id), service_id))

    def update(
        self,
        service_id: Id,
        *,
        weekday: Union[int, NotGiven] = NOT_GIVEN,
        start_hour_utc: Union[int, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> UpgradeWindow:
        """Set service upgrade window

        Creates or fully replaces the upgrade window for a service. The upgrade window currently lasts 6 hours from `startHourUtc`. The upgrade window can only be set on primary services; secondary services inherit the primary service window.

        Errors:
        - 400: invalid field values (`weekday` not in 0–6, `startHourUtc` not in {0, 6, 12, 18}), or the service is a secondary service.
        - 401: missing, invalid, or disabled API key.
        - 403: caller lacks `control-plane:service:manage` on the service, or the organization does not have the scheduled upgrades feature enabled.
        - 404: service does not exist or is not visible to the caller.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/upgradeWindow` (upgradeWindowUpdate)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the service.
            weekday: Day of the week the upgrade window starts. 0 = Sunday, 1 = Monday, …, 6 = Saturday.
            start_hour_utc: UTC hour when the upgrade window starts. Must be one of 0, 6, 12, or 18. The upgrade window currently lasts 6 hours from this start time.
        """
        return self._call(33, (self._org(organization_id), service_id), None, body_of({'weekday': weekday, 'start_hour_utc': start_hour_utc}))

    def delete(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete service upgrade window

        Deletes the upgrade window for a service, restoring the default scheduling behaviour. The upgrade window can only be deleted on primary services. Deletion succeeds even if the organization has lost the scheduled upgrades entitlement, so a window can be cleared after entitlement loss.

        Errors:
        - 400: the service is a secondary service.
        - 401: missing, invalid, or disabled API key.
        - 403: caller lacks `control-plane:service:manage` on the service.
        - 404: service does not exist, is not visible to the caller, or no upgrade window is configured.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/upgradeWindow` (upgradeWindowDelete)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the service.
        """
        return self._call(34, (self._org(organization_id), service_id))


class UsageCostResource(Resource):
    """`client.usage_cost`: Billing operations."""

    __slots__ = ()

    def get(
        self,
        *,
        from_date: DateLike,
        to_date: DateLike,
        filter: Optional[Union[str, Sequence[str]]] = None,
        organization_id: Optional[Id] = None,
    ) -> UsageCost:
        """Get organization usage costs

        Returns a grand total and a list of daily, per-entity organization usage cost records for the organization in the queried time period (maximum 31 days). All days in both the request and the response are evaluated based on the UTC timezone.

        `GET /v1/organizations/{organizationId}/usageCost` (usageCostGet)

        Permissions: `control-plane:organization:view`.

        Args:
            from_date: Start date for the report, e.g. 2024-12-19.
            to_date: End date (inclusive) for the report, e.g. 2024-12-20. This date cannot be more than 30 days after from_date (for a maximum queried period of 31 days).
            filter: Filter criteria to apply when retrieving the usage cost report. Currently, only filtering by resource tags is supported.
        """
        return self._call(71, (self._org(organization_id),), {'from_date': from_date, 'to_date': to_date, 'filter': filter})


class Namespaces:
    """The resource namespaces of a `Client`."""

    __slots__ = ()

    @property
    def activities(self) -> ActivitiesResource:
        return ActivitiesResource(self)

    @property
    def backup_bucket(self) -> BackupBucketResource:
        return BackupBucketResource(self)

    @property
    def backup_configuration(self) -> BackupConfigurationResource:
        return BackupConfigurationResource(self)

    @property
    def backups(self) -> BackupsResource:
        return BackupsResource(self)

    @property
    def balances(self) -> BalancesResource:
        return BalancesResource(self)

    @property
    def byoc_infrastructure(self) -> ByocInfrastructureResource:
        return ByocInfrastructureResource(self)

    @property
    def clickhouse_settings(self) -> ClickhouseSettingsResource:
        return ClickhouseSettingsResource(self)

    @property
    def clickpipes(self) -> ClickpipesResource:
        return ClickpipesResource(self)

    @property
    def clickstack(self) -> ClickstackResource:
        return ClickstackResource(self)

    @property
    def invitations(self) -> InvitationsResource:
        return InvitationsResource(self)

    @property
    def keys(self) -> KeysResource:
        return KeysResource(self)

    @property
    def members(self) -> MembersResource:
        return MembersResource(self)

    @property
    def notifications(self) -> NotificationsResource:
        return NotificationsResource(self)

    @property
    def organizations(self) -> OrganizationsResource:
        return OrganizationsResource(self)

    @property
    def postgres(self) -> PostgresResource:
        return PostgresResource(self)

    @property
    def prometheus(self) -> PrometheusResource:
        return PrometheusResource(self)

    @property
    def query_api_endpoints(self) -> QueryApiEndpointsResource:
        return QueryApiEndpointsResource(self)

    @property
    def query_endpoints(self) -> QueryEndpointsResource:
        return QueryEndpointsResource(self)

    @property
    def quotas(self) -> QuotasResource:
        return QuotasResource(self)

    @property
    def replica_aware_routing(self) -> ReplicaAwareRoutingResource:
        return ReplicaAwareRoutingResource(self)

    @property
    def roles(self) -> RolesResource:
        return RolesResource(self)

    @property
    def saved_queries(self) -> SavedQueriesResource:
        return SavedQueriesResource(self)

    @property
    def scaling_schedules(self) -> ScalingSchedulesResource:
        return ScalingSchedulesResource(self)

    @property
    def service_profiles(self) -> ServiceProfilesResource:
        return ServiceProfilesResource(self)

    @property
    def services(self) -> ServicesResource:
        return ServicesResource(self)

    @property
    def snapshot_configuration(self) -> SnapshotConfigurationResource:
        return SnapshotConfigurationResource(self)

    @property
    def snapshots(self) -> SnapshotsResource:
        return SnapshotsResource(self)

    @property
    def udfs(self) -> UdfsResource:
        return UdfsResource(self)

    @property
    def upgrade_windows(self) -> UpgradeWindowsResource:
        return UpgradeWindowsResource(self)

    @property
    def usage_cost(self) -> UsageCostResource:
        return UsageCostResource(self)


class AsyncClickpipesReversePrivateEndpointsResource(AsyncResource):
    """`client.clickpipes.reverse_private_endpoints`: ClickPipes operations."""

    __slots__ = ()

    async def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[ReversePrivateEndpoint]:
        """List reverse private endpoints

        Returns a list of reverse private endpoints for the specified service.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints` (clickPipeReversePrivateEndpointGetList)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the Reverse Private Endpoint.
        """
        return await self._call(147, (self._org(organization_id), service_id))

    async def create(
        self,
        service_id: Id,
        *,
        description: Union[str, NotGiven] = NOT_GIVEN,
        type: Union[str, NotGiven] = NOT_GIVEN,
        vpc_endpoint_service_name: Union[str, NotGiven] = NOT_GIVEN,
        vpc_resource_configuration_id: Union[str, NotGiven] = NOT_GIVEN,
        vpc_resource_share_arn: Union[str, NotGiven] = NOT_GIVEN,
        msk_cluster_arn: Union[str, NotGiven] = NOT_GIVEN,
        msk_authentication: Union[str, NotGiven] = NOT_GIVEN,
        gcp_service_attachment: Union[str, NotGiven] = NOT_GIVEN,
        custom_private_dns_mappings: Union[Sequence[Union[CustomPrivateDnsMapping, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ReversePrivateEndpoint:
        """Create reverse private endpoint

        Create a new reverse private endpoint.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints` (clickPipeReversePrivateEndpointCreate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the Reverse Private Endpoint.
            description: Reverse private endpoint description. Maximum length is 255 characters.
            type: Reverse private endpoint type.
            vpc_endpoint_service_name: VPC endpoint service name.
            vpc_resource_configuration_id: VPC resource configuration ID. Required for VPC_RESOURCE type.
            vpc_resource_share_arn: VPC resource share ARN. Required for VPC_RESOURCE type.
            msk_cluster_arn: MSK cluster ARN. Required for MSK_MULTI_VPC type.
            msk_authentication: MSK cluster authentication type. Required for MSK_MULTI_VPC type.
            gcp_service_attachment: Private Preview. GCP PSC service attachment URI. Required for GCP_PSC_SERVICE_ATTACHMENT type. Format: projects/{project}/regions/{region}/serviceAttachments/{name}.
            custom_private_dns_mappings: Optional private DNS names for Reverse Private Endpoint. Can be used as data source destination address. Must be unique across the ClickHouse service. Generally available for Google Private Service Connect (PSC). For AWS PrivateLink (VPC endpoint service and VPC resource), available in Private Preview; contact ClickHouse support to enable it for your service. Not supported for MSK multi-VPC. Supports exact names and leading wildcard names such as *.example.com
        """
        return await self._call(148, (self._org(organization_id), service_id), None, body_of({'description': description, 'type': type, 'vpc_endpoint_service_name': vpc_endpoint_service_name, 'vpc_resource_configuration_id': vpc_resource_configuration_id, 'vpc_resource_share_arn': vpc_resource_share_arn, 'msk_cluster_arn': msk_cluster_arn, 'msk_authentication': msk_authentication, 'gcp_service_attachment': gcp_service_attachment, 'custom_private_dns_mappings': custom_private_dns_mappings}))

    async def get(
        self,
        service_id: Id,
        endpoint_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ReversePrivateEndpoint:
        """Get reverse private endpoint

        Returns the reverse private endpoint with the specified ID.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}` (clickPipeReversePrivateEndpointGet)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the Reverse Private Endpoint.
            endpoint_id: ID of the reverse private endpoint to get.
        """
        return await self._call(149, (self._org(organization_id), service_id, endpoint_id))

    async def delete(
        self,
        service_id: Id,
        endpoint_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete reverse private endpoint

        Delete the reverse private endpoint with the specified ID.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}` (clickPipeReversePrivateEndpointDelete)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the Reverse Private Endpoint.
            endpoint_id: ID of the reverse private endpoint to delete.
        """
        return await self._call(150, (self._org(organization_id), service_id, endpoint_id))

    async def update(
        self,
        service_id: Id,
        endpoint_id: Id,
        *,
        custom_private_dns_mappings: Union[Sequence[Union[CustomPrivateDnsMapping, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ReversePrivateEndpoint:
        """Update reverse private endpoint

        Update mutable fields for an existing reverse private endpoint. customPrivateDnsMappings is a full replacement list. Use an empty array to clear mappings.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}` (clickPipeReversePrivateEndpointUpdate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the Reverse Private Endpoint.
            endpoint_id: ID of the reverse private endpoint to update.
            custom_private_dns_mappings: Optional private DNS names for Reverse Private Endpoint. Can be used as data source destination address. Must be unique across the ClickHouse service. Generally available for Google Private Service Connect (PSC). For AWS PrivateLink (VPC endpoint service and VPC resource), available in Private Preview; contact ClickHouse support to enable it for your service. Not supported for MSK multi-VPC. Supports exact names and leading wildcard names such as *.example.com
        """
        return await self._call(151, (self._org(organization_id), service_id, endpoint_id), None, body_of({'custom_private_dns_mappings': custom_private_dns_mappings}))


class AsyncClickstackAlertsResource(AsyncResource):
    """`client.clickstack.alerts`: ClickStack operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncPager[ClickStackAlertResponse]:
        """ClickStack: List Alerts

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves alerts for the authenticated team (paginated). Results are capped at `limit` (default and maximum 1000). When `totalCount` exceeds the number of returned items, page with `limit`/`offset` to retrieve them all.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts` (clickStackListAlerts)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            service_id: ID of the ClickStack service.
            limit: Maximum number of results to return.
        """
        return self._pager(93, (self._org(organization_id), service_id), {'limit': limit}, 'offset', 'clickstack.alerts.list')

    async def create(
        self,
        service_id: Id,
        *,
        dashboard_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tile_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_search_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        group_by: Union[Optional[str], NotGiven] = NOT_GIVEN,
        chart_config: Union[Any, NotGiven] = NOT_GIVEN,
        threshold: Union[float, NotGiven] = NOT_GIVEN,
        threshold_max: Union[Optional[float], NotGiven] = NOT_GIVEN,
        interval: Union[str, NotGiven] = NOT_GIVEN,
        schedule_offset_minutes: Union[Optional[int], NotGiven] = NOT_GIVEN,
        schedule_start_at: Union[Optional[DateTimeLike], NotGiven] = NOT_GIVEN,
        source: Union[str, NotGiven] = NOT_GIVEN,
        threshold_type: Union[str, NotGiven] = NOT_GIVEN,
        channel: Union[Any, NotGiven] = NOT_GIVEN,
        channels: Union[Sequence[Any], NotGiven] = NOT_GIVEN,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        display_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        note: Union[Optional[str], NotGiven] = NOT_GIVEN,
        num_consecutive_windows: Union[Optional[int], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackAlertResponse:
        """ClickStack: Create Alert

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new alert

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts` (clickStackCreateAlert)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            dashboard_id: Dashboard ID for tile-based alerts.
            tile_id: Tile ID for tile-based alerts. Must be a line, stacked bar, or number type tile.
            saved_search_id: Saved search ID for saved_search alerts.
            group_by: Group-by key for saved search alerts.
            threshold: Threshold value for triggering the alert. For between and not_between threshold types, this is the lower bound.
            threshold_max: Upper bound for between and not_between threshold types. Required when thresholdType is between or not_between, must be >= threshold.
            interval: Evaluation interval for the alert. `30s` requires the 30s alert interval feature to be enabled for your team. Anomaly alerts (detectionMode "anomaly") support only `5m`, `15m`, `30m`, and `1h`; other intervals are rejected with 400.
            schedule_offset_minutes: Offset from the interval boundary in minutes. For example, 2 with a 5m interval evaluates windows at :02, :07, :12, etc. (UTC).
            schedule_start_at: Absolute UTC start time anchor. Alert windows start from this timestamp and repeat every interval.
            source: Alert source type (tile-based or saved search).
            threshold_type: Threshold comparison direction.
            name: Alert name template (Handlebars), rendered as the notification title. When omitted, a default title is generated from the display name, value and threshold.
            display_name: Display name shown in the alerts list and in notification titles. Defaults to the name of the referenced saved search, dashboard tile, or inline chart when omitted or null.
            tags: Tags for the alert. Defaults to the tags of the referenced saved search or dashboard when omitted or null; inline alerts have no parent to inherit from and default to an empty list.
            message: Alert message template.
            note: Freeform note for the alert. Supports markdown formatting.
            num_consecutive_windows: Fire the alert only after its condition has been met for this many consecutive evaluation windows. While the condition is met but fewer than this many consecutive windows have violated, the alert is in the PENDING state.
        """
        return await self._call(94, (self._org(organization_id), service_id), None, body_of({'dashboard_id': dashboard_id, 'tile_id': tile_id, 'saved_search_id': saved_search_id, 'group_by': group_by, 'chart_config': chart_config, 'threshold': threshold, 'threshold_max': threshold_max, 'interval': interval, 'schedule_offset_minutes': schedule_offset_minutes, 'schedule_start_at': schedule_start_at, 'source': source, 'threshold_type': threshold_type, 'channel': channel, 'channels': channels, 'name': name, 'display_name': display_name, 'tags': tags, 'message': message, 'note': note, 'num_consecutive_windows': num_consecutive_windows}))

    async def get(
        self,
        service_id: Id,
        alert_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickStackAlertResponse:
        """ClickStack: Get Alert

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves a specific alert by ID

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}` (clickStackGetAlert)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            alert_id: ClickStack Alert ID
        """
        return await self._call(100, (self._org(organization_id), service_id, alert_id))

    async def update(
        self,
        service_id: Id,
        alert_id: str,
        *,
        dashboard_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tile_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_search_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        group_by: Union[Optional[str], NotGiven] = NOT_GIVEN,
        chart_config: Union[Any, NotGiven] = NOT_GIVEN,
        threshold: Union[float, NotGiven] = NOT_GIVEN,
        threshold_max: Union[Optional[float], NotGiven] = NOT_GIVEN,
        interval: Union[str, NotGiven] = NOT_GIVEN,
        schedule_offset_minutes: Union[Optional[int], NotGiven] = NOT_GIVEN,
        schedule_start_at: Union[Optional[DateTimeLike], NotGiven] = NOT_GIVEN,
        source: Union[str, NotGiven] = NOT_GIVEN,
        threshold_type: Union[str, NotGiven] = NOT_GIVEN,
        channel: Union[Any, NotGiven] = NOT_GIVEN,
        channels: Union[Sequence[Any], NotGiven] = NOT_GIVEN,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        display_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        note: Union[Optional[str], NotGiven] = NOT_GIVEN,
        num_consecutive_windows: Union[Optional[int], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackAlertResponse:
        """ClickStack: Update Alert

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Updates an existing alert

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}` (clickStackUpdateAlert)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            alert_id: ClickStack Alert ID
            dashboard_id: Dashboard ID for tile-based alerts.
            tile_id: Tile ID for tile-based alerts. Must be a line, stacked bar, or number type tile.
            saved_search_id: Saved search ID for saved_search alerts.
            group_by: Group-by key for saved search alerts.
            threshold: Threshold value for triggering the alert. For between and not_between threshold types, this is the lower bound.
            threshold_max: Upper bound for between and not_between threshold types. Required when thresholdType is between or not_between, must be >= threshold.
            interval: Evaluation interval for the alert. `30s` requires the 30s alert interval feature to be enabled for your team. Anomaly alerts (detectionMode "anomaly") support only `5m`, `15m`, `30m`, and `1h`; other intervals are rejected with 400.
            schedule_offset_minutes: Offset from the interval boundary in minutes. For example, 2 with a 5m interval evaluates windows at :02, :07, :12, etc. (UTC).
            schedule_start_at: Absolute UTC start time anchor. Alert windows start from this timestamp and repeat every interval.
            source: Alert source type (tile-based or saved search).
            threshold_type: Threshold comparison direction.
            name: Alert name template (Handlebars), rendered as the notification title. When omitted, a default title is generated from the display name, value and threshold.
            display_name: Display name shown in the alerts list and in notification titles. Defaults to the name of the referenced saved search, dashboard tile, or inline chart when omitted or null.
            tags: Tags for the alert. Defaults to the tags of the referenced saved search or dashboard when omitted or null; inline alerts have no parent to inherit from and default to an empty list.
            message: Alert message template.
            note: Freeform note for the alert. Supports markdown formatting.
            num_consecutive_windows: Fire the alert only after its condition has been met for this many consecutive evaluation windows. While the condition is met but fewer than this many consecutive windows have violated, the alert is in the PENDING state.
        """
        return await self._call(101, (self._org(organization_id), service_id, alert_id), None, body_of({'dashboard_id': dashboard_id, 'tile_id': tile_id, 'saved_search_id': saved_search_id, 'group_by': group_by, 'chart_config': chart_config, 'threshold': threshold, 'threshold_max': threshold_max, 'interval': interval, 'schedule_offset_minutes': schedule_offset_minutes, 'schedule_start_at': schedule_start_at, 'source': source, 'threshold_type': threshold_type, 'channel': channel, 'channels': channels, 'name': name, 'display_name': display_name, 'tags': tags, 'message': message, 'note': note, 'num_consecutive_windows': num_consecutive_windows}))

    async def delete(
        self,
        service_id: Id,
        alert_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """ClickStack: Delete Alert

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Deletes an alert

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}` (clickStackDeleteAlert)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            alert_id: ClickStack Alert ID
        """
        return await self._call(102, (self._org(organization_id), service_id, alert_id))


class AsyncClickstackDashboardsResource(AsyncResource):
    """`client.clickstack.dashboards`: ClickStack operations."""

    __slots__ = ()

    async def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[ClickStackDashboardResponse]:
        """ClickStack: List Dashboards

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves a list of all dashboards for the authenticated team

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards` (clickStackListDashboards)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
        """
        return await self._call(87, (self._org(organization_id), service_id))

    async def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        tiles: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        filters: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        saved_query: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_query_language: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_filter_values: Union[Sequence[Union[Union[ClickStackSqlSavedFilterValue, ClickStackVariableSavedFilterValue, dict[str, Any]], Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        containers: Union[Sequence[Union[ClickStackDashboardContainer, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackDashboardResponse:
        """ClickStack: Create Dashboard

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new dashboard

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards` (clickStackCreateDashboard)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            name: Dashboard name.
            tiles: List of tiles/charts to include in the dashboard.
            tags: Tags for organizing and filtering dashboards.
            filters: Dropdown filters added to the dashboard. Each one broadcasts its selected value as a condition, acts as a variable which can be referenced in tile queries, or both.
            saved_query: Optional default dashboard query to persist on the dashboard.
            saved_query_language: Query language used by savedQuery.
            saved_filter_values: Optional default dashboard filter values to persist on the dashboard.
            containers: Optional grouping containers. Each tile may join a container via tile.containerId, and a tab inside it via tile.tabId.
        """
        return await self._call(88, (self._org(organization_id), service_id), None, body_of({'name': name, 'tiles': tiles, 'tags': tags, 'filters': filters, 'saved_query': saved_query, 'saved_query_language': saved_query_language, 'saved_filter_values': saved_filter_values, 'containers': containers}))

    async def get(
        self,
        service_id: Id,
        dashboard_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickStackDashboardResponse:
        """ClickStack: Get Dashboard

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves a specific dashboard by ID

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}` (clickStackGetDashboard)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            dashboard_id: ClickStack Dashboard ID
        """
        return await self._call(89, (self._org(organization_id), service_id, dashboard_id))

    async def update(
        self,
        service_id: Id,
        dashboard_id: str,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        tiles: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        filters: Union[Sequence[Any], NotGiven] = NOT_GIVEN,
        saved_query: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_query_language: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_filter_values: Union[Sequence[Union[Union[ClickStackSqlSavedFilterValue, ClickStackVariableSavedFilterValue, dict[str, Any]], Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        containers: Union[Sequence[Union[ClickStackDashboardContainer, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackDashboardResponse:
        """ClickStack: Update Dashboard

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Updates an existing dashboard.  **Concurrency:** This endpoint does not support optimistic concurrency control. Concurrent PUT requests for the same dashboard may silently overwrite each other, which can leave orphan tile-to-container references on layout-shape edits. Clients should serialize edits to a given dashboard.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}` (clickStackUpdateDashboard)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            dashboard_id: ClickStack Dashboard ID
            name: Dashboard name.
            tiles: Full list of tiles for the dashboard. Existing tiles are matched by ID; tiles with an ID that does not match an existing tile will be assigned a new generated ID.
            tags: Tags for organizing and filtering dashboards.
            filters: Dropdown filters added to the dashboard. Each one broadcasts its selected value as a condition, acts as a variable which can be referenced in tile queries, or both.
            saved_query: Optional default dashboard query to persist on the dashboard.
            saved_query_language: Query language used by savedQuery.
            saved_filter_values: Optional default dashboard filter values to persist on the dashboard.
            containers: Optional grouping containers. Each tile may join a container via tile.containerId, and a tab inside it via tile.tabId.
        """
        return await self._call(90, (self._org(organization_id), service_id, dashboard_id), None, body_of({'name': name, 'tiles': tiles, 'tags': tags, 'filters': filters, 'saved_query': saved_query, 'saved_query_language': saved_query_language, 'saved_filter_values': saved_filter_values, 'containers': containers}))

    async def delete(
        self,
        service_id: Id,
        dashboard_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """ClickStack: Delete Dashboard

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Deletes a dashboard

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}` (clickStackDeleteDashboard)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            dashboard_id: ClickStack Dashboard ID
        """
        return await self._call(91, (self._org(organization_id), service_id, dashboard_id))

    async def validate(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        tiles: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        filters: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        saved_query: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_query_language: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_filter_values: Union[Sequence[Union[Union[ClickStackSqlSavedFilterValue, ClickStackVariableSavedFilterValue, dict[str, Any]], Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        containers: Union[Sequence[Union[ClickStackDashboardContainer, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackValidateDashboardResponse:
        """ClickStack: Validate Dashboard

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Validates a dashboard body against the same schema and tile rules used by POST /api/v2/dashboards. The dashboard is **never persisted**. Use this endpoint at plan time (e.g. from a Terraform provider) to check that a dashboard configuration is valid before applying it.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/validate` (clickStackValidateDashboard)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            name: Dashboard name.
            tiles: List of tiles/charts to include in the dashboard.
            tags: Tags for organizing and filtering dashboards.
            filters: Dropdown filters added to the dashboard. Each one broadcasts its selected value as a condition, acts as a variable which can be referenced in tile queries, or both.
            saved_query: Optional default dashboard query to persist on the dashboard.
            saved_query_language: Query language used by savedQuery.
            saved_filter_values: Optional default dashboard filter values to persist on the dashboard.
            containers: Optional grouping containers. Each tile may join a container via tile.containerId, and a tab inside it via tile.tabId.
        """
        return await self._call(92, (self._org(organization_id), service_id), None, body_of({'name': name, 'tiles': tiles, 'tags': tags, 'filters': filters, 'saved_query': saved_query, 'saved_query_language': saved_query_language, 'saved_filter_values': saved_filter_values, 'containers': containers}))


class AsyncClickstackRolesResource(AsyncResource):
    """`client.clickstack.roles`: ClickStack operations."""

    __slots__ = ()

    async def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[ClickStackRole]:
        """ClickStack: List Roles

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves all roles for the authenticated team, including predefined roles.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles` (clickStackListRoles)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
        """
        return await self._call(108, (self._org(organization_id), service_id))

    async def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        permissions: Union[Sequence[Union[Union[ClickStackMongoDBCASLPermission, ClickStackClickHouseCASLPermission, dict[str, Any]], Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackRole:
        """ClickStack: Create Role

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new custom role for the team.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles` (clickStackCreateRole)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            name: Role name. Must be unique within the team and not collide with a predefined role.
            description: Human-readable role description.
            permissions: The CASL permissions to grant to the role.
        """
        return await self._call(109, (self._org(organization_id), service_id), None, body_of({'name': name, 'description': description, 'permissions': permissions}))

    async def get(
        self,
        service_id: Id,
        role_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickStackRole:
        """ClickStack: Get Role

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves a specific role by ID.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}` (clickStackGetRole)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            role_id: id parameter
        """
        return await self._call(110, (self._org(organization_id), service_id, role_id))

    async def update(
        self,
        service_id: Id,
        role_id: str,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        permissions: Union[Sequence[Union[Union[ClickStackMongoDBCASLPermission, ClickStackClickHouseCASLPermission, dict[str, Any]], Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackRole:
        """ClickStack: Update Role

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Updates a custom role's permissions, name, and description. Predefined roles cannot be modified.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}` (clickStackUpdateRole)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            role_id: id parameter
            name: New role name. Omit to leave the name unchanged.
            description: New role description.
            permissions: The replacement set of CASL permissions for the role.
        """
        return await self._call(111, (self._org(organization_id), service_id, role_id), None, body_of({'name': name, 'description': description, 'permissions': permissions}))

    async def delete(
        self,
        service_id: Id,
        role_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """ClickStack: Delete Role

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Deletes a custom role. Predefined roles, the team default user role, and roles assigned to users cannot be deleted.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}` (clickStackDeleteRole)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            role_id: id parameter
        """
        return await self._call(112, (self._org(organization_id), service_id, role_id))


class AsyncClickstackSavedSearchesResource(AsyncResource):
    """`client.clickstack.saved_searches`: ClickStack operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncPager[ClickStackSavedSearch]:
        """ClickStack: List Saved Searches

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves saved searches for the authenticated team (paginated). Results are capped at `limit` (default and maximum 1000). When `totalCount` exceeds the number of returned items, page with `limit`/`offset` to retrieve them all.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches` (clickStackListSavedSearches)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            service_id: ID of the ClickStack service.
            limit: Maximum number of results to return.
        """
        return self._pager(113, (self._org(organization_id), service_id), {'limit': limit}, 'offset', 'clickstack.saved_searches.list')

    async def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        source_id: Union[str, NotGiven] = NOT_GIVEN,
        select: Union[str, NotGiven] = NOT_GIVEN,
        where: Union[str, NotGiven] = NOT_GIVEN,
        where_language: Union[str, NotGiven] = NOT_GIVEN,
        order_by: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        filters: Union[Sequence[Union[ClickStackSavedSearchFilter, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackSavedSearch:
        """ClickStack: Create Saved Search

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new saved search.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches` (clickStackCreateSavedSearch)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            name: Display name for the saved search.
            source_id: ID of the source to query. Must belong to the team.
            select: Comma-separated list of column expressions to display. Empty uses the source default.
            where: Row filter expression. The language is controlled by whereLanguage.
            where_language: Language used for the where filter.
            order_by: ORDER BY expression. Empty uses the source default.
            tags: Tags used to organize saved searches.
            filters: Structured pinned filters applied to the search.
        """
        return await self._call(114, (self._org(organization_id), service_id), None, body_of({'name': name, 'source_id': source_id, 'select': select, 'where': where, 'where_language': where_language, 'order_by': order_by, 'tags': tags, 'filters': filters}))

    async def get(
        self,
        service_id: Id,
        saved_search_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickStackSavedSearch:
        """ClickStack: Get Saved Search

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves a specific saved search by ID.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches/{clickStackSavedSearchId}` (clickStackGetSavedSearch)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            saved_search_id: Saved search ID
        """
        return await self._call(115, (self._org(organization_id), service_id, saved_search_id))

    async def update(
        self,
        service_id: Id,
        saved_search_id: str,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        source_id: Union[str, NotGiven] = NOT_GIVEN,
        select: Union[str, NotGiven] = NOT_GIVEN,
        where: Union[str, NotGiven] = NOT_GIVEN,
        where_language: Union[str, NotGiven] = NOT_GIVEN,
        order_by: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        filters: Union[Sequence[Union[ClickStackSavedSearchFilter, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackSavedSearch:
        """ClickStack: Update Saved Search

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Updates an existing saved search. This is a full replace: send the full object. Every optional field (`select`, `where`, `whereLanguage`, `orderBy`, `tags`, `filters`) is always written and falls back to its default when omitted, so omitting a field resets it rather than preserving the stored value.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches/{clickStackSavedSearchId}` (clickStackUpdateSavedSearch)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            saved_search_id: Saved search ID
            name: Display name for the saved search.
            source_id: ID of the source to query. Must belong to the team.
            select: Comma-separated list of column expressions to display. Empty uses the source default.
            where: Row filter expression. The language is controlled by whereLanguage.
            where_language: Language used for the where filter.
            order_by: ORDER BY expression. Empty uses the source default.
            tags: Tags used to organize saved searches.
            filters: Structured pinned filters applied to the search.
        """
        return await self._call(116, (self._org(organization_id), service_id, saved_search_id), None, body_of({'name': name, 'source_id': source_id, 'select': select, 'where': where, 'where_language': where_language, 'order_by': order_by, 'tags': tags, 'filters': filters}))

    async def delete(
        self,
        service_id: Id,
        saved_search_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """ClickStack: Delete Saved Search

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Deletes a saved search and any alerts attached to it.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches/{clickStackSavedSearchId}` (clickStackDeleteSavedSearch)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            saved_search_id: Saved search ID
        """
        return await self._call(117, (self._org(organization_id), service_id, saved_search_id))


class AsyncClickstackSourcesResource(AsyncResource):
    """`client.clickstack.sources`: ClickStack operations."""

    __slots__ = ()

    async def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[Union[ClickStackLogSource, ClickStackTraceSource, ClickStackMetricSource, ClickStackSessionSource, ClickStackPromqlSource, dict[str, Any]]]:
        """ClickStack: List Sources

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves a list of all sources for the authenticated team

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources` (clickStackListSources)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
        """
        return await self._call(95, (self._org(organization_id), service_id))

    async def create(
        self,
        service_id: Id,
        *,
        id: Union[str, NotGiven] = NOT_GIVEN,
        name: Union[str, NotGiven] = NOT_GIVEN,
        section: Union[str, NotGiven] = NOT_GIVEN,
        disabled: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        kind: Union[str, NotGiven] = NOT_GIVEN,
        connection: Union[str, NotGiven] = NOT_GIVEN,
        from_: Union[Union[ClickStackSourceFrom, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        query_settings: Union[Sequence[Union[ClickStackQuerySetting, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        filter_settings: Union[Optional[Union[ClickStackSourceFilterSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        default_table_select_expression: Union[str, NotGiven] = NOT_GIVEN,
        timestamp_value_expression: Union[str, NotGiven] = NOT_GIVEN,
        service_name_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        service_version_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        severity_text_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        body_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        event_attributes_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        resource_attributes_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        displayed_timestamp_value_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        order_by_expression: Union[str, NotGiven] = NOT_GIVEN,
        metric_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        trace_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        trace_id_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        span_id_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        implicit_column_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        known_columns_list_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        use_text_index_for_implicit_column: Union[Optional[str], NotGiven] = NOT_GIVEN,
        highlighted_trace_attribute_expressions: Union[Sequence[Union[ClickStackHighlightedAttributeExpression, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        highlighted_row_attribute_expressions: Union[Sequence[Union[ClickStackHighlightedAttributeExpression, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        materialized_views: Union[Sequence[Union[ClickStackMaterializedView, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        metadata_materialized_views: Union[Optional[Union[ClickStackLogSourceMetadataMaterializedViews, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        duration_expression: Union[str, NotGiven] = NOT_GIVEN,
        duration_precision: Union[int, NotGiven] = NOT_GIVEN,
        parent_span_id_expression: Union[str, NotGiven] = NOT_GIVEN,
        span_name_expression: Union[str, NotGiven] = NOT_GIVEN,
        span_kind_expression: Union[str, NotGiven] = NOT_GIVEN,
        log_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        session_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        status_code_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        status_message_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sample_rate_expression: Union[str, NotGiven] = NOT_GIVEN,
        span_events_value_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        span_links_value_expression: Union[str, NotGiven] = NOT_GIVEN,
        metric_tables: Union[Union[ClickStackMetricTables, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Union[ClickStackLogSource, ClickStackTraceSource, ClickStackMetricSource, ClickStackSessionSource, ClickStackPromqlSource, dict[str, Any]]:
        """ClickStack: Create Source

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new source.  The request body is a source object without the `id` field. If an `id` is sent anyway it is silently ignored (stripped before validation — the request is never rejected because of it). Granularity fields (`materializedViews[].minGranularity` and `metadataMaterializedViews.granularity`) accept the same short format the API returns (e.g. `5m`, `15s`, `1h`, `1d`).

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources` (clickStackCreateSource)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            id: Unique source ID. Server-generated; ignored if sent in create/update requests.
            name: Display name for the source.
            section: Optional grouping label used to organize sources in the source selector. Sources that share a section value are displayed together.
            disabled: When true, the source is hidden from source selectors in the UI. Defaults to false.
            kind: Source kind discriminator. Must be "log" for log sources.
            connection: ID of the ClickHouse connection used by this source.
            query_settings: Optional ClickHouse query settings applied when querying this source.
            default_table_select_expression: Default columns selected in search results (this can be customized per search later)
            timestamp_value_expression: DateTime column or expression that is part of your table's primary key.
            service_name_expression: Expression to extract the service name from log rows.
            service_version_expression: Expression identifying the running release of a service. Defaults to the OpenTelemetry service.version resource attribute when unset. Where services carry the release on different attributes, fall back across them with coalesce(nullIf(a, ''), nullIf(b, '')).
            severity_text_expression: Expression to extract the severity/log level text.
            body_expression: Expression to extract the log message body.
            event_attributes_expression: Expression to extract event-level attributes.
            resource_attributes_expression: Expression to extract resource-level attributes.
            displayed_timestamp_value_expression: This DateTime column is used to display and order search results.
            order_by_expression: Custom ORDER BY expression that overrides the default ordering. Leave empty to use the auto-detected default.
            metric_source_id: HyperDX Source for metrics associated with logs. Optional
            trace_source_id: HyperDX Source for traces associated with logs. Optional
            trace_id_expression: Expression to extract the trace ID for correlating logs with traces.
            span_id_expression: Expression to extract the span ID for correlating logs with traces.
            implicit_column_expression: Column used for full text search if no property is specified in a Lucene-based search. Typically the message body of a log.
            known_columns_list_expression: For Distributed table sources whose target tables have non-matching column sets. A list of columns supported across all target tables, used instead of SELECT * when fetching full row data. Leave blank to select all columns.
            use_text_index_for_implicit_column: Controls whether lucene rendering uses ClickHouse text indices via hasAllTokens() against the implicit column. "auto" detects a covering index at query time, "enabled" forces text index usage, "disabled" forces a LIKE/hasToken fallback.
            highlighted_trace_attribute_expressions: Expressions defining trace-level attributes which are displayed in the trace view for the selected trace.
            highlighted_row_attribute_expressions: Expressions defining row-level attributes which are displayed in the row side panel for the selected row.
            materialized_views: Configure materialized views for query optimization. These pre-aggregated views can significantly improve query performance on aggregation queries.
            duration_expression: Expression to extract span duration.
            duration_precision: Number of decimal digits in the duration value (e.g., 3 for milliseconds, 6 for microseconds, 9 for nanoseconds).
            parent_span_id_expression: Expression to extract the parent span ID.
            span_name_expression: Expression to extract the span name.
            span_kind_expression: Expression to extract the span kind (e.g., client, server, internal).
            log_source_id: HyperDX Source for logs associated with traces. Optional
            session_source_id: HyperDX Source for sessions associated with traces. Optional
            status_code_expression: Expression to extract the span status code.
            status_message_expression: Expression to extract the span status message.
            sample_rate_expression: Column or expression for upstream sampling weight (1/N). When set, aggregations (count, avg, sum, quantile) are corrected for sampling. Percentiles use quantileTDigestWeighted, which is an approximation. Leave empty if spans are not sampled.
            span_events_value_expression: Expression to extract span events. Used to capture events associated with spans. Expected to be Nested ( Timestamp DateTime64(9), Name LowCardinality(String), Attributes Map(LowCardinality(String), String)
            span_links_value_expression: Expression to extract span links. Used to capture links from a span to spans in other traces. Expected to be Nested ( TraceId String, SpanId String, TraceState String, Attributes Map(LowCardinality(String), String) )
        """
        return await self._call(96, (self._org(organization_id), service_id), None, body_of({'id': id, 'name': name, 'section': section, 'disabled': disabled, 'kind': kind, 'connection': connection, 'from': from_, 'query_settings': query_settings, 'filter_settings': filter_settings, 'default_table_select_expression': default_table_select_expression, 'timestamp_value_expression': timestamp_value_expression, 'service_name_expression': service_name_expression, 'service_version_expression': service_version_expression, 'severity_text_expression': severity_text_expression, 'body_expression': body_expression, 'event_attributes_expression': event_attributes_expression, 'resource_attributes_expression': resource_attributes_expression, 'displayed_timestamp_value_expression': displayed_timestamp_value_expression, 'order_by_expression': order_by_expression, 'metric_source_id': metric_source_id, 'trace_source_id': trace_source_id, 'trace_id_expression': trace_id_expression, 'span_id_expression': span_id_expression, 'implicit_column_expression': implicit_column_expression, 'known_columns_list_expression': known_columns_list_expression, 'use_text_index_for_implicit_column': use_text_index_for_implicit_column, 'highlighted_trace_attribute_expressions': highlighted_trace_attribute_expressions, 'highlighted_row_attribute_expressions': highlighted_row_attribute_expressions, 'materialized_views': materialized_views, 'metadata_materialized_views': metadata_materialized_views, 'duration_expression': duration_expression, 'duration_precision': duration_precision, 'parent_span_id_expression': parent_span_id_expression, 'span_name_expression': span_name_expression, 'span_kind_expression': span_kind_expression, 'log_source_id': log_source_id, 'session_source_id': session_source_id, 'status_code_expression': status_code_expression, 'status_message_expression': status_message_expression, 'sample_rate_expression': sample_rate_expression, 'span_events_value_expression': span_events_value_expression, 'span_links_value_expression': span_links_value_expression, 'metric_tables': metric_tables}))

    async def get(
        self,
        service_id: Id,
        source_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> Union[ClickStackLogSource, ClickStackTraceSource, ClickStackMetricSource, ClickStackSessionSource, ClickStackPromqlSource, dict[str, Any]]:
        """ClickStack: Get Source

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves a specific source by ID

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}` (clickStackGetSource)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            source_id: Source ID
        """
        return await self._call(97, (self._org(organization_id), service_id, source_id))

    async def update(
        self,
        service_id: Id,
        source_id: str,
        *,
        id: Union[str, NotGiven] = NOT_GIVEN,
        name: Union[str, NotGiven] = NOT_GIVEN,
        section: Union[str, NotGiven] = NOT_GIVEN,
        disabled: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        kind: Union[str, NotGiven] = NOT_GIVEN,
        connection: Union[str, NotGiven] = NOT_GIVEN,
        from_: Union[Union[ClickStackSourceFrom, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        query_settings: Union[Sequence[Union[ClickStackQuerySetting, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        filter_settings: Union[Optional[Union[ClickStackSourceFilterSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        default_table_select_expression: Union[str, NotGiven] = NOT_GIVEN,
        timestamp_value_expression: Union[str, NotGiven] = NOT_GIVEN,
        service_name_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        service_version_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        severity_text_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        body_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        event_attributes_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        resource_attributes_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        displayed_timestamp_value_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        order_by_expression: Union[str, NotGiven] = NOT_GIVEN,
        metric_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        trace_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        trace_id_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        span_id_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        implicit_column_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        known_columns_list_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        use_text_index_for_implicit_column: Union[Optional[str], NotGiven] = NOT_GIVEN,
        highlighted_trace_attribute_expressions: Union[Sequence[Union[ClickStackHighlightedAttributeExpression, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        highlighted_row_attribute_expressions: Union[Sequence[Union[ClickStackHighlightedAttributeExpression, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        materialized_views: Union[Sequence[Union[ClickStackMaterializedView, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        metadata_materialized_views: Union[Optional[Union[ClickStackLogSourceMetadataMaterializedViews, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        duration_expression: Union[str, NotGiven] = NOT_GIVEN,
        duration_precision: Union[int, NotGiven] = NOT_GIVEN,
        parent_span_id_expression: Union[str, NotGiven] = NOT_GIVEN,
        span_name_expression: Union[str, NotGiven] = NOT_GIVEN,
        span_kind_expression: Union[str, NotGiven] = NOT_GIVEN,
        log_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        session_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        status_code_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        status_message_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sample_rate_expression: Union[str, NotGiven] = NOT_GIVEN,
        span_events_value_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        span_links_value_expression: Union[str, NotGiven] = NOT_GIVEN,
        metric_tables: Union[Union[ClickStackMetricTables, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Union[ClickStackLogSource, ClickStackTraceSource, ClickStackMetricSource, ClickStackSessionSource, ClickStackPromqlSource, dict[str, Any]]:
        """ClickStack: Update Source

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Updates an existing source. The full source object must be provided; this is a replace, not a patch.  The request body is a source object without the `id` field. If an `id` is sent anyway it is silently ignored (stripped before validation — never a 400); the path parameter alone identifies the source. Granularity fields (`materializedViews[].minGranularity` and `metadataMaterializedViews.granularity`) accept the same short format the API returns (e.g. `5m`, `15s`, `1h`, `1d`).

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}` (clickStackUpdateSource)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            source_id: Source ID
            id: Unique source ID. Server-generated; ignored if sent in create/update requests.
            name: Display name for the source.
            section: Optional grouping label used to organize sources in the source selector. Sources that share a section value are displayed together.
            disabled: When true, the source is hidden from source selectors in the UI. Defaults to false.
            kind: Source kind discriminator. Must be "log" for log sources.
            connection: ID of the ClickHouse connection used by this source.
            query_settings: Optional ClickHouse query settings applied when querying this source.
            default_table_select_expression: Default columns selected in search results (this can be customized per search later)
            timestamp_value_expression: DateTime column or expression that is part of your table's primary key.
            service_name_expression: Expression to extract the service name from log rows.
            service_version_expression: Expression identifying the running release of a service. Defaults to the OpenTelemetry service.version resource attribute when unset. Where services carry the release on different attributes, fall back across them with coalesce(nullIf(a, ''), nullIf(b, '')).
            severity_text_expression: Expression to extract the severity/log level text.
            body_expression: Expression to extract the log message body.
            event_attributes_expression: Expression to extract event-level attributes.
            resource_attributes_expression: Expression to extract resource-level attributes.
            displayed_timestamp_value_expression: This DateTime column is used to display and order search results.
            order_by_expression: Custom ORDER BY expression that overrides the default ordering. Leave empty to use the auto-detected default.
            metric_source_id: HyperDX Source for metrics associated with logs. Optional
            trace_source_id: HyperDX Source for traces associated with logs. Optional
            trace_id_expression: Expression to extract the trace ID for correlating logs with traces.
            span_id_expression: Expression to extract the span ID for correlating logs with traces.
            implicit_column_expression: Column used for full text search if no property is specified in a Lucene-based search. Typically the message body of a log.
            known_columns_list_expression: For Distributed table sources whose target tables have non-matching column sets. A list of columns supported across all target tables, used instead of SELECT * when fetching full row data. Leave blank to select all columns.
            use_text_index_for_implicit_column: Controls whether lucene rendering uses ClickHouse text indices via hasAllTokens() against the implicit column. "auto" detects a covering index at query time, "enabled" forces text index usage, "disabled" forces a LIKE/hasToken fallback.
            highlighted_trace_attribute_expressions: Expressions defining trace-level attributes which are displayed in the trace view for the selected trace.
            highlighted_row_attribute_expressions: Expressions defining row-level attributes which are displayed in the row side panel for the selected row.
            materialized_views: Configure materialized views for query optimization. These pre-aggregated views can significantly improve query performance on aggregation queries.
            duration_expression: Expression to extract span duration.
            duration_precision: Number of decimal digits in the duration value (e.g., 3 for milliseconds, 6 for microseconds, 9 for nanoseconds).
            parent_span_id_expression: Expression to extract the parent span ID.
            span_name_expression: Expression to extract the span name.
            span_kind_expression: Expression to extract the span kind (e.g., client, server, internal).
            log_source_id: HyperDX Source for logs associated with traces. Optional
            session_source_id: HyperDX Source for sessions associated with traces. Optional
            status_code_expression: Expression to extract the span status code.
            status_message_expression: Expression to extract the span status message.
            sample_rate_expression: Column or expression for upstream sampling weight (1/N). When set, aggregations (count, avg, sum, quantile) are corrected for sampling. Percentiles use quantileTDigestWeighted, which is an approximation. Leave empty if spans are not sampled.
            span_events_value_expression: Expression to extract span events. Used to capture events associated with spans. Expected to be Nested ( Timestamp DateTime64(9), Name LowCardinality(String), Attributes Map(LowCardinality(String), String)
            span_links_value_expression: Expression to extract span links. Used to capture links from a span to spans in other traces. Expected to be Nested ( TraceId String, SpanId String, TraceState String, Attributes Map(LowCardinality(String), String) )
        """
        return await self._call(98, (self._org(organization_id), service_id, source_id), None, body_of({'id': id, 'name': name, 'section': section, 'disabled': disabled, 'kind': kind, 'connection': connection, 'from': from_, 'query_settings': query_settings, 'filter_settings': filter_settings, 'default_table_select_expression': default_table_select_expression, 'timestamp_value_expression': timestamp_value_expression, 'service_name_expression': service_name_expression, 'service_version_expression': service_version_expression, 'severity_text_expression': severity_text_expression, 'body_expression': body_expression, 'event_attributes_expression': event_attributes_expression, 'resource_attributes_expression': resource_attributes_expression, 'displayed_timestamp_value_expression': displayed_timestamp_value_expression, 'order_by_expression': order_by_expression, 'metric_source_id': metric_source_id, 'trace_source_id': trace_source_id, 'trace_id_expression': trace_id_expression, 'span_id_expression': span_id_expression, 'implicit_column_expression': implicit_column_expression, 'known_columns_list_expression': known_columns_list_expression, 'use_text_index_for_implicit_column': use_text_index_for_implicit_column, 'highlighted_trace_attribute_expressions': highlighted_trace_attribute_expressions, 'highlighted_row_attribute_expressions': highlighted_row_attribute_expressions, 'materialized_views': materialized_views, 'metadata_materialized_views': metadata_materialized_views, 'duration_expression': duration_expression, 'duration_precision': duration_precision, 'parent_span_id_expression': parent_span_id_expression, 'span_name_expression': span_name_expression, 'span_kind_expression': span_kind_expression, 'log_source_id': log_source_id, 'session_source_id': session_source_id, 'status_code_expression': status_code_expression, 'status_message_expression': status_message_expression, 'sample_rate_expression': sample_rate_expression, 'span_events_value_expression': span_events_value_expression, 'span_links_value_expression': span_links_value_expression, 'metric_tables': metric_tables}))

    async def delete(
        self,
        service_id: Id,
        source_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """ClickStack: Delete Source

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Deletes a source

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}` (clickStackDeleteSource)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            source_id: Source ID
        """
        return await self._call(99, (self._org(organization_id), service_id, source_id))


class AsyncClickstackWebhooksResource(AsyncResource):
    """`client.clickstack.webhooks`: ClickStack operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncPager[Union[ClickStackSlackWebhook, ClickStackIncidentIOWebhook, ClickStackGenericWebhook, ClickStackSlackAPIWebhook, ClickStackPagerDutyAPIWebhook, dict[str, Any]]]:
        """ClickStack: List Webhooks

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves webhooks for the authenticated team (paginated). Results are capped at `limit` (default and maximum 1000). When `totalCount` exceeds the number of returned items, page with `limit`/`offset` to retrieve them all.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks` (clickStackListWebhooks)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            service_id: ID of the ClickStack service.
            limit: Maximum number of results to return.
        """
        return self._pager(103, (self._org(organization_id), service_id), {'limit': limit}, 'offset', 'clickstack.webhooks.list')

    async def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        service: Union[str, NotGiven] = NOT_GIVEN,
        url: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        body: Union[str, NotGiven] = NOT_GIVEN,
        headers: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        query_params: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Union[ClickStackSlackWebhook, ClickStackIncidentIOWebhook, ClickStackGenericWebhook, ClickStackSlackAPIWebhook, ClickStackPagerDutyAPIWebhook, dict[str, Any]]:
        """ClickStack: Create Webhook

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new webhook for the authenticated team.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks` (clickStackCreateWebhook)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            name: Webhook name. Must be unique per service within the team.
            service: Webhook service type.
            url: Webhook destination URL.
            description: Webhook description, shown in the UI.
            body: Optional Handlebars request body template. Only for generic/incidentio; rejected for slack. Rejected with a 400 if it does not compile or calls a helper other than `eq` and the Handlebars built-ins.
        """
        return await self._call(104, (self._org(organization_id), service_id), None, body_of({'name': name, 'service': service, 'url': url, 'description': description, 'body': body, 'headers': headers, 'query_params': query_params}))

    async def validate(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        service: Union[str, NotGiven] = NOT_GIVEN,
        url: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        body: Union[str, NotGiven] = NOT_GIVEN,
        headers: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        query_params: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackValidateWebhookResponse:
        """ClickStack: Validate Webhook

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Validates a webhook body against the same schema, URL rules, and body template check used by POST /api/v2/webhooks. The webhook is **never persisted**. Use this endpoint at plan time (e.g. from a Terraform provider) to check that a webhook configuration is valid before applying it. Name uniqueness is not checked.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks/validate` (clickStackValidateWebhook)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            name: Webhook name. Must be unique per service within the team.
            service: Webhook service type.
            url: Webhook destination URL.
            description: Webhook description, shown in the UI.
            body: Optional Handlebars request body template. Only for generic/incidentio; rejected for slack. Rejected with a 400 if it does not compile or calls a helper other than `eq` and the Handlebars built-ins.
        """
        return await self._call(105, (self._org(organization_id), service_id), None, body_of({'name': name, 'service': service, 'url': url, 'description': description, 'body': body, 'headers': headers, 'query_params': query_params}))

    async def update(
        self,
        service_id: Id,
        webhook_id: str,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        service: Union[str, NotGiven] = NOT_GIVEN,
        url: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        body: Union[str, NotGiven] = NOT_GIVEN,
        headers: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        query_params: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Union[ClickStackSlackWebhook, ClickStackIncidentIOWebhook, ClickStackGenericWebhook, ClickStackSlackAPIWebhook, ClickStackPagerDutyAPIWebhook, dict[str, Any]]:
        """ClickStack: Update Webhook

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Replaces an existing webhook. Readable optional fields (`description`, `body`) are a full replace: omitting them clears them. The write-only fields `headers` and `queryParams` are never returned on read, so omitting them preserves the stored values; send an explicit empty object (`{}`) to clear them. Exception: if the destination (`url` or `service`) changes, omitted `headers`/ `queryParams` are cleared rather than preserved so stored secrets are never forwarded to a new destination.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks/{clickStackWebhookId}` (clickStackUpdateWebhook)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            webhook_id: Webhook ID
            name: Webhook name. Must be unique per service within the team.
            service: Webhook service type.
            url: Webhook destination URL.
            description: Webhook description, shown in the UI.
            body: Optional Handlebars request body template. Only for generic/incidentio; rejected for slack. Rejected with a 400 if it does not compile or calls a helper other than `eq` and the Handlebars built-ins.
        """
        return await self._call(106, (self._org(organization_id), service_id, webhook_id), None, body_of({'name': name, 'service': service, 'url': url, 'description': description, 'body': body, 'headers': headers, 'query_params': query_params}))

    async def delete(
        self,
        service_id: Id,
        webhook_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """ClickStack: Delete Webhook

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Deletes a webhook. Blocked with a 409 while any alert still references it — reassign or remove those alerts first — so deletion never leaves an alert pointing at a missing webhook (which would silently drop notifications). Mirrors the internal webhook delete guard.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks/{clickStackWebhookId}` (clickStackDeleteWebhook)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            webhook_id: Webhook ID
        """
        return await self._call(107, (self._org(organization_id), service_id, webhook_id))


class AsyncPostgresBackupsResource(AsyncResource):
    """`client.postgres.backups`: Postgres operations."""

    __slots__ = ()

    def list(
        self,
        postgres_id: Id,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncPager[PostgresBackup]:
        """List of Postgres service backups

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns a list of the base backups retained for a Postgres service, ordered by last modified date, newest first. Results are capped at `limit` (default and maximum 100) per page. Every response carries `limit`, `totalCount` and `nextCursor`; pass `nextCursor` as the `cursor` query parameter to fetch the next page, repeating until it is null. A Postgres service is recovered to a point in time rather than to a single backup, so restore it with the restore endpoint and a timestamp between the service's `earliestRestoreTime` and now, rather than with a backup key from this list.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/backups` (postgresServiceBackupGetList)

        Permissions: `control-plane:postgres-service:view`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            postgres_id: ID of the Postgres service the backups were created from.
            limit: Maximum number of results to return.
        """
        return self._pager(134, (self._org(organization_id), postgres_id), {'limit': limit}, 'cursor', 'postgres.backups.list')


class AsyncPostgresLogsResource(AsyncResource):
    """`client.postgres.logs`: Postgres operations."""

    __slots__ = ()

    def list(
        self,
        postgres_id: Id,
        *,
        from_date: DateTimeLike,
        to_date: DateTimeLike,
        body_contains: Optional[str] = None,
        severity: Optional[str] = None,
        sort_order: Optional[str] = None,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncPager[PostgresLogEntry]:
        """List Postgres server logs

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns PostgreSQL server log entries for a Postgres service within the given time window, most recent first by default (override with `sort_order`). Results are paginated with `limit`/`offset`; advance `offset` until a page returns fewer than `limit` entries to read the full window. The time range must not exceed 30 days, and `to_date` must be after `from_date`.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/logs` (postgresLogsGetList)

        Permissions: `control-plane:postgres-service:view`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            postgres_id: ID of the requested Postgres service.
            from_date: Inclusive start of the time window (RFC 3339 date-time).
            to_date: Inclusive end of the time window (RFC 3339 date-time).
            body_contains: Case-sensitive substring the log body must contain.
            severity: Filter to log entries with this PostgreSQL severity (for example, ERROR, WARNING, LOG).
            sort_order: Sort order. One of `asc` or `desc`.
            limit: Maximum number of results to return.
        """
        return self._pager(137, (self._org(organization_id), postgres_id), {'from_date': from_date, 'to_date': to_date, 'body_contains': body_contains, 'severity': severity, 'sort_order': sort_order, 'limit': limit}, 'offset', 'postgres.logs.list')


class AsyncPostgresSlowQueryPatternsResource(AsyncResource):
    """`client.postgres.slow_query_patterns`: Postgres operations."""

    __slots__ = ()

    def list(
        self,
        postgres_id: Id,
        *,
        from_date: DateTimeLike,
        to_date: DateTimeLike,
        db_name: Optional[str] = None,
        db_user: Optional[str] = None,
        db_operation: Optional[str] = None,
        app: Optional[str] = None,
        sort_by: Optional[str] = None,
        sort_order: Optional[str] = None,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncPager[PostgresSlowQueryPattern]:
        """List Postgres slow query patterns

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns aggregate metrics for the slowest query patterns observed on a Postgres service during the given time window. Use this to discover which queries dominate total execution time, CPU, I/O, or WAL generation.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/slowQueryPatterns` (slowQueryPatternsGetList)

        Permissions: `control-plane:postgres-service:view`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            postgres_id: ID of the requested Postgres service.
            from_date: Inclusive start of the time window (RFC 3339 date-time).
            to_date: Exclusive end of the time window (RFC 3339 date-time).
            db_name: Database name filter.
            db_user: Database user filter.
            db_operation: Database operation filter (for example, SELECT, INSERT, UPDATE, DELETE, UTILITY).
            app: Application name filter.
            sort_by: Field to sort results by.
            sort_order: Sort order. One of `asc` or `desc`.
            limit: Maximum number of results to return.
        """
        return self._pager(135, (self._org(organization_id), postgres_id), {'from_date': from_date, 'to_date': to_date, 'db_name': db_name, 'db_user': db_user, 'db_operation': db_operation, 'app': app, 'sort_by': sort_by, 'sort_order': sort_order, 'limit': limit}, 'offset', 'postgres.slow_query_patterns.list')

    async def get(
        self,
        postgres_id: Id,
        query_id: str,
        *,
        db_name: str,
        db_user: str,
        db_operation: str,
        app: Optional[str] = None,
        timestamp: Optional[DateTimeLike] = None,
        organization_id: Optional[Id] = None,
    ) -> PostgresSlowQueryPatternDetail:
        """Get a Postgres slow query pattern with recent executions

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns aggregate metrics for a single slow query pattern together with its most recent individual executions.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/slowQueryPatterns/{queryId}` (slowQueryPatternGet)

        Permissions: `control-plane:postgres-service:view`.

        Args:
            postgres_id: ID of the requested Postgres service.
            query_id: Stable identifier for the query pattern.
            db_name: Database name filter.
            db_user: Database user filter.
            db_operation: Database operation filter (for example, SELECT, INSERT, UPDATE, DELETE, UTILITY).
            app: Application name filter.
            timestamp: Timestamp of a specific execution (RFC 3339).
        """
        return await self._call(136, (self._org(organization_id), postgres_id, query_id), {'db_name': db_name, 'db_user': db_user, 'db_operation': db_operation, 'app': app, 'timestamp': timestamp})


class AsyncUdfsAttachmentsResource(AsyncResource):
    """`client.udfs.attachments`: UDF operations."""

    __slots__ = ()

    def list(
        self,
        function_name: str,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncPager[UdfAttachment]:
        """List UDF attachments

        Returns the current service attachments for a UDF, with at most one attachment per service.

        `GET /v1/organizations/{organizationId}/udfs/{functionName}/attachments` (udfAttachmentList)

        Permissions: `control-plane:organization:view`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            function_name: Name of the UDF.
            limit: Maximum number of records to return per page. Defaults to 100. Maximum is 100.
        """
        return self._pager(167, (self._org(organization_id), function_name), {'limit': limit}, 'cursor', 'udfs.attachments.list')

    async def detach(
        self,
        function_name: str,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Detach UDF from service

        Detaches a UDF from a service.

        `DELETE /v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}` (udfDetach)

        Permissions: `control-plane:organization:manage`.

        Args:
            function_name: Name of the UDF.
            service_id: ID of the requested service.
        """
        return await self._call(168, (self._org(organization_id), function_name, service_id))

    async def get(
        self,
        function_name: str,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> UdfAttachment:
        """Get UDF attachment

        Returns the current attachment of a UDF to one service.

        `GET /v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}` (udfAttachmentGet)

        Permissions: `control-plane:organization:view`.

        Args:
            function_name: Name of the UDF.
            service_id: ID of the requested service.
        """
        return await self._call(169, (self._org(organization_id), function_name, service_id))

    async def attach(
        self,
        function_name: str,
        service_id: Id,
        *,
        version: Union[int, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> UdfAttachment:
        """Attach UDF to service

        Attaches one UDF version to a service, replacing the current version when necessary. When version is omitted, the latest ready version is attached.

        `PUT /v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}` (udfAttach)

        Permissions: `control-plane:organization:manage`.

        Args:
            function_name: Name of the UDF.
            service_id: ID of the requested service.
            version: Version to attach. When omitted, the latest ready version is attached.
        """
        return await self._call(170, (self._org(organization_id), function_name, service_id), None, body_of({'version': version}))


class AsyncUdfsVersionsResource(AsyncResource):
    """`client.udfs.versions`: UDF operations."""

    __slots__ = ()

    def list(
        self,
        function_name: str,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncPager[Udf]:
        """List UDF versions

        Returns all versions of a UDF.

        `GET /v1/organizations/{organizationId}/udfs/{functionName}/versions` (udfVersionList)

        Permissions: `control-plane:organization:view`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            function_name: Name of the UDF.
            limit: Maximum number of records to return per page. Defaults to 100. Maximum is 100.
        """
        return self._pager(171, (self._org(organization_id), function_name), {'limit': limit}, 'cursor', 'udfs.versions.list')

    async def create(
        self,
        function_name: str,
        *,
        upload_id: Union[Id, NotGiven] = NOT_GIVEN,
        runtime: Union[str, NotGiven] = NOT_GIVEN,
        arguments: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        return_type: Union[str, NotGiven] = NOT_GIVEN,
        return_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        command_read_timeout: Union[int, NotGiven] = NOT_GIVEN,
        command_write_timeout: Union[int, NotGiven] = NOT_GIVEN,
        memory_limit_mib: Union[Optional[int], NotGiven] = NOT_GIVEN,
        send_chunk_header: Union[bool, NotGiven] = NOT_GIVEN,
        deterministic: Union[bool, NotGiven] = NOT_GIVEN,
        format: Union[str, NotGiven] = NOT_GIVEN,
        sandbox_type: Union[str, NotGiven] = NOT_GIVEN,
        type: Union[str, NotGiven] = NOT_GIVEN,
        pool_size: Union[Optional[Any], NotGiven] = NOT_GIVEN,
        max_command_execution_time: Union[Optional[int], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Udf:
        """Create UDF version

        Consumes a source archive, assigns a version, and starts the UDF build. Optional configuration fields omitted from the request use the defaults documented in the request schema; values are not inherited from the previous version. Retry by requesting a new upload URL and re-uploading.

        `POST /v1/organizations/{organizationId}/udfs/{functionName}/versions` (udfVersionCreate)

        Permissions: `control-plane:organization:manage`.

        Args:
            function_name: Name of the UDF.
            upload_id: Identifier of the uploaded source archive.
            deterministic: Marks the UDF as deterministic so ClickHouse can reuse cached query results. Only set this when the UDF always returns the same result for the same arguments.
            pool_size: Always null — an executable UDF has no command pool.
        """
        return await self._call(172, (self._org(organization_id), function_name), None, body_of({'upload_id': upload_id, 'runtime': runtime, 'arguments': arguments, 'return_type': return_type, 'return_name': return_name, 'command_read_timeout': command_read_timeout, 'command_write_timeout': command_write_timeout, 'memory_limit_mib': memory_limit_mib, 'send_chunk_header': send_chunk_header, 'deterministic': deterministic, 'format': format, 'sandbox_type': sandbox_type, 'type': type, 'pool_size': pool_size, 'max_command_execution_time': max_command_execution_time}))

    async def delete(
        self,
        function_name: str,
        version: int,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete UDF version

        Deletes a UDF version. The UDF must not be attached to any services.

        `DELETE /v1/organizations/{organizationId}/udfs/{functionName}/versions/{version}` (udfVersionDelete)

        Permissions: `control-plane:organization:manage`.

        Args:
            function_name: Name of the UDF.
            version: Version number of the UDF.
        """
        return await self._call(173, (self._org(organization_id), function_name, version))


class AsyncActivitiesResource(AsyncResource):
    """`client.activities`: Organization operations."""

    __slots__ = ()

    async def list(
        self,
        *,
        from_date: Optional[DateTimeLike] = None,
        to_date: Optional[DateTimeLike] = None,
        organization_id: Optional[Id] = None,
    ) -> ResultList[Activity]:
        """List of organization activities

        Returns a list of all organization activities.

        `GET /v1/organizations/{organizationId}/activities` (activityGetList)

        Permissions: `control-plane:organization:view-activities`.

        Args:
            from_date: A starting date for a search
            to_date: An ending date for a search
        """
        return await self._call(67, (self._org(organization_id),), {'from_date': from_date, 'to_date': to_date})

    async def get(
        self,
        activity_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> Activity:
        """Organization activity

        Returns a single organization activity by ID.

        `GET /v1/organizations/{organizationId}/activities/{activityId}` (activityGet)

        Permissions: `control-plane:organization:view-activities`.

        Args:
            activity_id: ID of the requested activity.
        """
        return await self._call(68, (self._org(organization_id), activity_id))


class AsyncBackupBucketResource(AsyncResource):
    """`client.backup_bucket`: Backup operations."""

    __slots__ = ()

    async def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> BackupBucket:
        """Get service backup bucket

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns the service backup bucket.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/backupBucket` (backupBucketGet)

        Permissions: `control-plane:service:view-backups`.

        Args:
            service_id: ID of the service.
        """
        return await self._call(50, (self._org(organization_id), service_id))

    async def create(
        self,
        service_id: Id,
        *,
        bucket_provider: Union[str, NotGiven] = NOT_GIVEN,
        bucket_path: Union[str, NotGiven] = NOT_GIVEN,
        iam_role_arn: Union[str, NotGiven] = NOT_GIVEN,
        iam_role_session_name: Union[str, NotGiven] = NOT_GIVEN,
        iam_role_external_id: Union[str, NotGiven] = NOT_GIVEN,
        access_key_id: Union[str, NotGiven] = NOT_GIVEN,
        secret_access_key: Union[str, NotGiven] = NOT_GIVEN,
        container_name: Union[str, NotGiven] = NOT_GIVEN,
        connection_string: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> BackupBucket:
        """Create service backup bucket

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Create service backup bucket. Requires ADMIN auth key role.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/backupBucket` (backupBucketCreate)

        Permissions: `control-plane:service:manage-backups`.

        Args:
            service_id: ID of the requested service.
            bucket_provider: Bucket provider
            bucket_path: Bucket path
            iam_role_arn: AWS Role ARN
            iam_role_session_name: AWS Role session name
            iam_role_external_id: External ID the IAM role trust policy requires when the data plane assumes the role
            access_key_id: Access Key ID (HMAC key)
            secret_access_key: Secret Access Key (HMAC secret key)
            container_name: Container Name
            connection_string: Connection String
        """
        return await self._call(51, (self._org(organization_id), service_id), None, body_of({'bucket_provider': bucket_provider, 'bucket_path': bucket_path, 'iam_role_arn': iam_role_arn, 'iam_role_session_name': iam_role_session_name, 'iam_role_external_id': iam_role_external_id, 'access_key_id': access_key_id, 'secret_access_key': secret_access_key, 'container_name': container_name, 'connection_string': connection_string}))

    async def update(
        self,
        service_id: Id,
        *,
        bucket_provider: Union[str, NotGiven] = NOT_GIVEN,
        bucket_path: Union[str, NotGiven] = NOT_GIVEN,
        iam_role_arn: Union[str, NotGiven] = NOT_GIVEN,
        iam_role_session_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        iam_role_external_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        access_key_id: Union[str, NotGiven] = NOT_GIVEN,
        secret_access_key: Union[str, NotGiven] = NOT_GIVEN,
        container_name: Union[str, NotGiven] = NOT_GIVEN,
        connection_string: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> BackupBucket:
        """Update service backup bucket

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Update service backup bucket. Requires ADMIN auth key role. The secrets of the specified bucket provider are always required

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/backupBucket` (backupBucketUpdate)

        Permissions: `control-plane:service:manage-backups`.

        Args:
            service_id: ID of the requested service.
            bucket_provider: Bucket provider
            bucket_path: Bucket path
            iam_role_arn: AWS Role ARN
            iam_role_session_name: AWS IAM Role session name
            iam_role_external_id: External ID the IAM role trust policy requires when the data plane assumes the role. Set to `null` to clear it.
            access_key_id: Access Key ID (HMAC key)
            secret_access_key: Secret Access Key (HMAC secret key)
            container_name: Container Name
            connection_string: Connection String
        """
        return await self._call(52, (self._org(organization_id), service_id), None, body_of({'bucket_provider': bucket_provider, 'bucket_path': bucket_path, 'iam_role_arn': iam_role_arn, 'iam_role_session_name': iam_role_session_name, 'iam_role_external_id': iam_role_external_id, 'access_key_id': access_key_id, 'secret_access_key': secret_access_key, 'container_name': container_name, 'connection_string': connection_string}))

    async def delete(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete service backup bucket

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Delete service backup bucket. Requires ADMIN auth key role.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/backupBucket` (backupBucketDelete)

        Permissions: `control-plane:service:manage-backups`.

        Args:
            service_id: ID of the requested service.
        """
        return await self._call(53, (self._org(organization_id), service_id))


class AsyncBackupConfigurationResource(AsyncResource):
    """`client.backup_configuration`: Backup operations."""

    __slots__ = ()

    async def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> BackupConfiguration:
        """Get service backup configuration

        Returns the service backup configuration.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/backupConfiguration` (backupConfigurationGet)

        Permissions: `control-plane:service:view-backups`.

        Args:
            service_id: ID of the service.
        """
        return await self._call(44, (self._org(organization_id), service_id))

    async def update(
        self,
        service_id: Id,
        *,
        backup_period_in_hours: Union[Optional[float], NotGiven] = NOT_GIVEN,
        backup_retention_period_in_hours: Union[Optional[float], NotGiven] = NOT_GIVEN,
        backup_start_time: Union[Optional[str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> BackupConfiguration:
        """Update service backup configuration

        Updates service backup configuration. Requires ADMIN auth key role. Setting the properties with null value, will reset the properties to theirs default values.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/backupConfiguration` (backupConfigurationUpdate)

        Permissions: `control-plane:service:manage-backups`.

        Args:
            service_id: ID of the service.
            backup_period_in_hours: The interval in hours between each backup.
            backup_retention_period_in_hours: The minimum duration in hours for which the backups are available. Must be a whole number of days between 24 (1 day) and 1080 (45 days) — i.e. a multiple of 24.
            backup_start_time: The time in HH:MM format for the backups to be performed (evaluated in UTC timezone). When defined the backup period resets to every 24 hours.
        """
        return await self._call(45, (self._org(organization_id), service_id), None, body_of({'backup_period_in_hours': backup_period_in_hours, 'backup_retention_period_in_hours': backup_retention_period_in_hours, 'backup_start_time': backup_start_time}))


class AsyncBackupsResource(AsyncResource):
    """`client.backups`: Backup operations."""

    __slots__ = ()

    async def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[Backup]:
        """List of service backups

        Returns a list of all backups for the service. The most recent backups comes first in the list.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/backups` (backupGetList)

        Permissions: `control-plane:service:view-backups`.

        Args:
            service_id: ID of the service the backup was created from.
        """
        return await self._call(40, (self._org(organization_id), service_id))

    async def get(
        self,
        service_id: Id,
        backup_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> Backup:
        """Get backup details

        Returns a single backup info.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/backups/{backupId}` (backupGet)

        Permissions: `control-plane:service:view-backups`.

        Args:
            service_id: ID of the service the backup was created from.
            backup_id: ID of the requested backup.
        """
        return await self._call(41, (self._org(organization_id), service_id, backup_id))


class AsyncBalancesResource(AsyncResource):
    """`client.balances`: Billing operations."""

    __slots__ = ()

    async def get_active(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> ActiveBalances:
        """Get organization active prepaid balances

        DEPRECATED. Use the `/v1/organizations/{organizationId}/creditBalances` endpoint instead. <br /><br /> Returns the active prepaid credit balances for the organization, each with its own balance ID and remaining credits, along with the total remaining credits across all active balances. A balance is active when it has started, has not expired, and has credits remaining. Balances are ordered by expiration date, soonest first, and the returned page is capped at `limit` (default and maximum 100). When `totalCount` exceeds the number of returned balances, page with `limit`/`offset` to retrieve them all. `totalRemainingPrepaidCredits` always covers every active balance, not just the returned page.

        `GET /v1/organizations/{organizationId}/activeBalances` (activeBalancesGet)

        Permissions: `control-plane:organization:view-billing`.

        Deprecated: the API marks this operation deprecated (calling it warns).

        Args:
            limit: Maximum number of results to return.
            offset: Number of results to skip before returning.
        """
        warn_deprecated('balances.get_active')
        return await self._call(72, (self._org(organization_id),), {'limit': limit, 'offset': offset})

    async def get_credit(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> CreditBalances:
        """Get organization active credit balances

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the active credit balances for the organization, each with its own balance ID, type and remaining credits, along with the total remaining credits across all of them. A balance is active when it has started, has not expired, and has credits remaining. Balances are ordered by expiration date, soonest first. The list is always present and is empty when the organization has no active balances.

        `GET /v1/organizations/{organizationId}/creditBalances` (creditBalancesGet)

        Permissions: `control-plane:organization:view-billing`.
        """
        return await self._call(73, (self._org(organization_id),))


class AsyncByocInfrastructureResource(AsyncResource):
    """`client.byoc_infrastructure`: Organization operations."""

    __slots__ = ()

    async def create(
        self,
        *,
        region_id: Union[str, NotGiven] = NOT_GIVEN,
        account_id: Union[str, NotGiven] = NOT_GIVEN,
        availability_zone_suffixes: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        vpc_cidr_range: Union[str, NotGiven] = NOT_GIVEN,
        external_id: Union[str, NotGiven] = NOT_GIVEN,
        tenant_id: Union[str, NotGiven] = NOT_GIVEN,
        service_principal_client_id: Union[str, NotGiven] = NOT_GIVEN,
        vpc_id: Union[str, NotGiven] = NOT_GIVEN,
        private_subnet_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        public_subnet_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        gcp_pod_cidr_range_names: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        gcp_shared_vpc_host_project_id: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        display_name: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ByocConfig:
        """Create BYOC Infrastructure

        Create a new BYOC Infrastructure in the organization. Returns the configuration of the newly created infrastructure

        `POST /v1/organizations/{organizationId}/byocInfrastructure` (organizationByocInfrastructureCreate)

        Permissions: `control-plane:organization:manage`.

        Args:
            region_id: Region in which the BYOC infrastructure will be located
            account_id: Cloud account ID the BYOC infrastructure is configured for: AWS account ID, GCP project ID, or Azure subscription ID
            availability_zone_suffixes: List of availability zone suffixes
            vpc_cidr_range: CIDR range for the ClickHouse-managed VPC. Mutually exclusive with the BYO-VPC fields (`vpcId`, `privateSubnetIds`, `publicSubnetIds`)
            external_id: AWS only: ExternalID baked into the ClickHouse management role trust policy in your account
            tenant_id: Azure only (required for Azure regions): Entra tenant ID of the subscription
            service_principal_client_id: Azure only (required for Azure regions): client ID of the service principal ClickHouse uses to manage the infrastructure
            vpc_id: BYO-VPC only (AWS and GCP): ID or network name of the customer-provided VPC to deploy into. Requires `privateSubnetIds`
            private_subnet_ids: BYO-VPC only: private subnet IDs or names (1-6 entries on AWS, exactly one on GCP)
            public_subnet_ids: AWS BYO-VPC only: public subnet IDs (at most 6 entries)
            gcp_pod_cidr_range_names: GCP BYO-VPC only: secondary IP range names on the subnet to use for pod IPs. Omitted: all secondary ranges are used
            gcp_shared_vpc_host_project_id: GCP BYO-VPC only: Shared VPC host project owning the VPC and subnet, when different from `accountId`
            display_name: Human readable name for infrastructure
        """
        return await self._call(139, (self._org(organization_id),), None, body_of({'region_id': region_id, 'account_id': account_id, 'availability_zone_suffixes': availability_zone_suffixes, 'vpc_cidr_range': vpc_cidr_range, 'external_id': external_id, 'tenant_id': tenant_id, 'service_principal_client_id': service_principal_client_id, 'vpc_id': vpc_id, 'private_subnet_ids': private_subnet_ids, 'public_subnet_ids': public_subnet_ids, 'gcp_pod_cidr_range_names': gcp_pod_cidr_range_names, 'gcp_shared_vpc_host_project_id': gcp_shared_vpc_host_project_id, 'tags': tags, 'display_name': display_name}))

    async def validate(
        self,
        *,
        region_id: Union[str, NotGiven] = NOT_GIVEN,
        account_id: Union[str, NotGiven] = NOT_GIVEN,
        availability_zone_suffixes: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        vpc_cidr_range: Union[str, NotGiven] = NOT_GIVEN,
        external_id: Union[str, NotGiven] = NOT_GIVEN,
        tenant_id: Union[str, NotGiven] = NOT_GIVEN,
        service_principal_client_id: Union[str, NotGiven] = NOT_GIVEN,
        vpc_id: Union[str, NotGiven] = NOT_GIVEN,
        private_subnet_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        public_subnet_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        gcp_pod_cidr_range_names: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        gcp_shared_vpc_host_project_id: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ByocInfrastructureValidation:
        """Validate BYOC infrastructure prerequisites

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Preflight-validates that a cloud account is ready for BYOC infrastructure creation: simulates the cloud permissions ClickHouse needs (and, for BYO-VPC, checks the provided network resources) without creating anything. Takes the same parameters as infrastructure creation, so a payload that passes validation will not be rejected by create for the same inputs.

        `POST /v1/organizations/{organizationId}/byocInfrastructure/validate` (organizationByocInfrastructureValidate)

        Permissions: `control-plane:organization:manage`.

        Args:
            region_id: Region in which the BYOC infrastructure will be located
            account_id: Cloud account ID the BYOC infrastructure is configured for: AWS account ID, GCP project ID, or Azure subscription ID
            availability_zone_suffixes: List of availability zone suffixes
            vpc_cidr_range: CIDR range for the ClickHouse-managed VPC. Mutually exclusive with the BYO-VPC fields (`vpcId`, `privateSubnetIds`, `publicSubnetIds`)
            external_id: AWS only: ExternalID baked into the ClickHouse management role trust policy in your account
            tenant_id: Azure only (required for Azure regions): Entra tenant ID of the subscription
            service_principal_client_id: Azure only (required for Azure regions): client ID of the service principal ClickHouse uses to manage the infrastructure
            vpc_id: BYO-VPC only (AWS and GCP): ID or network name of the customer-provided VPC to deploy into. Requires `privateSubnetIds`
            private_subnet_ids: BYO-VPC only: private subnet IDs or names (1-6 entries on AWS, exactly one on GCP)
            public_subnet_ids: AWS BYO-VPC only: public subnet IDs (at most 6 entries)
            gcp_pod_cidr_range_names: GCP BYO-VPC only: secondary IP range names on the subnet to use for pod IPs. Omitted: all secondary ranges are used
            gcp_shared_vpc_host_project_id: GCP BYO-VPC only: Shared VPC host project owning the VPC and subnet, when different from `accountId`
        """
        return await self._call(140, (self._org(organization_id),), None, body_of({'region_id': region_id, 'account_id': account_id, 'availability_zone_suffixes': availability_zone_suffixes, 'vpc_cidr_range': vpc_cidr_range, 'external_id': external_id, 'tenant_id': tenant_id, 'service_principal_client_id': service_principal_client_id, 'vpc_id': vpc_id, 'private_subnet_ids': private_subnet_ids, 'public_subnet_ids': public_subnet_ids, 'gcp_pod_cidr_range_names': gcp_pod_cidr_range_names, 'gcp_shared_vpc_host_project_id': gcp_shared_vpc_host_project_id, 'tags': tags}))

    async def get(
        self,
        infrastructure_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ByocInfrastructureDetails:
        """Get BYOC infrastructure details

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns the full configuration of a BYOC infrastructure, including private link and load balancer state, network layout, and BYO-VPC settings read from the data plane.

        `GET /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}` (organizationByocInfrastructureGet)

        Permissions: `control-plane:organization:view`.

        Args:
            infrastructure_id: ID of the requested BYOC Infrastructure
        """
        return await self._call(141, (self._org(organization_id), infrastructure_id))

    async def delete(
        self,
        infrastructure_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Remove a BYOC infrastructure

        Removes a BYOC Infrastructure from the organization

        `DELETE /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}` (organizationByocInfrastructureDelete)

        Permissions: `control-plane:organization:manage`.

        Args:
            infrastructure_id: ID of the requested BYOC Infrastructure
        """
        return await self._call(142, (self._org(organization_id), infrastructure_id))

    async def update(
        self,
        infrastructure_id: Id,
        *,
        display_name: Union[str, NotGiven] = NOT_GIVEN,
        enable_private_link: Union[bool, NotGiven] = NOT_GIVEN,
        gcp_psc_subnet_id: Union[str, NotGiven] = NOT_GIVEN,
        enable_private_load_balancer: Union[bool, NotGiven] = NOT_GIVEN,
        enable_public_load_balancer: Union[bool, NotGiven] = NOT_GIVEN,
        tags: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ByocConfig:
        """Update BYOC Infrastructure

        Update configuration of the BYOC infrastructure: rename it, toggle private link and load balancers, or replace its tags. The request is validated as a whole before anything is applied. If applying a field then fails in the data plane, client errors name the fields already applied, while internal errors return a generic message; retrying the same request is safe either way and converges the infrastructure to the requested state. Returns the modified infrastructure

        `PATCH /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}` (organizationByocInfrastructureUpdate)

        Permissions: `control-plane:organization:manage`.

        Args:
            infrastructure_id: ID of the requested BYOC Infrastructure
            display_name: Human readable name for infrastructure object
            enable_private_link: Enable or disable private link connectivity on the infrastructure. Disabling is rejected while any service in the organization has active private endpoints
            gcp_psc_subnet_id: GCP BYO-VPC only: customer-provided Private Service Connect NAT subnet name required to enable private link. Only accepted together with `enablePrivateLink: true`
            enable_private_load_balancer: Enable or disable the private (internal) load balancer of the infrastructure
            enable_public_load_balancer: Enable or disable the public (internet-facing) load balancer of the infrastructure
        """
        return await self._call(143, (self._org(organization_id), infrastructure_id), None, body_of({'display_name': display_name, 'enable_private_link': enable_private_link, 'gcp_psc_subnet_id': gcp_psc_subnet_id, 'enable_private_load_balancer': enable_private_load_balancer, 'enable_public_load_balancer': enable_public_load_balancer, 'tags': tags}))

    async def get_progress(
        self,
        infrastructure_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ByocInfrastructureProgress:
        """Get BYOC infrastructure provisioning progress

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the stage-by-stage provisioning progress of a BYOC infrastructure, more granular than the `state` field: overall status plus a tree of provisioning stages down to individual cloud resources.

        `GET /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}/progress` (organizationByocInfrastructureProgressGet)

        Permissions: `control-plane:organization:view`.

        Args:
            infrastructure_id: ID of the requested BYOC Infrastructure
        """
        return await self._call(144, (self._org(organization_id), infrastructure_id))

    async def get_tags(
        self,
        infrastructure_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ByocInfrastructureTagsResponse:
        """Get BYOC infrastructure tags

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns the additional tags currently applied to the cloud resources of the BYOC infrastructure. Tags are replaced as a whole through the infrastructure update endpoint.

        `GET /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}/tags` (organizationByocInfrastructureTagsGet)

        Permissions: `control-plane:organization:view`.

        Args:
            infrastructure_id: ID of the requested BYOC Infrastructure
        """
        return await self._call(145, (self._org(organization_id), infrastructure_id))

    async def get_private_endpoint_config(
        self,
        infrastructure_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ByocInfrastructurePrivateEndpointConfig:
        """Get BYOC infrastructure private endpoint configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns the private link endpoint service details of a BYOC infrastructure. For BYOC organizations this replaces the deprecated organization-level `privateEndpointConfig` endpoint.

        `GET /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}/privateEndpointConfig` (organizationByocInfrastructurePrivateEndpointConfigGet)

        Permissions: `control-plane:organization:view`.

        Args:
            infrastructure_id: ID of the requested BYOC Infrastructure
        """
        return await self._call(146, (self._org(organization_id), infrastructure_id))


class AsyncClickhouseSettingsResource(AsyncResource):
    """`client.clickhouse_settings`: Service operations."""

    __slots__ = ()

    async def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ServiceClickhouseSettingsList:
        """List ClickHouse settings

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the configured ClickHouse settings for the service. Only settings that have been explicitly set are included.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings` (serviceClickhouseSettingsListGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the service.
        """
        return await self._call(35, (self._org(organization_id), service_id))

    async def update(
        self,
        service_id: Id,
        *,
        settings: Union[Mapping[str, Union[str, int]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ServiceClickhouseSettingsPatchResponse:
        """Update ClickHouse settings

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Updates one or more ClickHouse settings for the service. To reset a setting to its platform default, use the [DELETE single setting](#tag/Service/operation/serviceClickhouseSettingDelete) endpoint. Use the [schema endpoint](#tag/Service/operation/serviceClickhouseSettingsSchemaGet) to discover which settings are configurable.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings` (serviceClickhouseSettingsUpdate)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the service.
        """
        return await self._call(36, (self._org(organization_id), service_id), None, body_of({'settings': settings}))

    async def get_schema(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ServiceClickhouseSettingsSchema:
        """Get ClickHouse settings schema

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the schema of all configurable ClickHouse settings, including types, valid values, descriptions, and warnings.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/schema` (serviceClickhouseSettingsSchemaGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the service.
        """
        return await self._call(37, (self._org(organization_id), service_id))

    async def get(
        self,
        service_id: Id,
        setting_name: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> ServiceClickhouseSetting:
        """Get ClickHouse setting

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the current value of a ClickHouse setting for the service. Use the [schema endpoint](#tag/Service/operation/serviceClickhouseSettingsSchemaGet) to discover which settings are configurable.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/{settingName}` (serviceClickhouseSettingGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the service.
            setting_name: Name of the setting to retrieve.
        """
        return await self._call(38, (self._org(organization_id), service_id, setting_name))

    async def delete(
        self,
        service_id: Id,
        setting_name: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Reset ClickHouse setting to default

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Removes a previously-configured ClickHouse setting, reverting its effective value to the platform default. Settings under `spec.extraConfig.server.*` (e.g. `keep_alive_timeout`, `shared_merge_tree_disable_merges_and_mutations_assignment`) trigger a ClickHouse server rollout restart; other settings propagate to all replicas after a short delay. Deleting a setting that was never configured is a no-op (200 OK).

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/{settingName}` (serviceClickhouseSettingDelete)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the service.
            setting_name: Name of the setting to reset.
        """
        return await self._call(39, (self._org(organization_id), service_id, setting_name))


class AsyncClickpipesResource(AsyncResource):
    """`client.clickpipes`: ClickPipes operations."""

    __slots__ = ()

    @property
    def reverse_private_endpoints(self) -> AsyncClickpipesReversePrivateEndpointsResource:
        return AsyncClickpipesReversePrivateEndpointsResource(self._client)

    async def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[ClickPipe]:
        """List ClickPipes

        Returns a list of ClickPipes.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipes` (clickPipeGetList)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
        """
        return await self._call(74, (self._org(organization_id), service_id))

    async def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        source: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        destination: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        field_mappings: Union[Sequence[Union[ClickPipeFieldMapping, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        scaling: Union[Union[ClickPipeScaling, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        settings: Union[Union[ClickPipeSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        start_paused: Union[bool, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipe:
        """Create ClickPipe

        Create a new ClickPipe.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickpipes` (clickPipeCreate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service to create the ClickPipe for.
            name: Name of the ClickPipe.
            field_mappings: Field mappings of the ClickPipe. Note that all destination columns must be included in the mappings.
            start_paused: Create the ClickPipe in the Stopped state instead of starting ingestion immediately. Start it later with the state endpoint. Not supported for database ClickPipes.
        """
        return await self._call(75, (self._org(organization_id), service_id), None, body_of({'name': name, 'source': source, 'destination': destination, 'field_mappings': field_mappings, 'scaling': scaling, 'settings': settings, 'start_paused': start_paused}))

    async def get_context(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickPipesServiceContext:
        """Get ClickPipes service context

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns service-level ClickPipes capabilities and Private Preview workload identity context, including the GCP service account to grant access to customer source resources.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/context` (clickPipesServiceContextGet)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service to get ClickPipes context for.
        """
        return await self._call(76, (self._org(organization_id), service_id))

    async def get(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickPipe:
        """Get ClickPipe

        Returns the specified ClickPipe.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}` (clickPipeGet)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the requested ClickPipe.
        """
        return await self._call(77, (self._org(organization_id), service_id, clickpipe_id))

    async def update(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        source: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        destination: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        field_mappings: Union[Sequence[Union[ClickPipeFieldMapping, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        settings: Union[Union[ClickPipeSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipe:
        """Update ClickPipe

        Update the specified ClickPipe. Source fields not present in the per-source update schemas are immutable after creation. For Kafka sources, values submitted for immutable fields (type, format, brokers, topics, consumerGroup, offset, schemaRegistry, exactlyOnce, tombstoneMode) are not applied, except schema registry credentials, which are rejected.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}` (clickPipeUpdate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service to create the ClickPipe for.
            clickpipe_id: ID of the requested ClickPipe.
            name: Name of the ClickPipe.
            field_mappings: Field mappings of the ClickPipe. This will not update the table schema, only the ClickPipe configuration.
        """
        return await self._call(78, (self._org(organization_id), service_id, clickpipe_id), None, body_of({'name': name, 'source': source, 'destination': destination, 'field_mappings': field_mappings, 'settings': settings}))

    async def delete(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete ClickPipe

        Delete the specified ClickPipe.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}` (clickPipeDelete)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the ClickPipe to delete.
        """
        return await self._call(79, (self._org(organization_id), service_id, clickpipe_id))

    async def get_settings(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickPipeSettings:
        """Get ClickPipe settings

        Returns the advanced settings for the specified ClickPipe.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/settings` (clickPipeSettingsGet)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the ClickPipe to get settings for.
        """
        return await self._call(80, (self._org(organization_id), service_id, clickpipe_id))

    async def update_settings(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        streaming_max_insert_wait_ms: Union[int, NotGiven] = NOT_GIVEN,
        object_storage_concurrency: Union[int, NotGiven] = NOT_GIVEN,
        object_storage_polling_interval_ms: Union[int, NotGiven] = NOT_GIVEN,
        object_storage_max_insert_bytes: Union[int, NotGiven] = NOT_GIVEN,
        object_storage_max_file_count: Union[int, NotGiven] = NOT_GIVEN,
        clickhouse_max_threads: Union[int, NotGiven] = NOT_GIVEN,
        clickhouse_max_insert_threads: Union[int, NotGiven] = NOT_GIVEN,
        clickhouse_min_insert_block_size_bytes: Union[int, NotGiven] = NOT_GIVEN,
        clickhouse_max_download_threads: Union[int, NotGiven] = NOT_GIVEN,
        clickhouse_parallel_distributed_insert_select: Union[int, NotGiven] = NOT_GIVEN,
        kafka_read_committed: Union[bool, NotGiven] = NOT_GIVEN,
        object_storage_use_cluster_function: Union[bool, NotGiven] = NOT_GIVEN,
        clickhouse_parallel_view_processing: Union[bool, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipeSettings:
        """Update ClickPipe settings

        Update the advanced settings for the specified ClickPipe. Send key-value pairs where values can be strings, numbers, or booleans.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/settings` (clickPipeSettingsUpdate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the ClickPipe to update settings for.
            streaming_max_insert_wait_ms: Streaming max insert wait time. Configures the max wait period before inserting data into the ClickHouse.
            object_storage_concurrency: Object storage concurrency. Number of concurrent file processing threads
            object_storage_polling_interval_ms: Object storage polling interval. Configures the refresh interval for querying continuous ingest for new object storage data
            object_storage_max_insert_bytes: Max insert bytes. Number of bytes to process in a single insert batch
            object_storage_max_file_count: Max file count. Maximum number of files to process in a single insert batch
            clickhouse_max_threads: Max threads. Maximum number of concurrent threads for file processing
            clickhouse_max_insert_threads: Max insert threads. Maximum number of concurrent insert threads
            clickhouse_min_insert_block_size_bytes: Min insert block size bytes. Minimum size of data block for insert (in bytes)
            clickhouse_max_download_threads: Max download threads. Maximum number of concurrent download threads
            clickhouse_parallel_distributed_insert_select: Parallel distributed insert select. Only applies when object_storage_use_cluster_function is enabled. When disabled, this setting is ignored and the effective value is 0.
            kafka_read_committed: Kafka Read Committed. Whether Kafka consumers read only committed messages
            object_storage_use_cluster_function: use cluster function. Whether to use ClickHouse cluster function for distributed processing
            clickhouse_parallel_view_processing: parallel view processing. Whether to enable pushing to attached views concurrently instead of sequentially
        """
        return await self._call(81, (self._org(organization_id), service_id, clickpipe_id), None, body_of({'streaming_max_insert_wait_ms': streaming_max_insert_wait_ms, 'object_storage_concurrency': object_storage_concurrency, 'object_storage_polling_interval_ms': object_storage_polling_interval_ms, 'object_storage_max_insert_bytes': object_storage_max_insert_bytes, 'object_storage_max_file_count': object_storage_max_file_count, 'clickhouse_max_threads': clickhouse_max_threads, 'clickhouse_max_insert_threads': clickhouse_max_insert_threads, 'clickhouse_min_insert_block_size_bytes': clickhouse_min_insert_block_size_bytes, 'clickhouse_max_download_threads': clickhouse_max_download_threads, 'clickhouse_parallel_distributed_insert_select': clickhouse_parallel_distributed_insert_select, 'kafka_read_committed': kafka_read_committed, 'object_storage_use_cluster_function': object_storage_use_cluster_function, 'clickhouse_parallel_view_processing': clickhouse_parallel_view_processing}))

    async def discover_schema(
        self,
        service_id: Id,
        *,
        source: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipeSchemaDiscoveryResponse:
        """Discover ClickPipe source schema

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Infers the schema (field names and ClickHouse data types) of a ClickPipe source without creating a pipe. Supported for Kafka, Kinesis, Pub/Sub, and object storage sources. Object storage inference runs on the destination service, which must be running.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/schemaDiscovery` (clickPipeSchemaDiscovery)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service to run schema discovery against.
        """
        return await self._call(82, (self._org(organization_id), service_id), None, body_of({'source': source}))

    async def update_scaling(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        replicas: Union[int, NotGiven] = NOT_GIVEN,
        concurrency: Union[int, NotGiven] = NOT_GIVEN,
        replica_cpu_millicores: Union[int, NotGiven] = NOT_GIVEN,
        replica_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipe:
        """Update ClickPipe scaling

        Change scaling settings for the specified ClickPipe. This endpoint supports Kafka, Kinesis, and object storage pipes (S3, GCS, Azure Blob).

        **Note:** For database ClickPipes (PostgreSQL, MySQL, MongoDB, BigQuery), use the [Update CDC ClickPipes scaling](#tag/ClickPipes/operation/clickPipeCdcScalingUpdate) endpoint instead.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/scaling` (clickPipeScalingUpdate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the ClickPipe to update scaling settings.
            replicas: Number of replicas to scale to. Use to scale Kafka pipes.
            concurrency: Number of concurrency to scale to. Use to scale S3 pipes.
            replica_cpu_millicores: CPU in millicores for each replica. Use to scale streaming pipes.
            replica_memory_gb: Memory in GB for each replica. Use to scale streaming pipes.
        """
        return await self._call(83, (self._org(organization_id), service_id, clickpipe_id), None, body_of({'replicas': replicas, 'concurrency': concurrency, 'replica_cpu_millicores': replica_cpu_millicores, 'replica_memory_gb': replica_memory_gb}))

    async def update_state(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        command: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipe:
        """Update ClickPipe state

        Start, stop or resync ClickPipe. Stopping a ClickPipe will stop the ingestion process from any state. Starting is allowed for ClickPipes in the "Stopped" state or with a "Failed" state. Resyncing is only for Postgres and MySQL pipes and can be done from any state.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/state` (clickPipeStateUpdate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the ClickPipe to update state.
            command: Command to change the state: 'start', 'stop', 'resync'.
        """
        return await self._call(84, (self._org(organization_id), service_id, clickpipe_id), None, body_of({'command': command}))

    async def get_cdc_scaling(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickPipesCdcScaling:
        """Get CDC ClickPipes scaling

        Get scaling settings for database ClickPipes (PostgreSQL, MySQL, MongoDB, BigQuery).

        The infrastructure is shared between all database ClickPipes in the service, both for initial load and CDC. For billing purposes, 2 CPU cores and 8 GB of RAM [correspond](https://clickhouse.com/docs/cloud/manage/billing/overview#clickpipes-for-postgres-cdc) to one compute unit.

        **Note:** For Kafka, Kinesis, and object storage pipes (S3, GCS, Azure Blob), see [Get ClickPipe](#tag/ClickPipes/operation/clickPipeGet).

        **This endpoint becomes available once at least one database ClickPipe was provisioned.**

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipesCdcScaling` (clickPipeCdcScalingGet)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
        """
        return await self._call(85, (self._org(organization_id), service_id))

    async def update_cdc_scaling(
        self,
        service_id: Id,
        *,
        replica_cpu_millicores: Union[int, NotGiven] = NOT_GIVEN,
        replica_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipesCdcScaling:
        """Update CDC ClickPipes scaling

        Update scaling settings for database ClickPipes (PostgreSQL, MySQL, MongoDB, BigQuery).

        The infrastructure is shared between all database ClickPipes in the service, both for initial load and CDC. Scaling settings may take a few minutes to fully propagate.

        For billing purposes, 2 CPU cores and 8 GB of RAM [correspond](https://clickhouse.com/docs/cloud/manage/billing/overview#clickpipes-for-postgres-cdc) to one compute unit. If your organization tier changes, database ClickPipes will be [rescaled](https://clickhouse.com/docs/cloud/manage/billing/overview#compute) appropriately.

        **Note:** For Kafka, Kinesis, and object storage pipes (S3, GCS, Azure Blob), see [Get ClickPipe](#tag/ClickPipes/operation/clickPipeGet).

        **This endpoint becomes available once at least one database ClickPipe was provisioned.**

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipesCdcScaling` (clickPipeCdcScalingUpdate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
            replica_cpu_millicores: CPU in millicores for DB ClickPipes.
            replica_memory_gb: Memory in GiB for DB ClickPipes. Must be 4× the CPU core count.
        """
        return await self._call(86, (self._org(organization_id), service_id), None, body_of({'replica_cpu_millicores': replica_cpu_millicores, 'replica_memory_gb': replica_memory_gb}))


class AsyncClickstackResource(AsyncResource):
    """`client.clickstack`: clickstack operations."""

    __slots__ = ()

    @property
    def alerts(self) -> AsyncClickstackAlertsResource:
        return AsyncClickstackAlertsResource(self._client)

    @property
    def dashboards(self) -> AsyncClickstackDashboardsResource:
        return AsyncClickstackDashboardsResource(self._client)

    @property
    def roles(self) -> AsyncClickstackRolesResource:
        return AsyncClickstackRolesResource(self._client)

    @property
    def saved_searches(self) -> AsyncClickstackSavedSearchesResource:
        return AsyncClickstackSavedSearchesResource(self._client)

    @property
    def sources(self) -> AsyncClickstackSourcesResource:
        return AsyncClickstackSourcesResource(self._client)

    @property
    def webhooks(self) -> AsyncClickstackWebhooksResource:
        return AsyncClickstackWebhooksResource(self._client)


class AsyncInvitationsResource(AsyncResource):
    """`client.invitations`: User management operations."""

    __slots__ = ()

    async def list(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[Invitation]:
        """List all invitations

        Returns list of all organization invitations.

        `GET /v1/organizations/{organizationId}/invitations` (invitationGetList)

        Permissions: `control-plane:organization:view`.
        """
        return await self._call(63, (self._org(organization_id),))

    async def create(
        self,
        *,
        email: Union[str, NotGiven] = NOT_GIVEN,
        role: Union[str, NotGiven] = NOT_GIVEN,
        assigned_role_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Invitation:
        """Create an invitation

        Creates organization invitation.

        `POST /v1/organizations/{organizationId}/invitations` (invitationCreate)

        Permissions: `control-plane:organization:manage`.

        Args:
            email: Email of the invited user. Only a user with this email can join using the invitation. The email is stored in a lowercase form.
            role: DEPRECATED. Use `assignedRoleIds` instead. Role to assign to the invited user in the organization.
            assigned_role_ids: List of role IDs to assign to the invited user when they accept the invitation
        """
        return await self._call(64, (self._org(organization_id),), None, body_of({'email': email, 'role': role, 'assigned_role_ids': assigned_role_ids}))

    async def get(
        self,
        invitation_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> Invitation:
        """Get invitation details

        Returns details for a single organization invitation.

        `GET /v1/organizations/{organizationId}/invitations/{invitationId}` (invitationGet)

        Permissions: `control-plane:organization:view`.

        Args:
            invitation_id: ID of the requested organization.
        """
        return await self._call(65, (self._org(organization_id), invitation_id))

    async def delete(
        self,
        invitation_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete organization invitation

        Deletes a single organization invitation.

        `DELETE /v1/organizations/{organizationId}/invitations/{invitationId}` (invitationDelete)

        Permissions: `control-plane:organization:manage`.

        Args:
            invitation_id: ID of the requested organization.
        """
        return await self._call(66, (self._org(organization_id), invitation_id))


class AsyncKeysResource(AsyncResource):
    """`client.keys`: API keys operations."""

    __slots__ = ()

    def list(
        self,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncPager[ApiKey]:
        """Get list of keys

        Returns a list of keys in the organization, ordered by creation date, oldest first. Results are capped at `limit` (default 250) per page; the server may return fewer and caps the value at its own maximum. Every response carries `limit`, `totalCount` and `nextCursor`; pass `nextCursor` as the `cursor` query parameter to fetch the next page, repeating until it is null.

        `GET /v1/organizations/{organizationId}/keys` (openapiKeyGetList)

        Permissions: `control-plane:organization:view-api-keys`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            limit: Maximum number of results to return.
        """
        return self._pager(54, (self._org(organization_id),), {'limit': limit}, 'cursor', 'keys.list')

    async def create(
        self,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        expire_at: Union[Optional[DateTimeLike], NotGiven] = NOT_GIVEN,
        state: Union[str, NotGiven] = NOT_GIVEN,
        hash_data: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        roles: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        assigned_role_ids: Union[Sequence[Id], NotGiven] = NOT_GIVEN,
        ip_access_list: Union[Sequence[Union[IpAccessListEntry, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> CreatedKey:
        """Create key

        Creates new API key.

        `POST /v1/organizations/{organizationId}/keys` (openapiKeyCreate)

        Permissions: `control-plane:organization:create-api-keys`.

        Args:
            name: Name of the key.
            expire_at: Timestamp the key expires. If not present, `null` or is empty the key never expires. ISO-8601.
            state: Initial state of the key: 'enabled', 'disabled'. If not provided the new key will be 'enabled'.
            roles: DEPRECATED. Use `assignedRoleIds` instead. List of roles assigned to the key. Contains at least 1 element.
            assigned_role_ids: Array of role UUIDs to assign to the API key
            ip_access_list: List of IP addresses allowed to access the API using this key
        """
        return await self._call(55, (self._org(organization_id),), None, body_of({'name': name, 'expire_at': expire_at, 'state': state, 'hash_data': hash_data, 'roles': roles, 'assigned_role_ids': assigned_role_ids, 'ip_access_list': ip_access_list}))

    async def get(
        self,
        key_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ApiKey:
        """Get key details

        Returns a single key details.

        `GET /v1/organizations/{organizationId}/keys/{keyId}` (openapiKeyGet)

        Permissions: `control-plane:organization:view-api-keys`.

        Args:
            key_id: ID of the requested key.
        """
        return await self._call(56, (self._org(organization_id), key_id))

    async def update(
        self,
        key_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        roles: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        assigned_role_ids: Union[Sequence[Id], NotGiven] = NOT_GIVEN,
        expire_at: Union[Optional[DateTimeLike], NotGiven] = NOT_GIVEN,
        state: Union[str, NotGiven] = NOT_GIVEN,
        ip_access_list: Union[Sequence[Union[IpAccessListEntry, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ApiKey:
        """Update key

        Updates API key properties.

        `PATCH /v1/organizations/{organizationId}/keys/{keyId}` (openapiKeyUpdate)

        Permissions: `control-plane:organization:view-api-keys`.

        Args:
            key_id: ID of the key to update.
            name: Name of the key
            roles: DEPRECATED. Use `assignedRoleIds` instead. List of roles assigned to the key.
            assigned_role_ids: Array of role UUIDs to assign to the API key
            expire_at: Timestamp the key expires. If `null` or is empty the key never expires. ISO-8601.
            state: State of the key: 'enabled', 'disabled'.
            ip_access_list: List of IP addresses allowed to access the API using this key
        """
        return await self._call(57, (self._org(organization_id), key_id), None, body_of({'name': name, 'roles': roles, 'assigned_role_ids': assigned_role_ids, 'expire_at': expire_at, 'state': state, 'ip_access_list': ip_access_list}))

    async def delete(
        self,
        key_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete key

        Deletes API key. Only a key not used to authenticate the active request can be deleted.

        `DELETE /v1/organizations/{organizationId}/keys/{keyId}` (openapiKeyDelete)

        Permissions: `control-plane:organization:view-api-keys`.

        Args:
            key_id: ID of the key to delete.
        """
        return await self._call(58, (self._org(organization_id), key_id))


class AsyncMembersResource(AsyncResource):
    """`client.members`: User management operations."""

    __slots__ = ()

    async def list(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[Member]:
        """List organization members

        Returns a list of all members in the organization.

        `GET /v1/organizations/{organizationId}/members` (memberGetList)

        Permissions: `control-plane:organization:view`.
        """
        return await self._call(59, (self._org(organization_id),))

    async def get(
        self,
        user_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> Member:
        """Get member details

        Returns a single organization member details.

        `GET /v1/organizations/{organizationId}/members/{userId}` (memberGet)

        Permissions: `control-plane:organization:view`.

        Args:
            user_id: ID of the requested user.
        """
        return await self._call(60, (self._org(organization_id), user_id))

    async def update(
        self,
        user_id: Id,
        *,
        role: Union[str, NotGiven] = NOT_GIVEN,
        assigned_role_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Member:
        """Update organization member

        Updates organization member role.

        `PATCH /v1/organizations/{organizationId}/members/{userId}` (memberUpdate)

        Permissions: `control-plane:organization:manage`.

        Args:
            user_id: ID of the user to patch
            role: DEPRECATED. Use `assignedRoleIds` instead. Role of the member in the organization.
            assigned_role_ids: List of role IDs to assign to the member
        """
        return await self._call(61, (self._org(organization_id), user_id), None, body_of({'role': role, 'assigned_role_ids': assigned_role_ids}))

    async def delete(
        self,
        user_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Remove an organization member

        Removes a user from the organization

        `DELETE /v1/organizations/{organizationId}/members/{userId}` (memberDelete)

        Permissions: `control-plane:organization:manage`.

        Args:
            user_id: ID of the requested user.
        """
        return await self._call(62, (self._org(organization_id), user_id))


class AsyncNotificationsResource(AsyncResource):
    """`client.notifications`: Notifications operations."""

    __slots__ = ()

    def list(
        self,
        *,
        limit: Optional[int] = None,
        severity: Optional[str] = None,
        type: Optional[str] = None,
        resource_id: Optional[str] = None,
        resource_type: Optional[str] = None,
        from_date: Optional[DateTimeLike] = None,
        to_date: Optional[DateTimeLike] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncPager[Notification]:
        """List of organization notifications

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns notifications for the organization, most recent first. Only notifications about resources the caller can access are returned, so two keys in the same organization can see different results. The [notification types endpoint](#tag/Notifications/operation/notificationTypesGetList) lists the types this organization can receive, so it shows what to expect here. Notifications are retained for 180 days. A page holds at most `limit` notifications (default 100, maximum 250; a larger value is clamped) and the server may return fewer. Every response carries `limit` and `nextCursor`; pass `nextCursor` as the `cursor` query parameter to fetch the next page, repeating until it is null.

        `GET /v1/organizations/{organizationId}/notifications` (notificationGetList)

        Permissions: none beyond a valid key.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            limit: Maximum number of results to return.
            severity: Filter to notifications of this severity: 'info', 'warning', 'critical'.
            type: Filter to notifications of this type. New types are added over time; the [notification types endpoint](#tag/Notifications/operation/notificationTypesGetList) lists the ones this organization can receive.
            resource_id: Filter to notifications about this resource. A service also matches the notifications of its ClickPipes; pass `resource_type` to narrow to one kind of resource.
            resource_type: Filter to notifications about resources of this kind. One of 'service', 'organization', 'clickpipe', 'postgres'.
            from_date: Return notifications created at or after this time. An RFC 3339 timestamp, not a bare date.
            to_date: Return notifications created at or before this time. An RFC 3339 timestamp, not a bare date.
        """
        return self._pager(69, (self._org(organization_id),), {'limit': limit, 'severity': severity, 'type': type, 'resource_id': resource_id, 'resource_type': resource_type, 'from_date': from_date, 'to_date': to_date}, 'cursor', 'notifications.list')

    async def list_types(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[NotificationType]:
        """List notification types

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns every notification type the organization is entitled to, each flagged with whether the caller may use it. Types the organization is not entitled to are omitted; types the caller lacks permission to use are returned with `isAvailable` set to false. Every type supports the `ui`, `email` and `slack` channels, so channels are a property of the API rather than of a type. The effective delivery default is a function of type, role and channel, so no per-type default is reported here.

        `GET /v1/organizations/{organizationId}/notificationTypes` (notificationTypesGetList)

        Permissions: `control-plane:organization:view`.
        """
        return await self._call(70, (self._org(organization_id),))


class AsyncOrganizationsResource(AsyncResource):
    """`client.organizations`: User management operations."""

    __slots__ = ()

    async def whoami(
        self,
    ) -> Union[WhoamiUser, WhoamiApiKey, dict[str, Any]]:
        """Resolve the caller identity

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the identity of the authenticated caller. For a user (JWT or clickhousectl token) the result carries the user fields; for an organization API key it carries the key fields instead. Use `actorType` to tell the two apart.

        `GET /v1/whoami` (whoamiGet)

        Permissions: none beyond a valid key.
        """
        return await self._call(0, ())

    def list(
        self,
        *,
        limit: Optional[int] = None,
    ) -> AsyncPager[Organization]:
        """Get list of available organizations

        Returns the organizations available to the caller, oldest first. An API key resolves to the single organization it belongs to; a user token returns every organization the user is a member of. Results are capped at `limit` (default 250) per page; the server may return fewer and caps the value at its own maximum. Every response carries `limit` and `nextCursor`; pass `nextCursor` as the `cursor` query parameter to fetch the next page, repeating until it is null.

        `GET /v1/organizations` (organizationGetList)

        Permissions: none beyond a valid key.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            limit: Maximum number of results to return.
        """
        return self._pager(1, (), {'limit': limit}, 'cursor', 'organizations.list')

    async def get(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> Organization:
        """Get organization details

        Returns details of a single organization. In order to get the details, the auth key must belong to the organization.

        `GET /v1/organizations/{organizationId}` (organizationGet)

        Permissions: `control-plane:organization:view`.
        """
        return await self._call(2, (self._org(organization_id),))

    async def update(
        self,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        private_endpoints: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        enable_core_dumps: Union[bool, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Organization:
        """Update organization details

        Updates organization fields. Requires ADMIN auth key role.

        `PATCH /v1/organizations/{organizationId}` (organizationUpdate)

        Permissions: `control-plane:organization:manage`.

        Args:
            name: Name of the organization.
            enable_core_dumps: Whether crash reports (core dumps) collection is enabled for services in the organization. When disabled at the organization level, individual services cannot enable crash reports.
        """
        return await self._call(3, (self._org(organization_id),), None, body_of({'name': name, 'private_endpoints': private_endpoints, 'enable_core_dumps': enable_core_dumps}))

    async def list_private_endpoint_configs(
        self,
        *,
        cloud_provider: str,
        region_id: str,
        organization_id: Optional[Id] = None,
    ) -> OrganizationCloudRegionPrivateEndpointConfig:
        """Get private endpoint configuration for region within cloud provider for an organization

        Deprecated. Please follow [documentation](https://clickhouse.com/docs/manage/security/aws-privatelink#add-endpoint-id-to-services-allow-list) for the updated process.

        `GET /v1/organizations/{organizationId}/privateEndpointConfig` (organizationPrivateEndpointConfigGetList)

        Permissions: `control-plane:organization:view`.

        Deprecated: the API marks this operation deprecated (calling it warns).

        Args:
            cloud_provider: Cloud provider identifier. One of aws, gcp, or azure.
            region_id: Region identifier within specific cloud providers.
        """
        warn_deprecated('organizations.list_private_endpoint_configs')
        return await self._call(138, (self._org(organization_id),), {'cloud_provider': cloud_provider, 'region_id': region_id})


class AsyncPostgresResource(AsyncResource):
    """`client.postgres`: Postgres operations."""

    __slots__ = ()

    @property
    def backups(self) -> AsyncPostgresBackupsResource:
        return AsyncPostgresBackupsResource(self._client)

    @property
    def logs(self) -> AsyncPostgresLogsResource:
        return AsyncPostgresLogsResource(self._client)

    @property
    def slow_query_patterns(self) -> AsyncPostgresSlowQueryPatternsResource:
        return AsyncPostgresSlowQueryPatternsResource(self._client)

    async def create(
        self,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        provider: Union[str, NotGiven] = NOT_GIVEN,
        region: Union[str, NotGiven] = NOT_GIVEN,
        postgres_version: Union[str, NotGiven] = NOT_GIVEN,
        size: Union[str, NotGiven] = NOT_GIVEN,
        ha_type: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[Union[ResourceTagsV1, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        ip_access_list: Union[Sequence[Union[PostgresIpAccessListEntry, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Create new Postgres service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Creates a new Postgres service in the organization and returns it. The service is started asynchronously.

        `POST /v1/organizations/{organizationId}/postgres` (postgresServiceCreate)

        Permissions: `control-plane:organization:create-service`.

        Args:
            ip_access_list: IPv4 TCP access rules to apply when creating the service. Omit to allow all IPv4 and IPv6 addresses on Postgres (5432) and PgBouncer (6432). Provide an empty list to block public access. When provided, only these rules are allowed; include separate rules for each required port.
        """
        return await self._call(118, (self._org(organization_id),), None, body_of({'name': name, 'provider': provider, 'region': region, 'postgres_version': postgres_version, 'size': size, 'ha_type': ha_type, 'tags': tags, 'ip_access_list': ip_access_list, 'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config}))

    async def list(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[PostgresServiceListItem]:
        """List of organization Postgres services

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns a list of all Postgres services in the organization.

        `GET /v1/organizations/{organizationId}/postgres` (postgresServiceGetList)

        Permissions: `control-plane:postgres-service:view`.
        """
        return await self._call(119, (self._org(organization_id),))

    async def get(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Get PostgreSQL service details

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns a Postgres service that belongs to the organization

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}` (postgresServiceGet)

        Permissions: `control-plane:postgres-service:view`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(121, (self._org(organization_id), postgres_id))

    async def delete(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete a PostgreSQL service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Deletes a Postgres service that belongs to the organization

        `DELETE /v1/organizations/{organizationId}/postgres/{postgresId}` (postgresServiceDelete)

        Permissions: `control-plane:postgres-service:manage`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(122, (self._org(organization_id), postgres_id))

    async def update(
        self,
        postgres_id: Id,
        *,
        ip_access_list: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        name: Union[str, NotGiven] = NOT_GIVEN,
        size: Union[str, NotGiven] = NOT_GIVEN,
        ha_type: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[Union[ResourceTagsV1, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Update a PostgreSQL service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Update a Postgres service that belongs to the organization. **WARNING:** Changing the name also updates the host name and certificates for the service.

        `PATCH /v1/organizations/{organizationId}/postgres/{postgresId}` (postgresServicePatch)

        Permissions: `control-plane:postgres-service:manage`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(123, (self._org(organization_id), postgres_id), None, body_of({'ip_access_list': ip_access_list, 'name': name, 'size': size, 'ha_type': ha_type, 'tags': tags}))

    async def get_ca_certificates(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> str:
        """Get Postgres CA certs

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Download CA certificates for a PostgreSQL service

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/caCertificates` (postgresServiceCertsGet)

        Permissions: `control-plane:postgres-service:view`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(124, (self._org(organization_id), postgres_id))

    async def restore(
        self,
        postgres_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        restore_target: Union[DateTimeLike, NotGiven] = NOT_GIVEN,
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[Union[ResourceTagsV1, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Restore a Postgres service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Restore a Postgres database from continuous backup, optionally at a specific point in time.

        `POST /v1/organizations/{organizationId}/postgres/{postgresId}/restoredService` (postgresInstanceRestore)

        Permissions: `control-plane:postgres-service:manage`, `control-plane:organization:create-service`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(125, (self._org(organization_id), postgres_id), None, body_of({'name': name, 'restore_target': restore_target, 'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config, 'tags': tags}))

    async def reset_password(
        self,
        postgres_id: Id,
        *,
        password: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresServicePasswordResource:
        """Update Postgres superuser password

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Sets a new password for a Postgres service's superuser account.

        `PATCH /v1/organizations/{organizationId}/postgres/{postgresId}/password` (postgresServiceSetPassword)

        Permissions: `control-plane:postgres-service:manage`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(126, (self._org(organization_id), postgres_id), None, body_of({'password': password}))

    async def update_state(
        self,
        postgres_id: Id,
        *,
        command: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Update Postgres service state

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Initiate a process for a Postgres service:
        * restart: Initiates a service restart
        * promote: Promotes a read replica to primary
        * switchover: Switch a primary over to a standby

        `PATCH /v1/organizations/{organizationId}/postgres/{postgresId}/state` (postgresServicePatchState)

        Permissions: `control-plane:postgres-service:manage`.

        Args:
            postgres_id: ID of the requested Postgres service.
            command: Postgres status, which initiates a process.
        """
        return await self._call(127, (self._org(organization_id), postgres_id), None, body_of({'command': command}))

    async def create_read_replica(
        self,
        postgres_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[Union[ResourceTagsV1, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Create a read replica for a Postgres service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Initiate the process to create a new read replica for a Postgres service.

        `POST /v1/organizations/{organizationId}/postgres/{postgresId}/readReplica` (postgresInstanceCreateReadReplica)

        Permissions: `control-plane:postgres-service:manage`, `control-plane:organization:create-service`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(128, (self._org(organization_id), postgres_id), None, body_of({'name': name, 'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config, 'tags': tags}))

    async def get_config(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> PostgresInstanceConfig:
        """Get PostgreSQL service configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns the configuration data for a Postgres service and its PgBouncer service.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/config` (postgresInstanceConfigGet)

        Permissions: `control-plane:postgres-service:view`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(129, (self._org(organization_id), postgres_id))

    async def set_config(
        self,
        postgres_id: Id,
        *,
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresInstanceUpdateConfigResponse:
        """Replace Postgres service configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Replace the existing Postgres service and pgBouncer configuration.

        `POST /v1/organizations/{organizationId}/postgres/{postgresId}/config` (postgresInstanceConfigPost)

        Permissions: `control-plane:postgres-service:manage`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(130, (self._org(organization_id), postgres_id), None, body_of({'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config}))

    async def update_config(
        self,
        postgres_id: Id,
        *,
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresInstanceUpdateConfigResponse:
        """Update Postgres service configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Update the existing Postgres service and pgBouncer configuration.

        `PATCH /v1/organizations/{organizationId}/postgres/{postgresId}/config` (postgresInstanceConfigPatch)

        Permissions: `control-plane:postgres-service:manage`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(131, (self._org(organization_id), postgres_id), None, body_of({'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config}))

    async def get_metrics(
        self,
        postgres_id: Id,
        *,
        from_date: DateTimeLike,
        to_date: DateTimeLike,
        bucket_size_seconds: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> PostgresMetrics:
        """Get Postgres time-series metrics

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns bucketed time-series metrics for a PostgreSQL service over the requested window (CPU, memory, disk, network, connections, cache hit ratio, throughput, transactions, wait events, lock waits, and more). Use this to chart or analyze how a service behaved over time.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/metrics` (postgresInstanceMetricsGet)

        Permissions: `control-plane:postgres-service:view`.

        Args:
            postgres_id: ID of the Postgres service.
            from_date: Inclusive start of the time window (RFC 3339 date-time).
            to_date: Exclusive end of the time window (RFC 3339 date-time).
            bucket_size_seconds: Time-series bucket size in seconds. When omitted, a bucket size is derived from the requested window. Requests are capped at 250 data points.
        """
        return await self._call(133, (self._org(organization_id), postgres_id), {'from_date': from_date, 'to_date': to_date, 'bucket_size_seconds': bucket_size_seconds})


class AsyncPrometheusResource(AsyncResource):
    """`client.prometheus`: Prometheus operations."""

    __slots__ = ()

    async def get_organization_metrics(
        self,
        *,
        filtered_metrics: Optional[str] = None,
        organization_id: Optional[Id] = None,
    ) -> str:
        """Get organization metrics

        **Deprecated.** This endpoint is disabled on 1 January 2027. It is already disabled for new organizations.

        Migrate before then to the service discovery endpoint, `GET /v1/organizations/{organizationId}/prometheus/discovery`. It returns one scrape target per service in the [`http_sd`](https://prometheus.io/docs/prometheus/latest/http_sd/) format, and Prometheus picks up new and deleted services automatically. The [Prometheus integration guide](https://clickhouse.com/docs/integrations/prometheus) has a `prometheus.yml` example.

        If you need this endpoint after 1 January 2027, contact ClickHouse support to have it enabled for your organization.

        Returns Prometheus metrics for the services in the organization. Only services the API key is authorized to view are included.

        `GET /v1/organizations/{organizationId}/prometheus` (organizationPrometheusGet)

        Permissions: none beyond a valid key.

        Deprecated: the API marks this operation deprecated (calling it warns).

        Args:
            filtered_metrics: Return a filtered list of Prometheus metrics.
        """
        warn_deprecated('prometheus.get_organization_metrics')
        return await self._call(4, (self._org(organization_id),), {'filtered_metrics': filtered_metrics})

    async def get_discovery(
        self,
        *,
        filtered_metrics: Optional[str] = None,
        organization_id: Optional[Id] = None,
    ) -> ResultList[PrometheusDiscoveryTargetGroup]:
        """Get Prometheus service discovery targets

        Returns one Prometheus scrape target per service in the organization, in the [HTTP service discovery](https://prometheus.io/docs/prometheus/latest/http_sd/) (`http_sd`) format. Only services the API key is authorized to view are included; services that are being deleted or have been deleted are omitted.

        Point an [`http_sd_configs`](https://prometheus.io/docs/prometheus/latest/configuration/configuration/#http_sd_config) job at this endpoint to discover and scrape all services in the organization automatically. Prometheus refreshes the target list on every discovery poll, so newly created and deleted services are picked up without configuration changes.

        Filter targets in `relabel_configs` by `__meta_clickhouse_region`, `__meta_clickhouse_provider` or `__meta_clickhouse_tag_<key>`. Invalid label name characters in tag keys become `_`. `__meta_clickhouse_tagpresent_<key>` is `true` for every tag, including tags without a value.

        Discovered targets scrape with `filtered_metrics=true` by default; pass `?filtered_metrics=false` to this endpoint to discover unfiltered targets. See the [Prometheus integration guide](https://clickhouse.com/docs/integrations/prometheus) for more on the exported metrics.

        `GET /v1/organizations/{organizationId}/prometheus/discovery` (organizationPrometheusDiscoveryGet)

        Permissions: none beyond a valid key.

        Args:
            filtered_metrics: Whether discovered targets scrape a filtered list of metrics. Sets the filtered_metrics parameter on each discovered target. Defaults to true.
        """
        return await self._call(5, (self._org(organization_id),), {'filtered_metrics': filtered_metrics})

    async def get_service_metrics(
        self,
        service_id: Id,
        *,
        filtered_metrics: Optional[str] = None,
        organization_id: Optional[Id] = None,
    ) -> str:
        """Get service metrics

        Returns prometheus metrics for a service.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/prometheus` (instancePrometheusGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the requested service.
            filtered_metrics: Return a filtered list of Prometheus metrics.
        """
        return await self._call(28, (self._org(organization_id), service_id), {'filtered_metrics': filtered_metrics})

    async def get_postgres_organization_metrics(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> str:
        """Get organization PostgreSQL metrics

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns Prometheus metrics for all PostgreSQL services in an organization. Maximum 100 services supported.

        `GET /v1/organizations/{organizationId}/postgres/prometheus` (postgresOrgPrometheusGet)

        Permissions: `control-plane:organization:view`.
        """
        return await self._call(120, (self._org(organization_id),))

    async def get_postgres_metrics(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> str:
        """Get PostgreSQL service metrics

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns Prometheus metrics for a PostgreSQL service.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/prometheus` (postgresInstancePrometheusGet)

        Permissions: `control-plane:postgres-service:view`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(132, (self._org(organization_id), postgres_id))


class AsyncQueryApiEndpointsResource(AsyncResource):
    """`client.query_api_endpoints`: Query API endpoints operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncPager[PublicQueryApiEndpointListItem]:
        """List Query API endpoints

        Returns all active Query API endpoints for the service.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints` (queryApiEndpointList)

        Permissions: `control-plane:service:view-query-api-endpoints`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            service_id: ID of the requested service.
            limit: Maximum number of records to return per page. Defaults to 100. Maximum is 100.
        """
        return self._pager(152, (self._org(organization_id), service_id), {'limit': limit}, 'cursor', 'query_api_endpoints.list')

    async def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        sql: Union[str, NotGiven] = NOT_GIVEN,
        database: Union[str, NotGiven] = NOT_GIVEN,
        parameters: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        api_key_ids: Union[Sequence[Id], NotGiven] = NOT_GIVEN,
        roles: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        allowed_origins: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PublicQueryApiEndpoint:
        """Create a Query API endpoint

        Creates a Query API endpoint.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints` (queryApiEndpointCreate)

        Permissions: `control-plane:service:manage-query-api-endpoints`.

        Args:
            service_id: ID of the requested service.
            name: Name of the Query API endpoint.
            sql: SQL executed by the endpoint.
            database: Database used by the Query API endpoint.
            parameters: Default query parameters.
            api_key_ids: API key IDs allowed to call the endpoint.
            roles: Database roles used by the endpoint.
            allowed_origins: Origins allowed by the endpoint CORS policy.
        """
        return await self._call(153, (self._org(organization_id), service_id), None, body_of({'name': name, 'sql': sql, 'database': database, 'parameters': parameters, 'api_key_ids': api_key_ids, 'roles': roles, 'allowed_origins': allowed_origins}))

    async def delete(
        self,
        service_id: Id,
        endpoint_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete a Query API endpoint

        Deletes a Query API endpoint.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints/{endpointId}` (queryApiEndpointDelete)

        Permissions: `control-plane:service:manage-query-api-endpoints`.

        Args:
            service_id: ID of the requested service.
            endpoint_id: ID of the requested Query API endpoint.
        """
        return await self._call(154, (self._org(organization_id), service_id, endpoint_id))

    async def get(
        self,
        service_id: Id,
        endpoint_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> PublicQueryApiEndpoint:
        """Get a Query API endpoint

        Returns a Query API endpoint.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints/{endpointId}` (queryApiEndpointGet)

        Permissions: `control-plane:service:view-query-api-endpoints`.

        Args:
            service_id: ID of the requested service.
            endpoint_id: ID of the requested Query API endpoint.
        """
        return await self._call(155, (self._org(organization_id), service_id, endpoint_id))

    async def update(
        self,
        service_id: Id,
        endpoint_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        sql: Union[str, NotGiven] = NOT_GIVEN,
        database: Union[str, NotGiven] = NOT_GIVEN,
        parameters: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        api_key_ids: Union[Sequence[Id], NotGiven] = NOT_GIVEN,
        roles: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        allowed_origins: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PublicQueryApiEndpoint:
        """Update a Query API endpoint

        Updates a Query API endpoint.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints/{endpointId}` (queryApiEndpointUpdate)

        Permissions: `control-plane:service:manage-query-api-endpoints`.

        Args:
            service_id: ID of the requested service.
            endpoint_id: ID of the requested Query API endpoint.
            name: Name of the Query API endpoint.
            sql: SQL executed by the endpoint.
            database: Database used by the Query API endpoint.
            parameters: Default query parameters.
            api_key_ids: API key IDs allowed to call the endpoint.
            roles: Database roles used by the endpoint.
            allowed_origins: Origins allowed by the endpoint CORS policy.
        """
        return await self._call(156, (self._org(organization_id), service_id, endpoint_id), None, body_of({'name': name, 'sql': sql, 'database': database, 'parameters': parameters, 'api_key_ids': api_key_ids, 'roles': roles, 'allowed_origins': allowed_origins}))


class AsyncQueryEndpointsResource(AsyncResource):
    """`client.query_endpoints`: Service operations."""

    __slots__ = ()

    async def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ServiceQueryAPIEndpoint:
        """Get the service query endpoint for a given instance

        Get the configuration for the service query endpoint that allows executing queries via API.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint` (instanceQueryEndpointGet)

        Permissions: `control-plane:service:view-query-api-endpoints`.

        Args:
            service_id: ID of the requested service.
        """
        return await self._call(20, (self._org(organization_id), service_id))

    async def delete(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete the service query endpoint for a given instance

        Removes the service query endpoint.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint` (instanceQueryEndpointDelete)

        Permissions: `control-plane:service:manage-query-api-endpoints`.

        Args:
            service_id: ID of the requested service.
        """
        return await self._call(21, (self._org(organization_id), service_id))

    async def upsert(
        self,
        service_id: Id,
        *,
        roles: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        open_api_keys: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        allowed_origins: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ServiceQueryAPIEndpoint:
        """Upsert the service query endpoint for a given instance

        Create the service query endpoint that allows executing queries via API.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint` (instanceQueryEndpointUpsert)

        Permissions: `control-plane:service:manage-query-api-endpoints`.

        Args:
            service_id: ID of the requested service.
            roles: The roles
            open_api_keys: The version of the service query endpoint
            allowed_origins: The allowed origins as comma separated list of domains
        """
        return await self._call(22, (self._org(organization_id), service_id), None, body_of({'roles': roles, 'open_api_keys': open_api_keys, 'allowed_origins': allowed_origins}))


class AsyncQuotasResource(AsyncResource):
    """`client.quotas`: Organization operations."""

    __slots__ = ()

    async def list(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[OrganizationQuota]:
        """Get organization quotas

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the resource quotas enforced for the organization together with their current usage where available. Quotas that do not apply to the organization are omitted. Quota values reflect the limits currently enforced, so they can be polled to detect changes, for example after a billing status change. The response contains one entry per quota code; quotas enforced per resource may additionally appear under resource-scoped endpoints in the future.

        `GET /v1/organizations/{organizationId}/quotas` (organizationQuotasGetList)

        Permissions: `control-plane:organization:view`.
        """
        return await self._call(11, (self._org(organization_id),))

    async def get(
        self,
        quota_code: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> OrganizationQuota:
        """Get organization quota details

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns a single organization quota identified by its quota code. Responds with a not found error when the quota code is unknown or the quota does not apply to the organization.

        `GET /v1/organizations/{organizationId}/quotas/{quotaCode}` (organizationQuotaGet)

        Permissions: `control-plane:organization:view`.

        Args:
            quota_code: Code of the requested quota.
        """
        return await self._call(12, (self._org(organization_id), quota_code))


class AsyncReplicaAwareRoutingResource(AsyncResource):
    """`client.replica_aware_routing`: Service operations."""

    __slots__ = ()

    async def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ReplicaAwareRouting:
        """Get replica aware routing

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns whether replica aware routing (sticky routing) is enabled for HTTP and native connections on the service.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/replicaAwareRouting` (replicaAwareRoutingGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the service.
        """
        return await self._call(48, (self._org(organization_id), service_id))

    async def update(
        self,
        service_id: Id,
        *,
        http_enabled: Union[bool, NotGiven] = NOT_GIVEN,
        native_enabled: Union[bool, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ReplicaAwareRouting:
        """Update replica aware routing

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Updates replica aware routing (sticky routing) for the service. Requires the organization feature to be enabled. Provide at least one of httpEnabled, nativeEnabled; omit a field to leave it unchanged.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/replicaAwareRouting` (replicaAwareRoutingUpdate)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the service.
            http_enabled: Whether replica aware routing is enabled for HTTP connections. Omit to leave unchanged.
            native_enabled: Whether replica aware routing is enabled for native protocol connections. Omit to leave unchanged.
        """
        return await self._call(49, (self._org(organization_id), service_id), None, body_of({'http_enabled': http_enabled, 'native_enabled': native_enabled}))


class AsyncRolesResource(AsyncResource):
    """`client.roles`: Role Management operations."""

    __slots__ = ()

    async def list(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[RBACRole]:
        """List all available roles for an organization

        Returns all available roles (system + custom) for an organization.

        `GET /v1/organizations/{organizationId}/roles` (organizationRolesGetList)

        Permissions: `control-plane:organization:manage`.
        """
        return await self._call(6, (self._org(organization_id),))

    async def create(
        self,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        actors: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        policies: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> RBACRole:
        """Create a new role

        Creates a new custom role for an organization with specified policies and actors.

        `POST /v1/organizations/{organizationId}/roles` (organizationRolePost)

        Permissions: `control-plane:organization:manage`.

        Args:
            name: Name of the role
            actors: List of actor resource IDs to assign to this role (e.g., ["user/uuid", "apiKey/uuid"])
            policies: List of policies to create for this role
        """
        return await self._call(7, (self._org(organization_id),), None, body_of({'name': name, 'actors': actors, 'policies': policies}))

    async def get(
        self,
        role_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> RBACRole:
        """Get role details

        Returns details for a specific role.

        `GET /v1/organizations/{organizationId}/roles/{roleId}` (organizationRoleGet)

        Permissions: `control-plane:organization:manage`.

        Args:
            role_id: ID of the requested role.
        """
        return await self._call(8, (self._org(organization_id), role_id))

    async def update(
        self,
        role_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        actors: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        policies: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> RBACRole:
        """Update a role

        Updates an existing custom role. System roles cannot be updated. All fields are optional - only provided fields will be updated.

        `PATCH /v1/organizations/{organizationId}/roles/{roleId}` (organizationRolePatch)

        Permissions: `control-plane:organization:manage`.

        Args:
            role_id: ID of the requested role.
            name: New name for the role
            actors: New list of actor resource IDs (replaces existing actors)
            policies: New list of policies (replaces existing policies)
        """
        return await self._call(9, (self._org(organization_id), role_id), None, body_of({'name': name, 'actors': actors, 'policies': policies}))

    async def delete(
        self,
        role_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete a role

        Deletes an existing custom role. System roles cannot be deleted. This operation will remove the role and all its associated policies.

        `DELETE /v1/organizations/{organizationId}/roles/{roleId}` (organizationRoleDelete)

        Permissions: `control-plane:organization:manage`.

        Args:
            role_id: ID of the requested role.
        """
        return await self._call(10, (self._org(organization_id), role_id))


class AsyncSavedQueriesResource(AsyncResource):
    """`client.saved_queries`: Saved queries operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncPager[PublicSavedQueryListItem]:
        """List saved queries

        Returns saved queries for the service.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/saved-queries` (savedQueryList)

        Permissions: `control-plane:service:view`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            service_id: ID of the requested service.
            limit: Maximum number of records to return per page. Defaults to 100. Maximum is 100.
        """
        return self._pager(157, (self._org(organization_id), service_id), {'limit': limit}, 'cursor', 'saved_queries.list')

    async def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        sql: Union[str, NotGiven] = NOT_GIVEN,
        database: Union[str, NotGiven] = NOT_GIVEN,
        parameters: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PublicSavedQuery:
        """Create a saved query

        Creates a saved query.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/saved-queries` (savedQueryCreate)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the requested service.
            name: Name of the saved query.
            sql: Saved SQL query.
            database: Database used by the saved query.
            parameters: Default query parameters.
        """
        return await self._call(158, (self._org(organization_id), service_id), None, body_of({'name': name, 'sql': sql, 'database': database, 'parameters': parameters}))

    async def delete(
        self,
        service_id: Id,
        query_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete a saved query

        Deletes a saved query.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/saved-queries/{queryId}` (savedQueryDelete)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the requested service.
            query_id: ID of the requested saved query.
        """
        return await self._call(159, (self._org(organization_id), service_id, query_id))

    async def get(
        self,
        service_id: Id,
        query_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> PublicSavedQuery:
        """Get a saved query

        Returns a saved query.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/saved-queries/{queryId}` (savedQueryGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the requested service.
            query_id: ID of the requested saved query.
        """
        return await self._call(160, (self._org(organization_id), service_id, query_id))

    async def update(
        self,
        service_id: Id,
        query_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        sql: Union[str, NotGiven] = NOT_GIVEN,
        database: Union[str, NotGiven] = NOT_GIVEN,
        parameters: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PublicSavedQuery:
        """Update a saved query

        Updates a saved query.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/saved-queries/{queryId}` (savedQueryUpdate)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the requested service.
            query_id: ID of the requested saved query.
            name: Name of the saved query.
            sql: Saved SQL query.
            database: Database used by the saved query.
            parameters: Default query parameters.
        """
        return await self._call(161, (self._org(organization_id), service_id, query_id), None, body_of({'name': name, 'sql': sql, 'database': database, 'parameters': parameters}))


class AsyncScalingSchedulesResource(AsyncResource):
    """`client.scaling_schedules`: Service operations."""

    __slots__ = ()

    async def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ScalingSchedule:
        """Get service autoscaling schedule

        Returns the autoscaling schedule for a service. Returns 404 if no schedule has been configured or if the schedule was cleared. Requires the scheduled autoscaling feature to be enabled for the organization.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule` (scalingScheduleGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the service.
        """
        return await self._call(29, (self._org(organization_id), service_id))

    async def upsert(
        self,
        service_id: Id,
        *,
        entries: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ScalingSchedule:
        """Create or replace service autoscaling schedule

        Creates or fully replaces the autoscaling schedule for a service. Pass an empty `entries` array to clear the schedule — a subsequent GET will return 404, and the response will contain an empty `baseConfig` (all fields absent). The base scaling config (applied when no entry is active) is managed separately via the `replicaScaling` endpoint. Requires the scheduled autoscaling feature to be enabled for the organization.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule` (scalingScheduleUpsert)

        Permissions: `control-plane:service:manage-scaling-config`.

        Args:
            service_id: ID of the service.
            entries: List of schedule entries. Pass an empty array to clear the schedule.
        """
        return await self._call(30, (self._org(organization_id), service_id), None, body_of({'entries': entries}))

    async def delete(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete service scheduled scaling

        Deletes the autoscaling schedule for a service. If a schedule entry is currently active, the base scaling config is restored to the instance before the schedule is removed. Returns 404 if no schedule exists. Requires the scheduled autoscaling feature to be enabled for the organization.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule` (scalingScheduleDelete)

        Permissions: `control-plane:service:manage-scaling-config`.

        Args:
            service_id: ID of the service.
        """
        return await self._call(31, (self._org(organization_id), service_id))


class AsyncServiceProfilesResource(AsyncResource):
    """`client.service_profiles`: Service operations."""

    __slots__ = ()

    async def list(
        self,
        *,
        region_id: Optional[str] = None,
        byoc_id: Optional[Id] = None,
        organization_id: Optional[Id] = None,
    ) -> ResultList[ServiceProfile]:
        """List available service profiles

        Returns the custom instance profiles the organization can use in a region. Pass byoc_id to list the profiles configured for a BYOC infrastructure; the region is then taken from the infrastructure and region_id may be omitted. The list is empty when the organization tier does not include custom hardware profiles.

        `GET /v1/organizations/{organizationId}/serviceProfiles` (serviceProfilesList)

        Permissions: `control-plane:organization:view`.

        Args:
            region_id: Region to list profiles for, e.g. us-east-1. Required unless byoc_id is set; when both are set it must match the BYOC infrastructure's region.
            byoc_id: ID of the BYOC infrastructure to list profiles for. BYOC profiles are only returned when this is set.
        """
        return await self._call(13, (self._org(organization_id),), {'region_id': region_id, 'byoc_id': byoc_id})


class AsyncServicesResource(AsyncResource):
    """`client.services`: Service operations."""

    __slots__ = ()

    async def list(
        self,
        *,
        filter: Optional[Union[str, Sequence[str]]] = None,
        organization_id: Optional[Id] = None,
    ) -> ResultList[Service]:
        """List of organization services

        Returns a list of all services in the organization.

        `GET /v1/organizations/{organizationId}/services` (instanceGetList)

        Permissions: none beyond a valid key.

        Args:
            filter: Filter criteria to apply when retrieving the resource. Currently, only filtering by resource tags is supported.
        """
        return await self._call(14, (self._org(organization_id),), {'filter': filter})

    async def create(
        self,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        provider: Union[str, NotGiven] = NOT_GIVEN,
        region: Union[str, NotGiven] = NOT_GIVEN,
        tier: Union[str, NotGiven] = NOT_GIVEN,
        ip_access_list: Union[Sequence[Union[IpAccessListEntry, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        min_total_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        max_total_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        autoscaling_mode: Union[str, NotGiven] = NOT_GIVEN,
        min_replica_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        max_replica_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        num_replicas: Union[int, NotGiven] = NOT_GIVEN,
        min_replicas: Union[int, NotGiven] = NOT_GIVEN,
        max_replicas: Union[int, NotGiven] = NOT_GIVEN,
        idle_scaling: Union[bool, NotGiven] = NOT_GIVEN,
        idle_timeout_minutes: Union[float, NotGiven] = NOT_GIVEN,
        is_readonly: Union[bool, NotGiven] = NOT_GIVEN,
        data_warehouse_id: Union[str, NotGiven] = NOT_GIVEN,
        backup_id: Union[Id, NotGiven] = NOT_GIVEN,
        backup_encryption_config: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        private_endpoint_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        private_preview_terms_checked: Union[bool, NotGiven] = NOT_GIVEN,
        release_channel: Union[str, NotGiven] = NOT_GIVEN,
        byoc_id: Union[str, NotGiven] = NOT_GIVEN,
        has_transparent_data_encryption: Union[bool, NotGiven] = NOT_GIVEN,
        endpoints: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        profile: Union[str, NotGiven] = NOT_GIVEN,
        compliance_type: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[Union[ResourceTagsV1, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        enable_core_dumps: Union[bool, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> RestoredService:
        """Create new service

        Creates a new service in the organization, and returns the current service state and a password to access the service. The service is started asynchronously.

        `POST /v1/organizations/{organizationId}/services` (instanceCreate)

        Permissions: `control-plane:organization:create-service`, `control-plane:service:manage`.

        Args:
            name: Name of the service. Alphanumerical string with whitespaces up to 50 characters.
            provider: Cloud provider
            region: Service region.
            tier: DEPRECATED for BASIC, SCALE and ENTERPRISE organization tiers. Use `minReplicaMemoryGb`, `maxReplicaMemoryGb`, and `numReplicas` instead. Tier of the service: 'development', 'production'. Production services scale, Development are fixed size. Azure services don't support Development tier
            ip_access_list: List of IP addresses allowed to access the service
            min_total_memory_gb: DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `minReplicaMemoryGb` instead. Minimum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and greater than or equal to 24. Always absent for horizontal-autoscaling services (replica count is variable).
            max_total_memory_gb: DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `maxReplicaMemoryGb` instead. Maximum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and lower than or equal to 360 for non paid services or 1068 for paid services. Always absent for horizontal-autoscaling services (replica count is variable).
            autoscaling_mode: Autoscaling mode. "vertical" (the default when omitted) runs a fixed replica count while memory scales between minReplicaMemoryGb and maxReplicaMemoryGb; "horizontal" scales the replica count between minReplicas and maxReplicas at a fixed per-replica memory (minReplicaMemoryGb equal to maxReplicaMemoryGb). Horizontal requires the feature to be enabled for the organization.
            min_replica_memory_gb: Minimum total memory of each replica during auto-scaling in Gb. A range in vertical autoscaling; equal to maxReplicaMemoryGb in horizontal (memory is fixed while the replica count scales). Must be a multiple of 4 and greater than or equal to 8.
            max_replica_memory_gb: Maximum total memory of each replica during auto-scaling in Gb. A range in vertical autoscaling; equal to minReplicaMemoryGb in horizontal (memory is fixed while the replica count scales). Must be a multiple of 4 and lower than or equal to 120* for non paid services or 356* for paid services.* - maximum replica size subject to cloud provider hardware availability in your selected region.
            num_replicas: Fixed replica count for vertical autoscaling (autoscalingMode "vertical" or omitted). Mutually exclusive with minReplicas/maxReplicas.
            min_replicas: Minimum number of replicas. A minReplicas/maxReplicas band scales the replica count in horizontal autoscaling (autoscalingMode "horizontal"). Must be provided together with maxReplicas. Mutually exclusive with numReplicas. Requires horizontal autoscaling to be enabled for the organization, unless autoscalingMode is omitted or "vertical" and minReplicas equals maxReplicas (an equal band is then an accepted vertical fixed count and needs no horizontal entitlement).
            max_replicas: Maximum number of replicas. A minReplicas/maxReplicas band scales the replica count in horizontal autoscaling (autoscalingMode "horizontal"). Must be provided together with minReplicas. Mutually exclusive with numReplicas. Requires horizontal autoscaling to be enabled for the organization, unless autoscalingMode is omitted or "vertical" and minReplicas equals maxReplicas (an equal band is then an accepted vertical fixed count and needs no horizontal entitlement).
            idle_scaling: When set to true the service is allowed to scale down to zero when idle. True by default.
            idle_timeout_minutes: Set minimum idling timeout (in minutes). Must be >= 5 minutes.
            is_readonly: True if this service is read-only. It can only be read-only if a dataWarehouseId is provided.
            data_warehouse_id: Data warehouse containing this service
            backup_id: Optional backup ID used as an initial state for the new service. When used the region and the tier of the new instance must be the same as the values of the original instance. If the backup is stored in your organization's own bucket, `backupEncryptionConfig` is required; it must be omitted otherwise.
            private_endpoint_ids: DEPRECATED. To associate the service with private endpoints, first create the service, then use the `Update Service Basic Details` endpoint with the `privateEndpointIds` field to modify private endpoints.
            private_preview_terms_checked: Accept the private preview terms and conditions. It is only needed when creating the first service in the organization in case of a private preview
            release_channel: Select fast if you want to get new ClickHouse releases as soon as they are available. You'll get new features faster, but with a higher risk of bugs. Select slow if you would like to defer releases to give yourself more time to test. This feature is only available for production services. default is the regular release channel.
            byoc_id: This is the ID returned after setting up a region for Bring Your Own Cloud (BYOC). When the byocId parameter is specified, the minReplicaMemoryGb and the maxReplicaGb parameters are required too, with values included among the following sizes: 48, 116, 172, 232.
            has_transparent_data_encryption: True if the service should have the Transparent Data Encryption (TDE) enabled. TDE is only available for ENTERPRISE organizations tiers and can only be enabled at service creation.
            endpoints: List of service endpoints to enable or disable
            profile: Custom instance profile. Only available for ENTERPRISE and BYOC organization tiers. Standard values: 'v1-default', 'v1-highmem-xs', 'v1-highmem-s', 'v1-highmem-m', 'v1-highmem-l', 'v1-highmem-xl'. BYOC services may instead use a dynamic BYOC profile configured for their infrastructure (e.g. 'v1-standard-byoc-4'); it requires byocId, and minReplicaMemoryGb and maxReplicaMemoryGb must both equal the profile's memory size. Use the serviceProfiles endpoint to list the profiles available to the organization.
            compliance_type: Type of regulatory compliance for service.
            tags: Tags associated with the service.
            enable_core_dumps: Enables the underlying infra for collecting core dumps. Default is enabled.
        """
        return await self._call(15, (self._org(organization_id),), None, body_of({'name': name, 'provider': provider, 'region': region, 'tier': tier, 'ip_access_list': ip_access_list, 'min_total_memory_gb': min_total_memory_gb, 'max_total_memory_gb': max_total_memory_gb, 'autoscaling_mode': autoscaling_mode, 'min_replica_memory_gb': min_replica_memory_gb, 'max_replica_memory_gb': max_replica_memory_gb, 'num_replicas': num_replicas, 'min_replicas': min_replicas, 'max_replicas': max_replicas, 'idle_scaling': idle_scaling, 'idle_timeout_minutes': idle_timeout_minutes, 'is_readonly': is_readonly, 'data_warehouse_id': data_warehouse_id, 'backup_id': backup_id, 'backup_encryption_config': backup_encryption_config, 'private_endpoint_ids': private_endpoint_ids, 'private_preview_terms_checked': private_preview_terms_checked, 'release_channel': release_channel, 'byoc_id': byoc_id, 'has_transparent_data_encryption': has_transparent_data_encryption, 'endpoints': endpoints, 'profile': profile, 'compliance_type': compliance_type, 'tags': tags, 'enable_core_dumps': enable_core_dumps}))

    async def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> Service:
        """Get service details

        Returns a service that belongs to the organization

        `GET /v1/organizations/{organizationId}/services/{serviceId}` (instanceGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the requested service.
        """
        return await self._call(16, (self._org(organization_id), service_id))

    async def update(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        ip_access_list: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        private_endpoint_ids: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        release_channel: Union[str, NotGiven] = NOT_GIVEN,
        endpoints: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        transparent_data_encryption_key_id: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        enable_core_dumps: Union[bool, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Service:
        """Update service basic details

        Updates basic service details like service name or IP access list.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}` (instanceUpdate)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the service to update.
            name: Name of the service. Alphanumerical string with whitespaces up to 50 characters.
            release_channel: Select fast if you want to get new ClickHouse releases as soon as they are available. You'll get new features faster, but with a higher risk of bugs. Select slow if you would like to defer releases to give yourself more time to test. This feature is only available for production services. default is the regular release channel. All services in a warehouse share one release channel, so changing it on one service changes it for all of them. Changing it through a secondary service also requires the `control-plane:service:manage` permission on the warehouse's primary service.
            endpoints: List of service endpoints to change
            transparent_data_encryption_key_id: The id of the key to rotate
            enable_core_dumps: If true, the underlying infra is enabled for collecting core dumps.
        """
        return await self._call(17, (self._org(organization_id), service_id), None, body_of({'name': name, 'ip_access_list': ip_access_list, 'private_endpoint_ids': private_endpoint_ids, 'release_channel': release_channel, 'endpoints': endpoints, 'transparent_data_encryption_key_id': transparent_data_encryption_key_id, 'tags': tags, 'enable_core_dumps': enable_core_dumps}))

    async def delete(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete service

        Deletes the service. The service must be in stopped state and is deleted asynchronously after this method call.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}` (instanceDelete)

        Permissions: `control-plane:service:delete`.

        Args:
            service_id: ID of the service to delete.
        """
        return await self._call(18, (self._org(organization_id), service_id))

    async def get_private_endpoint_config(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> PrivateEndpointConfig:
        """Get private endpoint configuration

        Information required to set up a private endpoint

        `GET /v1/organizations/{organizationId}/services/{serviceId}/privateEndpointConfig` (instancePrivateEndpointConfigGet)

        Permissions: `control-plane:service:view-private-endpoints`.

        Args:
            service_id: ID of the requested service.
        """
        return await self._call(19, (self._org(organization_id), service_id))

    async def update_state(
        self,
        service_id: Id,
        *,
        command: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Service:
        """Update service state

        Starts, stops, or wakes a service. The `start` and `stop` commands require the `control-plane:service:manage` permission on the service. The `awake` command requires only `control-plane:service:view` and applies to an idle service; it does not start a stopped service.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/state` (instanceStateUpdate)

        Permissions: none beyond a valid key.

        Args:
            service_id: ID of the service to update state.
            command: Command to change the state: 'start', 'stop', 'awake'.
        """
        return await self._call(23, (self._org(organization_id), service_id), None, body_of({'command': command}))

    async def update_scaling(
        self,
        service_id: Id,
        *,
        min_total_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        max_total_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        num_replicas: Union[int, NotGiven] = NOT_GIVEN,
        idle_scaling: Union[bool, NotGiven] = NOT_GIVEN,
        idle_timeout_minutes: Union[float, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Service:
        """Update service auto scaling settings

        Updates minimum and maximum total memory limits and idle mode scaling behavior for the service. The memory settings are available only for "production" services and must be a multiple of 12 starting from 24GB. Please contact support to enable adjustment of numReplicas.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/scaling` (instanceScalingUpdate)

        Permissions: `control-plane:service:manage-scaling-config`.

        Deprecated: the API marks this operation deprecated (calling it warns).

        Args:
            service_id: ID of the service to update scaling parameters.
            min_total_memory_gb: DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `minReplicaMemoryGb` instead. Minimum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and greater than or equal to 24. Always absent for horizontal-autoscaling services (replica count is variable).
            max_total_memory_gb: DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `maxReplicaMemoryGb` instead. Maximum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and lower than or equal to 360 for non paid services or 1068 for paid services. Always absent for horizontal-autoscaling services (replica count is variable).
            num_replicas: Number of replicas for the service. The number of replicas must be between 2 and 50 for the first service in a warehouse. Services that are created in an existing warehouse can have a number of replicas as low as 1. Further restrictions may apply based on your organization's tier and its per-warehouse replica limit. It defaults to 1 for the BASIC tier and 3 for the SCALE and ENTERPRISE tiers.
            idle_scaling: When set to true the service is allowed to scale down to zero when idle. True by default.
            idle_timeout_minutes: Set minimum idling timeout (in minutes). Must be >= 5 minutes.
        """
        warn_deprecated('services.update_scaling')
        return await self._call(24, (self._org(organization_id), service_id), None, body_of({'min_total_memory_gb': min_total_memory_gb, 'max_total_memory_gb': max_total_memory_gb, 'num_replicas': num_replicas, 'idle_scaling': idle_scaling, 'idle_timeout_minutes': idle_timeout_minutes}))

    async def update_replica_scaling(
        self,
        service_id: Id,
        *,
        min_replica_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        max_replica_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        autoscaling_mode: Union[str, NotGiven] = NOT_GIVEN,
        num_replicas: Union[int, NotGiven] = NOT_GIVEN,
        min_replicas: Union[int, NotGiven] = NOT_GIVEN,
        max_replicas: Union[int, NotGiven] = NOT_GIVEN,
        idle_scaling: Union[bool, NotGiven] = NOT_GIVEN,
        idle_timeout_minutes: Union[float, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ServiceScalingPatchResponse:
        """Update service auto scaling settings

        Updates minimum and maximum memory limits per replica and idle mode scaling behavior for the service. Supports both vertical autoscaling (fixed replica count, variable memory) and horizontal autoscaling (variable replica count, fixed memory). The memory settings are available only for "production" services and must be a multiple of 4 starting from 8GB. For vertical autoscaling, please contact support to enable adjustment of numReplicas. For horizontal autoscaling (autoscalingMode "horizontal" with minReplicas/maxReplicas), contact support to enable the feature for your organization.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/replicaScaling` (instanceReplicaScalingUpdate)

        Permissions: `control-plane:service:manage-scaling-config`.

        Args:
            service_id: ID of the service to update scaling parameters.
            min_replica_memory_gb: Minimum auto-scaling memory in Gb for a single replica. Available only for 'production' services. Must be a multiple of 4 and greater than or equal to 8. A range in vertical autoscaling; equal to maxReplicaMemoryGb in horizontal.
            max_replica_memory_gb: Maximum auto-scaling memory in Gb for a single replica. Available only for 'production' services. Must be a multiple of 4 and lower than or equal to 120 for non paid services or 356 for paid services. A range in vertical autoscaling; equal to minReplicaMemoryGb in horizontal.
            autoscaling_mode: Target autoscaling mode. Omit to keep the service on its current mode. "vertical" runs a fixed replica count while memory scales between minReplicaMemoryGb and maxReplicaMemoryGb; "horizontal" scales the replica count between minReplicas and maxReplicas at a fixed per-replica memory (minReplicaMemoryGb equal to maxReplicaMemoryGb). Switching to horizontal requires the feature to be enabled for the organization.
            num_replicas: Fixed replica count for vertical autoscaling (autoscalingMode "vertical"). Mutually exclusive with minReplicas/maxReplicas. When switching to vertical (autoscalingMode "vertical") with numReplicas and no memory, the service's stored baseline per-replica memory is kept as the new vertical range. Please contact support to enable adjustment of numReplicas.
            min_replicas: Minimum number of replicas. A minReplicas/maxReplicas band scales the replica count in horizontal autoscaling (autoscalingMode "horizontal"). Must be provided together with maxReplicas. Mutually exclusive with numReplicas. Requires horizontal autoscaling to be enabled for the service, unless autoscalingMode is omitted or "vertical" and minReplicas equals maxReplicas (an equal band is then an accepted vertical fixed count and needs no horizontal entitlement).
            max_replicas: Maximum number of replicas. A minReplicas/maxReplicas band scales the replica count in horizontal autoscaling (autoscalingMode "horizontal"). Must be provided together with minReplicas. Mutually exclusive with numReplicas. Requires horizontal autoscaling to be enabled for the service, unless autoscalingMode is omitted or "vertical" and minReplicas equals maxReplicas (an equal band is then an accepted vertical fixed count and needs no horizontal entitlement).
            idle_scaling: When set to true the service is allowed to scale down to zero when idle. True by default.
            idle_timeout_minutes: Set minimum idling timeout (in minutes). Must be >= 5 minutes.
        """
        return await self._call(25, (self._org(organization_id), service_id), None, body_of({'min_replica_memory_gb': min_replica_memory_gb, 'max_replica_memory_gb': max_replica_memory_gb, 'autoscaling_mode': autoscaling_mode, 'num_replicas': num_replicas, 'min_replicas': min_replicas, 'max_replicas': max_replicas, 'idle_scaling': idle_scaling, 'idle_timeout_minutes': idle_timeout_minutes}))

    async def reset_password(
        self,
        service_id: Id,
        *,
        new_password_hash: Union[str, NotGiven] = NOT_GIVEN,
        new_double_sha1_hash: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ServicePasswordPatchResponse:
        """Update service password

        Sets a new password for the service

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/password` (instancePasswordUpdate)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the service to update password.
            new_password_hash: Optional password hash. Used to avoid password transmission over network. If not provided a new password is generated and is provided in the response. Otherwise this hash is used. Algorithm: echo -n "yourpassword" | sha256sum | tr -d '-' | xxd -r -p | base64
            new_double_sha1_hash: Optional double SHA1 password hash for MySQL protocol. If newPasswordHash is not provided this key will be ignored and the generated password will be used. Algorithm: echo -n "yourpassword" | sha1sum | tr -d '-' | xxd -r -p | sha1sum | tr -d '-'
        """
        return await self._call(26, (self._org(organization_id), service_id), None, body_of({'new_password_hash': new_password_hash, 'new_double_sha1_hash': new_double_sha1_hash}))

    async def create_private_endpoint(
        self,
        service_id: Id,
        *,
        id: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> InstancePrivateEndpoint:
        """Create a private endpoint

        Create a new private endpoint. The private endpoint will be associated with this service and organization

        `POST /v1/organizations/{organizationId}/services/{serviceId}/privateEndpoint` (instancePrivateEndpointCreate)

        Permissions: `control-plane:service:manage-private-endpoints`.

        Args:
            service_id: ID of the requested service.
            id: Private endpoint identifier
            description: Description of private endpoint
        """
        return await self._call(27, (self._org(organization_id), service_id), None, body_of({'id': id, 'description': description}))


class AsyncSnapshotConfigurationResource(AsyncResource):
    """`client.snapshot_configuration`: Snapshot operations."""

    __slots__ = ()

    async def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> SnapshotConfiguration:
        """Get service snapshot configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns the service snapshot configuration.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/snapshotConfiguration` (snapshotConfigurationGet)

        Permissions: `control-plane:service:view-snapshots`.

        Args:
            service_id: ID of the service.
        """
        return await self._call(46, (self._org(organization_id), service_id))

    async def update(
        self,
        service_id: Id,
        *,
        enabled: Union[bool, NotGiven] = NOT_GIVEN,
        gap: Union[float, NotGiven] = NOT_GIVEN,
        time_frame: Union[float, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> SnapshotConfiguration:
        """Update service snapshot configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Updates the service snapshot configuration. Requires ADMIN auth key role. Enables or disables scheduled snapshots and sets the cadence; when enabled, gap and timeFrame (in minutes) must together be one of the supported (gap, timeFrame) pairs: (30, 1440), (60, 2880). Provide at least one of enabled, gap, timeFrame; omit a field to leave it unchanged (null is not accepted). Enabling snapshots or changing the cadence requires an eligible organization (see the organization's capabilities.snapshots).

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/snapshotConfiguration` (snapshotConfigurationUpdate)

        Permissions: `control-plane:service:manage-snapshots`.

        Args:
            service_id: ID of the service.
            enabled: Whether scheduled snapshots are enabled for the service.
            gap: Interval between snapshots, in minutes. Set together with timeFrame; only supported preset pairs are accepted.
            time_frame: Retention window the snapshots cover, in minutes. Set together with gap; only supported preset pairs are accepted.
        """
        return await self._call(47, (self._org(organization_id), service_id), None, body_of({'enabled': enabled, 'gap': gap, 'time_frame': time_frame}))


class AsyncSnapshotsResource(AsyncResource):
    """`client.snapshots`: Snapshot operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncPager[Snapshot]:
        """List of service snapshots

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns a list of snapshots for the service, most recent first. Results are capped at `limit` (default 250) per page; the server may return fewer and caps the value at its own maximum. Every response carries `limit`, `totalCount` and `nextCursor`; pass `nextCursor` as the `cursor` query parameter to fetch the next page, repeating until it is null.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/snapshots` (snapshotGetList)

        Permissions: `control-plane:service:view-snapshots`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            service_id: ID of the service the snapshot was created from.
            limit: Maximum number of results to return.
        """
        return self._pager(42, (self._org(organization_id), service_id), {'limit': limit}, 'cursor', 'snapshots.list')

    async def get(
        self,
        service_id: Id,
        snapshot_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> Snapshot:
        """Get snapshot details

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns a single snapshot info.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/snapshots/{snapshotId}` (snapshotGet)

        Permissions: `control-plane:service:view-snapshots`.

        Args:
            service_id: ID of the service the snapshot was created from.
            snapshot_id: ID of the requested snapshot.
        """
        return await self._call(43, (self._org(organization_id), service_id, snapshot_id))


class AsyncUdfsResource(AsyncResource):
    """`client.udfs`: UDF operations."""

    __slots__ = ()

    @property
    def attachments(self) -> AsyncUdfsAttachmentsResource:
        return AsyncUdfsAttachmentsResource(self._client)

    @property
    def versions(self) -> AsyncUdfsVersionsResource:
        return AsyncUdfsVersionsResource(self._client)

    async def create_upload_session(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> UdfUploadSession:
        """Create UDF upload URL

        Creates an org-scoped presigned application/zip upload URL. Callers must use an upload ID for only one create or version attempt and request a new upload URL when retrying.

        `POST /v1/organizations/{organizationId}/udfUploads/url` (udfUploadSessionCreate)

        Permissions: `control-plane:organization:manage`.
        """
        return await self._call(162, (self._org(organization_id),))

    def list(
        self,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncPager[Udf]:
        """List UDFs

        Returns the latest version of each UDF in the organization.

        `GET /v1/organizations/{organizationId}/udfs` (udfList)

        Permissions: `control-plane:organization:view`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            limit: Maximum number of records to return per page. Defaults to 100. Maximum is 100.
        """
        return self._pager(163, (self._org(organization_id),), {'limit': limit}, 'cursor', 'udfs.list')

    async def create(
        self,
        *,
        upload_id: Union[Id, NotGiven] = NOT_GIVEN,
        runtime: Union[str, NotGiven] = NOT_GIVEN,
        arguments: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        return_type: Union[str, NotGiven] = NOT_GIVEN,
        return_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        command_read_timeout: Union[int, NotGiven] = NOT_GIVEN,
        command_write_timeout: Union[int, NotGiven] = NOT_GIVEN,
        memory_limit_mib: Union[Optional[int], NotGiven] = NOT_GIVEN,
        send_chunk_header: Union[bool, NotGiven] = NOT_GIVEN,
        deterministic: Union[bool, NotGiven] = NOT_GIVEN,
        format: Union[str, NotGiven] = NOT_GIVEN,
        sandbox_type: Union[str, NotGiven] = NOT_GIVEN,
        type: Union[str, NotGiven] = NOT_GIVEN,
        pool_size: Union[Optional[Any], NotGiven] = NOT_GIVEN,
        max_command_execution_time: Union[Optional[int], NotGiven] = NOT_GIVEN,
        function_name: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Udf:
        """Create UDF

        Creates a new UDF. See [User-defined functions in Cloud](https://clickhouse.com/docs/products/cloud/features/sql-console-features/user-defined-functions).

        `POST /v1/organizations/{organizationId}/udfs` (udfCreate)

        Permissions: `control-plane:organization:manage`.

        Args:
            upload_id: Identifier of the uploaded source archive.
            deterministic: Marks the UDF as deterministic so ClickHouse can reuse cached query results. Only set this when the UDF always returns the same result for the same arguments.
            pool_size: Always null — an executable UDF has no command pool.
        """
        return await self._call(164, (self._org(organization_id),), None, body_of({'upload_id': upload_id, 'runtime': runtime, 'arguments': arguments, 'return_type': return_type, 'return_name': return_name, 'command_read_timeout': command_read_timeout, 'command_write_timeout': command_write_timeout, 'memory_limit_mib': memory_limit_mib, 'send_chunk_header': send_chunk_header, 'deterministic': deterministic, 'format': format, 'sandbox_type': sandbox_type, 'type': type, 'pool_size': pool_size, 'max_command_execution_time': max_command_execution_time, 'function_name': function_name}))

    async def delete(
        self,
        function_name: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete UDF

        Deletes every version of a UDF and detaches it from all services. Removal from services completes asynchronously.

        `DELETE /v1/organizations/{organizationId}/udfs/{functionName}` (udfDelete)

        Permissions: `control-plane:organization:manage`.

        Args:
            function_name: Name of the UDF.
        """
        return await self._call(165, (self._org(organization_id), function_name))

    async def get(
        self,
        function_name: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> Udf:
        """Get UDF

        Returns the latest version of a UDF.

        `GET /v1/organizations/{organizationId}/udfs/{functionName}` (udfGet)

        Permissions: `control-plane:organization:view`.

        Args:
            function_name: Name of the UDF.
        """
        return await self._call(166, (self._org(organization_id), function_name))


class AsyncUpgradeWindowsResource(AsyncResource):
    """`client.upgrade_windows`: Service operations."""

    __slots__ = ()

    async def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> UpgradeWindow:
        """Get service upgrade window

        Returns the configured upgrade window for a service.

        Errors:
        - 401: missing, invalid, or disabled API key.
        - 403: caller lacks `control-plane:service:view` on the service.
        - 404: service does not exist, is not visible to the caller, or no upgrade window has been configured.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/upgradeWindow` (upgradeWindowGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the service.
        """
        return await self._call(32, (self._org(organization_id), service_id))

    async def update(
        self,
        service_id: Id,
        *,
        weekday: Union[int, NotGiven] = NOT_GIVEN,
        start_hour_utc: Union[int, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> UpgradeWindow:
        """Set service upgrade window

        Creates or fully replaces the upgrade window for a service. The upgrade window currently lasts 6 hours from `startHourUtc`. The upgrade window can only be set on primary services; secondary services inherit the primary service window.

        Errors:
        - 400: invalid field values (`weekday` not in 0–6, `startHourUtc` not in {0, 6, 12, 18}), or the service is a secondary service.
        - 401: missing, invalid, or disabled API key.
        - 403: caller lacks `control-plane:service:manage` on the service, or the organization does not have the scheduled upgrades feature enabled.
        - 404: service does not exist or is not visible to the caller.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/upgradeWindow` (upgradeWindowUpdate)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the service.
            weekday: Day of the week the upgrade window starts. 0 = Sunday, 1 = Monday, …, 6 = Saturday.
            start_hour_utc: UTC hour when the upgrade window starts. Must be one of 0, 6, 12, or 18. The upgrade window currently lasts 6 hours from this start time.
        """
        return await self._call(33, (self._org(organization_id), service_id), None, body_of({'weekday': weekday, 'start_hour_utc': start_hour_utc}))

    async def delete(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete service upgrade window

        Deletes the upgrade window for a service, restoring the default scheduling behaviour. The upgrade window can only be deleted on primary services. Deletion succeeds even if the organization has lost the scheduled upgrades entitlement, so a window can be cleared after entitlement loss.

        Errors:
        - 400: the service is a secondary service.
        - 401: missing, invalid, or disabled API key.
        - 403: caller lacks `control-plane:service:manage` on the service.
        - 404: service does not exist, is not visible to the caller, or no upgrade window is configured.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/upgradeWindow` (upgradeWindowDelete)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the service.
        """
        return await self._call(34, (self._org(organization_id), service_id))


class AsyncUsageCostResource(AsyncResource):
    """`client.usage_cost`: Billing operations."""

    __slots__ = ()

    async def get(
        self,
        *,
        from_date: DateLike,
        to_date: DateLike,
        filter: Optional[Union[str, Sequence[str]]] = None,
        organization_id: Optional[Id] = None,
    ) -> UsageCost:
        """Get organization usage costs

        Returns a grand total and a list of daily, per-entity organization usage cost records for the organization in the queried time period (maximum 31 days). All days in both the request and the response are evaluated based on the UTC timezone.

        `GET /v1/organizations/{organizationId}/usageCost` (usageCostGet)

        Permissions: `control-plane:organization:view`.

        Args:
            from_date: Start date for the report, e.g. 2024-12-19.
            to_date: End date (inclusive) for the report, e.g. 2024-12-20. This date cannot be more than 30 days after from_date (for a maximum queried period of 31 days).
            filter: Filter criteria to apply when retrieving the usage cost report. Currently, only filtering by resource tags is supported.
        """
        return await self._call(71, (self._org(organization_id),), {'from_date': from_date, 'to_date': to_date, 'filter': filter})


class AsyncNamespaces:
    """The resource namespaces of an `AsyncClient`."""

    __slots__ = ()

    @property
    def activities(self) -> AsyncActivitiesResource:
        return AsyncActivitiesResource(self)

    @property
    def backup_bucket(self) -> AsyncBackupBucketResource:
        return AsyncBackupBucketResource(self)

    @property
    def backup_configuration(self) -> AsyncBackupConfigurationResource:
        return AsyncBackupConfigurationResource(self)

    @property
    def backups(self) -> AsyncBackupsResource:
        return AsyncBackupsResource(self)

    @property
    def balances(self) -> AsyncBalancesResource:
        return AsyncBalancesResource(self)

    @property
    def byoc_infrastructure(self) -> AsyncByocInfrastructureResource:
        return AsyncByocInfrastructureResource(self)

    @property
    def clickhouse_settings(self) -> AsyncClickhouseSettingsResource:
        return AsyncClickhouseSettingsResource(self)

    @property
    def clickpipes(self) -> AsyncClickpipesResource:
        return AsyncClickpipesResource(self)

    @property
    def clickstack(self) -> AsyncClickstackResource:
        return AsyncClickstackResource(self)

    @property
    def invitations(self) -> AsyncInvitationsResource:
        return AsyncInvitationsResource(self)

    @property
    def keys(self) -> AsyncKeysResource:
        return AsyncKeysResource(self)

    @property
    def members(self) -> AsyncMembersResource:
        return AsyncMembersResource(self)

    @property
    def notifications(self) -> AsyncNotificationsResource:
        return AsyncNotificationsResource(self)

    @property
    def organizations(self) -> AsyncOrganizationsResource:
        return AsyncOrganizationsResource(self)

    @property
    def postgres(self) -> AsyncPostgresResource:
        return AsyncPostgresResource(self)

    @property
    def prometheus(self) -> AsyncPrometheusResource:
        return AsyncPrometheusResource(self)

    @property
    def query_api_endpoints(self) -> AsyncQueryApiEndpointsResource:
        return AsyncQueryApiEndpointsResource(self)

    @property
    def query_endpoints(self) -> AsyncQueryEndpointsResource:
        return AsyncQueryEndpointsResource(self)

    @property
    def quotas(self) -> AsyncQuotasResource:
        return AsyncQuotasResource(self)

    @property
    def replica_aware_routing(self) -> AsyncReplicaAwareRoutingResource:
        return AsyncReplicaAwareRoutingResource(self)

    @property
    def roles(self) -> AsyncRolesResource:
        return AsyncRolesResource(self)

    @property
    def saved_queries(self) -> AsyncSavedQueriesResource:
        return AsyncSavedQueriesResource(self)

    @property
    def scaling_schedules(self) -> AsyncScalingSchedulesResource:
        return AsyncScalingSchedulesResource(self)

    @property
    def service_profiles(self) -> AsyncServiceProfilesResource:
        return AsyncServiceProfilesResource(self)

    @property
    def services(self) -> AsyncServicesResource:
        return AsyncServicesResource(self)

    @property
    def snapshot_configuration(self) -> AsyncSnapshotConfigurationResource:
        return AsyncSnapshotConfigurationResource(self)

    @property
    def snapshots(self) -> AsyncSnapshotsResource:
        return AsyncSnapshotsResource(self)

    @property
    def udfs(self) -> AsyncUdfsResource:
        return AsyncUdfsResource(self)

    @property
    def upgrade_windows(self) -> AsyncUpgradeWindowsResource:
        return AsyncUpgradeWindowsResource(self)

    @property
    def usage_cost(self) -> AsyncUsageCostResource:
        return AsyncUsageCostResource(self)
