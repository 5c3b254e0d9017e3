//! Every operation of the spec as data, over the one executor (`Client::call`): its
//! method, path, parameters, body and answer; how its body is checked and its
//! answer parsed.
//! generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.

#![allow(clippy::all)]

use reqwest::Method;
use serde_json::Value;

use super::{models, requests};
use crate::core::client::parse_result_with_id;
use crate::core::error::Error;
use crate::core::operation::{Answer, Location, Operation, Param, ParamKind, Shape};
use crate::core::transport::RawResponse;

/// The sha256 of the spec this table was generated from.
pub const SPEC_SHA256: &str = "124291b0fb5d6742f3f1d015a42c989b9277a9f6e9c530453efcf95f3e5a5eeb";

/// Each operation's index in [`OPERATIONS`].
pub mod id {
    /// `GET /v1/organizations`
    pub const ORGANIZATION_GET_LIST: usize = 0;
    /// `GET /v1/organizations/{organizationId}`
    pub const ORGANIZATION_GET: usize = 1;
    /// `PATCH /v1/organizations/{organizationId}`
    pub const ORGANIZATION_UPDATE: usize = 2;
    /// `GET /v1/organizations/{organizationId}/prometheus`
    pub const ORGANIZATION_PROMETHEUS_GET: usize = 3;
    /// `GET /v1/organizations/{organizationId}/roles`
    pub const ORGANIZATION_ROLES_GET_LIST: usize = 4;
    /// `POST /v1/organizations/{organizationId}/roles`
    pub const ORGANIZATION_ROLE_POST: usize = 5;
    /// `GET /v1/organizations/{organizationId}/roles/{roleId}`
    pub const ORGANIZATION_ROLE_GET: usize = 6;
    /// `PATCH /v1/organizations/{organizationId}/roles/{roleId}`
    pub const ORGANIZATION_ROLE_PATCH: usize = 7;
    /// `DELETE /v1/organizations/{organizationId}/roles/{roleId}`
    pub const ORGANIZATION_ROLE_DELETE: usize = 8;
    /// `GET /v1/organizations/{organizationId}/quotas`
    pub const ORGANIZATION_QUOTAS_GET_LIST: usize = 9;
    /// `GET /v1/organizations/{organizationId}/quotas/{quotaCode}`
    pub const ORGANIZATION_QUOTA_GET: usize = 10;
    /// `GET /v1/organizations/{organizationId}/services`
    pub const INSTANCE_GET_LIST: usize = 11;
    /// `POST /v1/organizations/{organizationId}/services`
    pub const INSTANCE_CREATE: usize = 12;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}`
    pub const INSTANCE_GET: usize = 13;
    /// `PATCH /v1/organizations/{organizationId}/services/{serviceId}`
    pub const INSTANCE_UPDATE: usize = 14;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}`
    pub const INSTANCE_DELETE: usize = 15;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/privateEndpointConfig`
    pub const INSTANCE_PRIVATE_ENDPOINT_CONFIG_GET: usize = 16;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint`
    pub const INSTANCE_QUERY_ENDPOINT_GET: usize = 17;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint`
    pub const INSTANCE_QUERY_ENDPOINT_DELETE: usize = 18;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint`
    pub const INSTANCE_QUERY_ENDPOINT_UPSERT: usize = 19;
    /// `PATCH /v1/organizations/{organizationId}/services/{serviceId}/state`
    pub const INSTANCE_STATE_UPDATE: usize = 20;
    /// `PATCH /v1/organizations/{organizationId}/services/{serviceId}/scaling`
    pub const INSTANCE_SCALING_UPDATE: usize = 21;
    /// `PATCH /v1/organizations/{organizationId}/services/{serviceId}/replicaScaling`
    pub const INSTANCE_REPLICA_SCALING_UPDATE: usize = 22;
    /// `PATCH /v1/organizations/{organizationId}/services/{serviceId}/password`
    pub const INSTANCE_PASSWORD_UPDATE: usize = 23;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/privateEndpoint`
    pub const INSTANCE_PRIVATE_ENDPOINT_CREATE: usize = 24;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/prometheus`
    pub const INSTANCE_PROMETHEUS_GET: usize = 25;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule`
    pub const SCALING_SCHEDULE_GET: usize = 26;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule`
    pub const SCALING_SCHEDULE_UPSERT: usize = 27;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule`
    pub const SCALING_SCHEDULE_DELETE: usize = 28;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/upgradeWindow`
    pub const UPGRADE_WINDOW_GET: usize = 29;
    /// `PUT /v1/organizations/{organizationId}/services/{serviceId}/upgradeWindow`
    pub const UPGRADE_WINDOW_UPDATE: usize = 30;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}/upgradeWindow`
    pub const UPGRADE_WINDOW_DELETE: usize = 31;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings`
    pub const SERVICE_CLICKHOUSE_SETTINGS_LIST_GET: usize = 32;
    /// `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings`
    pub const SERVICE_CLICKHOUSE_SETTINGS_UPDATE: usize = 33;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/schema`
    pub const SERVICE_CLICKHOUSE_SETTINGS_SCHEMA_GET: usize = 34;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/{settingName}`
    pub const SERVICE_CLICKHOUSE_SETTING_GET: usize = 35;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/{settingName}`
    pub const SERVICE_CLICKHOUSE_SETTING_DELETE: usize = 36;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/backups`
    pub const BACKUP_GET_LIST: usize = 37;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/backups/{backupId}`
    pub const BACKUP_GET: usize = 38;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/backupConfiguration`
    pub const BACKUP_CONFIGURATION_GET: usize = 39;
    /// `PATCH /v1/organizations/{organizationId}/services/{serviceId}/backupConfiguration`
    pub const BACKUP_CONFIGURATION_UPDATE: usize = 40;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/backupBucket`
    pub const BACKUP_BUCKET_GET: usize = 41;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/backupBucket`
    pub const BACKUP_BUCKET_CREATE: usize = 42;
    /// `PATCH /v1/organizations/{organizationId}/services/{serviceId}/backupBucket`
    pub const BACKUP_BUCKET_UPDATE: usize = 43;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}/backupBucket`
    pub const BACKUP_BUCKET_DELETE: usize = 44;
    /// `GET /v1/organizations/{organizationId}/keys`
    pub const OPENAPI_KEY_GET_LIST: usize = 45;
    /// `POST /v1/organizations/{organizationId}/keys`
    pub const OPENAPI_KEY_CREATE: usize = 46;
    /// `GET /v1/organizations/{organizationId}/keys/{keyId}`
    pub const OPENAPI_KEY_GET: usize = 47;
    /// `PATCH /v1/organizations/{organizationId}/keys/{keyId}`
    pub const OPENAPI_KEY_UPDATE: usize = 48;
    /// `DELETE /v1/organizations/{organizationId}/keys/{keyId}`
    pub const OPENAPI_KEY_DELETE: usize = 49;
    /// `GET /v1/organizations/{organizationId}/members`
    pub const MEMBER_GET_LIST: usize = 50;
    /// `GET /v1/organizations/{organizationId}/members/{userId}`
    pub const MEMBER_GET: usize = 51;
    /// `PATCH /v1/organizations/{organizationId}/members/{userId}`
    pub const MEMBER_UPDATE: usize = 52;
    /// `DELETE /v1/organizations/{organizationId}/members/{userId}`
    pub const MEMBER_DELETE: usize = 53;
    /// `GET /v1/organizations/{organizationId}/invitations`
    pub const INVITATION_GET_LIST: usize = 54;
    /// `POST /v1/organizations/{organizationId}/invitations`
    pub const INVITATION_CREATE: usize = 55;
    /// `GET /v1/organizations/{organizationId}/invitations/{invitationId}`
    pub const INVITATION_GET: usize = 56;
    /// `DELETE /v1/organizations/{organizationId}/invitations/{invitationId}`
    pub const INVITATION_DELETE: usize = 57;
    /// `GET /v1/organizations/{organizationId}/activities`
    pub const ACTIVITY_GET_LIST: usize = 58;
    /// `GET /v1/organizations/{organizationId}/activities/{activityId}`
    pub const ACTIVITY_GET: usize = 59;
    /// `GET /v1/organizations/{organizationId}/usageCost`
    pub const USAGE_COST_GET: usize = 60;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipes`
    pub const CLICK_PIPE_GET_LIST: usize = 61;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/clickpipes`
    pub const CLICK_PIPE_CREATE: usize = 62;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}`
    pub const CLICK_PIPE_GET: usize = 63;
    /// `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}`
    pub const CLICK_PIPE_UPDATE: usize = 64;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}`
    pub const CLICK_PIPE_DELETE: usize = 65;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/settings`
    pub const CLICK_PIPE_SETTINGS_GET: usize = 66;
    /// `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/settings`
    pub const CLICK_PIPE_SETTINGS_UPDATE: usize = 67;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/schemaDiscovery`
    pub const CLICK_PIPE_SCHEMA_DISCOVERY: usize = 68;
    /// `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/scaling`
    pub const CLICK_PIPE_SCALING_UPDATE: usize = 69;
    /// `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/state`
    pub const CLICK_PIPE_STATE_UPDATE: usize = 70;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipesCdcScaling`
    pub const CLICK_PIPE_CDC_SCALING_GET: usize = 71;
    /// `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipesCdcScaling`
    pub const CLICK_PIPE_CDC_SCALING_UPDATE: usize = 72;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards`
    pub const CLICK_STACK_LIST_DASHBOARDS: usize = 73;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards`
    pub const CLICK_STACK_CREATE_DASHBOARD: usize = 74;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}`
    pub const CLICK_STACK_GET_DASHBOARD: usize = 75;
    /// `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}`
    pub const CLICK_STACK_UPDATE_DASHBOARD: usize = 76;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}`
    pub const CLICK_STACK_DELETE_DASHBOARD: usize = 77;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/validate`
    pub const CLICK_STACK_VALIDATE_DASHBOARD: usize = 78;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts`
    pub const CLICK_STACK_LIST_ALERTS: usize = 79;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts`
    pub const CLICK_STACK_CREATE_ALERT: usize = 80;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources`
    pub const CLICK_STACK_LIST_SOURCES: usize = 81;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources`
    pub const CLICK_STACK_CREATE_SOURCE: usize = 82;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}`
    pub const CLICK_STACK_GET_SOURCE: usize = 83;
    /// `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}`
    pub const CLICK_STACK_UPDATE_SOURCE: usize = 84;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}`
    pub const CLICK_STACK_DELETE_SOURCE: usize = 85;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}`
    pub const CLICK_STACK_GET_ALERT: usize = 86;
    /// `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}`
    pub const CLICK_STACK_UPDATE_ALERT: usize = 87;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}`
    pub const CLICK_STACK_DELETE_ALERT: usize = 88;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks`
    pub const CLICK_STACK_LIST_WEBHOOKS: usize = 89;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks`
    pub const CLICK_STACK_CREATE_WEBHOOK: usize = 90;
    /// `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks/{clickStackWebhookId}`
    pub const CLICK_STACK_UPDATE_WEBHOOK: usize = 91;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks/{clickStackWebhookId}`
    pub const CLICK_STACK_DELETE_WEBHOOK: usize = 92;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles`
    pub const CLICK_STACK_LIST_ROLES: usize = 93;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles`
    pub const CLICK_STACK_CREATE_ROLE: usize = 94;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}`
    pub const CLICK_STACK_GET_ROLE: usize = 95;
    /// `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}`
    pub const CLICK_STACK_UPDATE_ROLE: usize = 96;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}`
    pub const CLICK_STACK_DELETE_ROLE: usize = 97;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches`
    pub const CLICK_STACK_LIST_SAVED_SEARCHES: usize = 98;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches`
    pub const CLICK_STACK_CREATE_SAVED_SEARCH: usize = 99;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches/{clickStackSavedSearchId}`
    pub const CLICK_STACK_GET_SAVED_SEARCH: usize = 100;
    /// `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches/{clickStackSavedSearchId}`
    pub const CLICK_STACK_UPDATE_SAVED_SEARCH: usize = 101;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches/{clickStackSavedSearchId}`
    pub const CLICK_STACK_DELETE_SAVED_SEARCH: usize = 102;
    /// `POST /v1/organizations/{organizationId}/postgres`
    pub const POSTGRES_SERVICE_CREATE: usize = 103;
    /// `GET /v1/organizations/{organizationId}/postgres`
    pub const POSTGRES_SERVICE_GET_LIST: usize = 104;
    /// `GET /v1/organizations/{organizationId}/postgres/prometheus`
    pub const POSTGRES_ORG_PROMETHEUS_GET: usize = 105;
    /// `GET /v1/organizations/{organizationId}/postgres/{postgresId}`
    pub const POSTGRES_SERVICE_GET: usize = 106;
    /// `DELETE /v1/organizations/{organizationId}/postgres/{postgresId}`
    pub const POSTGRES_SERVICE_DELETE: usize = 107;
    /// `PATCH /v1/organizations/{organizationId}/postgres/{postgresId}`
    pub const POSTGRES_SERVICE_PATCH: usize = 108;
    /// `GET /v1/organizations/{organizationId}/postgres/{postgresId}/caCertificates`
    pub const POSTGRES_SERVICE_CERTS_GET: usize = 109;
    /// `POST /v1/organizations/{organizationId}/postgres/{postgresId}/restoredService`
    pub const POSTGRES_INSTANCE_RESTORE: usize = 110;
    /// `PATCH /v1/organizations/{organizationId}/postgres/{postgresId}/password`
    pub const POSTGRES_SERVICE_SET_PASSWORD: usize = 111;
    /// `PATCH /v1/organizations/{organizationId}/postgres/{postgresId}/state`
    pub const POSTGRES_SERVICE_PATCH_STATE: usize = 112;
    /// `POST /v1/organizations/{organizationId}/postgres/{postgresId}/readReplica`
    pub const POSTGRES_INSTANCE_CREATE_READ_REPLICA: usize = 113;
    /// `GET /v1/organizations/{organizationId}/postgres/{postgresId}/config`
    pub const POSTGRES_INSTANCE_CONFIG_GET: usize = 114;
    /// `POST /v1/organizations/{organizationId}/postgres/{postgresId}/config`
    pub const POSTGRES_INSTANCE_CONFIG_POST: usize = 115;
    /// `PATCH /v1/organizations/{organizationId}/postgres/{postgresId}/config`
    pub const POSTGRES_INSTANCE_CONFIG_PATCH: usize = 116;
    /// `GET /v1/organizations/{organizationId}/postgres/{postgresId}/prometheus`
    pub const POSTGRES_INSTANCE_PROMETHEUS_GET: usize = 117;
    /// `GET /v1/organizations/{organizationId}/postgres/{postgresId}/metrics`
    pub const POSTGRES_INSTANCE_METRICS_GET: usize = 118;
    /// `GET /v1/organizations/{organizationId}/postgres/{postgresId}/slowQueryPatterns`
    pub const SLOW_QUERY_PATTERNS_GET_LIST: usize = 119;
    /// `GET /v1/organizations/{organizationId}/postgres/{postgresId}/slowQueryPatterns/{queryId}`
    pub const SLOW_QUERY_PATTERN_GET: usize = 120;
    /// `GET /v1/organizations/{organizationId}/privateEndpointConfig`
    pub const ORGANIZATION_PRIVATE_ENDPOINT_CONFIG_GET_LIST: usize = 121;
    /// `POST /v1/organizations/{organizationId}/byocInfrastructure`
    pub const ORGANIZATION_BYOC_INFRASTRUCTURE_CREATE: usize = 122;
    /// `DELETE /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}`
    pub const ORGANIZATION_BYOC_INFRASTRUCTURE_DELETE: usize = 123;
    /// `PATCH /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}`
    pub const ORGANIZATION_BYOC_INFRASTRUCTURE_UPDATE: usize = 124;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints`
    pub const CLICK_PIPE_REVERSE_PRIVATE_ENDPOINT_GET_LIST: usize = 125;
    /// `POST /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints`
    pub const CLICK_PIPE_REVERSE_PRIVATE_ENDPOINT_CREATE: usize = 126;
    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}`
    pub const CLICK_PIPE_REVERSE_PRIVATE_ENDPOINT_GET: usize = 127;
    /// `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}`
    pub const CLICK_PIPE_REVERSE_PRIVATE_ENDPOINT_DELETE: usize = 128;
    /// `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}`
    pub const CLICK_PIPE_REVERSE_PRIVATE_ENDPOINT_UPDATE: usize = 129;
    /// `PUT /v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}`
    pub const UDF_ATTACH: usize = 130;
    /// `GET /v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}`
    pub const UDF_ATTACHMENT_GET: usize = 131;
    /// `DELETE /v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}`
    pub const UDF_DETACH: usize = 132;
    /// `GET /v1/organizations/{organizationId}/udfs/{functionName}/attachments`
    pub const UDF_ATTACHMENT_LIST: usize = 133;
    /// `POST /v1/organizations/{organizationId}/udfs`
    pub const UDF_CREATE: usize = 134;
    /// `GET /v1/organizations/{organizationId}/udfs`
    pub const UDF_LIST: usize = 135;
    /// `DELETE /v1/organizations/{organizationId}/udfs/{functionName}`
    pub const UDF_DELETE: usize = 136;
    /// `GET /v1/organizations/{organizationId}/udfs/{functionName}`
    pub const UDF_GET: usize = 137;
    /// `POST /v1/organizations/{organizationId}/udfUploads/url`
    pub const UDF_UPLOAD_SESSION_CREATE: usize = 138;
    /// `POST /v1/organizations/{organizationId}/udfs/{functionName}/versions`
    pub const UDF_VERSION_CREATE: usize = 139;
    /// `GET /v1/organizations/{organizationId}/udfs/{functionName}/versions`
    pub const UDF_VERSION_LIST: usize = 140;
    /// `DELETE /v1/organizations/{organizationId}/udfs/{functionName}/versions/{version}`
    pub const UDF_VERSION_DELETE: usize = 141;
}

pub static OPERATIONS: [Operation; 142] = [
    Operation {
        id: "organizationGetList",
        python_name: "organizations.list",
        tag: "Organization",
        method: Method::GET,
        path: "/v1/organizations",
        params: &[
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        shape: Shape::List,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
            Param { name: "filtered_metrics", py_name: "filtered_metrics", location: Location::Query, kind: ParamKind::Text, required: false, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Text,
        shape: Shape::None,
        idempotent: true,
        summary: "Get organization metrics",
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
        shape: Shape::List,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::None,
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
        shape: Shape::List,
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
        shape: Shape::Object,
        idempotent: true,
        summary: "Get organization quota details",
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
        shape: Shape::List,
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
        body_required: &[],
        answer: Answer::Json,
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::None,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::None,
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
        body_required: &[],
        answer: Answer::Json,
        shape: Shape::Object,
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
        body_required: &[],
        answer: Answer::Json,
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        body_required: &[],
        answer: Answer::Json,
        shape: Shape::Object,
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
            Param { name: "filtered_metrics", py_name: "filtered_metrics", location: Location::Query, kind: ParamKind::Text, required: false, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Text,
        shape: Shape::None,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::None,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::None,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::None,
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
        shape: Shape::List,
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
        shape: Shape::Object,
        idempotent: true,
        summary: "Get backup details",
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
        shape: Shape::Object,
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
        shape: Shape::Object,
        idempotent: false,
        summary: "Update service backup configuration",
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::None,
        idempotent: false,
        summary: "Delete service backup bucket",
    },
    Operation {
        id: "openapiKeyGetList",
        python_name: "keys.list",
        tag: "OpenAPI",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/keys",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        shape: Shape::List,
        idempotent: true,
        summary: "Get list of all keys",
    },
    Operation {
        id: "openapiKeyCreate",
        python_name: "keys.create",
        tag: "OpenAPI",
        method: Method::POST,
        path: "/v1/organizations/{organizationId}/keys",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        shape: Shape::Object,
        idempotent: false,
        summary: "Create key",
    },
    Operation {
        id: "openapiKeyGet",
        python_name: "keys.get",
        tag: "OpenAPI",
        method: Method::GET,
        path: "/v1/organizations/{organizationId}/keys/{keyId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "keyId", py_name: "key_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        shape: Shape::Object,
        idempotent: true,
        summary: "Get key details",
    },
    Operation {
        id: "openapiKeyUpdate",
        python_name: "keys.update",
        tag: "OpenAPI",
        method: Method::PATCH,
        path: "/v1/organizations/{organizationId}/keys/{keyId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "keyId", py_name: "key_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: true,
        body_required: &[],
        answer: Answer::Json,
        shape: Shape::Object,
        idempotent: false,
        summary: "Update key",
    },
    Operation {
        id: "openapiKeyDelete",
        python_name: "keys.delete",
        tag: "OpenAPI",
        method: Method::DELETE,
        path: "/v1/organizations/{organizationId}/keys/{keyId}",
        params: &[
            Param { name: "organizationId", py_name: "organization_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
            Param { name: "keyId", py_name: "key_id", location: Location::Path, kind: ParamKind::Uuid, required: true, repeated: false, pattern: "" },
        ],
        body: false,
        body_required: &[],
        answer: Answer::Empty,
        shape: Shape::None,
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
        shape: Shape::List,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::None,
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
        shape: Shape::List,
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
        body_required: &[],
        answer: Answer::Json,
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::None,
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
        shape: Shape::List,
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
        shape: Shape::Object,
        idempotent: true,
        summary: "Organization activity",
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
        shape: Shape::Object,
        idempotent: true,
        summary: "Get organization usage costs",
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
        shape: Shape::List,
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
        body_required: &[],
        answer: Answer::Json,
        shape: Shape::Object,
        idempotent: false,
        summary: "Create ClickPipe",
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::None,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        body_required: &[],
        answer: Answer::Json,
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        body_required: &[],
        answer: Answer::Json,
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::List,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::None,
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
        shape: Shape::Object,
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
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        shape: Shape::List,
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
        body_required: &[],
        answer: Answer::Json,
        shape: Shape::Object,
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
        shape: Shape::List,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::None,
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
        shape: Shape::Object,
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
        body_required: &[],
        answer: Answer::Json,
        shape: Shape::Object,
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
        shape: Shape::None,
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
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        shape: Shape::List,
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
        shape: Shape::Object,
        idempotent: false,
        summary: "ClickStack: Create Webhook",
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
        shape: Shape::Object,
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
        shape: Shape::None,
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
        shape: Shape::List,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::None,
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
        ],
        body: false,
        body_required: &[],
        answer: Answer::Json,
        shape: Shape::List,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::None,
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
        shape: Shape::Object,
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
        shape: Shape::List,
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
        shape: Shape::None,
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
        shape: Shape::Object,
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
        shape: Shape::None,
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
        shape: Shape::Object,
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
        shape: Shape::None,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::None,
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
        shape: Shape::Object,
        idempotent: true,
        summary: "Get Postgres time-series metrics",
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
        shape: Shape::List,
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
        shape: Shape::Object,
        idempotent: true,
        summary: "Get a Postgres slow query pattern with recent executions",
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
        shape: Shape::Object,
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
        body_required: &[],
        answer: Answer::Json,
        shape: Shape::Object,
        idempotent: false,
        summary: "Create BYOC Infrastructure",
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
        shape: Shape::None,
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
        shape: Shape::Object,
        idempotent: false,
        summary: "Update BYOC Infrastructure",
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
        shape: Shape::List,
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
        body_required: &[],
        answer: Answer::Json,
        shape: Shape::Object,
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
        shape: Shape::Object,
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
        shape: Shape::None,
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
        shape: Shape::Object,
        idempotent: false,
        summary: "Update reverse private endpoint",
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
        shape: Shape::Object,
        idempotent: false,
        summary: "Attach UDF to service",
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
        shape: Shape::Object,
        idempotent: true,
        summary: "Get UDF attachment",
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
        shape: Shape::None,
        idempotent: false,
        summary: "Detach UDF from service",
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
        shape: Shape::Page,
        idempotent: true,
        summary: "List UDF attachments",
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
        shape: Shape::Object,
        idempotent: false,
        summary: "Create UDF",
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
        shape: Shape::Page,
        idempotent: true,
        summary: "List UDFs",
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
        shape: Shape::None,
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
        shape: Shape::Object,
        idempotent: true,
        summary: "Get UDF",
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
        shape: Shape::Object,
        idempotent: false,
        summary: "Create UDF upload URL",
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
        shape: Shape::Object,
        idempotent: false,
        summary: "Create UDF version",
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
        shape: Shape::Page,
        idempotent: true,
        summary: "List UDF versions",
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
        shape: Shape::None,
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
    Activity(models::Activity),
    ApiKey(models::ApiKey),
    Backup(models::Backup),
    BackupBucket(models::BackupBucket),
    BackupConfiguration(models::BackupConfiguration),
    ByocConfig(models::ByocConfig),
    ClickPipe(models::ClickPipe),
    ClickPipeSchemaDiscoveryResponse(models::ClickPipeSchemaDiscoveryResponse),
    ClickPipeSettings(models::ClickPipeSettings),
    ClickPipesCdcScaling(models::ClickPipesCdcScaling),
    ClickStackAlertResponse(models::ClickStackAlertResponse),
    ClickStackDashboardResponse(models::ClickStackDashboardResponse),
    ClickStackRole(models::ClickStackRole),
    ClickStackSavedSearch(models::ClickStackSavedSearch),
    ClickStackSource(models::ClickStackSource),
    ClickStackValidateDashboardResponse(models::ClickStackValidateDashboardResponse),
    ClickStackWebhook(models::ClickStackWebhook),
    CreatedKey(models::CreatedKey),
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
    ListOfOrganization(Vec<models::Organization>),
    ListOfOrganizationQuota(Vec<models::OrganizationQuota>),
    ListOfPostgresServiceListItem(Vec<models::PostgresServiceListItem>),
    ListOfPostgresSlowQueryPattern(Vec<models::PostgresSlowQueryPattern>),
    ListOfRBACRole(Vec<models::RBACRole>),
    ListOfReversePrivateEndpoint(Vec<models::ReversePrivateEndpoint>),
    ListOfService(Vec<models::Service>),
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
    RBACRole(models::RBACRole),
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
    Udf(models::Udf),
    UdfAttachment(models::UdfAttachment),
    UdfAttachmentListResponse(models::UdfAttachmentListResponse),
    UdfListResponse(models::UdfListResponse),
    UdfUploadSession(models::UdfUploadSession),
    UdfVersionListResponse(models::UdfVersionListResponse),
    UpgradeWindow(models::UpgradeWindow),
    UsageCost(models::UsageCost),
}

/// Parses a success answer of operation `index` (its `requestId` too).
pub fn parse(index: usize, response: &RawResponse) -> Result<(Output, Option<String>), Error> {
    Ok(match index {
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
        id::BACKUP_CONFIGURATION_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::BackupConfiguration>>(response)?;
            (Output::BackupConfiguration(value.0), rid)
        }
        id::BACKUP_CONFIGURATION_UPDATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::BackupConfiguration>>(response)?;
            (Output::BackupConfiguration(value.0), rid)
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
        id::USAGE_COST_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::UsageCost>>(response)?;
            (Output::UsageCost(value.0), rid)
        }
        id::CLICK_PIPE_GET_LIST => {
            let (value, rid) = parse_result_with_id::<Vec<models::ClickPipe>>(response)?;
            (Output::ListOfClickPipe(value), rid)
        }
        id::CLICK_PIPE_CREATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ClickPipe>>(response)?;
            (Output::ClickPipe(value.0), rid)
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
        id::SLOW_QUERY_PATTERNS_GET_LIST => {
            let (value, rid) = parse_result_with_id::<Vec<models::PostgresSlowQueryPattern>>(response)?;
            (Output::ListOfPostgresSlowQueryPattern(value), rid)
        }
        id::SLOW_QUERY_PATTERN_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::PostgresSlowQueryPatternDetail>>(response)?;
            (Output::PostgresSlowQueryPatternDetail(value.0), rid)
        }
        id::ORGANIZATION_PRIVATE_ENDPOINT_CONFIG_GET_LIST => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::OrganizationCloudRegionPrivateEndpointConfig>>(response)?;
            (Output::OrganizationCloudRegionPrivateEndpointConfig(value.0), rid)
        }
        id::ORGANIZATION_BYOC_INFRASTRUCTURE_CREATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ByocConfig>>(response)?;
            (Output::ByocConfig(value.0), rid)
        }
        id::ORGANIZATION_BYOC_INFRASTRUCTURE_DELETE => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        id::ORGANIZATION_BYOC_INFRASTRUCTURE_UPDATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::ByocConfig>>(response)?;
            (Output::ByocConfig(value.0), rid)
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
        id::UDF_ATTACH => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::UdfAttachment>>(response)?;
            (Output::UdfAttachment(value.0), rid)
        }
        id::UDF_ATTACHMENT_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::UdfAttachment>>(response)?;
            (Output::UdfAttachment(value.0), rid)
        }
        id::UDF_DETACH => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        id::UDF_ATTACHMENT_LIST => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::UdfAttachmentListResponse>>(response)?;
            (Output::UdfAttachmentListResponse(value.0), rid)
        }
        id::UDF_CREATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::Udf>>(response)?;
            (Output::Udf(value.0), rid)
        }
        id::UDF_LIST => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::UdfListResponse>>(response)?;
            (Output::UdfListResponse(value.0), rid)
        }
        id::UDF_DELETE => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        id::UDF_GET => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::Udf>>(response)?;
            (Output::Udf(value.0), rid)
        }
        id::UDF_UPLOAD_SESSION_CREATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::UdfUploadSession>>(response)?;
            (Output::UdfUploadSession(value.0), rid)
        }
        id::UDF_VERSION_CREATE => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::Udf>>(response)?;
            (Output::Udf(value.0), rid)
        }
        id::UDF_VERSION_LIST => {
            let (value, rid) = parse_result_with_id::<crate::core::wire::Object<models::UdfVersionListResponse>>(response)?;
            (Output::UdfVersionListResponse(value.0), rid)
        }
        id::UDF_VERSION_DELETE => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,
        _ => return Err(Error::InvalidArgument(format!("no operation {index}"))),
    })
}

/// A result read as operation `index`'s result type and written back: the spec's
/// shape (unknown fields dropped, required ones present). The sandbox answers so.
pub fn shape_result(index: usize, result: Value) -> Result<Value, Error> {
    match index {
        id::ORGANIZATION_GET_LIST => crate::core::operation::checked::<Vec<models::Organization>>(result),
        id::ORGANIZATION_GET => crate::core::operation::checked::<models::Organization>(result),
        id::ORGANIZATION_UPDATE => crate::core::operation::checked::<models::Organization>(result),
        id::ORGANIZATION_ROLES_GET_LIST => crate::core::operation::checked::<Vec<models::RBACRole>>(result),
        id::ORGANIZATION_ROLE_POST => crate::core::operation::checked::<models::RBACRole>(result),
        id::ORGANIZATION_ROLE_GET => crate::core::operation::checked::<models::RBACRole>(result),
        id::ORGANIZATION_ROLE_PATCH => crate::core::operation::checked::<models::RBACRole>(result),
        id::ORGANIZATION_QUOTAS_GET_LIST => crate::core::operation::checked::<Vec<models::OrganizationQuota>>(result),
        id::ORGANIZATION_QUOTA_GET => crate::core::operation::checked::<models::OrganizationQuota>(result),
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
        id::BACKUP_CONFIGURATION_GET => crate::core::operation::checked::<models::BackupConfiguration>(result),
        id::BACKUP_CONFIGURATION_UPDATE => crate::core::operation::checked::<models::BackupConfiguration>(result),
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
        id::USAGE_COST_GET => crate::core::operation::checked::<models::UsageCost>(result),
        id::CLICK_PIPE_GET_LIST => crate::core::operation::checked::<Vec<models::ClickPipe>>(result),
        id::CLICK_PIPE_CREATE => crate::core::operation::checked::<models::ClickPipe>(result),
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
        id::SLOW_QUERY_PATTERNS_GET_LIST => crate::core::operation::checked::<Vec<models::PostgresSlowQueryPattern>>(result),
        id::SLOW_QUERY_PATTERN_GET => crate::core::operation::checked::<models::PostgresSlowQueryPatternDetail>(result),
        id::ORGANIZATION_PRIVATE_ENDPOINT_CONFIG_GET_LIST => crate::core::operation::checked::<models::OrganizationCloudRegionPrivateEndpointConfig>(result),
        id::ORGANIZATION_BYOC_INFRASTRUCTURE_CREATE => crate::core::operation::checked::<models::ByocConfig>(result),
        id::ORGANIZATION_BYOC_INFRASTRUCTURE_UPDATE => crate::core::operation::checked::<models::ByocConfig>(result),
        id::CLICK_PIPE_REVERSE_PRIVATE_ENDPOINT_GET_LIST => crate::core::operation::checked::<Vec<models::ReversePrivateEndpoint>>(result),
        id::CLICK_PIPE_REVERSE_PRIVATE_ENDPOINT_CREATE => crate::core::operation::checked::<models::ReversePrivateEndpoint>(result),
        id::CLICK_PIPE_REVERSE_PRIVATE_ENDPOINT_GET => crate::core::operation::checked::<models::ReversePrivateEndpoint>(result),
        id::CLICK_PIPE_REVERSE_PRIVATE_ENDPOINT_UPDATE => crate::core::operation::checked::<models::ReversePrivateEndpoint>(result),
        id::UDF_ATTACH => crate::core::operation::checked::<models::UdfAttachment>(result),
        id::UDF_ATTACHMENT_GET => crate::core::operation::checked::<models::UdfAttachment>(result),
        id::UDF_ATTACHMENT_LIST => crate::core::operation::checked::<models::UdfAttachmentListResponse>(result),
        id::UDF_CREATE => crate::core::operation::checked::<models::Udf>(result),
        id::UDF_LIST => crate::core::operation::checked::<models::UdfListResponse>(result),
        id::UDF_GET => crate::core::operation::checked::<models::Udf>(result),
        id::UDF_UPLOAD_SESSION_CREATE => crate::core::operation::checked::<models::UdfUploadSession>(result),
        id::UDF_VERSION_CREATE => crate::core::operation::checked::<models::Udf>(result),
        id::UDF_VERSION_LIST => crate::core::operation::checked::<models::UdfVersionListResponse>(result),
        _ => Ok(result),
    }
}

/// Checks a request body against operation `index`'s schema (unknown fields and
/// wrong types refused, snake_case names accepted) and gives it in the API's shape.
pub fn check_body(index: usize, body: Value) -> Result<Value, Error> {
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
        id::ORGANIZATION_BYOC_INFRASTRUCTURE_UPDATE => crate::core::operation::checked::<requests::ByocInfrastructurePatchRequest>(body),
        id::CLICK_PIPE_REVERSE_PRIVATE_ENDPOINT_CREATE => crate::core::operation::checked::<requests::CreateReversePrivateEndpoint>(body),
        id::CLICK_PIPE_REVERSE_PRIVATE_ENDPOINT_UPDATE => crate::core::operation::checked::<requests::UpdateReversePrivateEndpoint>(body),
        id::UDF_ATTACH => crate::core::operation::checked::<requests::UdfAttachRequest>(body),
        id::UDF_CREATE => crate::core::operation::checked::<requests::UdfCreateRequest>(body),
        id::UDF_VERSION_CREATE => crate::core::operation::checked::<requests::UdfVersionCreateRequest>(body),
        _ => Err(Error::InvalidArgument(format!("{} takes no body", OPERATIONS.get(index).map_or("?", |o| o.python_name)))),
    }
}
