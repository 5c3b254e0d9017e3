# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""The API's operations as resource namespaces of `Client` and `AsyncClient`: one
method per operation of the spec, in both; one module per top-level namespace,
imported when the namespace is first used.

generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""

# mypy: disable-error-code="no-any-return"
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .._resource import Operation

if TYPE_CHECKING:
    from .activities import ActivitiesResource, AsyncActivitiesResource
    from .backup_bucket import AsyncBackupBucketResource, BackupBucketResource
    from .backup_configuration import AsyncBackupConfigurationResource, BackupConfigurationResource
    from .backups import AsyncBackupsResource, BackupsResource
    from .balances import AsyncBalancesResource, BalancesResource
    from .byoc_infrastructure import AsyncByocInfrastructureResource, ByocInfrastructureResource
    from .clickhouse_settings import AsyncClickhouseSettingsResource, ClickhouseSettingsResource
    from .clickpipes import AsyncClickpipesResource, ClickpipesResource
    from .clickstack import AsyncClickstackResource, ClickstackResource
    from .invitations import AsyncInvitationsResource, InvitationsResource
    from .keys import AsyncKeysResource, KeysResource
    from .members import AsyncMembersResource, MembersResource
    from .notifications import AsyncNotificationsResource, NotificationsResource
    from .organizations import AsyncOrganizationsResource, OrganizationsResource
    from .postgres import AsyncPostgresResource, PostgresResource
    from .prometheus import AsyncPrometheusResource, PrometheusResource
    from .query_api_endpoints import AsyncQueryApiEndpointsResource, QueryApiEndpointsResource
    from .query_endpoints import AsyncQueryEndpointsResource, QueryEndpointsResource
    from .quotas import AsyncQuotasResource, QuotasResource
    from .replica_aware_routing import AsyncReplicaAwareRoutingResource, ReplicaAwareRoutingResource
    from .roles import AsyncRolesResource, RolesResource
    from .saved_queries import AsyncSavedQueriesResource, SavedQueriesResource
    from .scaling_schedules import AsyncScalingSchedulesResource, ScalingSchedulesResource
    from .service_profiles import AsyncServiceProfilesResource, ServiceProfilesResource
    from .services import AsyncServicesResource, ServicesResource
    from .snapshot_configuration import AsyncSnapshotConfigurationResource, SnapshotConfigurationResource
    from .snapshots import AsyncSnapshotsResource, SnapshotsResource
    from .udfs import AsyncUdfsResource, UdfsResource
    from .upgrade_windows import AsyncUpgradeWindowsResource, UpgradeWindowsResource
    from .usage_cost import AsyncUsageCostResource, UsageCostResource

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

# Each resource class, by name: the module that defines it.
_CLASSES = {
    'ActivitiesResource': 'activities',
    'AsyncActivitiesResource': 'activities',
    'BackupBucketResource': 'backup_bucket',
    'AsyncBackupBucketResource': 'backup_bucket',
    'BackupConfigurationResource': 'backup_configuration',
    'AsyncBackupConfigurationResource': 'backup_configuration',
    'BackupsResource': 'backups',
    'AsyncBackupsResource': 'backups',
    'BalancesResource': 'balances',
    'AsyncBalancesResource': 'balances',
    'ByocInfrastructureResource': 'byoc_infrastructure',
    'AsyncByocInfrastructureResource': 'byoc_infrastructure',
    'ClickhouseSettingsResource': 'clickhouse_settings',
    'AsyncClickhouseSettingsResource': 'clickhouse_settings',
    'ClickpipesResource': 'clickpipes',
    'AsyncClickpipesResource': 'clickpipes',
    'ClickpipesReversePrivateEndpointsResource': 'clickpipes',
    'AsyncClickpipesReversePrivateEndpointsResource': 'clickpipes',
    'ClickstackResource': 'clickstack',
    'AsyncClickstackResource': 'clickstack',
    'ClickstackAlertsResource': 'clickstack',
    'AsyncClickstackAlertsResource': 'clickstack',
    'ClickstackDashboardsResource': 'clickstack',
    'AsyncClickstackDashboardsResource': 'clickstack',
    'ClickstackRolesResource': 'clickstack',
    'AsyncClickstackRolesResource': 'clickstack',
    'ClickstackSavedSearchesResource': 'clickstack',
    'AsyncClickstackSavedSearchesResource': 'clickstack',
    'ClickstackSourcesResource': 'clickstack',
    'AsyncClickstackSourcesResource': 'clickstack',
    'ClickstackWebhooksResource': 'clickstack',
    'AsyncClickstackWebhooksResource': 'clickstack',
    'InvitationsResource': 'invitations',
    'AsyncInvitationsResource': 'invitations',
    'KeysResource': 'keys',
    'AsyncKeysResource': 'keys',
    'MembersResource': 'members',
    'AsyncMembersResource': 'members',
    'NotificationsResource': 'notifications',
    'AsyncNotificationsResource': 'notifications',
    'OrganizationsResource': 'organizations',
    'AsyncOrganizationsResource': 'organizations',
    'PostgresResource': 'postgres',
    'AsyncPostgresResource': 'postgres',
    'PostgresBackupsResource': 'postgres',
    'AsyncPostgresBackupsResource': 'postgres',
    'PostgresLogsResource': 'postgres',
    'AsyncPostgresLogsResource': 'postgres',
    'PostgresSlowQueryPatternsResource': 'postgres',
    'AsyncPostgresSlowQueryPatternsResource': 'postgres',
    'PrometheusResource': 'prometheus',
    'AsyncPrometheusResource': 'prometheus',
    'QueryApiEndpointsResource': 'query_api_endpoints',
    'AsyncQueryApiEndpointsResource': 'query_api_endpoints',
    'QueryEndpointsResource': 'query_endpoints',
    'AsyncQueryEndpointsResource': 'query_endpoints',
    'QuotasResource': 'quotas',
    'AsyncQuotasResource': 'quotas',
    'ReplicaAwareRoutingResource': 'replica_aware_routing',
    'AsyncReplicaAwareRoutingResource': 'replica_aware_routing',
    'RolesResource': 'roles',
    'AsyncRolesResource': 'roles',
    'SavedQueriesResource': 'saved_queries',
    'AsyncSavedQueriesResource': 'saved_queries',
    'ScalingSchedulesResource': 'scaling_schedules',
    'AsyncScalingSchedulesResource': 'scaling_schedules',
    'ServiceProfilesResource': 'service_profiles',
    'AsyncServiceProfilesResource': 'service_profiles',
    'ServicesResource': 'services',
    'AsyncServicesResource': 'services',
    'SnapshotConfigurationResource': 'snapshot_configuration',
    'AsyncSnapshotConfigurationResource': 'snapshot_configuration',
    'SnapshotsResource': 'snapshots',
    'AsyncSnapshotsResource': 'snapshots',
    'UdfsResource': 'udfs',
    'AsyncUdfsResource': 'udfs',
    'UdfsAttachmentsResource': 'udfs',
    'AsyncUdfsAttachmentsResource': 'udfs',
    'UdfsVersionsResource': 'udfs',
    'AsyncUdfsVersionsResource': 'udfs',
    'UpgradeWindowsResource': 'upgrade_windows',
    'AsyncUpgradeWindowsResource': 'upgrade_windows',
    'UsageCostResource': 'usage_cost',
    'AsyncUsageCostResource': 'usage_cost',
}
_LOADED: dict[str, Any] = {}


def resource_class(name: str) -> Any:
    """A resource class by name (`BackupsResource`), its module imported on first use."""
    cls = _LOADED.get(name)
    if cls is None:
        module = importlib.import_module(f"{__name__}.{_CLASSES[name]}")
        cls = _LOADED[name] = getattr(module, name)
    return cls


class Namespaces:
    """The resource namespaces of a `Client`."""

    __slots__ = ()

    @property
    def activities(self) -> ActivitiesResource:
        return resource_class("ActivitiesResource")(self)

    @property
    def backup_bucket(self) -> BackupBucketResource:
        return resource_class("BackupBucketResource")(self)

    @property
    def backup_configuration(self) -> BackupConfigurationResource:
        return resource_class("BackupConfigurationResource")(self)

    @property
    def backups(self) -> BackupsResource:
        return resource_class("BackupsResource")(self)

    @property
    def balances(self) -> BalancesResource:
        return resource_class("BalancesResource")(self)

    @property
    def byoc_infrastructure(self) -> ByocInfrastructureResource:
        return resource_class("ByocInfrastructureResource")(self)

    @property
    def clickhouse_settings(self) -> ClickhouseSettingsResource:
        return resource_class("ClickhouseSettingsResource")(self)

    @property
    def clickpipes(self) -> ClickpipesResource:
        return resource_class("ClickpipesResource")(self)

    @property
    def clickstack(self) -> ClickstackResource:
        return resource_class("ClickstackResource")(self)

    @property
    def invitations(self) -> InvitationsResource:
        return resource_class("InvitationsResource")(self)

    @property
    def keys(self) -> KeysResource:
        return resource_class("KeysResource")(self)

    @property
    def members(self) -> MembersResource:
        return resource_class("MembersResource")(self)

    @property
    def notifications(self) -> NotificationsResource:
        return resource_class("NotificationsResource")(self)

    @property
    def organizations(self) -> OrganizationsResource:
        return resource_class("OrganizationsResource")(self)

    @property
    def postgres(self) -> PostgresResource:
        return resource_class("PostgresResource")(self)

    @property
    def prometheus(self) -> PrometheusResource:
        return resource_class("PrometheusResource")(self)

    @property
    def query_api_endpoints(self) -> QueryApiEndpointsResource:
        return resource_class("QueryApiEndpointsResource")(self)

    @property
    def query_endpoints(self) -> QueryEndpointsResource:
        return resource_class("QueryEndpointsResource")(self)

    @property
    def quotas(self) -> QuotasResource:
        return resource_class("QuotasResource")(self)

    @property
    def replica_aware_routing(self) -> ReplicaAwareRoutingResource:
        return resource_class("ReplicaAwareRoutingResource")(self)

    @property
    def roles(self) -> RolesResource:
        return resource_class("RolesResource")(self)

    @property
    def saved_queries(self) -> SavedQueriesResource:
        return resource_class("SavedQueriesResource")(self)

    @property
    def scaling_schedules(self) -> ScalingSchedulesResource:
        return resource_class("ScalingSchedulesResource")(self)

    @property
    def service_profiles(self) -> ServiceProfilesResource:
        return resource_class("ServiceProfilesResource")(self)

    @property
    def services(self) -> ServicesResource:
        return resource_class("ServicesResource")(self)

    @property
    def snapshot_configuration(self) -> SnapshotConfigurationResource:
        return resource_class("SnapshotConfigurationResource")(self)

    @property
    def snapshots(self) -> SnapshotsResource:
        return resource_class("SnapshotsResource")(self)

    @property
    def udfs(self) -> UdfsResource:
        return resource_class("UdfsResource")(self)

    @property
    def upgrade_windows(self) -> UpgradeWindowsResource:
        return resource_class("UpgradeWindowsResource")(self)

    @property
    def usage_cost(self) -> UsageCostResource:
        return resource_class("UsageCostResource")(self)


class AsyncNamespaces:
    """The resource namespaces of an `AsyncClient`."""

    __slots__ = ()

    @property
    def activities(self) -> AsyncActivitiesResource:
        return resource_class("AsyncActivitiesResource")(self)

    @property
    def backup_bucket(self) -> AsyncBackupBucketResource:
        return resource_class("AsyncBackupBucketResource")(self)

    @property
    def backup_configuration(self) -> AsyncBackupConfigurationResource:
        return resource_class("AsyncBackupConfigurationResource")(self)

    @property
    def backups(self) -> AsyncBackupsResource:
        return resource_class("AsyncBackupsResource")(self)

    @property
    def balances(self) -> AsyncBalancesResource:
        return resource_class("AsyncBalancesResource")(self)

    @property
    def byoc_infrastructure(self) -> AsyncByocInfrastructureResource:
        return resource_class("AsyncByocInfrastructureResource")(self)

    @property
    def clickhouse_settings(self) -> AsyncClickhouseSettingsResource:
        return resource_class("AsyncClickhouseSettingsResource")(self)

    @property
    def clickpipes(self) -> AsyncClickpipesResource:
        return resource_class("AsyncClickpipesResource")(self)

    @property
    def clickstack(self) -> AsyncClickstackResource:
        return resource_class("AsyncClickstackResource")(self)

    @property
    def invitations(self) -> AsyncInvitationsResource:
        return resource_class("AsyncInvitationsResource")(self)

    @property
    def keys(self) -> AsyncKeysResource:
        return resource_class("AsyncKeysResource")(self)

    @property
    def members(self) -> AsyncMembersResource:
        return resource_class("AsyncMembersResource")(self)

    @property
    def notifications(self) -> AsyncNotificationsResource:
        return resource_class("AsyncNotificationsResource")(self)

    @property
    def organizations(self) -> AsyncOrganizationsResource:
        return resource_class("AsyncOrganizationsResource")(self)

    @property
    def postgres(self) -> AsyncPostgresResource:
        return resource_class("AsyncPostgresResource")(self)

    @property
    def prometheus(self) -> AsyncPrometheusResource:
        return resource_class("AsyncPrometheusResource")(self)

    @property
    def query_api_endpoints(self) -> AsyncQueryApiEndpointsResource:
        return resource_class("AsyncQueryApiEndpointsResource")(self)

    @property
    def query_endpoints(self) -> AsyncQueryEndpointsResource:
        return resource_class("AsyncQueryEndpointsResource")(self)

    @property
    def quotas(self) -> AsyncQuotasResource:
        return resource_class("AsyncQuotasResource")(self)

    @property
    def replica_aware_routing(self) -> AsyncReplicaAwareRoutingResource:
        return resource_class("AsyncReplicaAwareRoutingResource")(self)

    @property
    def roles(self) -> AsyncRolesResource:
        return resource_class("AsyncRolesResource")(self)

    @property
    def saved_queries(self) -> AsyncSavedQueriesResource:
        return resource_class("AsyncSavedQueriesResource")(self)

    @property
    def scaling_schedules(self) -> AsyncScalingSchedulesResource:
        return resource_class("AsyncScalingSchedulesResource")(self)

    @property
    def service_profiles(self) -> AsyncServiceProfilesResource:
        return resource_class("AsyncServiceProfilesResource")(self)

    @property
    def services(self) -> AsyncServicesResource:
        return resource_class("AsyncServicesResource")(self)

    @property
    def snapshot_configuration(self) -> AsyncSnapshotConfigurationResource:
        return resource_class("AsyncSnapshotConfigurationResource")(self)

    @property
    def snapshots(self) -> AsyncSnapshotsResource:
        return resource_class("AsyncSnapshotsResource")(self)

    @property
    def udfs(self) -> AsyncUdfsResource:
        return resource_class("AsyncUdfsResource")(self)

    @property
    def upgrade_windows(self) -> AsyncUpgradeWindowsResource:
        return resource_class("AsyncUpgradeWindowsResource")(self)

    @property
    def usage_cost(self) -> AsyncUsageCostResource:
        return resource_class("AsyncUsageCostResource")(self)
