// generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
//! The API's request bodies: strict (no unknown field, exact types; snake_case names accepted too).
//! generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.

#![allow(clippy::all, unused_imports)]

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use uuid::Uuid;

use crate::core::secret::Secret;
use crate::core::numbers::{self, Whole};
use crate::core::wire::{Date, StrOrInt, Timestamp};
use std::collections::BTreeMap;
use crate::core::wire::Patch;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApiKeyHashData {
    /// Hash of the key ID.
    #[serde(rename = "keyIdHash", alias = "key_id_hash", default, skip_serializing_if = "Option::is_none")]
    pub key_id_hash: Option<String>,
    /// Last 4 digits of the key ID. Algorithm: echo -n "yourpassword" | sha256sum | tr -d '-' | xxd -r -p | base64
    #[serde(rename = "keyIdSuffix", alias = "key_id_suffix", default, skip_serializing_if = "Option::is_none")]
    pub key_id_suffix: Option<String>,
    /// Hash of the key secret. Algorithm: echo -n "yourpassword" | sha256sum | tr -d '-' | xxd -r -p | base64
    #[serde(rename = "keySecretHash", alias = "key_secret_hash", default, skip_serializing_if = "Option::is_none")]
    pub key_secret_hash: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApiKeyPatchRequest {
    /// Name of the key
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// DEPRECATED. Use `assignedRoleIds` instead. List of roles assigned to the key.
    #[serde(rename = "roles", default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<String>>,
    /// Array of role UUIDs to assign to the API key
    #[serde(rename = "assignedRoleIds", alias = "assigned_role_ids", default, skip_serializing_if = "Option::is_none")]
    pub assigned_role_ids: Option<Vec<Uuid>>,
    /// Timestamp the key expires. If `null` or is empty the key never expires. ISO-8601.
    #[serde(rename = "expireAt", alias = "expire_at", default, skip_serializing_if = "Patch::is_omitted")]
    pub expire_at: Patch<Timestamp>,
    /// State of the key: 'enabled', 'disabled'.
    #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// List of IP addresses allowed to access the API using this key
    #[serde(rename = "ipAccessList", alias = "ip_access_list", default, skip_serializing_if = "Option::is_none")]
    pub ip_access_list: Option<Vec<IpAccessListEntry>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApiKeyPostRequest {
    /// Name of the key.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Timestamp the key expires. If not present, `null` or is empty the key never expires. ISO-8601.
    #[serde(rename = "expireAt", alias = "expire_at", default, skip_serializing_if = "Patch::is_omitted")]
    pub expire_at: Patch<Timestamp>,
    /// Initial state of the key: 'enabled', 'disabled'. If not provided the new key will be 'enabled'.
    #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    #[serde(rename = "hashData", alias = "hash_data", default, skip_serializing_if = "Option::is_none")]
    pub hash_data: Option<ApiKeyHashData>,
    /// DEPRECATED. Use `assignedRoleIds` instead. List of roles assigned to the key. Contains at least 1 element.
    #[serde(rename = "roles", default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<String>>,
    /// Array of role UUIDs to assign to the API key
    #[serde(rename = "assignedRoleIds", alias = "assigned_role_ids", default, skip_serializing_if = "Option::is_none")]
    pub assigned_role_ids: Option<Vec<Uuid>>,
    /// List of IP addresses allowed to access the API using this key
    #[serde(rename = "ipAccessList", alias = "ip_access_list", default, skip_serializing_if = "Option::is_none")]
    pub ip_access_list: Option<Vec<IpAccessListEntry>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AwsBackupBucketPatchRequestV1 {
    /// Bucket provider
    #[serde(rename = "bucketProvider", alias = "bucket_provider", default, skip_serializing_if = "Option::is_none")]
    pub bucket_provider: Option<String>,
    /// Bucket path
    #[serde(rename = "bucketPath", alias = "bucket_path", default, skip_serializing_if = "Option::is_none")]
    pub bucket_path: Option<String>,
    /// AWS Role ARN
    #[serde(rename = "iamRoleArn", alias = "iam_role_arn", default, skip_serializing_if = "Option::is_none")]
    pub iam_role_arn: Option<String>,
    /// AWS IAM Role session name
    #[serde(rename = "iamRoleSessionName", alias = "iam_role_session_name", default, skip_serializing_if = "Patch::is_omitted")]
    pub iam_role_session_name: Patch<String>,
    /// External ID the IAM role trust policy requires when the data plane assumes the role. Set to `null` to clear it.
    #[serde(rename = "iamRoleExternalId", alias = "iam_role_external_id", default, skip_serializing_if = "Patch::is_omitted")]
    pub iam_role_external_id: Patch<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AwsBackupBucketPostRequestV1 {
    /// Bucket provider
    #[serde(rename = "bucketProvider", alias = "bucket_provider", default, skip_serializing_if = "Option::is_none")]
    pub bucket_provider: Option<String>,
    /// Bucket path
    #[serde(rename = "bucketPath", alias = "bucket_path", default, skip_serializing_if = "Option::is_none")]
    pub bucket_path: Option<String>,
    /// AWS Role ARN
    #[serde(rename = "iamRoleArn", alias = "iam_role_arn", default, skip_serializing_if = "Option::is_none")]
    pub iam_role_arn: Option<String>,
    /// AWS Role session name
    #[serde(rename = "iamRoleSessionName", alias = "iam_role_session_name", default, skip_serializing_if = "Option::is_none")]
    pub iam_role_session_name: Option<String>,
    /// External ID the IAM role trust policy requires when the data plane assumes the role
    #[serde(rename = "iamRoleExternalId", alias = "iam_role_external_id", default, skip_serializing_if = "Option::is_none")]
    pub iam_role_external_id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AzureBackupBucketPatchRequestV1 {
    /// Bucket provider
    #[serde(rename = "bucketProvider", alias = "bucket_provider", default, skip_serializing_if = "Option::is_none")]
    pub bucket_provider: Option<String>,
    /// Container Name
    #[serde(rename = "containerName", alias = "container_name", default, skip_serializing_if = "Option::is_none")]
    pub container_name: Option<String>,
    /// Connection String
    #[serde(rename = "connectionString", alias = "connection_string", default, skip_serializing_if = "Option::is_none")]
    pub connection_string: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AzureBackupBucketPostRequestV1 {
    /// Bucket provider
    #[serde(rename = "bucketProvider", alias = "bucket_provider", default, skip_serializing_if = "Option::is_none")]
    pub bucket_provider: Option<String>,
    /// Container Name
    #[serde(rename = "containerName", alias = "container_name", default, skip_serializing_if = "Option::is_none")]
    pub container_name: Option<String>,
    /// Connection String
    #[serde(rename = "connectionString", alias = "connection_string", default, skip_serializing_if = "Option::is_none")]
    pub connection_string: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackupConfigurationPatchRequest {
    /// The interval in hours between each backup.
    #[serde(rename = "backupPeriodInHours", alias = "backup_period_in_hours", default, skip_serializing_if = "Patch::is_omitted")]
    pub backup_period_in_hours: Patch<f64>,
    /// The minimum duration in hours for which the backups are available. Must be a whole number of days between 24 (1 day) and 1080 (45 days) — i.e. a multiple of 24.
    #[serde(rename = "backupRetentionPeriodInHours", alias = "backup_retention_period_in_hours", default, skip_serializing_if = "Patch::is_omitted")]
    pub backup_retention_period_in_hours: Patch<f64>,
    /// The time in HH:MM format for the backups to be performed (evaluated in UTC timezone). When defined the backup period resets to every 24 hours.
    #[serde(rename = "backupStartTime", alias = "backup_start_time", default, skip_serializing_if = "Patch::is_omitted")]
    pub backup_start_time: Patch<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ByocInfrastructurePatchRequest {
    /// Human readable name for infrastructure object
    #[serde(rename = "displayName", alias = "display_name", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Enable or disable private link connectivity on the infrastructure. Disabling is rejected while any service in the organization has active private endpoints
    #[serde(rename = "enablePrivateLink", alias = "enable_private_link", default, skip_serializing_if = "Option::is_none")]
    pub enable_private_link: Option<bool>,
    /// GCP BYO-VPC only: customer-provided Private Service Connect NAT subnet name required to enable private link. Only accepted together with `enablePrivateLink: true`
    #[serde(rename = "gcpPscSubnetId", alias = "gcp_psc_subnet_id", default, skip_serializing_if = "Option::is_none")]
    pub gcp_psc_subnet_id: Option<String>,
    /// Enable or disable the private (internal) load balancer of the infrastructure
    #[serde(rename = "enablePrivateLoadBalancer", alias = "enable_private_load_balancer", default, skip_serializing_if = "Option::is_none")]
    pub enable_private_load_balancer: Option<bool>,
    /// Enable or disable the public (internet-facing) load balancer of the infrastructure
    #[serde(rename = "enablePublicLoadBalancer", alias = "enable_public_load_balancer", default, skip_serializing_if = "Option::is_none")]
    pub enable_public_load_balancer: Option<bool>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<BTreeMap<String, String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ByocInfrastructurePostRequest {
    /// Region in which the BYOC infrastructure will be located
    #[serde(rename = "regionId", alias = "region_id", default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
    /// Cloud account ID the BYOC infrastructure is configured for: AWS account ID, GCP project ID, or Azure subscription ID
    #[serde(rename = "accountId", alias = "account_id", default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// List of availability zone suffixes
    #[serde(rename = "availabilityZoneSuffixes", alias = "availability_zone_suffixes", default, skip_serializing_if = "Option::is_none")]
    pub availability_zone_suffixes: Option<Vec<String>>,
    /// CIDR range for the ClickHouse-managed VPC. Mutually exclusive with the BYO-VPC fields (`vpcId`, `privateSubnetIds`, `publicSubnetIds`)
    #[serde(rename = "vpcCidrRange", alias = "vpc_cidr_range", default, skip_serializing_if = "Option::is_none")]
    pub vpc_cidr_range: Option<String>,
    /// AWS only: ExternalID baked into the ClickHouse management role trust policy in your account
    #[serde(rename = "externalId", alias = "external_id", default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// Azure only (required for Azure regions): Entra tenant ID of the subscription
    #[serde(rename = "tenantId", alias = "tenant_id", default, skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
    /// Azure only (required for Azure regions): client ID of the service principal ClickHouse uses to manage the infrastructure
    #[serde(rename = "servicePrincipalClientId", alias = "service_principal_client_id", default, skip_serializing_if = "Option::is_none")]
    pub service_principal_client_id: Option<String>,
    /// BYO-VPC only (AWS and GCP): ID or network name of the customer-provided VPC to deploy into. Requires `privateSubnetIds`
    #[serde(rename = "vpcId", alias = "vpc_id", default, skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
    /// BYO-VPC only: private subnet IDs or names (1-6 entries on AWS, exactly one on GCP)
    #[serde(rename = "privateSubnetIds", alias = "private_subnet_ids", default, skip_serializing_if = "Option::is_none")]
    pub private_subnet_ids: Option<Vec<String>>,
    /// AWS BYO-VPC only: public subnet IDs (at most 6 entries)
    #[serde(rename = "publicSubnetIds", alias = "public_subnet_ids", default, skip_serializing_if = "Option::is_none")]
    pub public_subnet_ids: Option<Vec<String>>,
    /// GCP BYO-VPC only: secondary IP range names on the subnet to use for pod IPs. Omitted: all secondary ranges are used
    #[serde(rename = "gcpPodCidrRangeNames", alias = "gcp_pod_cidr_range_names", default, skip_serializing_if = "Option::is_none")]
    pub gcp_pod_cidr_range_names: Option<Vec<String>>,
    /// GCP BYO-VPC only: Shared VPC host project owning the VPC and subnet, when different from `accountId`
    #[serde(rename = "gcpSharedVpcHostProjectId", alias = "gcp_shared_vpc_host_project_id", default, skip_serializing_if = "Option::is_none")]
    pub gcp_shared_vpc_host_project_id: Option<String>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<BTreeMap<String, String>>,
    /// Human readable name for infrastructure
    #[serde(rename = "displayName", alias = "display_name", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ByocInfrastructureValidatePostRequest {
    /// Region in which the BYOC infrastructure will be located
    #[serde(rename = "regionId", alias = "region_id", default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
    /// Cloud account ID the BYOC infrastructure is configured for: AWS account ID, GCP project ID, or Azure subscription ID
    #[serde(rename = "accountId", alias = "account_id", default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// List of availability zone suffixes
    #[serde(rename = "availabilityZoneSuffixes", alias = "availability_zone_suffixes", default, skip_serializing_if = "Option::is_none")]
    pub availability_zone_suffixes: Option<Vec<String>>,
    /// CIDR range for the ClickHouse-managed VPC. Mutually exclusive with the BYO-VPC fields (`vpcId`, `privateSubnetIds`, `publicSubnetIds`)
    #[serde(rename = "vpcCidrRange", alias = "vpc_cidr_range", default, skip_serializing_if = "Option::is_none")]
    pub vpc_cidr_range: Option<String>,
    /// AWS only: ExternalID baked into the ClickHouse management role trust policy in your account
    #[serde(rename = "externalId", alias = "external_id", default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// Azure only (required for Azure regions): Entra tenant ID of the subscription
    #[serde(rename = "tenantId", alias = "tenant_id", default, skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
    /// Azure only (required for Azure regions): client ID of the service principal ClickHouse uses to manage the infrastructure
    #[serde(rename = "servicePrincipalClientId", alias = "service_principal_client_id", default, skip_serializing_if = "Option::is_none")]
    pub service_principal_client_id: Option<String>,
    /// BYO-VPC only (AWS and GCP): ID or network name of the customer-provided VPC to deploy into. Requires `privateSubnetIds`
    #[serde(rename = "vpcId", alias = "vpc_id", default, skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
    /// BYO-VPC only: private subnet IDs or names (1-6 entries on AWS, exactly one on GCP)
    #[serde(rename = "privateSubnetIds", alias = "private_subnet_ids", default, skip_serializing_if = "Option::is_none")]
    pub private_subnet_ids: Option<Vec<String>>,
    /// AWS BYO-VPC only: public subnet IDs (at most 6 entries)
    #[serde(rename = "publicSubnetIds", alias = "public_subnet_ids", default, skip_serializing_if = "Option::is_none")]
    pub public_subnet_ids: Option<Vec<String>>,
    /// GCP BYO-VPC only: secondary IP range names on the subnet to use for pod IPs. Omitted: all secondary ranges are used
    #[serde(rename = "gcpPodCidrRangeNames", alias = "gcp_pod_cidr_range_names", default, skip_serializing_if = "Option::is_none")]
    pub gcp_pod_cidr_range_names: Option<Vec<String>>,
    /// GCP BYO-VPC only: Shared VPC host project owning the VPC and subnet, when different from `accountId`
    #[serde(rename = "gcpSharedVpcHostProjectId", alias = "gcp_shared_vpc_host_project_id", default, skip_serializing_if = "Option::is_none")]
    pub gcp_shared_vpc_host_project_id: Option<String>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<BTreeMap<String, String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipeBigQueryPipeSettings {
    /// Replication mode: "cdc" (change data capture with initial snapshot), "snapshot" (one-time snapshot only), or "cdc_only" (CDC without initial snapshot).
    #[serde(rename = "replicationMode", alias = "replication_mode", default, skip_serializing_if = "Option::is_none")]
    pub replication_mode: Option<String>,
    /// How changes are captured from BigQuery. "query_based" polls each table using a watermark timestamp column, "events_based" reads the BigQuery change history using the APPENDS or CHANGES table function. Required for "cdc" and "cdc_only" replication modes and not allowed for "snapshot".
    #[serde(rename = "replicationMethod", alias = "replication_method", default, skip_serializing_if = "Option::is_none")]
    pub replication_method: Option<String>,
    /// Interval in seconds between CDC syncs. Not allowed for "snapshot" replication mode.
    #[serde(rename = "syncIntervalSeconds", alias = "sync_interval_seconds", default, skip_serializing_if = "Option::is_none")]
    pub sync_interval_seconds: Option<i64>,
    /// Number of tables pulled in parallel during a CDC sync. Not allowed for "snapshot" replication mode.
    #[serde(rename = "queryCdcPullSyncParallelism", alias = "query_cdc_pull_sync_parallelism", default, skip_serializing_if = "Option::is_none")]
    pub query_cdc_pull_sync_parallelism: Option<i64>,
    /// Each CDC sync reads data only up to now minus this delay, giving recently written rows time to become visible in BigQuery. Increase it if your tables are loaded via batch jobs or Google Cloud Dataflow; if set too low, late-visible rows may be skipped. Not allowed for "snapshot" replication mode.
    #[serde(rename = "syncDelaySeconds", alias = "sync_delay_seconds", default, skip_serializing_if = "Option::is_none")]
    pub sync_delay_seconds: Option<i64>,
    /// Maximum amount of time one pull (query) can cover. Applies when the pipe has fallen behind, e.g. on the first CDC sync or when resuming after a pause: with a 6 hour limit, a pipe that is 3 days behind catches up in 12 smaller pulls instead of one large query. If a pull fails, only that pull is retried. Not allowed for "snapshot" replication mode.
    #[serde(rename = "pullWindowSizeSeconds", alias = "pull_window_size_seconds", default, skip_serializing_if = "Option::is_none")]
    pub pull_window_size_seconds: Option<i64>,
    /// Standard 5-field cron expression (or a descriptor such as "@hourly") that schedules CDC syncs, e.g. "0 * * * *" to sync every hour sharp. Evaluated in UTC unless prefixed with "CRON_TZ=<zone>". Must not fire more than once a minute. Syncs run on this schedule instead of every syncIntervalSeconds, so the two cannot both be set. Not allowed for "snapshot" replication mode.
    #[serde(rename = "syncCron", alias = "sync_cron", default, skip_serializing_if = "Option::is_none")]
    pub sync_cron: Option<String>,
    /// Allow nullable columns in the destination table.
    #[serde(rename = "allowNullableColumns", alias = "allow_nullable_columns", default, skip_serializing_if = "Option::is_none")]
    pub allow_nullable_columns: Option<bool>,
    /// Number of parallel workers during initial load.
    #[serde(rename = "initialLoadParallelism", alias = "initial_load_parallelism", default, skip_serializing_if = "Option::is_none")]
    pub initial_load_parallelism: Option<f64>,
    /// Number of rows to snapshot per partition.
    #[serde(rename = "snapshotNumRowsPerPartition", alias = "snapshot_num_rows_per_partition", default, skip_serializing_if = "Option::is_none")]
    pub snapshot_num_rows_per_partition: Option<f64>,
    /// Number of parallel tables to snapshot.
    #[serde(rename = "snapshotNumberOfParallelTables", alias = "snapshot_number_of_parallel_tables", default, skip_serializing_if = "Option::is_none")]
    pub snapshot_number_of_parallel_tables: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipeBigQueryPipeTableMapping {
    /// Source BigQuery dataset name.
    #[serde(rename = "sourceDatasetName", alias = "source_dataset_name", default, skip_serializing_if = "Option::is_none")]
    pub source_dataset_name: Option<String>,
    /// Source table name.
    #[serde(rename = "sourceTable", alias = "source_table", default, skip_serializing_if = "Option::is_none")]
    pub source_table: Option<String>,
    /// Target ClickHouse table name.
    #[serde(rename = "targetTable", alias = "target_table", default, skip_serializing_if = "Option::is_none")]
    pub target_table: Option<String>,
    /// Columns to exclude from the target table.
    #[serde(rename = "excludedColumns", alias = "excluded_columns", default, skip_serializing_if = "Option::is_none")]
    pub excluded_columns: Option<Vec<String>>,
    /// Whether to use a custom sorting key for the target table.
    #[serde(rename = "useCustomSortingKey", alias = "use_custom_sorting_key", default, skip_serializing_if = "Option::is_none")]
    pub use_custom_sorting_key: Option<bool>,
    /// Ordered list of columns to use as sorting key for the target table.
    #[serde(rename = "sortingKeys", alias = "sorting_keys", default, skip_serializing_if = "Option::is_none")]
    pub sorting_keys: Option<Vec<String>>,
    /// Table engine to use for the target table.
    #[serde(rename = "tableEngine", alias = "table_engine", default, skip_serializing_if = "Option::is_none")]
    pub table_engine: Option<String>,
    /// Source column of type TIMESTAMP used as the CDC watermark. Required for every table when replicationMethod is "query_based"; not allowed otherwise.
    #[serde(rename = "queryCdcWatermarkColumn", alias = "query_cdc_watermark_column", default, skip_serializing_if = "Option::is_none")]
    pub query_cdc_watermark_column: Option<String>,
    /// BigQuery table function used to read changes: "appends" (newly appended rows) or "changes" (all row changes). Required for every table when replicationMethod is "events_based"; not allowed otherwise.
    #[serde(rename = "eventsFunction", alias = "events_function", default, skip_serializing_if = "Option::is_none")]
    pub events_function: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipeDestinationColumn {
    /// Name of the column.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Type of the column.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipeDestinationTableDefinition {
    #[serde(rename = "engine", default, skip_serializing_if = "Option::is_none")]
    pub engine: Option<ClickPipeDestinationTableEngine>,
    /// Sorting key of the destination table. An entry that matches the name of a column declared in `columns` is used as that column. Any other entry is used as a SQL expression, for example a JSON sub-path such as `payload.workspace_id`. Entries must not contain commas, and every component must be non-Nullable.
    #[serde(rename = "sortingKey", alias = "sorting_key", default, skip_serializing_if = "Option::is_none")]
    pub sorting_key: Option<Vec<String>>,
    /// Partition key SQL expression.
    #[serde(rename = "partitionBy", alias = "partition_by", default, skip_serializing_if = "Option::is_none")]
    pub partition_by: Option<String>,
    /// Primary key of SQL expression.
    #[serde(rename = "primaryKey", alias = "primary_key", default, skip_serializing_if = "Option::is_none")]
    pub primary_key: Option<String>,
    /// TTL SQL expression of the destination table.
    #[serde(rename = "ttl", default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipeDestinationTableEngine {
    /// Engine type of the destination table.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Column name to use as version for ReplacingMergeTree engine.
    #[serde(rename = "versionColumnId", alias = "version_column_id", default, skip_serializing_if = "Patch::is_omitted")]
    pub version_column_id: Patch<String>,
    /// Column names to sum for SummingMergeTree engine.
    #[serde(rename = "columnIds", alias = "column_ids", default, skip_serializing_if = "Option::is_none")]
    pub column_ids: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipeFieldMapping {
    /// Source field name.
    #[serde(rename = "sourceField", alias = "source_field", default, skip_serializing_if = "Option::is_none")]
    pub source_field: Option<String>,
    /// Destination field name.
    #[serde(rename = "destinationField", alias = "destination_field", default, skip_serializing_if = "Option::is_none")]
    pub destination_field: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipeKafkaGlueSchemaRegistry {
    /// Type of the schema registry. Use 'glue' for the AWS Glue Schema Registry, which authenticates with IAM instead of credentials.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// AWS region of the Glue Schema Registry.
    #[serde(rename = "glueRegion", alias = "glue_region", default, skip_serializing_if = "Option::is_none")]
    pub glue_region: Option<String>,
    /// Name of the Glue Schema Registry.
    #[serde(rename = "glueRegistryName", alias = "glue_registry_name", default, skip_serializing_if = "Option::is_none")]
    pub glue_registry_name: Option<String>,
    /// IAM role to assume for Glue Schema Registry access. Defaults to the iamRole of the Kafka source, so it is required when the source does not authenticate with IAM. Read more in ClickPipes documentation: https://clickhouse.com/docs/en/integrations/clickpipes/kafka#iam
    #[serde(rename = "glueRoleArn", alias = "glue_role_arn", default, skip_serializing_if = "Option::is_none")]
    pub glue_role_arn: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipeKafkaOffset {
    /// Offset strategy.
    #[serde(rename = "strategy", default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<String>,
    /// A minute precision UTC timestamp to start from. Required for "from_timestamp" strategy.
    #[serde(rename = "timestamp", default, skip_serializing_if = "Patch::is_omitted")]
    pub timestamp: Patch<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipeKafkaSchemaRegistryCredentials {
    /// Username for the schema registry.
    #[serde(rename = "username", default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Password for the schema registry.
    #[serde(rename = "password", default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipeKinesisSchemaRegistry {
    /// Type of the schema registry. Kinesis ClickPipes support the AWS Glue Schema Registry, which authenticates with IAM instead of credentials.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// AWS region of the Glue Schema Registry.
    #[serde(rename = "glueRegion", alias = "glue_region", default, skip_serializing_if = "Option::is_none")]
    pub glue_region: Option<String>,
    /// Name of the Glue Schema Registry.
    #[serde(rename = "glueRegistryName", alias = "glue_registry_name", default, skip_serializing_if = "Option::is_none")]
    pub glue_registry_name: Option<String>,
    /// IAM role to assume for Glue Schema Registry access. Defaults to the IAM identity of the Kinesis source.
    #[serde(rename = "glueRoleArn", alias = "glue_role_arn", default, skip_serializing_if = "Patch::is_omitted")]
    pub glue_role_arn: Patch<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipeMongoDBPipeColumn {
    /// Top-level document field name.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// ClickHouse type the field is replicated as. Must be a valid ClickHouse column type supported by structured ingestion.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipeMongoDBPipeSettings {
    /// Interval in seconds to sync data from MongoDB during CDC replication.
    #[serde(rename = "syncIntervalSeconds", alias = "sync_interval_seconds", default, skip_serializing_if = "Option::is_none")]
    pub sync_interval_seconds: Option<i64>,
    /// Number of rows to pull in each batch during CDC replication.
    #[serde(rename = "pullBatchSize", alias = "pull_batch_size", default, skip_serializing_if = "Option::is_none")]
    pub pull_batch_size: Option<i64>,
    /// Replication mode: "cdc" (change data capture with initial snapshot), "snapshot" (one-time snapshot only), or "cdc_only" (CDC without initial snapshot).
    #[serde(rename = "replicationMode", alias = "replication_mode", default, skip_serializing_if = "Option::is_none")]
    pub replication_mode: Option<String>,
    /// Number of parallel workers to use per collection in the initial snapshot phase.
    #[serde(rename = "initialLoadParallelism", alias = "initial_load_parallelism", default, skip_serializing_if = "Option::is_none")]
    pub initial_load_parallelism: Option<i64>,
    /// Number of rows per partition during the snapshot phase.
    #[serde(rename = "snapshotNumRowsPerPartition", alias = "snapshot_num_rows_per_partition", default, skip_serializing_if = "Option::is_none")]
    pub snapshot_num_rows_per_partition: Option<i64>,
    /// Number of collections to snapshot in parallel during the initial load phase.
    #[serde(rename = "snapshotNumberOfParallelTables", alias = "snapshot_number_of_parallel_tables", default, skip_serializing_if = "Option::is_none")]
    pub snapshot_number_of_parallel_tables: Option<i64>,
    /// Enable hard delete behavior in ReplacingMergeTree for MongoDB DELETE operations.
    #[serde(rename = "deleteOnMerge", alias = "delete_on_merge", default, skip_serializing_if = "Option::is_none")]
    pub delete_on_merge: Option<bool>,
    /// Store JSON values in native ClickHouse JSON format. When disabled, JSON data is stored as String.
    #[serde(rename = "useJsonNativeFormat", alias = "use_json_native_format", default, skip_serializing_if = "Option::is_none")]
    pub use_json_native_format: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipeMongoDBPipeTableMapping {
    /// MongoDB source database name.
    #[serde(rename = "sourceDatabaseName", alias = "source_database_name", default, skip_serializing_if = "Option::is_none")]
    pub source_database_name: Option<String>,
    /// MongoDB source collection name.
    #[serde(rename = "sourceCollection", alias = "source_collection", default, skip_serializing_if = "Option::is_none")]
    pub source_collection: Option<String>,
    /// ClickHouse target table name. The table will be created automatically if it does not exist.
    #[serde(rename = "targetTable", alias = "target_table", default, skip_serializing_if = "Option::is_none")]
    pub target_table: Option<String>,
    /// ClickHouse table engine: "ReplacingMergeTree" (handles updates/deletes), "MergeTree" (append-only), or "Null" (forward data to materialized views without storing it).
    #[serde(rename = "tableEngine", alias = "table_engine", default, skip_serializing_if = "Option::is_none")]
    pub table_engine: Option<String>,
    #[serde(rename = "structuredIngestion", alias = "structured_ingestion", default, skip_serializing_if = "Option::is_none")]
    pub structured_ingestion: Option<ClickPipeMongoDBStructuredIngestion>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipeMongoDBStructuredIngestion {
    /// Replicate the collection into typed ClickHouse columns instead of a single JSON document column.
    #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// When true, values that don't fit their column are reported with only the field name and reason, without the value.
    #[serde(rename = "dropUnexpectedValues", alias = "drop_unexpected_values", default, skip_serializing_if = "Option::is_none")]
    pub drop_unexpected_values: Option<bool>,
    /// Typed columns of the collection, taken as provided. When omitted, the columns are inferred from a sample of the collection documents. The _id document is always replicated and uses String type.
    #[serde(rename = "columns", default, skip_serializing_if = "Option::is_none")]
    pub columns: Option<Vec<ClickPipeMongoDBPipeColumn>>,
    /// Names of columns, provided or inferred, to leave out of replication. Names that match no column are ignored. Column names must be unique within this list.
    #[serde(rename = "excludedColumns", alias = "excluded_columns", default, skip_serializing_if = "Option::is_none")]
    pub excluded_columns: Option<Vec<String>>,
    /// Ordered list of column names to use as the sorting (ORDER BY) key in ClickHouse. When omitted, the sorting key is the _id document key.
    #[serde(rename = "sortingKeys", alias = "sorting_keys", default, skip_serializing_if = "Option::is_none")]
    pub sorting_keys: Option<Vec<String>>,
    /// ClickHouse PARTITION BY expression applied to the destination table when ClickPipes creates it.
    #[serde(rename = "partitionByExpr", alias = "partition_by_expr", default, skip_serializing_if = "Option::is_none")]
    pub partition_by_expr: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipeMutateDestination {
    /// Destination database.
    #[serde(rename = "database", default, skip_serializing_if = "Option::is_none")]
    pub database: Option<String>,
    /// Destination table. Required field for all pipe types except database pipes (Postgres, MySQL, BigQuery).
    #[serde(rename = "table", default, skip_serializing_if = "Option::is_none")]
    pub table: Option<String>,
    /// Is the table managed by ClickPipes? Required field for all pipe types except database pipes (Postgres, MySQL, BigQuery).
    #[serde(rename = "managedTable", alias = "managed_table", default, skip_serializing_if = "Option::is_none")]
    pub managed_table: Option<bool>,
    #[serde(rename = "tableDefinition", alias = "table_definition", default, skip_serializing_if = "Option::is_none")]
    pub table_definition: Option<ClickPipeDestinationTableDefinition>,
    /// Columns of the destination table. Required field for all pipe types except database pipes (Postgres, MySQL, BigQuery).
    #[serde(rename = "columns", default, skip_serializing_if = "Option::is_none")]
    pub columns: Option<Vec<ClickPipeDestinationColumn>>,
    /// Optional. Roles to grant to the ClickHouse user that ClickPipe creates. If omitted, the user is granted the default role (`default_role`). Add your custom roles here if required. The role names `clickpipes` and `clickpipes_system` are reserved for internal use and cannot be assigned.
    #[serde(rename = "roles", default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipeMutateKafkaConfluentSchemaRegistry {
    /// Type of the schema registry. Defaults to 'confluent' (a Confluent-compatible REST registry).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Schema URL. HTTPS required.
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Authentication type of the schema registry.
    #[serde(rename = "authentication", default, skip_serializing_if = "Option::is_none")]
    pub authentication: Option<String>,
    /// PEM encoded CA certificates to validate the schema registry's certificate.
    #[serde(rename = "caCertificate", alias = "ca_certificate", default, skip_serializing_if = "Patch::is_omitted")]
    pub ca_certificate: Patch<String>,
    #[serde(rename = "credentials", default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<ClickPipeKafkaSchemaRegistryCredentials>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipeMutateMongoDBSource {
    #[serde(rename = "credentials", default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<PLAIN>,
    /// MongoDB connection URI. Supports both standard URIs (mongodb://...) and SRV URIs (mongodb+srv://...). Embedded credentials are redacted from API responses, so the returned value can differ from what was submitted.
    #[serde(rename = "uri", default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    /// MongoDB read preference for replica set reads.
    #[serde(rename = "readPreference", alias = "read_preference", default, skip_serializing_if = "Option::is_none")]
    pub read_preference: Option<String>,
    /// TLS/SSL host for secure connections.
    #[serde(rename = "tlsHost", alias = "tls_host", default, skip_serializing_if = "Option::is_none")]
    pub tls_host: Option<String>,
    /// Disable TLS for the MongoDB connection. Defaults to false (TLS enabled).
    #[serde(rename = "disableTls", alias = "disable_tls", default, skip_serializing_if = "Option::is_none")]
    pub disable_tls: Option<bool>,
    /// Skip TLS certificate verification for the MongoDB connection. Use with caution in production environments.
    #[serde(rename = "skipCertVerification", alias = "skip_cert_verification", default, skip_serializing_if = "Option::is_none")]
    pub skip_cert_verification: Option<bool>,
    /// PEM encoded CA certificate to validate the MongoDB server certificate.
    #[serde(rename = "caCertificate", alias = "ca_certificate", default, skip_serializing_if = "Option::is_none")]
    pub ca_certificate: Option<String>,
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<ClickPipeMongoDBPipeSettings>,
    /// List of collection mappings defining which MongoDB collections to replicate and how they map to ClickHouse tables.
    #[serde(rename = "tableMappings", alias = "table_mappings", default, skip_serializing_if = "Option::is_none")]
    pub table_mappings: Option<Vec<ClickPipeMongoDBPipeTableMapping>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipeMutateMySQLSource {
    /// Type of the MySQL source. Defaults to "mysql" if not specified.
    #[serde(rename = "type", default, skip_serializing_if = "Patch::is_omitted")]
    pub r#type: Patch<String>,
    #[serde(rename = "credentials", default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<PLAIN>,
    /// MySQL server hostname or IP address. To use a reverse private endpoint, pass the endpoint hostname here. For Cloud SQL with SERVICE_ACCOUNT_WORKLOAD_IDENTITY authentication, pass the instance connection name (project:region:instance).
    #[serde(rename = "host", default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// MySQL server port.
    #[serde(rename = "port", default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i64>,
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<ClickPipeMySQLPipeSettings>,
    /// Authentication method for MySQL connection. IAM_ROLE is only available for services on AWS.
    #[serde(rename = "authentication", default, skip_serializing_if = "Option::is_none")]
    pub authentication: Option<String>,
    /// IAM role ARN for IAM authentication (required for IAM_ROLE authentication, services on AWS only).
    #[serde(rename = "iamRole", alias = "iam_role", default, skip_serializing_if = "Option::is_none")]
    pub iam_role: Option<String>,
    /// TLS/SSL host for secure connections.
    #[serde(rename = "tlsHost", alias = "tls_host", default, skip_serializing_if = "Option::is_none")]
    pub tls_host: Option<String>,
    /// PEM encoded CA certificate to validate the MySQL server certificate.
    #[serde(rename = "caCertificate", alias = "ca_certificate", default, skip_serializing_if = "Option::is_none")]
    pub ca_certificate: Option<String>,
    /// Disable TLS for the MySQL connection. Use with caution in production environments. Defaults to false when omitted.
    #[serde(rename = "disableTls", alias = "disable_tls", default, skip_serializing_if = "Option::is_none")]
    pub disable_tls: Option<bool>,
    /// Skip TLS certificate verification for the MySQL connection. Use with caution in production environments.
    #[serde(rename = "skipCertVerification", alias = "skip_cert_verification", default, skip_serializing_if = "Option::is_none")]
    pub skip_cert_verification: Option<bool>,
    /// Optional MySQL server_id the pipe declares itself as in the MySQL replication topology. Must be unique across replicas connected to the source. If omitted, one is assigned automatically.
    #[serde(rename = "serverId", alias = "server_id", default, skip_serializing_if = "Option::is_none")]
    pub server_id: Option<i64>,
    /// List of table mappings defining which MySQL tables to replicate and how they map to ClickHouse tables.
    #[serde(rename = "tableMappings", alias = "table_mappings", default, skip_serializing_if = "Option::is_none")]
    pub table_mappings: Option<Vec<ClickPipeMySQLPipeTableMapping>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipeMutatePostgresSource {
    /// Type of the Postgres source. Defaults to "postgres" if not specified.
    #[serde(rename = "type", default, skip_serializing_if = "Patch::is_omitted")]
    pub r#type: Patch<String>,
    #[serde(rename = "credentials", default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<PLAIN>,
    /// PostgreSQL server hostname or IP address. To use a reverse private endpoint, pass the endpoint hostname here. For Cloud SQL with SERVICE_ACCOUNT_WORKLOAD_IDENTITY authentication, pass the instance connection name (project:region:instance).
    #[serde(rename = "host", default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// PostgreSQL server port.
    #[serde(rename = "port", default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i64>,
    /// PostgreSQL database name to replicate from.
    #[serde(rename = "database", default, skip_serializing_if = "Option::is_none")]
    pub database: Option<String>,
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<ClickPipePostgresPipeSettings>,
    /// Authentication method for Postgres connection. IAM_ROLE is only available for services on AWS.
    #[serde(rename = "authentication", default, skip_serializing_if = "Option::is_none")]
    pub authentication: Option<String>,
    /// IAM role ARN for IAM authentication (required for IAM_ROLE authentication, services on AWS only).
    #[serde(rename = "iamRole", alias = "iam_role", default, skip_serializing_if = "Option::is_none")]
    pub iam_role: Option<String>,
    /// TLS/SSL host for secure connections.
    #[serde(rename = "tlsHost", alias = "tls_host", default, skip_serializing_if = "Option::is_none")]
    pub tls_host: Option<String>,
    /// PEM encoded CA certificate to validate the Postgres server certificate.
    #[serde(rename = "caCertificate", alias = "ca_certificate", default, skip_serializing_if = "Option::is_none")]
    pub ca_certificate: Option<String>,
    /// Disable TLS for the Postgres connection. Use with caution in production environments. Defaults to false when omitted.
    #[serde(rename = "disableTls", alias = "disable_tls", default, skip_serializing_if = "Option::is_none")]
    pub disable_tls: Option<bool>,
    /// Skip TLS certificate verification for the Postgres connection. Use with caution in production environments.
    #[serde(rename = "skipCertVerification", alias = "skip_cert_verification", default, skip_serializing_if = "Option::is_none")]
    pub skip_cert_verification: Option<bool>,
    /// List of table mappings defining which PostgreSQL tables to replicate and how they map to ClickHouse tables.
    #[serde(rename = "tableMappings", alias = "table_mappings", default, skip_serializing_if = "Option::is_none")]
    pub table_mappings: Option<Vec<ClickPipePostgresPipeTableMapping>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipeMySQLPipeSettings {
    /// Interval in seconds to sync data from MySQL during CDC replication.
    #[serde(rename = "syncIntervalSeconds", alias = "sync_interval_seconds", default, skip_serializing_if = "Option::is_none")]
    pub sync_interval_seconds: Option<i64>,
    /// Number of rows to pull in each batch during CDC replication.
    #[serde(rename = "pullBatchSize", alias = "pull_batch_size", default, skip_serializing_if = "Option::is_none")]
    pub pull_batch_size: Option<i64>,
    /// Replication mode: "cdc" (change data capture with initial snapshot), "snapshot" (one-time snapshot only), or "cdc_only" (CDC without initial snapshot).
    #[serde(rename = "replicationMode", alias = "replication_mode", default, skip_serializing_if = "Option::is_none")]
    pub replication_mode: Option<String>,
    /// MySQL replication mechanism: "GTID" (Global Transaction Identifier) or "FILE_POS" (binary log file and position). Defaults to "GTID" if not specified. MariaDB supports "GTID" only. For "FILE_POS" on MySQL, contact support.
    #[serde(rename = "replicationMechanism", alias = "replication_mechanism", default, skip_serializing_if = "Option::is_none")]
    pub replication_mechanism: Option<String>,
    /// Enable compression for the MySQL connection.
    #[serde(rename = "useCompression", alias = "use_compression", default, skip_serializing_if = "Option::is_none")]
    pub use_compression: Option<bool>,
    /// Preserve nullability from MySQL in the destination ClickHouse table. When true, columns without NOT NULL constraints are created as Nullable(...). When false, all columns are non-nullable and NULL values are replaced with the default value for the type. Note: Nullable types have performance overhead in ClickHouse.
    #[serde(rename = "allowNullableColumns", alias = "allow_nullable_columns", default, skip_serializing_if = "Option::is_none")]
    pub allow_nullable_columns: Option<bool>,
    /// Number of parallel workers to use per table in the initial snapshot phase.
    #[serde(rename = "initialLoadParallelism", alias = "initial_load_parallelism", default, skip_serializing_if = "Option::is_none")]
    pub initial_load_parallelism: Option<i64>,
    /// Number of rows per partition during the snapshot phase.
    #[serde(rename = "snapshotNumRowsPerPartition", alias = "snapshot_num_rows_per_partition", default, skip_serializing_if = "Option::is_none")]
    pub snapshot_num_rows_per_partition: Option<i64>,
    /// Number of tables to snapshot in parallel during the initial load phase.
    #[serde(rename = "snapshotNumberOfParallelTables", alias = "snapshot_number_of_parallel_tables", default, skip_serializing_if = "Option::is_none")]
    pub snapshot_number_of_parallel_tables: Option<i64>,
    /// Enable hard delete behavior in ReplacingMergeTree for MySQL DELETE operations.
    #[serde(rename = "deleteOnMerge", alias = "delete_on_merge", default, skip_serializing_if = "Option::is_none")]
    pub delete_on_merge: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipeMySQLPipeTableMapping {
    /// MySQL source database name.
    #[serde(rename = "sourceSchemaName", alias = "source_schema_name", default, skip_serializing_if = "Option::is_none")]
    pub source_schema_name: Option<String>,
    /// MySQL source table name.
    #[serde(rename = "sourceTable", alias = "source_table", default, skip_serializing_if = "Option::is_none")]
    pub source_table: Option<String>,
    /// ClickHouse target table name, optionally prefixed with schema name (e.g., "my_database_my_table"). The table will be created automatically if it does not exist. For snapshot mode, the target table must be empty.
    #[serde(rename = "targetTable", alias = "target_table", default, skip_serializing_if = "Option::is_none")]
    pub target_table: Option<String>,
    /// List of column names to exclude from replication. Column names must be unique within this list.
    #[serde(rename = "excludedColumns", alias = "excluded_columns", default, skip_serializing_if = "Option::is_none")]
    pub excluded_columns: Option<Vec<String>>,
    /// Whether to use a custom sorting key. If true, sortingKeys must be provided. If false or omitted, the default sorting key is the MySQL primary key.
    #[serde(rename = "useCustomSortingKey", alias = "use_custom_sorting_key", default, skip_serializing_if = "Option::is_none")]
    pub use_custom_sorting_key: Option<bool>,
    /// Ordered list of column names to use as the sorting (ORDER BY) key in ClickHouse. Only used when useCustomSortingKey is true. Column names must be unique within this list.
    #[serde(rename = "sortingKeys", alias = "sorting_keys", default, skip_serializing_if = "Option::is_none")]
    pub sorting_keys: Option<Vec<String>>,
    /// ClickHouse table engine: "ReplacingMergeTree" (handles updates/deletes), "MergeTree" (append-only), or "Null" (forward data to materialized views without storing it).
    #[serde(rename = "tableEngine", alias = "table_engine", default, skip_serializing_if = "Option::is_none")]
    pub table_engine: Option<String>,
    /// Custom partitioning column used for parallel snapshotting. Must be an indexed column of an integer, date, datetime or timestamp type. Unrelated to ClickHouse partitioning.
    #[serde(rename = "partitionKey", alias = "partition_key", default, skip_serializing_if = "Option::is_none")]
    pub partition_key: Option<String>,
    /// ClickHouse PARTITION BY expression applied to the destination table when ClickPipes creates it.
    #[serde(rename = "partitionByExpr", alias = "partition_by_expr", default, skip_serializing_if = "Option::is_none")]
    pub partition_by_expr: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipePatchDestination {
    /// Columns of the destination table. This will not update the table schema, only the ClickPipe configuration.
    #[serde(rename = "columns", default, skip_serializing_if = "Option::is_none")]
    pub columns: Option<Vec<ClickPipeDestinationColumn>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipePatchKafkaSource {
    /// Authentication method of the Kafka source. SERVICE_ACCOUNT_WORKLOAD_IDENTITY is in Private Preview. ClickPipes uses the GCP service account returned in gcpWorkloadIdentity.principal by the operation with operationId clickPipesServiceContextGet; grant it access to the source resources. Supported authentication methods: kafka: PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, MUTUAL_TLS, msk: SCRAM-SHA-512, IAM_ROLE, IAM_USER, MUTUAL_TLS, gcmk: PLAIN, MUTUAL_TLS, SERVICE_ACCOUNT_WORKLOAD_IDENTITY, confluent: PLAIN, MUTUAL_TLS, warpstream: PLAIN, azureeventhub: PLAIN, redpanda: SCRAM-SHA-256, SCRAM-SHA-512, MUTUAL_TLS, dokafka: SCRAM-SHA-256, MUTUAL_TLS
    #[serde(rename = "authentication", default, skip_serializing_if = "Patch::is_omitted")]
    pub authentication: Patch<String>,
    /// IAM role for the Kafka source. Use with IAM role authentication. Read more in ClickPipes documentation: https://clickhouse.com/docs/en/integrations/clickpipes/kafka#iam
    #[serde(rename = "iamRole", alias = "iam_role", default, skip_serializing_if = "Patch::is_omitted")]
    pub iam_role: Patch<String>,
    /// PEM encoded CA certificates to validate the broker's certificate.
    #[serde(rename = "caCertificate", alias = "ca_certificate", default, skip_serializing_if = "Patch::is_omitted")]
    pub ca_certificate: Patch<String>,
    /// Reverse private endpoint UUIDs used for a secure private connection to the Kafka source.
    #[serde(rename = "reversePrivateEndpointIds", alias = "reverse_private_endpoint_ids", default, skip_serializing_if = "Option::is_none")]
    pub reverse_private_endpoint_ids: Option<Vec<String>>,
    /// Credentials for Kafka source. Choose one that is supported by the authentication method.
    #[serde(rename = "credentials", default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<Value>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipePatchKinesisSource {
    /// Authentication method to use with the Kinesis stream.
    #[serde(rename = "authentication", default, skip_serializing_if = "Patch::is_omitted")]
    pub authentication: Patch<String>,
    /// IAM role to use for authentication. Required if IAM_ROLE is used.
    #[serde(rename = "iamRole", alias = "iam_role", default, skip_serializing_if = "Patch::is_omitted")]
    pub iam_role: Patch<String>,
    #[serde(rename = "accessKey", alias = "access_key", default, skip_serializing_if = "Patch::is_omitted")]
    pub access_key: Patch<MskIamUser>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipePatchMongoDBPipeRemoveTableMapping {
    /// MongoDB source database name.
    #[serde(rename = "sourceDatabaseName", alias = "source_database_name", default, skip_serializing_if = "Patch::is_omitted")]
    pub source_database_name: Patch<String>,
    /// MongoDB source collection name.
    #[serde(rename = "sourceCollection", alias = "source_collection", default, skip_serializing_if = "Patch::is_omitted")]
    pub source_collection: Patch<String>,
    /// ClickHouse target table name. The table will be created automatically if it does not exist.
    #[serde(rename = "targetTable", alias = "target_table", default, skip_serializing_if = "Patch::is_omitted")]
    pub target_table: Patch<String>,
    /// ClickHouse table engine: "ReplacingMergeTree" (handles updates/deletes), "MergeTree" (append-only), or "Null" (forward data to materialized views without storing it).
    #[serde(rename = "tableEngine", alias = "table_engine", default, skip_serializing_if = "Patch::is_omitted")]
    pub table_engine: Patch<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipePatchMongoDBPipeSettings {
    /// Interval in seconds to sync data from MongoDB during CDC replication.
    #[serde(rename = "syncIntervalSeconds", alias = "sync_interval_seconds", default, skip_serializing_if = "Patch::is_omitted")]
    pub sync_interval_seconds: Patch<i64>,
    /// Number of rows to pull in each batch during CDC replication.
    #[serde(rename = "pullBatchSize", alias = "pull_batch_size", default, skip_serializing_if = "Patch::is_omitted")]
    pub pull_batch_size: Patch<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipePatchMongoDBSource {
    #[serde(rename = "credentials", default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<PLAIN>,
    /// MongoDB connection URI (mongodb:// or mongodb+srv://). Credentials are redacted in responses; a masked value is never saved as a credential, so a real credential equal to [REDACTED] cannot be set. To change the connection, send the full URI with real credentials; omit this field or resend the redacted value to leave it unchanged.
    #[serde(rename = "uri", default, skip_serializing_if = "Patch::is_omitted")]
    pub uri: Patch<String>,
    /// MongoDB read preference for replica set reads.
    #[serde(rename = "readPreference", alias = "read_preference", default, skip_serializing_if = "Patch::is_omitted")]
    pub read_preference: Patch<String>,
    /// TLS/SSL host for secure connections.
    #[serde(rename = "tlsHost", alias = "tls_host", default, skip_serializing_if = "Patch::is_omitted")]
    pub tls_host: Patch<String>,
    /// Disable TLS for the MongoDB connection. Defaults to false (TLS enabled).
    #[serde(rename = "disableTls", alias = "disable_tls", default, skip_serializing_if = "Patch::is_omitted")]
    pub disable_tls: Patch<bool>,
    /// Skip TLS certificate verification for the MongoDB connection. Use with caution in production environments.
    #[serde(rename = "skipCertVerification", alias = "skip_cert_verification", default, skip_serializing_if = "Patch::is_omitted")]
    pub skip_cert_verification: Patch<bool>,
    /// PEM encoded CA certificate to validate the MongoDB server certificate.
    #[serde(rename = "caCertificate", alias = "ca_certificate", default, skip_serializing_if = "Patch::is_omitted")]
    pub ca_certificate: Patch<String>,
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<ClickPipePatchMongoDBPipeSettings>,
    /// Collection mappings to add to the pipe. Can be an empty array if no collections are being added.
    #[serde(rename = "tableMappingsToAdd", alias = "table_mappings_to_add", default, skip_serializing_if = "Option::is_none")]
    pub table_mappings_to_add: Option<Vec<ClickPipeMongoDBPipeTableMapping>>,
    /// Collection mappings to remove from the pipe. Only sourceDatabaseName, sourceCollection, and targetTable are required for removal.
    #[serde(rename = "tableMappingsToRemove", alias = "table_mappings_to_remove", default, skip_serializing_if = "Option::is_none")]
    pub table_mappings_to_remove: Option<Vec<ClickPipePatchMongoDBPipeRemoveTableMapping>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipePatchMySQLPipeRemoveTableMapping {
    /// MySQL source database name.
    #[serde(rename = "sourceSchemaName", alias = "source_schema_name", default, skip_serializing_if = "Patch::is_omitted")]
    pub source_schema_name: Patch<String>,
    /// MySQL source table name.
    #[serde(rename = "sourceTable", alias = "source_table", default, skip_serializing_if = "Patch::is_omitted")]
    pub source_table: Patch<String>,
    /// ClickHouse target table name, optionally prefixed with schema name (e.g., "my_database_my_table"). The table will be created automatically if it does not exist. For snapshot mode, the target table must be empty.
    #[serde(rename = "targetTable", alias = "target_table", default, skip_serializing_if = "Patch::is_omitted")]
    pub target_table: Patch<String>,
    /// ClickHouse table engine: "ReplacingMergeTree" (handles updates/deletes), "MergeTree" (append-only), or "Null" (forward data to materialized views without storing it).
    #[serde(rename = "tableEngine", alias = "table_engine", default, skip_serializing_if = "Patch::is_omitted")]
    pub table_engine: Patch<String>,
    /// Custom partitioning column used for parallel snapshotting. Must be an indexed column of an integer, date, datetime or timestamp type. Unrelated to ClickHouse partitioning.
    #[serde(rename = "partitionKey", alias = "partition_key", default, skip_serializing_if = "Patch::is_omitted")]
    pub partition_key: Patch<String>,
    /// ClickHouse PARTITION BY expression applied to the destination table when ClickPipes creates it.
    #[serde(rename = "partitionByExpr", alias = "partition_by_expr", default, skip_serializing_if = "Patch::is_omitted")]
    pub partition_by_expr: Patch<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipePatchMySQLPipeSettings {
    /// Interval in seconds to sync data from MySQL during CDC replication.
    #[serde(rename = "syncIntervalSeconds", alias = "sync_interval_seconds", default, skip_serializing_if = "Patch::is_omitted")]
    pub sync_interval_seconds: Patch<i64>,
    /// Number of rows to pull in each batch during CDC replication.
    #[serde(rename = "pullBatchSize", alias = "pull_batch_size", default, skip_serializing_if = "Patch::is_omitted")]
    pub pull_batch_size: Patch<i64>,
    /// Enable compression for the MySQL connection.
    #[serde(rename = "useCompression", alias = "use_compression", default, skip_serializing_if = "Patch::is_omitted")]
    pub use_compression: Patch<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipePatchMySQLSource {
    #[serde(rename = "credentials", default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<PLAIN>,
    /// MySQL server hostname or IP address. To use a reverse private endpoint, pass the endpoint hostname here. For Cloud SQL with SERVICE_ACCOUNT_WORKLOAD_IDENTITY authentication, pass the instance connection name (project:region:instance).
    #[serde(rename = "host", default, skip_serializing_if = "Patch::is_omitted")]
    pub host: Patch<String>,
    /// MySQL server port.
    #[serde(rename = "port", default, skip_serializing_if = "Patch::is_omitted")]
    pub port: Patch<i64>,
    /// Authentication method for MySQL connection. IAM_ROLE is only available for services on AWS.
    #[serde(rename = "authentication", default, skip_serializing_if = "Patch::is_omitted")]
    pub authentication: Patch<String>,
    /// IAM role ARN for IAM authentication (required for IAM_ROLE authentication, services on AWS only).
    #[serde(rename = "iamRole", alias = "iam_role", default, skip_serializing_if = "Patch::is_omitted")]
    pub iam_role: Patch<String>,
    /// TLS/SSL host for secure connections.
    #[serde(rename = "tlsHost", alias = "tls_host", default, skip_serializing_if = "Patch::is_omitted")]
    pub tls_host: Patch<String>,
    /// PEM encoded CA certificate to validate the MySQL server certificate.
    #[serde(rename = "caCertificate", alias = "ca_certificate", default, skip_serializing_if = "Patch::is_omitted")]
    pub ca_certificate: Patch<String>,
    /// Disable TLS for the MySQL connection. Use with caution in production environments.
    #[serde(rename = "disableTls", alias = "disable_tls", default, skip_serializing_if = "Patch::is_omitted")]
    pub disable_tls: Patch<bool>,
    /// Skip TLS certificate verification for the MySQL connection. Use with caution in production environments.
    #[serde(rename = "skipCertVerification", alias = "skip_cert_verification", default, skip_serializing_if = "Patch::is_omitted")]
    pub skip_cert_verification: Patch<bool>,
    /// Optional MySQL server_id the pipe declares itself as in the MySQL replication topology. Must be unique across replicas connected to the source. If omitted, one is assigned automatically.
    #[serde(rename = "serverId", alias = "server_id", default, skip_serializing_if = "Patch::is_omitted")]
    pub server_id: Patch<i64>,
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<ClickPipePatchMySQLPipeSettings>,
    /// Table mappings to add to the pipe. Can be an empty array if no tables are being added.
    #[serde(rename = "tableMappingsToAdd", alias = "table_mappings_to_add", default, skip_serializing_if = "Option::is_none")]
    pub table_mappings_to_add: Option<Vec<ClickPipeMySQLPipeTableMapping>>,
    /// Table mappings to remove from the pipe. Only sourceSchemaName, sourceTable, and targetTable are required for removal.
    #[serde(rename = "tableMappingsToRemove", alias = "table_mappings_to_remove", default, skip_serializing_if = "Option::is_none")]
    pub table_mappings_to_remove: Option<Vec<ClickPipePatchMySQLPipeRemoveTableMapping>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipePatchObjectStorageSource {
    /// If set to true, skips the initial load and only ingests files delivered by queue notifications. Only applicable when queueUrl is provided.
    #[serde(rename = "skipInitialLoad", alias = "skip_initial_load", default, skip_serializing_if = "Patch::is_omitted")]
    pub skip_initial_load: Patch<bool>,
    /// Skip all files up to and including this object key during the initial load. Cannot be provided when skipInitialLoad is true.
    #[serde(rename = "startAfter", alias = "start_after", default, skip_serializing_if = "Patch::is_omitted")]
    pub start_after: Patch<String>,
    /// Authentication method. IAM_USER is for S3, GCS, and DigitalOcean Spaces. IAM_ROLE is for S3 only. SERVICE_ACCOUNT is for GCS only. For GCS, SERVICE_ACCOUNT_WORKLOAD_IDENTITY is in Private Preview. ClickPipes uses the GCP service account returned in gcpWorkloadIdentity.principal by the operation with operationId clickPipesServiceContextGet; grant it access to the source resources. CONNECTION_STRING is for Azure Blob Storage. PUBLIC uses no authentication.
    #[serde(rename = "authentication", default, skip_serializing_if = "Patch::is_omitted")]
    pub authentication: Patch<String>,
    /// IAM role to be used with IAM role authentication. Read more in ClickPipes documentation: https://clickhouse.com/docs/en/integrations/clickpipes/object-storage#authentication
    #[serde(rename = "iamRole", alias = "iam_role", default, skip_serializing_if = "Patch::is_omitted")]
    pub iam_role: Patch<String>,
    /// Connection string for Azure Blob Storage authentication. Required when authentication is CONNECTION_STRING.
    #[serde(rename = "connectionString", alias = "connection_string", default, skip_serializing_if = "Patch::is_omitted")]
    pub connection_string: Patch<String>,
    /// Path to the file(s) within the Azure container. Used for Azure Blob Storage sources. You can specify multiple files using bash-like wildcards. For more information, see the documentation on using wildcards in path: https://clickhouse.com/docs/en/integrations/clickpipes/object-storage#limitations
    #[serde(rename = "path", default, skip_serializing_if = "Patch::is_omitted")]
    pub path: Patch<String>,
    /// Container name for Azure Blob Storage. Required when type is azureblobstorage.
    #[serde(rename = "azureContainerName", alias = "azure_container_name", default, skip_serializing_if = "Patch::is_omitted")]
    pub azure_container_name: Patch<String>,
    #[serde(rename = "accessKey", alias = "access_key", default, skip_serializing_if = "Patch::is_omitted")]
    pub access_key: Patch<MskIamUser>,
    /// Base64-encoded GCP service account JSON key. Required when authentication is SERVICE_ACCOUNT.
    #[serde(rename = "serviceAccountKey", alias = "service_account_key", default, skip_serializing_if = "Patch::is_omitted")]
    pub service_account_key: Patch<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipePatchPostgresPipeRemoveTableMapping {
    /// PostgreSQL source schema name.
    #[serde(rename = "sourceSchemaName", alias = "source_schema_name", default, skip_serializing_if = "Patch::is_omitted")]
    pub source_schema_name: Patch<String>,
    /// PostgreSQL source table name.
    #[serde(rename = "sourceTable", alias = "source_table", default, skip_serializing_if = "Patch::is_omitted")]
    pub source_table: Patch<String>,
    /// ClickHouse target table name, optionally prefixed with schema name (e.g., "my_schema_my_table"). The table will be created automatically if it does not exist. For snapshot mode, the target table must be empty.
    #[serde(rename = "targetTable", alias = "target_table", default, skip_serializing_if = "Patch::is_omitted")]
    pub target_table: Patch<String>,
    /// ClickHouse table engine: "ReplacingMergeTree" (handles updates/deletes), "MergeTree" (append-only), or "Null" (forward data to materialized views without storing it).
    #[serde(rename = "tableEngine", alias = "table_engine", default, skip_serializing_if = "Patch::is_omitted")]
    pub table_engine: Patch<String>,
    /// Custom partitioning column used for parallel snapshotting. Only beneficial for PostgreSQL 13 (no benefit for PG14+, which supports indexed ctid scans). Must be an indexed column of type: `smallint`, `integer`, `bigint`, `timestamp without time zone`, or `timestamp with time zone`. Unrelated to ClickHouse partitioning.
    #[serde(rename = "partitionKey", alias = "partition_key", default, skip_serializing_if = "Patch::is_omitted")]
    pub partition_key: Patch<String>,
    /// ClickHouse PARTITION BY expression applied to the destination table when ClickPipes creates it.
    #[serde(rename = "partitionByExpr", alias = "partition_by_expr", default, skip_serializing_if = "Patch::is_omitted")]
    pub partition_by_expr: Patch<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipePatchPostgresPipeSettings {
    /// Interval in seconds to sync data from Postgres during CDC replication.
    #[serde(rename = "syncIntervalSeconds", alias = "sync_interval_seconds", default, skip_serializing_if = "Patch::is_omitted")]
    pub sync_interval_seconds: Patch<i64>,
    /// Number of rows to pull in each batch during CDC replication.
    #[serde(rename = "pullBatchSize", alias = "pull_batch_size", default, skip_serializing_if = "Patch::is_omitted")]
    pub pull_batch_size: Patch<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipePatchPostgresSource {
    #[serde(rename = "credentials", default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<PLAIN>,
    /// PostgreSQL server hostname or IP address. To use a reverse private endpoint, pass the endpoint hostname here. For Cloud SQL with SERVICE_ACCOUNT_WORKLOAD_IDENTITY authentication, pass the instance connection name (project:region:instance).
    #[serde(rename = "host", default, skip_serializing_if = "Patch::is_omitted")]
    pub host: Patch<String>,
    /// PostgreSQL server port.
    #[serde(rename = "port", default, skip_serializing_if = "Patch::is_omitted")]
    pub port: Patch<i64>,
    /// PostgreSQL database name to replicate from.
    #[serde(rename = "database", default, skip_serializing_if = "Patch::is_omitted")]
    pub database: Patch<String>,
    /// TLS/SSL host for secure connections.
    #[serde(rename = "tlsHost", alias = "tls_host", default, skip_serializing_if = "Patch::is_omitted")]
    pub tls_host: Patch<String>,
    /// PEM encoded CA certificate to validate the Postgres server certificate.
    #[serde(rename = "caCertificate", alias = "ca_certificate", default, skip_serializing_if = "Patch::is_omitted")]
    pub ca_certificate: Patch<String>,
    /// Disable TLS for the Postgres connection. Use with caution in production environments.
    #[serde(rename = "disableTls", alias = "disable_tls", default, skip_serializing_if = "Patch::is_omitted")]
    pub disable_tls: Patch<bool>,
    /// Skip TLS certificate verification for the Postgres connection. Use with caution in production environments.
    #[serde(rename = "skipCertVerification", alias = "skip_cert_verification", default, skip_serializing_if = "Patch::is_omitted")]
    pub skip_cert_verification: Patch<bool>,
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<ClickPipePatchPostgresPipeSettings>,
    /// Table mappings to add to the pipe. Can be an empty array if no tables are being added.
    #[serde(rename = "tableMappingsToAdd", alias = "table_mappings_to_add", default, skip_serializing_if = "Option::is_none")]
    pub table_mappings_to_add: Option<Vec<ClickPipePostgresPipeTableMapping>>,
    /// Table mappings to remove from the pipe. Only sourceSchemaName, sourceTable, and targetTable are required for removal.
    #[serde(rename = "tableMappingsToRemove", alias = "table_mappings_to_remove", default, skip_serializing_if = "Option::is_none")]
    pub table_mappings_to_remove: Option<Vec<ClickPipePatchPostgresPipeRemoveTableMapping>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipePatchPubSubSource {
    /// Authentication method to use with GCP Pub/Sub. SERVICE_ACCOUNT_WORKLOAD_IDENTITY is in Private Preview. ClickPipes uses the GCP service account returned in gcpWorkloadIdentity.principal by the operation with operationId clickPipesServiceContextGet; grant it access to the source resources.
    #[serde(rename = "authentication", default, skip_serializing_if = "Patch::is_omitted")]
    pub authentication: Patch<String>,
    /// Acknowledgement deadline for messages, in seconds. Must be between 10 and 600.
    #[serde(rename = "ackDeadline", alias = "ack_deadline", default, skip_serializing_if = "Patch::is_omitted")]
    pub ack_deadline: Patch<i64>,
    #[serde(rename = "serviceAccountKey", alias = "service_account_key", default, skip_serializing_if = "Patch::is_omitted")]
    pub service_account_key: Patch<ServiceAccount>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipePatchRequest {
    /// Name of the ClickPipe.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<ClickPipePatchSource>,
    #[serde(rename = "destination", default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<ClickPipePatchDestination>,
    /// Field mappings of the ClickPipe. This will not update the table schema, only the ClickPipe configuration.
    #[serde(rename = "fieldMappings", alias = "field_mappings", default, skip_serializing_if = "Option::is_none")]
    pub field_mappings: Option<Vec<ClickPipeFieldMapping>>,
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<ClickPipeSettings>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipePatchSource {
    #[serde(rename = "kafka", default, skip_serializing_if = "Option::is_none")]
    pub kafka: Option<ClickPipePatchKafkaSource>,
    #[serde(rename = "objectStorage", alias = "object_storage", default, skip_serializing_if = "Option::is_none")]
    pub object_storage: Option<ClickPipePatchObjectStorageSource>,
    #[serde(rename = "kinesis", default, skip_serializing_if = "Option::is_none")]
    pub kinesis: Option<ClickPipePatchKinesisSource>,
    #[serde(rename = "pubsub", default, skip_serializing_if = "Option::is_none")]
    pub pubsub: Option<ClickPipePatchPubSubSource>,
    #[serde(rename = "postgres", default, skip_serializing_if = "Option::is_none")]
    pub postgres: Option<ClickPipePatchPostgresSource>,
    #[serde(rename = "mysql", default, skip_serializing_if = "Option::is_none")]
    pub mysql: Option<ClickPipePatchMySQLSource>,
    #[serde(rename = "mongodb", default, skip_serializing_if = "Option::is_none")]
    pub mongodb: Option<ClickPipePatchMongoDBSource>,
    /// Validate data samples received from data source. It will validate the connection and data availability and correctness. If not enabled, only connection will be validated. This has no effect on Postgres or MySQL pipes, they always only validate the connection and table definitions. This is experimental and can be removed in the future.
    #[serde(rename = "validateSamples", alias = "validate_samples", default, skip_serializing_if = "Option::is_none")]
    pub validate_samples: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipePostBigQueryServiceAccountSource {
    /// GCS bucket path for staging snapshot data (e.g., gs://my-bucket/staging/). Data will be automatically cleaned up after initial load.
    #[serde(rename = "snapshotStagingPath", alias = "snapshot_staging_path", default, skip_serializing_if = "Option::is_none")]
    pub snapshot_staging_path: Option<String>,
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<ClickPipeBigQueryPipeSettings>,
    /// Table mappings for BigQuery pipe.
    #[serde(rename = "tableMappings", alias = "table_mappings", default, skip_serializing_if = "Option::is_none")]
    pub table_mappings: Option<Vec<ClickPipeBigQueryPipeTableMapping>>,
    /// Authenticate with a Google Cloud service account JSON key. Defaults to SERVICE_ACCOUNT when omitted.
    #[serde(rename = "authentication", default, skip_serializing_if = "Option::is_none")]
    pub authentication: Option<String>,
    /// GCP project ID that owns the BigQuery resources.
    #[serde(rename = "projectId", alias = "project_id", default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    #[serde(rename = "credentials", default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<ServiceAccount>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipePostBigQueryWorkloadIdentitySource {
    /// GCS bucket path for staging snapshot data (e.g., gs://my-bucket/staging/). Data will be automatically cleaned up after initial load.
    #[serde(rename = "snapshotStagingPath", alias = "snapshot_staging_path", default, skip_serializing_if = "Option::is_none")]
    pub snapshot_staging_path: Option<String>,
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<ClickPipeBigQueryPipeSettings>,
    /// Table mappings for BigQuery pipe.
    #[serde(rename = "tableMappings", alias = "table_mappings", default, skip_serializing_if = "Option::is_none")]
    pub table_mappings: Option<Vec<ClickPipeBigQueryPipeTableMapping>>,
    /// Authenticate with the ClickPipes service tenant identity. Customer credentials must not be provided. SERVICE_ACCOUNT_WORKLOAD_IDENTITY is in Private Preview. ClickPipes uses the GCP service account returned in gcpWorkloadIdentity.principal by the operation with operationId clickPipesServiceContextGet; grant it access to the source resources.
    #[serde(rename = "authentication", default, skip_serializing_if = "Option::is_none")]
    pub authentication: Option<String>,
    /// GCP project ID that owns the BigQuery resources.
    #[serde(rename = "projectId", alias = "project_id", default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipePostKafkaSource {
    /// Type of the Kafka source.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Format of the Kafka source.
    #[serde(rename = "format", default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// Brokers of the Kafka source.
    #[serde(rename = "brokers", default, skip_serializing_if = "Option::is_none")]
    pub brokers: Option<String>,
    /// One or more Kafka topics as a comma-separated string. All topics must have the same schema and are ingested into the same destination table by a single ClickPipe.
    #[serde(rename = "topics", default, skip_serializing_if = "Option::is_none")]
    pub topics: Option<String>,
    /// Consumer group of the Kafka source. If not provided "clickpipes-<<ID>>" will be used.
    #[serde(rename = "consumerGroup", alias = "consumer_group", default, skip_serializing_if = "Patch::is_omitted")]
    pub consumer_group: Patch<String>,
    /// Authentication method of the Kafka source. SERVICE_ACCOUNT_WORKLOAD_IDENTITY is in Private Preview. ClickPipes uses the GCP service account returned in gcpWorkloadIdentity.principal by the operation with operationId clickPipesServiceContextGet; grant it access to the source resources. Supported authentication methods: kafka: PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, MUTUAL_TLS, msk: SCRAM-SHA-512, IAM_ROLE, IAM_USER, MUTUAL_TLS, gcmk: PLAIN, MUTUAL_TLS, SERVICE_ACCOUNT_WORKLOAD_IDENTITY, confluent: PLAIN, MUTUAL_TLS, warpstream: PLAIN, azureeventhub: PLAIN, redpanda: SCRAM-SHA-256, SCRAM-SHA-512, MUTUAL_TLS, dokafka: SCRAM-SHA-256, MUTUAL_TLS
    #[serde(rename = "authentication", default, skip_serializing_if = "Option::is_none")]
    pub authentication: Option<String>,
    /// IAM role for the Kafka source. Use with IAM role authentication. Read more in ClickPipes documentation: https://clickhouse.com/docs/en/integrations/clickpipes/kafka#iam
    #[serde(rename = "iamRole", alias = "iam_role", default, skip_serializing_if = "Patch::is_omitted")]
    pub iam_role: Patch<String>,
    #[serde(rename = "offset", default, skip_serializing_if = "Patch::is_omitted")]
    pub offset: Patch<ClickPipeKafkaOffset>,
    #[serde(rename = "schemaRegistry", alias = "schema_registry", default, skip_serializing_if = "Patch::is_omitted")]
    pub schema_registry: Patch<ClickPipeMutateKafkaSchemaRegistry>,
    /// PEM encoded CA certificates to validate the broker's certificate.
    #[serde(rename = "caCertificate", alias = "ca_certificate", default, skip_serializing_if = "Patch::is_omitted")]
    pub ca_certificate: Patch<String>,
    /// Reverse private endpoint UUIDs used for a secure private connection to the Kafka source.
    #[serde(rename = "reversePrivateEndpointIds", alias = "reverse_private_endpoint_ids", default, skip_serializing_if = "Option::is_none")]
    pub reverse_private_endpoint_ids: Option<Vec<String>>,
    /// Enable exactly-once delivery. Guarantees every Kafka record is inserted exactly once across restarts and rebalances. Can only be set at pipe creation.
    #[serde(rename = "exactlyOnce", alias = "exactly_once", default, skip_serializing_if = "Patch::is_omitted")]
    pub exactly_once: Patch<bool>,
    /// How Kafka tombstone records are handled. Set to "delete" to delete the matching destination row; this requires exactly-once delivery. Set to "soft_delete" to write a row with the _is_deleted virtual column set to true; exactly-once delivery is not required. Can only be set at pipe creation.
    #[serde(rename = "tombstoneMode", alias = "tombstone_mode", default, skip_serializing_if = "Patch::is_omitted")]
    pub tombstone_mode: Patch<String>,
    /// Credentials for Kafka source. Choose one that is supported by the authentication method.
    #[serde(rename = "credentials", default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<Value>,
    /// Base64-encoded .proto source or serialized FileDescriptorSet. Supported only with Protobuf format and cannot be combined with schemaRegistry.
    #[serde(rename = "protobufSchema", alias = "protobuf_schema", default, skip_serializing_if = "Option::is_none")]
    pub protobuf_schema: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipePostKinesisSource {
    /// Format of the Kinesis stream.
    #[serde(rename = "format", default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// Name of the Kinesis stream.
    #[serde(rename = "streamName", alias = "stream_name", default, skip_serializing_if = "Option::is_none")]
    pub stream_name: Option<String>,
    /// AWS region of the Kinesis stream.
    #[serde(rename = "region", default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Use enhanced fan-out for the Kinesis stream.
    #[serde(rename = "useEnhancedFanOut", alias = "use_enhanced_fan_out", default, skip_serializing_if = "Patch::is_omitted")]
    pub use_enhanced_fan_out: Patch<bool>,
    /// Type of iterator to use when reading from the Kinesis stream. If AT_TIMESTAMP is used, the timestamp field must be provided.
    #[serde(rename = "iteratorType", alias = "iterator_type", default, skip_serializing_if = "Option::is_none")]
    pub iterator_type: Option<String>,
    /// UNIX timestamp to start reading from the Kinesis stream. Required if iteratorType is AT_TIMESTAMP.
    #[serde(rename = "timestamp", default, skip_serializing_if = "Patch::is_omitted")]
    pub timestamp: Patch<i64>,
    /// Authentication method to use with the Kinesis stream.
    #[serde(rename = "authentication", default, skip_serializing_if = "Option::is_none")]
    pub authentication: Option<String>,
    /// IAM role to use for authentication. Required if IAM_ROLE is used.
    #[serde(rename = "iamRole", alias = "iam_role", default, skip_serializing_if = "Patch::is_omitted")]
    pub iam_role: Patch<String>,
    #[serde(rename = "schemaRegistry", alias = "schema_registry", default, skip_serializing_if = "Patch::is_omitted")]
    pub schema_registry: Patch<ClickPipeKinesisSchemaRegistry>,
    #[serde(rename = "accessKey", alias = "access_key", default, skip_serializing_if = "Patch::is_omitted")]
    pub access_key: Patch<MskIamUser>,
    /// Base64-encoded .proto source or serialized FileDescriptorSet. Required with Protobuf format unless a schema registry is configured, and not supported with other formats.
    #[serde(rename = "protobufSchema", alias = "protobuf_schema", default, skip_serializing_if = "Option::is_none")]
    pub protobuf_schema: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipePostObjectStorageSource {
    /// Type of the ObjectStorage source.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Format of the files.
    #[serde(rename = "format", default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// Provide a path to the file(s) you want to ingest. You can specify multiple files using bash-like wildcards. For more information, see the documentation on using wildcards in path: https://clickhouse.com/docs/en/integrations/clickpipes/object-storage#limitations
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Delimiter used in the files.
    #[serde(rename = "delimiter", default, skip_serializing_if = "Patch::is_omitted")]
    pub delimiter: Patch<String>,
    /// Compression algorithm used for the files.
    #[serde(rename = "compression", default, skip_serializing_if = "Patch::is_omitted")]
    pub compression: Patch<String>,
    /// If set to true, the pipe will continuously read new files from the source. If set to false, the pipe will read the files only once. New files have to be uploaded lexically order.
    #[serde(rename = "isContinuous", alias = "is_continuous", default, skip_serializing_if = "Patch::is_omitted")]
    pub is_continuous: Patch<bool>,
    /// Queue URL for event-based continuous ingestion. For S3, provide an SQS queue URL. For GCS, provide a Pub/Sub subscription (e.g. projects/{project}/subscriptions/{name}). When provided, files are ingested based on event notifications rather than lexicographical order. Only applicable when isContinuous is true and authentication is not public.
    #[serde(rename = "queueUrl", alias = "queue_url", default, skip_serializing_if = "Patch::is_omitted")]
    pub queue_url: Patch<String>,
    /// If set to true, skips the initial load and only ingests files delivered by queue notifications. Only applicable when queueUrl is provided.
    #[serde(rename = "skipInitialLoad", alias = "skip_initial_load", default, skip_serializing_if = "Patch::is_omitted")]
    pub skip_initial_load: Patch<bool>,
    /// Skip all files up to and including this object key during the initial load. Cannot be provided when skipInitialLoad is true.
    #[serde(rename = "startAfter", alias = "start_after", default, skip_serializing_if = "Patch::is_omitted")]
    pub start_after: Patch<String>,
    /// Authentication method. IAM_USER is for S3, GCS, and DigitalOcean Spaces. IAM_ROLE is for S3 only. SERVICE_ACCOUNT is for GCS only. For GCS, SERVICE_ACCOUNT_WORKLOAD_IDENTITY is in Private Preview. ClickPipes uses the GCP service account returned in gcpWorkloadIdentity.principal by the operation with operationId clickPipesServiceContextGet; grant it access to the source resources. CONNECTION_STRING is for Azure Blob Storage. PUBLIC uses no authentication.
    #[serde(rename = "authentication", default, skip_serializing_if = "Patch::is_omitted")]
    pub authentication: Patch<String>,
    /// IAM role to be used with IAM role authentication. Read more in ClickPipes documentation: https://clickhouse.com/docs/en/integrations/clickpipes/object-storage#authentication
    #[serde(rename = "iamRole", alias = "iam_role", default, skip_serializing_if = "Patch::is_omitted")]
    pub iam_role: Patch<String>,
    /// Connection string for Azure Blob Storage authentication. Required when authentication is CONNECTION_STRING.
    #[serde(rename = "connectionString", alias = "connection_string", default, skip_serializing_if = "Patch::is_omitted")]
    pub connection_string: Patch<String>,
    /// Path to the file(s) within the Azure container. Used for Azure Blob Storage sources. You can specify multiple files using bash-like wildcards. For more information, see the documentation on using wildcards in path: https://clickhouse.com/docs/en/integrations/clickpipes/object-storage#limitations
    #[serde(rename = "path", default, skip_serializing_if = "Patch::is_omitted")]
    pub path: Patch<String>,
    /// Container name for Azure Blob Storage. Required when type is azureblobstorage.
    #[serde(rename = "azureContainerName", alias = "azure_container_name", default, skip_serializing_if = "Patch::is_omitted")]
    pub azure_container_name: Patch<String>,
    #[serde(rename = "accessKey", alias = "access_key", default, skip_serializing_if = "Patch::is_omitted")]
    pub access_key: Patch<MskIamUser>,
    /// Base64-encoded GCP service account JSON key. Required when authentication is SERVICE_ACCOUNT.
    #[serde(rename = "serviceAccountKey", alias = "service_account_key", default, skip_serializing_if = "Patch::is_omitted")]
    pub service_account_key: Patch<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipePostPubSubServiceAccountSource {
    /// Format of messages in the Pub/Sub topic. GCP Pub/Sub ClickPipes are in private preview — contact support to enable this feature for your organization.
    #[serde(rename = "format", default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// GCP project ID that owns the Pub/Sub topic.
    #[serde(rename = "projectId", alias = "project_id", default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// Pub/Sub topic name (not the fully-qualified path).
    #[serde(rename = "topic", default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// Authenticate with a GCP service account JSON key.
    #[serde(rename = "authentication", default, skip_serializing_if = "Option::is_none")]
    pub authentication: Option<String>,
    /// Starting position strategy for consuming the subscription. The seekTimestamp companion is required only when seekType is "timestamp"; setting it for a mismatched seek type is rejected.
    #[serde(rename = "seekType", alias = "seek_type", default, skip_serializing_if = "Option::is_none")]
    pub seek_type: Option<String>,
    /// RFC 3339 / ISO 8601 timestamp to seek to. Required when seekType is "timestamp"; must be omitted otherwise.
    #[serde(rename = "seekTimestamp", alias = "seek_timestamp", default, skip_serializing_if = "Patch::is_omitted")]
    pub seek_timestamp: Patch<Timestamp>,
    /// Optional Pub/Sub subscription filter expression (CEL). Maximum 256 characters.
    #[serde(rename = "filter", default, skip_serializing_if = "Patch::is_omitted")]
    pub filter: Patch<String>,
    /// Whether to enable ordered delivery of messages (requires messages to be published with ordering keys).
    #[serde(rename = "enableOrdering", alias = "enable_ordering", default, skip_serializing_if = "Patch::is_omitted")]
    pub enable_ordering: Patch<bool>,
    /// Acknowledgement deadline for messages, in seconds. Must be between 10 and 600.
    #[serde(rename = "ackDeadline", alias = "ack_deadline", default, skip_serializing_if = "Patch::is_omitted")]
    pub ack_deadline: Patch<i64>,
    #[serde(rename = "serviceAccountKey", alias = "service_account_key", default, skip_serializing_if = "Option::is_none")]
    pub service_account_key: Option<ServiceAccount>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipePostPubSubWorkloadIdentitySource {
    /// Format of messages in the Pub/Sub topic. GCP Pub/Sub ClickPipes are in private preview — contact support to enable this feature for your organization.
    #[serde(rename = "format", default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// GCP project ID that owns the Pub/Sub topic.
    #[serde(rename = "projectId", alias = "project_id", default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// Pub/Sub topic name (not the fully-qualified path).
    #[serde(rename = "topic", default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// SERVICE_ACCOUNT_WORKLOAD_IDENTITY is in Private Preview. ClickPipes uses the GCP service account returned in gcpWorkloadIdentity.principal by the operation with operationId clickPipesServiceContextGet; grant it access to the source resources.
    #[serde(rename = "authentication", default, skip_serializing_if = "Option::is_none")]
    pub authentication: Option<String>,
    /// Starting position strategy for consuming the subscription. The seekTimestamp companion is required only when seekType is "timestamp"; setting it for a mismatched seek type is rejected.
    #[serde(rename = "seekType", alias = "seek_type", default, skip_serializing_if = "Option::is_none")]
    pub seek_type: Option<String>,
    /// RFC 3339 / ISO 8601 timestamp to seek to. Required when seekType is "timestamp"; must be omitted otherwise.
    #[serde(rename = "seekTimestamp", alias = "seek_timestamp", default, skip_serializing_if = "Patch::is_omitted")]
    pub seek_timestamp: Patch<Timestamp>,
    /// Optional Pub/Sub subscription filter expression (CEL). Maximum 256 characters.
    #[serde(rename = "filter", default, skip_serializing_if = "Patch::is_omitted")]
    pub filter: Patch<String>,
    /// Whether to enable ordered delivery of messages (requires messages to be published with ordering keys).
    #[serde(rename = "enableOrdering", alias = "enable_ordering", default, skip_serializing_if = "Patch::is_omitted")]
    pub enable_ordering: Patch<bool>,
    /// Acknowledgement deadline for messages, in seconds. Must be between 10 and 600.
    #[serde(rename = "ackDeadline", alias = "ack_deadline", default, skip_serializing_if = "Patch::is_omitted")]
    pub ack_deadline: Patch<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipePostRequest {
    /// Name of the ClickPipe.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<ClickPipePostSource>,
    #[serde(rename = "destination", default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<ClickPipeMutateDestination>,
    /// Field mappings of the ClickPipe. Note that all destination columns must be included in the mappings.
    #[serde(rename = "fieldMappings", alias = "field_mappings", default, skip_serializing_if = "Option::is_none")]
    pub field_mappings: Option<Vec<ClickPipeFieldMapping>>,
    #[serde(rename = "scaling", default, skip_serializing_if = "Option::is_none")]
    pub scaling: Option<ClickPipeScaling>,
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<ClickPipeSettings>,
    /// Create the ClickPipe in the Stopped state instead of starting ingestion immediately. Start it later with the state endpoint. Not supported for database ClickPipes.
    #[serde(rename = "startPaused", alias = "start_paused", default, skip_serializing_if = "Option::is_none")]
    pub start_paused: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipePostSource {
    #[serde(rename = "kafka", default, skip_serializing_if = "Option::is_none")]
    pub kafka: Option<ClickPipePostKafkaSource>,
    #[serde(rename = "objectStorage", alias = "object_storage", default, skip_serializing_if = "Option::is_none")]
    pub object_storage: Option<ClickPipePostObjectStorageSource>,
    #[serde(rename = "kinesis", default, skip_serializing_if = "Option::is_none")]
    pub kinesis: Option<ClickPipePostKinesisSource>,
    #[serde(rename = "pubsub", default, skip_serializing_if = "Option::is_none")]
    pub pubsub: Option<ClickPipePostPubSubSource>,
    #[serde(rename = "postgres", default, skip_serializing_if = "Option::is_none")]
    pub postgres: Option<ClickPipeMutatePostgresSource>,
    #[serde(rename = "mysql", default, skip_serializing_if = "Option::is_none")]
    pub mysql: Option<ClickPipeMutateMySQLSource>,
    #[serde(rename = "bigquery", default, skip_serializing_if = "Option::is_none")]
    pub bigquery: Option<ClickPipeMutateBigQuerySource>,
    #[serde(rename = "mongodb", default, skip_serializing_if = "Option::is_none")]
    pub mongodb: Option<ClickPipeMutateMongoDBSource>,
    /// Validate data samples received from data source. It will validate the connection and data availability and correctness. If not enabled, only connection will be validated. This has no effect on Postgres or MySQL pipes, they always only validate the connection and table definitions. This is experimental and can be removed in the future.
    #[serde(rename = "validateSamples", alias = "validate_samples", default, skip_serializing_if = "Option::is_none")]
    pub validate_samples: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipePostgresPipeSettings {
    /// Interval in seconds to sync data from Postgres during CDC replication.
    #[serde(rename = "syncIntervalSeconds", alias = "sync_interval_seconds", default, skip_serializing_if = "Option::is_none")]
    pub sync_interval_seconds: Option<i64>,
    /// Number of rows to pull in each batch during CDC replication.
    #[serde(rename = "pullBatchSize", alias = "pull_batch_size", default, skip_serializing_if = "Option::is_none")]
    pub pull_batch_size: Option<i64>,
    /// PostgreSQL publication name to use for CDC replication. If not provided, ClickPipes will create one automatically.
    #[serde(rename = "publicationName", alias = "publication_name", default, skip_serializing_if = "Option::is_none")]
    pub publication_name: Option<String>,
    /// Replication mode: "cdc" (change data capture with initial snapshot), "snapshot" (one-time snapshot only), or "cdc_only" (CDC without initial snapshot).
    #[serde(rename = "replicationMode", alias = "replication_mode", default, skip_serializing_if = "Option::is_none")]
    pub replication_mode: Option<String>,
    /// PostgreSQL replication slot name. Only valid for "cdc_only" mode. For "cdc" mode, ClickPipes creates the slot automatically.
    #[serde(rename = "replicationSlotName", alias = "replication_slot_name", default, skip_serializing_if = "Option::is_none")]
    pub replication_slot_name: Option<String>,
    /// Preserve nullability from Postgres in the destination ClickHouse table. When true, columns without NOT NULL constraints are created as Nullable(...). When false, all columns are non-nullable and NULL values are replaced with the default value for the type. Note: Nullable types have performance overhead in ClickHouse.
    #[serde(rename = "allowNullableColumns", alias = "allow_nullable_columns", default, skip_serializing_if = "Option::is_none")]
    pub allow_nullable_columns: Option<bool>,
    /// Number of parallel workers to use per table in the initial snapshot phase.
    #[serde(rename = "initialLoadParallelism", alias = "initial_load_parallelism", default, skip_serializing_if = "Option::is_none")]
    pub initial_load_parallelism: Option<i64>,
    /// Number of rows per partition during the snapshot phase.
    #[serde(rename = "snapshotNumRowsPerPartition", alias = "snapshot_num_rows_per_partition", default, skip_serializing_if = "Option::is_none")]
    pub snapshot_num_rows_per_partition: Option<i64>,
    /// Number of tables to snapshot in parallel during the initial load phase.
    #[serde(rename = "snapshotNumberOfParallelTables", alias = "snapshot_number_of_parallel_tables", default, skip_serializing_if = "Option::is_none")]
    pub snapshot_number_of_parallel_tables: Option<i64>,
    /// Enable failover support for the replication slot on PG17 and newer. Only applicable when ClickPipes creates the replication slot (i.e., replicationSlotName is NOT provided).
    #[serde(rename = "enableFailoverSlots", alias = "enable_failover_slots", default, skip_serializing_if = "Option::is_none")]
    pub enable_failover_slots: Option<bool>,
    /// Enable hard delete behavior in ReplacingMergeTree for PostgreSQL DELETE operations.
    #[serde(rename = "deleteOnMerge", alias = "delete_on_merge", default, skip_serializing_if = "Option::is_none")]
    pub delete_on_merge: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipePostgresPipeTableMapping {
    /// PostgreSQL source schema name.
    #[serde(rename = "sourceSchemaName", alias = "source_schema_name", default, skip_serializing_if = "Option::is_none")]
    pub source_schema_name: Option<String>,
    /// PostgreSQL source table name.
    #[serde(rename = "sourceTable", alias = "source_table", default, skip_serializing_if = "Option::is_none")]
    pub source_table: Option<String>,
    /// ClickHouse target table name, optionally prefixed with schema name (e.g., "my_schema_my_table"). The table will be created automatically if it does not exist. For snapshot mode, the target table must be empty.
    #[serde(rename = "targetTable", alias = "target_table", default, skip_serializing_if = "Option::is_none")]
    pub target_table: Option<String>,
    /// List of column names to exclude from replication. Column names must be unique within this list.
    #[serde(rename = "excludedColumns", alias = "excluded_columns", default, skip_serializing_if = "Option::is_none")]
    pub excluded_columns: Option<Vec<String>>,
    /// Whether to use a custom sorting key. If true, sortingKeys must be provided. If false or omitted, the default sorting key is the PostgreSQL primary key.
    #[serde(rename = "useCustomSortingKey", alias = "use_custom_sorting_key", default, skip_serializing_if = "Option::is_none")]
    pub use_custom_sorting_key: Option<bool>,
    /// Ordered list of column names to use as the sorting (ORDER BY) key in ClickHouse. Only used when useCustomSortingKey is true. Column names must be unique within this list.
    #[serde(rename = "sortingKeys", alias = "sorting_keys", default, skip_serializing_if = "Option::is_none")]
    pub sorting_keys: Option<Vec<String>>,
    /// ClickHouse table engine: "ReplacingMergeTree" (handles updates/deletes), "MergeTree" (append-only), or "Null" (forward data to materialized views without storing it).
    #[serde(rename = "tableEngine", alias = "table_engine", default, skip_serializing_if = "Option::is_none")]
    pub table_engine: Option<String>,
    /// Custom partitioning column used for parallel snapshotting. Only beneficial for PostgreSQL 13 (no benefit for PG14+, which supports indexed ctid scans). Must be an indexed column of type: `smallint`, `integer`, `bigint`, `timestamp without time zone`, or `timestamp with time zone`. Unrelated to ClickHouse partitioning.
    #[serde(rename = "partitionKey", alias = "partition_key", default, skip_serializing_if = "Option::is_none")]
    pub partition_key: Option<String>,
    /// ClickHouse PARTITION BY expression applied to the destination table when ClickPipes creates it.
    #[serde(rename = "partitionByExpr", alias = "partition_by_expr", default, skip_serializing_if = "Option::is_none")]
    pub partition_by_expr: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipeScaling {
    /// Desired number of replicas. Only for scalable pipes.
    #[serde(rename = "replicas", default, skip_serializing_if = "Option::is_none")]
    pub replicas: Option<i64>,
    /// Desired number of concurrency. Only for S3 pipes. If set to 0, concurrency is auto-scaled based on the cluster memory.
    #[serde(rename = "concurrency", default, skip_serializing_if = "Option::is_none")]
    pub concurrency: Option<i64>,
    /// CPU in millicores for each replica. Only for streaming pipes.
    #[serde(rename = "replicaCpuMillicores", alias = "replica_cpu_millicores", default, skip_serializing_if = "Option::is_none")]
    pub replica_cpu_millicores: Option<i64>,
    /// Memory in GB for each replica. Only for streaming pipes.
    #[serde(rename = "replicaMemoryGb", alias = "replica_memory_gb", default, skip_serializing_if = "Option::is_none")]
    pub replica_memory_gb: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipeScalingPatchRequest {
    /// Number of replicas to scale to. Use to scale Kafka pipes.
    #[serde(rename = "replicas", default, skip_serializing_if = "Option::is_none")]
    pub replicas: Option<i64>,
    /// Number of concurrency to scale to. Use to scale S3 pipes.
    #[serde(rename = "concurrency", default, skip_serializing_if = "Option::is_none")]
    pub concurrency: Option<i64>,
    /// CPU in millicores for each replica. Use to scale streaming pipes.
    #[serde(rename = "replicaCpuMillicores", alias = "replica_cpu_millicores", default, skip_serializing_if = "Option::is_none")]
    pub replica_cpu_millicores: Option<i64>,
    /// Memory in GB for each replica. Use to scale streaming pipes.
    #[serde(rename = "replicaMemoryGb", alias = "replica_memory_gb", default, skip_serializing_if = "Option::is_none")]
    pub replica_memory_gb: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipeSchemaDiscoveryRequest {
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<ClickPipeSchemaDiscoverySource>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipeSchemaDiscoverySource {
    #[serde(rename = "kafka", default, skip_serializing_if = "Option::is_none")]
    pub kafka: Option<ClickPipePostKafkaSource>,
    #[serde(rename = "kinesis", default, skip_serializing_if = "Option::is_none")]
    pub kinesis: Option<ClickPipePostKinesisSource>,
    #[serde(rename = "pubsub", default, skip_serializing_if = "Option::is_none")]
    pub pubsub: Option<ClickPipePostPubSubSource>,
    #[serde(rename = "objectStorage", alias = "object_storage", default, skip_serializing_if = "Option::is_none")]
    pub object_storage: Option<ClickPipePostObjectStorageSource>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipeSettings {
    /// Streaming max insert wait time. Configures the max wait period before inserting data into the ClickHouse.
    #[serde(rename = "streaming_max_insert_wait_ms", default, skip_serializing_if = "Patch::is_omitted")]
    pub streaming_max_insert_wait_ms: Patch<i64>,
    /// Object storage concurrency. Number of concurrent file processing threads
    #[serde(rename = "object_storage_concurrency", default, skip_serializing_if = "Patch::is_omitted")]
    pub object_storage_concurrency: Patch<i64>,
    /// Object storage polling interval. Configures the refresh interval for querying continuous ingest for new object storage data
    #[serde(rename = "object_storage_polling_interval_ms", default, skip_serializing_if = "Patch::is_omitted")]
    pub object_storage_polling_interval_ms: Patch<i64>,
    /// Max insert bytes. Number of bytes to process in a single insert batch
    #[serde(rename = "object_storage_max_insert_bytes", default, skip_serializing_if = "Patch::is_omitted")]
    pub object_storage_max_insert_bytes: Patch<i64>,
    /// Max file count. Maximum number of files to process in a single insert batch
    #[serde(rename = "object_storage_max_file_count", default, skip_serializing_if = "Patch::is_omitted")]
    pub object_storage_max_file_count: Patch<i64>,
    /// Max threads. Maximum number of concurrent threads for file processing
    #[serde(rename = "clickhouse_max_threads", default, skip_serializing_if = "Patch::is_omitted")]
    pub clickhouse_max_threads: Patch<i64>,
    /// Max insert threads. Maximum number of concurrent insert threads
    #[serde(rename = "clickhouse_max_insert_threads", default, skip_serializing_if = "Patch::is_omitted")]
    pub clickhouse_max_insert_threads: Patch<i64>,
    /// Min insert block size bytes. Minimum size of data block for insert (in bytes)
    #[serde(rename = "clickhouse_min_insert_block_size_bytes", default, skip_serializing_if = "Patch::is_omitted")]
    pub clickhouse_min_insert_block_size_bytes: Patch<i64>,
    /// Max download threads. Maximum number of concurrent download threads
    #[serde(rename = "clickhouse_max_download_threads", default, skip_serializing_if = "Patch::is_omitted")]
    pub clickhouse_max_download_threads: Patch<i64>,
    /// Parallel distributed insert select. Only applies when object_storage_use_cluster_function is enabled. When disabled, this setting is ignored and the effective value is 0.
    #[serde(rename = "clickhouse_parallel_distributed_insert_select", default, skip_serializing_if = "Patch::is_omitted")]
    pub clickhouse_parallel_distributed_insert_select: Patch<i64>,
    /// Kafka Read Committed. Whether Kafka consumers read only committed messages
    #[serde(rename = "kafka_read_committed", default, skip_serializing_if = "Option::is_none")]
    pub kafka_read_committed: Option<bool>,
    /// use cluster function. Whether to use ClickHouse cluster function for distributed processing
    #[serde(rename = "object_storage_use_cluster_function", default, skip_serializing_if = "Patch::is_omitted")]
    pub object_storage_use_cluster_function: Patch<bool>,
    /// parallel view processing. Whether to enable pushing to attached views concurrently instead of sequentially
    #[serde(rename = "clickhouse_parallel_view_processing", default, skip_serializing_if = "Patch::is_omitted")]
    pub clickhouse_parallel_view_processing: Patch<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipeSettingsPutRequest {
    /// Streaming max insert wait time. Configures the max wait period before inserting data into the ClickHouse.
    #[serde(rename = "streaming_max_insert_wait_ms", default, skip_serializing_if = "Option::is_none")]
    pub streaming_max_insert_wait_ms: Option<i64>,
    /// Object storage concurrency. Number of concurrent file processing threads
    #[serde(rename = "object_storage_concurrency", default, skip_serializing_if = "Option::is_none")]
    pub object_storage_concurrency: Option<i64>,
    /// Object storage polling interval. Configures the refresh interval for querying continuous ingest for new object storage data
    #[serde(rename = "object_storage_polling_interval_ms", default, skip_serializing_if = "Option::is_none")]
    pub object_storage_polling_interval_ms: Option<i64>,
    /// Max insert bytes. Number of bytes to process in a single insert batch
    #[serde(rename = "object_storage_max_insert_bytes", default, skip_serializing_if = "Option::is_none")]
    pub object_storage_max_insert_bytes: Option<i64>,
    /// Max file count. Maximum number of files to process in a single insert batch
    #[serde(rename = "object_storage_max_file_count", default, skip_serializing_if = "Option::is_none")]
    pub object_storage_max_file_count: Option<i64>,
    /// Max threads. Maximum number of concurrent threads for file processing
    #[serde(rename = "clickhouse_max_threads", default, skip_serializing_if = "Option::is_none")]
    pub clickhouse_max_threads: Option<i64>,
    /// Max insert threads. Maximum number of concurrent insert threads
    #[serde(rename = "clickhouse_max_insert_threads", default, skip_serializing_if = "Option::is_none")]
    pub clickhouse_max_insert_threads: Option<i64>,
    /// Min insert block size bytes. Minimum size of data block for insert (in bytes)
    #[serde(rename = "clickhouse_min_insert_block_size_bytes", default, skip_serializing_if = "Option::is_none")]
    pub clickhouse_min_insert_block_size_bytes: Option<i64>,
    /// Max download threads. Maximum number of concurrent download threads
    #[serde(rename = "clickhouse_max_download_threads", default, skip_serializing_if = "Option::is_none")]
    pub clickhouse_max_download_threads: Option<i64>,
    /// Parallel distributed insert select. Only applies when object_storage_use_cluster_function is enabled. When disabled, this setting is ignored and the effective value is 0.
    #[serde(rename = "clickhouse_parallel_distributed_insert_select", default, skip_serializing_if = "Option::is_none")]
    pub clickhouse_parallel_distributed_insert_select: Option<i64>,
    /// Kafka Read Committed. Whether Kafka consumers read only committed messages
    #[serde(rename = "kafka_read_committed", default, skip_serializing_if = "Option::is_none")]
    pub kafka_read_committed: Option<bool>,
    /// use cluster function. Whether to use ClickHouse cluster function for distributed processing
    #[serde(rename = "object_storage_use_cluster_function", default, skip_serializing_if = "Option::is_none")]
    pub object_storage_use_cluster_function: Option<bool>,
    /// parallel view processing. Whether to enable pushing to attached views concurrently instead of sequentially
    #[serde(rename = "clickhouse_parallel_view_processing", default, skip_serializing_if = "Option::is_none")]
    pub clickhouse_parallel_view_processing: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipeStatePatchRequest {
    /// Command to change the state: 'start', 'stop', 'resync'.
    #[serde(rename = "command", default, skip_serializing_if = "Option::is_none")]
    pub command: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPipesCdcScalingPatchRequest {
    /// CPU in millicores for DB ClickPipes.
    #[serde(rename = "replicaCpuMillicores", alias = "replica_cpu_millicores", default, skip_serializing_if = "Option::is_none")]
    pub replica_cpu_millicores: Option<i64>,
    /// Memory in GiB for DB ClickPipes. Must be 4× the CPU core count.
    #[serde(rename = "replicaMemoryGb", alias = "replica_memory_gb", default, skip_serializing_if = "Option::is_none")]
    pub replica_memory_gb: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackAggregatedColumn {
    /// Source column name
    #[serde(rename = "sourceColumn", alias = "source_column", default, skip_serializing_if = "Patch::is_omitted")]
    pub source_column: Patch<String>,
    /// Aggregation function (e.g., count, sum, avg)
    #[serde(rename = "aggFn", alias = "agg_fn", default, skip_serializing_if = "Option::is_none")]
    pub agg_fn: Option<String>,
    /// Materialized view column name
    #[serde(rename = "mvColumn", alias = "mv_column", default, skip_serializing_if = "Option::is_none")]
    pub mv_column: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackAlertChannelEmail {
    /// Channel type. Must be "email" for email alerts.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Email recipients for email alerts.
    #[serde(rename = "emailRecipients", alias = "email_recipients", default, skip_serializing_if = "Option::is_none")]
    pub email_recipients: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackAlertLineBuilderChartConfig {
    /// Display type discriminator. Must be "line" for line charts.
    #[serde(rename = "displayType", alias = "display_type", default, skip_serializing_if = "Option::is_none")]
    pub display_type: Option<String>,
    /// ID of the data source to query.
    #[serde(rename = "sourceId", alias = "source_id", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// One or more aggregated values to plot. When asRatio is true, exactly two select items are required.
    #[serde(rename = "select", default, skip_serializing_if = "Option::is_none")]
    pub select: Option<Vec<ClickStackSelectItem>>,
    /// Field expression to group results by (creates separate lines per group value).
    #[serde(rename = "groupBy", alias = "group_by", default, skip_serializing_if = "Option::is_none")]
    pub group_by: Option<String>,
    /// Plot select[0] / select[1] as a ratio. Requires exactly two select items.
    #[serde(rename = "asRatio", alias = "as_ratio", default, skip_serializing_if = "Option::is_none")]
    pub as_ratio: Option<bool>,
    /// Expand date range boundaries to the query granularity interval.
    #[serde(rename = "alignDateRangeToGranularity", alias = "align_date_range_to_granularity", default, skip_serializing_if = "Option::is_none")]
    pub align_date_range_to_granularity: Option<bool>,
    /// Fill missing time buckets with zero instead of leaving gaps.
    #[serde(rename = "fillNulls", alias = "fill_nulls", default, skip_serializing_if = "Option::is_none")]
    pub fill_nulls: Option<bool>,
    /// Set the y-axis lower bound to the minimum of the displayed data instead of zero, making small fluctuations between series easier to see.
    #[serde(rename = "fitYAxisToData", alias = "fit_y_axis_to_data", default, skip_serializing_if = "Option::is_none")]
    pub fit_y_axis_to_data: Option<bool>,
    /// How points are connected. Defaults to "smooth" when omitted.
    #[serde(rename = "lineInterpolation", alias = "line_interpolation", default, skip_serializing_if = "Option::is_none")]
    pub line_interpolation: Option<String>,
    #[serde(rename = "numberFormat", alias = "number_format", default, skip_serializing_if = "Option::is_none")]
    pub number_format: Option<ClickStackNumberFormat>,
    /// Overlay the equivalent previous time period for comparison.
    #[serde(rename = "compareToPreviousPeriod", alias = "compare_to_previous_period", default, skip_serializing_if = "Option::is_none")]
    pub compare_to_previous_period: Option<bool>,
    /// Maximum number of series rendered (top-N by value). Omit to use the default render cap, set 0 for unlimited, or a positive N to keep the top N series.
    #[serde(rename = "seriesLimit", alias = "series_limit", default, skip_serializing_if = "Option::is_none")]
    pub series_limit: Option<i64>,
    /// Derived series computed from the select items via letter-ref arithmetic ("A" = select[0], "B" = select[1], ...). Metric, log, and trace sources only. Cannot be combined with asRatio.
    #[serde(rename = "formulas", default, skip_serializing_if = "Option::is_none")]
    pub formulas: Option<Vec<ClickStackFormula>>,
    /// Only meaningful with formulas. When false, only the formula series are returned; the raw operand series are hidden.
    #[serde(rename = "showOperandSeries", alias = "show_operand_series", default, skip_serializing_if = "Option::is_none")]
    pub show_operand_series: Option<bool>,
    /// Display name for the alert query. Used in notification titles and as an alert-name fallback when the alert itself has no name.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Chart-level filter applied on top of every select item's own "where" (combined via AND). Builder variants only; rejected on Raw SQL variants (filter inside the sqlTemplate instead).
    #[serde(rename = "where", default, skip_serializing_if = "Option::is_none")]
    pub r#where: Option<String>,
    /// Language of the chart-level "where" filter.
    #[serde(rename = "whereLanguage", alias = "where_language", default, skip_serializing_if = "Option::is_none")]
    pub where_language: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackClickHouseCASLPermission {
    /// The action this permission grants or denies.
    #[serde(rename = "action", default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// The resource the action applies to.
    #[serde(rename = "subject", default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Optional CASL field restriction limiting the rule to specific fields.
    #[serde(rename = "fields", default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<String>>,
    /// When true, the rule denies rather than grants the action.
    #[serde(rename = "inverted", default, skip_serializing_if = "Option::is_none")]
    pub inverted: Option<bool>,
    /// Scopes the permission to the ClickHouse data plane (row-level access).
    #[serde(rename = "integration", default, skip_serializing_if = "Option::is_none")]
    pub integration: Option<String>,
    #[serde(rename = "conditions", default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<ClickStackClickHouseCASLPermissionConditions>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackClickHouseCASLPermissionConditions {
    /// ID of the connection the row policy applies to.
    #[serde(rename = "connection", default, skip_serializing_if = "Option::is_none")]
    pub connection: Option<String>,
    #[serde(rename = "from", default, skip_serializing_if = "Option::is_none")]
    pub from_: Option<ClickStackClickHouseCASLPermissionConditionsFrom>,
    /// The row-policy predicate, expressed in `whereLanguage`.
    #[serde(rename = "where", default, skip_serializing_if = "Option::is_none")]
    pub r#where: Option<String>,
    #[serde(rename = "whereLanguage", alias = "where_language", default, skip_serializing_if = "Option::is_none")]
    pub where_language: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackClickHouseCASLPermissionConditionsFrom {
    #[serde(rename = "databaseName", alias = "database_name", default, skip_serializing_if = "Option::is_none")]
    pub database_name: Option<String>,
    #[serde(rename = "tableName", alias = "table_name", default, skip_serializing_if = "Option::is_none")]
    pub table_name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackCreateAlertRequest {
    /// Dashboard ID for tile-based alerts.
    #[serde(rename = "dashboardId", alias = "dashboard_id", default, skip_serializing_if = "Patch::is_omitted")]
    pub dashboard_id: Patch<String>,
    /// Tile ID for tile-based alerts. Must be a line, stacked bar, or number type tile.
    #[serde(rename = "tileId", alias = "tile_id", default, skip_serializing_if = "Patch::is_omitted")]
    pub tile_id: Patch<String>,
    /// Saved search ID for saved_search alerts.
    #[serde(rename = "savedSearchId", alias = "saved_search_id", default, skip_serializing_if = "Patch::is_omitted")]
    pub saved_search_id: Patch<String>,
    /// Group-by key for saved search alerts.
    #[serde(rename = "groupBy", alias = "group_by", default, skip_serializing_if = "Patch::is_omitted")]
    pub group_by: Patch<String>,
    #[serde(rename = "chartConfig", alias = "chart_config", default, skip_serializing_if = "Option::is_none")]
    pub chart_config: Option<Value>,
    /// Threshold value for triggering the alert. For between and not_between threshold types, this is the lower bound.
    #[serde(rename = "threshold", default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f64>,
    /// Upper bound for between and not_between threshold types. Required when thresholdType is between or not_between, must be >= threshold.
    #[serde(rename = "thresholdMax", alias = "threshold_max", default, skip_serializing_if = "Patch::is_omitted")]
    pub threshold_max: Patch<f64>,
    /// Evaluation interval for the alert. `30s` requires the 30s alert interval feature to be enabled for your team. Anomaly alerts (detectionMode "anomaly") support only `5m`, `15m`, `30m`, and `1h`; other intervals are rejected with 400.
    #[serde(rename = "interval", default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<String>,
    /// Offset from the interval boundary in minutes. For example, 2 with a 5m interval evaluates windows at :02, :07, :12, etc. (UTC).
    #[serde(rename = "scheduleOffsetMinutes", alias = "schedule_offset_minutes", default, skip_serializing_if = "Patch::is_omitted")]
    pub schedule_offset_minutes: Patch<i64>,
    /// Absolute UTC start time anchor. Alert windows start from this timestamp and repeat every interval.
    #[serde(rename = "scheduleStartAt", alias = "schedule_start_at", default, skip_serializing_if = "Patch::is_omitted")]
    pub schedule_start_at: Patch<Timestamp>,
    /// Alert source type (tile-based or saved search).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Threshold comparison direction.
    #[serde(rename = "thresholdType", alias = "threshold_type", default, skip_serializing_if = "Option::is_none")]
    pub threshold_type: Option<String>,
    #[serde(rename = "channel", default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Value>,
    #[serde(rename = "channels", default, skip_serializing_if = "Option::is_none")]
    pub channels: Option<Vec<Value>>,
    /// Alert name template (Handlebars), rendered as the notification title. When omitted, a default title is generated from the display name, value and threshold.
    #[serde(rename = "name", default, skip_serializing_if = "Patch::is_omitted")]
    pub name: Patch<String>,
    /// Display name shown in the alerts list and in notification titles. Defaults to the name of the referenced saved search, dashboard tile, or inline chart when omitted or null.
    #[serde(rename = "displayName", alias = "display_name", default, skip_serializing_if = "Patch::is_omitted")]
    pub display_name: Patch<String>,
    /// Tags for the alert. Defaults to the tags of the referenced saved search or dashboard when omitted or null; inline alerts have no parent to inherit from and default to an empty list.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Alert message template.
    #[serde(rename = "message", default, skip_serializing_if = "Patch::is_omitted")]
    pub message: Patch<String>,
    /// Freeform note for the alert. Supports markdown formatting.
    #[serde(rename = "note", default, skip_serializing_if = "Patch::is_omitted")]
    pub note: Patch<String>,
    /// Fire the alert only after its condition has been met for this many consecutive evaluation windows. While the condition is met but fewer than this many consecutive windows have violated, the alert is in the PENDING state.
    #[serde(rename = "numConsecutiveWindows", alias = "num_consecutive_windows", default, skip_serializing_if = "Patch::is_omitted")]
    pub num_consecutive_windows: Patch<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackCreateDashboardRequest {
    /// Dashboard name.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// List of tiles/charts to include in the dashboard.
    #[serde(rename = "tiles", default, skip_serializing_if = "Option::is_none")]
    pub tiles: Option<Vec<ClickStackTileInput>>,
    /// Tags for organizing and filtering dashboards.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Dropdown filters added to the dashboard. Each one broadcasts its selected value as a condition, acts as a variable which can be referenced in tile queries, or both.
    #[serde(rename = "filters", default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<ClickStackFilterInput>>,
    /// Optional default dashboard query to persist on the dashboard.
    #[serde(rename = "savedQuery", alias = "saved_query", default, skip_serializing_if = "Patch::is_omitted")]
    pub saved_query: Patch<String>,
    /// Query language used by savedQuery.
    #[serde(rename = "savedQueryLanguage", alias = "saved_query_language", default, skip_serializing_if = "Patch::is_omitted")]
    pub saved_query_language: Patch<String>,
    /// Optional default dashboard filter values to persist on the dashboard.
    #[serde(rename = "savedFilterValues", alias = "saved_filter_values", default, skip_serializing_if = "Option::is_none")]
    pub saved_filter_values: Option<Vec<ClickStackSavedFilterValue>>,
    /// Optional grouping containers. Each tile may join a container via tile.containerId, and a tab inside it via tile.tabId.
    #[serde(rename = "containers", default, skip_serializing_if = "Option::is_none")]
    pub containers: Option<Vec<ClickStackDashboardContainer>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackCreateRoleRequest {
    /// Role name. Must be unique within the team and not collide with a predefined role.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Human-readable role description.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The CASL permissions to grant to the role.
    #[serde(rename = "permissions", default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<ClickStackCASLPermission>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackDashboardContainer {
    /// Unique identifier for the container within the dashboard.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Display title for the container.
    #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Persisted default collapse state. Per-viewer state lives in the URL.
    #[serde(rename = "collapsed", default, skip_serializing_if = "Option::is_none")]
    pub collapsed: Option<bool>,
    /// Whether the user can collapse the group.
    #[serde(rename = "collapsible", default, skip_serializing_if = "Option::is_none")]
    pub collapsible: Option<bool>,
    /// Whether to show a visual border around the group.
    #[serde(rename = "bordered", default, skip_serializing_if = "Option::is_none")]
    pub bordered: Option<bool>,
    /// Optional tabs. 2+ entries renders a tab bar; 0-1 entries renders a plain group header. Tiles join a tab via tabId.
    #[serde(rename = "tabs", default, skip_serializing_if = "Option::is_none")]
    pub tabs: Option<Vec<ClickStackDashboardContainerTab>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackDashboardContainerTab {
    /// Unique identifier for the tab within its container.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Display title for the tab.
    #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackFilterSettingsColumn {
    /// Column of the source's table that selected filter values are matched against. Also the key the selection is persisted under in links, saved searches, and dashboards.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Display label for the column
    #[serde(rename = "label", default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Optional SQL expression, evaluated against the filter-values table, that produces the available filter options. Use it when the options live in a differently-named column, or must be transformed to match the values stored in the source table. Defaults to reading `name` as a plain column when omitted.
    #[serde(rename = "valueExpression", alias = "value_expression", default, skip_serializing_if = "Patch::is_omitted")]
    pub value_expression: Patch<String>,
    /// Whether to offer an "All" option that expands to every available value at query time. Best suited to low-cardinality columns. Defaults to false.
    #[serde(rename = "allowAll", alias = "allow_all", default, skip_serializing_if = "Option::is_none")]
    pub allow_all: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackFormula {
    /// Arithmetic expression over the select items by position, e.g. "A / (A + B) * 100" for a success-rate percentage.
    #[serde(rename = "expression", default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    /// Display label for the formula series in chart legends and column headers. Falls back to the raw expression text when unset.
    #[serde(rename = "alias", default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    #[serde(rename = "numberFormat", alias = "number_format", default, skip_serializing_if = "Option::is_none")]
    pub number_format: Option<ClickStackNumberFormat>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackHighlightedAttributeExpression {
    /// SQL expression for the attribute
    #[serde(rename = "sqlExpression", alias = "sql_expression", default, skip_serializing_if = "Option::is_none")]
    pub sql_expression: Option<String>,
    /// An optional, Lucene version of the sqlExpression expression. If provided, it is used when searching for this attribute value.
    #[serde(rename = "luceneExpression", alias = "lucene_expression", default, skip_serializing_if = "Patch::is_omitted")]
    pub lucene_expression: Patch<String>,
    /// Optional alias for the attribute
    #[serde(rename = "alias", default, skip_serializing_if = "Patch::is_omitted")]
    pub alias: Patch<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackLineBuilderChartConfig {
    /// Display type discriminator. Must be "line" for line charts.
    #[serde(rename = "displayType", alias = "display_type", default, skip_serializing_if = "Option::is_none")]
    pub display_type: Option<String>,
    /// ID of the data source to query.
    #[serde(rename = "sourceId", alias = "source_id", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// One or more aggregated values to plot. When asRatio is true, exactly two select items are required.
    #[serde(rename = "select", default, skip_serializing_if = "Option::is_none")]
    pub select: Option<Vec<ClickStackSelectItem>>,
    /// Field expression to group results by (creates separate lines per group value).
    #[serde(rename = "groupBy", alias = "group_by", default, skip_serializing_if = "Option::is_none")]
    pub group_by: Option<String>,
    /// Plot select[0] / select[1] as a ratio. Requires exactly two select items.
    #[serde(rename = "asRatio", alias = "as_ratio", default, skip_serializing_if = "Option::is_none")]
    pub as_ratio: Option<bool>,
    /// Expand date range boundaries to the query granularity interval.
    #[serde(rename = "alignDateRangeToGranularity", alias = "align_date_range_to_granularity", default, skip_serializing_if = "Option::is_none")]
    pub align_date_range_to_granularity: Option<bool>,
    /// Fill missing time buckets with zero instead of leaving gaps.
    #[serde(rename = "fillNulls", alias = "fill_nulls", default, skip_serializing_if = "Option::is_none")]
    pub fill_nulls: Option<bool>,
    /// Set the y-axis lower bound to the minimum of the displayed data instead of zero, making small fluctuations between series easier to see.
    #[serde(rename = "fitYAxisToData", alias = "fit_y_axis_to_data", default, skip_serializing_if = "Option::is_none")]
    pub fit_y_axis_to_data: Option<bool>,
    /// How points are connected. Defaults to "smooth" when omitted.
    #[serde(rename = "lineInterpolation", alias = "line_interpolation", default, skip_serializing_if = "Option::is_none")]
    pub line_interpolation: Option<String>,
    #[serde(rename = "numberFormat", alias = "number_format", default, skip_serializing_if = "Option::is_none")]
    pub number_format: Option<ClickStackNumberFormat>,
    /// Overlay the equivalent previous time period for comparison.
    #[serde(rename = "compareToPreviousPeriod", alias = "compare_to_previous_period", default, skip_serializing_if = "Option::is_none")]
    pub compare_to_previous_period: Option<bool>,
    /// Maximum number of series rendered (top-N by value). Omit to use the default render cap, set 0 for unlimited, or a positive N to keep the top N series.
    #[serde(rename = "seriesLimit", alias = "series_limit", default, skip_serializing_if = "Option::is_none")]
    pub series_limit: Option<i64>,
    /// Derived series computed from the select items via letter-ref arithmetic ("A" = select[0], "B" = select[1], ...). Metric, log, and trace sources only. Cannot be combined with asRatio.
    #[serde(rename = "formulas", default, skip_serializing_if = "Option::is_none")]
    pub formulas: Option<Vec<ClickStackFormula>>,
    /// Only meaningful with formulas. When false, only the formula series are returned; the raw operand series are hidden.
    #[serde(rename = "showOperandSeries", alias = "show_operand_series", default, skip_serializing_if = "Option::is_none")]
    pub show_operand_series: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackLogSource {
    /// Unique source ID. Server-generated; ignored if sent in create/update requests.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Display name for the source.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Optional grouping label used to organize sources in the source selector. Sources that share a section value are displayed together.
    #[serde(rename = "section", default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// When true, the source is hidden from source selectors in the UI. Defaults to false.
    #[serde(rename = "disabled", default, skip_serializing_if = "Patch::is_omitted")]
    pub disabled: Patch<bool>,
    /// Source kind discriminator. Must be "log" for log sources.
    #[serde(rename = "kind", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// ID of the ClickHouse connection used by this source.
    #[serde(rename = "connection", default, skip_serializing_if = "Option::is_none")]
    pub connection: Option<String>,
    #[serde(rename = "from", default, skip_serializing_if = "Option::is_none")]
    pub from_: Option<ClickStackSourceFrom>,
    /// Optional ClickHouse query settings applied when querying this source.
    #[serde(rename = "querySettings", alias = "query_settings", default, skip_serializing_if = "Option::is_none")]
    pub query_settings: Option<Vec<ClickStackQuerySetting>>,
    #[serde(rename = "filterSettings", alias = "filter_settings", default, skip_serializing_if = "Patch::is_omitted")]
    pub filter_settings: Patch<ClickStackSourceFilterSettings>,
    /// Default columns selected in search results (this can be customized per search later)
    #[serde(rename = "defaultTableSelectExpression", alias = "default_table_select_expression", default, skip_serializing_if = "Option::is_none")]
    pub default_table_select_expression: Option<String>,
    /// DateTime column or expression that is part of your table's primary key.
    #[serde(rename = "timestampValueExpression", alias = "timestamp_value_expression", default, skip_serializing_if = "Option::is_none")]
    pub timestamp_value_expression: Option<String>,
    /// Expression to extract the service name from log rows.
    #[serde(rename = "serviceNameExpression", alias = "service_name_expression", default, skip_serializing_if = "Patch::is_omitted")]
    pub service_name_expression: Patch<String>,
    /// Expression identifying the running release of a service. Defaults to the OpenTelemetry service.version resource attribute when unset. Where services carry the release on different attributes, fall back across them with coalesce(nullIf(a, ''), nullIf(b, '')).
    #[serde(rename = "serviceVersionExpression", alias = "service_version_expression", default, skip_serializing_if = "Patch::is_omitted")]
    pub service_version_expression: Patch<String>,
    /// Expression to extract the severity/log level text.
    #[serde(rename = "severityTextExpression", alias = "severity_text_expression", default, skip_serializing_if = "Patch::is_omitted")]
    pub severity_text_expression: Patch<String>,
    /// Expression to extract the log message body.
    #[serde(rename = "bodyExpression", alias = "body_expression", default, skip_serializing_if = "Patch::is_omitted")]
    pub body_expression: Patch<String>,
    /// Expression to extract event-level attributes.
    #[serde(rename = "eventAttributesExpression", alias = "event_attributes_expression", default, skip_serializing_if = "Patch::is_omitted")]
    pub event_attributes_expression: Patch<String>,
    /// Expression to extract resource-level attributes.
    #[serde(rename = "resourceAttributesExpression", alias = "resource_attributes_expression", default, skip_serializing_if = "Patch::is_omitted")]
    pub resource_attributes_expression: Patch<String>,
    /// This DateTime column is used to display and order search results.
    #[serde(rename = "displayedTimestampValueExpression", alias = "displayed_timestamp_value_expression", default, skip_serializing_if = "Patch::is_omitted")]
    pub displayed_timestamp_value_expression: Patch<String>,
    /// Custom ORDER BY expression that overrides the default ordering. Leave empty to use the auto-detected default.
    #[serde(rename = "orderByExpression", alias = "order_by_expression", default, skip_serializing_if = "Option::is_none")]
    pub order_by_expression: Option<String>,
    /// HyperDX Source for metrics associated with logs. Optional
    #[serde(rename = "metricSourceId", alias = "metric_source_id", default, skip_serializing_if = "Patch::is_omitted")]
    pub metric_source_id: Patch<String>,
    /// HyperDX Source for traces associated with logs. Optional
    #[serde(rename = "traceSourceId", alias = "trace_source_id", default, skip_serializing_if = "Patch::is_omitted")]
    pub trace_source_id: Patch<String>,
    /// Expression to extract the trace ID for correlating logs with traces.
    #[serde(rename = "traceIdExpression", alias = "trace_id_expression", default, skip_serializing_if = "Patch::is_omitted")]
    pub trace_id_expression: Patch<String>,
    /// Expression to extract the span ID for correlating logs with traces.
    #[serde(rename = "spanIdExpression", alias = "span_id_expression", default, skip_serializing_if = "Patch::is_omitted")]
    pub span_id_expression: Patch<String>,
    /// Column used for full text search if no property is specified in a Lucene-based search. Typically the message body of a log.
    #[serde(rename = "implicitColumnExpression", alias = "implicit_column_expression", default, skip_serializing_if = "Patch::is_omitted")]
    pub implicit_column_expression: Patch<String>,
    /// For Distributed table sources whose target tables have non-matching column sets. A list of columns supported across all target tables, used instead of SELECT * when fetching full row data. Leave blank to select all columns.
    #[serde(rename = "knownColumnsListExpression", alias = "known_columns_list_expression", default, skip_serializing_if = "Patch::is_omitted")]
    pub known_columns_list_expression: Patch<String>,
    /// Controls whether lucene rendering uses ClickHouse text indices via hasAllTokens() against the implicit column. "auto" detects a covering index at query time, "enabled" forces text index usage, "disabled" forces a LIKE/hasToken fallback.
    #[serde(rename = "useTextIndexForImplicitColumn", alias = "use_text_index_for_implicit_column", default, skip_serializing_if = "Patch::is_omitted")]
    pub use_text_index_for_implicit_column: Patch<String>,
    /// Expressions defining trace-level attributes which are displayed in the trace view for the selected trace.
    #[serde(rename = "highlightedTraceAttributeExpressions", alias = "highlighted_trace_attribute_expressions", default, skip_serializing_if = "Option::is_none")]
    pub highlighted_trace_attribute_expressions: Option<Vec<ClickStackHighlightedAttributeExpression>>,
    /// Expressions defining row-level attributes which are displayed in the row side panel for the selected row.
    #[serde(rename = "highlightedRowAttributeExpressions", alias = "highlighted_row_attribute_expressions", default, skip_serializing_if = "Option::is_none")]
    pub highlighted_row_attribute_expressions: Option<Vec<ClickStackHighlightedAttributeExpression>>,
    /// Configure materialized views for query optimization. These pre-aggregated views can significantly improve query performance on aggregation queries.
    #[serde(rename = "materializedViews", alias = "materialized_views", default, skip_serializing_if = "Option::is_none")]
    pub materialized_views: Option<Vec<ClickStackMaterializedView>>,
    #[serde(rename = "metadataMaterializedViews", alias = "metadata_materialized_views", default, skip_serializing_if = "Patch::is_omitted")]
    pub metadata_materialized_views: Patch<ClickStackLogSourceMetadataMaterializedViews>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackLogSourceMetadataMaterializedViews {
    /// ClickHouse table name for the key rollup (field discovery).
    #[serde(rename = "keyRollupTable", alias = "key_rollup_table", default, skip_serializing_if = "Option::is_none")]
    pub key_rollup_table: Option<String>,
    /// ClickHouse table name for the key-value rollup (value autocomplete).
    #[serde(rename = "kvRollupTable", alias = "kv_rollup_table", default, skip_serializing_if = "Option::is_none")]
    pub kv_rollup_table: Option<String>,
    /// The time granularity of the rollup tables.
    #[serde(rename = "granularity", default, skip_serializing_if = "Option::is_none")]
    pub granularity: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackMarkdownChartSeries {
    /// Series type discriminator. Must be "markdown" for markdown text widgets.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Markdown content to render inside the widget.
    #[serde(rename = "content", default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackMaterializedView {
    /// Database name for the materialized view
    #[serde(rename = "databaseName", alias = "database_name", default, skip_serializing_if = "Option::is_none")]
    pub database_name: Option<String>,
    /// Table name for the materialized view
    #[serde(rename = "tableName", alias = "table_name", default, skip_serializing_if = "Option::is_none")]
    pub table_name: Option<String>,
    /// Columns which are not pre-aggregated in the materialized view and can be used for filtering and grouping.
    #[serde(rename = "dimensionColumns", alias = "dimension_columns", default, skip_serializing_if = "Option::is_none")]
    pub dimension_columns: Option<String>,
    /// The granularity of the timestamp column: a positive integer followed by a unit (s, m, h, d). Common values: 1s, 15s, 30s, 1m, 5m, 15m, 30m, 1h, 2h, 6h, 12h, 1d, 2d, 7d, 30d.
    #[serde(rename = "minGranularity", alias = "min_granularity", default, skip_serializing_if = "Option::is_none")]
    pub min_granularity: Option<String>,
    /// (Optional) The earliest date and time for which the materialized view contains data. If not provided, then HyperDX will assume that the materialized view contains data for all dates for which the source table contains data.
    #[serde(rename = "minDate", alias = "min_date", default, skip_serializing_if = "Patch::is_omitted")]
    pub min_date: Patch<Timestamp>,
    /// Timestamp column name
    #[serde(rename = "timestampColumn", alias = "timestamp_column", default, skip_serializing_if = "Option::is_none")]
    pub timestamp_column: Option<String>,
    /// Columns which are pre-aggregated by the materialized view
    #[serde(rename = "aggregatedColumns", alias = "aggregated_columns", default, skip_serializing_if = "Option::is_none")]
    pub aggregated_columns: Option<Vec<ClickStackAggregatedColumn>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackMetricSource {
    /// Unique source ID. Server-generated; ignored if sent in create/update requests.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Display name for the source.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Optional grouping label used to organize sources in the source selector. Sources that share a section value are displayed together.
    #[serde(rename = "section", default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// When true, the source is hidden from source selectors in the UI. Defaults to false.
    #[serde(rename = "disabled", default, skip_serializing_if = "Patch::is_omitted")]
    pub disabled: Patch<bool>,
    /// Source kind discriminator. Must be "metric" for metric sources.
    #[serde(rename = "kind", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// ID of the ClickHouse connection used by this source.
    #[serde(rename = "connection", default, skip_serializing_if = "Option::is_none")]
    pub connection: Option<String>,
    #[serde(rename = "from", default, skip_serializing_if = "Option::is_none")]
    pub from_: Option<ClickStackMetricSourceFrom>,
    /// Optional ClickHouse query settings applied when querying this source.
    #[serde(rename = "querySettings", alias = "query_settings", default, skip_serializing_if = "Option::is_none")]
    pub query_settings: Option<Vec<ClickStackQuerySetting>>,
    #[serde(rename = "metricTables", alias = "metric_tables", default, skip_serializing_if = "Option::is_none")]
    pub metric_tables: Option<ClickStackMetricTables>,
    /// DateTime column or expression that is part of your table's primary key.
    #[serde(rename = "timestampValueExpression", alias = "timestamp_value_expression", default, skip_serializing_if = "Option::is_none")]
    pub timestamp_value_expression: Option<String>,
    /// Column containing resource attributes for metrics
    #[serde(rename = "resourceAttributesExpression", alias = "resource_attributes_expression", default, skip_serializing_if = "Option::is_none")]
    pub resource_attributes_expression: Option<String>,
    /// HyperDX Source for logs associated with metrics. Optional
    #[serde(rename = "logSourceId", alias = "log_source_id", default, skip_serializing_if = "Patch::is_omitted")]
    pub log_source_id: Patch<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackMetricSourceFrom {
    /// ClickHouse database name
    #[serde(rename = "databaseName", alias = "database_name", default, skip_serializing_if = "Option::is_none")]
    pub database_name: Option<String>,
    /// ClickHouse table name
    #[serde(rename = "tableName", alias = "table_name", default, skip_serializing_if = "Patch::is_omitted")]
    pub table_name: Patch<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackMetricTables {
    /// Table containing gauge metrics data
    #[serde(rename = "gauge", default, skip_serializing_if = "Option::is_none")]
    pub gauge: Option<String>,
    /// Table containing histogram metrics data
    #[serde(rename = "histogram", default, skip_serializing_if = "Option::is_none")]
    pub histogram: Option<String>,
    /// Table containing sum metrics data
    #[serde(rename = "sum", default, skip_serializing_if = "Option::is_none")]
    pub sum: Option<String>,
    /// Table containing summary metrics data. Note - not yet fully supported by HyperDX
    #[serde(rename = "summary", default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Table containing exponential histogram metrics data. Note - not yet fully supported by HyperDX
    #[serde(rename = "exponential histogram", alias = "exponential_histogram", default, skip_serializing_if = "Option::is_none")]
    pub exponential_histogram: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackMongoDBCASLPermission {
    /// The action this permission grants or denies.
    #[serde(rename = "action", default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// The resource the action applies to.
    #[serde(rename = "subject", default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Optional CASL field restriction limiting the rule to specific fields.
    #[serde(rename = "fields", default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<String>>,
    /// When true, the rule denies rather than grants the action.
    #[serde(rename = "inverted", default, skip_serializing_if = "Option::is_none")]
    pub inverted: Option<bool>,
    /// Scopes the permission to the application (MongoDB) data plane.
    #[serde(rename = "integration", default, skip_serializing_if = "Option::is_none")]
    pub integration: Option<String>,
    #[serde(rename = "conditions", default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Map<String, Value>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackNumberChartSeries {
    /// Series type discriminator. Must be "number" for single-value number charts.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// ID of the data source to query
    #[serde(rename = "sourceId", alias = "source_id", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Aggregation function to apply to the field or metric value
    #[serde(rename = "aggFn", alias = "agg_fn", default, skip_serializing_if = "Option::is_none")]
    pub agg_fn: Option<String>,
    /// Percentile level for quantile aggregations (e.g., 0.95 for p95)
    #[serde(rename = "level", default, skip_serializing_if = "Option::is_none")]
    pub level: Option<f64>,
    /// Column or expression to aggregate (required for most aggregation functions except count)
    #[serde(rename = "field", default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Display name for the series in the chart
    #[serde(rename = "alias", default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// Filter query for the data (syntax depends on whereLanguage)
    #[serde(rename = "where", default, skip_serializing_if = "Option::is_none")]
    pub r#where: Option<String>,
    /// Query language for the where clause
    #[serde(rename = "whereLanguage", alias = "where_language", default, skip_serializing_if = "Option::is_none")]
    pub where_language: Option<String>,
    #[serde(rename = "numberFormat", alias = "number_format", default, skip_serializing_if = "Option::is_none")]
    pub number_format: Option<ClickStackNumberFormat>,
    /// Metric data type, only for metrics data sources.
    #[serde(rename = "metricDataType", alias = "metric_data_type", default, skip_serializing_if = "Option::is_none")]
    pub metric_data_type: Option<String>,
    /// Metric name for metrics data sources.
    #[serde(rename = "metricName", alias = "metric_name", default, skip_serializing_if = "Option::is_none")]
    pub metric_name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackNumberFormat {
    /// Output format applied to the number.
    #[serde(rename = "output", default, skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
    /// Number of decimal places.
    #[serde(rename = "mantissa", default, skip_serializing_if = "Option::is_none")]
    pub mantissa: Option<i64>,
    /// Whether to use thousand separators.
    #[serde(rename = "thousandSeparated", alias = "thousand_separated", default, skip_serializing_if = "Option::is_none")]
    pub thousand_separated: Option<bool>,
    /// Whether to show as average.
    #[serde(rename = "average", default, skip_serializing_if = "Option::is_none")]
    pub average: Option<bool>,
    /// Use decimal bytes (1000) vs binary bytes (1024).
    #[serde(rename = "decimalBytes", alias = "decimal_bytes", default, skip_serializing_if = "Option::is_none")]
    pub decimal_bytes: Option<bool>,
    /// Multiplication factor.
    #[serde(rename = "factor", default, skip_serializing_if = "Option::is_none")]
    pub factor: Option<f64>,
    /// Currency symbol for currency format.
    #[serde(rename = "currencySymbol", alias = "currency_symbol", default, skip_serializing_if = "Option::is_none")]
    pub currency_symbol: Option<String>,
    /// Numeric unit for data, data rate, or throughput formats.
    #[serde(rename = "numericUnit", alias = "numeric_unit", default, skip_serializing_if = "Option::is_none")]
    pub numeric_unit: Option<String>,
    /// Custom unit label.
    #[serde(rename = "unit", default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackPrometheusLabelFilter {
    /// Discriminator. Must be "PROMETHEUS_LABEL".
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Display name for the dashboard filter
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Id of the PromQL source the label values are read from.
    #[serde(rename = "sourceId", alias = "source_id", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Label whose values populate the dropdown. Use "__name__" to list metric names.
    #[serde(rename = "label", default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Optional Prometheus series selector narrowing which series the label values are read from.
    #[serde(rename = "match", default, skip_serializing_if = "Option::is_none")]
    pub r#match: Option<String>,
    /// Must be false or omitted. Allowed values: false.
    #[serde(rename = "isBroadcastEnabled", alias = "is_broadcast_enabled", default, skip_serializing_if = "Option::is_none")]
    pub is_broadcast_enabled: Option<bool>,
    /// Must be true if provided, and is true when omitted. Tiles reference the selection as `$variableName`. Allowed values: true.
    #[serde(rename = "isVariableEnabled", alias = "is_variable_enabled", default, skip_serializing_if = "Option::is_none")]
    pub is_variable_enabled: Option<bool>,
    /// Token that tiles reference this filter's selected value by, as `$variableName`. Must start with a letter and may contain only letters, numbers, and underscores. Defaults to the display name with whitespace replaced by underscores and remaining illegal characters removed. Variable names must be unique across a dashboard's variable-enabled filters.
    #[serde(rename = "variableName", alias = "variable_name", default, skip_serializing_if = "Option::is_none")]
    pub variable_name: Option<String>,
    /// Minimum number of values that must be selected before tiles load. Set to 1 to make the filter required. Only 0 and 1 are accepted. Omit the field (or send 0) for the default optional behavior.
    #[serde(rename = "minSelections", alias = "min_selections", default, skip_serializing_if = "Option::is_none")]
    pub min_selections: Option<i64>,
    /// Widens a required filter's block to every tile on the dashboard. False (the default) blocks only the tiles that read the filter: those referencing its variableName, and those its broadcast applies to. Ignored unless minSelections is 1.
    #[serde(rename = "isGlobalRequirement", alias = "is_global_requirement", default, skip_serializing_if = "Option::is_none")]
    pub is_global_requirement: Option<bool>,
    /// Maximum number of values that can be selected at once. Set to 1 to make the filter single-select. Omit the field for the default multi-select behavior.
    #[serde(rename = "maxSelections", alias = "max_selections", default, skip_serializing_if = "Option::is_none")]
    pub max_selections: Option<i64>,
    /// Unique dashboard filter key ID
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackPrometheusLabelFilterInput {
    /// Discriminator. Must be "PROMETHEUS_LABEL".
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Display name for the dashboard filter
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Id of the PromQL source the label values are read from.
    #[serde(rename = "sourceId", alias = "source_id", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Label whose values populate the dropdown. Use "__name__" to list metric names.
    #[serde(rename = "label", default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Optional Prometheus series selector narrowing which series the label values are read from.
    #[serde(rename = "match", default, skip_serializing_if = "Option::is_none")]
    pub r#match: Option<String>,
    /// Must be false or omitted. Allowed values: false.
    #[serde(rename = "isBroadcastEnabled", alias = "is_broadcast_enabled", default, skip_serializing_if = "Option::is_none")]
    pub is_broadcast_enabled: Option<bool>,
    /// Must be true if provided, and is true when omitted. Tiles reference the selection as `$variableName`. Allowed values: true.
    #[serde(rename = "isVariableEnabled", alias = "is_variable_enabled", default, skip_serializing_if = "Option::is_none")]
    pub is_variable_enabled: Option<bool>,
    /// Token that tiles reference this filter's selected value by, as `$variableName`. Must start with a letter and may contain only letters, numbers, and underscores. Defaults to the display name with whitespace replaced by underscores and remaining illegal characters removed. Variable names must be unique across a dashboard's variable-enabled filters.
    #[serde(rename = "variableName", alias = "variable_name", default, skip_serializing_if = "Option::is_none")]
    pub variable_name: Option<String>,
    /// Minimum number of values that must be selected before tiles load. Set to 1 to make the filter required. Only 0 and 1 are accepted. Omit the field (or send 0) for the default optional behavior.
    #[serde(rename = "minSelections", alias = "min_selections", default, skip_serializing_if = "Option::is_none")]
    pub min_selections: Option<i64>,
    /// Widens a required filter's block to every tile on the dashboard. False (the default) blocks only the tiles that read the filter: those referencing its variableName, and those its broadcast applies to. Ignored unless minSelections is 1.
    #[serde(rename = "isGlobalRequirement", alias = "is_global_requirement", default, skip_serializing_if = "Option::is_none")]
    pub is_global_requirement: Option<bool>,
    /// Maximum number of values that can be selected at once. Set to 1 to make the filter single-select. Omit the field for the default multi-select behavior.
    #[serde(rename = "maxSelections", alias = "max_selections", default, skip_serializing_if = "Option::is_none")]
    pub max_selections: Option<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackPromqlSource {
    /// Unique source ID. Server-generated; ignored if sent in create/update requests.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Display name for the source.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Optional grouping label used to organize sources in the source selector. Sources that share a section value are displayed together.
    #[serde(rename = "section", default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// When true, the source is hidden from source selectors in the UI. Defaults to false.
    #[serde(rename = "disabled", default, skip_serializing_if = "Patch::is_omitted")]
    pub disabled: Patch<bool>,
    /// Source kind discriminator. Must be "promql" for PromQL sources.
    #[serde(rename = "kind", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// ID of the connection used by this source. Should reference a Prometheus-compatible connection.
    #[serde(rename = "connection", default, skip_serializing_if = "Option::is_none")]
    pub connection: Option<String>,
    #[serde(rename = "from", default, skip_serializing_if = "Option::is_none")]
    pub from_: Option<ClickStackSourceFrom>,
    /// Optional ClickHouse query settings applied when querying this source.
    #[serde(rename = "querySettings", alias = "query_settings", default, skip_serializing_if = "Option::is_none")]
    pub query_settings: Option<Vec<ClickStackQuerySetting>>,
    /// Required by the API for all source kinds; not used when querying a Prometheus endpoint.
    #[serde(rename = "timestampValueExpression", alias = "timestamp_value_expression", default, skip_serializing_if = "Option::is_none")]
    pub timestamp_value_expression: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackQueryExpressionFilter {
    /// Filter type discriminator. Must be "QUERY_EXPRESSION".
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Display name for the dashboard filter key
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// SQL expression used when querying values for this filter, and when applying this dashboard filter to tiles.
    #[serde(rename = "expression", default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    /// Source ID this dashboard filter key applies to
    #[serde(rename = "sourceId", alias = "source_id", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Metric type when source is metrics
    #[serde(rename = "sourceMetricType", alias = "source_metric_type", default, skip_serializing_if = "Option::is_none")]
    pub source_metric_type: Option<String>,
    /// Optional WHERE condition to scope which rows this filter key reads values from
    #[serde(rename = "where", default, skip_serializing_if = "Option::is_none")]
    pub r#where: Option<String>,
    /// Language of the where condition
    #[serde(rename = "whereLanguage", alias = "where_language", default, skip_serializing_if = "Option::is_none")]
    pub where_language: Option<String>,
    /// Optional list of source IDs this filter applies to. Omit or provide an empty array to apply the filter to ALL tiles regardless of source. A non-empty array restricts the filter to only tiles whose source ID is in the list; tiles using other sources are not affected by the selected filter value(s). Scopes the broadcast condition only, so a non-empty array is rejected when isBroadcastEnabled is false, and is omitted from responses for such a filter.
    #[serde(rename = "appliesToSourceIds", alias = "applies_to_source_ids", default, skip_serializing_if = "Option::is_none")]
    pub applies_to_source_ids: Option<Vec<String>>,
    /// Whether the selected value is applied as a filter condition on every builder tile this filter applies to (see appliesToSourceIds), and every raw sql tile using the $__filters macro. Omitting the field means enabled.
    #[serde(rename = "isBroadcastEnabled", alias = "is_broadcast_enabled", default, skip_serializing_if = "Option::is_none")]
    pub is_broadcast_enabled: Option<bool>,
    /// Whether the selected value is exposed to tile queries as a dashboard variable named by variableName. Tiles may reference it as `$variableName` or using the (preferred) `$__filter($<variableName>)` and `$__conditionalAll(<condition>, $<variableName>)` macros.
    #[serde(rename = "isVariableEnabled", alias = "is_variable_enabled", default, skip_serializing_if = "Option::is_none")]
    pub is_variable_enabled: Option<bool>,
    /// Token tiles reference this filter's selected value by, as `$variableName`. Must start with a letter and may contain only letters, numbers, and underscores. Defaults to the display name with whitespace replaced by underscores and remaining illegal characters removed, so a variable-enabled filter whose name derives nothing usable must send this field explicitly. Variable names must be unique across a dashboard's variable-enabled filters. Names the variable only, so the field is rejected when isVariableEnabled is not true, and is omitted from responses for such a filter.
    #[serde(rename = "variableName", alias = "variable_name", default, skip_serializing_if = "Option::is_none")]
    pub variable_name: Option<String>,
    /// Minimum number of values that must be selected before tiles load. Set to 1 to make the filter required. Only 0 and 1 are accepted. Omit the field (or send 0) for the default optional behavior.
    #[serde(rename = "minSelections", alias = "min_selections", default, skip_serializing_if = "Option::is_none")]
    pub min_selections: Option<i64>,
    /// Widens a required filter's block to every tile on the dashboard. False (the default) blocks only the tiles that read the filter: those referencing its variableName, and those its broadcast applies to. Ignored unless minSelections is 1.
    #[serde(rename = "isGlobalRequirement", alias = "is_global_requirement", default, skip_serializing_if = "Option::is_none")]
    pub is_global_requirement: Option<bool>,
    /// Maximum number of values that can be selected at once. Set to 1 to make the filter single-select. Omit the field for the default multi-select behavior.
    #[serde(rename = "maxSelections", alias = "max_selections", default, skip_serializing_if = "Option::is_none")]
    pub max_selections: Option<i64>,
    /// Unique dashboard filter key ID
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackQueryExpressionFilterInput {
    /// Filter type discriminator. Must be "QUERY_EXPRESSION".
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Display name for the dashboard filter key
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// SQL expression used when querying values for this filter, and when applying this dashboard filter to tiles.
    #[serde(rename = "expression", default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    /// Source ID this dashboard filter key applies to
    #[serde(rename = "sourceId", alias = "source_id", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Metric type when source is metrics
    #[serde(rename = "sourceMetricType", alias = "source_metric_type", default, skip_serializing_if = "Option::is_none")]
    pub source_metric_type: Option<String>,
    /// Optional WHERE condition to scope which rows this filter key reads values from
    #[serde(rename = "where", default, skip_serializing_if = "Option::is_none")]
    pub r#where: Option<String>,
    /// Language of the where condition
    #[serde(rename = "whereLanguage", alias = "where_language", default, skip_serializing_if = "Option::is_none")]
    pub where_language: Option<String>,
    /// Optional list of source IDs this filter applies to. Omit or provide an empty array to apply the filter to ALL tiles regardless of source. A non-empty array restricts the filter to only tiles whose source ID is in the list; tiles using other sources are not affected by the selected filter value(s). Scopes the broadcast condition only, so a non-empty array is rejected when isBroadcastEnabled is false, and is omitted from responses for such a filter.
    #[serde(rename = "appliesToSourceIds", alias = "applies_to_source_ids", default, skip_serializing_if = "Option::is_none")]
    pub applies_to_source_ids: Option<Vec<String>>,
    /// Whether the selected value is applied as a filter condition on every builder tile this filter applies to (see appliesToSourceIds), and every raw sql tile using the $__filters macro. Omitting the field means enabled.
    #[serde(rename = "isBroadcastEnabled", alias = "is_broadcast_enabled", default, skip_serializing_if = "Option::is_none")]
    pub is_broadcast_enabled: Option<bool>,
    /// Whether the selected value is exposed to tile queries as a dashboard variable named by variableName. Tiles may reference it as `$variableName` or using the (preferred) `$__filter($<variableName>)` and `$__conditionalAll(<condition>, $<variableName>)` macros.
    #[serde(rename = "isVariableEnabled", alias = "is_variable_enabled", default, skip_serializing_if = "Option::is_none")]
    pub is_variable_enabled: Option<bool>,
    /// Token tiles reference this filter's selected value by, as `$variableName`. Must start with a letter and may contain only letters, numbers, and underscores. Defaults to the display name with whitespace replaced by underscores and remaining illegal characters removed, so a variable-enabled filter whose name derives nothing usable must send this field explicitly. Variable names must be unique across a dashboard's variable-enabled filters. Names the variable only, so the field is rejected when isVariableEnabled is not true, and is omitted from responses for such a filter.
    #[serde(rename = "variableName", alias = "variable_name", default, skip_serializing_if = "Option::is_none")]
    pub variable_name: Option<String>,
    /// Minimum number of values that must be selected before tiles load. Set to 1 to make the filter required. Only 0 and 1 are accepted. Omit the field (or send 0) for the default optional behavior.
    #[serde(rename = "minSelections", alias = "min_selections", default, skip_serializing_if = "Option::is_none")]
    pub min_selections: Option<i64>,
    /// Widens a required filter's block to every tile on the dashboard. False (the default) blocks only the tiles that read the filter: those referencing its variableName, and those its broadcast applies to. Ignored unless minSelections is 1.
    #[serde(rename = "isGlobalRequirement", alias = "is_global_requirement", default, skip_serializing_if = "Option::is_none")]
    pub is_global_requirement: Option<bool>,
    /// Maximum number of values that can be selected at once. Set to 1 to make the filter single-select. Omit the field for the default multi-select behavior.
    #[serde(rename = "maxSelections", alias = "max_selections", default, skip_serializing_if = "Option::is_none")]
    pub max_selections: Option<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackQuerySetting {
    /// ClickHouse setting name
    #[serde(rename = "setting", default, skip_serializing_if = "Option::is_none")]
    pub setting: Option<String>,
    /// Setting value
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackSavedSearchFilter {
    /// Always `sql`. Only SQL predicate filters render in the sidebar.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// SQL predicate applied to the search, in `<column> IN (...)` form.
    #[serde(rename = "condition", default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackSavedSearchInput {
    /// Display name for the saved search.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// ID of the source to query. Must belong to the team.
    #[serde(rename = "sourceId", alias = "source_id", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Comma-separated list of column expressions to display. Empty uses the source default.
    #[serde(rename = "select", default, skip_serializing_if = "Option::is_none")]
    pub select: Option<String>,
    /// Row filter expression. The language is controlled by whereLanguage.
    #[serde(rename = "where", default, skip_serializing_if = "Option::is_none")]
    pub r#where: Option<String>,
    /// Language used for the where filter.
    #[serde(rename = "whereLanguage", alias = "where_language", default, skip_serializing_if = "Option::is_none")]
    pub where_language: Option<String>,
    /// ORDER BY expression. Empty uses the source default.
    #[serde(rename = "orderBy", alias = "order_by", default, skip_serializing_if = "Option::is_none")]
    pub order_by: Option<String>,
    /// Tags used to organize saved searches.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Structured pinned filters applied to the search.
    #[serde(rename = "filters", default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<ClickStackSavedSearchFilter>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackSearchChartSeries {
    /// Series type discriminator. Must be "search" for search/log viewer charts.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// ID of the data source to query
    #[serde(rename = "sourceId", alias = "source_id", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// List of field names to display in the search results table
    #[serde(rename = "fields", default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<String>>,
    /// Filter query for the data (syntax depends on whereLanguage)
    #[serde(rename = "where", default, skip_serializing_if = "Option::is_none")]
    pub r#where: Option<String>,
    /// Query language for the where clause
    #[serde(rename = "whereLanguage", alias = "where_language", default, skip_serializing_if = "Option::is_none")]
    pub where_language: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackSelectItem {
    /// Aggregation function to apply. "count" does not require a valueExpression; "quantile" requires a level field indicating the desired percentile (e.g., 0.95).
    #[serde(rename = "aggFn", alias = "agg_fn", default, skip_serializing_if = "Option::is_none")]
    pub agg_fn: Option<String>,
    /// Expression for the column or value to aggregate. Must be omitted when aggFn is "count"; required for all other aggFn values.
    #[serde(rename = "valueExpression", alias = "value_expression", default, skip_serializing_if = "Option::is_none")]
    pub value_expression: Option<String>,
    /// Display alias for this select item in chart legends.
    #[serde(rename = "alias", default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// Percentile level; only valid when aggFn is "quantile". Allowed values: 0.5, 0.9, 0.95, 0.99.
    #[serde(rename = "level", default, skip_serializing_if = "Option::is_none")]
    pub level: Option<f64>,
    /// SQL or Lucene filter condition applied before aggregation.
    #[serde(rename = "where", default, skip_serializing_if = "Option::is_none")]
    pub r#where: Option<String>,
    /// Query language for the where clause.
    #[serde(rename = "whereLanguage", alias = "where_language", default, skip_serializing_if = "Option::is_none")]
    pub where_language: Option<String>,
    /// Name of the metric to aggregate; only applicable when the source is a metrics source.
    #[serde(rename = "metricName", alias = "metric_name", default, skip_serializing_if = "Option::is_none")]
    pub metric_name: Option<String>,
    /// Metric type; only applicable when the source is a metrics source.
    #[serde(rename = "metricType", alias = "metric_type", default, skip_serializing_if = "Option::is_none")]
    pub metric_type: Option<String>,
    /// Optional period aggregation function for Gauge metrics (e.g., compute the delta over the period).
    #[serde(rename = "periodAggFn", alias = "period_agg_fn", default, skip_serializing_if = "Option::is_none")]
    pub period_agg_fn: Option<String>,
    #[serde(rename = "numberFormat", alias = "number_format", default, skip_serializing_if = "Option::is_none")]
    pub number_format: Option<ClickStackNumberFormat>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackSessionSource {
    /// Unique source ID. Server-generated; ignored if sent in create/update requests.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Display name for the source.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Optional grouping label used to organize sources in the source selector. Sources that share a section value are displayed together.
    #[serde(rename = "section", default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// When true, the source is hidden from source selectors in the UI. Defaults to false.
    #[serde(rename = "disabled", default, skip_serializing_if = "Patch::is_omitted")]
    pub disabled: Patch<bool>,
    /// Source kind discriminator. Must be "session" for session sources.
    #[serde(rename = "kind", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// ID of the ClickHouse connection used by this source.
    #[serde(rename = "connection", default, skip_serializing_if = "Option::is_none")]
    pub connection: Option<String>,
    #[serde(rename = "from", default, skip_serializing_if = "Option::is_none")]
    pub from_: Option<ClickStackSourceFrom>,
    /// Optional ClickHouse query settings applied when querying this source.
    #[serde(rename = "querySettings", alias = "query_settings", default, skip_serializing_if = "Option::is_none")]
    pub query_settings: Option<Vec<ClickStackQuerySetting>>,
    /// DateTime column or expression that is part of your table's primary key.
    #[serde(rename = "timestampValueExpression", alias = "timestamp_value_expression", default, skip_serializing_if = "Patch::is_omitted")]
    pub timestamp_value_expression: Patch<String>,
    /// HyperDX Source for traces associated with sessions.
    #[serde(rename = "traceSourceId", alias = "trace_source_id", default, skip_serializing_if = "Option::is_none")]
    pub trace_source_id: Option<String>,
    /// Expression to extract resource-level attributes.
    #[serde(rename = "resourceAttributesExpression", alias = "resource_attributes_expression", default, skip_serializing_if = "Option::is_none")]
    pub resource_attributes_expression: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackSourceFilter {
    /// Discriminator. Must be "SOURCE_FILTER".
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Display name for the dashboard filter
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Id of the source whose filterSettings declares this column. Read filterSettings from GET /api/v2/sources to see which columns a source declares.
    #[serde(rename = "sourceId", alias = "source_id", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Column this filter selects values for. Must match one of the source's filterSettings.columns[].name values, and is the expression the selection is broadcast on.
    #[serde(rename = "expression", default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    /// Optional list of source IDs this filter broadcasts to. Omit or provide an empty array to apply the selection to ALL tiles regardless of source; a non-empty array restricts it to tiles whose source ID is in the list.
    #[serde(rename = "appliesToSourceIds", alias = "applies_to_source_ids", default, skip_serializing_if = "Option::is_none")]
    pub applies_to_source_ids: Option<Vec<String>>,
    /// Must be true if provided, and is true when omitted — a source filter should always broadcast to at least its own source. Allowed values: true.
    #[serde(rename = "isBroadcastEnabled", alias = "is_broadcast_enabled", default, skip_serializing_if = "Option::is_none")]
    pub is_broadcast_enabled: Option<bool>,
    /// Must be true if provided, and is true when omitted. Tiles reference the selection as `$variableName`. Allowed values: true.
    #[serde(rename = "isVariableEnabled", alias = "is_variable_enabled", default, skip_serializing_if = "Option::is_none")]
    pub is_variable_enabled: Option<bool>,
    /// Token that tiles reference this filter's selected value by, as `$variableName`. Must start with a letter and may contain only letters, numbers, and underscores. Defaults to the display name with whitespace replaced by underscores and remaining illegal characters removed. Variable names must be unique across a dashboard's variable-enabled filters.
    #[serde(rename = "variableName", alias = "variable_name", default, skip_serializing_if = "Option::is_none")]
    pub variable_name: Option<String>,
    /// Minimum number of values that must be selected before tiles load. Set to 1 to make the filter required. Only 0 and 1 are accepted. Omit the field (or send 0) for the default optional behavior.
    #[serde(rename = "minSelections", alias = "min_selections", default, skip_serializing_if = "Option::is_none")]
    pub min_selections: Option<i64>,
    /// Widens a required filter's block to every tile on the dashboard. False (the default) blocks only the tiles that read the filter: those referencing its variableName, and those its broadcast applies to. Ignored unless minSelections is 1.
    #[serde(rename = "isGlobalRequirement", alias = "is_global_requirement", default, skip_serializing_if = "Option::is_none")]
    pub is_global_requirement: Option<bool>,
    /// Maximum number of values that can be selected at once. Set to 1 to make the filter single-select. Omit the field for the default multi-select behavior.
    #[serde(rename = "maxSelections", alias = "max_selections", default, skip_serializing_if = "Option::is_none")]
    pub max_selections: Option<i64>,
    /// Unique dashboard filter key ID
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackSourceFilterInput {
    /// Discriminator. Must be "SOURCE_FILTER".
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Display name for the dashboard filter
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Id of the source whose filterSettings declares this column. Read filterSettings from GET /api/v2/sources to see which columns a source declares.
    #[serde(rename = "sourceId", alias = "source_id", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Column this filter selects values for. Must match one of the source's filterSettings.columns[].name values, and is the expression the selection is broadcast on.
    #[serde(rename = "expression", default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    /// Optional list of source IDs this filter broadcasts to. Omit or provide an empty array to apply the selection to ALL tiles regardless of source; a non-empty array restricts it to tiles whose source ID is in the list.
    #[serde(rename = "appliesToSourceIds", alias = "applies_to_source_ids", default, skip_serializing_if = "Option::is_none")]
    pub applies_to_source_ids: Option<Vec<String>>,
    /// Must be true if provided, and is true when omitted — a source filter should always broadcast to at least its own source. Allowed values: true.
    #[serde(rename = "isBroadcastEnabled", alias = "is_broadcast_enabled", default, skip_serializing_if = "Option::is_none")]
    pub is_broadcast_enabled: Option<bool>,
    /// Must be true if provided, and is true when omitted. Tiles reference the selection as `$variableName`. Allowed values: true.
    #[serde(rename = "isVariableEnabled", alias = "is_variable_enabled", default, skip_serializing_if = "Option::is_none")]
    pub is_variable_enabled: Option<bool>,
    /// Token that tiles reference this filter's selected value by, as `$variableName`. Must start with a letter and may contain only letters, numbers, and underscores. Defaults to the display name with whitespace replaced by underscores and remaining illegal characters removed. Variable names must be unique across a dashboard's variable-enabled filters.
    #[serde(rename = "variableName", alias = "variable_name", default, skip_serializing_if = "Option::is_none")]
    pub variable_name: Option<String>,
    /// Minimum number of values that must be selected before tiles load. Set to 1 to make the filter required. Only 0 and 1 are accepted. Omit the field (or send 0) for the default optional behavior.
    #[serde(rename = "minSelections", alias = "min_selections", default, skip_serializing_if = "Option::is_none")]
    pub min_selections: Option<i64>,
    /// Widens a required filter's block to every tile on the dashboard. False (the default) blocks only the tiles that read the filter: those referencing its variableName, and those its broadcast applies to. Ignored unless minSelections is 1.
    #[serde(rename = "isGlobalRequirement", alias = "is_global_requirement", default, skip_serializing_if = "Option::is_none")]
    pub is_global_requirement: Option<bool>,
    /// Maximum number of values that can be selected at once. Set to 1 to make the filter single-select. Omit the field for the default multi-select behavior.
    #[serde(rename = "maxSelections", alias = "max_selections", default, skip_serializing_if = "Option::is_none")]
    pub max_selections: Option<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackSourceFilterSettings {
    /// ClickHouse database name
    #[serde(rename = "databaseName", alias = "database_name", default, skip_serializing_if = "Option::is_none")]
    pub database_name: Option<String>,
    /// ClickHouse table name
    #[serde(rename = "tableName", alias = "table_name", default, skip_serializing_if = "Option::is_none")]
    pub table_name: Option<String>,
    /// Columns to expose as filters (max 10)
    #[serde(rename = "columns", default, skip_serializing_if = "Option::is_none")]
    pub columns: Option<Vec<ClickStackFilterSettingsColumn>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackSourceFrom {
    /// ClickHouse database name
    #[serde(rename = "databaseName", alias = "database_name", default, skip_serializing_if = "Option::is_none")]
    pub database_name: Option<String>,
    /// ClickHouse table name
    #[serde(rename = "tableName", alias = "table_name", default, skip_serializing_if = "Option::is_none")]
    pub table_name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackSqlSavedFilterValue {
    /// Filter type.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// SQL filter condition. For example use expressions in the form "column IN ('value')".
    #[serde(rename = "condition", default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackStaticListFilter {
    /// Discriminator. Must be "STATIC_LIST".
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Display name for the dashboard filter key
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The values this filter's dropdown offers. Must be non-empty and free of duplicates.
    #[serde(rename = "options", default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<String>>,
    /// Must be false — there is no expression to broadcast. Omit it and it is false. Allowed values: false.
    #[serde(rename = "isBroadcastEnabled", alias = "is_broadcast_enabled", default, skip_serializing_if = "Option::is_none")]
    pub is_broadcast_enabled: Option<bool>,
    /// Must be true if provided, and is true when omitted. Tiles reference the selection as `$variableName`, or with the `$__filter(<expression>, $<variableName>)` and `$__conditionalAll(<condition>, $<variableName>)` macros. The one-argument `$__filter($<variableName>)` form renders the filter's own expression, which this kind of filter does not have, so it reports that the expression must be passed explicitly. Allowed values: true.
    #[serde(rename = "isVariableEnabled", alias = "is_variable_enabled", default, skip_serializing_if = "Option::is_none")]
    pub is_variable_enabled: Option<bool>,
    /// Token tiles reference this filter's selected value by, as `$variableName`. Must start with a letter and may contain only letters, numbers, and underscores. Defaults to the display name with whitespace replaced by underscores and remaining illegal characters removed, so a variable-enabled filter whose name derives nothing usable must send this field explicitly. Variable names must be unique across a dashboard's variable-enabled filters. Names the variable only, so the field is rejected when isVariableEnabled is not true, and is omitted from responses for such a filter.
    #[serde(rename = "variableName", alias = "variable_name", default, skip_serializing_if = "Option::is_none")]
    pub variable_name: Option<String>,
    /// Minimum number of values that must be selected before tiles load. Set to 1 to make the filter required. Only 0 and 1 are accepted. Omit the field (or send 0) for the default optional behavior.
    #[serde(rename = "minSelections", alias = "min_selections", default, skip_serializing_if = "Option::is_none")]
    pub min_selections: Option<i64>,
    /// Widens a required filter's block to every tile on the dashboard. False (the default) blocks only the tiles that read the filter: those referencing its variableName, and those its broadcast applies to. Ignored unless minSelections is 1.
    #[serde(rename = "isGlobalRequirement", alias = "is_global_requirement", default, skip_serializing_if = "Option::is_none")]
    pub is_global_requirement: Option<bool>,
    /// Maximum number of values that can be selected at once. Set to 1 to make the filter single-select. Omit the field for the default multi-select behavior.
    #[serde(rename = "maxSelections", alias = "max_selections", default, skip_serializing_if = "Option::is_none")]
    pub max_selections: Option<i64>,
    /// Unique dashboard filter key ID
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackStaticListFilterInput {
    /// Discriminator. Must be "STATIC_LIST".
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Display name for the dashboard filter key
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The values this filter's dropdown offers. Must be non-empty and free of duplicates.
    #[serde(rename = "options", default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<String>>,
    /// Must be false — there is no expression to broadcast. Omit it and it is false. Allowed values: false.
    #[serde(rename = "isBroadcastEnabled", alias = "is_broadcast_enabled", default, skip_serializing_if = "Option::is_none")]
    pub is_broadcast_enabled: Option<bool>,
    /// Must be true if provided, and is true when omitted. Tiles reference the selection as `$variableName`, or with the `$__filter(<expression>, $<variableName>)` and `$__conditionalAll(<condition>, $<variableName>)` macros. The one-argument `$__filter($<variableName>)` form renders the filter's own expression, which this kind of filter does not have, so it reports that the expression must be passed explicitly. Allowed values: true.
    #[serde(rename = "isVariableEnabled", alias = "is_variable_enabled", default, skip_serializing_if = "Option::is_none")]
    pub is_variable_enabled: Option<bool>,
    /// Token tiles reference this filter's selected value by, as `$variableName`. Must start with a letter and may contain only letters, numbers, and underscores. Defaults to the display name with whitespace replaced by underscores and remaining illegal characters removed, so a variable-enabled filter whose name derives nothing usable must send this field explicitly. Variable names must be unique across a dashboard's variable-enabled filters. Names the variable only, so the field is rejected when isVariableEnabled is not true, and is omitted from responses for such a filter.
    #[serde(rename = "variableName", alias = "variable_name", default, skip_serializing_if = "Option::is_none")]
    pub variable_name: Option<String>,
    /// Minimum number of values that must be selected before tiles load. Set to 1 to make the filter required. Only 0 and 1 are accepted. Omit the field (or send 0) for the default optional behavior.
    #[serde(rename = "minSelections", alias = "min_selections", default, skip_serializing_if = "Option::is_none")]
    pub min_selections: Option<i64>,
    /// Widens a required filter's block to every tile on the dashboard. False (the default) blocks only the tiles that read the filter: those referencing its variableName, and those its broadcast applies to. Ignored unless minSelections is 1.
    #[serde(rename = "isGlobalRequirement", alias = "is_global_requirement", default, skip_serializing_if = "Option::is_none")]
    pub is_global_requirement: Option<bool>,
    /// Maximum number of values that can be selected at once. Set to 1 to make the filter single-select. Omit the field for the default multi-select behavior.
    #[serde(rename = "maxSelections", alias = "max_selections", default, skip_serializing_if = "Option::is_none")]
    pub max_selections: Option<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackTableChartSeries {
    /// Series type discriminator. Must be "table" for table charts.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// ID of the data source to query
    #[serde(rename = "sourceId", alias = "source_id", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Aggregation function to apply to the field or metric value
    #[serde(rename = "aggFn", alias = "agg_fn", default, skip_serializing_if = "Option::is_none")]
    pub agg_fn: Option<String>,
    /// Percentile level for quantile aggregations (e.g., 0.95 for p95)
    #[serde(rename = "level", default, skip_serializing_if = "Option::is_none")]
    pub level: Option<f64>,
    /// Column or expression to aggregate (required for most aggregation functions except count)
    #[serde(rename = "field", default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Display name for the series
    #[serde(rename = "alias", default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// Filter query for the data (syntax depends on whereLanguage)
    #[serde(rename = "where", default, skip_serializing_if = "Option::is_none")]
    pub r#where: Option<String>,
    /// Query language for the where clause
    #[serde(rename = "whereLanguage", alias = "where_language", default, skip_serializing_if = "Option::is_none")]
    pub where_language: Option<String>,
    /// Fields to group results by (creates separate rows for each group)
    #[serde(rename = "groupBy", alias = "group_by", default, skip_serializing_if = "Option::is_none")]
    pub group_by: Option<Vec<String>>,
    /// Sort order for table rows
    #[serde(rename = "sortOrder", alias = "sort_order", default, skip_serializing_if = "Option::is_none")]
    pub sort_order: Option<String>,
    #[serde(rename = "numberFormat", alias = "number_format", default, skip_serializing_if = "Option::is_none")]
    pub number_format: Option<ClickStackNumberFormat>,
    /// Metric data type, only for metrics data sources.
    #[serde(rename = "metricDataType", alias = "metric_data_type", default, skip_serializing_if = "Option::is_none")]
    pub metric_data_type: Option<String>,
    /// Metric name for metrics data sources
    #[serde(rename = "metricName", alias = "metric_name", default, skip_serializing_if = "Option::is_none")]
    pub metric_name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackTileInput {
    /// Display name for the tile
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Horizontal position in the grid (0-based)
    #[serde(rename = "x", default, skip_serializing_if = "Option::is_none")]
    pub x: Option<i64>,
    /// Vertical position in the grid (0-based)
    #[serde(rename = "y", default, skip_serializing_if = "Option::is_none")]
    pub y: Option<i64>,
    /// Width in grid units
    #[serde(rename = "w", default, skip_serializing_if = "Option::is_none")]
    pub w: Option<i64>,
    /// Height in grid units
    #[serde(rename = "h", default, skip_serializing_if = "Option::is_none")]
    pub h: Option<i64>,
    #[serde(rename = "config", default, skip_serializing_if = "Option::is_none")]
    pub config: Option<Value>,
    /// References a DashboardContainer by id. Tiles without containerId render in the default ungrouped area.
    #[serde(rename = "containerId", alias = "container_id", default, skip_serializing_if = "Option::is_none")]
    pub container_id: Option<String>,
    /// References a tab inside the tile's container by id. Requires containerId to be set, and the container to declare a matching tab.
    #[serde(rename = "tabId", alias = "tab_id", default, skip_serializing_if = "Option::is_none")]
    pub tab_id: Option<String>,
    /// Short explanation of the tile, shown as a tooltip next to its name.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Optional tile ID. Omit to generate a new ID.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Display two series as a ratio (series[0] / series[1]). Only applicable when providing "series". Deprecated in favor of "config.asRatio".
    #[serde(rename = "asRatio", alias = "as_ratio", default, skip_serializing_if = "Option::is_none")]
    pub as_ratio: Option<bool>,
    /// Data series to display in this tile (all must be the same type). Deprecated; use "config" instead.
    #[serde(rename = "series", default, skip_serializing_if = "Option::is_none")]
    pub series: Option<Vec<ClickStackDashboardChartSeries>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackTimeChartSeries {
    /// Series type discriminator. Must be "time" for time-series charts.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// ID of the data source to query
    #[serde(rename = "sourceId", alias = "source_id", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Aggregation function to apply to the field or metric value
    #[serde(rename = "aggFn", alias = "agg_fn", default, skip_serializing_if = "Option::is_none")]
    pub agg_fn: Option<String>,
    /// Percentile level for quantile aggregations (e.g., 0.95 for p95)
    #[serde(rename = "level", default, skip_serializing_if = "Option::is_none")]
    pub level: Option<f64>,
    /// Column or expression to aggregate (required for most aggregation functions except count)
    #[serde(rename = "field", default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Display name for the series in the chart
    #[serde(rename = "alias", default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// Filter query for the data (syntax depends on whereLanguage)
    #[serde(rename = "where", default, skip_serializing_if = "Option::is_none")]
    pub r#where: Option<String>,
    /// Query language for the where clause
    #[serde(rename = "whereLanguage", alias = "where_language", default, skip_serializing_if = "Option::is_none")]
    pub where_language: Option<String>,
    /// Fields to group results by (creates separate series for each group)
    #[serde(rename = "groupBy", alias = "group_by", default, skip_serializing_if = "Option::is_none")]
    pub group_by: Option<Vec<String>>,
    #[serde(rename = "numberFormat", alias = "number_format", default, skip_serializing_if = "Option::is_none")]
    pub number_format: Option<ClickStackNumberFormat>,
    /// Metric data type, only for metrics data sources.
    #[serde(rename = "metricDataType", alias = "metric_data_type", default, skip_serializing_if = "Option::is_none")]
    pub metric_data_type: Option<String>,
    /// Metric name for metrics data sources
    #[serde(rename = "metricName", alias = "metric_name", default, skip_serializing_if = "Option::is_none")]
    pub metric_name: Option<String>,
    /// Visual representation type for the time series
    #[serde(rename = "displayType", alias = "display_type", default, skip_serializing_if = "Option::is_none")]
    pub display_type: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackTraceSource {
    /// Unique source ID. Server-generated; ignored if sent in create/update requests.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Display name for the source.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Optional grouping label used to organize sources in the source selector. Sources that share a section value are displayed together.
    #[serde(rename = "section", default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// When true, the source is hidden from source selectors in the UI. Defaults to false.
    #[serde(rename = "disabled", default, skip_serializing_if = "Patch::is_omitted")]
    pub disabled: Patch<bool>,
    /// Source kind discriminator. Must be "trace" for trace sources.
    #[serde(rename = "kind", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// ID of the ClickHouse connection used by this source.
    #[serde(rename = "connection", default, skip_serializing_if = "Option::is_none")]
    pub connection: Option<String>,
    #[serde(rename = "from", default, skip_serializing_if = "Option::is_none")]
    pub from_: Option<ClickStackSourceFrom>,
    /// Optional ClickHouse query settings applied when querying this source.
    #[serde(rename = "querySettings", alias = "query_settings", default, skip_serializing_if = "Option::is_none")]
    pub query_settings: Option<Vec<ClickStackQuerySetting>>,
    #[serde(rename = "filterSettings", alias = "filter_settings", default, skip_serializing_if = "Patch::is_omitted")]
    pub filter_settings: Patch<ClickStackSourceFilterSettings>,
    /// Default columns selected in search results (this can be customized per search later)
    #[serde(rename = "defaultTableSelectExpression", alias = "default_table_select_expression", default, skip_serializing_if = "Option::is_none")]
    pub default_table_select_expression: Option<String>,
    /// DateTime column or expression defines the start of the span
    #[serde(rename = "timestampValueExpression", alias = "timestamp_value_expression", default, skip_serializing_if = "Option::is_none")]
    pub timestamp_value_expression: Option<String>,
    /// Expression to extract span duration.
    #[serde(rename = "durationExpression", alias = "duration_expression", default, skip_serializing_if = "Option::is_none")]
    pub duration_expression: Option<String>,
    /// Number of decimal digits in the duration value (e.g., 3 for milliseconds, 6 for microseconds, 9 for nanoseconds).
    #[serde(rename = "durationPrecision", alias = "duration_precision", default, skip_serializing_if = "Option::is_none")]
    pub duration_precision: Option<i64>,
    /// Expression to extract the trace ID.
    #[serde(rename = "traceIdExpression", alias = "trace_id_expression", default, skip_serializing_if = "Option::is_none")]
    pub trace_id_expression: Option<String>,
    /// Expression to extract the span ID.
    #[serde(rename = "spanIdExpression", alias = "span_id_expression", default, skip_serializing_if = "Option::is_none")]
    pub span_id_expression: Option<String>,
    /// Expression to extract the parent span ID.
    #[serde(rename = "parentSpanIdExpression", alias = "parent_span_id_expression", default, skip_serializing_if = "Option::is_none")]
    pub parent_span_id_expression: Option<String>,
    /// Expression to extract the span name.
    #[serde(rename = "spanNameExpression", alias = "span_name_expression", default, skip_serializing_if = "Option::is_none")]
    pub span_name_expression: Option<String>,
    /// Expression to extract the span kind (e.g., client, server, internal).
    #[serde(rename = "spanKindExpression", alias = "span_kind_expression", default, skip_serializing_if = "Option::is_none")]
    pub span_kind_expression: Option<String>,
    /// HyperDX Source for logs associated with traces. Optional
    #[serde(rename = "logSourceId", alias = "log_source_id", default, skip_serializing_if = "Patch::is_omitted")]
    pub log_source_id: Patch<String>,
    /// HyperDX Source for sessions associated with traces. Optional
    #[serde(rename = "sessionSourceId", alias = "session_source_id", default, skip_serializing_if = "Patch::is_omitted")]
    pub session_source_id: Patch<String>,
    /// HyperDX Source for metrics associated with traces. Optional
    #[serde(rename = "metricSourceId", alias = "metric_source_id", default, skip_serializing_if = "Patch::is_omitted")]
    pub metric_source_id: Patch<String>,
    /// Expression to extract the span status code.
    #[serde(rename = "statusCodeExpression", alias = "status_code_expression", default, skip_serializing_if = "Patch::is_omitted")]
    pub status_code_expression: Patch<String>,
    /// Expression to extract the span status message.
    #[serde(rename = "statusMessageExpression", alias = "status_message_expression", default, skip_serializing_if = "Patch::is_omitted")]
    pub status_message_expression: Patch<String>,
    /// Expression to extract the service name from trace rows.
    #[serde(rename = "serviceNameExpression", alias = "service_name_expression", default, skip_serializing_if = "Patch::is_omitted")]
    pub service_name_expression: Patch<String>,
    /// Expression identifying the running release of a service. Defaults to the OpenTelemetry service.version resource attribute when unset. Where services carry the release on different attributes, fall back across them with coalesce(nullIf(a, ''), nullIf(b, '')).
    #[serde(rename = "serviceVersionExpression", alias = "service_version_expression", default, skip_serializing_if = "Patch::is_omitted")]
    pub service_version_expression: Patch<String>,
    /// Column or expression for upstream sampling weight (1/N). When set, aggregations (count, avg, sum, quantile) are corrected for sampling. Percentiles use quantileTDigestWeighted, which is an approximation. Leave empty if spans are not sampled.
    #[serde(rename = "sampleRateExpression", alias = "sample_rate_expression", default, skip_serializing_if = "Option::is_none")]
    pub sample_rate_expression: Option<String>,
    /// Expression to extract resource-level attributes.
    #[serde(rename = "resourceAttributesExpression", alias = "resource_attributes_expression", default, skip_serializing_if = "Patch::is_omitted")]
    pub resource_attributes_expression: Patch<String>,
    /// Expression to extract event-level attributes.
    #[serde(rename = "eventAttributesExpression", alias = "event_attributes_expression", default, skip_serializing_if = "Patch::is_omitted")]
    pub event_attributes_expression: Patch<String>,
    /// Expression to extract span events. Used to capture events associated with spans. Expected to be Nested ( Timestamp DateTime64(9), Name LowCardinality(String), Attributes Map(LowCardinality(String), String)
    #[serde(rename = "spanEventsValueExpression", alias = "span_events_value_expression", default, skip_serializing_if = "Patch::is_omitted")]
    pub span_events_value_expression: Patch<String>,
    /// Expression to extract span links. Used to capture links from a span to spans in other traces. Expected to be Nested ( TraceId String, SpanId String, TraceState String, Attributes Map(LowCardinality(String), String) )
    #[serde(rename = "spanLinksValueExpression", alias = "span_links_value_expression", default, skip_serializing_if = "Option::is_none")]
    pub span_links_value_expression: Option<String>,
    /// Column used for full text search if no property is specified in a Lucene-based search. Typically the message body of a log.
    #[serde(rename = "implicitColumnExpression", alias = "implicit_column_expression", default, skip_serializing_if = "Patch::is_omitted")]
    pub implicit_column_expression: Patch<String>,
    /// For Distributed table sources whose target tables have non-matching column sets. A list of columns supported across all target tables, used instead of SELECT * when fetching full row data. Leave blank to select all columns.
    #[serde(rename = "knownColumnsListExpression", alias = "known_columns_list_expression", default, skip_serializing_if = "Patch::is_omitted")]
    pub known_columns_list_expression: Patch<String>,
    /// Controls whether lucene rendering uses ClickHouse text indices via hasAllTokens() against the implicit column. "auto" detects a covering index at query time, "enabled" forces text index usage, "disabled" forces a LIKE/hasToken fallback.
    #[serde(rename = "useTextIndexForImplicitColumn", alias = "use_text_index_for_implicit_column", default, skip_serializing_if = "Patch::is_omitted")]
    pub use_text_index_for_implicit_column: Patch<String>,
    /// Expressions defining trace-level attributes which are displayed in the trace view for the selected trace.
    #[serde(rename = "highlightedTraceAttributeExpressions", alias = "highlighted_trace_attribute_expressions", default, skip_serializing_if = "Option::is_none")]
    pub highlighted_trace_attribute_expressions: Option<Vec<ClickStackHighlightedAttributeExpression>>,
    /// Expressions defining row-level attributes which are displayed in the row side panel for the selected row
    #[serde(rename = "highlightedRowAttributeExpressions", alias = "highlighted_row_attribute_expressions", default, skip_serializing_if = "Option::is_none")]
    pub highlighted_row_attribute_expressions: Option<Vec<ClickStackHighlightedAttributeExpression>>,
    /// This DateTime column is used to display and order search results.
    #[serde(rename = "displayedTimestampValueExpression", alias = "displayed_timestamp_value_expression", default, skip_serializing_if = "Option::is_none")]
    pub displayed_timestamp_value_expression: Option<String>,
    /// Custom ORDER BY expression that overrides the default ordering. Leave empty to use the auto-detected default.
    #[serde(rename = "orderByExpression", alias = "order_by_expression", default, skip_serializing_if = "Option::is_none")]
    pub order_by_expression: Option<String>,
    /// Configure materialized views for query optimization. These pre-aggregated views can significantly improve query performance on aggregation queries.
    #[serde(rename = "materializedViews", alias = "materialized_views", default, skip_serializing_if = "Option::is_none")]
    pub materialized_views: Option<Vec<ClickStackMaterializedView>>,
    #[serde(rename = "metadataMaterializedViews", alias = "metadata_materialized_views", default, skip_serializing_if = "Patch::is_omitted")]
    pub metadata_materialized_views: Patch<ClickStackTraceSourceMetadataMaterializedViews>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackTraceSourceMetadataMaterializedViews {
    /// ClickHouse table name for the key rollup (field discovery).
    #[serde(rename = "keyRollupTable", alias = "key_rollup_table", default, skip_serializing_if = "Option::is_none")]
    pub key_rollup_table: Option<String>,
    /// ClickHouse table name for the key-value rollup (value autocomplete).
    #[serde(rename = "kvRollupTable", alias = "kv_rollup_table", default, skip_serializing_if = "Option::is_none")]
    pub kv_rollup_table: Option<String>,
    /// The time granularity of the rollup tables.
    #[serde(rename = "granularity", default, skip_serializing_if = "Option::is_none")]
    pub granularity: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackUpdateAlertRequest {
    /// Dashboard ID for tile-based alerts.
    #[serde(rename = "dashboardId", alias = "dashboard_id", default, skip_serializing_if = "Patch::is_omitted")]
    pub dashboard_id: Patch<String>,
    /// Tile ID for tile-based alerts. Must be a line, stacked bar, or number type tile.
    #[serde(rename = "tileId", alias = "tile_id", default, skip_serializing_if = "Patch::is_omitted")]
    pub tile_id: Patch<String>,
    /// Saved search ID for saved_search alerts.
    #[serde(rename = "savedSearchId", alias = "saved_search_id", default, skip_serializing_if = "Patch::is_omitted")]
    pub saved_search_id: Patch<String>,
    /// Group-by key for saved search alerts.
    #[serde(rename = "groupBy", alias = "group_by", default, skip_serializing_if = "Patch::is_omitted")]
    pub group_by: Patch<String>,
    #[serde(rename = "chartConfig", alias = "chart_config", default, skip_serializing_if = "Option::is_none")]
    pub chart_config: Option<Value>,
    /// Threshold value for triggering the alert. For between and not_between threshold types, this is the lower bound.
    #[serde(rename = "threshold", default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f64>,
    /// Upper bound for between and not_between threshold types. Required when thresholdType is between or not_between, must be >= threshold.
    #[serde(rename = "thresholdMax", alias = "threshold_max", default, skip_serializing_if = "Patch::is_omitted")]
    pub threshold_max: Patch<f64>,
    /// Evaluation interval for the alert. `30s` requires the 30s alert interval feature to be enabled for your team. Anomaly alerts (detectionMode "anomaly") support only `5m`, `15m`, `30m`, and `1h`; other intervals are rejected with 400.
    #[serde(rename = "interval", default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<String>,
    /// Offset from the interval boundary in minutes. For example, 2 with a 5m interval evaluates windows at :02, :07, :12, etc. (UTC).
    #[serde(rename = "scheduleOffsetMinutes", alias = "schedule_offset_minutes", default, skip_serializing_if = "Patch::is_omitted")]
    pub schedule_offset_minutes: Patch<i64>,
    /// Absolute UTC start time anchor. Alert windows start from this timestamp and repeat every interval.
    #[serde(rename = "scheduleStartAt", alias = "schedule_start_at", default, skip_serializing_if = "Patch::is_omitted")]
    pub schedule_start_at: Patch<Timestamp>,
    /// Alert source type (tile-based or saved search).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Threshold comparison direction.
    #[serde(rename = "thresholdType", alias = "threshold_type", default, skip_serializing_if = "Option::is_none")]
    pub threshold_type: Option<String>,
    #[serde(rename = "channel", default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Value>,
    #[serde(rename = "channels", default, skip_serializing_if = "Option::is_none")]
    pub channels: Option<Vec<Value>>,
    /// Alert name template (Handlebars), rendered as the notification title. When omitted, a default title is generated from the display name, value and threshold.
    #[serde(rename = "name", default, skip_serializing_if = "Patch::is_omitted")]
    pub name: Patch<String>,
    /// Display name shown in the alerts list and in notification titles. Defaults to the name of the referenced saved search, dashboard tile, or inline chart when omitted or null.
    #[serde(rename = "displayName", alias = "display_name", default, skip_serializing_if = "Patch::is_omitted")]
    pub display_name: Patch<String>,
    /// Tags for the alert. Defaults to the tags of the referenced saved search or dashboard when omitted or null; inline alerts have no parent to inherit from and default to an empty list.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Alert message template.
    #[serde(rename = "message", default, skip_serializing_if = "Patch::is_omitted")]
    pub message: Patch<String>,
    /// Freeform note for the alert. Supports markdown formatting.
    #[serde(rename = "note", default, skip_serializing_if = "Patch::is_omitted")]
    pub note: Patch<String>,
    /// Fire the alert only after its condition has been met for this many consecutive evaluation windows. While the condition is met but fewer than this many consecutive windows have violated, the alert is in the PENDING state.
    #[serde(rename = "numConsecutiveWindows", alias = "num_consecutive_windows", default, skip_serializing_if = "Patch::is_omitted")]
    pub num_consecutive_windows: Patch<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackUpdateDashboardRequest {
    /// Dashboard name.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Full list of tiles for the dashboard. Existing tiles are matched by ID; tiles with an ID that does not match an existing tile will be assigned a new generated ID.
    #[serde(rename = "tiles", default, skip_serializing_if = "Option::is_none")]
    pub tiles: Option<Vec<ClickStackTileInput>>,
    /// Tags for organizing and filtering dashboards.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Dropdown filters added to the dashboard. Each one broadcasts its selected value as a condition, acts as a variable which can be referenced in tile queries, or both.
    #[serde(rename = "filters", default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<ClickStackFilter>>,
    /// Optional default dashboard query to persist on the dashboard.
    #[serde(rename = "savedQuery", alias = "saved_query", default, skip_serializing_if = "Patch::is_omitted")]
    pub saved_query: Patch<String>,
    /// Query language used by savedQuery.
    #[serde(rename = "savedQueryLanguage", alias = "saved_query_language", default, skip_serializing_if = "Patch::is_omitted")]
    pub saved_query_language: Patch<String>,
    /// Optional default dashboard filter values to persist on the dashboard.
    #[serde(rename = "savedFilterValues", alias = "saved_filter_values", default, skip_serializing_if = "Option::is_none")]
    pub saved_filter_values: Option<Vec<ClickStackSavedFilterValue>>,
    /// Optional grouping containers. Each tile may join a container via tile.containerId, and a tab inside it via tile.tabId.
    #[serde(rename = "containers", default, skip_serializing_if = "Option::is_none")]
    pub containers: Option<Vec<ClickStackDashboardContainer>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackUpdateRoleRequest {
    /// New role name. Omit to leave the name unchanged.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// New role description.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The replacement set of CASL permissions for the role.
    #[serde(rename = "permissions", default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<ClickStackCASLPermission>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackVariableSavedFilterValue {
    /// Filter type.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The variableName of the dashboard variable this selection belongs to. Only allowed for variable-enabled filters.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Selected values. Ignored when "all" is true.
    #[serde(rename = "values", default, skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<String>>,
    /// Set to true to select every available value rather than a fixed list, which only SOURCE_FILTER filters offer (and only for columns their source declares with allowAll). Send an empty "values" alongside it. Allowed values: true.
    #[serde(rename = "all", default, skip_serializing_if = "Option::is_none")]
    pub all: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickStackWebhookInput {
    /// Webhook name. Must be unique per service within the team.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Webhook service type.
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// Webhook destination URL.
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Webhook description, shown in the UI.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Optional Handlebars request body template. Only for generic/incidentio; rejected for slack. Rejected with a 400 if it does not compile or calls a helper other than `eq` and the Handlebars built-ins.
    #[serde(rename = "body", default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    #[serde(rename = "headers", default, skip_serializing_if = "Option::is_none")]
    pub headers: Option<BTreeMap<String, String>>,
    #[serde(rename = "queryParams", alias = "query_params", default, skip_serializing_if = "Option::is_none")]
    pub query_params: Option<BTreeMap<String, String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreateReversePrivateEndpoint {
    /// Reverse private endpoint description. Maximum length is 255 characters.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Reverse private endpoint type.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// VPC endpoint service name.
    #[serde(rename = "vpcEndpointServiceName", alias = "vpc_endpoint_service_name", default, skip_serializing_if = "Option::is_none")]
    pub vpc_endpoint_service_name: Option<String>,
    /// VPC resource configuration ID. Required for VPC_RESOURCE type.
    #[serde(rename = "vpcResourceConfigurationId", alias = "vpc_resource_configuration_id", default, skip_serializing_if = "Option::is_none")]
    pub vpc_resource_configuration_id: Option<String>,
    /// VPC resource share ARN. Required for VPC_RESOURCE type.
    #[serde(rename = "vpcResourceShareArn", alias = "vpc_resource_share_arn", default, skip_serializing_if = "Option::is_none")]
    pub vpc_resource_share_arn: Option<String>,
    /// MSK cluster ARN. Required for MSK_MULTI_VPC type.
    #[serde(rename = "mskClusterArn", alias = "msk_cluster_arn", default, skip_serializing_if = "Option::is_none")]
    pub msk_cluster_arn: Option<String>,
    /// MSK cluster authentication type. Required for MSK_MULTI_VPC type.
    #[serde(rename = "mskAuthentication", alias = "msk_authentication", default, skip_serializing_if = "Option::is_none")]
    pub msk_authentication: Option<String>,
    /// Private Preview. GCP PSC service attachment URI. Required for GCP_PSC_SERVICE_ATTACHMENT type. Format: projects/{project}/regions/{region}/serviceAttachments/{name}.
    #[serde(rename = "gcpServiceAttachment", alias = "gcp_service_attachment", default, skip_serializing_if = "Option::is_none")]
    pub gcp_service_attachment: Option<String>,
    /// Optional private DNS names for Reverse Private Endpoint. Can be used as data source destination address. Must be unique across the ClickHouse service. Generally available for Google Private Service Connect (PSC). For AWS PrivateLink (VPC endpoint service and VPC resource), available in Private Preview; contact ClickHouse support to enable it for your service. Not supported for MSK multi-VPC. Supports exact names and leading wildcard names such as *.example.com
    #[serde(rename = "customPrivateDnsMappings", alias = "custom_private_dns_mappings", default, skip_serializing_if = "Option::is_none")]
    pub custom_private_dns_mappings: Option<Vec<CustomPrivateDnsMapping>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomPrivateDnsMapping {
    /// Optional private DNS names for Reverse Private Endpoint. Can be used as data source destination address. Must be unique across the ClickHouse service. Generally available for Google Private Service Connect (PSC). For AWS PrivateLink (VPC endpoint service and VPC resource), available in Private Preview; contact ClickHouse support to enable it for your service. Not supported for MSK multi-VPC. Supports exact names and leading wildcard names such as *.example.com
    #[serde(rename = "privateDnsName", alias = "private_dns_name", default, skip_serializing_if = "Option::is_none")]
    pub private_dns_name: Option<String>,
    /// Optional DNS target ID. Supported only for VPC_RESOURCE, where it is the CHILD resource configuration ID (rcfg-…), or the configuration ID for a single resource. Set it at create time to route a custom DNS name to that resource. If the target is not reported in dnsTargets yet, the mapping is not served until it appears; it does not fall back to the default target. If omitted, the default target is used. Once dnsTargets is non-empty, adding or changing a targetId requires an ID in that list; unchanged target IDs are not re-checked.
    #[serde(rename = "targetId", alias = "target_id", default, skip_serializing_if = "Option::is_none")]
    pub target_id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GcpBackupBucketPatchRequestV1 {
    /// Bucket provider
    #[serde(rename = "bucketProvider", alias = "bucket_provider", default, skip_serializing_if = "Option::is_none")]
    pub bucket_provider: Option<String>,
    /// Bucket path
    #[serde(rename = "bucketPath", alias = "bucket_path", default, skip_serializing_if = "Option::is_none")]
    pub bucket_path: Option<String>,
    /// Access Key ID (HMAC key)
    #[serde(rename = "accessKeyId", alias = "access_key_id", default, skip_serializing_if = "Option::is_none")]
    pub access_key_id: Option<String>,
    /// Secret Access Key (HMAC secret key)
    #[serde(rename = "secretAccessKey", alias = "secret_access_key", default, skip_serializing_if = "Option::is_none")]
    pub secret_access_key: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GcpBackupBucketPostRequestV1 {
    /// Bucket provider
    #[serde(rename = "bucketProvider", alias = "bucket_provider", default, skip_serializing_if = "Option::is_none")]
    pub bucket_provider: Option<String>,
    /// Bucket path
    #[serde(rename = "bucketPath", alias = "bucket_path", default, skip_serializing_if = "Option::is_none")]
    pub bucket_path: Option<String>,
    /// Access Key ID (HMAC key)
    #[serde(rename = "accessKeyId", alias = "access_key_id", default, skip_serializing_if = "Option::is_none")]
    pub access_key_id: Option<String>,
    /// Secret Access Key (HMAC secret key)
    #[serde(rename = "secretAccessKey", alias = "secret_access_key", default, skip_serializing_if = "Option::is_none")]
    pub secret_access_key: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InstancePrivateEndpointsPatch {
    /// Elements to add. Executed after "remove" part is processed.
    #[serde(rename = "add", default, skip_serializing_if = "Option::is_none")]
    pub add: Option<Vec<String>>,
    /// Elements to remove. Executed before "add" part is processed.
    #[serde(rename = "remove", default, skip_serializing_if = "Option::is_none")]
    pub remove: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InstanceServiceQueryApiEndpointsPostRequest {
    /// The roles
    #[serde(rename = "roles", default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<String>>,
    /// The version of the service query endpoint
    #[serde(rename = "openApiKeys", alias = "open_api_keys", default, skip_serializing_if = "Option::is_none")]
    pub open_api_keys: Option<Vec<String>>,
    /// The allowed origins as comma separated list of domains
    #[serde(rename = "allowedOrigins", alias = "allowed_origins", default, skip_serializing_if = "Option::is_none")]
    pub allowed_origins: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InstanceTagsPatch {
    /// Elements to add. Executed after "remove" part is processed.
    #[serde(rename = "add", default, skip_serializing_if = "Option::is_none")]
    pub add: Option<Vec<ResourceTagsV1>>,
    /// Elements to remove. Executed before "add" part is processed.
    #[serde(rename = "remove", default, skip_serializing_if = "Option::is_none")]
    pub remove: Option<Vec<ResourceTagsV1>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InvitationPostRequest {
    /// Email of the invited user. Only a user with this email can join using the invitation. The email is stored in a lowercase form.
    #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// DEPRECATED. Use `assignedRoleIds` instead. Role to assign to the invited user in the organization.
    #[serde(rename = "role", default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// List of role IDs to assign to the invited user when they accept the invitation
    #[serde(rename = "assignedRoleIds", alias = "assigned_role_ids", default, skip_serializing_if = "Option::is_none")]
    pub assigned_role_ids: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IpAccessListEntry {
    /// IP or CIDR
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Optional description of IPv4 address or IPv4 CIDR to allow access from
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IpAccessListPatch {
    /// Elements to add. Executed after "remove" part is processed.
    #[serde(rename = "add", default, skip_serializing_if = "Option::is_none")]
    pub add: Option<Vec<IpAccessListEntry>>,
    /// Elements to remove. Executed before "add" part is processed.
    #[serde(rename = "remove", default, skip_serializing_if = "Option::is_none")]
    pub remove: Option<Vec<IpAccessListEntry>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemberPatchRequest {
    /// DEPRECATED. Use `assignedRoleIds` instead. Role of the member in the organization.
    #[serde(rename = "role", default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// List of role IDs to assign to the member
    #[serde(rename = "assignedRoleIds", alias = "assigned_role_ids", default, skip_serializing_if = "Option::is_none")]
    pub assigned_role_ids: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MskIamUser {
    /// IAM access key ID.
    #[serde(rename = "accessKeyId", alias = "access_key_id", default, skip_serializing_if = "Option::is_none")]
    pub access_key_id: Option<String>,
    /// IAM secret key.
    #[serde(rename = "secretKey", alias = "secret_key", default, skip_serializing_if = "Option::is_none")]
    pub secret_key: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganizationPatchPrivateEndpoint {
    /// Private endpoint identifier
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Optional description of private endpoint
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Cloud provider in which the private endpoint is lcoated
    #[serde(rename = "cloudProvider", alias = "cloud_provider", default, skip_serializing_if = "Option::is_none")]
    pub cloud_provider: Option<String>,
    /// Region in which the private endpoint is located
    #[serde(rename = "region", default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganizationPatchRequest {
    /// Name of the organization.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "privateEndpoints", alias = "private_endpoints", default, skip_serializing_if = "Option::is_none")]
    pub private_endpoints: Option<OrganizationPrivateEndpointsPatch>,
    /// Whether crash reports (core dumps) collection is enabled for services in the organization. When disabled at the organization level, individual services cannot enable crash reports.
    #[serde(rename = "enableCoreDumps", alias = "enable_core_dumps", default, skip_serializing_if = "Option::is_none")]
    pub enable_core_dumps: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganizationPrivateEndpointsPatch {
    /// DEPRECATED. Elements to add. Executed after "remove" part is processed. Please use the `Update Service Basic Details` endpoint with the `privateEndpointIds` field instead to modify the private endpoints.
    #[serde(rename = "add", default, skip_serializing_if = "Option::is_none")]
    pub add: Option<Vec<OrganizationPatchPrivateEndpoint>>,
    /// Elements to remove. Executed before "add" part is processed.
    #[serde(rename = "remove", default, skip_serializing_if = "Option::is_none")]
    pub remove: Option<Vec<OrganizationPatchPrivateEndpoint>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PLAIN {
    /// Database username.
    #[serde(rename = "username", default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Database password.
    #[serde(rename = "password", default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
}

/// Postgres [runtime configuration](https://www.postgresql.org/docs/current/runtime-config.html) configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PgConfig {
    /// Sets the maximum number of concurrent connections to the database server.
    #[serde(rename = "max_connections", default, skip_serializing_if = "Option::is_none")]
    pub max_connections: Option<Value>,
    /// Sets the default transaction isolation level for new transactions.
    #[serde(rename = "default_transaction_isolation", default, skip_serializing_if = "Option::is_none")]
    pub default_transaction_isolation: Option<String>,
    /// Sets the minimum SSL/TLS protocol version allowed for client connections.
    #[serde(rename = "ssl_min_protocol_version", default, skip_serializing_if = "Option::is_none")]
    pub ssl_min_protocol_version: Option<String>,
    /// Sets the default compression method for compressible values stored out of line (TOAST).
    #[serde(rename = "default_toast_compression", default, skip_serializing_if = "Option::is_none")]
    pub default_toast_compression: Option<String>,
    /// Sets the maximum memory to be used for maintenance operations.
    #[serde(rename = "maintenance_work_mem", default, skip_serializing_if = "Option::is_none")]
    pub maintenance_work_mem: Option<Value>,
    /// Sets the amount of memory Postgres will use for internal operations like sorting and hashing as part of executing a query.
    #[serde(rename = "work_mem", default, skip_serializing_if = "Option::is_none")]
    pub work_mem: Option<Value>,
    /// Sets the planner's assumption about the total size of data caches.
    #[serde(rename = "effective_cache_size", default, skip_serializing_if = "Option::is_none")]
    pub effective_cache_size: Option<Value>,
    /// Sets the planner's estimate of the cost of a non-sequentially-fetched disk page. Lower values (1.1-1.5) are better for SSDs.
    #[serde(rename = "random_page_cost", default, skip_serializing_if = "Option::is_none")]
    pub random_page_cost: Option<Value>,
    /// Number of concurrent disk I/O operations the planner expects. Higher values (100-200) benefit SSDs.
    #[serde(rename = "effective_io_concurrency", default, skip_serializing_if = "Option::is_none")]
    pub effective_io_concurrency: Option<Value>,
    /// Maximum number of background processes the system can support. Includes parallel query workers, logical replication, and more.
    #[serde(rename = "max_worker_processes", default, skip_serializing_if = "Option::is_none")]
    pub max_worker_processes: Option<Value>,
    /// Maximum number of workers that can be used for parallel operations. Cannot exceed max_worker_processes.
    #[serde(rename = "max_parallel_workers", default, skip_serializing_if = "Option::is_none")]
    pub max_parallel_workers: Option<Value>,
    /// Maximum number of parallel workers per executor node for parallel queries. Use 0 to disable parallel queries.
    #[serde(rename = "max_parallel_workers_per_gather", default, skip_serializing_if = "Option::is_none")]
    pub max_parallel_workers_per_gather: Option<Value>,
    /// Maximum number of parallel workers for maintenance operations like CREATE INDEX and VACUUM.
    #[serde(rename = "max_parallel_maintenance_workers", default, skip_serializing_if = "Option::is_none")]
    pub max_parallel_maintenance_workers: Option<Value>,
    /// Percent of VM memory reserved for the shared_memory, from 25% to 75%. shared_buffers sized to fit in it. Limited to 50% on VMs with memory less or equal 16GB
    #[serde(rename = "shared_memory_percent", default, skip_serializing_if = "Option::is_none")]
    pub shared_memory_percent: Option<Value>,
    /// Sets the maximum memory each session uses for temporary table buffers.
    #[serde(rename = "temp_buffers", default, skip_serializing_if = "Option::is_none")]
    pub temp_buffers: Option<Value>,
    /// Multiple of work_mem that hash-based operations may use.
    #[serde(rename = "hash_mem_multiplier", default, skip_serializing_if = "Option::is_none")]
    pub hash_mem_multiplier: Option<Value>,
    /// Enables the planner's use of parallel hash plans.
    #[serde(rename = "enable_parallel_hash", default, skip_serializing_if = "Option::is_none")]
    pub enable_parallel_hash: Option<String>,
    /// Number of concurrent disk I/O operations used for maintenance work such as vacuum.
    #[serde(rename = "maintenance_io_concurrency", default, skip_serializing_if = "Option::is_none")]
    pub maintenance_io_concurrency: Option<Value>,
    /// Selects the method used to perform asynchronous I/O.
    #[serde(rename = "io_method", default, skip_serializing_if = "Option::is_none")]
    pub io_method: Option<String>,
    /// Number of I/O worker processes used when io_method is worker.
    #[serde(rename = "io_workers", default, skip_serializing_if = "Option::is_none")]
    pub io_workers: Option<Value>,
    /// Sleep time between background writer activity rounds.
    #[serde(rename = "bgwriter_delay", default, skip_serializing_if = "Option::is_none")]
    pub bgwriter_delay: Option<Value>,
    /// Amount of data written by the background writer after which the OS is asked to flush it to disk.
    #[serde(rename = "bgwriter_flush_after", default, skip_serializing_if = "Option::is_none")]
    pub bgwriter_flush_after: Option<Value>,
    /// Maximum number of buffers the background writer writes per round.
    #[serde(rename = "bgwriter_lru_maxpages", default, skip_serializing_if = "Option::is_none")]
    pub bgwriter_lru_maxpages: Option<Value>,
    /// Multiple of the average recent buffer demand that the background writer cleans per round.
    #[serde(rename = "bgwriter_lru_multiplier", default, skip_serializing_if = "Option::is_none")]
    pub bgwriter_lru_multiplier: Option<Value>,
    /// Abort any statement that runs longer than the specified time. Use 0 to disable.
    #[serde(rename = "statement_timeout", default, skip_serializing_if = "Option::is_none")]
    pub statement_timeout: Option<Value>,
    /// Abort any statement that waits longer than the specified time while attempting to acquire a lock. Use 0 to disable.
    #[serde(rename = "lock_timeout", default, skip_serializing_if = "Option::is_none")]
    pub lock_timeout: Option<Value>,
    /// Terminate any session that has been idle for longer than the specified time. Use 0 to disable.
    #[serde(rename = "idle_session_timeout", default, skip_serializing_if = "Option::is_none")]
    pub idle_session_timeout: Option<Value>,
    /// Terminate any session that has been idle within an open transaction for longer than the specified time. Use 0 to disable.
    #[serde(rename = "idle_in_transaction_session_timeout", default, skip_serializing_if = "Option::is_none")]
    pub idle_in_transaction_session_timeout: Option<Value>,
    /// Terminate any statement that takes more than the specified time, even while active. Use 0 to disable.
    #[serde(rename = "transaction_timeout", default, skip_serializing_if = "Option::is_none")]
    pub transaction_timeout: Option<Value>,
    /// Terminate replication connections that are inactive for longer than this time. Use 0 to disable.
    #[serde(rename = "wal_sender_timeout", default, skip_serializing_if = "Option::is_none")]
    pub wal_sender_timeout: Option<Value>,
    /// Minimum size of past WAL files kept in pg_wal for standby servers. Use 0 to disable.
    #[serde(rename = "wal_keep_size", default, skip_serializing_if = "Option::is_none")]
    pub wal_keep_size: Option<Value>,
    /// Minimum size to shrink the WAL to. WAL files are recycled rather than removed when below this size.
    #[serde(rename = "min_wal_size", default, skip_serializing_if = "Option::is_none")]
    pub min_wal_size: Option<Value>,
    /// Maximum size WAL can grow between checkpoints. Larger values improve write performance but increase crash recovery time.
    #[serde(rename = "max_wal_size", default, skip_serializing_if = "Option::is_none")]
    pub max_wal_size: Option<Value>,
    /// Sets the maximum time between automatic WAL checkpoints.
    #[serde(rename = "checkpoint_timeout", default, skip_serializing_if = "Option::is_none")]
    pub checkpoint_timeout: Option<Value>,
    /// Specifies the maximum size of WAL files that replication slots are allowed to retain. Use -1 for unlimited.
    #[serde(rename = "max_slot_wal_keep_size", default, skip_serializing_if = "Option::is_none")]
    pub max_slot_wal_keep_size: Option<Value>,
    /// Compress full-page writes in WAL. Reduces I/O at the cost of CPU. Options vary by PostgreSQL version.
    #[serde(rename = "wal_compression", default, skip_serializing_if = "Option::is_none")]
    pub wal_compression: Option<String>,
    /// Sets the number of disk-page buffers in shared memory for WAL. A number without a unit is in 8 kB pages.
    #[serde(rename = "wal_buffers", default, skip_serializing_if = "Option::is_none")]
    pub wal_buffers: Option<Value>,
    /// Maximum number of replication slots. Standbys and logical replication each use slots.
    #[serde(rename = "max_replication_slots", default, skip_serializing_if = "Option::is_none")]
    pub max_replication_slots: Option<Value>,
    /// Maximum number of simultaneously running WAL sender processes.
    #[serde(rename = "max_wal_senders", default, skip_serializing_if = "Option::is_none")]
    pub max_wal_senders: Option<Value>,
    /// Maximum number of logical replication workers for subscriptions on this server.
    #[serde(rename = "max_logical_replication_workers", default, skip_serializing_if = "Option::is_none")]
    pub max_logical_replication_workers: Option<Value>,
    /// Maximum number of table synchronization workers per subscription.
    #[serde(rename = "max_sync_workers_per_subscription", default, skip_serializing_if = "Option::is_none")]
    pub max_sync_workers_per_subscription: Option<Value>,
    /// Maximum memory used for logical decoding before changes spill to disk.
    #[serde(rename = "logical_decoding_work_mem", default, skip_serializing_if = "Option::is_none")]
    pub logical_decoding_work_mem: Option<Value>,
    /// Maximum number of autovacuum worker processes that can run at the same time. Workers share a single cost-limit budget, so raising this alone may not speed up vacuuming.
    #[serde(rename = "autovacuum_max_workers", default, skip_serializing_if = "Option::is_none")]
    pub autovacuum_max_workers: Option<Value>,
    /// Minimum delay between autovacuum runs. Lower values make autovacuum check for work more frequently.
    #[serde(rename = "autovacuum_naptime", default, skip_serializing_if = "Option::is_none")]
    pub autovacuum_naptime: Option<Value>,
    /// Maximum memory each autovacuum worker uses to track dead tuples. Higher values reduce repeated index-vacuum passes on large tables. Use -1 to fall back to maintenance_work_mem.
    #[serde(rename = "autovacuum_work_mem", default, skip_serializing_if = "Option::is_none")]
    pub autovacuum_work_mem: Option<Value>,
    /// Fraction of a table's rows that must change before autovacuum runs. Lower values vacuum large tables more frequently.
    #[serde(rename = "autovacuum_vacuum_scale_factor", default, skip_serializing_if = "Option::is_none")]
    pub autovacuum_vacuum_scale_factor: Option<Value>,
    /// Fraction of a table's rows that must change before autovacuum runs ANALYZE to refresh planner statistics.
    #[serde(rename = "autovacuum_analyze_scale_factor", default, skip_serializing_if = "Option::is_none")]
    pub autovacuum_analyze_scale_factor: Option<Value>,
    /// Fraction of a table's rows that must be inserted before autovacuum runs. Helps vacuum insert-heavy, rarely-updated tables.
    #[serde(rename = "autovacuum_vacuum_insert_scale_factor", default, skip_serializing_if = "Option::is_none")]
    pub autovacuum_vacuum_insert_scale_factor: Option<Value>,
    /// Minimum number of tuple updates or deletes prior to vacuum.
    #[serde(rename = "autovacuum_vacuum_threshold", default, skip_serializing_if = "Option::is_none")]
    pub autovacuum_vacuum_threshold: Option<Value>,
    /// Minimum number of tuple inserts, updates, or deletes prior to analyze.
    #[serde(rename = "autovacuum_analyze_threshold", default, skip_serializing_if = "Option::is_none")]
    pub autovacuum_analyze_threshold: Option<Value>,
    /// Minimum number of tuple inserts prior to vacuum, or -1 to disable insert vacuums.
    #[serde(rename = "autovacuum_vacuum_insert_threshold", default, skip_serializing_if = "Option::is_none")]
    pub autovacuum_vacuum_insert_threshold: Option<Value>,
    /// Age at which to autovacuum a table to prevent transaction ID wraparound.
    #[serde(rename = "autovacuum_freeze_max_age", default, skip_serializing_if = "Option::is_none")]
    pub autovacuum_freeze_max_age: Option<Value>,
    /// Cost-accounting limit shared across all autovacuum workers before they pause. Use -1 to inherit vacuum_cost_limit.
    #[serde(rename = "autovacuum_vacuum_cost_limit", default, skip_serializing_if = "Option::is_none")]
    pub autovacuum_vacuum_cost_limit: Option<Value>,
    /// Time autovacuum sleeps when the cost limit is reached. Lower values speed up vacuuming at the cost of more I/O.
    #[serde(rename = "autovacuum_vacuum_cost_delay", default, skip_serializing_if = "Option::is_none")]
    pub autovacuum_vacuum_cost_delay: Option<Value>,
    /// Time in milliseconds a manual VACUUM sleeps when its cost limit is exceeded. 0 disables cost-based delay.
    #[serde(rename = "vacuum_cost_delay", default, skip_serializing_if = "Option::is_none")]
    pub vacuum_cost_delay: Option<Value>,
    /// Logs statements that run at least this many milliseconds. 0 logs all statements; -1 disables.
    #[serde(rename = "log_min_duration_statement", default, skip_serializing_if = "Option::is_none")]
    pub log_min_duration_statement: Option<Value>,
    /// Logs temporary files of at least this size in kilobytes. 0 logs all temporary files; -1 disables.
    #[serde(rename = "log_temp_files", default, skip_serializing_if = "Option::is_none")]
    pub log_temp_files: Option<Value>,
    /// Logs a message when a session waits longer than deadlock_timeout to acquire a lock.
    #[serde(rename = "log_lock_waits", default, skip_serializing_if = "Option::is_none")]
    pub log_lock_waits: Option<String>,
    /// Maximum bytes of each bind parameter value logged with statements. 0 disables; -1 logs values in full.
    #[serde(rename = "log_parameter_max_length", default, skip_serializing_if = "Option::is_none")]
    pub log_parameter_max_length: Option<Value>,
    /// Bytes reserved to store the text of the currently running command of each session, shown in pg_stat_activity.
    #[serde(rename = "track_activity_query_size", default, skip_serializing_if = "Option::is_none")]
    pub track_activity_query_size: Option<Value>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostgresInstanceConfig {
    #[serde(rename = "pgConfig", alias = "pg_config", default, skip_serializing_if = "Option::is_none")]
    pub pg_config: Option<PgConfig>,
    #[serde(rename = "pgBouncerConfig", alias = "pg_bouncer_config", default, skip_serializing_if = "Option::is_none")]
    pub pg_bouncer_config: Option<BTreeMap<String, String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostgresIpAccessListEntry {
    /// Rule ID returned by the service. Include it when editing an existing rule; omit it when creating a rule.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// IPv4 address or CIDR allowed to connect. Returned as a canonical CIDR.
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Port or inclusive range, from 1 to 65535. Use "5432" for Postgres, "6432" for PgBouncer, or a range such as "5432..6432".
    #[serde(rename = "portRange", alias = "port_range", default, skip_serializing_if = "Option::is_none")]
    pub port_range: Option<String>,
    /// Optional description of the access list entry.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostgresIpAccessListPatch {
    /// Rules to create or edit after removals. Omit id to create a TCP rule, or include the returned id to edit an existing rule. Updates can partially succeed; read the current list before retrying.
    #[serde(rename = "add", default, skip_serializing_if = "Option::is_none")]
    pub add: Option<Vec<PostgresIpAccessListEntry>>,
    /// Rules to remove by their returned IDs before creating or editing rules.
    #[serde(rename = "remove", default, skip_serializing_if = "Option::is_none")]
    pub remove: Option<Vec<PostgresIpAccessListRuleReference>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostgresIpAccessListRuleReference {
    /// Rule ID returned by the service.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostgresServicePatchRequest {
    #[serde(rename = "ipAccessList", alias = "ip_access_list", default, skip_serializing_if = "Option::is_none")]
    pub ip_access_list: Option<PostgresIpAccessListPatch>,
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "size", default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    #[serde(rename = "haType", alias = "ha_type", default, skip_serializing_if = "Option::is_none")]
    pub ha_type: Option<String>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<ResourceTagsV1>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostgresServicePostRequest {
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "provider", default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    #[serde(rename = "region", default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(rename = "postgresVersion", alias = "postgres_version", default, skip_serializing_if = "Option::is_none")]
    pub postgres_version: Option<String>,
    #[serde(rename = "size", default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    #[serde(rename = "haType", alias = "ha_type", default, skip_serializing_if = "Option::is_none")]
    pub ha_type: Option<String>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<ResourceTagsV1>>,
    /// IPv4 TCP access rules to apply when creating the service. Omit to allow all IPv4 and IPv6 addresses on Postgres (5432) and PgBouncer (6432). Provide an empty list to block public access. When provided, only these rules are allowed; include separate rules for each required port.
    #[serde(rename = "ipAccessList", alias = "ip_access_list", default, skip_serializing_if = "Option::is_none")]
    pub ip_access_list: Option<Vec<PostgresIpAccessListEntry>>,
    #[serde(rename = "pgConfig", alias = "pg_config", default, skip_serializing_if = "Option::is_none")]
    pub pg_config: Option<PgConfig>,
    #[serde(rename = "pgBouncerConfig", alias = "pg_bouncer_config", default, skip_serializing_if = "Option::is_none")]
    pub pg_bouncer_config: Option<BTreeMap<String, String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostgresServiceReadReplicaRequest {
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "pgConfig", alias = "pg_config", default, skip_serializing_if = "Option::is_none")]
    pub pg_config: Option<PgConfig>,
    #[serde(rename = "pgBouncerConfig", alias = "pg_bouncer_config", default, skip_serializing_if = "Option::is_none")]
    pub pg_bouncer_config: Option<BTreeMap<String, String>>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<ResourceTagsV1>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostgresServiceRestoreRequest {
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "restoreTarget", alias = "restore_target", default, skip_serializing_if = "Option::is_none")]
    pub restore_target: Option<Timestamp>,
    #[serde(rename = "pgConfig", alias = "pg_config", default, skip_serializing_if = "Option::is_none")]
    pub pg_config: Option<PgConfig>,
    #[serde(rename = "pgBouncerConfig", alias = "pg_bouncer_config", default, skip_serializing_if = "Option::is_none")]
    pub pg_bouncer_config: Option<BTreeMap<String, String>>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<ResourceTagsV1>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostgresServiceSetPassword {
    #[serde(rename = "password", default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostgresServiceSetState {
    /// Postgres status, which initiates a process.
    #[serde(rename = "command", default, skip_serializing_if = "Option::is_none")]
    pub command: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublicQueryApiEndpointRequest {
    /// Name of the Query API endpoint.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// SQL executed by the endpoint.
    #[serde(rename = "sql", default, skip_serializing_if = "Option::is_none")]
    pub sql: Option<String>,
    /// Database used by the Query API endpoint.
    #[serde(rename = "database", default, skip_serializing_if = "Option::is_none")]
    pub database: Option<String>,
    /// Default query parameters.
    #[serde(rename = "parameters", default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<BTreeMap<String, String>>,
    /// API key IDs allowed to call the endpoint.
    #[serde(rename = "apiKeyIds", alias = "api_key_ids", default, skip_serializing_if = "Option::is_none")]
    pub api_key_ids: Option<Vec<Uuid>>,
    /// Database roles used by the endpoint.
    #[serde(rename = "roles", default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<String>>,
    /// Origins allowed by the endpoint CORS policy.
    #[serde(rename = "allowedOrigins", alias = "allowed_origins", default, skip_serializing_if = "Option::is_none")]
    pub allowed_origins: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublicSavedQueryRequest {
    /// Name of the saved query.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Saved SQL query.
    #[serde(rename = "sql", default, skip_serializing_if = "Option::is_none")]
    pub sql: Option<String>,
    /// Database used by the saved query.
    #[serde(rename = "database", default, skip_serializing_if = "Option::is_none")]
    pub database: Option<String>,
    /// Default query parameters.
    #[serde(rename = "parameters", default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<BTreeMap<String, String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RBACPolicyCreateRequest {
    /// Whether this policy allows or denies access
    #[serde(rename = "allowDeny", alias = "allow_deny", default, skip_serializing_if = "Option::is_none")]
    pub allow_deny: Option<String>,
    /// List of permissions to grant or deny (e.g., ["control-plane:organization:view"])
    #[serde(rename = "permissions", default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<String>>,
    /// List of resource IDs this policy applies to (e.g., ["instance/uuid", "instance/*"])
    #[serde(rename = "resources", default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<Vec<String>>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<RBACPolicyTags>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RBACPolicyTags {
    /// Optional list of database grants (e.g., database names)
    #[serde(rename = "grants", default, skip_serializing_if = "Option::is_none")]
    pub grants: Option<Vec<String>>,
    /// Optional SQL console role type
    #[serde(rename = "roleV2", alias = "role_v2", default, skip_serializing_if = "Option::is_none")]
    pub role_v2: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReplicaAwareRoutingPatchRequest {
    /// Whether replica aware routing is enabled for HTTP connections. Omit to leave unchanged.
    #[serde(rename = "httpEnabled", alias = "http_enabled", default, skip_serializing_if = "Option::is_none")]
    pub http_enabled: Option<bool>,
    /// Whether replica aware routing is enabled for native protocol connections. Omit to leave unchanged.
    #[serde(rename = "nativeEnabled", alias = "native_enabled", default, skip_serializing_if = "Option::is_none")]
    pub native_enabled: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResourceTagsV1 {
    /// Tag key. Must be alphanumeric with dashes, underscores and dots.
    #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Tag value. Must be alphanumeric with dashes, underscores and dots.
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleCreateRequest {
    /// Name of the role
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// List of actor resource IDs to assign to this role (e.g., ["user/uuid", "apiKey/uuid"])
    #[serde(rename = "actors", default, skip_serializing_if = "Option::is_none")]
    pub actors: Option<Vec<String>>,
    /// List of policies to create for this role
    #[serde(rename = "policies", default, skip_serializing_if = "Option::is_none")]
    pub policies: Option<Vec<RBACPolicyCreateRequest>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleUpdateRequest {
    /// New name for the role
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// New list of actor resource IDs (replaces existing actors)
    #[serde(rename = "actors", default, skip_serializing_if = "Option::is_none")]
    pub actors: Option<Vec<String>>,
    /// New list of policies (replaces existing policies)
    #[serde(rename = "policies", default, skip_serializing_if = "Option::is_none")]
    pub policies: Option<Vec<RBACPolicyCreateRequest>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScalingScheduleEntryRequest {
    /// Human-readable label for this schedule entry.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Days of the week this entry applies to. 0 = Sunday, 1 = Monday, …, 6 = Saturday.
    #[serde(rename = "weekdays", default, skip_serializing_if = "Option::is_none")]
    pub weekdays: Option<Vec<i64>>,
    /// UTC hour (0–23) when this entry becomes active (inclusive).
    #[serde(rename = "startHourUtc", alias = "start_hour_utc", default, skip_serializing_if = "Option::is_none")]
    pub start_hour_utc: Option<i64>,
    /// UTC hour (1–24) when this entry deactivates (exclusive). Must differ from startHourUtc. Set to 24 to end at midnight. Values less than startHourUtc create an overnight window spanning midnight.
    #[serde(rename = "endHourUtc", alias = "end_hour_utc", default, skip_serializing_if = "Option::is_none")]
    pub end_hour_utc: Option<i64>,
    /// Autoscaling mode for this entry. "vertical" (the default when omitted) runs a fixed replica count while memory scales between minReplicaMemoryGb and maxReplicaMemoryGb; "horizontal" scales the replica count between minReplicas and maxReplicas at a fixed per-replica memory (minReplicaMemoryGb equal to maxReplicaMemoryGb). Horizontal requires the feature to be enabled for the organization.
    #[serde(rename = "autoscalingMode", alias = "autoscaling_mode", default, skip_serializing_if = "Option::is_none")]
    pub autoscaling_mode: Option<String>,
    /// Minimum memory per replica (Gb). Optional for vertical entries — provide both bounds for a memory range, or omit both to inherit memory from the base scaling config. Required for horizontal (both bounds, equal to maxReplicaMemoryGb — memory is fixed while the replica count scales). The upper bound is tier-dependent (lower for non-paid organizations) and enforced when the entry is applied.
    #[serde(rename = "minReplicaMemoryGb", alias = "min_replica_memory_gb", default, skip_serializing_if = "Option::is_none")]
    pub min_replica_memory_gb: Option<f64>,
    /// Maximum memory per replica (Gb). Optional for vertical entries — provide both bounds for a memory range, or omit both to inherit memory from the base scaling config. Required for horizontal (both bounds, equal to minReplicaMemoryGb — memory is fixed while the replica count scales). The upper bound is tier-dependent (lower for non-paid organizations) and enforced when the entry is applied.
    #[serde(rename = "maxReplicaMemoryGb", alias = "max_replica_memory_gb", default, skip_serializing_if = "Option::is_none")]
    pub max_replica_memory_gb: Option<f64>,
    /// Fixed replica count for a vertical entry (autoscalingMode "vertical" or omitted). Mutually exclusive with minReplicas/maxReplicas. The per-service replica maximum is variable (tier-dependent, configurable per service) and enforced when the entry is applied, not at request time.
    #[serde(rename = "numReplicas", alias = "num_replicas", default, skip_serializing_if = "Option::is_none")]
    pub num_replicas: Option<i64>,
    /// Minimum number of replicas. A minReplicas/maxReplicas band scales the replica count in a horizontal entry (autoscalingMode "horizontal"); when autoscalingMode is omitted or "vertical", an equal band (minReplicas === maxReplicas) is instead an accepted vertical fixed count and needs no horizontal entitlement. Must be provided together with maxReplicas. The per-service replica maximum is variable (tier-dependent, configurable per service) and enforced when the entry is applied, not at request time.
    #[serde(rename = "minReplicas", alias = "min_replicas", default, skip_serializing_if = "Option::is_none")]
    pub min_replicas: Option<i64>,
    /// Maximum number of replicas. A minReplicas/maxReplicas band scales the replica count in a horizontal entry (autoscalingMode "horizontal"); when autoscalingMode is omitted or "vertical", an equal band (minReplicas === maxReplicas) is instead an accepted vertical fixed count and needs no horizontal entitlement. Must be provided together with minReplicas. The per-service replica maximum is variable (tier-dependent, configurable per service) and enforced when the entry is applied, not at request time.
    #[serde(rename = "maxReplicas", alias = "max_replicas", default, skip_serializing_if = "Option::is_none")]
    pub max_replicas: Option<i64>,
    /// Whether idle scaling is enabled during this window.
    #[serde(rename = "idleScaling", alias = "idle_scaling", default, skip_serializing_if = "Option::is_none")]
    pub idle_scaling: Option<bool>,
    /// Idle timeout in minutes during this window.
    #[serde(rename = "idleTimeoutMinutes", alias = "idle_timeout_minutes", default, skip_serializing_if = "Option::is_none")]
    pub idle_timeout_minutes: Option<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScalingSchedulePostRequest {
    /// List of schedule entries. Pass an empty array to clear the schedule.
    #[serde(rename = "entries", default, skip_serializing_if = "Option::is_none")]
    pub entries: Option<Vec<ScalingScheduleEntryRequest>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServicPrivateEndpointePostRequest {
    /// Private endpoint identifier
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Description of private endpoint
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceAccount {
    /// Google Cloud service account JSON key file content, base64 encoded.
    #[serde(rename = "serviceAccountFile", alias = "service_account_file", default, skip_serializing_if = "Option::is_none")]
    pub service_account_file: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceClickhouseSettingsPatchRequest {
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<BTreeMap<String, StrOrInt>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceEndpointChange {
    /// Endpoint protocol
    #[serde(rename = "protocol", default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// Enable or disable the endpoint
    #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServicePasswordPatchRequest {
    /// Optional password hash. Used to avoid password transmission over network. If not provided a new password is generated and is provided in the response. Otherwise this hash is used. Algorithm: echo -n "yourpassword" | sha256sum | tr -d '-' | xxd -r -p | base64
    #[serde(rename = "newPasswordHash", alias = "new_password_hash", default, skip_serializing_if = "Option::is_none")]
    pub new_password_hash: Option<String>,
    /// Optional double SHA1 password hash for MySQL protocol. If newPasswordHash is not provided this key will be ignored and the generated password will be used. Algorithm: echo -n "yourpassword" | sha1sum | tr -d '-' | xxd -r -p | sha1sum | tr -d '-'
    #[serde(rename = "newDoubleSha1Hash", alias = "new_double_sha1_hash", default, skip_serializing_if = "Option::is_none")]
    pub new_double_sha1_hash: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServicePatchRequest {
    /// Name of the service. Alphanumerical string with whitespaces up to 50 characters.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "ipAccessList", alias = "ip_access_list", default, skip_serializing_if = "Option::is_none")]
    pub ip_access_list: Option<IpAccessListPatch>,
    #[serde(rename = "privateEndpointIds", alias = "private_endpoint_ids", default, skip_serializing_if = "Option::is_none")]
    pub private_endpoint_ids: Option<InstancePrivateEndpointsPatch>,
    /// Select fast if you want to get new ClickHouse releases as soon as they are available. You'll get new features faster, but with a higher risk of bugs. Select slow if you would like to defer releases to give yourself more time to test. This feature is only available for production services. default is the regular release channel. All services in a warehouse share one release channel, so changing it on one service changes it for all of them. Changing it through a secondary service also requires the `control-plane:service:manage` permission on the warehouse's primary service.
    #[serde(rename = "releaseChannel", alias = "release_channel", default, skip_serializing_if = "Option::is_none")]
    pub release_channel: Option<String>,
    /// List of service endpoints to change
    #[serde(rename = "endpoints", default, skip_serializing_if = "Option::is_none")]
    pub endpoints: Option<Vec<ServiceEndpointChange>>,
    /// The id of the key to rotate
    #[serde(rename = "transparentDataEncryptionKeyId", alias = "transparent_data_encryption_key_id", default, skip_serializing_if = "Option::is_none")]
    pub transparent_data_encryption_key_id: Option<String>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<InstanceTagsPatch>,
    /// If true, the underlying infra is enabled for collecting core dumps.
    #[serde(rename = "enableCoreDumps", alias = "enable_core_dumps", default, skip_serializing_if = "Option::is_none")]
    pub enable_core_dumps: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServicePostRequest {
    /// Name of the service. Alphanumerical string with whitespaces up to 50 characters.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Cloud provider
    #[serde(rename = "provider", default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// Service region.
    #[serde(rename = "region", default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// DEPRECATED for BASIC, SCALE and ENTERPRISE organization tiers. Use `minReplicaMemoryGb`, `maxReplicaMemoryGb`, and `numReplicas` instead. Tier of the service: 'development', 'production'. Production services scale, Development are fixed size. Azure services don't support Development tier
    #[serde(rename = "tier", default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<String>,
    /// List of IP addresses allowed to access the service
    #[serde(rename = "ipAccessList", alias = "ip_access_list", default, skip_serializing_if = "Option::is_none")]
    pub ip_access_list: Option<Vec<IpAccessListEntry>>,
    /// DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `minReplicaMemoryGb` instead. Minimum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and greater than or equal to 24. Always absent for horizontal-autoscaling services (replica count is variable).
    #[serde(rename = "minTotalMemoryGb", alias = "min_total_memory_gb", default, skip_serializing_if = "Option::is_none")]
    pub min_total_memory_gb: Option<f64>,
    /// DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `maxReplicaMemoryGb` instead. Maximum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and lower than or equal to 360 for non paid services or 1068 for paid services. Always absent for horizontal-autoscaling services (replica count is variable).
    #[serde(rename = "maxTotalMemoryGb", alias = "max_total_memory_gb", default, skip_serializing_if = "Option::is_none")]
    pub max_total_memory_gb: Option<f64>,
    /// Autoscaling mode. "vertical" (the default when omitted) runs a fixed replica count while memory scales between minReplicaMemoryGb and maxReplicaMemoryGb; "horizontal" scales the replica count between minReplicas and maxReplicas at a fixed per-replica memory (minReplicaMemoryGb equal to maxReplicaMemoryGb). Horizontal requires the feature to be enabled for the organization.
    #[serde(rename = "autoscalingMode", alias = "autoscaling_mode", default, skip_serializing_if = "Option::is_none")]
    pub autoscaling_mode: Option<String>,
    /// Minimum total memory of each replica during auto-scaling in Gb. A range in vertical autoscaling; equal to maxReplicaMemoryGb in horizontal (memory is fixed while the replica count scales). Must be a multiple of 4 and greater than or equal to 8.
    #[serde(rename = "minReplicaMemoryGb", alias = "min_replica_memory_gb", default, skip_serializing_if = "Option::is_none")]
    pub min_replica_memory_gb: Option<f64>,
    /// Maximum total memory of each replica during auto-scaling in Gb. A range in vertical autoscaling; equal to minReplicaMemoryGb in horizontal (memory is fixed while the replica count scales). Must be a multiple of 4 and lower than or equal to 120* for non paid services or 356* for paid services.* - maximum replica size subject to cloud provider hardware availability in your selected region.
    #[serde(rename = "maxReplicaMemoryGb", alias = "max_replica_memory_gb", default, skip_serializing_if = "Option::is_none")]
    pub max_replica_memory_gb: Option<f64>,
    /// Fixed replica count for vertical autoscaling (autoscalingMode "vertical" or omitted). Mutually exclusive with minReplicas/maxReplicas.
    #[serde(rename = "numReplicas", alias = "num_replicas", default, skip_serializing_if = "Option::is_none")]
    pub num_replicas: Option<i64>,
    /// Minimum number of replicas. A minReplicas/maxReplicas band scales the replica count in horizontal autoscaling (autoscalingMode "horizontal"). Must be provided together with maxReplicas. Mutually exclusive with numReplicas. Requires horizontal autoscaling to be enabled for the organization, unless autoscalingMode is omitted or "vertical" and minReplicas equals maxReplicas (an equal band is then an accepted vertical fixed count and needs no horizontal entitlement).
    #[serde(rename = "minReplicas", alias = "min_replicas", default, skip_serializing_if = "Option::is_none")]
    pub min_replicas: Option<i64>,
    /// Maximum number of replicas. A minReplicas/maxReplicas band scales the replica count in horizontal autoscaling (autoscalingMode "horizontal"). Must be provided together with minReplicas. Mutually exclusive with numReplicas. Requires horizontal autoscaling to be enabled for the organization, unless autoscalingMode is omitted or "vertical" and minReplicas equals maxReplicas (an equal band is then an accepted vertical fixed count and needs no horizontal entitlement).
    #[serde(rename = "maxReplicas", alias = "max_replicas", default, skip_serializing_if = "Option::is_none")]
    pub max_replicas: Option<i64>,
    /// When set to true the service is allowed to scale down to zero when idle. True by default.
    #[serde(rename = "idleScaling", alias = "idle_scaling", default, skip_serializing_if = "Option::is_none")]
    pub idle_scaling: Option<bool>,
    /// Set minimum idling timeout (in minutes). Must be >= 5 minutes.
    #[serde(rename = "idleTimeoutMinutes", alias = "idle_timeout_minutes", default, skip_serializing_if = "Option::is_none")]
    pub idle_timeout_minutes: Option<f64>,
    /// True if this service is read-only. It can only be read-only if a dataWarehouseId is provided.
    #[serde(rename = "isReadonly", alias = "is_readonly", default, skip_serializing_if = "Option::is_none")]
    pub is_readonly: Option<bool>,
    /// Data warehouse containing this service
    #[serde(rename = "dataWarehouseId", alias = "data_warehouse_id", default, skip_serializing_if = "Option::is_none")]
    pub data_warehouse_id: Option<String>,
    /// Optional backup ID used as an initial state for the new service. When used the region and the tier of the new instance must be the same as the values of the original instance. If the backup is stored in your organization's own bucket, `backupEncryptionConfig` is required; it must be omitted otherwise.
    #[serde(rename = "backupId", alias = "backup_id", default, skip_serializing_if = "Option::is_none")]
    pub backup_id: Option<Uuid>,
    #[serde(rename = "backupEncryptionConfig", alias = "backup_encryption_config", default, skip_serializing_if = "Option::is_none")]
    pub backup_encryption_config: Option<Map<String, Value>>,
    /// DEPRECATED. To associate the service with private endpoints, first create the service, then use the `Update Service Basic Details` endpoint with the `privateEndpointIds` field to modify private endpoints.
    #[serde(rename = "privateEndpointIds", alias = "private_endpoint_ids", default, skip_serializing_if = "Option::is_none")]
    pub private_endpoint_ids: Option<Vec<String>>,
    /// Accept the private preview terms and conditions. It is only needed when creating the first service in the organization in case of a private preview
    #[serde(rename = "privatePreviewTermsChecked", alias = "private_preview_terms_checked", default, skip_serializing_if = "Option::is_none")]
    pub private_preview_terms_checked: Option<bool>,
    /// Select fast if you want to get new ClickHouse releases as soon as they are available. You'll get new features faster, but with a higher risk of bugs. Select slow if you would like to defer releases to give yourself more time to test. This feature is only available for production services. default is the regular release channel.
    #[serde(rename = "releaseChannel", alias = "release_channel", default, skip_serializing_if = "Option::is_none")]
    pub release_channel: Option<String>,
    /// This is the ID returned after setting up a region for Bring Your Own Cloud (BYOC). When the byocId parameter is specified, the minReplicaMemoryGb and the maxReplicaGb parameters are required too, with values included among the following sizes: 48, 116, 172, 232.
    #[serde(rename = "byocId", alias = "byoc_id", default, skip_serializing_if = "Option::is_none")]
    pub byoc_id: Option<String>,
    /// True if the service should have the Transparent Data Encryption (TDE) enabled. TDE is only available for ENTERPRISE organizations tiers and can only be enabled at service creation.
    #[serde(rename = "hasTransparentDataEncryption", alias = "has_transparent_data_encryption", default, skip_serializing_if = "Option::is_none")]
    pub has_transparent_data_encryption: Option<bool>,
    /// List of service endpoints to enable or disable
    #[serde(rename = "endpoints", default, skip_serializing_if = "Option::is_none")]
    pub endpoints: Option<Vec<ServiceEndpointChange>>,
    /// Custom instance profile. Only available for ENTERPRISE and BYOC organization tiers. Standard values: 'v1-default', 'v1-highmem-xs', 'v1-highmem-s', 'v1-highmem-m', 'v1-highmem-l', 'v1-highmem-xl'. BYOC services may instead use a dynamic BYOC profile configured for their infrastructure (e.g. 'v1-standard-byoc-4'); it requires byocId, and minReplicaMemoryGb and maxReplicaMemoryGb must both equal the profile's memory size. Use the serviceProfiles endpoint to list the profiles available to the organization.
    #[serde(rename = "profile", default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    /// Type of regulatory compliance for service.
    #[serde(rename = "complianceType", alias = "compliance_type", default, skip_serializing_if = "Option::is_none")]
    pub compliance_type: Option<String>,
    /// Tags associated with the service.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<ResourceTagsV1>>,
    /// Enables the underlying infra for collecting core dumps. Default is enabled.
    #[serde(rename = "enableCoreDumps", alias = "enable_core_dumps", default, skip_serializing_if = "Option::is_none")]
    pub enable_core_dumps: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceReplicaScalingPatchRequest {
    /// Minimum auto-scaling memory in Gb for a single replica. Available only for 'production' services. Must be a multiple of 4 and greater than or equal to 8. A range in vertical autoscaling; equal to maxReplicaMemoryGb in horizontal.
    #[serde(rename = "minReplicaMemoryGb", alias = "min_replica_memory_gb", default, skip_serializing_if = "Option::is_none")]
    pub min_replica_memory_gb: Option<f64>,
    /// Maximum auto-scaling memory in Gb for a single replica. Available only for 'production' services. Must be a multiple of 4 and lower than or equal to 120 for non paid services or 356 for paid services. A range in vertical autoscaling; equal to minReplicaMemoryGb in horizontal.
    #[serde(rename = "maxReplicaMemoryGb", alias = "max_replica_memory_gb", default, skip_serializing_if = "Option::is_none")]
    pub max_replica_memory_gb: Option<f64>,
    /// Target autoscaling mode. Omit to keep the service on its current mode. "vertical" runs a fixed replica count while memory scales between minReplicaMemoryGb and maxReplicaMemoryGb; "horizontal" scales the replica count between minReplicas and maxReplicas at a fixed per-replica memory (minReplicaMemoryGb equal to maxReplicaMemoryGb). Switching to horizontal requires the feature to be enabled for the organization.
    #[serde(rename = "autoscalingMode", alias = "autoscaling_mode", default, skip_serializing_if = "Option::is_none")]
    pub autoscaling_mode: Option<String>,
    /// Fixed replica count for vertical autoscaling (autoscalingMode "vertical"). Mutually exclusive with minReplicas/maxReplicas. When switching to vertical (autoscalingMode "vertical") with numReplicas and no memory, the service's stored baseline per-replica memory is kept as the new vertical range. Please contact support to enable adjustment of numReplicas.
    #[serde(rename = "numReplicas", alias = "num_replicas", default, skip_serializing_if = "Option::is_none")]
    pub num_replicas: Option<i64>,
    /// Minimum number of replicas. A minReplicas/maxReplicas band scales the replica count in horizontal autoscaling (autoscalingMode "horizontal"). Must be provided together with maxReplicas. Mutually exclusive with numReplicas. Requires horizontal autoscaling to be enabled for the service, unless autoscalingMode is omitted or "vertical" and minReplicas equals maxReplicas (an equal band is then an accepted vertical fixed count and needs no horizontal entitlement).
    #[serde(rename = "minReplicas", alias = "min_replicas", default, skip_serializing_if = "Option::is_none")]
    pub min_replicas: Option<i64>,
    /// Maximum number of replicas. A minReplicas/maxReplicas band scales the replica count in horizontal autoscaling (autoscalingMode "horizontal"). Must be provided together with minReplicas. Mutually exclusive with numReplicas. Requires horizontal autoscaling to be enabled for the service, unless autoscalingMode is omitted or "vertical" and minReplicas equals maxReplicas (an equal band is then an accepted vertical fixed count and needs no horizontal entitlement).
    #[serde(rename = "maxReplicas", alias = "max_replicas", default, skip_serializing_if = "Option::is_none")]
    pub max_replicas: Option<i64>,
    /// When set to true the service is allowed to scale down to zero when idle. True by default.
    #[serde(rename = "idleScaling", alias = "idle_scaling", default, skip_serializing_if = "Option::is_none")]
    pub idle_scaling: Option<bool>,
    /// Set minimum idling timeout (in minutes). Must be >= 5 minutes.
    #[serde(rename = "idleTimeoutMinutes", alias = "idle_timeout_minutes", default, skip_serializing_if = "Option::is_none")]
    pub idle_timeout_minutes: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceScalingPatchRequest {
    /// DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `minReplicaMemoryGb` instead. Minimum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and greater than or equal to 24. Always absent for horizontal-autoscaling services (replica count is variable).
    #[serde(rename = "minTotalMemoryGb", alias = "min_total_memory_gb", default, skip_serializing_if = "Option::is_none")]
    pub min_total_memory_gb: Option<f64>,
    /// DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `maxReplicaMemoryGb` instead. Maximum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and lower than or equal to 360 for non paid services or 1068 for paid services. Always absent for horizontal-autoscaling services (replica count is variable).
    #[serde(rename = "maxTotalMemoryGb", alias = "max_total_memory_gb", default, skip_serializing_if = "Option::is_none")]
    pub max_total_memory_gb: Option<f64>,
    /// Number of replicas for the service. The number of replicas must be between 2 and 50 for the first service in a warehouse. Services that are created in an existing warehouse can have a number of replicas as low as 1. Further restrictions may apply based on your organization's tier and its per-warehouse replica limit. It defaults to 1 for the BASIC tier and 3 for the SCALE and ENTERPRISE tiers.
    #[serde(rename = "numReplicas", alias = "num_replicas", default, skip_serializing_if = "Option::is_none")]
    pub num_replicas: Option<i64>,
    /// When set to true the service is allowed to scale down to zero when idle. True by default.
    #[serde(rename = "idleScaling", alias = "idle_scaling", default, skip_serializing_if = "Option::is_none")]
    pub idle_scaling: Option<bool>,
    /// Set minimum idling timeout (in minutes). Must be >= 5 minutes.
    #[serde(rename = "idleTimeoutMinutes", alias = "idle_timeout_minutes", default, skip_serializing_if = "Option::is_none")]
    pub idle_timeout_minutes: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceStatePatchRequest {
    /// Command to change the state: 'start', 'stop', 'awake'.
    #[serde(rename = "command", default, skip_serializing_if = "Option::is_none")]
    pub command: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SnapshotConfigurationPatchRequest {
    /// Whether scheduled snapshots are enabled for the service.
    #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Interval between snapshots, in minutes. Set together with timeFrame; only supported preset pairs are accepted.
    #[serde(rename = "gap", default, skip_serializing_if = "Option::is_none")]
    pub gap: Option<f64>,
    /// Retention window the snapshots cover, in minutes. Set together with gap; only supported preset pairs are accepted.
    #[serde(rename = "timeFrame", alias = "time_frame", default, skip_serializing_if = "Option::is_none")]
    pub time_frame: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UdfArgument {
    /// Name of the argument. Required for Native and JSONEachRow formats.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// ClickHouse data type of the argument.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UdfAttachRequest {
    /// Version to attach. When omitted, the latest ready version is attached.
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UdfCreateRequest {
    /// Identifier of the uploaded source archive.
    #[serde(rename = "uploadId", alias = "upload_id", default, skip_serializing_if = "Option::is_none")]
    pub upload_id: Option<Uuid>,
    #[serde(rename = "runtime", default, skip_serializing_if = "Option::is_none")]
    pub runtime: Option<String>,
    #[serde(rename = "arguments", default, skip_serializing_if = "Option::is_none")]
    pub arguments: Option<Vec<UdfArgument>>,
    #[serde(rename = "returnType", alias = "return_type", default, skip_serializing_if = "Option::is_none")]
    pub return_type: Option<String>,
    #[serde(rename = "returnName", alias = "return_name", default, skip_serializing_if = "Patch::is_omitted")]
    pub return_name: Patch<String>,
    #[serde(rename = "commandReadTimeout", alias = "command_read_timeout", default, skip_serializing_if = "Option::is_none")]
    pub command_read_timeout: Option<i64>,
    #[serde(rename = "commandWriteTimeout", alias = "command_write_timeout", default, skip_serializing_if = "Option::is_none")]
    pub command_write_timeout: Option<i64>,
    #[serde(rename = "memoryLimitMib", alias = "memory_limit_mib", default, skip_serializing_if = "Patch::is_omitted")]
    pub memory_limit_mib: Patch<i64>,
    #[serde(rename = "sendChunkHeader", alias = "send_chunk_header", default, skip_serializing_if = "Option::is_none")]
    pub send_chunk_header: Option<bool>,
    /// Marks the UDF as deterministic so ClickHouse can reuse cached query results. Only set this when the UDF always returns the same result for the same arguments.
    #[serde(rename = "deterministic", default, skip_serializing_if = "Option::is_none")]
    pub deterministic: Option<bool>,
    #[serde(rename = "format", default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    #[serde(rename = "sandboxType", alias = "sandbox_type", default, skip_serializing_if = "Option::is_none")]
    pub sandbox_type: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Always null — an executable UDF has no command pool.
    #[serde(rename = "poolSize", alias = "pool_size", default, skip_serializing_if = "Patch::is_omitted")]
    pub pool_size: Patch<Value>,
    #[serde(rename = "maxCommandExecutionTime", alias = "max_command_execution_time", default, skip_serializing_if = "Patch::is_omitted")]
    pub max_command_execution_time: Patch<i64>,
    #[serde(rename = "functionName", alias = "function_name", default, skip_serializing_if = "Option::is_none")]
    pub function_name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UdfVersionCreateRequest {
    /// Identifier of the uploaded source archive.
    #[serde(rename = "uploadId", alias = "upload_id", default, skip_serializing_if = "Option::is_none")]
    pub upload_id: Option<Uuid>,
    #[serde(rename = "runtime", default, skip_serializing_if = "Option::is_none")]
    pub runtime: Option<String>,
    #[serde(rename = "arguments", default, skip_serializing_if = "Option::is_none")]
    pub arguments: Option<Vec<UdfArgument>>,
    #[serde(rename = "returnType", alias = "return_type", default, skip_serializing_if = "Option::is_none")]
    pub return_type: Option<String>,
    #[serde(rename = "returnName", alias = "return_name", default, skip_serializing_if = "Patch::is_omitted")]
    pub return_name: Patch<String>,
    #[serde(rename = "commandReadTimeout", alias = "command_read_timeout", default, skip_serializing_if = "Option::is_none")]
    pub command_read_timeout: Option<i64>,
    #[serde(rename = "commandWriteTimeout", alias = "command_write_timeout", default, skip_serializing_if = "Option::is_none")]
    pub command_write_timeout: Option<i64>,
    #[serde(rename = "memoryLimitMib", alias = "memory_limit_mib", default, skip_serializing_if = "Patch::is_omitted")]
    pub memory_limit_mib: Patch<i64>,
    #[serde(rename = "sendChunkHeader", alias = "send_chunk_header", default, skip_serializing_if = "Option::is_none")]
    pub send_chunk_header: Option<bool>,
    /// Marks the UDF as deterministic so ClickHouse can reuse cached query results. Only set this when the UDF always returns the same result for the same arguments.
    #[serde(rename = "deterministic", default, skip_serializing_if = "Option::is_none")]
    pub deterministic: Option<bool>,
    #[serde(rename = "format", default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    #[serde(rename = "sandboxType", alias = "sandbox_type", default, skip_serializing_if = "Option::is_none")]
    pub sandbox_type: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Always null — an executable UDF has no command pool.
    #[serde(rename = "poolSize", alias = "pool_size", default, skip_serializing_if = "Patch::is_omitted")]
    pub pool_size: Patch<Value>,
    #[serde(rename = "maxCommandExecutionTime", alias = "max_command_execution_time", default, skip_serializing_if = "Patch::is_omitted")]
    pub max_command_execution_time: Patch<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UpdateReversePrivateEndpoint {
    /// Optional private DNS names for Reverse Private Endpoint. Can be used as data source destination address. Must be unique across the ClickHouse service. Generally available for Google Private Service Connect (PSC). For AWS PrivateLink (VPC endpoint service and VPC resource), available in Private Preview; contact ClickHouse support to enable it for your service. Not supported for MSK multi-VPC. Supports exact names and leading wildcard names such as *.example.com
    #[serde(rename = "customPrivateDnsMappings", alias = "custom_private_dns_mappings", default, skip_serializing_if = "Option::is_none")]
    pub custom_private_dns_mappings: Option<Vec<CustomPrivateDnsMapping>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UpgradeWindowPutRequest {
    /// Day of the week the upgrade window starts. 0 = Sunday, 1 = Monday, …, 6 = Saturday.
    #[serde(rename = "weekday", default, skip_serializing_if = "Option::is_none")]
    pub weekday: Option<i64>,
    /// UTC hour when the upgrade window starts. Must be one of 0, 6, 12, or 18. The upgrade window currently lasts 6 hours from this start time.
    #[serde(rename = "startHourUtc", alias = "start_hour_utc", default, skip_serializing_if = "Option::is_none")]
    pub start_hour_utc: Option<i64>,
}

/// One of the BackupBucketPatchRequest variants, by `bucketProvider`.
#[derive(Debug, Clone, PartialEq)]
pub enum BackupBucketPatchRequest {
    /// `bucketProvider` is `AWS`.
    AwsBackupBucketPatchRequestV1(AwsBackupBucketPatchRequestV1),
    /// `bucketProvider` is `GCP`.
    GcpBackupBucketPatchRequestV1(GcpBackupBucketPatchRequestV1),
    /// `bucketProvider` is `AZURE`.
    AzureBackupBucketPatchRequestV1(AzureBackupBucketPatchRequestV1),
}

impl BackupBucketPatchRequest {
    /// The `bucketProvider` value that names the variant.
    pub fn discriminator(&self) -> Option<&str> {
        match self {
            Self::AwsBackupBucketPatchRequestV1(_) => Some("AWS"),
            Self::GcpBackupBucketPatchRequestV1(_) => Some("GCP"),
            Self::AzureBackupBucketPatchRequestV1(_) => Some("AZURE"),
        }
    }
}

impl Serialize for BackupBucketPatchRequest {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::AwsBackupBucketPatchRequestV1(v) => v.serialize(s),
            Self::GcpBackupBucketPatchRequestV1(v) => v.serialize(s),
            Self::AzureBackupBucketPatchRequestV1(v) => v.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for BackupBucketPatchRequest {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let fields = Map::<String, Value>::deserialize(d)?;
        let tag = fields.get("bucketProvider").or_else(|| fields.get("bucket_provider"));
        match tag.and_then(Value::as_str) {
            Some("AWS") => numbers::from_fields(fields).map(Self::AwsBackupBucketPatchRequestV1),
            Some("GCP") => numbers::from_fields(fields).map(Self::GcpBackupBucketPatchRequestV1),
            Some("AZURE") => numbers::from_fields(fields).map(Self::AzureBackupBucketPatchRequestV1),
            _ => Err(serde::de::Error::custom("bucketProvider must be one of: AWS, GCP, AZURE")),
        }
    }
}

/// One of the BackupBucketPostRequest variants, by `bucketProvider`.
#[derive(Debug, Clone, PartialEq)]
pub enum BackupBucketPostRequest {
    /// `bucketProvider` is `AWS`.
    AwsBackupBucketPostRequestV1(AwsBackupBucketPostRequestV1),
    /// `bucketProvider` is `GCP`.
    GcpBackupBucketPostRequestV1(GcpBackupBucketPostRequestV1),
    /// `bucketProvider` is `AZURE`.
    AzureBackupBucketPostRequestV1(AzureBackupBucketPostRequestV1),
}

impl BackupBucketPostRequest {
    /// The `bucketProvider` value that names the variant.
    pub fn discriminator(&self) -> Option<&str> {
        match self {
            Self::AwsBackupBucketPostRequestV1(_) => Some("AWS"),
            Self::GcpBackupBucketPostRequestV1(_) => Some("GCP"),
            Self::AzureBackupBucketPostRequestV1(_) => Some("AZURE"),
        }
    }
}

impl Serialize for BackupBucketPostRequest {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::AwsBackupBucketPostRequestV1(v) => v.serialize(s),
            Self::GcpBackupBucketPostRequestV1(v) => v.serialize(s),
            Self::AzureBackupBucketPostRequestV1(v) => v.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for BackupBucketPostRequest {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let fields = Map::<String, Value>::deserialize(d)?;
        let tag = fields.get("bucketProvider").or_else(|| fields.get("bucket_provider"));
        match tag.and_then(Value::as_str) {
            Some("AWS") => numbers::from_fields(fields).map(Self::AwsBackupBucketPostRequestV1),
            Some("GCP") => numbers::from_fields(fields).map(Self::GcpBackupBucketPostRequestV1),
            Some("AZURE") => numbers::from_fields(fields).map(Self::AzureBackupBucketPostRequestV1),
            _ => Err(serde::de::Error::custom("bucketProvider must be one of: AWS, GCP, AZURE")),
        }
    }
}

/// One of the ClickPipeMutateBigQuerySource variants, by `authentication`.
#[derive(Debug, Clone, PartialEq)]
pub enum ClickPipeMutateBigQuerySource {
    /// `authentication` is `SERVICE_ACCOUNT`.
    ClickPipePostBigQueryServiceAccountSource(ClickPipePostBigQueryServiceAccountSource),
    /// `authentication` is `SERVICE_ACCOUNT_WORKLOAD_IDENTITY`.
    ClickPipePostBigQueryWorkloadIdentitySource(ClickPipePostBigQueryWorkloadIdentitySource),
}

impl ClickPipeMutateBigQuerySource {
    /// The `authentication` value that names the variant.
    pub fn discriminator(&self) -> Option<&str> {
        match self {
            Self::ClickPipePostBigQueryServiceAccountSource(_) => Some("SERVICE_ACCOUNT"),
            Self::ClickPipePostBigQueryWorkloadIdentitySource(_) => Some("SERVICE_ACCOUNT_WORKLOAD_IDENTITY"),
        }
    }
}

impl Serialize for ClickPipeMutateBigQuerySource {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ClickPipePostBigQueryServiceAccountSource(v) => v.serialize(s),
            Self::ClickPipePostBigQueryWorkloadIdentitySource(v) => v.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for ClickPipeMutateBigQuerySource {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let fields = Map::<String, Value>::deserialize(d)?;
        let tag = fields.get("authentication");
        match tag.and_then(Value::as_str) {
            Some("SERVICE_ACCOUNT") => numbers::from_fields(fields).map(Self::ClickPipePostBigQueryServiceAccountSource),
            Some("SERVICE_ACCOUNT_WORKLOAD_IDENTITY") => numbers::from_fields(fields).map(Self::ClickPipePostBigQueryWorkloadIdentitySource),
            _ => Err(serde::de::Error::custom("authentication must be one of: SERVICE_ACCOUNT, SERVICE_ACCOUNT_WORKLOAD_IDENTITY")),
        }
    }
}

/// One of the ClickPipeMutateKafkaSchemaRegistry variants, by `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum ClickPipeMutateKafkaSchemaRegistry {
    /// `type` is `confluent`.
    ClickPipeMutateKafkaConfluentSchemaRegistry(ClickPipeMutateKafkaConfluentSchemaRegistry),
    /// `type` is `glue`.
    ClickPipeKafkaGlueSchemaRegistry(ClickPipeKafkaGlueSchemaRegistry),
}

impl ClickPipeMutateKafkaSchemaRegistry {
    /// The `type` value that names the variant.
    pub fn discriminator(&self) -> Option<&str> {
        match self {
            Self::ClickPipeMutateKafkaConfluentSchemaRegistry(_) => Some("confluent"),
            Self::ClickPipeKafkaGlueSchemaRegistry(_) => Some("glue"),
        }
    }
}

impl Serialize for ClickPipeMutateKafkaSchemaRegistry {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ClickPipeMutateKafkaConfluentSchemaRegistry(v) => v.serialize(s),
            Self::ClickPipeKafkaGlueSchemaRegistry(v) => v.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for ClickPipeMutateKafkaSchemaRegistry {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let fields = Map::<String, Value>::deserialize(d)?;
        let tag = fields.get("type");
        match tag.and_then(Value::as_str) {
            Some("confluent") => numbers::from_fields(fields).map(Self::ClickPipeMutateKafkaConfluentSchemaRegistry),
            Some("glue") => numbers::from_fields(fields).map(Self::ClickPipeKafkaGlueSchemaRegistry),
            _ => Err(serde::de::Error::custom("type must be one of: confluent, glue")),
        }
    }
}

/// One of the ClickPipePostPubSubSource variants, by `authentication`.
#[derive(Debug, Clone, PartialEq)]
pub enum ClickPipePostPubSubSource {
    /// `authentication` is `SERVICE_ACCOUNT`.
    ClickPipePostPubSubServiceAccountSource(ClickPipePostPubSubServiceAccountSource),
    /// `authentication` is `SERVICE_ACCOUNT_WORKLOAD_IDENTITY`.
    ClickPipePostPubSubWorkloadIdentitySource(ClickPipePostPubSubWorkloadIdentitySource),
}

impl ClickPipePostPubSubSource {
    /// The `authentication` value that names the variant.
    pub fn discriminator(&self) -> Option<&str> {
        match self {
            Self::ClickPipePostPubSubServiceAccountSource(_) => Some("SERVICE_ACCOUNT"),
            Self::ClickPipePostPubSubWorkloadIdentitySource(_) => Some("SERVICE_ACCOUNT_WORKLOAD_IDENTITY"),
        }
    }
}

impl Serialize for ClickPipePostPubSubSource {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ClickPipePostPubSubServiceAccountSource(v) => v.serialize(s),
            Self::ClickPipePostPubSubWorkloadIdentitySource(v) => v.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for ClickPipePostPubSubSource {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let fields = Map::<String, Value>::deserialize(d)?;
        let tag = fields.get("authentication");
        match tag.and_then(Value::as_str) {
            Some("SERVICE_ACCOUNT") => numbers::from_fields(fields).map(Self::ClickPipePostPubSubServiceAccountSource),
            Some("SERVICE_ACCOUNT_WORKLOAD_IDENTITY") => numbers::from_fields(fields).map(Self::ClickPipePostPubSubWorkloadIdentitySource),
            _ => Err(serde::de::Error::custom("authentication must be one of: SERVICE_ACCOUNT, SERVICE_ACCOUNT_WORKLOAD_IDENTITY")),
        }
    }
}

/// One of the ClickStackCASLPermission variants, by `integration`.
#[derive(Debug, Clone, PartialEq)]
pub enum ClickStackCASLPermission {
    /// `integration` is `mongodb`.
    ClickStackMongoDBCASLPermission(ClickStackMongoDBCASLPermission),
    /// `integration` is `clickhouse`.
    ClickStackClickHouseCASLPermission(ClickStackClickHouseCASLPermission),
}

impl ClickStackCASLPermission {
    /// The `integration` value that names the variant.
    pub fn discriminator(&self) -> Option<&str> {
        match self {
            Self::ClickStackMongoDBCASLPermission(_) => Some("mongodb"),
            Self::ClickStackClickHouseCASLPermission(_) => Some("clickhouse"),
        }
    }
}

impl Serialize for ClickStackCASLPermission {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ClickStackMongoDBCASLPermission(v) => v.serialize(s),
            Self::ClickStackClickHouseCASLPermission(v) => v.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for ClickStackCASLPermission {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let fields = Map::<String, Value>::deserialize(d)?;
        let tag = fields.get("integration");
        match tag.and_then(Value::as_str) {
            Some("mongodb") => numbers::from_fields(fields).map(Self::ClickStackMongoDBCASLPermission),
            Some("clickhouse") => numbers::from_fields(fields).map(Self::ClickStackClickHouseCASLPermission),
            _ => Err(serde::de::Error::custom("integration must be one of: mongodb, clickhouse")),
        }
    }
}

/// One of the ClickStackDashboardChartSeries variants, by `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum ClickStackDashboardChartSeries {
    /// `type` is `time`.
    ClickStackTimeChartSeries(ClickStackTimeChartSeries),
    /// `type` is `table`.
    ClickStackTableChartSeries(ClickStackTableChartSeries),
    /// `type` is `number`.
    ClickStackNumberChartSeries(ClickStackNumberChartSeries),
    /// `type` is `search`.
    ClickStackSearchChartSeries(ClickStackSearchChartSeries),
    /// `type` is `markdown`.
    ClickStackMarkdownChartSeries(ClickStackMarkdownChartSeries),
}

impl ClickStackDashboardChartSeries {
    /// The `type` value that names the variant.
    pub fn discriminator(&self) -> Option<&str> {
        match self {
            Self::ClickStackTimeChartSeries(_) => Some("time"),
            Self::ClickStackTableChartSeries(_) => Some("table"),
            Self::ClickStackNumberChartSeries(_) => Some("number"),
            Self::ClickStackSearchChartSeries(_) => Some("search"),
            Self::ClickStackMarkdownChartSeries(_) => Some("markdown"),
        }
    }
}

impl Serialize for ClickStackDashboardChartSeries {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ClickStackTimeChartSeries(v) => v.serialize(s),
            Self::ClickStackTableChartSeries(v) => v.serialize(s),
            Self::ClickStackNumberChartSeries(v) => v.serialize(s),
            Self::ClickStackSearchChartSeries(v) => v.serialize(s),
            Self::ClickStackMarkdownChartSeries(v) => v.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for ClickStackDashboardChartSeries {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let fields = Map::<String, Value>::deserialize(d)?;
        let tag = fields.get("type");
        match tag.and_then(Value::as_str) {
            Some("time") => numbers::from_fields(fields).map(Self::ClickStackTimeChartSeries),
            Some("table") => numbers::from_fields(fields).map(Self::ClickStackTableChartSeries),
            Some("number") => numbers::from_fields(fields).map(Self::ClickStackNumberChartSeries),
            Some("search") => numbers::from_fields(fields).map(Self::ClickStackSearchChartSeries),
            Some("markdown") => numbers::from_fields(fields).map(Self::ClickStackMarkdownChartSeries),
            _ => Err(serde::de::Error::custom("type must be one of: time, table, number, search, markdown")),
        }
    }
}

/// One of the ClickStackFilter variants, by `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum ClickStackFilter {
    /// `type` is `QUERY_EXPRESSION`.
    ClickStackQueryExpressionFilter(ClickStackQueryExpressionFilter),
    /// `type` is `STATIC_LIST`.
    ClickStackStaticListFilter(ClickStackStaticListFilter),
    /// `type` is `PROMETHEUS_LABEL`.
    ClickStackPrometheusLabelFilter(ClickStackPrometheusLabelFilter),
    /// `type` is `SOURCE_FILTER`.
    ClickStackSourceFilter(ClickStackSourceFilter),
}

impl ClickStackFilter {
    /// The `type` value that names the variant.
    pub fn discriminator(&self) -> Option<&str> {
        match self {
            Self::ClickStackQueryExpressionFilter(_) => Some("QUERY_EXPRESSION"),
            Self::ClickStackStaticListFilter(_) => Some("STATIC_LIST"),
            Self::ClickStackPrometheusLabelFilter(_) => Some("PROMETHEUS_LABEL"),
            Self::ClickStackSourceFilter(_) => Some("SOURCE_FILTER"),
        }
    }
}

impl Serialize for ClickStackFilter {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ClickStackQueryExpressionFilter(v) => v.serialize(s),
            Self::ClickStackStaticListFilter(v) => v.serialize(s),
            Self::ClickStackPrometheusLabelFilter(v) => v.serialize(s),
            Self::ClickStackSourceFilter(v) => v.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for ClickStackFilter {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let fields = Map::<String, Value>::deserialize(d)?;
        let tag = fields.get("type");
        match tag.and_then(Value::as_str) {
            Some("QUERY_EXPRESSION") => numbers::from_fields(fields).map(Self::ClickStackQueryExpressionFilter),
            Some("STATIC_LIST") => numbers::from_fields(fields).map(Self::ClickStackStaticListFilter),
            Some("PROMETHEUS_LABEL") => numbers::from_fields(fields).map(Self::ClickStackPrometheusLabelFilter),
            Some("SOURCE_FILTER") => numbers::from_fields(fields).map(Self::ClickStackSourceFilter),
            _ => Err(serde::de::Error::custom("type must be one of: QUERY_EXPRESSION, STATIC_LIST, PROMETHEUS_LABEL, SOURCE_FILTER")),
        }
    }
}

/// One of the ClickStackFilterInput variants, by `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum ClickStackFilterInput {
    /// `type` is `QUERY_EXPRESSION`.
    ClickStackQueryExpressionFilterInput(ClickStackQueryExpressionFilterInput),
    /// `type` is `STATIC_LIST`.
    ClickStackStaticListFilterInput(ClickStackStaticListFilterInput),
    /// `type` is `PROMETHEUS_LABEL`.
    ClickStackPrometheusLabelFilterInput(ClickStackPrometheusLabelFilterInput),
    /// `type` is `SOURCE_FILTER`.
    ClickStackSourceFilterInput(ClickStackSourceFilterInput),
}

impl ClickStackFilterInput {
    /// The `type` value that names the variant.
    pub fn discriminator(&self) -> Option<&str> {
        match self {
            Self::ClickStackQueryExpressionFilterInput(_) => Some("QUERY_EXPRESSION"),
            Self::ClickStackStaticListFilterInput(_) => Some("STATIC_LIST"),
            Self::ClickStackPrometheusLabelFilterInput(_) => Some("PROMETHEUS_LABEL"),
            Self::ClickStackSourceFilterInput(_) => Some("SOURCE_FILTER"),
        }
    }
}

impl Serialize for ClickStackFilterInput {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ClickStackQueryExpressionFilterInput(v) => v.serialize(s),
            Self::ClickStackStaticListFilterInput(v) => v.serialize(s),
            Self::ClickStackPrometheusLabelFilterInput(v) => v.serialize(s),
            Self::ClickStackSourceFilterInput(v) => v.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for ClickStackFilterInput {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let fields = Map::<String, Value>::deserialize(d)?;
        let tag = fields.get("type");
        match tag.and_then(Value::as_str) {
            Some("QUERY_EXPRESSION") => numbers::from_fields(fields).map(Self::ClickStackQueryExpressionFilterInput),
            Some("STATIC_LIST") => numbers::from_fields(fields).map(Self::ClickStackStaticListFilterInput),
            Some("PROMETHEUS_LABEL") => numbers::from_fields(fields).map(Self::ClickStackPrometheusLabelFilterInput),
            Some("SOURCE_FILTER") => numbers::from_fields(fields).map(Self::ClickStackSourceFilterInput),
            _ => Err(serde::de::Error::custom("type must be one of: QUERY_EXPRESSION, STATIC_LIST, PROMETHEUS_LABEL, SOURCE_FILTER")),
        }
    }
}

/// One of the ClickStackSavedFilterValue variants, by `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum ClickStackSavedFilterValue {
    /// `type` is `sql`.
    ClickStackSqlSavedFilterValue(ClickStackSqlSavedFilterValue),
    /// `type` is `variable`.
    ClickStackVariableSavedFilterValue(ClickStackVariableSavedFilterValue),
}

impl ClickStackSavedFilterValue {
    /// The `type` value that names the variant.
    pub fn discriminator(&self) -> Option<&str> {
        match self {
            Self::ClickStackSqlSavedFilterValue(_) => Some("sql"),
            Self::ClickStackVariableSavedFilterValue(_) => Some("variable"),
        }
    }
}

impl Serialize for ClickStackSavedFilterValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ClickStackSqlSavedFilterValue(v) => v.serialize(s),
            Self::ClickStackVariableSavedFilterValue(v) => v.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for ClickStackSavedFilterValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let fields = Map::<String, Value>::deserialize(d)?;
        let tag = fields.get("type");
        match tag.and_then(Value::as_str) {
            Some("sql") => numbers::from_fields(fields).map(Self::ClickStackSqlSavedFilterValue),
            Some("variable") => numbers::from_fields(fields).map(Self::ClickStackVariableSavedFilterValue),
            _ => Err(serde::de::Error::custom("type must be one of: sql, variable")),
        }
    }
}

/// One of the ClickStackSource variants, by `kind`.
#[derive(Debug, Clone, PartialEq)]
pub enum ClickStackSource {
    /// `kind` is `log`.
    ClickStackLogSource(ClickStackLogSource),
    /// `kind` is `trace`.
    ClickStackTraceSource(ClickStackTraceSource),
    /// `kind` is `metric`.
    ClickStackMetricSource(ClickStackMetricSource),
    /// `kind` is `session`.
    ClickStackSessionSource(ClickStackSessionSource),
    /// `kind` is `promql`.
    ClickStackPromqlSource(ClickStackPromqlSource),
}

impl ClickStackSource {
    /// The `kind` value that names the variant.
    pub fn discriminator(&self) -> Option<&str> {
        match self {
            Self::ClickStackLogSource(_) => Some("log"),
            Self::ClickStackTraceSource(_) => Some("trace"),
            Self::ClickStackMetricSource(_) => Some("metric"),
            Self::ClickStackSessionSource(_) => Some("session"),
            Self::ClickStackPromqlSource(_) => Some("promql"),
        }
    }
}

impl Serialize for ClickStackSource {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ClickStackLogSource(v) => v.serialize(s),
            Self::ClickStackTraceSource(v) => v.serialize(s),
            Self::ClickStackMetricSource(v) => v.serialize(s),
            Self::ClickStackSessionSource(v) => v.serialize(s),
            Self::ClickStackPromqlSource(v) => v.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for ClickStackSource {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let fields = Map::<String, Value>::deserialize(d)?;
        let tag = fields.get("kind");
        match tag.and_then(Value::as_str) {
            Some("log") => numbers::from_fields(fields).map(Self::ClickStackLogSource),
            Some("trace") => numbers::from_fields(fields).map(Self::ClickStackTraceSource),
            Some("metric") => numbers::from_fields(fields).map(Self::ClickStackMetricSource),
            Some("session") => numbers::from_fields(fields).map(Self::ClickStackSessionSource),
            Some("promql") => numbers::from_fields(fields).map(Self::ClickStackPromqlSource),
            _ => Err(serde::de::Error::custom("kind must be one of: log, trace, metric, session, promql")),
        }
    }
}
