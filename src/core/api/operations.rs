// generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
//! Every operation of the spec as data, over the one executor (`Client::call`): its
//! method, path, parameters, body and answer; how its body is checked and its
//! answer parsed.
//! generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.

#![allow(clippy::all)]

use reqwest::Method;
use serde_json::Value;

use super::{models, requests};
use crate::core::checks;
use crate::core::client::{parse_bare, parse_result_with_id};
use crate::core::error::Error;
use crate::core::operation::{Answer, Location, Operation, Param, ParamKind, Paging, Shape};
use crate::core::transport::RawResponse;

/// The sha256 of the spec this table was generated from.
pub const SPEC_SHA256: &str = "3475dcdba5e9717bdcbea7c6798711c4ed98ad195219a994ca92b00ccd92c5a8";

/// Each operation's index in [`OPERATIONS`].
pub mod id {
    /// `GET /v1/whoami`
    pub const WHOAMI_GET: usize = 0;
    /// `GET /v1/organizations`
    pub const ORGANIZATION_GET_LIST: usize = 1;
    /// `GET /v1/organizations/{organizationId}`
    pub const ORGANIZATION_GET: usize = 2;
    /// `PATCH /v1/organizations/{organizationId}`
    pub const ORGANIZATION_UPDATE: usize = 3;
    /// `GET /v1/organizations/{organizationId}/prometheus`
    pub const ORGANIZATION_PROMETHEUS_GET: usize = 4;
    /// `GET /v1/organizations/{organizationId}/prometheus/discovery`
    pub const ORGANIZATION_PROMETHEUS_DISCOVERY_GET: usize = 5;
    /// `GET /v1/organizations/{organizationId}/roles`
    pub const ORGANIZATION_ROLES_GET_LIST: usize = 6;
    /// `POST /v1/organizations/{organizationId}/roles`
    pub const ORGANIZATION_ROLE_POST: usize = 7;
    /// `GET /v1/organizations/{organizationId}/roles/{roleId}`
    pub const ORGANIZATION_ROLE_GET: usize = 8;
    /// `PATCH /v1/organizations/{organizationId}/roles/{roleId}`
    pub const ORGANIZATION_ROLE_PATCH: usize = 9;
    /// `DELETE /v1/organizations/{organizationId}/roles/{roleId}`
    pub const ORGANIZATION_ROLE_DELETE: usize = 10;
    /// `GET /v1/organizations/{organizationId}/quotas`
    pub const ORGANIZATION_QUOTAS_GET_LIST: usize = 11;
    /// `GET /v1/organizations/{organizationId}/quotas/{quotaCode}`
    pub const ORGANIZATION_QUOTA_GET: usize = 12;
    /// `GET /v1/organizations/{organizationId}/serviceProfiles`
    pub const SERVICE_PROFILES_LIST: usize = 13;
    /// `GET /v1/organizations/{organizationId}/services`
    pub const INSTANCE_GET_LIST: usize = 14;
    /// `POST /v1/organizations/{organizationId}/services`
    pub const INSTANCE_CREATE: usize = 15;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}`
    pub const INSTANCE_GET: usize = 16;
    /// `PATCH /v1/organizations/{organizationId}/services/{serviceId}`
    pub const INSTANCE_UPDATE: usize = 17;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}`
    pub const INSTANCE_DELETE: usize = 18;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/privateEndpointConfig`
    pub const INSTANCE_PRIVATE_ENDPOINT_CONFIG_GET: usize = 19;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint`
    pub const INSTANCE_QUERY_ENDPOINT_GET: usize = 20;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint`
    pub const INSTANCE_QUERY_ENDPOINT_DELETE: usize = 21;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint`
    pub const INSTANCE_QUERY_ENDPOINT_UPSERT: usize = 22;
    /// `PATCH /v1/organizations/{organizationId}/services/{serviceId}/state`
    pub const INSTANCE_STATE_UPDATE: usize = 23;
    /// `PATCH /v1/organizations/{organizationId}/services/{serviceId}/scaling`
    pub const INSTANCE_SCALING_UPDATE: usize = 24;
    /// `PATCH /v1/organizations/{organizationId}/services/{serviceId}/replicaScaling`
    pub const INSTANCE_REPLICA_SCALING_UPDATE: usize = 25;
    /// `PATCH /v1/organizations/{organizationId}/services/{serviceId}/password`
    pub const INSTANCE_PASSWORD_UPDATE: usize = 26;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/privateEndpoint`
    pub const INSTANCE_PRIVATE_ENDPOINT_CREATE: usize = 27;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/prometheus`
    pub const INSTANCE_PROMETHEUS_GET: usize = 28;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule`
    pub const SCALING_SCHEDULE_GET: usize = 29;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule`
    pub const SCALING_SCHEDULE_UPSERT: usize = 30;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule`
    pub const SCALING_SCHEDULE_DELETE: usize = 31;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/upgradeWindow`
    pub const UPGRADE_WINDOW_GET: usize = 32;
    /// `PUT /v1/organizations/{organizationId}/services/{serviceId}/upgradeWindow`
    pub const UPGRADE_WINDOW_UPDATE: usize = 33;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}/upgradeWindow`
    pub const UPGRADE_WINDOW_DELETE: usize = 34;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings`
    pub const SERVICE_CLICKHOUSE_SETTINGS_LIST_GET: usize = 35;
    /// `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings`
    pub const SERVICE_CLICKHOUSE_SETTINGS_UPDATE: usize = 36;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/schema`
    pub const SERVICE_CLICKHOUSE_SETTINGS_SCHEMA_GET: usize = 37;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/{settingName}`
    pub const SERVICE_CLICKHOUSE_SETTING_GET: usize = 38;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/{settingName}`
    pub const SERVICE_CLICKHOUSE_SETTING_DELETE: usize = 39;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/backups`
    pub const BACKUP_GET_LIST: usize = 40;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/backups/{backupId}`
    pub const BACKUP_GET: usize = 41;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/snapshots`
    pub const SNAPSHOT_GET_LIST: usize = 42;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/snapshots/{snapshotId}`
    pub const SNAPSHOT_GET: usize = 43;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/backupConfiguration`
    pub const BACKUP_CONFIGURATION_GET: usize = 44;
    /// `PATCH /v1/organizations/{organizationId}/services/{serviceId}/backupConfiguration`
    pub const BACKUP_CONFIGURATION_UPDATE: usize = 45;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/snapshotConfiguration`
    pub const SNAPSHOT_CONFIGURATION_GET: usize = 46;
    /// `PATCH /v1/organizations/{organizationId}/services/{serviceId}/snapshotConfiguration`
    pub const SNAPSHOT_CONFIGURATION_UPDATE: usize = 47;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/replicaAwareRouting`
    pub const REPLICA_AWARE_ROUTING_GET: usize = 48;
    /// `PATCH /v1/organizations/{organizationId}/services/{serviceId}/replicaAwareRouting`
    pub const REPLICA_AWARE_ROUTING_UPDATE: usize = 49;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/backupBucket`
    pub const BACKUP_BUCKET_GET: usize = 50;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/backupBucket`
    pub const BACKUP_BUCKET_CREATE: usize = 51;
    /// `PATCH /v1/organizations/{organizationId}/services/{serviceId}/backupBucket`
    pub const BACKUP_BUCKET_UPDATE: usize = 52;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}/backupBucket`
    pub const BACKUP_BUCKET_DELETE: usize = 53;
    /// `GET /v1/organizations/{organizationId}/keys`
    pub const OPENAPI_KEY_GET_LIST: usize = 54;
    /// `POST /v1/organizations/{organizationId}/keys`
    pub const OPENAPI_KEY_CREATE: usize = 55;
    /// `GET /v1/organizations/{organizationId}/keys/{keyId}`
    pub const OPENAPI_KEY_GET: usize = 56;
    /// `PATCH /v1/organizations/{organizationId}/keys/{keyId}`
    pub const OPENAPI_KEY_UPDATE: usize = 57;
    /// `DELETE /v1/organizations/{organizationId}/keys/{keyId}`
    pub const OPENAPI_KEY_DELETE: usize = 58;
    /// `GET /v1/organizations/{organizationId}/members`
    pub const MEMBER_GET_LIST: usize = 59;
    /// `GET /v1/organizations/{organizationId}/members/{userId}`
    pub const MEMBER_GET: usize = 60;
    /// `PATCH /v1/organizations/{organizationId}/members/{userId}`
    pub const MEMBER_UPDATE: usize = 61;
    /// `DELETE /v1/organizations/{organizationId}/members/{userId}`
    pub const MEMBER_DELETE: usize = 62;
    /// `GET /v1/organizations/{organizationId}/invitations`
    pub const INVITATION_GET_LIST: usize = 63;
    /// `POST /v1/organizations/{organizationId}/invitations`
    pub const INVITATION_CREATE: usize = 64;
    /// `GET /v1/organizations/{organizationId}/invitations/{invitationId}`
    pub const INVITATION_GET: usize = 65;
    /// `DELETE /v1/organizations/{organizationId}/invitations/{invitationId}`
    pub const INVITATION_DELETE: usize = 66;
    /// `GET /v1/organizations/{organizationId}/activities`
    pub const ACTIVITY_GET_LIST: usize = 67;
    /// `GET /v1/organizations/{organizationId}/activities/{activityId}`
    pub const ACTIVITY_GET: usize = 68;
    /// `GET /v1/organizations/{organizationId}/notifications`
    pub const NOTIFICATION_GET_LIST: usize = 69;
    /// `GET /v1/organizations/{organizationId}/notificationTypes`
    pub const NOTIFICATION_TYPES_GET_LIST: usize = 70;
    /// `GET /v1/organizations/{organizationId}/usageCost`
    pub const USAGE_COST_GET: usize = 71;
    /// `GET /v1/organizations/{organizationId}/activeBalances`
    pub const ACTIVE_BALANCES_GET: usize = 72;
    /// `GET /v1/organizations/{organizationId}/creditBalances`
    pub const CREDIT_BALANCES_GET: usize = 73;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipes`
    pub const CLICK_PIPE_GET_LIST: usize = 74;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/clickpipes`
    pub const CLICK_PIPE_CREATE: usize = 75;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/context`
    pub const CLICK_PIPES_SERVICE_CONTEXT_GET: usize = 76;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}`
    pub const CLICK_PIPE_GET: usize = 77;
    /// `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}`
    pub const CLICK_PIPE_UPDATE: usize = 78;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}`
    pub const CLICK_PIPE_DELETE: usize = 79;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/settings`
    pub const CLICK_PIPE_SETTINGS_GET: usize = 80;
    /// `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/settings`
    pub const CLICK_PIPE_SETTINGS_UPDATE: usize = 81;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/schemaDiscovery`
    pub const CLICK_PIPE_SCHEMA_DISCOVERY: usize = 82;
    /// `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/scaling`
    pub const CLICK_PIPE_SCALING_UPDATE: usize = 83;
    /// `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/state`
    pub const CLICK_PIPE_STATE_UPDATE: usize = 84;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipesCdcScaling`
    pub const CLICK_PIPE_CDC_SCALING_GET: usize = 85;
    /// `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipesCdcScaling`
    pub const CLICK_PIPE_CDC_SCALING_UPDATE: usize = 86;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards`
    pub const CLICK_STACK_LIST_DASHBOARDS: usize = 87;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards`
    pub const CLICK_STACK_CREATE_DASHBOARD: usize = 88;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}`
    pub const CLICK_STACK_GET_DASHBOARD: usize = 89;
    /// `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}`
    pub const CLICK_STACK_UPDATE_DASHBOARD: usize = 90;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}`
    pub const CLICK_STACK_DELETE_DASHBOARD: usize = 91;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/validate`
    pub const CLICK_STACK_VALIDATE_DASHBOARD: usize = 92;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts`
    pub const CLICK_STACK_LIST_ALERTS: usize = 93;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts`
    pub const CLICK_STACK_CREATE_ALERT: usize = 94;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources`
    pub const CLICK_STACK_LIST_SOURCES: usize = 95;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources`
    pub const CLICK_STACK_CREATE_SOURCE: usize = 96;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}`
    pub const CLICK_STACK_GET_SOURCE: usize = 97;
    /// `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}`
    pub const CLICK_STACK_UPDATE_SOURCE: usize = 98;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}`
    pub const CLICK_STACK_DELETE_SOURCE: usize = 99;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}`
    pub const CLICK_STACK_GET_ALERT: usize = 100;
    /// `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}`
    pub const CLICK_STACK_UPDATE_ALERT: usize = 101;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}`
    pub const CLICK_STACK_DELETE_ALERT: usize = 102;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks`
    pub const CLICK_STACK_LIST_WEBHOOKS: usize = 103;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks`
    pub const CLICK_STACK_CREATE_WEBHOOK: usize = 104;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks/validate`
    pub const CLICK_STACK_VALIDATE_WEBHOOK: usize = 105;
    /// `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks/{clickStackWebhookId}`
    pub const CLICK_STACK_UPDATE_WEBHOOK: usize = 106;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks/{clickStackWebhookId}`
    pub const CLICK_STACK_DELETE_WEBHOOK: usize = 107;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles`
    pub const CLICK_STACK_LIST_ROLES: usize = 108;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles`
    pub const CLICK_STACK_CREATE_ROLE: usize = 109;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}`
    pub const CLICK_STACK_GET_ROLE: usize = 110;
    /// `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}`
    pub const CLICK_STACK_UPDATE_ROLE: usize = 111;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}`
    pub const CLICK_STACK_DELETE_ROLE: usize = 112;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches`
    pub const CLICK_STACK_LIST_SAVED_SEARCHES: usize = 113;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches`
    pub const CLICK_STACK_CREATE_SAVED_SEARCH: usize = 114;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches/{clickStackSavedSearchId}`
    pub const CLICK_STACK_GET_SAVED_SEARCH: usize = 115;
    /// `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches/{clickStackSavedSearchId}`
    pub const CLICK_STACK_UPDATE_SAVED_SEARCH: usize = 116;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches/{clickStackSavedSearchId}`
    pub const CLICK_STACK_DELETE_SAVED_SEARCH: usize = 117;
    /// `POST /v1/organizations/{organizationId}/postgres`
    pub const POSTGRES_SERVICE_CREATE: usize = 118;
    /// `GET /v1/organizations/{organizationId}/postgres`
    pub const POSTGRES_SERVICE_GET_LIST: usize = 119;
    /// `GET /v1/organizations/{organizationId}/postgres/prometheus`
    pub const POSTGRES_ORG_PROMETHEUS_GET: usize = 120;
    /// `GET /v1/organizations/{organizationId}/postgres/{postgresId}`
    pub const POSTGRES_SERVICE_GET: usize = 121;
    /// `DELETE /v1/organizations/{organizationId}/postgres/{postgresId}`
    pub const POSTGRES_SERVICE_DELETE: usize = 122;
    /// `PATCH /v1/organizations/{organizationId}/postgres/{postgresId}`
    pub const POSTGRES_SERVICE_PATCH: usize = 123;
    /// `GET /v1/organizations/{organizationId}/postgres/{postgresId}/caCertificates`
    pub const POSTGRES_SERVICE_CERTS_GET: usize = 124;
    /// `POST /v1/organizations/{organizationId}/postgres/{postgresId}/restoredService`
    pub const POSTGRES_INSTANCE_RESTORE: usize = 125;
    /// `PATCH /v1/organizations/{organizationId}/postgres/{postgresId}/password`
    pub const POSTGRES_SERVICE_SET_PASSWORD: usize = 126;
    /// `PATCH /v1/organizations/{organizationId}/postgres/{postgresId}/state`
    pub const POSTGRES_SERVICE_PATCH_STATE: usize = 127;
    /// `POST /v1/organizations/{organizationId}/postgres/{postgresId}/readReplica`
    pub const POSTGRES_INSTANCE_CREATE_READ_REPLICA: usize = 128;
    /// `GET /v1/organizations/{organizationId}/postgres/{postgresId}/config`
    pub const POSTGRES_INSTANCE_CONFIG_GET: usize = 129;
    /// `POST /v1/organizations/{organizationId}/postgres/{postgresId}/config`
    pub const POSTGRES_INSTANCE_CONFIG_POST: usize = 130;
    /// `PATCH /v1/organizations/{organizationId}/postgres/{postgresId}/config`
    pub const POSTGRES_INSTANCE_CONFIG_PATCH: usize = 131;
    /// `GET /v1/organizations/{organizationId}/postgres/{postgresId}/prometheus`
    pub const POSTGRES_INSTANCE_PROMETHEUS_GET: usize = 132;
    /// `GET /v1/organizations/{organizationId}/postgres/{postgresId}/metrics`
    pub const POSTGRES_INSTANCE_METRICS_GET: usize = 133;
    /// `GET /v1/organizations/{organizationId}/postgres/{postgresId}/backups`
    pub const POSTGRES_SERVICE_BACKUP_GET_LIST: usize = 134;
    /// `GET /v1/organizations/{organizationId}/postgres/{postgresId}/slowQueryPatterns`
    pub const SLOW_QUERY_PATTERNS_GET_LIST: usize = 135;
    /// `GET /v1/organizations/{organizationId}/postgres/{postgresId}/slowQueryPatterns/{queryId}`
    pub const SLOW_QUERY_PATTERN_GET: usize = 136;
    /// `GET /v1/organizations/{organizationId}/postgres/{postgresId}/logs`
    pub const POSTGRES_LOGS_GET_LIST: usize = 137;
    /// `GET /v1/organizations/{organizationId}/privateEndpointConfig`
    pub const ORGANIZATION_PRIVATE_ENDPOINT_CONFIG_GET_LIST: usize = 138;
    /// `POST /v1/organizations/{organizationId}/byocInfrastructure`
    pub const ORGANIZATION_BYOC_INFRASTRUCTURE_CREATE: usize = 139;
    /// `POST /v1/organizations/{organizationId}/byocInfrastructure/validate`
    pub const ORGANIZATION_BYOC_INFRASTRUCTURE_VALIDATE: usize = 140;
    /// `GET /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}`
    pub const ORGANIZATION_BYOC_INFRASTRUCTURE_GET: usize = 141;
    /// `DELETE /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}`
    pub const ORGANIZATION_BYOC_INFRASTRUCTURE_DELETE: usize = 142;
    /// `PATCH /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}`
    pub const ORGANIZATION_BYOC_INFRASTRUCTURE_UPDATE: usize = 143;
    /// `GET /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}/progress`
    pub const ORGANIZATION_BYOC_INFRASTRUCTURE_PROGRESS_GET: usize = 144;
    /// `GET /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}/tags`
    pub const ORGANIZATION_BYOC_INFRASTRUCTURE_TAGS_GET: usize = 145;
    /// `GET /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}/privateEndpointConfig`
    pub const ORGANIZATION_BYOC_INFRASTRUCTURE_PRIVATE_ENDPOINT_CONFIG_GET: usize = 146;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints`
    pub const CLICK_PIPE_REVERSE_PRIVATE_ENDPOINT_GET_LIST: usize = 147;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints`
    pub const CLICK_PIPE_REVERSE_PRIVATE_ENDPOINT_CREATE: usize = 148;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}`
    pub const CLICK_PIPE_REVERSE_PRIVATE_ENDPOINT_GET: usize = 149;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}`
    pub const CLICK_PIPE_REVERSE_PRIVATE_ENDPOINT_DELETE: usize = 150;
    /// `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}`
    pub const CLICK_PIPE_REVERSE_PRIVATE_ENDPOINT_UPDATE: usize = 151;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints`
    pub const QUERY_API_ENDPOINT_LIST: usize = 152;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints`
    pub const QUERY_API_ENDPOINT_CREATE: usize = 153;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints/{endpointId}`
    pub const QUERY_API_ENDPOINT_DELETE: usize = 154;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints/{endpointId}`
    pub const QUERY_API_ENDPOINT_GET: usize = 155;
    /// `PUT /v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints/{endpointId}`
    pub const QUERY_API_ENDPOINT_UPDATE: usize = 156;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/saved-queries`
    pub const SAVED_QUERY_LIST: usize = 157;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/saved-queries`
    pub const SAVED_QUERY_CREATE: usize = 158;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}/saved-queries/{queryId}`
    pub const SAVED_QUERY_DELETE: usize = 159;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/saved-queries/{queryId}`
    pub const SAVED_QUERY_GET: usize = 160;
    /// `PUT /v1/organizations/{organizationId}/services/{serviceId}/saved-queries/{queryId}`
    pub const SAVED_QUERY_UPDATE: usize = 161;
    /// `POST /v1/organizations/{organizationId}/udfUploads/url`
    pub const UDF_UPLOAD_SESSION_CREATE: usize = 162;
    /// `GET /v1/organizations/{organizationId}/udfs`
    pub const UDF_LIST: usize = 163;
    /// `POST /v1/organizations/{organizationId}/udfs`
    pub const UDF_CREATE: usize = 164;
    /// `DELETE /v1/organizations/{organizationId}/udfs/{functionName}`
    pub const UDF_DELETE: usize = 165;
    /// `GET /v1/organizations/{organizationId}/udfs/{functionName}`
    pub const UDF_GET: usize = 166;
    /// `GET /v1/organizations/{organizationId}/udfs/{functionName}/attachments`
    pub const UDF_ATTACHMENT_LIST: usize = 167;
    /// `DELETE /v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}`
    pub const UDF_DETACH: usize = 168;
    /// `GET /v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}`
    pub const UDF_ATTACHMENT_GET: usize = 169;
    /// `PUT /v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}`
    pub const UDF_ATTACH: usize = 170;
    /// `GET /v1/organizations/{organizationId}/udfs/{functionName}/versions`
    pub const UDF_VERSION_LIST: usize = 171;
    /// `POST /v1/organizations/{organizationId}/udfs/{functionName}/versions`
    pub const UDF_VERSION_CREATE: usize = 172;
    /// `DELETE /v1/organizations/{organizationId}/udfs/{functionName}/versions/{version}`
    pub const UDF_VERSION_DELETE: usize = 173;
}

pub static OPERATIONS: [Operation; 174] = [
    Operation {
        id: "whoamiGet",
        python_name: "organizations.whoami",
        tag: "User management",
        method: Method::GET,
        path: "/v1/whoami",
        params: &[
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &[],
        deprecated: false,
        idempotent: true,
        summary: "Resolve the caller identity",
    },
    Operation {
        id: "organizationGetList",
        python_name: "organizations.list",
        tag: "Organization",
        method: Method::GET,
        path: "/v1/organizations",
        params: &[
            Param { name: "limit", py_name: "limit", location: Location::Query, kind: ParamKind::Integer, required: false, repeated: false, pattern: "" },
            Param { name: "cursor", py_name: "cursor", location: Location::Query, kind: ParamKind::Text, required: false, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::Cursor { default_limit: 250, max_limit: 250 },
        permissions: &[],
        deprecated: false,
        idempotent: true,
        summary: "Get list of available organizations",
    },
    Operation {
        id: "organizationGet",
        python_name: "organizations.get",
        tag: "Organization",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:view"],
        deprecated: false,
        idempotent: true,
        summary: "Get organization details",
    },
    Operation {
        id: "organizationUpdate",
        python_name: "organizations.update",
        tag: "Organization",
        method: Method::PATCH,
        path: "/v1/organizations/{organizationId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Update organization details",
    },
    Operation {
        id: "organizationPrometheusGet",
        python_name: "prometheus.get_organization_metrics",
        tag: "Prometheus",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/prometheus",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "filtered_metrics", py_name: "filtered_metrics", location: Location::Query, kind: ParamKind::Boolean, required: false, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Text,
        accept: "text/plain",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &[],
        deprecated: true,
        idempotent: true,
        summary: "Get organization metrics",
    },
    Operation {
        id: "organizationPrometheusDiscoveryGet",
        python_name: "prometheus.get_discovery",
        tag: "Prometheus",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/prometheus/discovery",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "filtered_metrics", py_name: "filtered_metrics", location: Location::Query, kind: ParamKind::Boolean, required: false, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Bare,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::None,
        permissions: &[],
        deprecated: false,
        idempotent: true,
        summary: "Get Prometheus service discovery targets",
    },
    Operation {
        id: "organizationRolesGetList",
        python_name: "roles.list",
        tag: "Role Management",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/roles",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::None,
        permissions: &["control-plane:organization:manage"],
        deprecated: false,
        idempotent: true,
        summary: "List all available roles for an organization",
    },
    Operation {
        id: "organizationRolePost",
        python_name: "roles.create",
        tag: "Role Management",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/roles",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["name", "actors", "policies"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Create a new role",
    },
    Operation {
        id: "organizationRoleGet",
        python_name: "roles.get",
        tag: "Role Management",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/roles/{roleId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "roleId", py_name: "role_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:manage"],
        deprecated: false,
        idempotent: true,
        summary: "Get role details",
    },
    Operation {
        id: "organizationRolePatch",
        python_name: "roles.update",
        tag: "Role Management",
        method: Method::PATCH,
        path: "/v1/organizations/{organizationId}/roles/{roleId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "roleId", py_name: "role_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Update a role",
    },
    Operation {
        id: "organizationRoleDelete",
        python_name: "roles.delete",
        tag: "Role Management",
        method: Method::DELETE,
        path: "/v1/organizations/{organizationId}/roles/{roleId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "roleId", py_name: "role_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Empty,
        accept: "application/json",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:organization:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Delete a role",
    },
    Operation {
        id: "organizationQuotasGetList",
        python_name: "quotas.list",
        tag: "Organization",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/quotas",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::None,
        permissions: &["control-plane:organization:view"],
        deprecated: false,
        idempotent: true,
        summary: "Get organization quotas",
    },
    Operation {
        id: "organizationQuotaGet",
        python_name: "quotas.get",
        tag: "Organization",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/quotas/{quotaCode}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "quotaCode", py_name: "quota_code", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:view"],
        deprecated: false,
        idempotent: true,
        summary: "Get organization quota details",
    },
    Operation {
        id: "serviceProfilesList",
        python_name: "service_profiles.list",
        tag: "Service",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/serviceProfiles",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "region_id", py_name: "region_id", location: Location::Query, kind: ParamKind::Text, required: false, repeated: false, pattern: "" },
            Param { name: "byoc_id", py_name: "byoc_id", location: Location::Query, kind: ParamKind::Uuid, required: false, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::None,
        permissions: &["control-plane:organization:view"],
        deprecated: false,
        idempotent: true,
        summary: "List available service profiles",
    },
    Operation {
        id: "instanceGetList",
        python_name: "services.list",
        tag: "Service",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "filter", py_name: "filter", location: Location::Query, kind: ParamKind::Text, required: false, repeated: true, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::None,
        permissions: &[],
        deprecated: false,
        idempotent: true,
        summary: "List of organization services",
    },
    Operation {
        id: "instanceCreate",
        python_name: "services.create",
        tag: "Service",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/services",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["name", "provider", "region", "ipAccessList"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:create-service", "control-plane:service:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Create new service",
    },
    Operation {
        id: "instanceGet",
        python_name: "services.get",
        tag: "Service",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:view"],
        deprecated: false,
        idempotent: true,
        summary: "Get service details",
    },
    Operation {
        id: "instanceUpdate",
        python_name: "services.update",
        tag: "Service",
        method: Method::PATCH,
        path: "/v1/organizations/{organizationId}/services/{serviceId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Update service basic details",
    },
    Operation {
        id: "instanceDelete",
        python_name: "services.delete",
        tag: "Service",
        method: Method::DELETE,
        path: "/v1/organizations/{organizationId}/services/{serviceId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Empty,
        accept: "application/json",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:service:delete"],
        deprecated: false,
        idempotent: false,
        summary: "Delete service",
    },
    Operation {
        id: "instancePrivateEndpointConfigGet",
        python_name: "services.get_private_endpoint_config",
        tag: "Service",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/privateEndpointConfig",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:view-private-endpoints"],
        deprecated: false,
        idempotent: true,
        summary: "Get private endpoint configuration",
    },
    Operation {
        id: "instanceQueryEndpointGet",
        python_name: "query_endpoints.get",
        tag: "Service",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:view-query-api-endpoints"],
        deprecated: false,
        idempotent: true,
        summary: "Get the service query endpoint for a given instance",
    },
    Operation {
        id: "instanceQueryEndpointDelete",
        python_name: "query_endpoints.delete",
        tag: "Service",
        method: Method::DELETE,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Empty,
        accept: "application/json",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-query-api-endpoints"],
        deprecated: false,
        idempotent: false,
        summary: "Delete the service query endpoint for a given instance",
    },
    Operation {
        id: "instanceQueryEndpointUpsert",
        python_name: "query_endpoints.upsert",
        tag: "Service",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["roles", "openApiKeys"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-query-api-endpoints"],
        deprecated: false,
        idempotent: false,
        summary: "Upsert the service query endpoint for a given instance",
    },
    Operation {
        id: "instanceStateUpdate",
        python_name: "services.update_state",
        tag: "Service",
        method: Method::PATCH,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/state",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["command"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &[],
        deprecated: false,
        idempotent: false,
        summary: "Update service state",
    },
    Operation {
        id: "instanceScalingUpdate",
        python_name: "services.update_scaling",
        tag: "Service",
        method: Method::PATCH,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/scaling",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-scaling-config"],
        deprecated: true,
        idempotent: false,
        summary: "Update service auto scaling settings",
    },
    Operation {
        id: "instanceReplicaScalingUpdate",
        python_name: "services.update_replica_scaling",
        tag: "Service",
        method: Method::PATCH,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/replicaScaling",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-scaling-config"],
        deprecated: false,
        idempotent: false,
        summary: "Update service auto scaling settings",
    },
    Operation {
        id: "instancePasswordUpdate",
        python_name: "services.reset_password",
        tag: "Service",
        method: Method::PATCH,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/password",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Update service password",
    },
    Operation {
        id: "instancePrivateEndpointCreate",
        python_name: "services.create_private_endpoint",
        tag: "Service",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/privateEndpoint",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["id"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-private-endpoints"],
        deprecated: false,
        idempotent: false,
        summary: "Create a private endpoint",
    },
    Operation {
        id: "instancePrometheusGet",
        python_name: "prometheus.get_service_metrics",
        tag: "Prometheus",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/prometheus",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "filtered_metrics", py_name: "filtered_metrics", location: Location::Query, kind: ParamKind::Boolean, required: false, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Text,
        accept: "text/plain",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:service:view"],
        deprecated: false,
        idempotent: true,
        summary: "Get service metrics",
    },
    Operation {
        id: "scalingScheduleGet",
        python_name: "scaling_schedules.get",
        tag: "Service",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:view"],
        deprecated: false,
        idempotent: true,
        summary: "Get service autoscaling schedule",
    },
    Operation {
        id: "scalingScheduleUpsert",
        python_name: "scaling_schedules.upsert",
        tag: "Service",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["entries"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-scaling-config"],
        deprecated: false,
        idempotent: false,
        summary: "Create or replace service autoscaling schedule",
    },
    Operation {
        id: "scalingScheduleDelete",
        python_name: "scaling_schedules.delete",
        tag: "Service",
        method: Method::DELETE,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Empty,
        accept: "application/json",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-scaling-config"],
        deprecated: false,
        idempotent: false,
        summary: "Delete service scheduled scaling",
    },
    Operation {
        id: "upgradeWindowGet",
        python_name: "upgrade_windows.get",
        tag: "Service",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/upgradeWindow",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:view"],
        deprecated: false,
        idempotent: true,
        summary: "Get service upgrade window",
    },
    Operation {
        id: "upgradeWindowUpdate",
        python_name: "upgrade_windows.update",
        tag: "Service",
        method: Method::PUT,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/upgradeWindow",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["weekday", "startHourUtc"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Set service upgrade window",
    },
    Operation {
        id: "upgradeWindowDelete",
        python_name: "upgrade_windows.delete",
        tag: "Service",
        method: Method::DELETE,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/upgradeWindow",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Empty,
        accept: "application/json",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:service:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Delete service upgrade window",
    },
    Operation {
        id: "serviceClickhouseSettingsListGet",
        python_name: "clickhouse_settings.list",
        tag: "Service",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:view"],
        deprecated: false,
        idempotent: true,
        summary: "List ClickHouse settings",
    },
    Operation {
        id: "serviceClickhouseSettingsUpdate",
        python_name: "clickhouse_settings.update",
        tag: "Service",
        method: Method::PATCH,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["settings"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Update ClickHouse settings",
    },
    Operation {
        id: "serviceClickhouseSettingsSchemaGet",
        python_name: "clickhouse_settings.get_schema",
        tag: "Service",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/schema",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:view"],
        deprecated: false,
        idempotent: true,
        summary: "Get ClickHouse settings schema",
    },
    Operation {
        id: "serviceClickhouseSettingGet",
        python_name: "clickhouse_settings.get",
        tag: "Service",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/{settingName}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "settingName", py_name: "setting_name", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:view"],
        deprecated: false,
        idempotent: true,
        summary: "Get ClickHouse setting",
    },
    Operation {
        id: "serviceClickhouseSettingDelete",
        python_name: "clickhouse_settings.delete",
        tag: "Service",
        method: Method::DELETE,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/{settingName}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "settingName", py_name: "setting_name", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Empty,
        accept: "application/json",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:service:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Reset ClickHouse setting to default",
    },
    Operation {
        id: "backupGetList",
        python_name: "backups.list",
        tag: "Backup",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/backups",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::None,
        permissions: &["control-plane:service:view-backups"],
        deprecated: false,
        idempotent: true,
        summary: "List of service backups",
    },
    Operation {
        id: "backupGet",
        python_name: "backups.get",
        tag: "Backup",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/backups/{backupId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "backupId", py_name: "backup_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:view-backups"],
        deprecated: false,
        idempotent: true,
        summary: "Get backup details",
    },
    Operation {
        id: "snapshotGetList",
        python_name: "snapshots.list",
        tag: "Snapshot",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/snapshots",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "limit", py_name: "limit", location: Location::Query, kind: ParamKind::Integer, required: false, repeated: false, pattern: "" },
            Param { name: "cursor", py_name: "cursor", location: Location::Query, kind: ParamKind::Text, required: false, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::Cursor { default_limit: 250, max_limit: 250 },
        permissions: &["control-plane:service:view-snapshots"],
        deprecated: false,
        idempotent: true,
        summary: "List of service snapshots",
    },
    Operation {
        id: "snapshotGet",
        python_name: "snapshots.get",
        tag: "Snapshot",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/snapshots/{snapshotId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "snapshotId", py_name: "snapshot_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:view-snapshots"],
        deprecated: false,
        idempotent: true,
        summary: "Get snapshot details",
    },
    Operation {
        id: "backupConfigurationGet",
        python_name: "backup_configuration.get",
        tag: "Backup",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/backupConfiguration",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:view-backups"],
        deprecated: false,
        idempotent: true,
        summary: "Get service backup configuration",
    },
    Operation {
        id: "backupConfigurationUpdate",
        python_name: "backup_configuration.update",
        tag: "Backup",
        method: Method::PATCH,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/backupConfiguration",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-backups"],
        deprecated: false,
        idempotent: false,
        summary: "Update service backup configuration",
    },
    Operation {
        id: "snapshotConfigurationGet",
        python_name: "snapshot_configuration.get",
        tag: "Snapshot",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/snapshotConfiguration",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:view-snapshots"],
        deprecated: false,
        idempotent: true,
        summary: "Get service snapshot configuration",
    },
    Operation {
        id: "snapshotConfigurationUpdate",
        python_name: "snapshot_configuration.update",
        tag: "Snapshot",
        method: Method::PATCH,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/snapshotConfiguration",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-snapshots"],
        deprecated: false,
        idempotent: false,
        summary: "Update service snapshot configuration",
    },
    Operation {
        id: "replicaAwareRoutingGet",
        python_name: "replica_aware_routing.get",
        tag: "Service",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/replicaAwareRouting",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:view"],
        deprecated: false,
        idempotent: true,
        summary: "Get replica aware routing",
    },
    Operation {
        id: "replicaAwareRoutingUpdate",
        python_name: "replica_aware_routing.update",
        tag: "Service",
        method: Method::PATCH,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/replicaAwareRouting",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Update replica aware routing",
    },
    Operation {
        id: "backupBucketGet",
        python_name: "backup_bucket.get",
        tag: "Backup",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/backupBucket",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:view-backups"],
        deprecated: false,
        idempotent: true,
        summary: "Get service backup bucket",
    },
    Operation {
        id: "backupBucketCreate",
        python_name: "backup_bucket.create",
        tag: "Backup",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/backupBucket",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-backups"],
        deprecated: false,
        idempotent: false,
        summary: "Create service backup bucket",
    },
    Operation {
        id: "backupBucketUpdate",
        python_name: "backup_bucket.update",
        tag: "Backup",
        method: Method::PATCH,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/backupBucket",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-backups"],
        deprecated: false,
        idempotent: false,
        summary: "Update service backup bucket",
    },
    Operation {
        id: "backupBucketDelete",
        python_name: "backup_bucket.delete",
        tag: "Backup",
        method: Method::DELETE,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/backupBucket",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Empty,
        accept: "application/json",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-backups"],
        deprecated: false,
        idempotent: false,
        summary: "Delete service backup bucket",
    },
    Operation {
        id: "openapiKeyGetList",
        python_name: "keys.list",
        tag: "API keys",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/keys",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "limit", py_name: "limit", location: Location::Query, kind: ParamKind::Integer, required: false, repeated: false, pattern: "" },
            Param { name: "cursor", py_name: "cursor", location: Location::Query, kind: ParamKind::Text, required: false, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::Cursor { default_limit: 250, max_limit: 250 },
        permissions: &["control-plane:organization:view-api-keys"],
        deprecated: false,
        idempotent: true,
        summary: "Get list of keys",
    },
    Operation {
        id: "openapiKeyCreate",
        python_name: "keys.create",
        tag: "API keys",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/keys",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["name"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:create-api-keys"],
        deprecated: false,
        idempotent: false,
        summary: "Create key",
    },
    Operation {
        id: "openapiKeyGet",
        python_name: "keys.get",
        tag: "API keys",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/keys/{keyId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "keyId", py_name: "key_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:view-api-keys"],
        deprecated: false,
        idempotent: true,
        summary: "Get key details",
    },
    Operation {
        id: "openapiKeyUpdate",
        python_name: "keys.update",
        tag: "API keys",
        method: Method::PATCH,
        path: "/v1/organizations/{organizationId}/keys/{keyId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "keyId", py_name: "key_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:view-api-keys"],
        deprecated: false,
        idempotent: false,
        summary: "Update key",
    },
    Operation {
        id: "openapiKeyDelete",
        python_name: "keys.delete",
        tag: "API keys",
        method: Method::DELETE,
        path: "/v1/organizations/{organizationId}/keys/{keyId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "keyId", py_name: "key_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Empty,
        accept: "application/json",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:organization:view-api-keys"],
        deprecated: false,
        idempotent: false,
        summary: "Delete key",
    },
    Operation {
        id: "memberGetList",
        python_name: "members.list",
        tag: "User management",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/members",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::None,
        permissions: &["control-plane:organization:view"],
        deprecated: false,
        idempotent: true,
        summary: "List organization members",
    },
    Operation {
        id: "memberGet",
        python_name: "members.get",
        tag: "User management",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/members/{userId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "userId", py_name: "user_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:view"],
        deprecated: false,
        idempotent: true,
        summary: "Get member details",
    },
    Operation {
        id: "memberUpdate",
        python_name: "members.update",
        tag: "User management",
        method: Method::PATCH,
        path: "/v1/organizations/{organizationId}/members/{userId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "userId", py_name: "user_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Update organization member",
    },
    Operation {
        id: "memberDelete",
        python_name: "members.delete",
        tag: "User management",
        method: Method::DELETE,
        path: "/v1/organizations/{organizationId}/members/{userId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "userId", py_name: "user_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Empty,
        accept: "application/json",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:organization:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Remove an organization member",
    },
    Operation {
        id: "invitationGetList",
        python_name: "invitations.list",
        tag: "User management",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/invitations",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::None,
        permissions: &["control-plane:organization:view"],
        deprecated: false,
        idempotent: true,
        summary: "List all invitations",
    },
    Operation {
        id: "invitationCreate",
        python_name: "invitations.create",
        tag: "User management",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/invitations",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["email"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Create an invitation",
    },
    Operation {
        id: "invitationGet",
        python_name: "invitations.get",
        tag: "User management",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/invitations/{invitationId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "invitationId", py_name: "invitation_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:view"],
        deprecated: false,
        idempotent: true,
        summary: "Get invitation details",
    },
    Operation {
        id: "invitationDelete",
        python_name: "invitations.delete",
        tag: "User management",
        method: Method::DELETE,
        path: "/v1/organizations/{organizationId}/invitations/{invitationId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "invitationId", py_name: "invitation_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Empty,
        accept: "application/json",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:organization:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Delete organization invitation",
    },
    Operation {
        id: "activityGetList",
        python_name: "activities.list",
        tag: "Organization",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/activities",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "from_date", py_name: "from_date", location: Location::Query, kind: ParamKind::DateTime, required: false, repeated: false, pattern: "" },
            Param { name: "to_date", py_name: "to_date", location: Location::Query, kind: ParamKind::DateTime, required: false, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::None,
        permissions: &["control-plane:organization:view-activities"],
        deprecated: false,
        idempotent: true,
        summary: "List of organization activities",
    },
    Operation {
        id: "activityGet",
        python_name: "activities.get",
        tag: "Organization",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/activities/{activityId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "activityId", py_name: "activity_id", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:view-activities"],
        deprecated: false,
        idempotent: true,
        summary: "Organization activity",
    },
    Operation {
        id: "notificationGetList",
        python_name: "notifications.list",
        tag: "Notifications",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/notifications",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "limit", py_name: "limit", location: Location::Query, kind: ParamKind::Integer, required: false, repeated: false, pattern: "" },
            Param { name: "cursor", py_name: "cursor", location: Location::Query, kind: ParamKind::Text, required: false, repeated: false, pattern: "" },
            Param { name: "severity", py_name: "severity", location: Location::Query, kind: ParamKind::Text, required: false, repeated: false, pattern: "" },
            Param { name: "type", py_name: "type", location: Location::Query, kind: ParamKind::Text, required: false, repeated: false, pattern: "" },
            Param { name: "resource_id", py_name: "resource_id", location: Location::Query, kind: ParamKind::Text, required: false, repeated: false, pattern: "" },
            Param { name: "resource_type", py_name: "resource_type", location: Location::Query, kind: ParamKind::Text, required: false, repeated: false, pattern: "" },
            Param { name: "from_date", py_name: "from_date", location: Location::Query, kind: ParamKind::DateTime, required: false, repeated: false, pattern: "" },
            Param { name: "to_date", py_name: "to_date", location: Location::Query, kind: ParamKind::DateTime, required: false, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::Cursor { default_limit: 100, max_limit: 250 },
        permissions: &[],
        deprecated: false,
        idempotent: true,
        summary: "List of organization notifications",
    },
    Operation {
        id: "notificationTypesGetList",
        python_name: "notifications.list_types",
        tag: "Notifications",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/notificationTypes",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::None,
        permissions: &["control-plane:organization:view"],
        deprecated: false,
        idempotent: true,
        summary: "List notification types",
    },
    Operation {
        id: "usageCostGet",
        python_name: "usage_cost.get",
        tag: "Billing",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/usageCost",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "from_date", py_name: "from_date", location: Location::Query, kind: ParamKind::Date, required: true, repeated: false, pattern: "" },
            Param { name: "to_date", py_name: "to_date", location: Location::Query, kind: ParamKind::Date, required: true, repeated: false, pattern: "" },
            Param { name: "filter", py_name: "filter", location: Location::Query, kind: ParamKind::Text, required: false, repeated: true, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:view"],
        deprecated: false,
        idempotent: true,
        summary: "Get organization usage costs",
    },
    Operation {
        id: "activeBalancesGet",
        python_name: "balances.get_active",
        tag: "Billing",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/activeBalances",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "limit", py_name: "limit", location: Location::Query, kind: ParamKind::Integer, required: false, repeated: false, pattern: "" },
            Param { name: "offset", py_name: "offset", location: Location::Query, kind: ParamKind::Integer, required: false, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:view-billing"],
        deprecated: true,
        idempotent: true,
        summary: "Get organization active prepaid balances",
    },
    Operation {
        id: "creditBalancesGet",
        python_name: "balances.get_credit",
        tag: "Billing",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/creditBalances",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:view-billing"],
        deprecated: false,
        idempotent: true,
        summary: "Get organization active credit balances",
    },
    Operation {
        id: "clickPipeGetList",
        python_name: "clickpipes.list",
        tag: "ClickPipes",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickpipes",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickpipes"],
        deprecated: false,
        idempotent: true,
        summary: "List ClickPipes",
    },
    Operation {
        id: "clickPipeCreate",
        python_name: "clickpipes.create",
        tag: "ClickPipes",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickpipes",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["name", "source", "destination"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickpipes"],
        deprecated: false,
        idempotent: false,
        summary: "Create ClickPipe",
    },
    Operation {
        id: "clickPipesServiceContextGet",
        python_name: "clickpipes.get_context",
        tag: "ClickPipes",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickpipes/context",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickpipes"],
        deprecated: false,
        idempotent: true,
        summary: "Get ClickPipes service context",
    },
    Operation {
        id: "clickPipeGet",
        python_name: "clickpipes.get",
        tag: "ClickPipes",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "clickPipeId", py_name: "clickpipe_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickpipes"],
        deprecated: false,
        idempotent: true,
        summary: "Get ClickPipe",
    },
    Operation {
        id: "clickPipeUpdate",
        python_name: "clickpipes.update",
        tag: "ClickPipes",
        method: Method::PATCH,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "clickPipeId", py_name: "clickpipe_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickpipes"],
        deprecated: false,
        idempotent: false,
        summary: "Update ClickPipe",
    },
    Operation {
        id: "clickPipeDelete",
        python_name: "clickpipes.delete",
        tag: "ClickPipes",
        method: Method::DELETE,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "clickPipeId", py_name: "clickpipe_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Empty,
        accept: "application/json",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickpipes"],
        deprecated: false,
        idempotent: false,
        summary: "Delete ClickPipe",
    },
    Operation {
        id: "clickPipeSettingsGet",
        python_name: "clickpipes.get_settings",
        tag: "ClickPipes",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/settings",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "clickPipeId", py_name: "clickpipe_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickpipes"],
        deprecated: false,
        idempotent: true,
        summary: "Get ClickPipe settings",
    },
    Operation {
        id: "clickPipeSettingsUpdate",
        python_name: "clickpipes.update_settings",
        tag: "ClickPipes",
        method: Method::PUT,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/settings",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "clickPipeId", py_name: "clickpipe_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickpipes"],
        deprecated: false,
        idempotent: false,
        summary: "Update ClickPipe settings",
    },
    Operation {
        id: "clickPipeSchemaDiscovery",
        python_name: "clickpipes.discover_schema",
        tag: "ClickPipes",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickpipes/schemaDiscovery",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["source"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickpipes"],
        deprecated: false,
        idempotent: false,
        summary: "Discover ClickPipe source schema",
    },
    Operation {
        id: "clickPipeScalingUpdate",
        python_name: "clickpipes.update_scaling",
        tag: "ClickPipes",
        method: Method::PATCH,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/scaling",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "clickPipeId", py_name: "clickpipe_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickpipes"],
        deprecated: false,
        idempotent: false,
        summary: "Update ClickPipe scaling",
    },
    Operation {
        id: "clickPipeStateUpdate",
        python_name: "clickpipes.update_state",
        tag: "ClickPipes",
        method: Method::PATCH,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/state",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "clickPipeId", py_name: "clickpipe_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["command"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickpipes"],
        deprecated: false,
        idempotent: false,
        summary: "Update ClickPipe state",
    },
    Operation {
        id: "clickPipeCdcScalingGet",
        python_name: "clickpipes.get_cdc_scaling",
        tag: "ClickPipes",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickpipesCdcScaling",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickpipes"],
        deprecated: false,
        idempotent: true,
        summary: "Get CDC ClickPipes scaling",
    },
    Operation {
        id: "clickPipeCdcScalingUpdate",
        python_name: "clickpipes.update_cdc_scaling",
        tag: "ClickPipes",
        method: Method::PATCH,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickpipesCdcScaling",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickpipes"],
        deprecated: false,
        idempotent: false,
        summary: "Update CDC ClickPipes scaling",
    },
    Operation {
        id: "clickStackListDashboards",
        python_name: "clickstack.dashboards.list",
        tag: "ClickStack",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: true,
        summary: "ClickStack: List Dashboards",
    },
    Operation {
        id: "clickStackCreateDashboard",
        python_name: "clickstack.dashboards.create",
        tag: "ClickStack",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["name", "tiles"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: false,
        summary: "ClickStack: Create Dashboard",
    },
    Operation {
        id: "clickStackGetDashboard",
        python_name: "clickstack.dashboards.get",
        tag: "ClickStack",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "clickStackDashboardId", py_name: "dashboard_id", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: true,
        summary: "ClickStack: Get Dashboard",
    },
    Operation {
        id: "clickStackUpdateDashboard",
        python_name: "clickstack.dashboards.update",
        tag: "ClickStack",
        method: Method::PUT,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "clickStackDashboardId", py_name: "dashboard_id", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["name", "tiles"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: false,
        summary: "ClickStack: Update Dashboard",
    },
    Operation {
        id: "clickStackDeleteDashboard",
        python_name: "clickstack.dashboards.delete",
        tag: "ClickStack",
        method: Method::DELETE,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "clickStackDashboardId", py_name: "dashboard_id", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Empty,
        accept: "application/json",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: false,
        summary: "ClickStack: Delete Dashboard",
    },
    Operation {
        id: "clickStackValidateDashboard",
        python_name: "clickstack.dashboards.validate",
        tag: "ClickStack",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/validate",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["name", "tiles"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: false,
        summary: "ClickStack: Validate Dashboard",
    },
    Operation {
        id: "clickStackListAlerts",
        python_name: "clickstack.alerts.list",
        tag: "ClickStack",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "limit", py_name: "limit", location: Location::Query, kind: ParamKind::Integer, required: false, repeated: false, pattern: "" },
            Param { name: "offset", py_name: "offset", location: Location::Query, kind: ParamKind::Integer, required: false, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::Offset { default_limit: 1000, max_limit: 1000 },
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: true,
        summary: "ClickStack: List Alerts",
    },
    Operation {
        id: "clickStackCreateAlert",
        python_name: "clickstack.alerts.create",
        tag: "ClickStack",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["threshold", "interval", "thresholdType"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: false,
        summary: "ClickStack: Create Alert",
    },
    Operation {
        id: "clickStackListSources",
        python_name: "clickstack.sources.list",
        tag: "ClickStack",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: true,
        summary: "ClickStack: List Sources",
    },
    Operation {
        id: "clickStackCreateSource",
        python_name: "clickstack.sources.create",
        tag: "ClickStack",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: false,
        summary: "ClickStack: Create Source",
    },
    Operation {
        id: "clickStackGetSource",
        python_name: "clickstack.sources.get",
        tag: "ClickStack",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "clickStackSourceId", py_name: "source_id", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: true,
        summary: "ClickStack: Get Source",
    },
    Operation {
        id: "clickStackUpdateSource",
        python_name: "clickstack.sources.update",
        tag: "ClickStack",
        method: Method::PUT,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "clickStackSourceId", py_name: "source_id", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: false,
        summary: "ClickStack: Update Source",
    },
    Operation {
        id: "clickStackDeleteSource",
        python_name: "clickstack.sources.delete",
        tag: "ClickStack",
        method: Method::DELETE,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "clickStackSourceId", py_name: "source_id", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Empty,
        accept: "application/json",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: false,
        summary: "ClickStack: Delete Source",
    },
    Operation {
        id: "clickStackGetAlert",
        python_name: "clickstack.alerts.get",
        tag: "ClickStack",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "clickStackAlertId", py_name: "alert_id", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: true,
        summary: "ClickStack: Get Alert",
    },
    Operation {
        id: "clickStackUpdateAlert",
        python_name: "clickstack.alerts.update",
        tag: "ClickStack",
        method: Method::PUT,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "clickStackAlertId", py_name: "alert_id", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["threshold", "interval", "thresholdType"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: false,
        summary: "ClickStack: Update Alert",
    },
    Operation {
        id: "clickStackDeleteAlert",
        python_name: "clickstack.alerts.delete",
        tag: "ClickStack",
        method: Method::DELETE,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "clickStackAlertId", py_name: "alert_id", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Empty,
        accept: "application/json",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: false,
        summary: "ClickStack: Delete Alert",
    },
    Operation {
        id: "clickStackListWebhooks",
        python_name: "clickstack.webhooks.list",
        tag: "ClickStack",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "limit", py_name: "limit", location: Location::Query, kind: ParamKind::Integer, required: false, repeated: false, pattern: "" },
            Param { name: "offset", py_name: "offset", location: Location::Query, kind: ParamKind::Integer, required: false, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::Offset { default_limit: 1000, max_limit: 1000 },
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: true,
        summary: "ClickStack: List Webhooks",
    },
    Operation {
        id: "clickStackCreateWebhook",
        python_name: "clickstack.webhooks.create",
        tag: "ClickStack",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["name", "service", "url"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: false,
        summary: "ClickStack: Create Webhook",
    },
    Operation {
        id: "clickStackValidateWebhook",
        python_name: "clickstack.webhooks.validate",
        tag: "ClickStack",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks/validate",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["name", "service", "url"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: false,
        summary: "ClickStack: Validate Webhook",
    },
    Operation {
        id: "clickStackUpdateWebhook",
        python_name: "clickstack.webhooks.update",
        tag: "ClickStack",
        method: Method::PUT,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks/{clickStackWebhookId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "clickStackWebhookId", py_name: "webhook_id", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["name", "service", "url"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: false,
        summary: "ClickStack: Update Webhook",
    },
    Operation {
        id: "clickStackDeleteWebhook",
        python_name: "clickstack.webhooks.delete",
        tag: "ClickStack",
        method: Method::DELETE,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks/{clickStackWebhookId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "clickStackWebhookId", py_name: "webhook_id", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Empty,
        accept: "application/json",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: false,
        summary: "ClickStack: Delete Webhook",
    },
    Operation {
        id: "clickStackListRoles",
        python_name: "clickstack.roles.list",
        tag: "ClickStack",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: true,
        summary: "ClickStack: List Roles",
    },
    Operation {
        id: "clickStackCreateRole",
        python_name: "clickstack.roles.create",
        tag: "ClickStack",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["name", "permissions"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: false,
        summary: "ClickStack: Create Role",
    },
    Operation {
        id: "clickStackGetRole",
        python_name: "clickstack.roles.get",
        tag: "ClickStack",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "clickStackRoleId", py_name: "role_id", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: true,
        summary: "ClickStack: Get Role",
    },
    Operation {
        id: "clickStackUpdateRole",
        python_name: "clickstack.roles.update",
        tag: "ClickStack",
        method: Method::PUT,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "clickStackRoleId", py_name: "role_id", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["permissions"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: false,
        summary: "ClickStack: Update Role",
    },
    Operation {
        id: "clickStackDeleteRole",
        python_name: "clickstack.roles.delete",
        tag: "ClickStack",
        method: Method::DELETE,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "clickStackRoleId", py_name: "role_id", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Empty,
        accept: "application/json",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: false,
        summary: "ClickStack: Delete Role",
    },
    Operation {
        id: "clickStackListSavedSearches",
        python_name: "clickstack.saved_searches.list",
        tag: "ClickStack",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "limit", py_name: "limit", location: Location::Query, kind: ParamKind::Integer, required: false, repeated: false, pattern: "" },
            Param { name: "offset", py_name: "offset", location: Location::Query, kind: ParamKind::Integer, required: false, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::Offset { default_limit: 1000, max_limit: 1000 },
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: true,
        summary: "ClickStack: List Saved Searches",
    },
    Operation {
        id: "clickStackCreateSavedSearch",
        python_name: "clickstack.saved_searches.create",
        tag: "ClickStack",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["name", "sourceId"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: false,
        summary: "ClickStack: Create Saved Search",
    },
    Operation {
        id: "clickStackGetSavedSearch",
        python_name: "clickstack.saved_searches.get",
        tag: "ClickStack",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches/{clickStackSavedSearchId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "clickStackSavedSearchId", py_name: "saved_search_id", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: true,
        summary: "ClickStack: Get Saved Search",
    },
    Operation {
        id: "clickStackUpdateSavedSearch",
        python_name: "clickstack.saved_searches.update",
        tag: "ClickStack",
        method: Method::PUT,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches/{clickStackSavedSearchId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "clickStackSavedSearchId", py_name: "saved_search_id", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["name", "sourceId"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: false,
        summary: "ClickStack: Update Saved Search",
    },
    Operation {
        id: "clickStackDeleteSavedSearch",
        python_name: "clickstack.saved_searches.delete",
        tag: "ClickStack",
        method: Method::DELETE,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches/{clickStackSavedSearchId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "clickStackSavedSearchId", py_name: "saved_search_id", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Empty,
        accept: "application/json",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickstack-api"],
        deprecated: false,
        idempotent: false,
        summary: "ClickStack: Delete Saved Search",
    },
    Operation {
        id: "postgresServiceCreate",
        python_name: "postgres.create",
        tag: "Postgres",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/postgres",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["name", "provider", "region", "size"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:create-service"],
        deprecated: false,
        idempotent: false,
        summary: "Create new Postgres service",
    },
    Operation {
        id: "postgresServiceGetList",
        python_name: "postgres.list",
        tag: "Postgres",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/postgres",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::None,
        permissions: &["control-plane:postgres-service:view"],
        deprecated: false,
        idempotent: true,
        summary: "List of organization Postgres services",
    },
    Operation {
        id: "postgresOrgPrometheusGet",
        python_name: "prometheus.get_postgres_organization_metrics",
        tag: "Prometheus",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/postgres/prometheus",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Text,
        accept: "text/plain",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:organization:view"],
        deprecated: false,
        idempotent: true,
        summary: "Get organization PostgreSQL metrics",
    },
    Operation {
        id: "postgresServiceGet",
        python_name: "postgres.get",
        tag: "Postgres",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/postgres/{postgresId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "postgresId", py_name: "postgres_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:postgres-service:view"],
        deprecated: false,
        idempotent: true,
        summary: "Get PostgreSQL service details",
    },
    Operation {
        id: "postgresServiceDelete",
        python_name: "postgres.delete",
        tag: "Postgres",
        method: Method::DELETE,
        path: "/v1/organizations/{organizationId}/postgres/{postgresId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "postgresId", py_name: "postgres_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Empty,
        accept: "application/json",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:postgres-service:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Delete a PostgreSQL service",
    },
    Operation {
        id: "postgresServicePatch",
        python_name: "postgres.update",
        tag: "Postgres",
        method: Method::PATCH,
        path: "/v1/organizations/{organizationId}/postgres/{postgresId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "postgresId", py_name: "postgres_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:postgres-service:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Update a PostgreSQL service",
    },
    Operation {
        id: "postgresServiceCertsGet",
        python_name: "postgres.get_ca_certificates",
        tag: "Postgres",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/postgres/{postgresId}/caCertificates",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "postgresId", py_name: "postgres_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Text,
        accept: "application/x-pem-file",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:postgres-service:view"],
        deprecated: false,
        idempotent: true,
        summary: "Get Postgres CA certs",
    },
    Operation {
        id: "postgresInstanceRestore",
        python_name: "postgres.restore",
        tag: "Postgres",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/postgres/{postgresId}/restoredService",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "postgresId", py_name: "postgres_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["name", "restoreTarget"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:postgres-service:manage", "control-plane:organization:create-service"],
        deprecated: false,
        idempotent: false,
        summary: "Restore a Postgres service",
    },
    Operation {
        id: "postgresServiceSetPassword",
        python_name: "postgres.reset_password",
        tag: "Postgres",
        method: Method::PATCH,
        path: "/v1/organizations/{organizationId}/postgres/{postgresId}/password",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "postgresId", py_name: "postgres_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:postgres-service:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Update Postgres superuser password",
    },
    Operation {
        id: "postgresServicePatchState",
        python_name: "postgres.update_state",
        tag: "Postgres",
        method: Method::PATCH,
        path: "/v1/organizations/{organizationId}/postgres/{postgresId}/state",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "postgresId", py_name: "postgres_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:postgres-service:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Update Postgres service state",
    },
    Operation {
        id: "postgresInstanceCreateReadReplica",
        python_name: "postgres.create_read_replica",
        tag: "Postgres",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/postgres/{postgresId}/readReplica",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "postgresId", py_name: "postgres_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["name"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:postgres-service:manage", "control-plane:organization:create-service"],
        deprecated: false,
        idempotent: false,
        summary: "Create a read replica for a Postgres service",
    },
    Operation {
        id: "postgresInstanceConfigGet",
        python_name: "postgres.get_config",
        tag: "Postgres",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/postgres/{postgresId}/config",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "postgresId", py_name: "postgres_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:postgres-service:view"],
        deprecated: false,
        idempotent: true,
        summary: "Get PostgreSQL service configuration",
    },
    Operation {
        id: "postgresInstanceConfigPost",
        python_name: "postgres.set_config",
        tag: "Postgres",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/postgres/{postgresId}/config",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "postgresId", py_name: "postgres_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["pgConfig", "pgBouncerConfig"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:postgres-service:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Replace Postgres service configuration",
    },
    Operation {
        id: "postgresInstanceConfigPatch",
        python_name: "postgres.update_config",
        tag: "Postgres",
        method: Method::PATCH,
        path: "/v1/organizations/{organizationId}/postgres/{postgresId}/config",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "postgresId", py_name: "postgres_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["pgConfig", "pgBouncerConfig"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:postgres-service:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Update Postgres service configuration",
    },
    Operation {
        id: "postgresInstancePrometheusGet",
        python_name: "prometheus.get_postgres_metrics",
        tag: "Prometheus",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/postgres/{postgresId}/prometheus",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "postgresId", py_name: "postgres_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Text,
        accept: "text/plain",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:postgres-service:view"],
        deprecated: false,
        idempotent: true,
        summary: "Get PostgreSQL service metrics",
    },
    Operation {
        id: "postgresInstanceMetricsGet",
        python_name: "postgres.get_metrics",
        tag: "Postgres",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/postgres/{postgresId}/metrics",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "postgresId", py_name: "postgres_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "from_date", py_name: "from_date", location: Location::Query, kind: ParamKind::DateTime, required: true, repeated: false, pattern: "" },
            Param { name: "to_date", py_name: "to_date", location: Location::Query, kind: ParamKind::DateTime, required: true, repeated: false, pattern: "" },
            Param { name: "bucket_size_seconds", py_name: "bucket_size_seconds", location: Location::Query, kind: ParamKind::Integer, required: false, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:postgres-service:view"],
        deprecated: false,
        idempotent: true,
        summary: "Get Postgres time-series metrics",
    },
    Operation {
        id: "postgresServiceBackupGetList",
        python_name: "postgres.backups.list",
        tag: "Postgres",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/postgres/{postgresId}/backups",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "postgresId", py_name: "postgres_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "limit", py_name: "limit", location: Location::Query, kind: ParamKind::Integer, required: false, repeated: false, pattern: "" },
            Param { name: "cursor", py_name: "cursor", location: Location::Query, kind: ParamKind::Text, required: false, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::Cursor { default_limit: 100, max_limit: 100 },
        permissions: &["control-plane:postgres-service:view"],
        deprecated: false,
        idempotent: true,
        summary: "List of Postgres service backups",
    },
    Operation {
        id: "slowQueryPatternsGetList",
        python_name: "postgres.slow_query_patterns.list",
        tag: "Postgres",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/postgres/{postgresId}/slowQueryPatterns",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "postgresId", py_name: "postgres_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "from_date", py_name: "from_date", location: Location::Query, kind: ParamKind::DateTime, required: true, repeated: false, pattern: "" },
            Param { name: "to_date", py_name: "to_date", location: Location::Query, kind: ParamKind::DateTime, required: true, repeated: false, pattern: "" },
            Param { name: "db_name", py_name: "db_name", location: Location::Query, kind: ParamKind::Text, required: false, repeated: false, pattern: "" },
            Param { name: "db_user", py_name: "db_user", location: Location::Query, kind: ParamKind::Text, required: false, repeated: false, pattern: "" },
            Param { name: "db_operation", py_name: "db_operation", location: Location::Query, kind: ParamKind::Text, required: false, repeated: false, pattern: "" },
            Param { name: "app", py_name: "app", location: Location::Query, kind: ParamKind::Text, required: false, repeated: false, pattern: "" },
            Param { name: "sort_by", py_name: "sort_by", location: Location::Query, kind: ParamKind::Text, required: false, repeated: false, pattern: "" },
            Param { name: "sort_order", py_name: "sort_order", location: Location::Query, kind: ParamKind::Text, required: false, repeated: false, pattern: "" },
            Param { name: "limit", py_name: "limit", location: Location::Query, kind: ParamKind::Integer, required: false, repeated: false, pattern: "" },
            Param { name: "offset", py_name: "offset", location: Location::Query, kind: ParamKind::Integer, required: false, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::Offset { default_limit: 20, max_limit: 500 },
        permissions: &["control-plane:postgres-service:view"],
        deprecated: false,
        idempotent: true,
        summary: "List Postgres slow query patterns",
    },
    Operation {
        id: "slowQueryPatternGet",
        python_name: "postgres.slow_query_patterns.get",
        tag: "Postgres",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/postgres/{postgresId}/slowQueryPatterns/{queryId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "postgresId", py_name: "postgres_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "queryId", py_name: "query_id", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "" },
            Param { name: "db_name", py_name: "db_name", location: Location::Query, kind: ParamKind::Text, required: true, repeated: false, pattern: "" },
            Param { name: "db_user", py_name: "db_user", location: Location::Query, kind: ParamKind::Text, required: true, repeated: false, pattern: "" },
            Param { name: "db_operation", py_name: "db_operation", location: Location::Query, kind: ParamKind::Text, required: true, repeated: false, pattern: "" },
            Param { name: "app", py_name: "app", location: Location::Query, kind: ParamKind::Text, required: false, repeated: false, pattern: "" },
            Param { name: "timestamp", py_name: "timestamp", location: Location::Query, kind: ParamKind::DateTime, required: false, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:postgres-service:view"],
        deprecated: false,
        idempotent: true,
        summary: "Get a Postgres slow query pattern with recent executions",
    },
    Operation {
        id: "postgresLogsGetList",
        python_name: "postgres.logs.list",
        tag: "Postgres",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/postgres/{postgresId}/logs",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "postgresId", py_name: "postgres_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "from_date", py_name: "from_date", location: Location::Query, kind: ParamKind::DateTime, required: true, repeated: false, pattern: "" },
            Param { name: "to_date", py_name: "to_date", location: Location::Query, kind: ParamKind::DateTime, required: true, repeated: false, pattern: "" },
            Param { name: "body_contains", py_name: "body_contains", location: Location::Query, kind: ParamKind::Text, required: false, repeated: false, pattern: "" },
            Param { name: "severity", py_name: "severity", location: Location::Query, kind: ParamKind::Text, required: false, repeated: false, pattern: "" },
            Param { name: "sort_order", py_name: "sort_order", location: Location::Query, kind: ParamKind::Text, required: false, repeated: false, pattern: "" },
            Param { name: "limit", py_name: "limit", location: Location::Query, kind: ParamKind::Integer, required: false, repeated: false, pattern: "" },
            Param { name: "offset", py_name: "offset", location: Location::Query, kind: ParamKind::Integer, required: false, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::Offset { default_limit: 50, max_limit: 2000 },
        permissions: &["control-plane:postgres-service:view"],
        deprecated: false,
        idempotent: true,
        summary: "List Postgres server logs",
    },
    Operation {
        id: "organizationPrivateEndpointConfigGetList",
        python_name: "organizations.list_private_endpoint_configs",
        tag: "Organization",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/privateEndpointConfig",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "cloud_provider", py_name: "cloud_provider", location: Location::Query, kind: ParamKind::Text, required: true, repeated: false, pattern: "" },
            Param { name: "region_id", py_name: "region_id", location: Location::Query, kind: ParamKind::Text, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:view"],
        deprecated: true,
        idempotent: true,
        summary: "Get private endpoint configuration for region within cloud provider for an organization",
    },
    Operation {
        id: "organizationByocInfrastructureCreate",
        python_name: "byoc_infrastructure.create",
        tag: "Organization",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/byocInfrastructure",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["regionId", "accountId"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Create BYOC Infrastructure",
    },
    Operation {
        id: "organizationByocInfrastructureValidate",
        python_name: "byoc_infrastructure.validate",
        tag: "Organization",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/byocInfrastructure/validate",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["regionId", "accountId"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Validate BYOC infrastructure prerequisites",
    },
    Operation {
        id: "organizationByocInfrastructureGet",
        python_name: "byoc_infrastructure.get",
        tag: "Organization",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "byocInfrastructureId", py_name: "infrastructure_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:view"],
        deprecated: false,
        idempotent: true,
        summary: "Get BYOC infrastructure details",
    },
    Operation {
        id: "organizationByocInfrastructureDelete",
        python_name: "byoc_infrastructure.delete",
        tag: "Organization",
        method: Method::DELETE,
        path: "/v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "byocInfrastructureId", py_name: "infrastructure_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Empty,
        accept: "application/json",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:organization:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Remove a BYOC infrastructure",
    },
    Operation {
        id: "organizationByocInfrastructureUpdate",
        python_name: "byoc_infrastructure.update",
        tag: "Organization",
        method: Method::PATCH,
        path: "/v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "byocInfrastructureId", py_name: "infrastructure_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Update BYOC Infrastructure",
    },
    Operation {
        id: "organizationByocInfrastructureProgressGet",
        python_name: "byoc_infrastructure.get_progress",
        tag: "Organization",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}/progress",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "byocInfrastructureId", py_name: "infrastructure_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:view"],
        deprecated: false,
        idempotent: true,
        summary: "Get BYOC infrastructure provisioning progress",
    },
    Operation {
        id: "organizationByocInfrastructureTagsGet",
        python_name: "byoc_infrastructure.get_tags",
        tag: "Organization",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}/tags",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "byocInfrastructureId", py_name: "infrastructure_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:view"],
        deprecated: false,
        idempotent: true,
        summary: "Get BYOC infrastructure tags",
    },
    Operation {
        id: "organizationByocInfrastructurePrivateEndpointConfigGet",
        python_name: "byoc_infrastructure.get_private_endpoint_config",
        tag: "Organization",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}/privateEndpointConfig",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "byocInfrastructureId", py_name: "infrastructure_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:view"],
        deprecated: false,
        idempotent: true,
        summary: "Get BYOC infrastructure private endpoint configuration",
    },
    Operation {
        id: "clickPipeReversePrivateEndpointGetList",
        python_name: "clickpipes.reverse_private_endpoints.list",
        tag: "ClickPipes",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickpipes"],
        deprecated: false,
        idempotent: true,
        summary: "List reverse private endpoints",
    },
    Operation {
        id: "clickPipeReversePrivateEndpointCreate",
        python_name: "clickpipes.reverse_private_endpoints.create",
        tag: "ClickPipes",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &["description", "type"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickpipes"],
        deprecated: false,
        idempotent: false,
        summary: "Create reverse private endpoint",
    },
    Operation {
        id: "clickPipeReversePrivateEndpointGet",
        python_name: "clickpipes.reverse_private_endpoints.get",
        tag: "ClickPipes",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "reversePrivateEndpointId", py_name: "endpoint_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickpipes"],
        deprecated: false,
        idempotent: true,
        summary: "Get reverse private endpoint",
    },
    Operation {
        id: "clickPipeReversePrivateEndpointDelete",
        python_name: "clickpipes.reverse_private_endpoints.delete",
        tag: "ClickPipes",
        method: Method::DELETE,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "reversePrivateEndpointId", py_name: "endpoint_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Empty,
        accept: "application/json",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickpipes"],
        deprecated: false,
        idempotent: false,
        summary: "Delete reverse private endpoint",
    },
    Operation {
        id: "clickPipeReversePrivateEndpointUpdate",
        python_name: "clickpipes.reverse_private_endpoints.update",
        tag: "ClickPipes",
        method: Method::PATCH,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "reversePrivateEndpointId", py_name: "endpoint_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-clickpipes"],
        deprecated: false,
        idempotent: false,
        summary: "Update reverse private endpoint",
    },
    Operation {
        id: "queryApiEndpointList",
        python_name: "query_api_endpoints.list",
        tag: "Query API endpoints",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
            Param { name: "cursor", py_name: "cursor", location: Location::Query, kind: ParamKind::Text, required: false, repeated: false, pattern: "" },
            Param { name: "limit", py_name: "limit", location: Location::Query, kind: ParamKind::Integer, required: false, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::Cursor { default_limit: 100, max_limit: 100 },
        permissions: &["control-plane:service:view-query-api-endpoints"],
        deprecated: false,
        idempotent: true,
        summary: "List Query API endpoints",
    },
    Operation {
        id: "queryApiEndpointCreate",
        python_name: "query_api_endpoints.create",
        tag: "Query API endpoints",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
        ],
        body: true,
        body_required: &["name", "sql", "database", "apiKeyIds", "roles"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-query-api-endpoints"],
        deprecated: false,
        idempotent: false,
        summary: "Create a Query API endpoint",
    },
    Operation {
        id: "queryApiEndpointDelete",
        python_name: "query_api_endpoints.delete",
        tag: "Query API endpoints",
        method: Method::DELETE,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints/{endpointId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
            Param { name: "endpointId", py_name: "endpoint_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Empty,
        accept: "application/json",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-query-api-endpoints"],
        deprecated: false,
        idempotent: false,
        summary: "Delete a Query API endpoint",
    },
    Operation {
        id: "queryApiEndpointGet",
        python_name: "query_api_endpoints.get",
        tag: "Query API endpoints",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints/{endpointId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
            Param { name: "endpointId", py_name: "endpoint_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:view-query-api-endpoints"],
        deprecated: false,
        idempotent: true,
        summary: "Get a Query API endpoint",
    },
    Operation {
        id: "queryApiEndpointUpdate",
        python_name: "query_api_endpoints.update",
        tag: "Query API endpoints",
        method: Method::PUT,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints/{endpointId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
            Param { name: "endpointId", py_name: "endpoint_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
        ],
        body: true,
        body_required: &["name", "sql", "database", "apiKeyIds", "roles"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage-query-api-endpoints"],
        deprecated: false,
        idempotent: false,
        summary: "Update a Query API endpoint",
    },
    Operation {
        id: "savedQueryList",
        python_name: "saved_queries.list",
        tag: "Saved queries",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/saved-queries",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
            Param { name: "cursor", py_name: "cursor", location: Location::Query, kind: ParamKind::Text, required: false, repeated: false, pattern: "" },
            Param { name: "limit", py_name: "limit", location: Location::Query, kind: ParamKind::Integer, required: false, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::Cursor { default_limit: 100, max_limit: 100 },
        permissions: &["control-plane:service:view"],
        deprecated: false,
        idempotent: true,
        summary: "List saved queries",
    },
    Operation {
        id: "savedQueryCreate",
        python_name: "saved_queries.create",
        tag: "Saved queries",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/saved-queries",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
        ],
        body: true,
        body_required: &["name", "sql", "database"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Create a saved query",
    },
    Operation {
        id: "savedQueryDelete",
        python_name: "saved_queries.delete",
        tag: "Saved queries",
        method: Method::DELETE,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/saved-queries/{queryId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
            Param { name: "queryId", py_name: "query_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Empty,
        accept: "application/json",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:service:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Delete a saved query",
    },
    Operation {
        id: "savedQueryGet",
        python_name: "saved_queries.get",
        tag: "Saved queries",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/saved-queries/{queryId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
            Param { name: "queryId", py_name: "query_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:view"],
        deprecated: false,
        idempotent: true,
        summary: "Get a saved query",
    },
    Operation {
        id: "savedQueryUpdate",
        python_name: "saved_queries.update",
        tag: "Saved queries",
        method: Method::PUT,
        path: "/v1/organizations/{organizationId}/services/{serviceId}/saved-queries/{queryId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
            Param { name: "queryId", py_name: "query_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
        ],
        body: true,
        body_required: &["name", "sql", "database"],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:service:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Update a saved query",
    },
    Operation {
        id: "udfUploadSessionCreate",
        python_name: "udfs.create_upload_session",
        tag: "UDF",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/udfUploads/url",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Create UDF upload URL",
    },
    Operation {
        id: "udfList",
        python_name: "udfs.list",
        tag: "UDF",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/udfs",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
            Param { name: "cursor", py_name: "cursor", location: Location::Query, kind: ParamKind::Text, required: false, repeated: false, pattern: "" },
            Param { name: "limit", py_name: "limit", location: Location::Query, kind: ParamKind::Integer, required: false, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::Cursor { default_limit: 100, max_limit: 100 },
        permissions: &["control-plane:organization:view"],
        deprecated: false,
        idempotent: true,
        summary: "List UDFs",
    },
    Operation {
        id: "udfCreate",
        python_name: "udfs.create",
        tag: "UDF",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/udfs",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Create UDF",
    },
    Operation {
        id: "udfDelete",
        python_name: "udfs.delete",
        tag: "UDF",
        method: Method::DELETE,
        path: "/v1/organizations/{organizationId}/udfs/{functionName}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
            Param { name: "functionName", py_name: "function_name", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "^[A-Za-z][A-Za-z0-9_]*$" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Empty,
        accept: "application/json",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:organization:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Delete UDF",
    },
    Operation {
        id: "udfGet",
        python_name: "udfs.get",
        tag: "UDF",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/udfs/{functionName}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
            Param { name: "functionName", py_name: "function_name", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "^[A-Za-z][A-Za-z0-9_]*$" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:view"],
        deprecated: false,
        idempotent: true,
        summary: "Get UDF",
    },
    Operation {
        id: "udfAttachmentList",
        python_name: "udfs.attachments.list",
        tag: "UDF",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/udfs/{functionName}/attachments",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
            Param { name: "functionName", py_name: "function_name", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "^[A-Za-z][A-Za-z0-9_]*$" },
            Param { name: "cursor", py_name: "cursor", location: Location::Query, kind: ParamKind::Text, required: false, repeated: false, pattern: "" },
            Param { name: "limit", py_name: "limit", location: Location::Query, kind: ParamKind::Integer, required: false, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::Cursor { default_limit: 100, max_limit: 100 },
        permissions: &["control-plane:organization:view"],
        deprecated: false,
        idempotent: true,
        summary: "List UDF attachments",
    },
    Operation {
        id: "udfDetach",
        python_name: "udfs.attachments.detach",
        tag: "UDF",
        method: Method::DELETE,
        path: "/v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
            Param { name: "functionName", py_name: "function_name", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "^[A-Za-z][A-Za-z0-9_]*$" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Empty,
        accept: "application/json",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:organization:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Detach UDF from service",
    },
    Operation {
        id: "udfAttachmentGet",
        python_name: "udfs.attachments.get",
        tag: "UDF",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
            Param { name: "functionName", py_name: "function_name", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "^[A-Za-z][A-Za-z0-9_]*$" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:view"],
        deprecated: false,
        idempotent: true,
        summary: "Get UDF attachment",
    },
    Operation {
        id: "udfAttach",
        python_name: "udfs.attachments.attach",
        tag: "UDF",
        method: Method::PUT,
        path: "/v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
            Param { name: "functionName", py_name: "function_name", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "^[A-Za-z][A-Za-z0-9_]*$" },
            Param { name: "serviceId", py_name: "service_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Attach UDF to service",
    },
    Operation {
        id: "udfVersionList",
        python_name: "udfs.versions.list",
        tag: "UDF",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/udfs/{functionName}/versions",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
            Param { name: "functionName", py_name: "function_name", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "^[A-Za-z][A-Za-z0-9_]*$" },
            Param { name: "cursor", py_name: "cursor", location: Location::Query, kind: ParamKind::Text, required: false, repeated: false, pattern: "" },
            Param { name: "limit", py_name: "limit", location: Location::Query, kind: ParamKind::Integer, required: false, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::List,
        paging: Paging::Cursor { default_limit: 100, max_limit: 100 },
        permissions: &["control-plane:organization:view"],
        deprecated: false,
        idempotent: true,
        summary: "List UDF versions",
    },
    Operation {
        id: "udfVersionCreate",
        python_name: "udfs.versions.create",
        tag: "UDF",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/udfs/{functionName}/versions",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
            Param { name: "functionName", py_name: "function_name", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "^[A-Za-z][A-Za-z0-9_]*$" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        accept: "application/json",
        shape: Shape::Object,
        paging: Paging::None,
        permissions: &["control-plane:organization:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Create UDF version",
    },
    Operation {
        id: "udfVersionDelete",
        python_name: "udfs.versions.delete",
        tag: "UDF",
        method: Method::DELETE,
        path: "/v1/organizations/{organizationId}/udfs/{functionName}/versions/{version}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000)$" },
            Param { name: "functionName", py_name: "function_name", location: Location::Path, kind: ParamKind::Text, required: true, repeated: false, pattern: "^[A-Za-z][A-Za-z0-9_]*$" },
            Param { name: "version", py_name: "version", location: Location::Path, kind: ParamKind::Integer, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Empty,
        accept: "application/json",
        shape: Shape::None,
        paging: Paging::None,
        permissions: &["control-plane:organization:manage"],
        deprecated: false,
        idempotent: false,
        summary: "Delete UDF version",
    },
];

/// An operation's answer, parsed.
#[derive(Debug, Clone, PartialEq)]
pub enum Output {
    /// A success without a result.
    Empty,
    /// A text answer.
    Text(String),
    ActiveBalances(models::ActiveBalances),
    Activity(models::Activity),
    ApiKey(models::ApiKey),
    Backup(models::Backup),
    BackupBucket(models::BackupBucket),
    BackupConfiguration(models::BackupConfiguration),
    ByocConfig(models::ByocConfig),
    ByocInfrastructureDetails(models::ByocInfrastructureDetails),
    ByocInfrastructurePrivateEndpointConfig(models::ByocInfrastructurePrivateEndpointConfig),
    ByocInfrastructureProgress(models::ByocInfrastructureProgress),
    ByocInfrastructureTagsResponse(models::ByocInfrastructureTagsResponse),
    ByocInfrastructureValidation(models::ByocInfrastructureValidation),
    ClickPipe(models::ClickPipe),
    ClickPipeSchemaDiscoveryResponse(models::ClickPipeSchemaDiscoveryResponse),
    ClickPipeSettings(models::ClickPipeSettings),
    ClickPipesCdcScaling(models::ClickPipesCdcScaling),
    ClickPipesServiceContext(models::ClickPipesServiceContext),
    ClickStackAlertResponse(models::ClickStackAlertResponse),
    ClickStackDashboardResponse(models::ClickStackDashboardResponse),
    ClickStackRole(models::ClickStackRole),
    ClickStackSavedSearch(models::ClickStackSavedSearch),
    ClickStackSource(models::ClickStackSource),
    ClickStackValidateDashboardResponse(models::ClickStackValidateDashboardResponse),
    ClickStackValidateWebhookResponse(models::ClickStackValidateWebhookResponse),
    ClickStackWebhook(models::ClickStackWebhook),
    CreatedKey(models::CreatedKey),
    CreditBalances(models::CreditBalances),
    InstancePrivateEndpoint(models::InstancePrivateEndpoint),
    Invitation(models::Invitation),
    ListOfActivity(Vec<models::Activity>),
    ListOfApiKey(Vec<models::ApiKey>),
    ListOfBackup(Vec<models::Backup>),
    ListOfClickPipe(Vec<models::ClickPipe>),
    ListOfClickStackAlertResponse(Vec<models::ClickStackAlertResponse>),
    ListOfClickStackDashboardResponse(Vec<models::ClickStackDashboardResponse>),
    ListOfClickStackRole(Vec<models::ClickStackRole>),
    ListOfClickStackSavedSearch(Vec<models::ClickStackSavedSearch>),
    ListOfClickStackSource(Vec<models::ClickStackSource>),
    ListOfClickStackWebhook(Vec<models::ClickStackWebhook>),
    ListOfInvitation(Vec<models::Invitation>),
    ListOfMember(Vec<models::Member>),
    ListOfNotification(Vec<models::Notification>),
    ListOfNotificationType(Vec<models::NotificationType>),
    ListOfOrganization(Vec<models::Organization>),
    ListOfOrganizationQuota(Vec<models::OrganizationQuota>),
    ListOfPostgresBackup(Vec<models::PostgresBackup>),
    ListOfPostgresLogEntry(Vec<models::PostgresLogEntry>),
    ListOfPostgresServiceListItem(Vec<models::PostgresServiceListItem>),
    ListOfPostgresSlowQueryPattern(Vec<models::PostgresSlowQueryPattern>),
    ListOfPrometheusDiscoveryTargetGroup(Vec<models::PrometheusDiscoveryTargetGroup>),
    ListOfPublicQueryApiEndpointListItem(Vec<models::PublicQueryApiEndpointListItem>),
    ListOfPublicSavedQueryListItem(Vec<models::PublicSavedQueryListItem>),
    ListOfRBACRole(Vec<models::RBACRole>),
    ListOfReversePrivateEndpoint(Vec<models::ReversePrivateEndpoint>),
    ListOfService(Vec<models::Service>),
    ListOfServiceProfile(Vec<models::ServiceProfile>),
    ListOfSnapshot(Vec<models::Snapshot>),
    ListOfUdf(Vec<models::Udf>),
    ListOfUdfAttachment(Vec<models::UdfAttachment>),
    Member(models::Member),
    Organization(models::Organization),
    OrganizationCloudRegionPrivateEndpointConfig(models::OrganizationCloudRegionPrivateEndpointConfig),
    OrganizationQuota(models::OrganizationQuota),
    PostgresInstanceConfig(models::PostgresInstanceConfig),
    PostgresInstanceUpdateConfigResponse(models::PostgresInstanceUpdateConfigResponse),
    PostgresMetrics(models::PostgresMetrics),
    PostgresService(models::PostgresService),
    PostgresServicePasswordResource(models::PostgresServicePasswordResource),
    PostgresSlowQueryPatternDetail(models::PostgresSlowQueryPatternDetail),
    PrivateEndpointConfig(models::PrivateEndpointConfig),
    PublicQueryApiEndpoint(models::PublicQueryApiEndpoint),
    PublicSavedQuery(models::PublicSavedQuery),
    RBACRole(models::RBACRole),
    ReplicaAwareRouting(models::ReplicaAwareRouting),
    RestoredService(models::RestoredService),
    ReversePrivateEndpoint(models::ReversePrivateEndpoint),
    ScalingSchedule(models::ScalingSchedule),
    Service(models::Service),
    ServiceClickhouseSetting(models::ServiceClickhouseSetting),
    ServiceClickhouseSettingsList(models::ServiceClickhouseSettingsList),
    ServiceClickhouseSettingsPatchResponse(models::ServiceClickhouseSettingsPatchResponse),
    ServiceClickhouseSettingsSchema(models::ServiceClickhouseSettingsSchema),
    ServicePasswordPatchResponse(models::ServicePasswordPatchResponse),
    ServiceQueryAPIEndpoint(models::ServiceQueryAPIEndpoint),
    ServiceScalingPatchResponse(models::ServiceScalingPatchResponse),
    Snapshot(models::Snapshot),
    SnapshotConfiguration(models::SnapshotConfiguration),
    Udf(models::Udf),
    UdfAttachment(models::UdfAttachment),
    UdfUploadSession(models::UdfUploadSession),
    UpgradeWindow(models::UpgradeWindow),
    UsageCost(models::UsageCost),
    Whoami(models::Whoami),
}

/// Parses a success answer of operation `index` (its `requestId` too).
pub fn parse(index: usize, response: &RawResponse) -> Result<(Output, Option<String>), Error> {
    Ok(match index {
        id::WHOAMI_GET => {
            let (value, rid) = parse_result_with_id::<models::Whoami>(response)?;
            (Output::Whoami(value), rid)
        }
        id::ORGANIZATION_GET_LIST => {
            let (value, rid) = parse_result_with_id::<Vec<models::Organization>>(response)?;
            (Output::ListOfOrganization(value), rid)
        }
        id::ORGANIZATION_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::Organization>>(response)?;
            (Output::Organization(value.0), rid)
        }
        id::ORGANIZATION_UPDATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::Organization>>(response)?;
            (Output::Organization(value.0), rid)
        }
        id::ORGANIZATION_PROMETHEUS_GET => (Output::Text(String::from_utf8_lossy(&response.body).into_owned()), None),
        id::ORGANIZATION_PROMETHEUS_DISCOVERY_GET => {
            let (value, rid) = parse_bare::<Vec<models::PrometheusDiscoveryTargetGroup>>(response)?;
            (Output::ListOfPrometheusDiscoveryTargetGroup(value), rid)
        }
        id::ORGANIZATION_ROLES_GET_LIST => {
            let (value, rid) = parse_result_with_id::<Vec<models::RBACRole>>(response)?;
            (Output::ListOfRBACRole(value), rid)
        }
        id::ORGANIZATION_ROLE_POST => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::RBACRole>>(response)?;
            (Output::RBACRole(value.0), rid)
        }
        id::ORGANIZATION_ROLE_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::RBACRole>>(response)?;
            (Output::RBACRole(value.0), rid)
        }
        id::ORGANIZATION_ROLE_PATCH => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::RBACRole>>(response)?;
            (Output::RBACRole(value.0), rid)
        }
        id::ORGANIZATION_ROLE_DELETE => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        id::ORGANIZATION_QUOTAS_GET_LIST => {
            let (value, rid) = parse_result_with_id::<Vec<models::OrganizationQuota>>(response)?;
            (Output::ListOfOrganizationQuota(value), rid)
        }
        id::ORGANIZATION_QUOTA_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::OrganizationQuota>>(response)?;
            (Output::OrganizationQuota(value.0), rid)
        }
        id::SERVICE_PROFILES_LIST => {
            let (value, rid) = parse_result_with_id::<Vec<models::ServiceProfile>>(response)?;
            (Output::ListOfServiceProfile(value), rid)
        }
        id::INSTANCE_GET_LIST => {
            let (value, rid) = parse_result_with_id::<Vec<models::Service>>(response)?;
            (Output::ListOfService(value), rid)
        }
        id::INSTANCE_CREATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::RestoredService>>(response)?;
            (Output::RestoredService(value.0), rid)
        }
        id::INSTANCE_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::Service>>(response)?;
            (Output::Service(value.0), rid)
        }
        id::INSTANCE_UPDATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::Service>>(response)?;
            (Output::Service(value.0), rid)
        }
        id::INSTANCE_DELETE => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        id::INSTANCE_PRIVATE_ENDPOINT_CONFIG_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::PrivateEndpointConfig>>(response)?;
            (Output::PrivateEndpointConfig(value.0), rid)
        }
        id::INSTANCE_QUERY_ENDPOINT_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ServiceQueryAPIEndpoint>>(response)?;
            (Output::ServiceQueryAPIEndpoint(value.0), rid)
        }
        id::INSTANCE_QUERY_ENDPOINT_DELETE => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        id::INSTANCE_QUERY_ENDPOINT_UPSERT => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ServiceQueryAPIEndpoint>>(response)?;
            (Output::ServiceQueryAPIEndpoint(value.0), rid)
        }
        id::INSTANCE_STATE_UPDATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::Service>>(response)?;
            (Output::Service(value.0), rid)
        }
        id::INSTANCE_SCALING_UPDATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::Service>>(response)?;
            (Output::Service(value.0), rid)
        }
        id::INSTANCE_REPLICA_SCALING_UPDATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ServiceScalingPatchResponse>>(response)?;
            (Output::ServiceScalingPatchResponse(value.0), rid)
        }
        id::INSTANCE_PASSWORD_UPDATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ServicePasswordPatchResponse>>(response)?;
            (Output::ServicePasswordPatchResponse(value.0), rid)
        }
        id::INSTANCE_PRIVATE_ENDPOINT_CREATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::InstancePrivateEndpoint>>(response)?;
            (Output::InstancePrivateEndpoint(value.0), rid)
        }
        id::INSTANCE_PROMETHEUS_GET => (Output::Text(String::from_utf8_lossy(&response.body).into_owned()), None),
        id::SCALING_SCHEDULE_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ScalingSchedule>>(response)?;
            (Output::ScalingSchedule(value.0), rid)
        }
        id::SCALING_SCHEDULE_UPSERT => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ScalingSchedule>>(response)?;
            (Output::ScalingSchedule(value.0), rid)
        }
        id::SCALING_SCHEDULE_DELETE => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        id::UPGRADE_WINDOW_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::UpgradeWindow>>(response)?;
            (Output::UpgradeWindow(value.0), rid)
        }
        id::UPGRADE_WINDOW_UPDATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::UpgradeWindow>>(response)?;
            (Output::UpgradeWindow(value.0), rid)
        }
        id::UPGRADE_WINDOW_DELETE => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        id::SERVICE_CLICKHOUSE_SETTINGS_LIST_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ServiceClickhouseSettingsList>>(response)?;
            (Output::ServiceClickhouseSettingsList(value.0), rid)
        }
        id::SERVICE_CLICKHOUSE_SETTINGS_UPDATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ServiceClickhouseSettingsPatchResponse>>(response)?;
            (Output::ServiceClickhouseSettingsPatchResponse(value.0), rid)
        }
        id::SERVICE_CLICKHOUSE_SETTINGS_SCHEMA_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ServiceClickhouseSettingsSchema>>(response)?;
            (Output::ServiceClickhouseSettingsSchema(value.0), rid)
        }
        id::SERVICE_CLICKHOUSE_SETTING_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ServiceClickhouseSetting>>(response)?;
            (Output::ServiceClickhouseSetting(value.0), rid)
        }
        id::SERVICE_CLICKHOUSE_SETTING_DELETE => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        id::BACKUP_GET_LIST => {
            let (value, rid) = parse_result_with_id::<Vec<models::Backup>>(response)?;
            (Output::ListOfBackup(value), rid)
        }
        id::BACKUP_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::Backup>>(response)?;
            (Output::Backup(value.0), rid)
        }
        id::SNAPSHOT_GET_LIST => {
            let (value, rid) = parse_result_with_id::<Vec<models::Snapshot>>(response)?;
            (Output::ListOfSnapshot(value), rid)
        }
        id::SNAPSHOT_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::Snapshot>>(response)?;
            (Output::Snapshot(value.0), rid)
        }
        id::BACKUP_CONFIGURATION_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::BackupConfiguration>>(response)?;
            (Output::BackupConfiguration(value.0), rid)
        }
        id::BACKUP_CONFIGURATION_UPDATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::BackupConfiguration>>(response)?;
            (Output::BackupConfiguration(value.0), rid)
        }
        id::SNAPSHOT_CONFIGURATION_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::SnapshotConfiguration>>(response)?;
            (Output::SnapshotConfiguration(value.0), rid)
        }
        id::SNAPSHOT_CONFIGURATION_UPDATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::SnapshotConfiguration>>(response)?;
            (Output::SnapshotConfiguration(value.0), rid)
        }
        id::REPLICA_AWARE_ROUTING_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ReplicaAwareRouting>>(response)?;
            (Output::ReplicaAwareRouting(value.0), rid)
        }
        id::REPLICA_AWARE_ROUTING_UPDATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ReplicaAwareRouting>>(response)?;
            (Output::ReplicaAwareRouting(value.0), rid)
        }
        id::BACKUP_BUCKET_GET => {
            let (value, rid) = parse_result_with_id::<models::BackupBucket>(response)?;
            (Output::BackupBucket(value), rid)
        }
        id::BACKUP_BUCKET_CREATE => {
            let (value, rid) = parse_result_with_id::<models::BackupBucket>(response)?;
            (Output::BackupBucket(value), rid)
        }
        id::BACKUP_BUCKET_UPDATE => {
            let (value, rid) = parse_result_with_id::<models::BackupBucket>(response)?;
            (Output::BackupBucket(value), rid)
        }
        id::BACKUP_BUCKET_DELETE => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        id::OPENAPI_KEY_GET_LIST => {
            let (value, rid) = parse_result_with_id::<Vec<models::ApiKey>>(response)?;
            (Output::ListOfApiKey(value), rid)
        }
        id::OPENAPI_KEY_CREATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::CreatedKey>>(response)?;
            (Output::CreatedKey(value.0), rid)
        }
        id::OPENAPI_KEY_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ApiKey>>(response)?;
            (Output::ApiKey(value.0), rid)
        }
        id::OPENAPI_KEY_UPDATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ApiKey>>(response)?;
            (Output::ApiKey(value.0), rid)
        }
        id::OPENAPI_KEY_DELETE => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        id::MEMBER_GET_LIST => {
            let (value, rid) = parse_result_with_id::<Vec<models::Member>>(response)?;
            (Output::ListOfMember(value), rid)
        }
        id::MEMBER_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::Member>>(response)?;
            (Output::Member(value.0), rid)
        }
        id::MEMBER_UPDATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::Member>>(response)?;
            (Output::Member(value.0), rid)
        }
        id::MEMBER_DELETE => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        id::INVITATION_GET_LIST => {
            let (value, rid) = parse_result_with_id::<Vec<models::Invitation>>(response)?;
            (Output::ListOfInvitation(value), rid)
        }
        id::INVITATION_CREATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::Invitation>>(response)?;
            (Output::Invitation(value.0), rid)
        }
        id::INVITATION_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::Invitation>>(response)?;
            (Output::Invitation(value.0), rid)
        }
        id::INVITATION_DELETE => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        id::ACTIVITY_GET_LIST => {
            let (value, rid) = parse_result_with_id::<Vec<models::Activity>>(response)?;
            (Output::ListOfActivity(value), rid)
        }
        id::ACTIVITY_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::Activity>>(response)?;
            (Output::Activity(value.0), rid)
        }
        id::NOTIFICATION_GET_LIST => {
            let (value, rid) = parse_result_with_id::<Vec<models::Notification>>(response)?;
            (Output::ListOfNotification(value), rid)
        }
        id::NOTIFICATION_TYPES_GET_LIST => {
            let (value, rid) = parse_result_with_id::<Vec<models::NotificationType>>(response)?;
            (Output::ListOfNotificationType(value), rid)
        }
        id::USAGE_COST_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::UsageCost>>(response)?;
            (Output::UsageCost(value.0), rid)
        }
        id::ACTIVE_BALANCES_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ActiveBalances>>(response)?;
            (Output::ActiveBalances(value.0), rid)
        }
        id::CREDIT_BALANCES_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::CreditBalances>>(response)?;
            (Output::CreditBalances(value.0), rid)
        }
        id::CLICK_PIPE_GET_LIST => {
            let (value, rid) = parse_result_with_id::<Vec<models::ClickPipe>>(response)?;
            (Output::ListOfClickPipe(value), rid)
        }
        id::CLICK_PIPE_CREATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ClickPipe>>(response)?;
            (Output::ClickPipe(value.0), rid)
        }
        id::CLICK_PIPES_SERVICE_CONTEXT_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ClickPipesServiceContext>>(response)?;
            (Output::ClickPipesServiceContext(value.0), rid)
        }
        id::CLICK_PIPE_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ClickPipe>>(response)?;
            (Output::ClickPipe(value.0), rid)
        }
        id::CLICK_PIPE_UPDATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ClickPipe>>(response)?;
            (Output::ClickPipe(value.0), rid)
        }
        id::CLICK_PIPE_DELETE => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        id::CLICK_PIPE_SETTINGS_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ClickPipeSettings>>(response)?;
            (Output::ClickPipeSettings(value.0), rid)
        }
        id::CLICK_PIPE_SETTINGS_UPDATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ClickPipeSettings>>(response)?;
            (Output::ClickPipeSettings(value.0), rid)
        }
        id::CLICK_PIPE_SCHEMA_DISCOVERY => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ClickPipeSchemaDiscoveryResponse>>(response)?;
            (Output::ClickPipeSchemaDiscoveryResponse(value.0), rid)
        }
        id::CLICK_PIPE_SCALING_UPDATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ClickPipe>>(response)?;
            (Output::ClickPipe(value.0), rid)
        }
        id::CLICK_PIPE_STATE_UPDATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ClickPipe>>(response)?;
            (Output::ClickPipe(value.0), rid)
        }
        id::CLICK_PIPE_CDC_SCALING_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ClickPipesCdcScaling>>(response)?;
            (Output::ClickPipesCdcScaling(value.0), rid)
        }
        id::CLICK_PIPE_CDC_SCALING_UPDATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ClickPipesCdcScaling>>(response)?;
            (Output::ClickPipesCdcScaling(value.0), rid)
        }
        id::CLICK_STACK_LIST_DASHBOARDS => {
            let (value, rid) = parse_result_with_id::<Vec<models::ClickStackDashboardResponse>>(response)?;
            (Output::ListOfClickStackDashboardResponse(value), rid)
        }
        id::CLICK_STACK_CREATE_DASHBOARD => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ClickStackDashboardResponse>>(response)?;
            (Output::ClickStackDashboardResponse(value.0), rid)
        }
        id::CLICK_STACK_GET_DASHBOARD => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ClickStackDashboardResponse>>(response)?;
            (Output::ClickStackDashboardResponse(value.0), rid)
        }
        id::CLICK_STACK_UPDATE_DASHBOARD => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ClickStackDashboardResponse>>(response)?;
            (Output::ClickStackDashboardResponse(value.0), rid)
        }
        id::CLICK_STACK_DELETE_DASHBOARD => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        id::CLICK_STACK_VALIDATE_DASHBOARD => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ClickStackValidateDashboardResponse>>(response)?;
            (Output::ClickStackValidateDashboardResponse(value.0), rid)
        }
        id::CLICK_STACK_LIST_ALERTS => {
            let (value, rid) = parse_result_with_id::<Vec<models::ClickStackAlertResponse>>(response)?;
            (Output::ListOfClickStackAlertResponse(value), rid)
        }
        id::CLICK_STACK_CREATE_ALERT => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ClickStackAlertResponse>>(response)?;
            (Output::ClickStackAlertResponse(value.0), rid)
        }
        id::CLICK_STACK_LIST_SOURCES => {
            let (value, rid) = parse_result_with_id::<Vec<models::ClickStackSource>>(response)?;
            (Output::ListOfClickStackSource(value), rid)
        }
        id::CLICK_STACK_CREATE_SOURCE => {
            let (value, rid) = parse_result_with_id::<models::ClickStackSource>(response)?;
            (Output::ClickStackSource(value), rid)
        }
        id::CLICK_STACK_GET_SOURCE => {
            let (value, rid) = parse_result_with_id::<models::ClickStackSource>(response)?;
            (Output::ClickStackSource(value), rid)
        }
        id::CLICK_STACK_UPDATE_SOURCE => {
            let (value, rid) = parse_result_with_id::<models::ClickStackSource>(response)?;
            (Output::ClickStackSource(value), rid)
        }
        id::CLICK_STACK_DELETE_SOURCE => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        id::CLICK_STACK_GET_ALERT => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ClickStackAlertResponse>>(response)?;
            (Output::ClickStackAlertResponse(value.0), rid)
        }
        id::CLICK_STACK_UPDATE_ALERT => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ClickStackAlertResponse>>(response)?;
            (Output::ClickStackAlertResponse(value.0), rid)
        }
        id::CLICK_STACK_DELETE_ALERT => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        id::CLICK_STACK_LIST_WEBHOOKS => {
            let (value, rid) = parse_result_with_id::<Vec<models::ClickStackWebhook>>(response)?;
            (Output::ListOfClickStackWebhook(value), rid)
        }
        id::CLICK_STACK_CREATE_WEBHOOK => {
            let (value, rid) = parse_result_with_id::<models::ClickStackWebhook>(response)?;
            (Output::ClickStackWebhook(value), rid)
        }
        id::CLICK_STACK_VALIDATE_WEBHOOK => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ClickStackValidateWebhookResponse>>(response)?;
            (Output::ClickStackValidateWebhookResponse(value.0), rid)
        }
        id::CLICK_STACK_UPDATE_WEBHOOK => {
            let (value, rid) = parse_result_with_id::<models::ClickStackWebhook>(response)?;
            (Output::ClickStackWebhook(value), rid)
        }
        id::CLICK_STACK_DELETE_WEBHOOK => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        id::CLICK_STACK_LIST_ROLES => {
            let (value, rid) = parse_result_with_id::<Vec<models::ClickStackRole>>(response)?;
            (Output::ListOfClickStackRole(value), rid)
        }
        id::CLICK_STACK_CREATE_ROLE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ClickStackRole>>(response)?;
            (Output::ClickStackRole(value.0), rid)
        }
        id::CLICK_STACK_GET_ROLE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ClickStackRole>>(response)?;
            (Output::ClickStackRole(value.0), rid)
        }
        id::CLICK_STACK_UPDATE_ROLE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ClickStackRole>>(response)?;
            (Output::ClickStackRole(value.0), rid)
        }
        id::CLICK_STACK_DELETE_ROLE => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        id::CLICK_STACK_LIST_SAVED_SEARCHES => {
            let (value, rid) = parse_result_with_id::<Vec<models::ClickStackSavedSearch>>(response)?;
            (Output::ListOfClickStackSavedSearch(value), rid)
        }
        id::CLICK_STACK_CREATE_SAVED_SEARCH => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ClickStackSavedSearch>>(response)?;
            (Output::ClickStackSavedSearch(value.0), rid)
        }
        id::CLICK_STACK_GET_SAVED_SEARCH => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ClickStackSavedSearch>>(response)?;
            (Output::ClickStackSavedSearch(value.0), rid)
        }
        id::CLICK_STACK_UPDATE_SAVED_SEARCH => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ClickStackSavedSearch>>(response)?;
            (Output::ClickStackSavedSearch(value.0), rid)
        }
        id::CLICK_STACK_DELETE_SAVED_SEARCH => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        id::POSTGRES_SERVICE_CREATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::PostgresService>>(response)?;
            (Output::PostgresService(value.0), rid)
        }
        id::POSTGRES_SERVICE_GET_LIST => {
            let (value, rid) = parse_result_with_id::<Vec<models::PostgresServiceListItem>>(response)?;
            (Output::ListOfPostgresServiceListItem(value), rid)
        }
        id::POSTGRES_ORG_PROMETHEUS_GET => (Output::Text(String::from_utf8_lossy(&response.body).into_owned()), None),
        id::POSTGRES_SERVICE_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::PostgresService>>(response)?;
            (Output::PostgresService(value.0), rid)
        }
        id::POSTGRES_SERVICE_DELETE => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        id::POSTGRES_SERVICE_PATCH => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::PostgresService>>(response)?;
            (Output::PostgresService(value.0), rid)
        }
        id::POSTGRES_SERVICE_CERTS_GET => (Output::Text(String::from_utf8_lossy(&response.body).into_owned()), None),
        id::POSTGRES_INSTANCE_RESTORE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::PostgresService>>(response)?;
            (Output::PostgresService(value.0), rid)
        }
        id::POSTGRES_SERVICE_SET_PASSWORD => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::PostgresServicePasswordResource>>(response)?;
            (Output::PostgresServicePasswordResource(value.0), rid)
        }
        id::POSTGRES_SERVICE_PATCH_STATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::PostgresService>>(response)?;
            (Output::PostgresService(value.0), rid)
        }
        id::POSTGRES_INSTANCE_CREATE_READ_REPLICA => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::PostgresService>>(response)?;
            (Output::PostgresService(value.0), rid)
        }
        id::POSTGRES_INSTANCE_CONFIG_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::PostgresInstanceConfig>>(response)?;
            (Output::PostgresInstanceConfig(value.0), rid)
        }
        id::POSTGRES_INSTANCE_CONFIG_POST => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::PostgresInstanceUpdateConfigResponse>>(response)?;
            (Output::PostgresInstanceUpdateConfigResponse(value.0), rid)
        }
        id::POSTGRES_INSTANCE_CONFIG_PATCH => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::PostgresInstanceUpdateConfigResponse>>(response)?;
            (Output::PostgresInstanceUpdateConfigResponse(value.0), rid)
        }
        id::POSTGRES_INSTANCE_PROMETHEUS_GET => (Output::Text(String::from_utf8_lossy(&response.body).into_owned()), None),
        id::POSTGRES_INSTANCE_METRICS_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::PostgresMetrics>>(response)?;
            (Output::PostgresMetrics(value.0), rid)
        }
        id::POSTGRES_SERVICE_BACKUP_GET_LIST => {
            let (value, rid) = parse_result_with_id::<Vec<models::PostgresBackup>>(response)?;
            (Output::ListOfPostgresBackup(value), rid)
        }
        id::SLOW_QUERY_PATTERNS_GET_LIST => {
            let (value, rid) = parse_result_with_id::<Vec<models::PostgresSlowQueryPattern>>(response)?;
            (Output::ListOfPostgresSlowQueryPattern(value), rid)
        }
        id::SLOW_QUERY_PATTERN_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::PostgresSlowQueryPatternDetail>>(response)?;
            (Output::PostgresSlowQueryPatternDetail(value.0), rid)
        }
        id::POSTGRES_LOGS_GET_LIST => {
            let (value, rid) = parse_result_with_id::<Vec<models::PostgresLogEntry>>(response)?;
            (Output::ListOfPostgresLogEntry(value), rid)
        }
        id::ORGANIZATION_PRIVATE_ENDPOINT_CONFIG_GET_LIST => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::OrganizationCloudRegionPrivateEndpointConfig>>(response)?;
            (Output::OrganizationCloudRegionPrivateEndpointConfig(value.0), rid)
        }
        id::ORGANIZATION_BYOC_INFRASTRUCTURE_CREATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ByocConfig>>(response)?;
            (Output::ByocConfig(value.0), rid)
        }
        id::ORGANIZATION_BYOC_INFRASTRUCTURE_VALIDATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ByocInfrastructureValidation>>(response)?;
            (Output::ByocInfrastructureValidation(value.0), rid)
        }
        id::ORGANIZATION_BYOC_INFRASTRUCTURE_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ByocInfrastructureDetails>>(response)?;
            (Output::ByocInfrastructureDetails(value.0), rid)
        }
        id::ORGANIZATION_BYOC_INFRASTRUCTURE_DELETE => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        id::ORGANIZATION_BYOC_INFRASTRUCTURE_UPDATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ByocConfig>>(response)?;
            (Output::ByocConfig(value.0), rid)
        }
        id::ORGANIZATION_BYOC_INFRASTRUCTURE_PROGRESS_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ByocInfrastructureProgress>>(response)?;
            (Output::ByocInfrastructureProgress(value.0), rid)
        }
        id::ORGANIZATION_BYOC_INFRASTRUCTURE_TAGS_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ByocInfrastructureTagsResponse>>(response)?;
            (Output::ByocInfrastructureTagsResponse(value.0), rid)
        }
        id::ORGANIZATION_BYOC_INFRASTRUCTURE_PRIVATE_ENDPOINT_CONFIG_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ByocInfrastructurePrivateEndpointConfig>>(response)?;
            (Output::ByocInfrastructurePrivateEndpointConfig(value.0), rid)
        }
        id::CLICK_PIPE_REVERSE_PRIVATE_ENDPOINT_GET_LIST => {
            let (value, rid) = parse_result_with_id::<Vec<models::ReversePrivateEndpoint>>(response)?;
            (Output::ListOfReversePrivateEndpoint(value), rid)
        }
        id::CLICK_PIPE_REVERSE_PRIVATE_ENDPOINT_CREATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ReversePrivateEndpoint>>(response)?;
            (Output::ReversePrivateEndpoint(value.0), rid)
        }
        id::CLICK_PIPE_REVERSE_PRIVATE_ENDPOINT_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ReversePrivateEndpoint>>(response)?;
            (Output::ReversePrivateEndpoint(value.0), rid)
        }
        id::CLICK_PIPE_REVERSE_PRIVATE_ENDPOINT_DELETE => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        id::CLICK_PIPE_REVERSE_PRIVATE_ENDPOINT_UPDATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ReversePrivateEndpoint>>(response)?;
            (Output::ReversePrivateEndpoint(value.0), rid)
        }
        id::QUERY_API_ENDPOINT_LIST => {
            let (value, rid) = parse_result_with_id::<Vec<models::PublicQueryApiEndpointListItem>>(response)?;
            (Output::ListOfPublicQueryApiEndpointListItem(value), rid)
        }
        id::QUERY_API_ENDPOINT_CREATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::PublicQueryApiEndpoint>>(response)?;
            (Output::PublicQueryApiEndpoint(value.0), rid)
        }
        id::QUERY_API_ENDPOINT_DELETE => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        id::QUERY_API_ENDPOINT_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::PublicQueryApiEndpoint>>(response)?;
            (Output::PublicQueryApiEndpoint(value.0), rid)
        }
        id::QUERY_API_ENDPOINT_UPDATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::PublicQueryApiEndpoint>>(response)?;
            (Output::PublicQueryApiEndpoint(value.0), rid)
        }
        id::SAVED_QUERY_LIST => {
            let (value, rid) = parse_result_with_id::<Vec<models::PublicSavedQueryListItem>>(response)?;
            (Output::ListOfPublicSavedQueryListItem(value), rid)
        }
        id::SAVED_QUERY_CREATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::PublicSavedQuery>>(response)?;
            (Output::PublicSavedQuery(value.0), rid)
        }
        id::SAVED_QUERY_DELETE => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        id::SAVED_QUERY_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::PublicSavedQuery>>(response)?;
            (Output::PublicSavedQuery(value.0), rid)
        }
        id::SAVED_QUERY_UPDATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::PublicSavedQuery>>(response)?;
            (Output::PublicSavedQuery(value.0), rid)
        }
        id::UDF_UPLOAD_SESSION_CREATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::UdfUploadSession>>(response)?;
            (Output::UdfUploadSession(value.0), rid)
        }
        id::UDF_LIST => {
            let (value, rid) = parse_result_with_id::<Vec<models::Udf>>(response)?;
            (Output::ListOfUdf(value), rid)
        }
        id::UDF_CREATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::Udf>>(response)?;
            (Output::Udf(value.0), rid)
        }
        id::UDF_DELETE => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        id::UDF_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::Udf>>(response)?;
            (Output::Udf(value.0), rid)
        }
        id::UDF_ATTACHMENT_LIST => {
            let (value, rid) = parse_result_with_id::<Vec<models::UdfAttachment>>(response)?;
            (Output::ListOfUdfAttachment(value), rid)
        }
        id::UDF_DETACH => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        id::UDF_ATTACHMENT_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::UdfAttachment>>(response)?;
            (Output::UdfAttachment(value.0), rid)
        }
        id::UDF_ATTACH => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::UdfAttachment>>(response)?;
            (Output::UdfAttachment(value.0), rid)
        }
        id::UDF_VERSION_LIST => {
            let (value, rid) = parse_result_with_id::<Vec<models::Udf>>(response)?;
            (Output::ListOfUdf(value), rid)
        }
        id::UDF_VERSION_CREATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::Udf>>(response)?;
            (Output::Udf(value.0), rid)
        }
        id::UDF_VERSION_DELETE => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        _ => return Err(Error::InvalidArgument(format!("no operation {index}"))),
    })
}

/// A result read as operation `index`'s result type and written back: the spec's
/// shape (unknown fields dropped, required ones present). The sandbox answers so.
pub fn shape_result(index: usize, result: Value) -> Result<Value, Error> {
    match index {
        id::WHOAMI_GET => crate::core::operation::checked::<models::Whoami>(result),
        id::ORGANIZATION_GET_LIST => crate::core::operation::checked::<Vec<models::Organization>>(result),
        id::ORGANIZATION_GET => crate::core::operation::checked::<models::Organization>(result),
        id::ORGANIZATION_UPDATE => crate::core::operation::checked::<models::Organization>(result),
        id::ORGANIZATION_PROMETHEUS_DISCOVERY_GET => crate::core::operation::checked::<Vec<models::PrometheusDiscoveryTargetGroup>>(result),
        id::ORGANIZATION_ROLES_GET_LIST => crate::core::operation::checked::<Vec<models::RBACRole>>(result),
        id::ORGANIZATION_ROLE_POST => crate::core::operation::checked::<models::RBACRole>(result),
        id::ORGANIZATION_ROLE_GET => crate::core::operation::checked::<models::RBACRole>(result),
        id::ORGANIZATION_ROLE_PATCH => crate::core::operation::checked::<models::RBACRole>(result),
        id::ORGANIZATION_QUOTAS_GET_LIST => crate::core::operation::checked::<Vec<models::OrganizationQuota>>(result),
        id::ORGANIZATION_QUOTA_GET => crate::core::operation::checked::<models::OrganizationQuota>(result),
        id::SERVICE_PROFILES_LIST => crate::core::operation::checked::<Vec<models::ServiceProfile>>(result),
        id::INSTANCE_GET_LIST => crate::core::operation::checked::<Vec<models::Service>>(result),
        id::INSTANCE_CREATE => crate::core::operation::checked::<models::RestoredService>(result),
        id::INSTANCE_GET => crate::core::operation::checked::<models::Service>(result),
        id::INSTANCE_UPDATE => crate::core::operation::checked::<models::Service>(result),
        id::INSTANCE_PRIVATE_ENDPOINT_CONFIG_GET => crate::core::operation::checked::<models::PrivateEndpointConfig>(result),
        id::INSTANCE_QUERY_ENDPOINT_GET => crate::core::operation::checked::<models::ServiceQueryAPIEndpoint>(result),
        id::INSTANCE_QUERY_ENDPOINT_UPSERT => crate::core::operation::checked::<models::ServiceQueryAPIEndpoint>(result),
        id::INSTANCE_STATE_UPDATE => crate::core::operation::checked::<models::Service>(result),
        id::INSTANCE_SCALING_UPDATE => crate::core::operation::checked::<models::Service>(result),
        id::INSTANCE_REPLICA_SCALING_UPDATE => crate::core::operation::checked::<models::ServiceScalingPatchResponse>(result),
        id::INSTANCE_PASSWORD_UPDATE => crate::core::operation::checked::<models::ServicePasswordPatchResponse>(result),
        id::INSTANCE_PRIVATE_ENDPOINT_CREATE => crate::core::operation::checked::<models::InstancePrivateEndpoint>(result),
        id::SCALING_SCHEDULE_GET => crate::core::operation::checked::<models::ScalingSchedule>(result),
        id::SCALING_SCHEDULE_UPSERT => crate::core::operation::checked::<models::ScalingSchedule>(result),
        id::UPGRADE_WINDOW_GET => crate::core::operation::checked::<models::UpgradeWindow>(result),
        id::UPGRADE_WINDOW_UPDATE => crate::core::operation::checked::<models::UpgradeWindow>(result),
        id::SERVICE_CLICKHOUSE_SETTINGS_LIST_GET => crate::core::operation::checked::<models::ServiceClickhouseSettingsList>(result),
        id::SERVICE_CLICKHOUSE_SETTINGS_UPDATE => crate::core::operation::checked::<models::ServiceClickhouseSettingsPatchResponse>(result),
        id::SERVICE_CLICKHOUSE_SETTINGS_SCHEMA_GET => crate::core::operation::checked::<models::ServiceClickhouseSettingsSchema>(result),
        id::SERVICE_CLICKHOUSE_SETTING_GET => crate::core::operation::checked::<models::ServiceClickhouseSetting>(result),
        id::BACKUP_GET_LIST => crate::core::operation::checked::<Vec<models::Backup>>(result),
        id::BACKUP_GET => crate::core::operation::checked::<models::Backup>(result),
        id::SNAPSHOT_GET_LIST => crate::core::operation::checked::<Vec<models::Snapshot>>(result),
        id::SNAPSHOT_GET => crate::core::operation::checked::<models::Snapshot>(result),
        id::BACKUP_CONFIGURATION_GET => crate::core::operation::checked::<models::BackupConfiguration>(result),
        id::BACKUP_CONFIGURATION_UPDATE => crate::core::operation::checked::<models::BackupConfiguration>(result),
        id::SNAPSHOT_CONFIGURATION_GET => crate::core::operation::checked::<models::SnapshotConfiguration>(result),
        id::SNAPSHOT_CONFIGURATION_UPDATE => crate::core::operation::checked::<models::SnapshotConfiguration>(result),
        id::REPLICA_AWARE_ROUTING_GET => crate::core::operation::checked::<models::ReplicaAwareRouting>(result),
        id::REPLICA_AWARE_ROUTING_UPDATE => crate::core::operation::checked::<models::ReplicaAwareRouting>(result),
        id::BACKUP_BUCKET_GET => crate::core::operation::checked::<models::BackupBucket>(result),
        id::BACKUP_BUCKET_CREATE => crate::core::operation::checked::<models::BackupBucket>(result),
        id::BACKUP_BUCKET_UPDATE => crate::core::operation::checked::<models::BackupBucket>(result),
        id::OPENAPI_KEY_GET_LIST => crate::core::operation::checked::<Vec<models::ApiKey>>(result),
        id::OPENAPI_KEY_CREATE => crate::core::operation::checked::<models::CreatedKey>(result),
        id::OPENAPI_KEY_GET => crate::core::operation::checked::<models::ApiKey>(result),
        id::OPENAPI_KEY_UPDATE => crate::core::operation::checked::<models::ApiKey>(result),
        id::MEMBER_GET_LIST => crate::core::operation::checked::<Vec<models::Member>>(result),
        id::MEMBER_GET => crate::core::operation::checked::<models::Member>(result),
        id::MEMBER_UPDATE => crate::core::operation::checked::<models::Member>(result),
        id::INVITATION_GET_LIST => crate::core::operation::checked::<Vec<models::Invitation>>(result),
        id::INVITATION_CREATE => crate::core::operation::checked::<models::Invitation>(result),
        id::INVITATION_GET => crate::core::operation::checked::<models::Invitation>(result),
        id::ACTIVITY_GET_LIST => crate::core::operation::checked::<Vec<models::Activity>>(result),
        id::ACTIVITY_GET => crate::core::operation::checked::<models::Activity>(result),
        id::NOTIFICATION_GET_LIST => crate::core::operation::checked::<Vec<models::Notification>>(result),
        id::NOTIFICATION_TYPES_GET_LIST => crate::core::operation::checked::<Vec<models::NotificationType>>(result),
        id::USAGE_COST_GET => crate::core::operation::checked::<models::UsageCost>(result),
        id::ACTIVE_BALANCES_GET => crate::core::operation::checked::<models::ActiveBalances>(result),
        id::CREDIT_BALANCES_GET => crate::core::operation::checked::<models::CreditBalances>(result),
        id::CLICK_PIPE_GET_LIST => crate::core::operation::checked::<Vec<models::ClickPipe>>(result),
        id::CLICK_PIPE_CREATE => crate::core::operation::checked::<models::ClickPipe>(result),
        id::CLICK_PIPES_SERVICE_CONTEXT_GET => crate::core::operation::checked::<models::ClickPipesServiceContext>(result),
        id::CLICK_PIPE_GET => crate::core::operation::checked::<models::ClickPipe>(result),
        id::CLICK_PIPE_UPDATE => crate::core::operation::checked::<models::ClickPipe>(result),
        id::CLICK_PIPE_SETTINGS_GET => crate::core::operation::checked::<models::ClickPipeSettings>(result),
        id::CLICK_PIPE_SETTINGS_UPDATE => crate::core::operation::checked::<models::ClickPipeSettings>(result),
        id::CLICK_PIPE_SCHEMA_DISCOVERY => crate::core::operation::checked::<models::ClickPipeSchemaDiscoveryResponse>(result),
        id::CLICK_PIPE_SCALING_UPDATE => crate::core::operation::checked::<models::ClickPipe>(result),
        id::CLICK_PIPE_STATE_UPDATE => crate::core::operation::checked::<models::ClickPipe>(result),
        id::CLICK_PIPE_CDC_SCALING_GET => crate::core::operation::checked::<models::ClickPipesCdcScaling>(result),
        id::CLICK_PIPE_CDC_SCALING_UPDATE => crate::core::operation::checked::<models::ClickPipesCdcScaling>(result),
        id::CLICK_STACK_LIST_DASHBOARDS => crate::core::operation::checked::<Vec<models::ClickStackDashboardResponse>>(result),
        id::CLICK_STACK_CREATE_DASHBOARD => crate::core::operation::checked::<models::ClickStackDashboardResponse>(result),
        id::CLICK_STACK_GET_DASHBOARD => crate::core::operation::checked::<models::ClickStackDashboardResponse>(result),
        id::CLICK_STACK_UPDATE_DASHBOARD => crate::core::operation::checked::<models::ClickStackDashboardResponse>(result),
        id::CLICK_STACK_VALIDATE_DASHBOARD => crate::core::operation::checked::<models::ClickStackValidateDashboardResponse>(result),
        id::CLICK_STACK_LIST_ALERTS => crate::core::operation::checked::<Vec<models::ClickStackAlertResponse>>(result),
        id::CLICK_STACK_CREATE_ALERT => crate::core::operation::checked::<models::ClickStackAlertResponse>(result),
        id::CLICK_STACK_LIST_SOURCES => crate::core::operation::checked::<Vec<models::ClickStackSource>>(result),
        id::CLICK_STACK_CREATE_SOURCE => crate::core::operation::checked::<models::ClickStackSource>(result),
        id::CLICK_STACK_GET_SOURCE => crate::core::operation::checked::<models::ClickStackSource>(result),
        id::CLICK_STACK_UPDATE_SOURCE => crate::core::operation::checked::<models::ClickStackSource>(result),
        id::CLICK_STACK_GET_ALERT => crate::core::operation::checked::<models::ClickStackAlertResponse>(result),
        id::CLICK_STACK_UPDATE_ALERT => crate::core::operation::checked::<models::ClickStackAlertResponse>(result),
        id::CLICK_STACK_LIST_WEBHOOKS => crate::core::operation::checked::<Vec<models::ClickStackWebhook>>(result),
        id::CLICK_STACK_CREATE_WEBHOOK => crate::core::operation::checked::<models::ClickStackWebhook>(result),
        id::CLICK_STACK_VALIDATE_WEBHOOK => crate::core::operation::checked::<models::ClickStackValidateWebhookResponse>(result),
        id::CLICK_STACK_UPDATE_WEBHOOK => crate::core::operation::checked::<models::ClickStackWebhook>(result),
        id::CLICK_STACK_LIST_ROLES => crate::core::operation::checked::<Vec<models::ClickStackRole>>(result),
        id::CLICK_STACK_CREATE_ROLE => crate::core::operation::checked::<models::ClickStackRole>(result),
        id::CLICK_STACK_GET_ROLE => crate::core::operation::checked::<models::ClickStackRole>(result),
        id::CLICK_STACK_UPDATE_ROLE => crate::core::operation::checked::<models::ClickStackRole>(result),
        id::CLICK_STACK_LIST_SAVED_SEARCHES => crate::core::operation::checked::<Vec<models::ClickStackSavedSearch>>(result),
        id::CLICK_STACK_CREATE_SAVED_SEARCH => crate::core::operation::checked::<models::ClickStackSavedSearch>(result),
        id::CLICK_STACK_GET_SAVED_SEARCH => crate::core::operation::checked::<models::ClickStackSavedSearch>(result),
        id::CLICK_STACK_UPDATE_SAVED_SEARCH => crate::core::operation::checked::<models::ClickStackSavedSearch>(result),
        id::POSTGRES_SERVICE_CREATE => crate::core::operation::checked::<models::PostgresService>(result),
        id::POSTGRES_SERVICE_GET_LIST => crate::core::operation::checked::<Vec<models::PostgresServiceListItem>>(result),
        id::POSTGRES_SERVICE_GET => crate::core::operation::checked::<models::PostgresService>(result),
        id::POSTGRES_SERVICE_PATCH => crate::core::operation::checked::<models::PostgresService>(result),
        id::POSTGRES_INSTANCE_RESTORE => crate::core::operation::checked::<models::PostgresService>(result),
        id::POSTGRES_SERVICE_SET_PASSWORD => crate::core::operation::checked::<models::PostgresServicePasswordResource>(result),
        id::POSTGRES_SERVICE_PATCH_STATE => crate::core::operation::checked::<models::PostgresService>(result),
        id::POSTGRES_INSTANCE_CREATE_READ_REPLICA => crate::core::operation::checked::<models::PostgresService>(result),
        id::POSTGRES_INSTANCE_CONFIG_GET => crate::core::operation::checked::<models::PostgresInstanceConfig>(result),
        id::POSTGRES_INSTANCE_CONFIG_POST => crate::core::operation::checked::<models::PostgresInstanceUpdateConfigResponse>(result),
        id::POSTGRES_INSTANCE_CONFIG_PATCH => crate::core::operation::checked::<models::PostgresInstanceUpdateConfigResponse>(result),
        id::POSTGRES_INSTANCE_METRICS_GET => crate::core::operation::checked::<models::PostgresMetrics>(result),
        id::POSTGRES_SERVICE_BACKUP_GET_LIST => crate::core::operation::checked::<Vec<models::PostgresBackup>>(result),
        id::SLOW_QUERY_PATTERNS_GET_LIST => crate::core::operation::checked::<Vec<models::PostgresSlowQueryPattern>>(result),
        id::SLOW_QUERY_PATTERN_GET => crate::core::operation::checked::<models::PostgresSlowQueryPatternDetail>(result),
        id::POSTGRES_LOGS_GET_LIST => crate::core::operation::checked::<Vec<models::PostgresLogEntry>>(result),
        id::ORGANIZATION_PRIVATE_ENDPOINT_CONFIG_GET_LIST => crate::core::operation::checked::<models::OrganizationCloudRegionPrivateEndpointConfig>(result),
        id::ORGANIZATION_BYOC_INFRASTRUCTURE_CREATE => crate::core::operation::checked::<models::ByocConfig>(result),
        id::ORGANIZATION_BYOC_INFRASTRUCTURE_VALIDATE => crate::core::operation::checked::<models::ByocInfrastructureValidation>(result),
        id::ORGANIZATION_BYOC_INFRASTRUCTURE_GET => crate::core::operation::checked::<models::ByocInfrastructureDetails>(result),
        id::ORGANIZATION_BYOC_INFRASTRUCTURE_UPDATE => crate::core::operation::checked::<models::ByocConfig>(result),
        id::ORGANIZATION_BYOC_INFRASTRUCTURE_PROGRESS_GET => crate::core::operation::checked::<models::ByocInfrastructureProgress>(result),
        id::ORGANIZATION_BYOC_INFRASTRUCTURE_TAGS_GET => crate::core::operation::checked::<models::ByocInfrastructureTagsResponse>(result),
        id::ORGANIZATION_BYOC_INFRASTRUCTURE_PRIVATE_ENDPOINT_CONFIG_GET => crate::core::operation::checked::<models::ByocInfrastructurePrivateEndpointConfig>(result),
        id::CLICK_PIPE_REVERSE_PRIVATE_ENDPOINT_GET_LIST => crate::core::operation::checked::<Vec<models::ReversePrivateEndpoint>>(result),
        id::CLICK_PIPE_REVERSE_PRIVATE_ENDPOINT_CREATE => crate::core::operation::checked::<models::ReversePrivateEndpoint>(result),
        id::CLICK_PIPE_REVERSE_PRIVATE_ENDPOINT_GET => crate::core::operation::checked::<models::ReversePrivateEndpoint>(result),
        id::CLICK_PIPE_REVERSE_PRIVATE_ENDPOINT_UPDATE => crate::core::operation::checked::<models::ReversePrivateEndpoint>(result),
        id::QUERY_API_ENDPOINT_LIST => crate::core::operation::checked::<Vec<models::PublicQueryApiEndpointListItem>>(result),
        id::QUERY_API_ENDPOINT_CREATE => crate::core::operation::checked::<models::PublicQueryApiEndpoint>(result),
        id::QUERY_API_ENDPOINT_GET => crate::core::operation::checked::<models::PublicQueryApiEndpoint>(result),
        id::QUERY_API_ENDPOINT_UPDATE => crate::core::operation::checked::<models::PublicQueryApiEndpoint>(result),
        id::SAVED_QUERY_LIST => crate::core::operation::checked::<Vec<models::PublicSavedQueryListItem>>(result),
        id::SAVED_QUERY_CREATE => crate::core::operation::checked::<models::PublicSavedQuery>(result),
        id::SAVED_QUERY_GET => crate::core::operation::checked::<models::PublicSavedQuery>(result),
        id::SAVED_QUERY_UPDATE => crate::core::operation::checked::<models::PublicSavedQuery>(result),
        id::UDF_UPLOAD_SESSION_CREATE => crate::core::operation::checked::<models::UdfUploadSession>(result),
        id::UDF_LIST => crate::core::operation::checked::<Vec<models::Udf>>(result),
        id::UDF_CREATE => crate::core::operation::checked::<models::Udf>(result),
        id::UDF_GET => crate::core::operation::checked::<models::Udf>(result),
        id::UDF_ATTACHMENT_LIST => crate::core::operation::checked::<Vec<models::UdfAttachment>>(result),
        id::UDF_ATTACHMENT_GET => crate::core::operation::checked::<models::UdfAttachment>(result),
        id::UDF_ATTACH => crate::core::operation::checked::<models::UdfAttachment>(result),
        id::UDF_VERSION_LIST => crate::core::operation::checked::<Vec<models::Udf>>(result),
        id::UDF_VERSION_CREATE => crate::core::operation::checked::<models::Udf>(result),
        _ => Ok(result),
    }
}

/// Checks a request body against operation `index`'s schema (unknown fields and
/// wrong types refused, snake_case names accepted) and gives it in the API's shape.
/// The sandbox checks with this alone: what the API refuses beyond the schema, it
/// words in its own way.
pub fn check_schema(index: usize, body: Value) -> Result<Value, Error> {
    match index {
        id::ORGANIZATION_UPDATE => crate::core::operation::checked::<requests::OrganizationPatchRequest>(body),
        id::ORGANIZATION_ROLE_POST => crate::core::operation::checked::<requests::RoleCreateRequest>(body),
        id::ORGANIZATION_ROLE_PATCH => crate::core::operation::checked::<requests::RoleUpdateRequest>(body),
        id::INSTANCE_CREATE => crate::core::operation::checked::<requests::ServicePostRequest>(body),
        id::INSTANCE_UPDATE => crate::core::operation::checked::<requests::ServicePatchRequest>(body),
        id::INSTANCE_QUERY_ENDPOINT_UPSERT => crate::core::operation::checked::<requests::InstanceServiceQueryApiEndpointsPostRequest>(body),
        id::INSTANCE_STATE_UPDATE => crate::core::operation::checked::<requests::ServiceStatePatchRequest>(body),
        id::INSTANCE_SCALING_UPDATE => crate::core::operation::checked::<requests::ServiceScalingPatchRequest>(body),
        id::INSTANCE_REPLICA_SCALING_UPDATE => crate::core::operation::checked::<requests::ServiceReplicaScalingPatchRequest>(body),
        id::INSTANCE_PASSWORD_UPDATE => crate::core::operation::checked::<requests::ServicePasswordPatchRequest>(body),
        id::INSTANCE_PRIVATE_ENDPOINT_CREATE => crate::core::operation::checked::<requests::ServicPrivateEndpointePostRequest>(body),
        id::SCALING_SCHEDULE_UPSERT => crate::core::operation::checked::<requests::ScalingSchedulePostRequest>(body),
        id::UPGRADE_WINDOW_UPDATE => crate::core::operation::checked::<requests::UpgradeWindowPutRequest>(body),
        id::SERVICE_CLICKHOUSE_SETTINGS_UPDATE => crate::core::operation::checked::<requests::ServiceClickhouseSettingsPatchRequest>(body),
        id::BACKUP_CONFIGURATION_UPDATE => crate::core::operation::checked::<requests::BackupConfigurationPatchRequest>(body),
        id::SNAPSHOT_CONFIGURATION_UPDATE => crate::core::operation::checked::<requests::SnapshotConfigurationPatchRequest>(body),
        id::REPLICA_AWARE_ROUTING_UPDATE => crate::core::operation::checked::<requests::ReplicaAwareRoutingPatchRequest>(body),
        id::BACKUP_BUCKET_CREATE => crate::core::operation::checked::<requests::BackupBucketPostRequest>(body),
        id::BACKUP_BUCKET_UPDATE => crate::core::operation::checked::<requests::BackupBucketPatchRequest>(body),
        id::OPENAPI_KEY_CREATE => crate::core::operation::checked::<requests::ApiKeyPostRequest>(body),
        id::OPENAPI_KEY_UPDATE => crate::core::operation::checked::<requests::ApiKeyPatchRequest>(body),
        id::MEMBER_UPDATE => crate::core::operation::checked::<requests::MemberPatchRequest>(body),
        id::INVITATION_CREATE => crate::core::operation::checked::<requests::InvitationPostRequest>(body),
        id::CLICK_PIPE_CREATE => crate::core::operation::checked::<requests::ClickPipePostRequest>(body),
        id::CLICK_PIPE_UPDATE => crate::core::operation::checked::<requests::ClickPipePatchRequest>(body),
        id::CLICK_PIPE_SETTINGS_UPDATE => crate::core::operation::checked::<requests::ClickPipeSettingsPutRequest>(body),
        id::CLICK_PIPE_SCHEMA_DISCOVERY => crate::core::operation::checked::<requests::ClickPipeSchemaDiscoveryRequest>(body),
        id::CLICK_PIPE_SCALING_UPDATE => crate::core::operation::checked::<requests::ClickPipeScalingPatchRequest>(body),
        id::CLICK_PIPE_STATE_UPDATE => crate::core::operation::checked::<requests::ClickPipeStatePatchRequest>(body),
        id::CLICK_PIPE_CDC_SCALING_UPDATE => crate::core::operation::checked::<requests::ClickPipesCdcScalingPatchRequest>(body),
        id::CLICK_STACK_CREATE_DASHBOARD => crate::core::operation::checked::<requests::ClickStackCreateDashboardRequest>(body),
        id::CLICK_STACK_UPDATE_DASHBOARD => crate::core::operation::checked::<requests::ClickStackUpdateDashboardRequest>(body),
        id::CLICK_STACK_VALIDATE_DASHBOARD => crate::core::operation::checked::<requests::ClickStackCreateDashboardRequest>(body),
        id::CLICK_STACK_CREATE_ALERT => crate::core::operation::checked::<requests::ClickStackCreateAlertRequest>(body),
        id::CLICK_STACK_CREATE_SOURCE => crate::core::operation::checked::<requests::ClickStackSource>(body),
        id::CLICK_STACK_UPDATE_SOURCE => crate::core::operation::checked::<requests::ClickStackSource>(body),
        id::CLICK_STACK_UPDATE_ALERT => crate::core::operation::checked::<requests::ClickStackUpdateAlertRequest>(body),
        id::CLICK_STACK_CREATE_WEBHOOK => crate::core::operation::checked::<requests::ClickStackWebhookInput>(body),
        id::CLICK_STACK_VALIDATE_WEBHOOK => crate::core::operation::checked::<requests::ClickStackWebhookInput>(body),
        id::CLICK_STACK_UPDATE_WEBHOOK => crate::core::operation::checked::<requests::ClickStackWebhookInput>(body),
        id::CLICK_STACK_CREATE_ROLE => crate::core::operation::checked::<requests::ClickStackCreateRoleRequest>(body),
        id::CLICK_STACK_UPDATE_ROLE => crate::core::operation::checked::<requests::ClickStackUpdateRoleRequest>(body),
        id::CLICK_STACK_CREATE_SAVED_SEARCH => crate::core::operation::checked::<requests::ClickStackSavedSearchInput>(body),
        id::CLICK_STACK_UPDATE_SAVED_SEARCH => crate::core::operation::checked::<requests::ClickStackSavedSearchInput>(body),
        id::POSTGRES_SERVICE_CREATE => crate::core::operation::checked::<requests::PostgresServicePostRequest>(body),
        id::POSTGRES_SERVICE_PATCH => crate::core::operation::checked::<requests::PostgresServicePatchRequest>(body),
        id::POSTGRES_INSTANCE_RESTORE => crate::core::operation::checked::<requests::PostgresServiceRestoreRequest>(body),
        id::POSTGRES_SERVICE_SET_PASSWORD => crate::core::operation::checked::<requests::PostgresServiceSetPassword>(body),
        id::POSTGRES_SERVICE_PATCH_STATE => crate::core::operation::checked::<requests::PostgresServiceSetState>(body),
        id::POSTGRES_INSTANCE_CREATE_READ_REPLICA => crate::core::operation::checked::<requests::PostgresServiceReadReplicaRequest>(body),
        id::POSTGRES_INSTANCE_CONFIG_POST => crate::core::operation::checked::<requests::PostgresInstanceConfig>(body),
        id::POSTGRES_INSTANCE_CONFIG_PATCH => crate::core::operation::checked::<requests::PostgresInstanceConfig>(body),
        id::ORGANIZATION_BYOC_INFRASTRUCTURE_CREATE => crate::core::operation::checked::<requests::ByocInfrastructurePostRequest>(body),
        id::ORGANIZATION_BYOC_INFRASTRUCTURE_VALIDATE => crate::core::operation::checked::<requests::ByocInfrastructureValidatePostRequest>(body),
        id::ORGANIZATION_BYOC_INFRASTRUCTURE_UPDATE => crate::core::operation::checked::<requests::ByocInfrastructurePatchRequest>(body),
        id::CLICK_PIPE_REVERSE_PRIVATE_ENDPOINT_CREATE => crate::core::operation::checked::<requests::CreateReversePrivateEndpoint>(body),
        id::CLICK_PIPE_REVERSE_PRIVATE_ENDPOINT_UPDATE => crate::core::operation::checked::<requests::UpdateReversePrivateEndpoint>(body),
        id::QUERY_API_ENDPOINT_CREATE => crate::core::operation::checked::<requests::PublicQueryApiEndpointRequest>(body),
        id::QUERY_API_ENDPOINT_UPDATE => crate::core::operation::checked::<requests::PublicQueryApiEndpointRequest>(body),
        id::SAVED_QUERY_CREATE => crate::core::operation::checked::<requests::PublicSavedQueryRequest>(body),
        id::SAVED_QUERY_UPDATE => crate::core::operation::checked::<requests::PublicSavedQueryRequest>(body),
        id::UDF_CREATE => crate::core::operation::checked::<requests::UdfCreateRequest>(body),
        id::UDF_ATTACH => crate::core::operation::checked::<requests::UdfAttachRequest>(body),
        id::UDF_VERSION_CREATE => crate::core::operation::checked::<requests::UdfVersionCreateRequest>(body),
        _ => Err(Error::InvalidArgument(format!("{} takes no body", OPERATIONS.get(index).map_or("?", |o| o.python_name)))),
    }
}

/// [`check_schema`] and what the API refuses beyond the schema (spec/overlay.json,
/// `checks`): what every entry point of the client checks before sending.
pub fn check_body(index: usize, body: Value) -> Result<Value, Error> {
    let body = check_schema(index, body)?;
    match index {
        id::BACKUP_CONFIGURATION_UPDATE => checks::apply(&CHECKS_BACKUP_CONFIGURATION_UPDATE, "backup_configuration.update", &["backup_period_in_hours", "backup_retention_period_in_hours", "backup_start_time"], body),
        id::SNAPSHOT_CONFIGURATION_UPDATE => checks::apply(&CHECKS_SNAPSHOT_CONFIGURATION_UPDATE, "snapshot_configuration.update", &["enabled", "gap", "time_frame"], body),
        id::BACKUP_BUCKET_CREATE => checks::apply(&CHECKS_BACKUP_BUCKET_CREATE, "backup_bucket.create", &["bucket_provider", "bucket_path", "iam_role_arn", "iam_role_session_name", "iam_role_external_id", "access_key_id", "secret_access_key", "container_name", "connection_string"], body),
        id::BACKUP_BUCKET_UPDATE => checks::apply(&CHECKS_BACKUP_BUCKET_UPDATE, "backup_bucket.update", &["bucket_provider", "bucket_path", "iam_role_arn", "iam_role_session_name", "iam_role_external_id", "access_key_id", "secret_access_key", "container_name", "connection_string"], body),
        _ => Ok(body),
    }
}

/// Checks beyond the schema (spec/overlay.json, `checks`).
static CHECKS_BACKUP_CONFIGURATION_UPDATE: checks::Rules = checks::Rules {
    at_least_one: Some("None resets one to its default"),
    fields: &[
        checks::FieldRule { field: "backupStartTime", py_name: "backup_start_time", when: None, rule: checks::Rule::Pattern { pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$", what: "\"HH:MM\" (UTC)" } },
        checks::FieldRule { field: "backupPeriodInHours", py_name: "backup_period_in_hours", when: None, rule: checks::Rule::Positive },
        checks::FieldRule { field: "backupRetentionPeriodInHours", py_name: "backup_retention_period_in_hours", when: None, rule: checks::Rule::Positive },
    ],
};

/// Checks beyond the schema (spec/overlay.json, `checks`).
static CHECKS_SNAPSHOT_CONFIGURATION_UPDATE: checks::Rules = checks::Rules {
    at_least_one: Some("the fields not given stay as they are"),
    fields: &[
    ],
};

/// Checks beyond the schema (spec/overlay.json, `checks`).
static CHECKS_BACKUP_BUCKET_CREATE: checks::Rules = checks::Rules {
    at_least_one: None,
    fields: &[
        checks::FieldRule { field: "secretAccessKey", py_name: "secret_access_key", when: Some(("bucketProvider", "GCP")), rule: checks::Rule::Required { why: "the API is write-only for it: it must be sent on every create and update" } },
        checks::FieldRule { field: "connectionString", py_name: "connection_string", when: Some(("bucketProvider", "AZURE")), rule: checks::Rule::Required { why: "the API is write-only for it: it must be sent on every create and update" } },
    ],
};

/// Checks beyond the schema (spec/overlay.json, `checks`).
static CHECKS_BACKUP_BUCKET_UPDATE: checks::Rules = checks::Rules {
    at_least_one: None,
    fields: &[
        checks::FieldRule { field: "secretAccessKey", py_name: "secret_access_key", when: Some(("bucketProvider", "GCP")), rule: checks::Rule::Required { why: "the API is write-only for it: it must be sent on every create and update" } },
        checks::FieldRule { field: "connectionString", py_name: "connection_string", when: Some(("bucketProvider", "AZURE")), rule: checks::Rule::Required { why: "the API is write-only for it: it must be sent on every create and update" } },
    ],
};
