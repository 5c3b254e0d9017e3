"""The API's operations as resource namespaces of `Client` and `AsyncClient`: one
method per operation of the spec, in both.

generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""

# mypy: disable-error-code="no-any-return"
from __future__ import annotations

import datetime
import uuid
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any, Optional, Union

from ._display import ResultList
from ._native import (
    Activity,
    ApiKey,
    AwsBackupBucket,
    AzureBackupBucket,
    Backup,
    BackupBucket,
    BackupConfiguration,
    ByocConfig,
    ClickPipe,
    ClickPipeFieldMapping,
    ClickPipeScaling,
    ClickPipeSchemaDiscoveryResponse,
    ClickPipeSettings,
    ClickPipesCdcScaling,
    ClickStackAlertResponse,
    ClickStackCASLPermission,
    ClickStackDashboardContainer,
    ClickStackDashboardResponse,
    ClickStackFilter,
    ClickStackGenericWebhook,
    ClickStackHighlightedAttributeExpression,
    ClickStackIncidentIOWebhook,
    ClickStackLogSource,
    ClickStackLogSourceMetadataMaterializedViews,
    ClickStackMaterializedView,
    ClickStackMetricSource,
    ClickStackMetricTables,
    ClickStackPagerDutyAPIWebhook,
    ClickStackPromqlSource,
    ClickStackQuerySetting,
    ClickStackRole,
    ClickStackSavedFilterValue,
    ClickStackSavedSearch,
    ClickStackSavedSearchFilter,
    ClickStackSessionSource,
    ClickStackSlackAPIWebhook,
    ClickStackSlackWebhook,
    ClickStackSourceFilterSettings,
    ClickStackSourceFrom,
    ClickStackTraceSource,
    ClickStackValidateDashboardResponse,
    CreatedKey,
    CustomPrivateDnsMapping,
    GcpBackupBucket,
    InstancePrivateEndpoint,
    Invitation,
    IpAccessListEntry,
    Member,
    Organization,
    OrganizationCloudRegionPrivateEndpointConfig,
    OrganizationQuota,
    PgConfig,
    PostgresInstanceConfig,
    PostgresInstanceUpdateConfigResponse,
    PostgresMetrics,
    PostgresService,
    PostgresServiceListItem,
    PostgresServicePasswordResource,
    PostgresSlowQueryPattern,
    PostgresSlowQueryPatternDetail,
    PrivateEndpointConfig,
    RBACRole,
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
    ServiceQueryAPIEndpoint,
    ServiceScalingPatchResponse,
    Udf,
    UdfAttachment,
    UdfAttachmentListResponse,
    UdfListResponse,
    UdfUploadSession,
    UdfVersionListResponse,
    UpgradeWindow,
    UsageCost,
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
)

SPEC_SHA256 = "124291b0fb5d6742f3f1d015a42c989b9277a9f6e9c530453efcf95f3e5a5eeb"

# One record per operation, in the order of the engine's table (its index).
OPERATIONS = (
    Operation('organizationGetList', 'GET', '/v1/organizations', 'organizations.list', 'Organization'),
    Operation('organizationGet', 'GET', '/v1/organizations/{organizationId}', 'organizations.get', 'Organization'),
    Operation('organizationUpdate', 'PATCH', '/v1/organizations/{organizationId}', 'organizations.update', 'Organization'),
    Operation('organizationPrometheusGet', 'GET', '/v1/organizations/{organizationId}/prometheus', 'prometheus.get_organization_metrics', 'Prometheus'),
    Operation('organizationRolesGetList', 'GET', '/v1/organizations/{organizationId}/roles', 'roles.list', 'Role Management'),
    Operation('organizationRolePost', 'POST', '/v1/organizations/{organizationId}/roles', 'roles.create', 'Role Management'),
    Operation('organizationRoleGet', 'GET', '/v1/organizations/{organizationId}/roles/{roleId}', 'roles.get', 'Role Management'),
    Operation('organizationRolePatch', 'PATCH', '/v1/organizations/{organizationId}/roles/{roleId}', 'roles.update', 'Role Management'),
    Operation('organizationRoleDelete', 'DELETE', '/v1/organizations/{organizationId}/roles/{roleId}', 'roles.delete', 'Role Management'),
    Operation('organizationQuotasGetList', 'GET', '/v1/organizations/{organizationId}/quotas', 'quotas.list', 'Organization'),
    Operation('organizationQuotaGet', 'GET', '/v1/organizations/{organizationId}/quotas/{quotaCode}', 'quotas.get', 'Organization'),
    Operation('instanceGetList', 'GET', '/v1/organizations/{organizationId}/services', 'services.list', 'Service'),
    Operation('instanceCreate', 'POST', '/v1/organizations/{organizationId}/services', 'services.create', 'Service'),
    Operation('instanceGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}', 'services.get', 'Service'),
    Operation('instanceUpdate', 'PATCH', '/v1/organizations/{organizationId}/services/{serviceId}', 'services.update', 'Service'),
    Operation('instanceDelete', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}', 'services.delete', 'Service'),
    Operation('instancePrivateEndpointConfigGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/privateEndpointConfig', 'services.get_private_endpoint_config', 'Service'),
    Operation('instanceQueryEndpointGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint', 'query_endpoints.get', 'Service'),
    Operation('instanceQueryEndpointDelete', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint', 'query_endpoints.delete', 'Service'),
    Operation('instanceQueryEndpointUpsert', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint', 'query_endpoints.upsert', 'Service'),
    Operation('instanceStateUpdate', 'PATCH', '/v1/organizations/{organizationId}/services/{serviceId}/state', 'services.update_state', 'Service'),
    Operation('instanceScalingUpdate', 'PATCH', '/v1/organizations/{organizationId}/services/{serviceId}/scaling', 'services.update_scaling', 'Service'),
    Operation('instanceReplicaScalingUpdate', 'PATCH', '/v1/organizations/{organizationId}/services/{serviceId}/replicaScaling', 'services.update_replica_scaling', 'Service'),
    Operation('instancePasswordUpdate', 'PATCH', '/v1/organizations/{organizationId}/services/{serviceId}/password', 'services.reset_password', 'Service'),
    Operation('instancePrivateEndpointCreate', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/privateEndpoint', 'services.create_private_endpoint', 'Service'),
    Operation('instancePrometheusGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/prometheus', 'prometheus.get_service_metrics', 'Prometheus'),
    Operation('scalingScheduleGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule', 'scaling_schedules.get', 'Service'),
    Operation('scalingScheduleUpsert', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule', 'scaling_schedules.upsert', 'Service'),
    Operation('scalingScheduleDelete', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule', 'scaling_schedules.delete', 'Service'),
    Operation('upgradeWindowGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/upgradeWindow', 'upgrade_windows.get', 'Service'),
    Operation('upgradeWindowUpdate', 'PUT', '/v1/organizations/{organizationId}/services/{serviceId}/upgradeWindow', 'upgrade_windows.update', 'Service'),
    Operation('upgradeWindowDelete', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}/upgradeWindow', 'upgrade_windows.delete', 'Service'),
    Operation('serviceClickhouseSettingsListGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings', 'clickhouse_settings.list', 'Service'),
    Operation('serviceClickhouseSettingsUpdate', 'PATCH', '/v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings', 'clickhouse_settings.update', 'Service'),
    Operation('serviceClickhouseSettingsSchemaGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/schema', 'clickhouse_settings.get_schema', 'Service'),
    Operation('serviceClickhouseSettingGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/{settingName}', 'clickhouse_settings.get', 'Service'),
    Operation('serviceClickhouseSettingDelete', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/{settingName}', 'clickhouse_settings.delete', 'Service'),
    Operation('backupGetList', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/backups', 'backups.list', 'Backup'),
    Operation('backupGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/backups/{backupId}', 'backups.get', 'Backup'),
    Operation('backupConfigurationGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/backupConfiguration', 'backup_configuration.get', 'Backup'),
    Operation('backupConfigurationUpdate', 'PATCH', '/v1/organizations/{organizationId}/services/{serviceId}/backupConfiguration', 'backup_configuration.update', 'Backup'),
    Operation('backupBucketGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/backupBucket', 'backup_bucket.get', 'Backup'),
    Operation('backupBucketCreate', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/backupBucket', 'backup_bucket.create', 'Backup'),
    Operation('backupBucketUpdate', 'PATCH', '/v1/organizations/{organizationId}/services/{serviceId}/backupBucket', 'backup_bucket.update', 'Backup'),
    Operation('backupBucketDelete', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}/backupBucket', 'backup_bucket.delete', 'Backup'),
    Operation('openapiKeyGetList', 'GET', '/v1/organizations/{organizationId}/keys', 'keys.list', 'OpenAPI'),
    Operation('openapiKeyCreate', 'POST', '/v1/organizations/{organizationId}/keys', 'keys.create', 'OpenAPI'),
    Operation('openapiKeyGet', 'GET', '/v1/organizations/{organizationId}/keys/{keyId}', 'keys.get', 'OpenAPI'),
    Operation('openapiKeyUpdate', 'PATCH', '/v1/organizations/{organizationId}/keys/{keyId}', 'keys.update', 'OpenAPI'),
    Operation('openapiKeyDelete', 'DELETE', '/v1/organizations/{organizationId}/keys/{keyId}', 'keys.delete', 'OpenAPI'),
    Operation('memberGetList', 'GET', '/v1/organizations/{organizationId}/members', 'members.list', 'User management'),
    Operation('memberGet', 'GET', '/v1/organizations/{organizationId}/members/{userId}', 'members.get', 'User management'),
    Operation('memberUpdate', 'PATCH', '/v1/organizations/{organizationId}/members/{userId}', 'members.update', 'User management'),
    Operation('memberDelete', 'DELETE', '/v1/organizations/{organizationId}/members/{userId}', 'members.delete', 'User management'),
    Operation('invitationGetList', 'GET', '/v1/organizations/{organizationId}/invitations', 'invitations.list', 'User management'),
    Operation('invitationCreate', 'POST', '/v1/organizations/{organizationId}/invitations', 'invitations.create', 'User management'),
    Operation('invitationGet', 'GET', '/v1/organizations/{organizationId}/invitations/{invitationId}', 'invitations.get', 'User management'),
    Operation('invitationDelete', 'DELETE', '/v1/organizations/{organizationId}/invitations/{invitationId}', 'invitations.delete', 'User management'),
    Operation('activityGetList', 'GET', '/v1/organizations/{organizationId}/activities', 'activities.list', 'Organization'),
    Operation('activityGet', 'GET', '/v1/organizations/{organizationId}/activities/{activityId}', 'activities.get', 'Organization'),
    Operation('usageCostGet', 'GET', '/v1/organizations/{organizationId}/usageCost', 'usage_cost.get', 'Billing'),
    Operation('clickPipeGetList', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipes', 'clickpipes.list', 'ClickPipes'),
    Operation('clickPipeCreate', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipes', 'clickpipes.create', 'ClickPipes'),
    Operation('clickPipeGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}', 'clickpipes.get', 'ClickPipes'),
    Operation('clickPipeUpdate', 'PATCH', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}', 'clickpipes.update', 'ClickPipes'),
    Operation('clickPipeDelete', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}', 'clickpipes.delete', 'ClickPipes'),
    Operation('clickPipeSettingsGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/settings', 'clickpipes.get_settings', 'ClickPipes'),
    Operation('clickPipeSettingsUpdate', 'PUT', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/settings', 'clickpipes.update_settings', 'ClickPipes'),
    Operation('clickPipeSchemaDiscovery', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipes/schemaDiscovery', 'clickpipes.discover_schema', 'ClickPipes'),
    Operation('clickPipeScalingUpdate', 'PATCH', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/scaling', 'clickpipes.update_scaling', 'ClickPipes'),
    Operation('clickPipeStateUpdate', 'PATCH', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/state', 'clickpipes.update_state', 'ClickPipes'),
    Operation('clickPipeCdcScalingGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipesCdcScaling', 'clickpipes.get_cdc_scaling', 'ClickPipes'),
    Operation('clickPipeCdcScalingUpdate', 'PATCH', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipesCdcScaling', 'clickpipes.update_cdc_scaling', 'ClickPipes'),
    Operation('clickStackListDashboards', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards', 'clickstack.dashboards.list', 'ClickStack'),
    Operation('clickStackCreateDashboard', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards', 'clickstack.dashboards.create', 'ClickStack'),
    Operation('clickStackGetDashboard', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}', 'clickstack.dashboards.get', 'ClickStack'),
    Operation('clickStackUpdateDashboard', 'PUT', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}', 'clickstack.dashboards.update', 'ClickStack'),
    Operation('clickStackDeleteDashboard', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}', 'clickstack.dashboards.delete', 'ClickStack'),
    Operation('clickStackValidateDashboard', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/validate', 'clickstack.dashboards.validate', 'ClickStack'),
    Operation('clickStackListAlerts', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts', 'clickstack.alerts.list', 'ClickStack'),
    Operation('clickStackCreateAlert', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts', 'clickstack.alerts.create', 'ClickStack'),
    Operation('clickStackListSources', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources', 'clickstack.sources.list', 'ClickStack'),
    Operation('clickStackCreateSource', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources', 'clickstack.sources.create', 'ClickStack'),
    Operation('clickStackGetSource', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}', 'clickstack.sources.get', 'ClickStack'),
    Operation('clickStackUpdateSource', 'PUT', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}', 'clickstack.sources.update', 'ClickStack'),
    Operation('clickStackDeleteSource', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}', 'clickstack.sources.delete', 'ClickStack'),
    Operation('clickStackGetAlert', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}', 'clickstack.alerts.get', 'ClickStack'),
    Operation('clickStackUpdateAlert', 'PUT', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}', 'clickstack.alerts.update', 'ClickStack'),
    Operation('clickStackDeleteAlert', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}', 'clickstack.alerts.delete', 'ClickStack'),
    Operation('clickStackListWebhooks', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks', 'clickstack.webhooks.list', 'ClickStack'),
    Operation('clickStackCreateWebhook', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks', 'clickstack.webhooks.create', 'ClickStack'),
    Operation('clickStackUpdateWebhook', 'PUT', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks/{clickStackWebhookId}', 'clickstack.webhooks.update', 'ClickStack'),
    Operation('clickStackDeleteWebhook', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks/{clickStackWebhookId}', 'clickstack.webhooks.delete', 'ClickStack'),
    Operation('clickStackListRoles', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles', 'clickstack.roles.list', 'ClickStack'),
    Operation('clickStackCreateRole', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles', 'clickstack.roles.create', 'ClickStack'),
    Operation('clickStackGetRole', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}', 'clickstack.roles.get', 'ClickStack'),
    Operation('clickStackUpdateRole', 'PUT', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}', 'clickstack.roles.update', 'ClickStack'),
    Operation('clickStackDeleteRole', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}', 'clickstack.roles.delete', 'ClickStack'),
    Operation('clickStackListSavedSearches', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches', 'clickstack.saved_searches.list', 'ClickStack'),
    Operation('clickStackCreateSavedSearch', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches', 'clickstack.saved_searches.create', 'ClickStack'),
    Operation('clickStackGetSavedSearch', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches/{clickStackSavedSearchId}', 'clickstack.saved_searches.get', 'ClickStack'),
    Operation('clickStackUpdateSavedSearch', 'PUT', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches/{clickStackSavedSearchId}', 'clickstack.saved_searches.update', 'ClickStack'),
    Operation('clickStackDeleteSavedSearch', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches/{clickStackSavedSearchId}', 'clickstack.saved_searches.delete', 'ClickStack'),
    Operation('postgresServiceCreate', 'POST', '/v1/organizations/{organizationId}/postgres', 'postgres.create', 'Postgres'),
    Operation('postgresServiceGetList', 'GET', '/v1/organizations/{organizationId}/postgres', 'postgres.list', 'Postgres'),
    Operation('postgresOrgPrometheusGet', 'GET', '/v1/organizations/{organizationId}/postgres/prometheus', 'prometheus.get_postgres_organization_metrics', 'Prometheus'),
    Operation('postgresServiceGet', 'GET', '/v1/organizations/{organizationId}/postgres/{postgresId}', 'postgres.get', 'Postgres'),
    Operation('postgresServiceDelete', 'DELETE', '/v1/organizations/{organizationId}/postgres/{postgresId}', 'postgres.delete', 'Postgres'),
    Operation('postgresServicePatch', 'PATCH', '/v1/organizations/{organizationId}/postgres/{postgresId}', 'postgres.update', 'Postgres'),
    Operation('postgresServiceCertsGet', 'GET', '/v1/organizations/{organizationId}/postgres/{postgresId}/caCertificates', 'postgres.get_ca_certificates', 'Postgres'),
    Operation('postgresInstanceRestore', 'POST', '/v1/organizations/{organizationId}/postgres/{postgresId}/restoredService', 'postgres.restore', 'Postgres'),
    Operation('postgresServiceSetPassword', 'PATCH', '/v1/organizations/{organizationId}/postgres/{postgresId}/password', 'postgres.reset_password', 'Postgres'),
    Operation('postgresServicePatchState', 'PATCH', '/v1/organizations/{organizationId}/postgres/{postgresId}/state', 'postgres.update_state', 'Postgres'),
    Operation('postgresInstanceCreateReadReplica', 'POST', '/v1/organizations/{organizationId}/postgres/{postgresId}/readReplica', 'postgres.create_read_replica', 'Postgres'),
    Operation('postgresInstanceConfigGet', 'GET', '/v1/organizations/{organizationId}/postgres/{postgresId}/config', 'postgres.get_config', 'Postgres'),
    Operation('postgresInstanceConfigPost', 'POST', '/v1/organizations/{organizationId}/postgres/{postgresId}/config', 'postgres.set_config', 'Postgres'),
    Operation('postgresInstanceConfigPatch', 'PATCH', '/v1/organizations/{organizationId}/postgres/{postgresId}/config', 'postgres.update_config', 'Postgres'),
    Operation('postgresInstancePrometheusGet', 'GET', '/v1/organizations/{organizationId}/postgres/{postgresId}/prometheus', 'prometheus.get_postgres_metrics', 'Prometheus'),
    Operation('postgresInstanceMetricsGet', 'GET', '/v1/organizations/{organizationId}/postgres/{postgresId}/metrics', 'postgres.get_metrics', 'Postgres'),
    Operation('slowQueryPatternsGetList', 'GET', '/v1/organizations/{organizationId}/postgres/{postgresId}/slowQueryPatterns', 'postgres.slow_query_patterns.list', 'Postgres'),
    Operation('slowQueryPatternGet', 'GET', '/v1/organizations/{organizationId}/postgres/{postgresId}/slowQueryPatterns/{queryId}', 'postgres.slow_query_patterns.get', 'Postgres'),
    Operation('organizationPrivateEndpointConfigGetList', 'GET', '/v1/organizations/{organizationId}/privateEndpointConfig', 'organizations.list_private_endpoint_configs', 'Organization'),
    Operation('organizationByocInfrastructureCreate', 'POST', '/v1/organizations/{organizationId}/byocInfrastructure', 'byoc_infrastructure.create', 'Organization'),
    Operation('organizationByocInfrastructureDelete', 'DELETE', '/v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}', 'byoc_infrastructure.delete', 'Organization'),
    Operation('organizationByocInfrastructureUpdate', 'PATCH', '/v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}', 'byoc_infrastructure.update', 'Organization'),
    Operation('clickPipeReversePrivateEndpointGetList', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints', 'clickpipes.reverse_private_endpoints.list', 'ClickPipes'),
    Operation('clickPipeReversePrivateEndpointCreate', 'POST', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints', 'clickpipes.reverse_private_endpoints.create', 'ClickPipes'),
    Operation('clickPipeReversePrivateEndpointGet', 'GET', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}', 'clickpipes.reverse_private_endpoints.get', 'ClickPipes'),
    Operation('clickPipeReversePrivateEndpointDelete', 'DELETE', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}', 'clickpipes.reverse_private_endpoints.delete', 'ClickPipes'),
    Operation('clickPipeReversePrivateEndpointUpdate', 'PATCH', '/v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}', 'clickpipes.reverse_private_endpoints.update', 'ClickPipes'),
    Operation('udfAttach', 'PUT', '/v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}', 'udfs.attachments.attach', 'UDF'),
    Operation('udfAttachmentGet', 'GET', '/v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}', 'udfs.attachments.get', 'UDF'),
    Operation('udfDetach', 'DELETE', '/v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}', 'udfs.attachments.detach', 'UDF'),
    Operation('udfAttachmentList', 'GET', '/v1/organizations/{organizationId}/udfs/{functionName}/attachments', 'udfs.attachments.list', 'UDF'),
    Operation('udfCreate', 'POST', '/v1/organizations/{organizationId}/udfs', 'udfs.create', 'UDF'),
    Operation('udfList', 'GET', '/v1/organizations/{organizationId}/udfs', 'udfs.list', 'UDF'),
    Operation('udfDelete', 'DELETE', '/v1/organizations/{organizationId}/udfs/{functionName}', 'udfs.delete', 'UDF'),
    Operation('udfGet', 'GET', '/v1/organizations/{organizationId}/udfs/{functionName}', 'udfs.get', 'UDF'),
    Operation('udfUploadSessionCreate', 'POST', '/v1/organizations/{organizationId}/udfUploads/url', 'udfs.create_upload_session', 'UDF'),
    Operation('udfVersionCreate', 'POST', '/v1/organizations/{organizationId}/udfs/{functionName}/versions', 'udfs.versions.create', 'UDF'),
    Operation('udfVersionList', 'GET', '/v1/organizations/{organizationId}/udfs/{functionName}/versions', 'udfs.versions.list', 'UDF'),
    Operation('udfVersionDelete', 'DELETE', '/v1/organizations/{organizationId}/udfs/{functionName}/versions/{version}', 'udfs.versions.delete', 'UDF'),
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

        Args:
            service_id: ID of the service that owns the Reverse Private Endpoint.
        """
        return self._call(125, (self._org(organization_id), service_id))

    def create(
        self,
        service_id: Id,
        *,
        description: Union[str, NotGiven] = NOT_GIVEN,
        type: Union[str, NotGiven] = NOT_GIVEN,
        vpc_endpoint_service_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        vpc_resource_configuration_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        vpc_resource_share_arn: Union[Optional[str], NotGiven] = NOT_GIVEN,
        msk_cluster_arn: Union[Optional[str], NotGiven] = NOT_GIVEN,
        msk_authentication: Union[Optional[str], NotGiven] = NOT_GIVEN,
        gcp_service_attachment: Union[Optional[str], NotGiven] = NOT_GIVEN,
        custom_private_dns_mappings: Union[Sequence[Union[CustomPrivateDnsMapping, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ReversePrivateEndpoint:
        """Create reverse private endpoint

        Create a new reverse private endpoint.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints` (clickPipeReversePrivateEndpointCreate)

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
        return self._call(126, (self._org(organization_id), service_id), None, body_of({'description': description, 'type': type, 'vpc_endpoint_service_name': vpc_endpoint_service_name, 'vpc_resource_configuration_id': vpc_resource_configuration_id, 'vpc_resource_share_arn': vpc_resource_share_arn, 'msk_cluster_arn': msk_cluster_arn, 'msk_authentication': msk_authentication, 'gcp_service_attachment': gcp_service_attachment, 'custom_private_dns_mappings': custom_private_dns_mappings}))

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

        Args:
            service_id: ID of the service that owns the Reverse Private Endpoint.
            endpoint_id: ID of the reverse private endpoint to get.
        """
        return self._call(127, (self._org(organization_id), service_id, endpoint_id))

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

        Args:
            service_id: ID of the service that owns the Reverse Private Endpoint.
            endpoint_id: ID of the reverse private endpoint to delete.
        """
        return self._call(128, (self._org(organization_id), service_id, endpoint_id))

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

        Args:
            service_id: ID of the service that owns the Reverse Private Endpoint.
            endpoint_id: ID of the reverse private endpoint to update.
            custom_private_dns_mappings: Optional private DNS names for Reverse Private Endpoint. Can be used as data source destination address. Must be unique across the ClickHouse service. Generally available for Google Private Service Connect (PSC). For AWS PrivateLink (VPC endpoint service and VPC resource), available in Private Preview; contact ClickHouse support to enable it for your service. Not supported for MSK multi-VPC. Supports exact names and leading wildcard names such as *.example.com
        """
        return self._call(129, (self._org(organization_id), service_id, endpoint_id), None, body_of({'custom_private_dns_mappings': custom_private_dns_mappings}))


class ClickstackAlertsResource(Resource):
    """`client.clickstack.alerts`: ClickStack operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[ClickStackAlertResponse]:
        """ClickStack: List Alerts

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves alerts for the authenticated team (paginated). Results are capped at `limit` (default and maximum 1000). When more records exist than are returned, `meta.total` exceeds `data.length`; clients with large collections must page with `limit`/`offset` to retrieve them all.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts` (clickStackListAlerts)

        Args:
            service_id: ID of the ClickStack service.
        """
        return self._call(79, (self._org(organization_id), service_id))

    def create(
        self,
        service_id: Id,
        *,
        dashboard_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tile_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_search_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        group_by: Union[Optional[str], NotGiven] = NOT_GIVEN,
        threshold: Union[float, NotGiven] = NOT_GIVEN,
        threshold_max: Union[Optional[float], NotGiven] = NOT_GIVEN,
        interval: Union[str, NotGiven] = NOT_GIVEN,
        schedule_offset_minutes: Union[Optional[int], NotGiven] = NOT_GIVEN,
        schedule_start_at: Union[Optional[DateTimeLike], NotGiven] = NOT_GIVEN,
        source: Union[str, NotGiven] = NOT_GIVEN,
        threshold_type: Union[str, NotGiven] = NOT_GIVEN,
        channel: Union[Any, NotGiven] = NOT_GIVEN,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        note: Union[Optional[str], NotGiven] = NOT_GIVEN,
        num_consecutive_windows: Union[Optional[int], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackAlertResponse:
        """ClickStack: Create Alert

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new alert

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts` (clickStackCreateAlert)

        Args:
            service_id: ID of the ClickStack service.
            dashboard_id: Dashboard ID for tile-based alerts.
            tile_id: Tile ID for tile-based alerts. Must be a line, stacked bar, or number type tile.
            saved_search_id: Saved search ID for saved_search alerts.
            group_by: Group-by key for saved search alerts.
            threshold: Threshold value for triggering the alert. For between and not_between threshold types, this is the lower bound.
            threshold_max: Upper bound for between and not_between threshold types. Required when thresholdType is between or not_between, must be >= threshold.
            interval: Evaluation interval for the alert.
            schedule_offset_minutes: Offset from the interval boundary in minutes. For example, 2 with a 5m interval evaluates windows at :02, :07, :12, etc. (UTC).
            schedule_start_at: Absolute UTC start time anchor. Alert windows start from this timestamp and repeat every interval.
            source: Alert source type (tile-based or saved search).
            threshold_type: Threshold comparison direction.
            name: Human-friendly alert name.
            message: Alert message template.
            note: Freeform note for the alert. Supports markdown formatting.
            num_consecutive_windows: Fire the alert only after its condition has been met for this many consecutive evaluation windows. While the condition is met but fewer than this many consecutive windows have violated, the alert is in the PENDING state.
        """
        return self._call(80, (self._org(organization_id), service_id), None, body_of({'dashboard_id': dashboard_id, 'tile_id': tile_id, 'saved_search_id': saved_search_id, 'group_by': group_by, 'threshold': threshold, 'threshold_max': threshold_max, 'interval': interval, 'schedule_offset_minutes': schedule_offset_minutes, 'schedule_start_at': schedule_start_at, 'source': source, 'threshold_type': threshold_type, 'channel': channel, 'name': name, 'message': message, 'note': note, 'num_consecutive_windows': num_consecutive_windows}))

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

        Args:
            service_id: ID of the ClickStack service.
            alert_id: ClickStack Alert ID
        """
        return self._call(86, (self._org(organization_id), service_id, alert_id))

    def update(
        self,
        service_id: Id,
        alert_id: str,
        *,
        dashboard_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tile_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_search_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        group_by: Union[Optional[str], NotGiven] = NOT_GIVEN,
        threshold: Union[float, NotGiven] = NOT_GIVEN,
        threshold_max: Union[Optional[float], NotGiven] = NOT_GIVEN,
        interval: Union[str, NotGiven] = NOT_GIVEN,
        schedule_offset_minutes: Union[Optional[int], NotGiven] = NOT_GIVEN,
        schedule_start_at: Union[Optional[DateTimeLike], NotGiven] = NOT_GIVEN,
        source: Union[str, NotGiven] = NOT_GIVEN,
        threshold_type: Union[str, NotGiven] = NOT_GIVEN,
        channel: Union[Any, NotGiven] = NOT_GIVEN,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        note: Union[Optional[str], NotGiven] = NOT_GIVEN,
        num_consecutive_windows: Union[Optional[int], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackAlertResponse:
        """ClickStack: Update Alert

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Updates an existing alert

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}` (clickStackUpdateAlert)

        Args:
            service_id: ID of the ClickStack service.
            alert_id: ClickStack Alert ID
            dashboard_id: Dashboard ID for tile-based alerts.
            tile_id: Tile ID for tile-based alerts. Must be a line, stacked bar, or number type tile.
            saved_search_id: Saved search ID for saved_search alerts.
            group_by: Group-by key for saved search alerts.
            threshold: Threshold value for triggering the alert. For between and not_between threshold types, this is the lower bound.
            threshold_max: Upper bound for between and not_between threshold types. Required when thresholdType is between or not_between, must be >= threshold.
            interval: Evaluation interval for the alert.
            schedule_offset_minutes: Offset from the interval boundary in minutes. For example, 2 with a 5m interval evaluates windows at :02, :07, :12, etc. (UTC).
            schedule_start_at: Absolute UTC start time anchor. Alert windows start from this timestamp and repeat every interval.
            source: Alert source type (tile-based or saved search).
            threshold_type: Threshold comparison direction.
            name: Human-friendly alert name.
            message: Alert message template.
            note: Freeform note for the alert. Supports markdown formatting.
            num_consecutive_windows: Fire the alert only after its condition has been met for this many consecutive evaluation windows. While the condition is met but fewer than this many consecutive windows have violated, the alert is in the PENDING state.
        """
        return self._call(87, (self._org(organization_id), service_id, alert_id), None, body_of({'dashboard_id': dashboard_id, 'tile_id': tile_id, 'saved_search_id': saved_search_id, 'group_by': group_by, 'threshold': threshold, 'threshold_max': threshold_max, 'interval': interval, 'schedule_offset_minutes': schedule_offset_minutes, 'schedule_start_at': schedule_start_at, 'source': source, 'threshold_type': threshold_type, 'channel': channel, 'name': name, 'message': message, 'note': note, 'num_consecutive_windows': num_consecutive_windows}))

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

        Args:
            service_id: ID of the ClickStack service.
            alert_id: ClickStack Alert ID
        """
        return self._call(88, (self._org(organization_id), service_id, alert_id))


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

        Args:
            service_id: ID of the ClickStack service.
        """
        return self._call(73, (self._org(organization_id), service_id))

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
        saved_filter_values: Union[Sequence[Union[ClickStackSavedFilterValue, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        containers: Union[Sequence[Union[ClickStackDashboardContainer, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackDashboardResponse:
        """ClickStack: Create Dashboard

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new dashboard

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards` (clickStackCreateDashboard)

        Args:
            service_id: ID of the ClickStack service.
            name: Dashboard name.
            tiles: List of tiles/charts to include in the dashboard.
            tags: Tags for organizing and filtering dashboards.
            filters: Dashboard filter keys to add to the dashboard and apply across all tiles
            saved_query: Optional default dashboard query to persist on the dashboard.
            saved_query_language: Query language used by savedQuery.
            saved_filter_values: Optional default dashboard filter values to persist on the dashboard.
            containers: Optional grouping containers. Each tile may join a container via tile.containerId, and a tab inside it via tile.tabId.
        """
        return self._call(74, (self._org(organization_id), service_id), None, body_of({'name': name, 'tiles': tiles, 'tags': tags, 'filters': filters, 'saved_query': saved_query, 'saved_query_language': saved_query_language, 'saved_filter_values': saved_filter_values, 'containers': containers}))

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

        Args:
            service_id: ID of the ClickStack service.
            dashboard_id: ClickStack Dashboard ID
        """
        return self._call(75, (self._org(organization_id), service_id, dashboard_id))

    def update(
        self,
        service_id: Id,
        dashboard_id: str,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        tiles: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        filters: Union[Sequence[Union[ClickStackFilter, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        saved_query: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_query_language: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_filter_values: Union[Sequence[Union[ClickStackSavedFilterValue, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        containers: Union[Sequence[Union[ClickStackDashboardContainer, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackDashboardResponse:
        """ClickStack: Update Dashboard

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Updates an existing dashboard.  **Concurrency:** This endpoint does not support optimistic concurrency control. Concurrent PUT requests for the same dashboard may silently overwrite each other, which can leave orphan tile-to-container references on layout-shape edits. Clients should serialize edits to a given dashboard.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}` (clickStackUpdateDashboard)

        Args:
            service_id: ID of the ClickStack service.
            dashboard_id: ClickStack Dashboard ID
            name: Dashboard name.
            tiles: Full list of tiles for the dashboard. Existing tiles are matched by ID; tiles with an ID that does not match an existing tile will be assigned a new generated ID.
            tags: Tags for organizing and filtering dashboards.
            filters: Dashboard filter keys on the dashboard, applied across all tiles
            saved_query: Optional default dashboard query to persist on the dashboard.
            saved_query_language: Query language used by savedQuery.
            saved_filter_values: Optional default dashboard filter values to persist on the dashboard.
            containers: Optional grouping containers. Each tile may join a container via tile.containerId, and a tab inside it via tile.tabId.
        """
        return self._call(76, (self._org(organization_id), service_id, dashboard_id), None, body_of({'name': name, 'tiles': tiles, 'tags': tags, 'filters': filters, 'saved_query': saved_query, 'saved_query_language': saved_query_language, 'saved_filter_values': saved_filter_values, 'containers': containers}))

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

        Args:
            service_id: ID of the ClickStack service.
            dashboard_id: ClickStack Dashboard ID
        """
        return self._call(77, (self._org(organization_id), service_id, dashboard_id))

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
        saved_filter_values: Union[Sequence[Union[ClickStackSavedFilterValue, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        containers: Union[Sequence[Union[ClickStackDashboardContainer, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackValidateDashboardResponse:
        """ClickStack: Validate Dashboard

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Validates a dashboard body against the same schema and tile rules used by POST /api/v2/dashboards. The dashboard is **never persisted**. Use this endpoint at plan time (e.g. from a Terraform provider) to check that a dashboard configuration is valid before applying it.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/validate` (clickStackValidateDashboard)

        Args:
            service_id: ID of the ClickStack service.
            name: Dashboard name.
            tiles: List of tiles/charts to include in the dashboard.
            tags: Tags for organizing and filtering dashboards.
            filters: Dashboard filter keys to add to the dashboard and apply across all tiles
            saved_query: Optional default dashboard query to persist on the dashboard.
            saved_query_language: Query language used by savedQuery.
            saved_filter_values: Optional default dashboard filter values to persist on the dashboard.
            containers: Optional grouping containers. Each tile may join a container via tile.containerId, and a tab inside it via tile.tabId.
        """
        return self._call(78, (self._org(organization_id), service_id), None, body_of({'name': name, 'tiles': tiles, 'tags': tags, 'filters': filters, 'saved_query': saved_query, 'saved_query_language': saved_query_language, 'saved_filter_values': saved_filter_values, 'containers': containers}))


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

        Args:
            service_id: ID of the ClickStack service.
        """
        return self._call(93, (self._org(organization_id), service_id))

    def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        permissions: Union[Sequence[Union[ClickStackCASLPermission, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackRole:
        """ClickStack: Create Role

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new custom role for the team.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles` (clickStackCreateRole)

        Args:
            service_id: ID of the ClickStack service.
            name: Role name. Must be unique within the team and not collide with a predefined role.
            description: Human-readable role description.
            permissions: The CASL permissions to grant to the role.
        """
        return self._call(94, (self._org(organization_id), service_id), None, body_of({'name': name, 'description': description, 'permissions': permissions}))

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

        Args:
            service_id: ID of the ClickStack service.
            role_id: id parameter
        """
        return self._call(95, (self._org(organization_id), service_id, role_id))

    def update(
        self,
        service_id: Id,
        role_id: str,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        permissions: Union[Sequence[Union[ClickStackCASLPermission, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackRole:
        """ClickStack: Update Role

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Updates a custom role's permissions, name, and description. Predefined roles cannot be modified.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}` (clickStackUpdateRole)

        Args:
            service_id: ID of the ClickStack service.
            role_id: id parameter
            name: New role name. Omit to leave the name unchanged.
            description: New role description.
            permissions: The replacement set of CASL permissions for the role.
        """
        return self._call(96, (self._org(organization_id), service_id, role_id), None, body_of({'name': name, 'description': description, 'permissions': permissions}))

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

        Args:
            service_id: ID of the ClickStack service.
            role_id: id parameter
        """
        return self._call(97, (self._org(organization_id), service_id, role_id))


class ClickstackSavedSearchesResource(Resource):
    """`client.clickstack.saved_searches`: ClickStack operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[ClickStackSavedSearch]:
        """ClickStack: List Saved Searches

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves saved searches for the authenticated team (paginated). Results are capped at `limit` (default and maximum 1000). When more records exist than are returned, `meta.total` exceeds `data.length`; clients with large collections must page with `limit`/`offset` to retrieve them all.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches` (clickStackListSavedSearches)

        Args:
            service_id: ID of the ClickStack service.
        """
        return self._call(98, (self._org(organization_id), service_id))

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
        return self._call(99, (self._org(organization_id), service_id), None, body_of({'name': name, 'source_id': source_id, 'select': select, 'where': where, 'where_language': where_language, 'order_by': order_by, 'tags': tags, 'filters': filters}))

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

        Args:
            service_id: ID of the ClickStack service.
            saved_search_id: Saved search ID
        """
        return self._call(100, (self._org(organization_id), service_id, saved_search_id))

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
        return self._call(101, (self._org(organization_id), service_id, saved_search_id), None, body_of({'name': name, 'source_id': source_id, 'select': select, 'where': where, 'where_language': where_language, 'order_by': order_by, 'tags': tags, 'filters': filters}))

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

        Args:
            service_id: ID of the ClickStack service.
            saved_search_id: Saved search ID
        """
        return self._call(102, (self._org(organization_id), service_id, saved_search_id))


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

        Args:
            service_id: ID of the ClickStack service.
        """
        return self._call(81, (self._org(organization_id), service_id))

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
        severity_text_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        body_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        event_attributes_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        resource_attributes_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        displayed_timestamp_value_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
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
        span_events_value_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        metric_tables: Union[Union[ClickStackMetricTables, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Union[ClickStackLogSource, ClickStackTraceSource, ClickStackMetricSource, ClickStackSessionSource, ClickStackPromqlSource, dict[str, Any]]:
        """ClickStack: Create Source

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new source.  The request body is a source object without the `id` field. If an `id` is sent anyway it is silently ignored (stripped before validation — the request is never rejected because of it). Granularity fields (`materializedViews[].minGranularity` and `metadataMaterializedViews.granularity`) accept the same short format the API returns (e.g. `5m`, `15s`, `1h`, `1d`).

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources` (clickStackCreateSource)

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
            severity_text_expression: Expression to extract the severity/log level text.
            body_expression: Expression to extract the log message body.
            event_attributes_expression: Expression to extract event-level attributes.
            resource_attributes_expression: Expression to extract resource-level attributes.
            displayed_timestamp_value_expression: This DateTime column is used to display and order search results.
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
            span_events_value_expression: Expression to extract span events. Used to capture events associated with spans. Expected to be Nested ( Timestamp DateTime64(9), Name LowCardinality(String), Attributes Map(LowCardinality(String), String)
        """
        return self._call(82, (self._org(organization_id), service_id), None, body_of({'id': id, 'name': name, 'section': section, 'disabled': disabled, 'kind': kind, 'connection': connection, 'from': from_, 'query_settings': query_settings, 'filter_settings': filter_settings, 'default_table_select_expression': default_table_select_expression, 'timestamp_value_expression': timestamp_value_expression, 'service_name_expression': service_name_expression, 'severity_text_expression': severity_text_expression, 'body_expression': body_expression, 'event_attributes_expression': event_attributes_expression, 'resource_attributes_expression': resource_attributes_expression, 'displayed_timestamp_value_expression': displayed_timestamp_value_expression, 'metric_source_id': metric_source_id, 'trace_source_id': trace_source_id, 'trace_id_expression': trace_id_expression, 'span_id_expression': span_id_expression, 'implicit_column_expression': implicit_column_expression, 'known_columns_list_expression': known_columns_list_expression, 'use_text_index_for_implicit_column': use_text_index_for_implicit_column, 'highlighted_trace_attribute_expressions': highlighted_trace_attribute_expressions, 'highlighted_row_attribute_expressions': highlighted_row_attribute_expressions, 'materialized_views': materialized_views, 'metadata_materialized_views': metadata_materialized_views, 'duration_expression': duration_expression, 'duration_precision': duration_precision, 'parent_span_id_expression': parent_span_id_expression, 'span_name_expression': span_name_expression, 'span_kind_expression': span_kind_expression, 'log_source_id': log_source_id, 'session_source_id': session_source_id, 'status_code_expression': status_code_expression, 'status_message_expression': status_message_expression, 'span_events_value_expression': span_events_value_expression, 'metric_tables': metric_tables}))

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

        Args:
            service_id: ID of the ClickStack service.
            source_id: Source ID
        """
        return self._call(83, (self._org(organization_id), service_id, source_id))

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
        severity_text_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        body_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        event_attributes_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        resource_attributes_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        displayed_timestamp_value_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
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
        span_events_value_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        metric_tables: Union[Union[ClickStackMetricTables, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Union[ClickStackLogSource, ClickStackTraceSource, ClickStackMetricSource, ClickStackSessionSource, ClickStackPromqlSource, dict[str, Any]]:
        """ClickStack: Update Source

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Updates an existing source. The full source object must be provided; this is a replace, not a patch.  The request body is a source object without the `id` field. If an `id` is sent anyway it is silently ignored (stripped before validation — never a 400); the path parameter alone identifies the source. Granularity fields (`materializedViews[].minGranularity` and `metadataMaterializedViews.granularity`) accept the same short format the API returns (e.g. `5m`, `15s`, `1h`, `1d`).

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}` (clickStackUpdateSource)

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
            severity_text_expression: Expression to extract the severity/log level text.
            body_expression: Expression to extract the log message body.
            event_attributes_expression: Expression to extract event-level attributes.
            resource_attributes_expression: Expression to extract resource-level attributes.
            displayed_timestamp_value_expression: This DateTime column is used to display and order search results.
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
            span_events_value_expression: Expression to extract span events. Used to capture events associated with spans. Expected to be Nested ( Timestamp DateTime64(9), Name LowCardinality(String), Attributes Map(LowCardinality(String), String)
        """
        return self._call(84, (self._org(organization_id), service_id, source_id), None, body_of({'id': id, 'name': name, 'section': section, 'disabled': disabled, 'kind': kind, 'connection': connection, 'from': from_, 'query_settings': query_settings, 'filter_settings': filter_settings, 'default_table_select_expression': default_table_select_expression, 'timestamp_value_expression': timestamp_value_expression, 'service_name_expression': service_name_expression, 'severity_text_expression': severity_text_expression, 'body_expression': body_expression, 'event_attributes_expression': event_attributes_expression, 'resource_attributes_expression': resource_attributes_expression, 'displayed_timestamp_value_expression': displayed_timestamp_value_expression, 'metric_source_id': metric_source_id, 'trace_source_id': trace_source_id, 'trace_id_expression': trace_id_expression, 'span_id_expression': span_id_expression, 'implicit_column_expression': implicit_column_expression, 'known_columns_list_expression': known_columns_list_expression, 'use_text_index_for_implicit_column': use_text_index_for_implicit_column, 'highlighted_trace_attribute_expressions': highlighted_trace_attribute_expressions, 'highlighted_row_attribute_expressions': highlighted_row_attribute_expressions, 'materialized_views': materialized_views, 'metadata_materialized_views': metadata_materialized_views, 'duration_expression': duration_expression, 'duration_precision': duration_precision, 'parent_span_id_expression': parent_span_id_expression, 'span_name_expression': span_name_expression, 'span_kind_expression': span_kind_expression, 'log_source_id': log_source_id, 'session_source_id': session_source_id, 'status_code_expression': status_code_expression, 'status_message_expression': status_message_expression, 'span_events_value_expression': span_events_value_expression, 'metric_tables': metric_tables}))

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

        Args:
            service_id: ID of the ClickStack service.
            source_id: Source ID
        """
        return self._call(85, (self._org(organization_id), service_id, source_id))


class ClickstackWebhooksResource(Resource):
    """`client.clickstack.webhooks`: ClickStack operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[Union[ClickStackSlackWebhook, ClickStackIncidentIOWebhook, ClickStackGenericWebhook, ClickStackSlackAPIWebhook, ClickStackPagerDutyAPIWebhook, dict[str, Any]]]:
        """ClickStack: List Webhooks

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves webhooks for the authenticated team (paginated). Results are capped at `limit` (default and maximum 1000). When more records exist than are returned, `meta.total` exceeds `data.length`; clients with large collections must page with `limit`/`offset` to retrieve them all.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks` (clickStackListWebhooks)

        Args:
            service_id: ID of the ClickStack service.
        """
        return self._call(89, (self._org(organization_id), service_id))

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

        Args:
            service_id: ID of the ClickStack service.
            name: Webhook name. Must be unique per service within the team.
            service: Webhook service type.
            url: Webhook destination URL.
            description: Webhook description, shown in the UI.
            body: Optional request body template. Only for generic/incidentio; rejected for slack.
        """
        return self._call(90, (self._org(organization_id), service_id), None, body_of({'name': name, 'service': service, 'url': url, 'description': description, 'body': body, 'headers': headers, 'query_params': query_params}))

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

        Args:
            service_id: ID of the ClickStack service.
            webhook_id: Webhook ID
            name: Webhook name. Must be unique per service within the team.
            service: Webhook service type.
            url: Webhook destination URL.
            description: Webhook description, shown in the UI.
            body: Optional request body template. Only for generic/incidentio; rejected for slack.
        """
        return self._call(91, (self._org(organization_id), service_id, webhook_id), None, body_of({'name': name, 'service': service, 'url': url, 'description': description, 'body': body, 'headers': headers, 'query_params': query_params}))

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

        Args:
            service_id: ID of the ClickStack service.
            webhook_id: Webhook ID
        """
        return self._call(92, (self._org(organization_id), service_id, webhook_id))


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
        offset: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> ResultList[PostgresSlowQueryPattern]:
        """List Postgres slow query patterns

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns aggregate metrics for the slowest query patterns observed on a Postgres service during the given time window. Use this to discover which queries dominate total execution time, CPU, I/O, or WAL generation.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/slowQueryPatterns` (slowQueryPatternsGetList)

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
            offset: Number of results to skip before returning.
        """
        return self._call(119, (self._org(organization_id), postgres_id), {'from_date': from_date, 'to_date': to_date, 'db_name': db_name, 'db_user': db_user, 'db_operation': db_operation, 'app': app, 'sort_by': sort_by, 'sort_order': sort_order, 'limit': limit, 'offset': offset})

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

        Args:
            postgres_id: ID of the requested Postgres service.
            query_id: Stable identifier for the query pattern.
            db_name: Database name filter.
            db_user: Database user filter.
            db_operation: Database operation filter (for example, SELECT, INSERT, UPDATE, DELETE, UTILITY).
            app: Application name filter.
            timestamp: Timestamp of a specific execution (RFC 3339).
        """
        return self._call(120, (self._org(organization_id), postgres_id, query_id), {'db_name': db_name, 'db_user': db_user, 'db_operation': db_operation, 'app': app, 'timestamp': timestamp})


class UdfsAttachmentsResource(Resource):
    """`client.udfs.attachments`: UDF operations."""

    __slots__ = ()

    def attach(
        self,
        function_name: str,
        service_id: Id,
        *,
        version: Union[int, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> UdfAttachment:
        """Attach UDF to service

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Attaches one UDF version to a service, replacing the current version when necessary. When version is omitted, the latest ready version is attached.

        `PUT /v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}` (udfAttach)

        Args:
            function_name: Name of the UDF.
            service_id: ID of the requested service.
            version: Version to attach. When omitted, the latest ready version is attached.
        """
        return self._call(130, (self._org(organization_id), function_name, service_id), None, body_of({'version': version}))

    def get(
        self,
        function_name: str,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> UdfAttachment:
        """Get UDF attachment

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the current attachment of a UDF to one service.

        `GET /v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}` (udfAttachmentGet)

        Args:
            function_name: Name of the UDF.
            service_id: ID of the requested service.
        """
        return self._call(131, (self._org(organization_id), function_name, service_id))

    def detach(
        self,
        function_name: str,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Detach UDF from service

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Detaches a UDF from a service.

        `DELETE /v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}` (udfDetach)

        Args:
            function_name: Name of the UDF.
            service_id: ID of the requested service.
        """
        return self._call(132, (self._org(organization_id), function_name, service_id))

    def list(
        self,
        function_name: str,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Iterator[UdfAttachment]:
        """List UDF attachments

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the current service attachments for a UDF, with at most one attachment per service.

        `GET /v1/organizations/{organizationId}/udfs/{functionName}/attachments` (udfAttachmentList)

        Args:
            function_name: Name of the UDF.
            limit: Maximum number of records to return per page. Defaults to 100. Maximum is 100.
        """
        return self._pages(133, (self._org(organization_id), function_name), {'limit': limit})


class UdfsVersionsResource(Resource):
    """`client.udfs.versions`: UDF operations."""

    __slots__ = ()

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
        send_chunk_header: Union[bool, NotGiven] = NOT_GIVEN,
        format: Union[str, NotGiven] = NOT_GIVEN,
        sandbox_type: Union[str, NotGiven] = NOT_GIVEN,
        sandbox_version: Union[str, NotGiven] = NOT_GIVEN,
        type: Union[str, NotGiven] = NOT_GIVEN,
        pool_size: Union[Any, NotGiven] = NOT_GIVEN,
        max_command_execution_time: Union[Optional[int], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Udf:
        """Create UDF version

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Consumes a source archive, assigns a version, and starts the UDF build. Optional configuration fields omitted from the request use the defaults documented in the request schema; values are not inherited from the previous version. Retry by requesting a new upload URL and re-uploading.

        `POST /v1/organizations/{organizationId}/udfs/{functionName}/versions` (udfVersionCreate)

        Args:
            function_name: Name of the UDF.
            upload_id: Identifier of the uploaded source archive.
        """
        return self._call(139, (self._org(organization_id), function_name), None, body_of({'upload_id': upload_id, 'runtime': runtime, 'arguments': arguments, 'return_type': return_type, 'return_name': return_name, 'command_read_timeout': command_read_timeout, 'command_write_timeout': command_write_timeout, 'send_chunk_header': send_chunk_header, 'format': format, 'sandbox_type': sandbox_type, 'sandbox_version': sandbox_version, 'type': type, 'pool_size': pool_size, 'max_command_execution_time': max_command_execution_time}))

    def list(
        self,
        function_name: str,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Iterator[Udf]:
        """List UDF versions

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns all versions of a UDF.

        `GET /v1/organizations/{organizationId}/udfs/{functionName}/versions` (udfVersionList)

        Args:
            function_name: Name of the UDF.
            limit: Maximum number of records to return per page. Defaults to 100. Maximum is 100.
        """
        return self._pages(140, (self._org(organization_id), function_name), {'limit': limit})

    def delete(
        self,
        function_name: str,
        version: int,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete UDF version

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Deletes a UDF version. The UDF must not be attached to any services.

        `DELETE /v1/organizations/{organizationId}/udfs/{functionName}/versions/{version}` (udfVersionDelete)

        Args:
            function_name: Name of the UDF.
            version: Version number of the UDF.
        """
        return self._call(141, (self._org(organization_id), function_name, version))


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

        Args:
            from_date: A starting date for a search
            to_date: An ending date for a search
        """
        return self._call(58, (self._org(organization_id),), {'from_date': from_date, 'to_date': to_date})

    def get(
        self,
        activity_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> Activity:
        """Organization activity

        Returns a single organization activity by ID.

        `GET /v1/organizations/{organizationId}/activities/{activityId}` (activityGet)

        Args:
            activity_id: ID of the requested activity.
        """
        return self._call(59, (self._org(organization_id), activity_id))


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

        Args:
            service_id: ID of the service.
        """
        return self._call(41, (self._org(organization_id), service_id))

    def create(
        self,
        service_id: Id,
        *,
        bucket_provider: Union[str, NotGiven] = NOT_GIVEN,
        bucket_path: Union[str, NotGiven] = NOT_GIVEN,
        iam_role_arn: Union[str, NotGiven] = NOT_GIVEN,
        iam_role_session_name: Union[str, NotGiven] = NOT_GIVEN,
        access_key_id: Union[str, NotGiven] = NOT_GIVEN,
        secret_access_key: Union[str, NotGiven] = NOT_GIVEN,
        container_name: Union[str, NotGiven] = NOT_GIVEN,
        connection_string: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> BackupBucket:
        """Create service backup bucket

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Create service backup bucket. Requires ADMIN auth key role.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/backupBucket` (backupBucketCreate)

        Args:
            service_id: ID of the requested service.
            bucket_provider: Bucket provider
            bucket_path: Bucket path
            iam_role_arn: AWS Role ARN
            iam_role_session_name: AWS Role session name
            access_key_id: Access Key ID (HMAC key)
            secret_access_key: Secret Access Key (HMAC secret key)
            container_name: Container Name
            connection_string: Connection String
        """
        return self._call(42, (self._org(organization_id), service_id), None, body_of({'bucket_provider': bucket_provider, 'bucket_path': bucket_path, 'iam_role_arn': iam_role_arn, 'iam_role_session_name': iam_role_session_name, 'access_key_id': access_key_id, 'secret_access_key': secret_access_key, 'container_name': container_name, 'connection_string': connection_string}))

    def update(
        self,
        service_id: Id,
        *,
        bucket_provider: Union[str, NotGiven] = NOT_GIVEN,
        bucket_path: Union[str, NotGiven] = NOT_GIVEN,
        iam_role_arn: Union[str, NotGiven] = NOT_GIVEN,
        iam_role_session_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        access_key_id: Union[str, NotGiven] = NOT_GIVEN,
        secret_access_key: Union[str, NotGiven] = NOT_GIVEN,
        container_name: Union[str, NotGiven] = NOT_GIVEN,
        connection_string: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> BackupBucket:
        """Update service backup bucket

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Update service backup bucket. Requires ADMIN auth key role. The secrets of the specified bucket provider are always required

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/backupBucket` (backupBucketUpdate)

        Args:
            service_id: ID of the requested service.
            bucket_provider: Bucket provider
            bucket_path: Bucket path
            iam_role_arn: AWS Role ARN
            iam_role_session_name: AWS IAM Role session name
            access_key_id: Access Key ID (HMAC key)
            secret_access_key: Secret Access Key (HMAC secret key)
            container_name: Container Name
            connection_string: Connection String
        """
        return self._call(43, (self._org(organization_id), service_id), None, body_of({'bucket_provider': bucket_provider, 'bucket_path': bucket_path, 'iam_role_arn': iam_role_arn, 'iam_role_session_name': iam_role_session_name, 'access_key_id': access_key_id, 'secret_access_key': secret_access_key, 'container_name': container_name, 'connection_string': connection_string}))

    def delete(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete service backup bucket

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Delete service backup bucket. Requires ADMIN auth key role.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/backupBucket` (backupBucketDelete)

        Args:
            service_id: ID of the requested service.
        """
        return self._call(44, (self._org(organization_id), service_id))


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

        Args:
            service_id: ID of the service.
        """
        return self._call(39, (self._org(organization_id), service_id))

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

        Args:
            service_id: ID of the service.
            backup_period_in_hours: The interval in hours between each backup.
            backup_retention_period_in_hours: The minimum duration in hours for which the backups are available. Must be a whole number of days between 24 (1 day) and 1080 (45 days) — i.e. a multiple of 24.
            backup_start_time: The time in HH:MM format for the backups to be performed (evaluated in UTC timezone). When defined the backup period resets to every 24 hours.
        """
        return self._call(40, (self._org(organization_id), service_id), None, body_of({'backup_period_in_hours': backup_period_in_hours, 'backup_retention_period_in_hours': backup_retention_period_in_hours, 'backup_start_time': backup_start_time}))


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

        Args:
            service_id: ID of the service the backup was created from.
        """
        return self._call(37, (self._org(organization_id), service_id))

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

        Args:
            service_id: ID of the service the backup was created from.
            backup_id: ID of the requested backup.
        """
        return self._call(38, (self._org(organization_id), service_id, backup_id))


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
        display_name: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ByocConfig:
        """Create BYOC Infrastructure

        Create a new BYOC Infrastructure in the organization. Returns the configuration of the newly created infrastructure

        `POST /v1/organizations/{organizationId}/byocInfrastructure` (organizationByocInfrastructureCreate)

        Args:
            region_id: Region in which the BYOC infrastructure will be located
            account_id: Cloud account ID the BYOC infrastructure is configured for
            availability_zone_suffixes: List of availability zone suffixes
            vpc_cidr_range: CIDR range for VPC
            display_name: Human readable name for infrastructure
        """
        return self._call(122, (self._org(organization_id),), None, body_of({'region_id': region_id, 'account_id': account_id, 'availability_zone_suffixes': availability_zone_suffixes, 'vpc_cidr_range': vpc_cidr_range, 'display_name': display_name}))

    def delete(
        self,
        infrastructure_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Remove a BYOC infrastructure

        Removes a BYOC Infrastructure from the organization

        `DELETE /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}` (organizationByocInfrastructureDelete)

        Args:
            infrastructure_id: ID of the requested BYOC Infrastructure
        """
        return self._call(123, (self._org(organization_id), infrastructure_id))

    def update(
        self,
        infrastructure_id: Id,
        *,
        display_name: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ByocConfig:
        """Update BYOC Infrastructure

        Update configuration of the BYOC infrastructure. Returns the modified infrastructure

        `PATCH /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}` (organizationByocInfrastructureUpdate)

        Args:
            infrastructure_id: ID of the requested BYOC Infrastructure
            display_name: Human readable name for infrastructure object
        """
        return self._call(124, (self._org(organization_id), infrastructure_id), None, body_of({'display_name': display_name}))


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

        Args:
            service_id: ID of the service.
        """
        return self._call(32, (self._org(organization_id), service_id))

    def update(
        self,
        service_id: Id,
        *,
        settings: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ServiceClickhouseSettingsPatchResponse:
        """Update ClickHouse settings

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Updates one or more ClickHouse settings for the service. To reset a setting to its platform default, use the [DELETE single setting](#tag/Service/operation/serviceClickhouseSettingDelete) endpoint. Use the [schema endpoint](#tag/Service/operation/serviceClickhouseSettingsSchemaGet) to discover which settings are configurable.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings` (serviceClickhouseSettingsUpdate)

        Args:
            service_id: ID of the service.
            settings: JSON object of setting names to values. Example: {"compatibility": "24.8"}
        """
        return self._call(33, (self._org(organization_id), service_id), None, body_of({'settings': settings}))

    def get_schema(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ServiceClickhouseSettingsSchema:
        """Get ClickHouse settings schema

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the schema of all configurable ClickHouse settings, including types, valid values, descriptions, and warnings.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/schema` (serviceClickhouseSettingsSchemaGet)

        Args:
            service_id: ID of the service.
        """
        return self._call(34, (self._org(organization_id), service_id))

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

        Args:
            service_id: ID of the service.
            setting_name: Name of the setting to retrieve.
        """
        return self._call(35, (self._org(organization_id), service_id, setting_name))

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

        Args:
            service_id: ID of the service.
            setting_name: Name of the setting to reset.
        """
        return self._call(36, (self._org(organization_id), service_id, setting_name))


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

        Args:
            service_id: ID of the service that owns the ClickPipe.
        """
        return self._call(61, (self._org(organization_id), service_id))

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
        organization_id: Optional[Id] = None,
    ) -> ClickPipe:
        """Create ClickPipe

        Create a new ClickPipe.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickpipes` (clickPipeCreate)

        Args:
            service_id: ID of the service to create the ClickPipe for.
            name: Name of the ClickPipe.
            field_mappings: Field mappings of the ClickPipe. Note that all destination columns must be included in the mappings.
        """
        return self._call(62, (self._org(organization_id), service_id), None, body_of({'name': name, 'source': source, 'destination': destination, 'field_mappings': field_mappings, 'scaling': scaling, 'settings': settings}))

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

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the requested ClickPipe.
        """
        return self._call(63, (self._org(organization_id), service_id, clickpipe_id))

    def update(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        source: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        destination: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        field_mappings: Union[Sequence[Union[ClickPipeFieldMapping, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        settings: Union[Optional[Union[ClickPipeSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipe:
        """Update ClickPipe

        Update the specified ClickPipe.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}` (clickPipeUpdate)

        Args:
            service_id: ID of the service to create the ClickPipe for.
            clickpipe_id: ID of the requested ClickPipe.
            name: Name of the ClickPipe.
            field_mappings: Field mappings of the ClickPipe. This will not update the table schema, only the ClickPipe configuration.
        """
        return self._call(64, (self._org(organization_id), service_id, clickpipe_id), None, body_of({'name': name, 'source': source, 'destination': destination, 'field_mappings': field_mappings, 'settings': settings}))

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

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the ClickPipe to delete.
        """
        return self._call(65, (self._org(organization_id), service_id, clickpipe_id))

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

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the ClickPipe to get settings for.
        """
        return self._call(66, (self._org(organization_id), service_id, clickpipe_id))

    def update_settings(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        streaming_max_insert_wait_ms: Union[Optional[int], NotGiven] = NOT_GIVEN,
        object_storage_concurrency: Union[Optional[int], NotGiven] = NOT_GIVEN,
        object_storage_polling_interval_ms: Union[Optional[int], NotGiven] = NOT_GIVEN,
        object_storage_max_insert_bytes: Union[Optional[int], NotGiven] = NOT_GIVEN,
        object_storage_max_file_count: Union[Optional[int], NotGiven] = NOT_GIVEN,
        clickhouse_max_threads: Union[Optional[int], NotGiven] = NOT_GIVEN,
        clickhouse_max_insert_threads: Union[Optional[int], NotGiven] = NOT_GIVEN,
        clickhouse_min_insert_block_size_bytes: Union[Optional[int], NotGiven] = NOT_GIVEN,
        clickhouse_max_download_threads: Union[Optional[int], NotGiven] = NOT_GIVEN,
        clickhouse_parallel_distributed_insert_select: Union[Optional[int], NotGiven] = NOT_GIVEN,
        object_storage_use_cluster_function: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        clickhouse_parallel_view_processing: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipeSettings:
        """Update ClickPipe settings

        Update the advanced settings for the specified ClickPipe. Send key-value pairs where values can be strings, numbers, or booleans.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/settings` (clickPipeSettingsUpdate)

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
            clickhouse_parallel_distributed_insert_select: Parallel distributed insert select. Parallel distributed insert select setting
            object_storage_use_cluster_function: use cluster function. Whether to use ClickHouse cluster function for distributed processing
            clickhouse_parallel_view_processing: parallel view processing. Whether to enable pushing to attached views concurrently instead of sequentially
        """
        return self._call(67, (self._org(organization_id), service_id, clickpipe_id), None, body_of({'streaming_max_insert_wait_ms': streaming_max_insert_wait_ms, 'object_storage_concurrency': object_storage_concurrency, 'object_storage_polling_interval_ms': object_storage_polling_interval_ms, 'object_storage_max_insert_bytes': object_storage_max_insert_bytes, 'object_storage_max_file_count': object_storage_max_file_count, 'clickhouse_max_threads': clickhouse_max_threads, 'clickhouse_max_insert_threads': clickhouse_max_insert_threads, 'clickhouse_min_insert_block_size_bytes': clickhouse_min_insert_block_size_bytes, 'clickhouse_max_download_threads': clickhouse_max_download_threads, 'clickhouse_parallel_distributed_insert_select': clickhouse_parallel_distributed_insert_select, 'object_storage_use_cluster_function': object_storage_use_cluster_function, 'clickhouse_parallel_view_processing': clickhouse_parallel_view_processing}))

    def discover_schema(
        self,
        service_id: Id,
        *,
        source: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipeSchemaDiscoveryResponse:
        """Discover ClickPipe source schema

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Infers the schema (field names and ClickHouse data types) of a streaming ClickPipe source without creating a pipe. Supported for Kafka, Kinesis sources.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/schemaDiscovery` (clickPipeSchemaDiscovery)

        Args:
            service_id: ID of the service to run schema discovery against.
        """
        return self._call(68, (self._org(organization_id), service_id), None, body_of({'source': source}))

    def update_scaling(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        replicas: Union[Optional[int], NotGiven] = NOT_GIVEN,
        concurrency: Union[Optional[int], NotGiven] = NOT_GIVEN,
        replica_cpu_millicores: Union[Optional[int], NotGiven] = NOT_GIVEN,
        replica_memory_gb: Union[Optional[float], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipe:
        """Update ClickPipe scaling

        Change scaling settings for the specified ClickPipe. This endpoint supports Kafka, Kinesis, and object storage pipes (S3, GCS, Azure Blob).

        **Note:** For database ClickPipes (PostgreSQL, MySQL, MongoDB, BigQuery), use the [Update CDC ClickPipes scaling](#tag/ClickPipes/operation/clickPipeCdcScalingUpdate) endpoint instead.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/scaling` (clickPipeScalingUpdate)

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the ClickPipe to update scaling settings.
            replicas: Number of replicas to scale to. Use to scale Kafka pipes.
            concurrency: Number of concurrency to scale to. Use to scale S3 pipes.
            replica_cpu_millicores: CPU in millicores for each replica. Use to scale streaming pipes.
            replica_memory_gb: Memory in GB for each replica. Use to scale streaming pipes.
        """
        return self._call(69, (self._org(organization_id), service_id, clickpipe_id), None, body_of({'replicas': replicas, 'concurrency': concurrency, 'replica_cpu_millicores': replica_cpu_millicores, 'replica_memory_gb': replica_memory_gb}))

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

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the ClickPipe to update state.
            command: Command to change the state: 'start', 'stop', 'resync'.
        """
        return self._call(70, (self._org(organization_id), service_id, clickpipe_id), None, body_of({'command': command}))

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

        Args:
            service_id: ID of the service that owns the ClickPipe.
        """
        return self._call(71, (self._org(organization_id), service_id))

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

        Args:
            service_id: ID of the service that owns the ClickPipe.
            replica_cpu_millicores: CPU in millicores for DB ClickPipes.
            replica_memory_gb: Memory in GiB for DB ClickPipes. Must be 4× the CPU core count.
        """
        return self._call(72, (self._org(organization_id), service_id), None, body_of({'replica_cpu_millicores': replica_cpu_millicores, 'replica_memory_gb': replica_memory_gb}))


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
        """
        return self._call(54, (self._org(organization_id),))

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

        Args:
            email: Email of the invited user. Only a user with this email can join using the invitation. The email is stored in a lowercase form.
            role: DEPRECATED. Use `assignedRoleIds` instead. Role to assign to the invited user in the organization.
            assigned_role_ids: List of role IDs to assign to the invited user when they accept the invitation
        """
        return self._call(55, (self._org(organization_id),), None, body_of({'email': email, 'role': role, 'assigned_role_ids': assigned_role_ids}))

    def get(
        self,
        invitation_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> Invitation:
        """Get invitation details

        Returns details for a single organization invitation.

        `GET /v1/organizations/{organizationId}/invitations/{invitationId}` (invitationGet)

        Args:
            invitation_id: ID of the requested organization.
        """
        return self._call(56, (self._org(organization_id), invitation_id))

    def delete(
        self,
        invitation_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete organization invitation

        Deletes a single organization invitation.

        `DELETE /v1/organizations/{organizationId}/invitations/{invitationId}` (invitationDelete)

        Args:
            invitation_id: ID of the requested organization.
        """
        return self._call(57, (self._org(organization_id), invitation_id))


class KeysResource(Resource):
    """`client.keys`: OpenAPI operations."""

    __slots__ = ()

    def list(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[ApiKey]:
        """Get list of all keys

        Returns a list of all keys in the organization.

        `GET /v1/organizations/{organizationId}/keys` (openapiKeyGetList)
        """
        return self._call(45, (self._org(organization_id),))

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

        Args:
            name: Name of the key.
            expire_at: Timestamp the key expires. If not present, `null` or is empty the key never expires. ISO-8601.
            state: Initial state of the key: 'enabled', 'disabled'. If not provided the new key will be 'enabled'.
            roles: DEPRECATED. Use `assignedRoleIds` instead. List of roles assigned to the key. Contains at least 1 element.
            assigned_role_ids: Array of role UUIDs to assign to the API key
            ip_access_list: List of IP addresses allowed to access the API using this key
        """
        return self._call(46, (self._org(organization_id),), None, body_of({'name': name, 'expire_at': expire_at, 'state': state, 'hash_data': hash_data, 'roles': roles, 'assigned_role_ids': assigned_role_ids, 'ip_access_list': ip_access_list}))

    def get(
        self,
        key_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ApiKey:
        """Get key details

        Returns a single key details.

        `GET /v1/organizations/{organizationId}/keys/{keyId}` (openapiKeyGet)

        Args:
            key_id: ID of the requested key.
        """
        return self._call(47, (self._org(organization_id), key_id))

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

        Args:
            key_id: ID of the key to update.
            name: Name of the key
            roles: DEPRECATED. Use `assignedRoleIds` instead. List of roles assigned to the key.
            assigned_role_ids: Array of role UUIDs to assign to the API key
            expire_at: Timestamp the key expires. If `null` or is empty the key never expires. ISO-8601.
            state: State of the key: 'enabled', 'disabled'.
            ip_access_list: List of IP addresses allowed to access the API using this key
        """
        return self._call(48, (self._org(organization_id), key_id), None, body_of({'name': name, 'roles': roles, 'assigned_role_ids': assigned_role_ids, 'expire_at': expire_at, 'state': state, 'ip_access_list': ip_access_list}))

    def delete(
        self,
        key_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete key

        Deletes API key. Only a key not used to authenticate the active request can be deleted.

        `DELETE /v1/organizations/{organizationId}/keys/{keyId}` (openapiKeyDelete)

        Args:
            key_id: ID of the key to delete.
        """
        return self._call(49, (self._org(organization_id), key_id))


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
        """
        return self._call(50, (self._org(organization_id),))

    def get(
        self,
        user_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> Member:
        """Get member details

        Returns a single organization member details.

        `GET /v1/organizations/{organizationId}/members/{userId}` (memberGet)

        Args:
            user_id: ID of the requested user.
        """
        return self._call(51, (self._org(organization_id), user_id))

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

        Args:
            user_id: ID of the user to patch
            role: DEPRECATED. Use `assignedRoleIds` instead. Role of the member in the organization.
            assigned_role_ids: List of role IDs to assign to the member
        """
        return self._call(52, (self._org(organization_id), user_id), None, body_of({'role': role, 'assigned_role_ids': assigned_role_ids}))

    def delete(
        self,
        user_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Remove an organization member

        Removes a user from the organization

        `DELETE /v1/organizations/{organizationId}/members/{userId}` (memberDelete)

        Args:
            user_id: ID of the requested user.
        """
        return self._call(53, (self._org(organization_id), user_id))


class OrganizationsResource(Resource):
    """`client.organizations`: Organization operations."""

    __slots__ = ()

    def list(
        self,
    ) -> ResultList[Organization]:
        """Get list of available organizations

        Returns a list with a single organization associated with the API key in the request.

        `GET /v1/organizations` (organizationGetList)
        """
        return self._call(0, ())

    def get(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> Organization:
        """Get organization details

        Returns details of a single organization. In order to get the details, the auth key must belong to the organization.

        `GET /v1/organizations/{organizationId}` (organizationGet)
        """
        return self._call(1, (self._org(organization_id),))

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

        Args:
            name: Name of the organization.
            enable_core_dumps: Whether crash reports (core dumps) collection is enabled for services in the organization. When disabled at the organization level, individual services cannot enable crash reports.
        """
        return self._call(2, (self._org(organization_id),), None, body_of({'name': name, 'private_endpoints': private_endpoints, 'enable_core_dumps': enable_core_dumps}))

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

        Args:
            cloud_provider: Cloud provider identifier. One of aws, gcp, or azure.
            region_id: Region identifier within specific cloud providers.
        """
        return self._call(121, (self._org(organization_id),), {'cloud_provider': cloud_provider, 'region_id': region_id})


class PostgresResource(Resource):
    """`client.postgres`: Postgres operations."""

    __slots__ = ()

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
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Create new Postgres service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Creates a new Postgres service in the organization and returns it. The service is started asynchronously.

        `POST /v1/organizations/{organizationId}/postgres` (postgresServiceCreate)
        """
        return self._call(103, (self._org(organization_id),), None, body_of({'name': name, 'provider': provider, 'region': region, 'postgres_version': postgres_version, 'size': size, 'ha_type': ha_type, 'tags': tags, 'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config}))

    def list(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[PostgresServiceListItem]:
        """List of organization Postgres services

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns a list of all Postgres services in the organization.

        `GET /v1/organizations/{organizationId}/postgres` (postgresServiceGetList)
        """
        return self._call(104, (self._org(organization_id),))

    def get(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Get PostgreSQL service details

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns a Postgres service that belongs to the organization

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}` (postgresServiceGet)

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(106, (self._org(organization_id), postgres_id))

    def delete(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete a PostgreSQL service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Deletes a Postgres service that belongs to the organization

        `DELETE /v1/organizations/{organizationId}/postgres/{postgresId}` (postgresServiceDelete)

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(107, (self._org(organization_id), postgres_id))

    def update(
        self,
        postgres_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        size: Union[str, NotGiven] = NOT_GIVEN,
        ha_type: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[Union[ResourceTagsV1, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Update a PostgreSQL service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Update a Postgres service that belongs to the organization. **WARNING:** Changing the name also updates the host name and certificates for the service.

        `PATCH /v1/organizations/{organizationId}/postgres/{postgresId}` (postgresServicePatch)

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(108, (self._org(organization_id), postgres_id), None, body_of({'name': name, 'size': size, 'ha_type': ha_type, 'tags': tags}))

    def get_ca_certificates(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> str:
        """Get Postgres CA certs

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Download CA certificates for a PostgreSQL service

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/caCertificates` (postgresServiceCertsGet)

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(109, (self._org(organization_id), postgres_id))

    def restore(
        self,
        postgres_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        restore_target: Union[DateTimeLike, NotGiven] = NOT_GIVEN,
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[Union[ResourceTagsV1, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Restore a Postgres service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Restore a Postgres database from continuous backup, optionally at a specific point in time.

        `POST /v1/organizations/{organizationId}/postgres/{postgresId}/restoredService` (postgresInstanceRestore)

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(110, (self._org(organization_id), postgres_id), None, body_of({'name': name, 'restore_target': restore_target, 'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config, 'tags': tags}))

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

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(111, (self._org(organization_id), postgres_id), None, body_of({'password': password}))

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

        Args:
            postgres_id: ID of the requested Postgres service.
            command: Postgres status, which initiates a process.
        """
        return self._call(112, (self._org(organization_id), postgres_id), None, body_of({'command': command}))

    def create_read_replica(
        self,
        postgres_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[Union[ResourceTagsV1, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Create a read replica for a Postgres service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Initiate the process to create a new read replica for a Postgres service.

        `POST /v1/organizations/{organizationId}/postgres/{postgresId}/readReplica` (postgresInstanceCreateReadReplica)

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(113, (self._org(organization_id), postgres_id), None, body_of({'name': name, 'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config, 'tags': tags}))

    def get_config(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> PostgresInstanceConfig:
        """Get PostgreSQL service configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns the configuration data for a Postgres service and its PgBouncer service.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/config` (postgresInstanceConfigGet)

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(114, (self._org(organization_id), postgres_id))

    def set_config(
        self,
        postgres_id: Id,
        *,
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresInstanceUpdateConfigResponse:
        """Replace Postgres service configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Replace the existing Postgres service and pgBouncer configuration.

        `POST /v1/organizations/{organizationId}/postgres/{postgresId}/config` (postgresInstanceConfigPost)

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(115, (self._org(organization_id), postgres_id), None, body_of({'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config}))

    def update_config(
        self,
        postgres_id: Id,
        *,
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresInstanceUpdateConfigResponse:
        """Update Postgres service configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Update the existing Postgres service and pgBouncer configuration.

        `PATCH /v1/organizations/{organizationId}/postgres/{postgresId}/config` (postgresInstanceConfigPatch)

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(116, (self._org(organization_id), postgres_id), None, body_of({'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config}))

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

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns bucketed time-series metrics for a PostgreSQL service over the requested window (CPU, memory, disk, network, connections, cache hit ratio, throughput, transactions, and more). Use this to chart or analyze how a service behaved over time.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/metrics` (postgresInstanceMetricsGet)

        Args:
            postgres_id: ID of the Postgres service.
            from_date: Inclusive start of the time window (RFC 3339 date-time).
            to_date: Exclusive end of the time window (RFC 3339 date-time).
            bucket_size_seconds: Time-series bucket size in seconds. When omitted, a bucket size is derived from the requested window. Requests are capped at 250 data points.
        """
        return self._call(118, (self._org(organization_id), postgres_id), {'from_date': from_date, 'to_date': to_date, 'bucket_size_seconds': bucket_size_seconds})


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

        Returns prometheus metrics for all services in an organization.

        `GET /v1/organizations/{organizationId}/prometheus` (organizationPrometheusGet)

        Args:
            filtered_metrics: Return a filtered list of Prometheus metrics.
        """
        return self._call(3, (self._org(organization_id),), {'filtered_metrics': filtered_metrics})

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

        Args:
            service_id: ID of the requested service.
            filtered_metrics: Return a filtered list of Prometheus metrics.
        """
        return self._call(25, (self._org(organization_id), service_id), {'filtered_metrics': filtered_metrics})

    def get_postgres_organization_metrics(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> str:
        """Get organization PostgreSQL metrics

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns Prometheus metrics for all PostgreSQL services in an organization. Maximum 100 services supported.

        `GET /v1/organizations/{organizationId}/postgres/prometheus` (postgresOrgPrometheusGet)
        """
        return self._call(105, (self._org(organization_id),))

    def get_postgres_metrics(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> str:
        """Get PostgreSQL service metrics

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns Prometheus metrics for a PostgreSQL service.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/prometheus` (postgresInstancePrometheusGet)

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(117, (self._org(organization_id), postgres_id))


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

        Args:
            service_id: ID of the requested service.
        """
        return self._call(17, (self._org(organization_id), service_id))

    def delete(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete the service query endpoint for a given instance

        Removes the service query endpoint.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint` (instanceQueryEndpointDelete)

        Args:
            service_id: ID of the requested service.
        """
        return self._call(18, (self._org(organization_id), service_id))

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

        Args:
            service_id: ID of the requested service.
            roles: The roles
            open_api_keys: The version of the service query endpoint
            allowed_origins: The allowed origins as comma separated list of domains
        """
        return self._call(19, (self._org(organization_id), service_id), None, body_of({'roles': roles, 'open_api_keys': open_api_keys, 'allowed_origins': allowed_origins}))


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
        """
        return self._call(9, (self._org(organization_id),))

    def get(
        self,
        quota_code: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> OrganizationQuota:
        """Get organization quota details

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns a single organization quota identified by its quota code. Responds with a not found error when the quota code is unknown or the quota does not apply to the organization.

        `GET /v1/organizations/{organizationId}/quotas/{quotaCode}` (organizationQuotaGet)

        Args:
            quota_code: Code of the requested quota.
        """
        return self._call(10, (self._org(organization_id), quota_code))


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
        """
        return self._call(4, (self._org(organization_id),))

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

        Args:
            name: Name of the role
            actors: List of actor resource IDs to assign to this role (e.g., ["user/uuid", "apiKey/uuid"])
            policies: List of policies to create for this role
        """
        return self._call(5, (self._org(organization_id),), None, body_of({'name': name, 'actors': actors, 'policies': policies}))

    def get(
        self,
        role_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> RBACRole:
        """Get role details

        Returns details for a specific role.

        `GET /v1/organizations/{organizationId}/roles/{roleId}` (organizationRoleGet)

        Args:
            role_id: ID of the requested role.
        """
        return self._call(6, (self._org(organization_id), role_id))

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

        Args:
            role_id: ID of the requested role.
            name: New name for the role
            actors: New list of actor resource IDs (replaces existing actors)
            policies: New list of policies (replaces existing policies)
        """
        return self._call(7, (self._org(organization_id), role_id), None, body_of({'name': name, 'actors': actors, 'policies': policies}))

    def delete(
        self,
        role_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete a role

        Deletes an existing custom role. System roles cannot be deleted. This operation will remove the role and all its associated policies.

        `DELETE /v1/organizations/{organizationId}/roles/{roleId}` (organizationRoleDelete)

        Args:
            role_id: ID of the requested role.
        """
        return self._call(8, (self._org(organization_id), role_id))


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

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the autoscaling schedule for a service. Returns 404 if no schedule has been configured or if the schedule was cleared. Requires the scheduled autoscaling feature to be enabled for the organization.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule` (scalingScheduleGet)

        Args:
            service_id: ID of the service.
        """
        return self._call(26, (self._org(organization_id), service_id))

    def upsert(
        self,
        service_id: Id,
        *,
        entries: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ScalingSchedule:
        """Create or replace service autoscaling schedule

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Creates or fully replaces the autoscaling schedule for a service. Pass an empty `entries` array to clear the schedule — a subsequent GET will return 404, and the response will contain an empty `baseConfig` (all fields absent). The base scaling config (applied when no entry is active) is managed separately via the `replicaScaling` endpoint. Requires the scheduled autoscaling feature to be enabled for the organization.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule` (scalingScheduleUpsert)

        Args:
            service_id: ID of the service.
            entries: List of schedule entries. Pass an empty array to clear the schedule.
        """
        return self._call(27, (self._org(organization_id), service_id), None, body_of({'entries': entries}))

    def delete(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete service scheduled scaling

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Deletes the autoscaling schedule for a service. If a schedule entry is currently active, the base scaling config is restored to the instance before the schedule is removed. Returns 404 if no schedule exists. Requires the scheduled autoscaling feature to be enabled for the organization.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule` (scalingScheduleDelete)

        Args:
            service_id: ID of the service.
        """
        return self._call(28, (self._org(organization_id), service_id))


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

        Args:
            filter: Filter criteria to apply when retrieving the resource. Currently, only filtering by resource tags is supported.
        """
        return self._call(11, (self._org(organization_id),), {'filter': filter})

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
        encryption_key: Union[str, NotGiven] = NOT_GIVEN,
        encryption_assumed_role_identifier: Union[str, NotGiven] = NOT_GIVEN,
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

        Args:
            name: Name of the service. Alphanumerical string with whitespaces up to 50 characters.
            provider: Cloud provider
            region: Service region.
            tier: DEPRECATED for BASIC, SCALE and ENTERPRISE organization tiers. Use `minReplicaMemoryGb`, `maxReplicaMemoryGb`, and `numReplicas` instead. Tier of the service: 'development', 'production', 'dedicated_high_mem', 'dedicated_high_cpu', 'dedicated_standard', 'dedicated_standard_n2d_standard_4', 'dedicated_standard_n2d_standard_8', 'dedicated_standard_n2d_standard_32', 'dedicated_standard_n2d_standard_128', 'dedicated_standard_n2d_standard_32_16SSD', 'dedicated_standard_n2d_standard_64_24SSD'. Production services scale, Development are fixed size. Azure services don't support Development tier
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
            backup_id: Optional backup ID used as an initial state for the new service. When used the region and the tier of the new instance must be the same as the values of the original instance.
            encryption_key: Optional customer provided disk encryption key
            encryption_assumed_role_identifier: Optional role to use for disk encryption
            private_endpoint_ids: DEPRECATED. To associate the service with private endpoints, first create the service, then use the `Update Service Basic Details` endpoint with the `privateEndpointIds` field to modify private endpoints.
            private_preview_terms_checked: Accept the private preview terms and conditions. It is only needed when creating the first service in the organization in case of a private preview
            release_channel: Select fast if you want to get new ClickHouse releases as soon as they are available. You'll get new features faster, but with a higher risk of bugs. Select slow if you would like to defer releases to give yourself more time to test. This feature is only available for production services. default is the regular release channel.
            byoc_id: This is the ID returned after setting up a region for Bring Your Own Cloud (BYOC). When the byocId parameter is specified, the minReplicaMemoryGb and the maxReplicaGb parameters are required too, with values included among the following sizes: 48, 116, 172, 232.
            has_transparent_data_encryption: True if the service should have the Transparent Data Encryption (TDE) enabled. TDE is only available for ENTERPRISE organizations tiers and can only be enabled at service creation.
            endpoints: List of service endpoints to enable or disable
            profile: Custom instance profile. Only available for ENTERPRISE organization tiers.
            compliance_type: Type of regulatory compliance for service.
            tags: Tags associated with the service.
            enable_core_dumps: Enables the underlying infra for collecting core dumps. Default is enabled.
        """
        return self._call(12, (self._org(organization_id),), None, body_of({'name': name, 'provider': provider, 'region': region, 'tier': tier, 'ip_access_list': ip_access_list, 'min_total_memory_gb': min_total_memory_gb, 'max_total_memory_gb': max_total_memory_gb, 'autoscaling_mode': autoscaling_mode, 'min_replica_memory_gb': min_replica_memory_gb, 'max_replica_memory_gb': max_replica_memory_gb, 'num_replicas': num_replicas, 'min_replicas': min_replicas, 'max_replicas': max_replicas, 'idle_scaling': idle_scaling, 'idle_timeout_minutes': idle_timeout_minutes, 'is_readonly': is_readonly, 'data_warehouse_id': data_warehouse_id, 'backup_id': backup_id, 'encryption_key': encryption_key, 'encryption_assumed_role_identifier': encryption_assumed_role_identifier, 'private_endpoint_ids': private_endpoint_ids, 'private_preview_terms_checked': private_preview_terms_checked, 'release_channel': release_channel, 'byoc_id': byoc_id, 'has_transparent_data_encryption': has_transparent_data_encryption, 'endpoints': endpoints, 'profile': profile, 'compliance_type': compliance_type, 'tags': tags, 'enable_core_dumps': enable_core_dumps}))

    def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> Service:
        """Get service details

        Returns a service that belongs to the organization

        `GET /v1/organizations/{organizationId}/services/{serviceId}` (instanceGet)

        Args:
            service_id: ID of the requested service.
        """
        return self._call(13, (self._org(organization_id), service_id))

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

        Args:
            service_id: ID of the service to update.
            name: Name of the service. Alphanumerical string with whitespaces up to 50 characters.
            release_channel: Select fast if you want to get new ClickHouse releases as soon as they are available. You'll get new features faster, but with a higher risk of bugs. Select slow if you would like to defer releases to give yourself more time to test. This feature is only available for production services. default is the regular release channel.
            endpoints: List of service endpoints to change
            transparent_data_encryption_key_id: The id of the key to rotate
            enable_core_dumps: If true, the underlying infra is enabled for collecting core dumps.
        """
        return self._call(14, (self._org(organization_id), service_id), None, body_of({'name': name, 'ip_access_list': ip_access_list, 'private_endpoint_ids': private_endpoint_ids, 'release_channel': release_channel, 'endpoints': endpoints, 'transparent_data_encryption_key_id': transparent_data_encryption_key_id, 'tags': tags, 'enable_core_dumps': enable_core_dumps}))

    def delete(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete service

        Deletes the service. The service must be in stopped state and is deleted asynchronously after this method call.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}` (instanceDelete)

        Args:
            service_id: ID of the service to delete.
        """
        return self._call(15, (self._org(organization_id), service_id))

    def get_private_endpoint_config(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> PrivateEndpointConfig:
        """Get private endpoint configuration

        Information required to set up a private endpoint

        `GET /v1/organizations/{organizationId}/services/{serviceId}/privateEndpointConfig` (instancePrivateEndpointConfigGet)

        Args:
            service_id: ID of the requested service.
        """
        return self._call(16, (self._org(organization_id), service_id))

    def update_state(
        self,
        service_id: Id,
        *,
        command: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Service:
        """Update service state

        Starts or stop service

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/state` (instanceStateUpdate)

        Args:
            service_id: ID of the service to update state.
            command: Command to change the state: 'start', 'stop', 'awake'.
        """
        return self._call(20, (self._org(organization_id), service_id), None, body_of({'command': command}))

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

        Args:
            service_id: ID of the service to update scaling parameters.
            min_total_memory_gb: DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `minReplicaMemoryGb` instead. Minimum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and greater than or equal to 24. Always absent for horizontal-autoscaling services (replica count is variable).
            max_total_memory_gb: DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `maxReplicaMemoryGb` instead. Maximum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and lower than or equal to 360 for non paid services or 1068 for paid services. Always absent for horizontal-autoscaling services (replica count is variable).
            num_replicas: Number of replicas for the service. The number of replicas must be between 2 and 20 for the first service in a warehouse. Services that are created in an existing warehouse can have a number of replicas as low as 1. Further restrictions may apply based on your organization's tier. It defaults to 1 for the BASIC tier and 3 for the SCALE and ENTERPRISE tiers.
            idle_scaling: When set to true the service is allowed to scale down to zero when idle. True by default.
            idle_timeout_minutes: Set minimum idling timeout (in minutes). Must be >= 5 minutes.
        """
        return self._call(21, (self._org(organization_id), service_id), None, body_of({'min_total_memory_gb': min_total_memory_gb, 'max_total_memory_gb': max_total_memory_gb, 'num_replicas': num_replicas, 'idle_scaling': idle_scaling, 'idle_timeout_minutes': idle_timeout_minutes}))

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
        return self._call(22, (self._org(organization_id), service_id), None, body_of({'min_replica_memory_gb': min_replica_memory_gb, 'max_replica_memory_gb': max_replica_memory_gb, 'autoscaling_mode': autoscaling_mode, 'num_replicas': num_replicas, 'min_replicas': min_replicas, 'max_replicas': max_replicas, 'idle_scaling': idle_scaling, 'idle_timeout_minutes': idle_timeout_minutes}))

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

        Args:
            service_id: ID of the service to update password.
            new_password_hash: Optional password hash. Used to avoid password transmission over network. If not provided a new password is generated and is provided in the response. Otherwise this hash is used. Algorithm: echo -n "yourpassword" | sha256sum | tr -d '-' | xxd -r -p | base64
            new_double_sha1_hash: Optional double SHA1 password hash for MySQL protocol. If newPasswordHash is not provided this key will be ignored and the generated password will be used. Algorithm: echo -n "yourpassword" | sha1sum | tr -d '-' | xxd -r -p | sha1sum | tr -d '-'
        """
        return self._call(23, (self._org(organization_id), service_id), None, body_of({'new_password_hash': new_password_hash, 'new_double_sha1_hash': new_double_sha1_hash}))

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

        Args:
            service_id: ID of the requested service.
            id: Private endpoint identifier
            description: Description of private endpoint
        """
        return self._call(24, (self._org(organization_id), service_id), None, body_of({'id': id, 'description': description}))


class UdfsResource(Resource):
    """`client.udfs`: UDF operations."""

    __slots__ = ()

    @property
    def attachments(self) -> UdfsAttachmentsResource:
        return UdfsAttachmentsResource(self._client)

    @property
    def versions(self) -> UdfsVersionsResource:
        return UdfsVersionsResource(self._client)

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
        send_chunk_header: Union[bool, NotGiven] = NOT_GIVEN,
        format: Union[str, NotGiven] = NOT_GIVEN,
        sandbox_type: Union[str, NotGiven] = NOT_GIVEN,
        sandbox_version: Union[str, NotGiven] = NOT_GIVEN,
        type: Union[str, NotGiven] = NOT_GIVEN,
        pool_size: Union[Any, NotGiven] = NOT_GIVEN,
        max_command_execution_time: Union[Optional[int], NotGiven] = NOT_GIVEN,
        function_name: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Udf:
        """Create UDF

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Creates a new UDF. See [User-defined functions in Cloud](https://clickhouse.com/docs/products/cloud/features/sql-console-features/user-defined-functions).

        `POST /v1/organizations/{organizationId}/udfs` (udfCreate)

        Args:
            upload_id: Identifier of the uploaded source archive.
        """
        return self._call(134, (self._org(organization_id),), None, body_of({'upload_id': upload_id, 'runtime': runtime, 'arguments': arguments, 'return_type': return_type, 'return_name': return_name, 'command_read_timeout': command_read_timeout, 'command_write_timeout': command_write_timeout, 'send_chunk_header': send_chunk_header, 'format': format, 'sandbox_type': sandbox_type, 'sandbox_version': sandbox_version, 'type': type, 'pool_size': pool_size, 'max_command_execution_time': max_command_execution_time, 'function_name': function_name}))

    def list(
        self,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Iterator[Udf]:
        """List UDFs

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the latest version of each UDF in the organization.

        `GET /v1/organizations/{organizationId}/udfs` (udfList)

        Args:
            limit: Maximum number of records to return per page. Defaults to 100. Maximum is 100.
        """
        return self._pages(135, (self._org(organization_id),), {'limit': limit})

    def delete(
        self,
        function_name: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete UDF

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Deletes every version of a UDF and detaches it from all services. Removal from services completes asynchronously.

        `DELETE /v1/organizations/{organizationId}/udfs/{functionName}` (udfDelete)

        Args:
            function_name: Name of the UDF.
        """
        return self._call(136, (self._org(organization_id), function_name))

    def get(
        self,
        function_name: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> Udf:
        """Get UDF

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the latest version of a UDF.

        `GET /v1/organizations/{organizationId}/udfs/{functionName}` (udfGet)

        Args:
            function_name: Name of the UDF.
        """
        return self._call(137, (self._org(organization_id), function_name))

    def create_upload_session(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> UdfUploadSession:
        """Create UDF upload URL

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Creates an org-scoped presigned application/zip upload URL. Callers must use an upload ID for only one create or version attempt and request a new upload URL when retrying.

        `POST /v1/organizations/{organizationId}/udfUploads/url` (udfUploadSessionCreate)
        """
        return self._call(138, (self._org(organization_id),))


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

        Args:
            service_id: ID of the service.
        """
        return self._call(29, (self._org(organization_id), service_id))

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

        Args:
            service_id: ID of the service.
            weekday: Day of the week the upgrade window starts. 0 = Sunday, 1 = Monday, …, 6 = Saturday.
            start_hour_utc: UTC hour when the upgrade window starts. Must be one of 0, 6, 12, or 18. The upgrade window currently lasts 6 hours from this start time.
        """
        return self._call(30, (self._org(organization_id), service_id), None, body_of({'weekday': weekday, 'start_hour_utc': start_hour_utc}))

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

        Args:
            service_id: ID of the service.
        """
        return self._call(31, (self._org(organization_id), service_id))


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

        Args:
            from_date: Start date for the report, e.g. 2024-12-19.
            to_date: End date (inclusive) for the report, e.g. 2024-12-20. This date cannot be more than 30 days after from_date (for a maximum queried period of 31 days).
            filter: Filter criteria to apply when retrieving the usage cost report. Currently, only filtering by resource tags is supported.
        """
        return self._call(60, (self._org(organization_id),), {'from_date': from_date, 'to_date': to_date, 'filter': filter})


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
    def organizations(self) -> OrganizationsResource:
        return OrganizationsResource(self)

    @property
    def postgres(self) -> PostgresResource:
        return PostgresResource(self)

    @property
    def prometheus(self) -> PrometheusResource:
        return PrometheusResource(self)

    @property
    def query_endpoints(self) -> QueryEndpointsResource:
        return QueryEndpointsResource(self)

    @property
    def quotas(self) -> QuotasResource:
        return QuotasResource(self)

    @property
    def roles(self) -> RolesResource:
        return RolesResource(self)

    @property
    def scaling_schedules(self) -> ScalingSchedulesResource:
        return ScalingSchedulesResource(self)

    @property
    def services(self) -> ServicesResource:
        return ServicesResource(self)

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

        Args:
            service_id: ID of the service that owns the Reverse Private Endpoint.
        """
        return await self._call(125, (self._org(organization_id), service_id))

    async def create(
        self,
        service_id: Id,
        *,
        description: Union[str, NotGiven] = NOT_GIVEN,
        type: Union[str, NotGiven] = NOT_GIVEN,
        vpc_endpoint_service_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        vpc_resource_configuration_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        vpc_resource_share_arn: Union[Optional[str], NotGiven] = NOT_GIVEN,
        msk_cluster_arn: Union[Optional[str], NotGiven] = NOT_GIVEN,
        msk_authentication: Union[Optional[str], NotGiven] = NOT_GIVEN,
        gcp_service_attachment: Union[Optional[str], NotGiven] = NOT_GIVEN,
        custom_private_dns_mappings: Union[Sequence[Union[CustomPrivateDnsMapping, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ReversePrivateEndpoint:
        """Create reverse private endpoint

        Create a new reverse private endpoint.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints` (clickPipeReversePrivateEndpointCreate)

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
        return await self._call(126, (self._org(organization_id), service_id), None, body_of({'description': description, 'type': type, 'vpc_endpoint_service_name': vpc_endpoint_service_name, 'vpc_resource_configuration_id': vpc_resource_configuration_id, 'vpc_resource_share_arn': vpc_resource_share_arn, 'msk_cluster_arn': msk_cluster_arn, 'msk_authentication': msk_authentication, 'gcp_service_attachment': gcp_service_attachment, 'custom_private_dns_mappings': custom_private_dns_mappings}))

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

        Args:
            service_id: ID of the service that owns the Reverse Private Endpoint.
            endpoint_id: ID of the reverse private endpoint to get.
        """
        return await self._call(127, (self._org(organization_id), service_id, endpoint_id))

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

        Args:
            service_id: ID of the service that owns the Reverse Private Endpoint.
            endpoint_id: ID of the reverse private endpoint to delete.
        """
        return await self._call(128, (self._org(organization_id), service_id, endpoint_id))

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

        Args:
            service_id: ID of the service that owns the Reverse Private Endpoint.
            endpoint_id: ID of the reverse private endpoint to update.
            custom_private_dns_mappings: Optional private DNS names for Reverse Private Endpoint. Can be used as data source destination address. Must be unique across the ClickHouse service. Generally available for Google Private Service Connect (PSC). For AWS PrivateLink (VPC endpoint service and VPC resource), available in Private Preview; contact ClickHouse support to enable it for your service. Not supported for MSK multi-VPC. Supports exact names and leading wildcard names such as *.example.com
        """
        return await self._call(129, (self._org(organization_id), service_id, endpoint_id), None, body_of({'custom_private_dns_mappings': custom_private_dns_mappings}))


class AsyncClickstackAlertsResource(AsyncResource):
    """`client.clickstack.alerts`: ClickStack operations."""

    __slots__ = ()

    async def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[ClickStackAlertResponse]:
        """ClickStack: List Alerts

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves alerts for the authenticated team (paginated). Results are capped at `limit` (default and maximum 1000). When more records exist than are returned, `meta.total` exceeds `data.length`; clients with large collections must page with `limit`/`offset` to retrieve them all.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts` (clickStackListAlerts)

        Args:
            service_id: ID of the ClickStack service.
        """
        return await self._call(79, (self._org(organization_id), service_id))

    async def create(
        self,
        service_id: Id,
        *,
        dashboard_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tile_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_search_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        group_by: Union[Optional[str], NotGiven] = NOT_GIVEN,
        threshold: Union[float, NotGiven] = NOT_GIVEN,
        threshold_max: Union[Optional[float], NotGiven] = NOT_GIVEN,
        interval: Union[str, NotGiven] = NOT_GIVEN,
        schedule_offset_minutes: Union[Optional[int], NotGiven] = NOT_GIVEN,
        schedule_start_at: Union[Optional[DateTimeLike], NotGiven] = NOT_GIVEN,
        source: Union[str, NotGiven] = NOT_GIVEN,
        threshold_type: Union[str, NotGiven] = NOT_GIVEN,
        channel: Union[Any, NotGiven] = NOT_GIVEN,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        note: Union[Optional[str], NotGiven] = NOT_GIVEN,
        num_consecutive_windows: Union[Optional[int], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackAlertResponse:
        """ClickStack: Create Alert

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new alert

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts` (clickStackCreateAlert)

        Args:
            service_id: ID of the ClickStack service.
            dashboard_id: Dashboard ID for tile-based alerts.
            tile_id: Tile ID for tile-based alerts. Must be a line, stacked bar, or number type tile.
            saved_search_id: Saved search ID for saved_search alerts.
            group_by: Group-by key for saved search alerts.
            threshold: Threshold value for triggering the alert. For between and not_between threshold types, this is the lower bound.
            threshold_max: Upper bound for between and not_between threshold types. Required when thresholdType is between or not_between, must be >= threshold.
            interval: Evaluation interval for the alert.
            schedule_offset_minutes: Offset from the interval boundary in minutes. For example, 2 with a 5m interval evaluates windows at :02, :07, :12, etc. (UTC).
            schedule_start_at: Absolute UTC start time anchor. Alert windows start from this timestamp and repeat every interval.
            source: Alert source type (tile-based or saved search).
            threshold_type: Threshold comparison direction.
            name: Human-friendly alert name.
            message: Alert message template.
            note: Freeform note for the alert. Supports markdown formatting.
            num_consecutive_windows: Fire the alert only after its condition has been met for this many consecutive evaluation windows. While the condition is met but fewer than this many consecutive windows have violated, the alert is in the PENDING state.
        """
        return await self._call(80, (self._org(organization_id), service_id), None, body_of({'dashboard_id': dashboard_id, 'tile_id': tile_id, 'saved_search_id': saved_search_id, 'group_by': group_by, 'threshold': threshold, 'threshold_max': threshold_max, 'interval': interval, 'schedule_offset_minutes': schedule_offset_minutes, 'schedule_start_at': schedule_start_at, 'source': source, 'threshold_type': threshold_type, 'channel': channel, 'name': name, 'message': message, 'note': note, 'num_consecutive_windows': num_consecutive_windows}))

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

        Args:
            service_id: ID of the ClickStack service.
            alert_id: ClickStack Alert ID
        """
        return await self._call(86, (self._org(organization_id), service_id, alert_id))

    async def update(
        self,
        service_id: Id,
        alert_id: str,
        *,
        dashboard_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tile_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_search_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        group_by: Union[Optional[str], NotGiven] = NOT_GIVEN,
        threshold: Union[float, NotGiven] = NOT_GIVEN,
        threshold_max: Union[Optional[float], NotGiven] = NOT_GIVEN,
        interval: Union[str, NotGiven] = NOT_GIVEN,
        schedule_offset_minutes: Union[Optional[int], NotGiven] = NOT_GIVEN,
        schedule_start_at: Union[Optional[DateTimeLike], NotGiven] = NOT_GIVEN,
        source: Union[str, NotGiven] = NOT_GIVEN,
        threshold_type: Union[str, NotGiven] = NOT_GIVEN,
        channel: Union[Any, NotGiven] = NOT_GIVEN,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        note: Union[Optional[str], NotGiven] = NOT_GIVEN,
        num_consecutive_windows: Union[Optional[int], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackAlertResponse:
        """ClickStack: Update Alert

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Updates an existing alert

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}` (clickStackUpdateAlert)

        Args:
            service_id: ID of the ClickStack service.
            alert_id: ClickStack Alert ID
            dashboard_id: Dashboard ID for tile-based alerts.
            tile_id: Tile ID for tile-based alerts. Must be a line, stacked bar, or number type tile.
            saved_search_id: Saved search ID for saved_search alerts.
            group_by: Group-by key for saved search alerts.
            threshold: Threshold value for triggering the alert. For between and not_between threshold types, this is the lower bound.
            threshold_max: Upper bound for between and not_between threshold types. Required when thresholdType is between or not_between, must be >= threshold.
            interval: Evaluation interval for the alert.
            schedule_offset_minutes: Offset from the interval boundary in minutes. For example, 2 with a 5m interval evaluates windows at :02, :07, :12, etc. (UTC).
            schedule_start_at: Absolute UTC start time anchor. Alert windows start from this timestamp and repeat every interval.
            source: Alert source type (tile-based or saved search).
            threshold_type: Threshold comparison direction.
            name: Human-friendly alert name.
            message: Alert message template.
            note: Freeform note for the alert. Supports markdown formatting.
            num_consecutive_windows: Fire the alert only after its condition has been met for this many consecutive evaluation windows. While the condition is met but fewer than this many consecutive windows have violated, the alert is in the PENDING state.
        """
        return await self._call(87, (self._org(organization_id), service_id, alert_id), None, body_of({'dashboard_id': dashboard_id, 'tile_id': tile_id, 'saved_search_id': saved_search_id, 'group_by': group_by, 'threshold': threshold, 'threshold_max': threshold_max, 'interval': interval, 'schedule_offset_minutes': schedule_offset_minutes, 'schedule_start_at': schedule_start_at, 'source': source, 'threshold_type': threshold_type, 'channel': channel, 'name': name, 'message': message, 'note': note, 'num_consecutive_windows': num_consecutive_windows}))

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

        Args:
            service_id: ID of the ClickStack service.
            alert_id: ClickStack Alert ID
        """
        return await self._call(88, (self._org(organization_id), service_id, alert_id))


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

        Args:
            service_id: ID of the ClickStack service.
        """
        return await self._call(73, (self._org(organization_id), service_id))

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
        saved_filter_values: Union[Sequence[Union[ClickStackSavedFilterValue, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        containers: Union[Sequence[Union[ClickStackDashboardContainer, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackDashboardResponse:
        """ClickStack: Create Dashboard

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new dashboard

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards` (clickStackCreateDashboard)

        Args:
            service_id: ID of the ClickStack service.
            name: Dashboard name.
            tiles: List of tiles/charts to include in the dashboard.
            tags: Tags for organizing and filtering dashboards.
            filters: Dashboard filter keys to add to the dashboard and apply across all tiles
            saved_query: Optional default dashboard query to persist on the dashboard.
            saved_query_language: Query language used by savedQuery.
            saved_filter_values: Optional default dashboard filter values to persist on the dashboard.
            containers: Optional grouping containers. Each tile may join a container via tile.containerId, and a tab inside it via tile.tabId.
        """
        return await self._call(74, (self._org(organization_id), service_id), None, body_of({'name': name, 'tiles': tiles, 'tags': tags, 'filters': filters, 'saved_query': saved_query, 'saved_query_language': saved_query_language, 'saved_filter_values': saved_filter_values, 'containers': containers}))

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

        Args:
            service_id: ID of the ClickStack service.
            dashboard_id: ClickStack Dashboard ID
        """
        return await self._call(75, (self._org(organization_id), service_id, dashboard_id))

    async def update(
        self,
        service_id: Id,
        dashboard_id: str,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        tiles: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        filters: Union[Sequence[Union[ClickStackFilter, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        saved_query: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_query_language: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_filter_values: Union[Sequence[Union[ClickStackSavedFilterValue, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        containers: Union[Sequence[Union[ClickStackDashboardContainer, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackDashboardResponse:
        """ClickStack: Update Dashboard

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Updates an existing dashboard.  **Concurrency:** This endpoint does not support optimistic concurrency control. Concurrent PUT requests for the same dashboard may silently overwrite each other, which can leave orphan tile-to-container references on layout-shape edits. Clients should serialize edits to a given dashboard.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}` (clickStackUpdateDashboard)

        Args:
            service_id: ID of the ClickStack service.
            dashboard_id: ClickStack Dashboard ID
            name: Dashboard name.
            tiles: Full list of tiles for the dashboard. Existing tiles are matched by ID; tiles with an ID that does not match an existing tile will be assigned a new generated ID.
            tags: Tags for organizing and filtering dashboards.
            filters: Dashboard filter keys on the dashboard, applied across all tiles
            saved_query: Optional default dashboard query to persist on the dashboard.
            saved_query_language: Query language used by savedQuery.
            saved_filter_values: Optional default dashboard filter values to persist on the dashboard.
            containers: Optional grouping containers. Each tile may join a container via tile.containerId, and a tab inside it via tile.tabId.
        """
        return await self._call(76, (self._org(organization_id), service_id, dashboard_id), None, body_of({'name': name, 'tiles': tiles, 'tags': tags, 'filters': filters, 'saved_query': saved_query, 'saved_query_language': saved_query_language, 'saved_filter_values': saved_filter_values, 'containers': containers}))

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

        Args:
            service_id: ID of the ClickStack service.
            dashboard_id: ClickStack Dashboard ID
        """
        return await self._call(77, (self._org(organization_id), service_id, dashboard_id))

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
        saved_filter_values: Union[Sequence[Union[ClickStackSavedFilterValue, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        containers: Union[Sequence[Union[ClickStackDashboardContainer, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackValidateDashboardResponse:
        """ClickStack: Validate Dashboard

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Validates a dashboard body against the same schema and tile rules used by POST /api/v2/dashboards. The dashboard is **never persisted**. Use this endpoint at plan time (e.g. from a Terraform provider) to check that a dashboard configuration is valid before applying it.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/validate` (clickStackValidateDashboard)

        Args:
            service_id: ID of the ClickStack service.
            name: Dashboard name.
            tiles: List of tiles/charts to include in the dashboard.
            tags: Tags for organizing and filtering dashboards.
            filters: Dashboard filter keys to add to the dashboard and apply across all tiles
            saved_query: Optional default dashboard query to persist on the dashboard.
            saved_query_language: Query language used by savedQuery.
            saved_filter_values: Optional default dashboard filter values to persist on the dashboard.
            containers: Optional grouping containers. Each tile may join a container via tile.containerId, and a tab inside it via tile.tabId.
        """
        return await self._call(78, (self._org(organization_id), service_id), None, body_of({'name': name, 'tiles': tiles, 'tags': tags, 'filters': filters, 'saved_query': saved_query, 'saved_query_language': saved_query_language, 'saved_filter_values': saved_filter_values, 'containers': containers}))


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

        Args:
            service_id: ID of the ClickStack service.
        """
        return await self._call(93, (self._org(organization_id), service_id))

    async def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        permissions: Union[Sequence[Union[ClickStackCASLPermission, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackRole:
        """ClickStack: Create Role

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new custom role for the team.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles` (clickStackCreateRole)

        Args:
            service_id: ID of the ClickStack service.
            name: Role name. Must be unique within the team and not collide with a predefined role.
            description: Human-readable role description.
            permissions: The CASL permissions to grant to the role.
        """
        return await self._call(94, (self._org(organization_id), service_id), None, body_of({'name': name, 'description': description, 'permissions': permissions}))

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

        Args:
            service_id: ID of the ClickStack service.
            role_id: id parameter
        """
        return await self._call(95, (self._org(organization_id), service_id, role_id))

    async def update(
        self,
        service_id: Id,
        role_id: str,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        permissions: Union[Sequence[Union[ClickStackCASLPermission, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackRole:
        """ClickStack: Update Role

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Updates a custom role's permissions, name, and description. Predefined roles cannot be modified.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}` (clickStackUpdateRole)

        Args:
            service_id: ID of the ClickStack service.
            role_id: id parameter
            name: New role name. Omit to leave the name unchanged.
            description: New role description.
            permissions: The replacement set of CASL permissions for the role.
        """
        return await self._call(96, (self._org(organization_id), service_id, role_id), None, body_of({'name': name, 'description': description, 'permissions': permissions}))

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

        Args:
            service_id: ID of the ClickStack service.
            role_id: id parameter
        """
        return await self._call(97, (self._org(organization_id), service_id, role_id))


class AsyncClickstackSavedSearchesResource(AsyncResource):
    """`client.clickstack.saved_searches`: ClickStack operations."""

    __slots__ = ()

    async def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[ClickStackSavedSearch]:
        """ClickStack: List Saved Searches

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves saved searches for the authenticated team (paginated). Results are capped at `limit` (default and maximum 1000). When more records exist than are returned, `meta.total` exceeds `data.length`; clients with large collections must page with `limit`/`offset` to retrieve them all.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches` (clickStackListSavedSearches)

        Args:
            service_id: ID of the ClickStack service.
        """
        return await self._call(98, (self._org(organization_id), service_id))

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
        return await self._call(99, (self._org(organization_id), service_id), None, body_of({'name': name, 'source_id': source_id, 'select': select, 'where': where, 'where_language': where_language, 'order_by': order_by, 'tags': tags, 'filters': filters}))

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

        Args:
            service_id: ID of the ClickStack service.
            saved_search_id: Saved search ID
        """
        return await self._call(100, (self._org(organization_id), service_id, saved_search_id))

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
        return await self._call(101, (self._org(organization_id), service_id, saved_search_id), None, body_of({'name': name, 'source_id': source_id, 'select': select, 'where': where, 'where_language': where_language, 'order_by': order_by, 'tags': tags, 'filters': filters}))

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

        Args:
            service_id: ID of the ClickStack service.
            saved_search_id: Saved search ID
        """
        return await self._call(102, (self._org(organization_id), service_id, saved_search_id))


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

        Args:
            service_id: ID of the ClickStack service.
        """
        return await self._call(81, (self._org(organization_id), service_id))

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
        severity_text_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        body_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        event_attributes_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        resource_attributes_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        displayed_timestamp_value_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
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
        span_events_value_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        metric_tables: Union[Union[ClickStackMetricTables, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Union[ClickStackLogSource, ClickStackTraceSource, ClickStackMetricSource, ClickStackSessionSource, ClickStackPromqlSource, dict[str, Any]]:
        """ClickStack: Create Source

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new source.  The request body is a source object without the `id` field. If an `id` is sent anyway it is silently ignored (stripped before validation — the request is never rejected because of it). Granularity fields (`materializedViews[].minGranularity` and `metadataMaterializedViews.granularity`) accept the same short format the API returns (e.g. `5m`, `15s`, `1h`, `1d`).

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources` (clickStackCreateSource)

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
            severity_text_expression: Expression to extract the severity/log level text.
            body_expression: Expression to extract the log message body.
            event_attributes_expression: Expression to extract event-level attributes.
            resource_attributes_expression: Expression to extract resource-level attributes.
            displayed_timestamp_value_expression: This DateTime column is used to display and order search results.
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
            span_events_value_expression: Expression to extract span events. Used to capture events associated with spans. Expected to be Nested ( Timestamp DateTime64(9), Name LowCardinality(String), Attributes Map(LowCardinality(String), String)
        """
        return await self._call(82, (self._org(organization_id), service_id), None, body_of({'id': id, 'name': name, 'section': section, 'disabled': disabled, 'kind': kind, 'connection': connection, 'from': from_, 'query_settings': query_settings, 'filter_settings': filter_settings, 'default_table_select_expression': default_table_select_expression, 'timestamp_value_expression': timestamp_value_expression, 'service_name_expression': service_name_expression, 'severity_text_expression': severity_text_expression, 'body_expression': body_expression, 'event_attributes_expression': event_attributes_expression, 'resource_attributes_expression': resource_attributes_expression, 'displayed_timestamp_value_expression': displayed_timestamp_value_expression, 'metric_source_id': metric_source_id, 'trace_source_id': trace_source_id, 'trace_id_expression': trace_id_expression, 'span_id_expression': span_id_expression, 'implicit_column_expression': implicit_column_expression, 'known_columns_list_expression': known_columns_list_expression, 'use_text_index_for_implicit_column': use_text_index_for_implicit_column, 'highlighted_trace_attribute_expressions': highlighted_trace_attribute_expressions, 'highlighted_row_attribute_expressions': highlighted_row_attribute_expressions, 'materialized_views': materialized_views, 'metadata_materialized_views': metadata_materialized_views, 'duration_expression': duration_expression, 'duration_precision': duration_precision, 'parent_span_id_expression': parent_span_id_expression, 'span_name_expression': span_name_expression, 'span_kind_expression': span_kind_expression, 'log_source_id': log_source_id, 'session_source_id': session_source_id, 'status_code_expression': status_code_expression, 'status_message_expression': status_message_expression, 'span_events_value_expression': span_events_value_expression, 'metric_tables': metric_tables}))

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

        Args:
            service_id: ID of the ClickStack service.
            source_id: Source ID
        """
        return await self._call(83, (self._org(organization_id), service_id, source_id))

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
        severity_text_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        body_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        event_attributes_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        resource_attributes_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        displayed_timestamp_value_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
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
        span_events_value_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        metric_tables: Union[Union[ClickStackMetricTables, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Union[ClickStackLogSource, ClickStackTraceSource, ClickStackMetricSource, ClickStackSessionSource, ClickStackPromqlSource, dict[str, Any]]:
        """ClickStack: Update Source

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Updates an existing source. The full source object must be provided; this is a replace, not a patch.  The request body is a source object without the `id` field. If an `id` is sent anyway it is silently ignored (stripped before validation — never a 400); the path parameter alone identifies the source. Granularity fields (`materializedViews[].minGranularity` and `metadataMaterializedViews.granularity`) accept the same short format the API returns (e.g. `5m`, `15s`, `1h`, `1d`).

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}` (clickStackUpdateSource)

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
            severity_text_expression: Expression to extract the severity/log level text.
            body_expression: Expression to extract the log message body.
            event_attributes_expression: Expression to extract event-level attributes.
            resource_attributes_expression: Expression to extract resource-level attributes.
            displayed_timestamp_value_expression: This DateTime column is used to display and order search results.
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
            span_events_value_expression: Expression to extract span events. Used to capture events associated with spans. Expected to be Nested ( Timestamp DateTime64(9), Name LowCardinality(String), Attributes Map(LowCardinality(String), String)
        """
        return await self._call(84, (self._org(organization_id), service_id, source_id), None, body_of({'id': id, 'name': name, 'section': section, 'disabled': disabled, 'kind': kind, 'connection': connection, 'from': from_, 'query_settings': query_settings, 'filter_settings': filter_settings, 'default_table_select_expression': default_table_select_expression, 'timestamp_value_expression': timestamp_value_expression, 'service_name_expression': service_name_expression, 'severity_text_expression': severity_text_expression, 'body_expression': body_expression, 'event_attributes_expression': event_attributes_expression, 'resource_attributes_expression': resource_attributes_expression, 'displayed_timestamp_value_expression': displayed_timestamp_value_expression, 'metric_source_id': metric_source_id, 'trace_source_id': trace_source_id, 'trace_id_expression': trace_id_expression, 'span_id_expression': span_id_expression, 'implicit_column_expression': implicit_column_expression, 'known_columns_list_expression': known_columns_list_expression, 'use_text_index_for_implicit_column': use_text_index_for_implicit_column, 'highlighted_trace_attribute_expressions': highlighted_trace_attribute_expressions, 'highlighted_row_attribute_expressions': highlighted_row_attribute_expressions, 'materialized_views': materialized_views, 'metadata_materialized_views': metadata_materialized_views, 'duration_expression': duration_expression, 'duration_precision': duration_precision, 'parent_span_id_expression': parent_span_id_expression, 'span_name_expression': span_name_expression, 'span_kind_expression': span_kind_expression, 'log_source_id': log_source_id, 'session_source_id': session_source_id, 'status_code_expression': status_code_expression, 'status_message_expression': status_message_expression, 'span_events_value_expression': span_events_value_expression, 'metric_tables': metric_tables}))

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

        Args:
            service_id: ID of the ClickStack service.
            source_id: Source ID
        """
        return await self._call(85, (self._org(organization_id), service_id, source_id))


class AsyncClickstackWebhooksResource(AsyncResource):
    """`client.clickstack.webhooks`: ClickStack operations."""

    __slots__ = ()

    async def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[Union[ClickStackSlackWebhook, ClickStackIncidentIOWebhook, ClickStackGenericWebhook, ClickStackSlackAPIWebhook, ClickStackPagerDutyAPIWebhook, dict[str, Any]]]:
        """ClickStack: List Webhooks

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves webhooks for the authenticated team (paginated). Results are capped at `limit` (default and maximum 1000). When more records exist than are returned, `meta.total` exceeds `data.length`; clients with large collections must page with `limit`/`offset` to retrieve them all.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks` (clickStackListWebhooks)

        Args:
            service_id: ID of the ClickStack service.
        """
        return await self._call(89, (self._org(organization_id), service_id))

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

        Args:
            service_id: ID of the ClickStack service.
            name: Webhook name. Must be unique per service within the team.
            service: Webhook service type.
            url: Webhook destination URL.
            description: Webhook description, shown in the UI.
            body: Optional request body template. Only for generic/incidentio; rejected for slack.
        """
        return await self._call(90, (self._org(organization_id), service_id), None, body_of({'name': name, 'service': service, 'url': url, 'description': description, 'body': body, 'headers': headers, 'query_params': query_params}))

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

        Args:
            service_id: ID of the ClickStack service.
            webhook_id: Webhook ID
            name: Webhook name. Must be unique per service within the team.
            service: Webhook service type.
            url: Webhook destination URL.
            description: Webhook description, shown in the UI.
            body: Optional request body template. Only for generic/incidentio; rejected for slack.
        """
        return await self._call(91, (self._org(organization_id), service_id, webhook_id), None, body_of({'name': name, 'service': service, 'url': url, 'description': description, 'body': body, 'headers': headers, 'query_params': query_params}))

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

        Args:
            service_id: ID of the ClickStack service.
            webhook_id: Webhook ID
        """
        return await self._call(92, (self._org(organization_id), service_id, webhook_id))


class AsyncPostgresSlowQueryPatternsResource(AsyncResource):
    """`client.postgres.slow_query_patterns`: Postgres operations."""

    __slots__ = ()

    async def list(
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
        offset: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> ResultList[PostgresSlowQueryPattern]:
        """List Postgres slow query patterns

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns aggregate metrics for the slowest query patterns observed on a Postgres service during the given time window. Use this to discover which queries dominate total execution time, CPU, I/O, or WAL generation.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/slowQueryPatterns` (slowQueryPatternsGetList)

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
            offset: Number of results to skip before returning.
        """
        return await self._call(119, (self._org(organization_id), postgres_id), {'from_date': from_date, 'to_date': to_date, 'db_name': db_name, 'db_user': db_user, 'db_operation': db_operation, 'app': app, 'sort_by': sort_by, 'sort_order': sort_order, 'limit': limit, 'offset': offset})

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

        Args:
            postgres_id: ID of the requested Postgres service.
            query_id: Stable identifier for the query pattern.
            db_name: Database name filter.
            db_user: Database user filter.
            db_operation: Database operation filter (for example, SELECT, INSERT, UPDATE, DELETE, UTILITY).
            app: Application name filter.
            timestamp: Timestamp of a specific execution (RFC 3339).
        """
        return await self._call(120, (self._org(organization_id), postgres_id, query_id), {'db_name': db_name, 'db_user': db_user, 'db_operation': db_operation, 'app': app, 'timestamp': timestamp})


class AsyncUdfsAttachmentsResource(AsyncResource):
    """`client.udfs.attachments`: UDF operations."""

    __slots__ = ()

    async def attach(
        self,
        function_name: str,
        service_id: Id,
        *,
        version: Union[int, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> UdfAttachment:
        """Attach UDF to service

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Attaches one UDF version to a service, replacing the current version when necessary. When version is omitted, the latest ready version is attached.

        `PUT /v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}` (udfAttach)

        Args:
            function_name: Name of the UDF.
            service_id: ID of the requested service.
            version: Version to attach. When omitted, the latest ready version is attached.
        """
        return await self._call(130, (self._org(organization_id), function_name, service_id), None, body_of({'version': version}))

    async def get(
        self,
        function_name: str,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> UdfAttachment:
        """Get UDF attachment

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the current attachment of a UDF to one service.

        `GET /v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}` (udfAttachmentGet)

        Args:
            function_name: Name of the UDF.
            service_id: ID of the requested service.
        """
        return await self._call(131, (self._org(organization_id), function_name, service_id))

    async def detach(
        self,
        function_name: str,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Detach UDF from service

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Detaches a UDF from a service.

        `DELETE /v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}` (udfDetach)

        Args:
            function_name: Name of the UDF.
            service_id: ID of the requested service.
        """
        return await self._call(132, (self._org(organization_id), function_name, service_id))

    def list(
        self,
        function_name: str,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncIterator[UdfAttachment]:
        """List UDF attachments

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the current service attachments for a UDF, with at most one attachment per service.

        `GET /v1/organizations/{organizationId}/udfs/{functionName}/attachments` (udfAttachmentList)

        Args:
            function_name: Name of the UDF.
            limit: Maximum number of records to return per page. Defaults to 100. Maximum is 100.
        """
        return self._pages(133, (self._org(organization_id), function_name), {'limit': limit})


class AsyncUdfsVersionsResource(AsyncResource):
    """`client.udfs.versions`: UDF operations."""

    __slots__ = ()

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
        send_chunk_header: Union[bool, NotGiven] = NOT_GIVEN,
        format: Union[str, NotGiven] = NOT_GIVEN,
        sandbox_type: Union[str, NotGiven] = NOT_GIVEN,
        sandbox_version: Union[str, NotGiven] = NOT_GIVEN,
        type: Union[str, NotGiven] = NOT_GIVEN,
        pool_size: Union[Any, NotGiven] = NOT_GIVEN,
        max_command_execution_time: Union[Optional[int], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Udf:
        """Create UDF version

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Consumes a source archive, assigns a version, and starts the UDF build. Optional configuration fields omitted from the request use the defaults documented in the request schema; values are not inherited from the previous version. Retry by requesting a new upload URL and re-uploading.

        `POST /v1/organizations/{organizationId}/udfs/{functionName}/versions` (udfVersionCreate)

        Args:
            function_name: Name of the UDF.
            upload_id: Identifier of the uploaded source archive.
        """
        return await self._call(139, (self._org(organization_id), function_name), None, body_of({'upload_id': upload_id, 'runtime': runtime, 'arguments': arguments, 'return_type': return_type, 'return_name': return_name, 'command_read_timeout': command_read_timeout, 'command_write_timeout': command_write_timeout, 'send_chunk_header': send_chunk_header, 'format': format, 'sandbox_type': sandbox_type, 'sandbox_version': sandbox_version, 'type': type, 'pool_size': pool_size, 'max_command_execution_time': max_command_execution_time}))

    def list(
        self,
        function_name: str,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncIterator[Udf]:
        """List UDF versions

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns all versions of a UDF.

        `GET /v1/organizations/{organizationId}/udfs/{functionName}/versions` (udfVersionList)

        Args:
            function_name: Name of the UDF.
            limit: Maximum number of records to return per page. Defaults to 100. Maximum is 100.
        """
        return self._pages(140, (self._org(organization_id), function_name), {'limit': limit})

    async def delete(
        self,
        function_name: str,
        version: int,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete UDF version

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Deletes a UDF version. The UDF must not be attached to any services.

        `DELETE /v1/organizations/{organizationId}/udfs/{functionName}/versions/{version}` (udfVersionDelete)

        Args:
            function_name: Name of the UDF.
            version: Version number of the UDF.
        """
        return await self._call(141, (self._org(organization_id), function_name, version))


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

        Args:
            from_date: A starting date for a search
            to_date: An ending date for a search
        """
        return await self._call(58, (self._org(organization_id),), {'from_date': from_date, 'to_date': to_date})

    async def get(
        self,
        activity_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> Activity:
        """Organization activity

        Returns a single organization activity by ID.

        `GET /v1/organizations/{organizationId}/activities/{activityId}` (activityGet)

        Args:
            activity_id: ID of the requested activity.
        """
        return await self._call(59, (self._org(organization_id), activity_id))


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

        Args:
            service_id: ID of the service.
        """
        return await self._call(41, (self._org(organization_id), service_id))

    async def create(
        self,
        service_id: Id,
        *,
        bucket_provider: Union[str, NotGiven] = NOT_GIVEN,
        bucket_path: Union[str, NotGiven] = NOT_GIVEN,
        iam_role_arn: Union[str, NotGiven] = NOT_GIVEN,
        iam_role_session_name: Union[str, NotGiven] = NOT_GIVEN,
        access_key_id: Union[str, NotGiven] = NOT_GIVEN,
        secret_access_key: Union[str, NotGiven] = NOT_GIVEN,
        container_name: Union[str, NotGiven] = NOT_GIVEN,
        connection_string: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> BackupBucket:
        """Create service backup bucket

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Create service backup bucket. Requires ADMIN auth key role.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/backupBucket` (backupBucketCreate)

        Args:
            service_id: ID of the requested service.
            bucket_provider: Bucket provider
            bucket_path: Bucket path
            iam_role_arn: AWS Role ARN
            iam_role_session_name: AWS Role session name
            access_key_id: Access Key ID (HMAC key)
            secret_access_key: Secret Access Key (HMAC secret key)
            container_name: Container Name
            connection_string: Connection String
        """
        return await self._call(42, (self._org(organization_id), service_id), None, body_of({'bucket_provider': bucket_provider, 'bucket_path': bucket_path, 'iam_role_arn': iam_role_arn, 'iam_role_session_name': iam_role_session_name, 'access_key_id': access_key_id, 'secret_access_key': secret_access_key, 'container_name': container_name, 'connection_string': connection_string}))

    async def update(
        self,
        service_id: Id,
        *,
        bucket_provider: Union[str, NotGiven] = NOT_GIVEN,
        bucket_path: Union[str, NotGiven] = NOT_GIVEN,
        iam_role_arn: Union[str, NotGiven] = NOT_GIVEN,
        iam_role_session_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        access_key_id: Union[str, NotGiven] = NOT_GIVEN,
        secret_access_key: Union[str, NotGiven] = NOT_GIVEN,
        container_name: Union[str, NotGiven] = NOT_GIVEN,
        connection_string: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> BackupBucket:
        """Update service backup bucket

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Update service backup bucket. Requires ADMIN auth key role. The secrets of the specified bucket provider are always required

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/backupBucket` (backupBucketUpdate)

        Args:
            service_id: ID of the requested service.
            bucket_provider: Bucket provider
            bucket_path: Bucket path
            iam_role_arn: AWS Role ARN
            iam_role_session_name: AWS IAM Role session name
            access_key_id: Access Key ID (HMAC key)
            secret_access_key: Secret Access Key (HMAC secret key)
            container_name: Container Name
            connection_string: Connection String
        """
        return await self._call(43, (self._org(organization_id), service_id), None, body_of({'bucket_provider': bucket_provider, 'bucket_path': bucket_path, 'iam_role_arn': iam_role_arn, 'iam_role_session_name': iam_role_session_name, 'access_key_id': access_key_id, 'secret_access_key': secret_access_key, 'container_name': container_name, 'connection_string': connection_string}))

    async def delete(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete service backup bucket

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Delete service backup bucket. Requires ADMIN auth key role.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/backupBucket` (backupBucketDelete)

        Args:
            service_id: ID of the requested service.
        """
        return await self._call(44, (self._org(organization_id), service_id))


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

        Args:
            service_id: ID of the service.
        """
        return await self._call(39, (self._org(organization_id), service_id))

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

        Args:
            service_id: ID of the service.
            backup_period_in_hours: The interval in hours between each backup.
            backup_retention_period_in_hours: The minimum duration in hours for which the backups are available. Must be a whole number of days between 24 (1 day) and 1080 (45 days) — i.e. a multiple of 24.
            backup_start_time: The time in HH:MM format for the backups to be performed (evaluated in UTC timezone). When defined the backup period resets to every 24 hours.
        """
        return await self._call(40, (self._org(organization_id), service_id), None, body_of({'backup_period_in_hours': backup_period_in_hours, 'backup_retention_period_in_hours': backup_retention_period_in_hours, 'backup_start_time': backup_start_time}))


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

        Args:
            service_id: ID of the service the backup was created from.
        """
        return await self._call(37, (self._org(organization_id), service_id))

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

        Args:
            service_id: ID of the service the backup was created from.
            backup_id: ID of the requested backup.
        """
        return await self._call(38, (self._org(organization_id), service_id, backup_id))


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
        display_name: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ByocConfig:
        """Create BYOC Infrastructure

        Create a new BYOC Infrastructure in the organization. Returns the configuration of the newly created infrastructure

        `POST /v1/organizations/{organizationId}/byocInfrastructure` (organizationByocInfrastructureCreate)

        Args:
            region_id: Region in which the BYOC infrastructure will be located
            account_id: Cloud account ID the BYOC infrastructure is configured for
            availability_zone_suffixes: List of availability zone suffixes
            vpc_cidr_range: CIDR range for VPC
            display_name: Human readable name for infrastructure
        """
        return await self._call(122, (self._org(organization_id),), None, body_of({'region_id': region_id, 'account_id': account_id, 'availability_zone_suffixes': availability_zone_suffixes, 'vpc_cidr_range': vpc_cidr_range, 'display_name': display_name}))

    async def delete(
        self,
        infrastructure_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Remove a BYOC infrastructure

        Removes a BYOC Infrastructure from the organization

        `DELETE /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}` (organizationByocInfrastructureDelete)

        Args:
            infrastructure_id: ID of the requested BYOC Infrastructure
        """
        return await self._call(123, (self._org(organization_id), infrastructure_id))

    async def update(
        self,
        infrastructure_id: Id,
        *,
        display_name: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ByocConfig:
        """Update BYOC Infrastructure

        Update configuration of the BYOC infrastructure. Returns the modified infrastructure

        `PATCH /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}` (organizationByocInfrastructureUpdate)

        Args:
            infrastructure_id: ID of the requested BYOC Infrastructure
            display_name: Human readable name for infrastructure object
        """
        return await self._call(124, (self._org(organization_id), infrastructure_id), None, body_of({'display_name': display_name}))


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

        Args:
            service_id: ID of the service.
        """
        return await self._call(32, (self._org(organization_id), service_id))

    async def update(
        self,
        service_id: Id,
        *,
        settings: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ServiceClickhouseSettingsPatchResponse:
        """Update ClickHouse settings

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Updates one or more ClickHouse settings for the service. To reset a setting to its platform default, use the [DELETE single setting](#tag/Service/operation/serviceClickhouseSettingDelete) endpoint. Use the [schema endpoint](#tag/Service/operation/serviceClickhouseSettingsSchemaGet) to discover which settings are configurable.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings` (serviceClickhouseSettingsUpdate)

        Args:
            service_id: ID of the service.
            settings: JSON object of setting names to values. Example: {"compatibility": "24.8"}
        """
        return await self._call(33, (self._org(organization_id), service_id), None, body_of({'settings': settings}))

    async def get_schema(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ServiceClickhouseSettingsSchema:
        """Get ClickHouse settings schema

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the schema of all configurable ClickHouse settings, including types, valid values, descriptions, and warnings.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/schema` (serviceClickhouseSettingsSchemaGet)

        Args:
            service_id: ID of the service.
        """
        return await self._call(34, (self._org(organization_id), service_id))

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

        Args:
            service_id: ID of the service.
            setting_name: Name of the setting to retrieve.
        """
        return await self._call(35, (self._org(organization_id), service_id, setting_name))

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

        Args:
            service_id: ID of the service.
            setting_name: Name of the setting to reset.
        """
        return await self._call(36, (self._org(organization_id), service_id, setting_name))


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

        Args:
            service_id: ID of the service that owns the ClickPipe.
        """
        return await self._call(61, (self._org(organization_id), service_id))

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
        organization_id: Optional[Id] = None,
    ) -> ClickPipe:
        """Create ClickPipe

        Create a new ClickPipe.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickpipes` (clickPipeCreate)

        Args:
            service_id: ID of the service to create the ClickPipe for.
            name: Name of the ClickPipe.
            field_mappings: Field mappings of the ClickPipe. Note that all destination columns must be included in the mappings.
        """
        return await self._call(62, (self._org(organization_id), service_id), None, body_of({'name': name, 'source': source, 'destination': destination, 'field_mappings': field_mappings, 'scaling': scaling, 'settings': settings}))

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

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the requested ClickPipe.
        """
        return await self._call(63, (self._org(organization_id), service_id, clickpipe_id))

    async def update(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        source: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        destination: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        field_mappings: Union[Sequence[Union[ClickPipeFieldMapping, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        settings: Union[Optional[Union[ClickPipeSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipe:
        """Update ClickPipe

        Update the specified ClickPipe.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}` (clickPipeUpdate)

        Args:
            service_id: ID of the service to create the ClickPipe for.
            clickpipe_id: ID of the requested ClickPipe.
            name: Name of the ClickPipe.
            field_mappings: Field mappings of the ClickPipe. This will not update the table schema, only the ClickPipe configuration.
        """
        return await self._call(64, (self._org(organization_id), service_id, clickpipe_id), None, body_of({'name': name, 'source': source, 'destination': destination, 'field_mappings': field_mappings, 'settings': settings}))

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

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the ClickPipe to delete.
        """
        return await self._call(65, (self._org(organization_id), service_id, clickpipe_id))

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

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the ClickPipe to get settings for.
        """
        return await self._call(66, (self._org(organization_id), service_id, clickpipe_id))

    async def update_settings(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        streaming_max_insert_wait_ms: Union[Optional[int], NotGiven] = NOT_GIVEN,
        object_storage_concurrency: Union[Optional[int], NotGiven] = NOT_GIVEN,
        object_storage_polling_interval_ms: Union[Optional[int], NotGiven] = NOT_GIVEN,
        object_storage_max_insert_bytes: Union[Optional[int], NotGiven] = NOT_GIVEN,
        object_storage_max_file_count: Union[Optional[int], NotGiven] = NOT_GIVEN,
        clickhouse_max_threads: Union[Optional[int], NotGiven] = NOT_GIVEN,
        clickhouse_max_insert_threads: Union[Optional[int], NotGiven] = NOT_GIVEN,
        clickhouse_min_insert_block_size_bytes: Union[Optional[int], NotGiven] = NOT_GIVEN,
        clickhouse_max_download_threads: Union[Optional[int], NotGiven] = NOT_GIVEN,
        clickhouse_parallel_distributed_insert_select: Union[Optional[int], NotGiven] = NOT_GIVEN,
        object_storage_use_cluster_function: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        clickhouse_parallel_view_processing: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipeSettings:
        """Update ClickPipe settings

        Update the advanced settings for the specified ClickPipe. Send key-value pairs where values can be strings, numbers, or booleans.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/settings` (clickPipeSettingsUpdate)

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
            clickhouse_parallel_distributed_insert_select: Parallel distributed insert select. Parallel distributed insert select setting
            object_storage_use_cluster_function: use cluster function. Whether to use ClickHouse cluster function for distributed processing
            clickhouse_parallel_view_processing: parallel view processing. Whether to enable pushing to attached views concurrently instead of sequentially
        """
        return await self._call(67, (self._org(organization_id), service_id, clickpipe_id), None, body_of({'streaming_max_insert_wait_ms': streaming_max_insert_wait_ms, 'object_storage_concurrency': object_storage_concurrency, 'object_storage_polling_interval_ms': object_storage_polling_interval_ms, 'object_storage_max_insert_bytes': object_storage_max_insert_bytes, 'object_storage_max_file_count': object_storage_max_file_count, 'clickhouse_max_threads': clickhouse_max_threads, 'clickhouse_max_insert_threads': clickhouse_max_insert_threads, 'clickhouse_min_insert_block_size_bytes': clickhouse_min_insert_block_size_bytes, 'clickhouse_max_download_threads': clickhouse_max_download_threads, 'clickhouse_parallel_distributed_insert_select': clickhouse_parallel_distributed_insert_select, 'object_storage_use_cluster_function': object_storage_use_cluster_function, 'clickhouse_parallel_view_processing': clickhouse_parallel_view_processing}))

    async def discover_schema(
        self,
        service_id: Id,
        *,
        source: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipeSchemaDiscoveryResponse:
        """Discover ClickPipe source schema

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Infers the schema (field names and ClickHouse data types) of a streaming ClickPipe source without creating a pipe. Supported for Kafka, Kinesis sources.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/schemaDiscovery` (clickPipeSchemaDiscovery)

        Args:
            service_id: ID of the service to run schema discovery against.
        """
        return await self._call(68, (self._org(organization_id), service_id), None, body_of({'source': source}))

    async def update_scaling(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        replicas: Union[Optional[int], NotGiven] = NOT_GIVEN,
        concurrency: Union[Optional[int], NotGiven] = NOT_GIVEN,
        replica_cpu_millicores: Union[Optional[int], NotGiven] = NOT_GIVEN,
        replica_memory_gb: Union[Optional[float], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipe:
        """Update ClickPipe scaling

        Change scaling settings for the specified ClickPipe. This endpoint supports Kafka, Kinesis, and object storage pipes (S3, GCS, Azure Blob).

        **Note:** For database ClickPipes (PostgreSQL, MySQL, MongoDB, BigQuery), use the [Update CDC ClickPipes scaling](#tag/ClickPipes/operation/clickPipeCdcScalingUpdate) endpoint instead.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/scaling` (clickPipeScalingUpdate)

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the ClickPipe to update scaling settings.
            replicas: Number of replicas to scale to. Use to scale Kafka pipes.
            concurrency: Number of concurrency to scale to. Use to scale S3 pipes.
            replica_cpu_millicores: CPU in millicores for each replica. Use to scale streaming pipes.
            replica_memory_gb: Memory in GB for each replica. Use to scale streaming pipes.
        """
        return await self._call(69, (self._org(organization_id), service_id, clickpipe_id), None, body_of({'replicas': replicas, 'concurrency': concurrency, 'replica_cpu_millicores': replica_cpu_millicores, 'replica_memory_gb': replica_memory_gb}))

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

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the ClickPipe to update state.
            command: Command to change the state: 'start', 'stop', 'resync'.
        """
        return await self._call(70, (self._org(organization_id), service_id, clickpipe_id), None, body_of({'command': command}))

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

        Args:
            service_id: ID of the service that owns the ClickPipe.
        """
        return await self._call(71, (self._org(organization_id), service_id))

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

        Args:
            service_id: ID of the service that owns the ClickPipe.
            replica_cpu_millicores: CPU in millicores for DB ClickPipes.
            replica_memory_gb: Memory in GiB for DB ClickPipes. Must be 4× the CPU core count.
        """
        return await self._call(72, (self._org(organization_id), service_id), None, body_of({'replica_cpu_millicores': replica_cpu_millicores, 'replica_memory_gb': replica_memory_gb}))


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
        """
        return await self._call(54, (self._org(organization_id),))

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

        Args:
            email: Email of the invited user. Only a user with this email can join using the invitation. The email is stored in a lowercase form.
            role: DEPRECATED. Use `assignedRoleIds` instead. Role to assign to the invited user in the organization.
            assigned_role_ids: List of role IDs to assign to the invited user when they accept the invitation
        """
        return await self._call(55, (self._org(organization_id),), None, body_of({'email': email, 'role': role, 'assigned_role_ids': assigned_role_ids}))

    async def get(
        self,
        invitation_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> Invitation:
        """Get invitation details

        Returns details for a single organization invitation.

        `GET /v1/organizations/{organizationId}/invitations/{invitationId}` (invitationGet)

        Args:
            invitation_id: ID of the requested organization.
        """
        return await self._call(56, (self._org(organization_id), invitation_id))

    async def delete(
        self,
        invitation_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete organization invitation

        Deletes a single organization invitation.

        `DELETE /v1/organizations/{organizationId}/invitations/{invitationId}` (invitationDelete)

        Args:
            invitation_id: ID of the requested organization.
        """
        return await self._call(57, (self._org(organization_id), invitation_id))


class AsyncKeysResource(AsyncResource):
    """`client.keys`: OpenAPI operations."""

    __slots__ = ()

    async def list(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[ApiKey]:
        """Get list of all keys

        Returns a list of all keys in the organization.

        `GET /v1/organizations/{organizationId}/keys` (openapiKeyGetList)
        """
        return await self._call(45, (self._org(organization_id),))

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

        Args:
            name: Name of the key.
            expire_at: Timestamp the key expires. If not present, `null` or is empty the key never expires. ISO-8601.
            state: Initial state of the key: 'enabled', 'disabled'. If not provided the new key will be 'enabled'.
            roles: DEPRECATED. Use `assignedRoleIds` instead. List of roles assigned to the key. Contains at least 1 element.
            assigned_role_ids: Array of role UUIDs to assign to the API key
            ip_access_list: List of IP addresses allowed to access the API using this key
        """
        return await self._call(46, (self._org(organization_id),), None, body_of({'name': name, 'expire_at': expire_at, 'state': state, 'hash_data': hash_data, 'roles': roles, 'assigned_role_ids': assigned_role_ids, 'ip_access_list': ip_access_list}))

    async def get(
        self,
        key_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ApiKey:
        """Get key details

        Returns a single key details.

        `GET /v1/organizations/{organizationId}/keys/{keyId}` (openapiKeyGet)

        Args:
            key_id: ID of the requested key.
        """
        return await self._call(47, (self._org(organization_id), key_id))

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

        Args:
            key_id: ID of the key to update.
            name: Name of the key
            roles: DEPRECATED. Use `assignedRoleIds` instead. List of roles assigned to the key.
            assigned_role_ids: Array of role UUIDs to assign to the API key
            expire_at: Timestamp the key expires. If `null` or is empty the key never expires. ISO-8601.
            state: State of the key: 'enabled', 'disabled'.
            ip_access_list: List of IP addresses allowed to access the API using this key
        """
        return await self._call(48, (self._org(organization_id), key_id), None, body_of({'name': name, 'roles': roles, 'assigned_role_ids': assigned_role_ids, 'expire_at': expire_at, 'state': state, 'ip_access_list': ip_access_list}))

    async def delete(
        self,
        key_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete key

        Deletes API key. Only a key not used to authenticate the active request can be deleted.

        `DELETE /v1/organizations/{organizationId}/keys/{keyId}` (openapiKeyDelete)

        Args:
            key_id: ID of the key to delete.
        """
        return await self._call(49, (self._org(organization_id), key_id))


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
        """
        return await self._call(50, (self._org(organization_id),))

    async def get(
        self,
        user_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> Member:
        """Get member details

        Returns a single organization member details.

        `GET /v1/organizations/{organizationId}/members/{userId}` (memberGet)

        Args:
            user_id: ID of the requested user.
        """
        return await self._call(51, (self._org(organization_id), user_id))

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

        Args:
            user_id: ID of the user to patch
            role: DEPRECATED. Use `assignedRoleIds` instead. Role of the member in the organization.
            assigned_role_ids: List of role IDs to assign to the member
        """
        return await self._call(52, (self._org(organization_id), user_id), None, body_of({'role': role, 'assigned_role_ids': assigned_role_ids}))

    async def delete(
        self,
        user_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Remove an organization member

        Removes a user from the organization

        `DELETE /v1/organizations/{organizationId}/members/{userId}` (memberDelete)

        Args:
            user_id: ID of the requested user.
        """
        return await self._call(53, (self._org(organization_id), user_id))


class AsyncOrganizationsResource(AsyncResource):
    """`client.organizations`: Organization operations."""

    __slots__ = ()

    async def list(
        self,
    ) -> ResultList[Organization]:
        """Get list of available organizations

        Returns a list with a single organization associated with the API key in the request.

        `GET /v1/organizations` (organizationGetList)
        """
        return await self._call(0, ())

    async def get(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> Organization:
        """Get organization details

        Returns details of a single organization. In order to get the details, the auth key must belong to the organization.

        `GET /v1/organizations/{organizationId}` (organizationGet)
        """
        return await self._call(1, (self._org(organization_id),))

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

        Args:
            name: Name of the organization.
            enable_core_dumps: Whether crash reports (core dumps) collection is enabled for services in the organization. When disabled at the organization level, individual services cannot enable crash reports.
        """
        return await self._call(2, (self._org(organization_id),), None, body_of({'name': name, 'private_endpoints': private_endpoints, 'enable_core_dumps': enable_core_dumps}))

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

        Args:
            cloud_provider: Cloud provider identifier. One of aws, gcp, or azure.
            region_id: Region identifier within specific cloud providers.
        """
        return await self._call(121, (self._org(organization_id),), {'cloud_provider': cloud_provider, 'region_id': region_id})


class AsyncPostgresResource(AsyncResource):
    """`client.postgres`: Postgres operations."""

    __slots__ = ()

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
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Create new Postgres service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Creates a new Postgres service in the organization and returns it. The service is started asynchronously.

        `POST /v1/organizations/{organizationId}/postgres` (postgresServiceCreate)
        """
        return await self._call(103, (self._org(organization_id),), None, body_of({'name': name, 'provider': provider, 'region': region, 'postgres_version': postgres_version, 'size': size, 'ha_type': ha_type, 'tags': tags, 'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config}))

    async def list(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[PostgresServiceListItem]:
        """List of organization Postgres services

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns a list of all Postgres services in the organization.

        `GET /v1/organizations/{organizationId}/postgres` (postgresServiceGetList)
        """
        return await self._call(104, (self._org(organization_id),))

    async def get(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Get PostgreSQL service details

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns a Postgres service that belongs to the organization

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}` (postgresServiceGet)

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(106, (self._org(organization_id), postgres_id))

    async def delete(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete a PostgreSQL service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Deletes a Postgres service that belongs to the organization

        `DELETE /v1/organizations/{organizationId}/postgres/{postgresId}` (postgresServiceDelete)

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(107, (self._org(organization_id), postgres_id))

    async def update(
        self,
        postgres_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        size: Union[str, NotGiven] = NOT_GIVEN,
        ha_type: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[Union[ResourceTagsV1, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Update a PostgreSQL service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Update a Postgres service that belongs to the organization. **WARNING:** Changing the name also updates the host name and certificates for the service.

        `PATCH /v1/organizations/{organizationId}/postgres/{postgresId}` (postgresServicePatch)

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(108, (self._org(organization_id), postgres_id), None, body_of({'name': name, 'size': size, 'ha_type': ha_type, 'tags': tags}))

    async def get_ca_certificates(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> str:
        """Get Postgres CA certs

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Download CA certificates for a PostgreSQL service

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/caCertificates` (postgresServiceCertsGet)

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(109, (self._org(organization_id), postgres_id))

    async def restore(
        self,
        postgres_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        restore_target: Union[DateTimeLike, NotGiven] = NOT_GIVEN,
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[Union[ResourceTagsV1, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Restore a Postgres service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Restore a Postgres database from continuous backup, optionally at a specific point in time.

        `POST /v1/organizations/{organizationId}/postgres/{postgresId}/restoredService` (postgresInstanceRestore)

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(110, (self._org(organization_id), postgres_id), None, body_of({'name': name, 'restore_target': restore_target, 'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config, 'tags': tags}))

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

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(111, (self._org(organization_id), postgres_id), None, body_of({'password': password}))

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

        Args:
            postgres_id: ID of the requested Postgres service.
            command: Postgres status, which initiates a process.
        """
        return await self._call(112, (self._org(organization_id), postgres_id), None, body_of({'command': command}))

    async def create_read_replica(
        self,
        postgres_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[Union[ResourceTagsV1, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Create a read replica for a Postgres service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Initiate the process to create a new read replica for a Postgres service.

        `POST /v1/organizations/{organizationId}/postgres/{postgresId}/readReplica` (postgresInstanceCreateReadReplica)

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(113, (self._org(organization_id), postgres_id), None, body_of({'name': name, 'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config, 'tags': tags}))

    async def get_config(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> PostgresInstanceConfig:
        """Get PostgreSQL service configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns the configuration data for a Postgres service and its PgBouncer service.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/config` (postgresInstanceConfigGet)

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(114, (self._org(organization_id), postgres_id))

    async def set_config(
        self,
        postgres_id: Id,
        *,
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresInstanceUpdateConfigResponse:
        """Replace Postgres service configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Replace the existing Postgres service and pgBouncer configuration.

        `POST /v1/organizations/{organizationId}/postgres/{postgresId}/config` (postgresInstanceConfigPost)

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(115, (self._org(organization_id), postgres_id), None, body_of({'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config}))

    async def update_config(
        self,
        postgres_id: Id,
        *,
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresInstanceUpdateConfigResponse:
        """Update Postgres service configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Update the existing Postgres service and pgBouncer configuration.

        `PATCH /v1/organizations/{organizationId}/postgres/{postgresId}/config` (postgresInstanceConfigPatch)

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(116, (self._org(organization_id), postgres_id), None, body_of({'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config}))

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

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns bucketed time-series metrics for a PostgreSQL service over the requested window (CPU, memory, disk, network, connections, cache hit ratio, throughput, transactions, and more). Use this to chart or analyze how a service behaved over time.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/metrics` (postgresInstanceMetricsGet)

        Args:
            postgres_id: ID of the Postgres service.
            from_date: Inclusive start of the time window (RFC 3339 date-time).
            to_date: Exclusive end of the time window (RFC 3339 date-time).
            bucket_size_seconds: Time-series bucket size in seconds. When omitted, a bucket size is derived from the requested window. Requests are capped at 250 data points.
        """
        return await self._call(118, (self._org(organization_id), postgres_id), {'from_date': from_date, 'to_date': to_date, 'bucket_size_seconds': bucket_size_seconds})


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

        Returns prometheus metrics for all services in an organization.

        `GET /v1/organizations/{organizationId}/prometheus` (organizationPrometheusGet)

        Args:
            filtered_metrics: Return a filtered list of Prometheus metrics.
        """
        return await self._call(3, (self._org(organization_id),), {'filtered_metrics': filtered_metrics})

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

        Args:
            service_id: ID of the requested service.
            filtered_metrics: Return a filtered list of Prometheus metrics.
        """
        return await self._call(25, (self._org(organization_id), service_id), {'filtered_metrics': filtered_metrics})

    async def get_postgres_organization_metrics(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> str:
        """Get organization PostgreSQL metrics

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns Prometheus metrics for all PostgreSQL services in an organization. Maximum 100 services supported.

        `GET /v1/organizations/{organizationId}/postgres/prometheus` (postgresOrgPrometheusGet)
        """
        return await self._call(105, (self._org(organization_id),))

    async def get_postgres_metrics(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> str:
        """Get PostgreSQL service metrics

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns Prometheus metrics for a PostgreSQL service.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/prometheus` (postgresInstancePrometheusGet)

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(117, (self._org(organization_id), postgres_id))


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

        Args:
            service_id: ID of the requested service.
        """
        return await self._call(17, (self._org(organization_id), service_id))

    async def delete(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete the service query endpoint for a given instance

        Removes the service query endpoint.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint` (instanceQueryEndpointDelete)

        Args:
            service_id: ID of the requested service.
        """
        return await self._call(18, (self._org(organization_id), service_id))

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

        Args:
            service_id: ID of the requested service.
            roles: The roles
            open_api_keys: The version of the service query endpoint
            allowed_origins: The allowed origins as comma separated list of domains
        """
        return await self._call(19, (self._org(organization_id), service_id), None, body_of({'roles': roles, 'open_api_keys': open_api_keys, 'allowed_origins': allowed_origins}))


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
        """
        return await self._call(9, (self._org(organization_id),))

    async def get(
        self,
        quota_code: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> OrganizationQuota:
        """Get organization quota details

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns a single organization quota identified by its quota code. Responds with a not found error when the quota code is unknown or the quota does not apply to the organization.

        `GET /v1/organizations/{organizationId}/quotas/{quotaCode}` (organizationQuotaGet)

        Args:
            quota_code: Code of the requested quota.
        """
        return await self._call(10, (self._org(organization_id), quota_code))


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
        """
        return await self._call(4, (self._org(organization_id),))

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

        Args:
            name: Name of the role
            actors: List of actor resource IDs to assign to this role (e.g., ["user/uuid", "apiKey/uuid"])
            policies: List of policies to create for this role
        """
        return await self._call(5, (self._org(organization_id),), None, body_of({'name': name, 'actors': actors, 'policies': policies}))

    async def get(
        self,
        role_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> RBACRole:
        """Get role details

        Returns details for a specific role.

        `GET /v1/organizations/{organizationId}/roles/{roleId}` (organizationRoleGet)

        Args:
            role_id: ID of the requested role.
        """
        return await self._call(6, (self._org(organization_id), role_id))

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

        Args:
            role_id: ID of the requested role.
            name: New name for the role
            actors: New list of actor resource IDs (replaces existing actors)
            policies: New list of policies (replaces existing policies)
        """
        return await self._call(7, (self._org(organization_id), role_id), None, body_of({'name': name, 'actors': actors, 'policies': policies}))

    async def delete(
        self,
        role_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete a role

        Deletes an existing custom role. System roles cannot be deleted. This operation will remove the role and all its associated policies.

        `DELETE /v1/organizations/{organizationId}/roles/{roleId}` (organizationRoleDelete)

        Args:
            role_id: ID of the requested role.
        """
        return await self._call(8, (self._org(organization_id), role_id))


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

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the autoscaling schedule for a service. Returns 404 if no schedule has been configured or if the schedule was cleared. Requires the scheduled autoscaling feature to be enabled for the organization.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule` (scalingScheduleGet)

        Args:
            service_id: ID of the service.
        """
        return await self._call(26, (self._org(organization_id), service_id))

    async def upsert(
        self,
        service_id: Id,
        *,
        entries: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ScalingSchedule:
        """Create or replace service autoscaling schedule

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Creates or fully replaces the autoscaling schedule for a service. Pass an empty `entries` array to clear the schedule — a subsequent GET will return 404, and the response will contain an empty `baseConfig` (all fields absent). The base scaling config (applied when no entry is active) is managed separately via the `replicaScaling` endpoint. Requires the scheduled autoscaling feature to be enabled for the organization.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule` (scalingScheduleUpsert)

        Args:
            service_id: ID of the service.
            entries: List of schedule entries. Pass an empty array to clear the schedule.
        """
        return await self._call(27, (self._org(organization_id), service_id), None, body_of({'entries': entries}))

    async def delete(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete service scheduled scaling

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Deletes the autoscaling schedule for a service. If a schedule entry is currently active, the base scaling config is restored to the instance before the schedule is removed. Returns 404 if no schedule exists. Requires the scheduled autoscaling feature to be enabled for the organization.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule` (scalingScheduleDelete)

        Args:
            service_id: ID of the service.
        """
        return await self._call(28, (self._org(organization_id), service_id))


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

        Args:
            filter: Filter criteria to apply when retrieving the resource. Currently, only filtering by resource tags is supported.
        """
        return await self._call(11, (self._org(organization_id),), {'filter': filter})

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
        encryption_key: Union[str, NotGiven] = NOT_GIVEN,
        encryption_assumed_role_identifier: Union[str, NotGiven] = NOT_GIVEN,
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

        Args:
            name: Name of the service. Alphanumerical string with whitespaces up to 50 characters.
            provider: Cloud provider
            region: Service region.
            tier: DEPRECATED for BASIC, SCALE and ENTERPRISE organization tiers. Use `minReplicaMemoryGb`, `maxReplicaMemoryGb`, and `numReplicas` instead. Tier of the service: 'development', 'production', 'dedicated_high_mem', 'dedicated_high_cpu', 'dedicated_standard', 'dedicated_standard_n2d_standard_4', 'dedicated_standard_n2d_standard_8', 'dedicated_standard_n2d_standard_32', 'dedicated_standard_n2d_standard_128', 'dedicated_standard_n2d_standard_32_16SSD', 'dedicated_standard_n2d_standard_64_24SSD'. Production services scale, Development are fixed size. Azure services don't support Development tier
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
            backup_id: Optional backup ID used as an initial state for the new service. When used the region and the tier of the new instance must be the same as the values of the original instance.
            encryption_key: Optional customer provided disk encryption key
            encryption_assumed_role_identifier: Optional role to use for disk encryption
            private_endpoint_ids: DEPRECATED. To associate the service with private endpoints, first create the service, then use the `Update Service Basic Details` endpoint with the `privateEndpointIds` field to modify private endpoints.
            private_preview_terms_checked: Accept the private preview terms and conditions. It is only needed when creating the first service in the organization in case of a private preview
            release_channel: Select fast if you want to get new ClickHouse releases as soon as they are available. You'll get new features faster, but with a higher risk of bugs. Select slow if you would like to defer releases to give yourself more time to test. This feature is only available for production services. default is the regular release channel.
            byoc_id: This is the ID returned after setting up a region for Bring Your Own Cloud (BYOC). When the byocId parameter is specified, the minReplicaMemoryGb and the maxReplicaGb parameters are required too, with values included among the following sizes: 48, 116, 172, 232.
            has_transparent_data_encryption: True if the service should have the Transparent Data Encryption (TDE) enabled. TDE is only available for ENTERPRISE organizations tiers and can only be enabled at service creation.
            endpoints: List of service endpoints to enable or disable
            profile: Custom instance profile. Only available for ENTERPRISE organization tiers.
            compliance_type: Type of regulatory compliance for service.
            tags: Tags associated with the service.
            enable_core_dumps: Enables the underlying infra for collecting core dumps. Default is enabled.
        """
        return await self._call(12, (self._org(organization_id),), None, body_of({'name': name, 'provider': provider, 'region': region, 'tier': tier, 'ip_access_list': ip_access_list, 'min_total_memory_gb': min_total_memory_gb, 'max_total_memory_gb': max_total_memory_gb, 'autoscaling_mode': autoscaling_mode, 'min_replica_memory_gb': min_replica_memory_gb, 'max_replica_memory_gb': max_replica_memory_gb, 'num_replicas': num_replicas, 'min_replicas': min_replicas, 'max_replicas': max_replicas, 'idle_scaling': idle_scaling, 'idle_timeout_minutes': idle_timeout_minutes, 'is_readonly': is_readonly, 'data_warehouse_id': data_warehouse_id, 'backup_id': backup_id, 'encryption_key': encryption_key, 'encryption_assumed_role_identifier': encryption_assumed_role_identifier, 'private_endpoint_ids': private_endpoint_ids, 'private_preview_terms_checked': private_preview_terms_checked, 'release_channel': release_channel, 'byoc_id': byoc_id, 'has_transparent_data_encryption': has_transparent_data_encryption, 'endpoints': endpoints, 'profile': profile, 'compliance_type': compliance_type, 'tags': tags, 'enable_core_dumps': enable_core_dumps}))

    async def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> Service:
        """Get service details

        Returns a service that belongs to the organization

        `GET /v1/organizations/{organizationId}/services/{serviceId}` (instanceGet)

        Args:
            service_id: ID of the requested service.
        """
        return await self._call(13, (self._org(organization_id), service_id))

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

        Args:
            service_id: ID of the service to update.
            name: Name of the service. Alphanumerical string with whitespaces up to 50 characters.
            release_channel: Select fast if you want to get new ClickHouse releases as soon as they are available. You'll get new features faster, but with a higher risk of bugs. Select slow if you would like to defer releases to give yourself more time to test. This feature is only available for production services. default is the regular release channel.
            endpoints: List of service endpoints to change
            transparent_data_encryption_key_id: The id of the key to rotate
            enable_core_dumps: If true, the underlying infra is enabled for collecting core dumps.
        """
        return await self._call(14, (self._org(organization_id), service_id), None, body_of({'name': name, 'ip_access_list': ip_access_list, 'private_endpoint_ids': private_endpoint_ids, 'release_channel': release_channel, 'endpoints': endpoints, 'transparent_data_encryption_key_id': transparent_data_encryption_key_id, 'tags': tags, 'enable_core_dumps': enable_core_dumps}))

    async def delete(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete service

        Deletes the service. The service must be in stopped state and is deleted asynchronously after this method call.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}` (instanceDelete)

        Args:
            service_id: ID of the service to delete.
        """
        return await self._call(15, (self._org(organization_id), service_id))

    async def get_private_endpoint_config(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> PrivateEndpointConfig:
        """Get private endpoint configuration

        Information required to set up a private endpoint

        `GET /v1/organizations/{organizationId}/services/{serviceId}/privateEndpointConfig` (instancePrivateEndpointConfigGet)

        Args:
            service_id: ID of the requested service.
        """
        return await self._call(16, (self._org(organization_id), service_id))

    async def update_state(
        self,
        service_id: Id,
        *,
        command: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Service:
        """Update service state

        Starts or stop service

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/state` (instanceStateUpdate)

        Args:
            service_id: ID of the service to update state.
            command: Command to change the state: 'start', 'stop', 'awake'.
        """
        return await self._call(20, (self._org(organization_id), service_id), None, body_of({'command': command}))

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

        Args:
            service_id: ID of the service to update scaling parameters.
            min_total_memory_gb: DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `minReplicaMemoryGb` instead. Minimum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and greater than or equal to 24. Always absent for horizontal-autoscaling services (replica count is variable).
            max_total_memory_gb: DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `maxReplicaMemoryGb` instead. Maximum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and lower than or equal to 360 for non paid services or 1068 for paid services. Always absent for horizontal-autoscaling services (replica count is variable).
            num_replicas: Number of replicas for the service. The number of replicas must be between 2 and 20 for the first service in a warehouse. Services that are created in an existing warehouse can have a number of replicas as low as 1. Further restrictions may apply based on your organization's tier. It defaults to 1 for the BASIC tier and 3 for the SCALE and ENTERPRISE tiers.
            idle_scaling: When set to true the service is allowed to scale down to zero when idle. True by default.
            idle_timeout_minutes: Set minimum idling timeout (in minutes). Must be >= 5 minutes.
        """
        return await self._call(21, (self._org(organization_id), service_id), None, body_of({'min_total_memory_gb': min_total_memory_gb, 'max_total_memory_gb': max_total_memory_gb, 'num_replicas': num_replicas, 'idle_scaling': idle_scaling, 'idle_timeout_minutes': idle_timeout_minutes}))

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
        return await self._call(22, (self._org(organization_id), service_id), None, body_of({'min_replica_memory_gb': min_replica_memory_gb, 'max_replica_memory_gb': max_replica_memory_gb, 'autoscaling_mode': autoscaling_mode, 'num_replicas': num_replicas, 'min_replicas': min_replicas, 'max_replicas': max_replicas, 'idle_scaling': idle_scaling, 'idle_timeout_minutes': idle_timeout_minutes}))

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

        Args:
            service_id: ID of the service to update password.
            new_password_hash: Optional password hash. Used to avoid password transmission over network. If not provided a new password is generated and is provided in the response. Otherwise this hash is used. Algorithm: echo -n "yourpassword" | sha256sum | tr -d '-' | xxd -r -p | base64
            new_double_sha1_hash: Optional double SHA1 password hash for MySQL protocol. If newPasswordHash is not provided this key will be ignored and the generated password will be used. Algorithm: echo -n "yourpassword" | sha1sum | tr -d '-' | xxd -r -p | sha1sum | tr -d '-'
        """
        return await self._call(23, (self._org(organization_id), service_id), None, body_of({'new_password_hash': new_password_hash, 'new_double_sha1_hash': new_double_sha1_hash}))

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

        Args:
            service_id: ID of the requested service.
            id: Private endpoint identifier
            description: Description of private endpoint
        """
        return await self._call(24, (self._org(organization_id), service_id), None, body_of({'id': id, 'description': description}))


class AsyncUdfsResource(AsyncResource):
    """`client.udfs`: UDF operations."""

    __slots__ = ()

    @property
    def attachments(self) -> AsyncUdfsAttachmentsResource:
        return AsyncUdfsAttachmentsResource(self._client)

    @property
    def versions(self) -> AsyncUdfsVersionsResource:
        return AsyncUdfsVersionsResource(self._client)

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
        send_chunk_header: Union[bool, NotGiven] = NOT_GIVEN,
        format: Union[str, NotGiven] = NOT_GIVEN,
        sandbox_type: Union[str, NotGiven] = NOT_GIVEN,
        sandbox_version: Union[str, NotGiven] = NOT_GIVEN,
        type: Union[str, NotGiven] = NOT_GIVEN,
        pool_size: Union[Any, NotGiven] = NOT_GIVEN,
        max_command_execution_time: Union[Optional[int], NotGiven] = NOT_GIVEN,
        function_name: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Udf:
        """Create UDF

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Creates a new UDF. See [User-defined functions in Cloud](https://clickhouse.com/docs/products/cloud/features/sql-console-features/user-defined-functions).

        `POST /v1/organizations/{organizationId}/udfs` (udfCreate)

        Args:
            upload_id: Identifier of the uploaded source archive.
        """
        return await self._call(134, (self._org(organization_id),), None, body_of({'upload_id': upload_id, 'runtime': runtime, 'arguments': arguments, 'return_type': return_type, 'return_name': return_name, 'command_read_timeout': command_read_timeout, 'command_write_timeout': command_write_timeout, 'send_chunk_header': send_chunk_header, 'format': format, 'sandbox_type': sandbox_type, 'sandbox_version': sandbox_version, 'type': type, 'pool_size': pool_size, 'max_command_execution_time': max_command_execution_time, 'function_name': function_name}))

    def list(
        self,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncIterator[Udf]:
        """List UDFs

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the latest version of each UDF in the organization.

        `GET /v1/organizations/{organizationId}/udfs` (udfList)

        Args:
            limit: Maximum number of records to return per page. Defaults to 100. Maximum is 100.
        """
        return self._pages(135, (self._org(organization_id),), {'limit': limit})

    async def delete(
        self,
        function_name: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete UDF

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Deletes every version of a UDF and detaches it from all services. Removal from services completes asynchronously.

        `DELETE /v1/organizations/{organizationId}/udfs/{functionName}` (udfDelete)

        Args:
            function_name: Name of the UDF.
        """
        return await self._call(136, (self._org(organization_id), function_name))

    async def get(
        self,
        function_name: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> Udf:
        """Get UDF

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the latest version of a UDF.

        `GET /v1/organizations/{organizationId}/udfs/{functionName}` (udfGet)

        Args:
            function_name: Name of the UDF.
        """
        return await self._call(137, (self._org(organization_id), function_name))

    async def create_upload_session(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> UdfUploadSession:
        """Create UDF upload URL

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Creates an org-scoped presigned application/zip upload URL. Callers must use an upload ID for only one create or version attempt and request a new upload URL when retrying.

        `POST /v1/organizations/{organizationId}/udfUploads/url` (udfUploadSessionCreate)
        """
        return await self._call(138, (self._org(organization_id),))


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

        Args:
            service_id: ID of the service.
        """
        return await self._call(29, (self._org(organization_id), service_id))

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

        Args:
            service_id: ID of the service.
            weekday: Day of the week the upgrade window starts. 0 = Sunday, 1 = Monday, …, 6 = Saturday.
            start_hour_utc: UTC hour when the upgrade window starts. Must be one of 0, 6, 12, or 18. The upgrade window currently lasts 6 hours from this start time.
        """
        return await self._call(30, (self._org(organization_id), service_id), None, body_of({'weekday': weekday, 'start_hour_utc': start_hour_utc}))

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

        Args:
            service_id: ID of the service.
        """
        return await self._call(31, (self._org(organization_id), service_id))


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

        Args:
            from_date: Start date for the report, e.g. 2024-12-19.
            to_date: End date (inclusive) for the report, e.g. 2024-12-20. This date cannot be more than 30 days after from_date (for a maximum queried period of 31 days).
            filter: Filter criteria to apply when retrieving the usage cost report. Currently, only filtering by resource tags is supported.
        """
        return await self._call(60, (self._org(organization_id),), {'from_date': from_date, 'to_date': to_date, 'filter': filter})


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
    def organizations(self) -> AsyncOrganizationsResource:
        return AsyncOrganizationsResource(self)

    @property
    def postgres(self) -> AsyncPostgresResource:
        return AsyncPostgresResource(self)

    @property
    def prometheus(self) -> AsyncPrometheusResource:
        return AsyncPrometheusResource(self)

    @property
    def query_endpoints(self) -> AsyncQueryEndpointsResource:
        return AsyncQueryEndpointsResource(self)

    @property
    def quotas(self) -> AsyncQuotasResource:
        return AsyncQuotasResource(self)

    @property
    def roles(self) -> AsyncRolesResource:
        return AsyncRolesResource(self)

    @property
    def scaling_schedules(self) -> AsyncScalingSchedulesResource:
        return AsyncScalingSchedulesResource(self)

    @property
    def services(self) -> AsyncServicesResource:
        return AsyncServicesResource(self)

    @property
    def udfs(self) -> AsyncUdfsResource:
        return AsyncUdfsResource(self)

    @property
    def upgrade_windows(self) -> AsyncUpgradeWindowsResource:
        return AsyncUpgradeWindowsResource(self)

    @property
    def usage_cost(self) -> AsyncUsageCostResource:
        return AsyncUsageCostResource(self)
