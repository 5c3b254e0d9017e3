// generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
//! The API's response types: every field optional, any JSON number where the spec allows one, enums open (a new value is kept as it comes), unknown fields kept (`unknown`).
//! generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.

#![allow(clippy::all, unused_imports)]

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use uuid::Uuid;

use crate::core::secret::Secret;
use crate::core::numbers::{self, Whole};
use crate::core::wire::{Date, StrOrInt, Timestamp};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ActiveBalance {
    /// Unique ID of the prepaid balance.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Uuid>,
    /// Remaining credits available on this balance, in ClickHouse Credits (CHCs).
    #[serde(rename = "remainingPrepaidCredits", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub remaining_prepaid_credits: Option<f64>,
    /// Total credits granted on this balance, in ClickHouse Credits (CHCs).
    #[serde(rename = "totalAmount", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub total_amount: Option<f64>,
    /// Credits spent from this balance, in ClickHouse Credits (CHCs).
    #[serde(rename = "amountSpent", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub amount_spent: Option<f64>,
    /// Date the balance became active. ISO-8601, based on the UTC timezone.
    #[serde(rename = "startDate", default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<Timestamp>,
    /// Date the balance expires. ISO-8601, based on the UTC timezone.
    #[serde(rename = "expirationDate", default, skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<Timestamp>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ActiveBalance {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "remainingPrepaidCredits" => self.remaining_prepaid_credits = map.next_value::<numbers::Float>()?.0,
            "totalAmount" => self.total_amount = map.next_value::<numbers::Float>()?.0,
            "amountSpent" => self.amount_spent = map.next_value::<numbers::Float>()?.0,
            "startDate" => self.start_date = map.next_value()?,
            "expirationDate" => self.expiration_date = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ActiveBalance {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ActiveBalance")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ActiveBalances {
    /// Total remaining credits across all active prepaid balances, in ClickHouse Credits (CHCs).
    #[serde(rename = "totalRemainingPrepaidCredits", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub total_remaining_prepaid_credits: Option<f64>,
    /// List of active prepaid balances for the organization.
    #[serde(rename = "prepaidBalances", default, skip_serializing_if = "Option::is_none")]
    pub prepaid_balances: Option<Vec<ActiveBalance>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ActiveBalances {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "totalRemainingPrepaidCredits" => self.total_remaining_prepaid_credits = map.next_value::<numbers::Float>()?.0,
            "prepaidBalances" => self.prepaid_balances = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ActiveBalances {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ActiveBalances")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Activity {
    /// Unique activity ID.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Timestamp of the activity. ISO-8601.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// Type of the activity.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Type of the actor: 'user', 'support', 'system', 'api'.
    #[serde(rename = "actorType", default, skip_serializing_if = "Option::is_none")]
    pub actor_type: Option<String>,
    /// Unique actor ID.
    #[serde(rename = "actorId", default, skip_serializing_if = "Option::is_none")]
    pub actor_id: Option<String>,
    /// Additional information about the actor.
    #[serde(rename = "actorDetails", default, skip_serializing_if = "Option::is_none")]
    pub actor_details: Option<String>,
    /// IP address of the actor. Defined for 'user' and 'api' actor types.
    #[serde(rename = "actorIpAddress", default, skip_serializing_if = "Option::is_none")]
    pub actor_ip_address: Option<String>,
    /// Scope of the activity: organization ID this activity is related to.
    #[serde(rename = "organizationId", default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    /// Scope of the activity: service ID this activity is related to.
    #[serde(rename = "serviceId", default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    /// User agent of the actor
    #[serde(rename = "userAgent", default, skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<String>,
    /// For 'openapi_key_update' activities: the ID of the API key that was updated.
    #[serde(rename = "targetKeyId", default, skip_serializing_if = "Option::is_none")]
    pub target_key_id: Option<String>,
    /// For 'openapi_key_update' activities: the type of update that was performed.
    #[serde(rename = "keyUpdateType", default, skip_serializing_if = "Option::is_none")]
    pub key_update_type: Option<String>,
    /// For role and actor-role activities: IDs of the affected roles.
    #[serde(rename = "targetRoleIds", default, skip_serializing_if = "Option::is_none")]
    pub target_role_ids: Option<Vec<String>>,
    /// For role and actor-role activities: names of the affected roles, when recorded.
    #[serde(rename = "targetRoleNames", default, skip_serializing_if = "Option::is_none")]
    pub target_role_names: Option<Vec<String>>,
    /// For 'organization_member_update_roles' and 'organization_member_remove_roles' activities: IDs of the affected actors (e.g. 'user/<id>').
    #[serde(rename = "targetActorIds", default, skip_serializing_if = "Option::is_none")]
    pub target_actor_ids: Option<Vec<String>>,
    /// For 'role_resources_delete' activities: IDs of the deleted resources the roles referenced.
    #[serde(rename = "targetResourceIds", default, skip_serializing_if = "Option::is_none")]
    pub target_resource_ids: Option<Vec<String>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for Activity {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "createdAt" => self.created_at = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            "actorType" => self.actor_type = map.next_value()?,
            "actorId" => self.actor_id = map.next_value()?,
            "actorDetails" => self.actor_details = map.next_value()?,
            "actorIpAddress" => self.actor_ip_address = map.next_value()?,
            "organizationId" => self.organization_id = map.next_value()?,
            "serviceId" => self.service_id = map.next_value()?,
            "userAgent" => self.user_agent = map.next_value()?,
            "targetKeyId" => self.target_key_id = map.next_value()?,
            "keyUpdateType" => self.key_update_type = map.next_value()?,
            "targetRoleIds" => self.target_role_ids = map.next_value()?,
            "targetRoleNames" => self.target_role_names = map.next_value()?,
            "targetActorIds" => self.target_actor_ids = map.next_value()?,
            "targetResourceIds" => self.target_resource_ids = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for Activity {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "Activity")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ApiKey {
    /// Unique API key ID.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Uuid>,
    /// Name of the key
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// State of the key: 'enabled', 'disabled'.
    #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// DEPRECATED. Use `assignedRoles` instead. List of roles assigned to the key. For organizations that have migrated to custom roles, this field is frozen at the pre-migration value and does not reflect current role assignments.
    #[serde(rename = "roles", default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<String>>,
    /// Custom roles and System roles assigned to this API key
    #[serde(rename = "assignedRoles", default, skip_serializing_if = "Option::is_none")]
    pub assigned_roles: Option<Vec<AssignedRole>>,
    /// Last 4 letters of the key.
    #[serde(rename = "keySuffix", default, skip_serializing_if = "Option::is_none")]
    pub key_suffix: Option<String>,
    /// Timestamp the key was created. ISO-8601.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// Timestamp the key expires. If not present, `null` or is empty the key never expires. ISO-8601.
    #[serde(rename = "expireAt", default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<Timestamp>,
    /// Timestamp the key was used last time, with one-minute precision. If not present the key was never used. ISO-8601.
    #[serde(rename = "usedAt", default, skip_serializing_if = "Option::is_none")]
    pub used_at: Option<Timestamp>,
    /// List of IP addresses allowed to access the API using this key
    #[serde(rename = "ipAccessList", default, skip_serializing_if = "Option::is_none")]
    pub ip_access_list: Option<Vec<IpAccessListEntry>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ApiKey {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "state" => self.state = map.next_value()?,
            "roles" => self.roles = map.next_value()?,
            "assignedRoles" => self.assigned_roles = map.next_value()?,
            "keySuffix" => self.key_suffix = map.next_value()?,
            "createdAt" => self.created_at = map.next_value()?,
            "expireAt" => self.expire_at = map.next_value()?,
            "usedAt" => self.used_at = map.next_value()?,
            "ipAccessList" => self.ip_access_list = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ApiKey {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ApiKey")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct AssignedRole {
    /// Unique identifier of the role
    #[serde(rename = "roleId", default, skip_serializing_if = "Option::is_none")]
    pub role_id: Option<Uuid>,
    /// Human-readable name of the role
    #[serde(rename = "roleName", default, skip_serializing_if = "Option::is_none")]
    pub role_name: Option<String>,
    /// Type of role: system (predefined) or custom (organization-defined)
    #[serde(rename = "roleType", default, skip_serializing_if = "Option::is_none")]
    pub role_type: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for AssignedRole {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "roleId" => self.role_id = map.next_value()?,
            "roleName" => self.role_name = map.next_value()?,
            "roleType" => self.role_type = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for AssignedRole {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "AssignedRole")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct AwsBackupBucket {
    /// Unique backup bucket ID
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Uuid>,
    /// Bucket provider
    #[serde(rename = "bucketProvider", default, skip_serializing_if = "Option::is_none")]
    pub bucket_provider: Option<String>,
    /// Bucket path
    #[serde(rename = "bucketPath", default, skip_serializing_if = "Option::is_none")]
    pub bucket_path: Option<String>,
    /// AWS Role ARN
    #[serde(rename = "iamRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub iam_role_arn: Option<String>,
    /// AWS Role session name
    #[serde(rename = "iamRoleSessionName", default, skip_serializing_if = "Option::is_none")]
    pub iam_role_session_name: Option<String>,
    /// External ID the IAM role trust policy requires when the data plane assumes the role
    #[serde(rename = "iamRoleExternalId", default, skip_serializing_if = "Option::is_none")]
    pub iam_role_external_id: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for AwsBackupBucket {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "bucketProvider" => self.bucket_provider = map.next_value()?,
            "bucketPath" => self.bucket_path = map.next_value()?,
            "iamRoleArn" => self.iam_role_arn = map.next_value()?,
            "iamRoleSessionName" => self.iam_role_session_name = map.next_value()?,
            "iamRoleExternalId" => self.iam_role_external_id = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for AwsBackupBucket {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "AwsBackupBucket")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct AzureBackupBucket {
    /// Unique backup bucket ID.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Uuid>,
    /// Bucket provider
    #[serde(rename = "bucketProvider", default, skip_serializing_if = "Option::is_none")]
    pub bucket_provider: Option<String>,
    /// Container Name
    #[serde(rename = "containerName", default, skip_serializing_if = "Option::is_none")]
    pub container_name: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for AzureBackupBucket {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "bucketProvider" => self.bucket_provider = map.next_value()?,
            "containerName" => self.container_name = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for AzureBackupBucket {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "AzureBackupBucket")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Backup {
    /// Unique backup ID.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Uuid>,
    /// Status of the backup: 'done', 'error', 'in_progress'.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Name
    #[serde(rename = "serviceId", default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    /// Backup start timestamp. ISO-8601.
    #[serde(rename = "startedAt", default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<Timestamp>,
    /// Backup finish timestamp. ISO-8601. Available only for finished backups
    #[serde(rename = "finishedAt", default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<Timestamp>,
    /// Size of the backup in bytes.
    #[serde(rename = "sizeInBytes", default, skip_serializing_if = "Option::is_none")]
    pub size_in_bytes: Option<Whole>,
    /// Time in seconds it took to perform the backup. If the status still in_progress, this is the time in seconds since the backup started until now.
    #[serde(rename = "durationInSeconds", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub duration_in_seconds: Option<f64>,
    /// Backup type ("full" or "incremental").
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Backup name on the external backup bucket.
    #[serde(rename = "backupName", default, skip_serializing_if = "Option::is_none")]
    pub backup_name: Option<String>,
    /// Backup bucket where the backup is stored.
    #[serde(rename = "bucket", default, skip_serializing_if = "Option::is_none")]
    pub bucket: Option<BackupBucket>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for Backup {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "status" => self.status = map.next_value()?,
            "serviceId" => self.service_id = map.next_value()?,
            "startedAt" => self.started_at = map.next_value()?,
            "finishedAt" => self.finished_at = map.next_value()?,
            "sizeInBytes" => self.size_in_bytes = map.next_value()?,
            "durationInSeconds" => self.duration_in_seconds = map.next_value::<numbers::Float>()?.0,
            "type" => self.r#type = map.next_value()?,
            "backupName" => self.backup_name = map.next_value()?,
            "bucket" => self.bucket = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for Backup {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "Backup")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct BackupConfiguration {
    /// The interval in hours between each backup.
    #[serde(rename = "backupPeriodInHours", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float", serialize_with = "numbers::integral_when_whole")]
    pub backup_period_in_hours: Option<f64>,
    /// The minimum duration in hours for which the backups are available. Must be a whole number of days between 24 (1 day) and 1080 (45 days) — i.e. a multiple of 24.
    #[serde(rename = "backupRetentionPeriodInHours", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float", serialize_with = "numbers::integral_when_whole")]
    pub backup_retention_period_in_hours: Option<f64>,
    /// The time in HH:MM format for the backups to be performed (evaluated in UTC timezone). When defined the backup period resets to every 24 hours.
    #[serde(rename = "backupStartTime", default, skip_serializing_if = "Option::is_none")]
    pub backup_start_time: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for BackupConfiguration {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "backupPeriodInHours" => self.backup_period_in_hours = map.next_value::<numbers::Float>()?.0,
            "backupRetentionPeriodInHours" => self.backup_retention_period_in_hours = map.next_value::<numbers::Float>()?.0,
            "backupStartTime" => self.backup_start_time = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for BackupConfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "BackupConfiguration")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ByocConfig {
    /// Unique identifier of the BYOC configuration
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// State of the infrastructure
    #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Cloud account ID the BYOC infrastructure is bound to: AWS account ID, GCP project ID, or Azure subscription ID
    #[serde(rename = "accountId", default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// DEPRECATED. Use `accountId` instead. Cloud account ID the BYOC infrastructure is bound to
    #[serde(rename = "accountName", default, skip_serializing_if = "Option::is_none")]
    pub account_name: Option<String>,
    /// Region for which the BYOC has been configured and where it is possible to create services
    #[serde(rename = "regionId", default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
    /// Cloud provider of the region
    #[serde(rename = "cloudProvider", default, skip_serializing_if = "Option::is_none")]
    pub cloud_provider: Option<String>,
    /// Human readable name for infrastructure
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ByocConfig {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "state" => self.state = map.next_value()?,
            "accountId" => self.account_id = map.next_value()?,
            "accountName" => self.account_name = map.next_value()?,
            "regionId" => self.region_id = map.next_value()?,
            "cloudProvider" => self.cloud_provider = map.next_value()?,
            "displayName" => self.display_name = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ByocConfig {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ByocConfig")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ByocInfrastructureDetails {
    /// Unique identifier of the BYOC infrastructure
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// State of the infrastructure
    #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Cloud account ID the BYOC infrastructure is bound to: AWS account ID, GCP project ID, or Azure subscription ID
    #[serde(rename = "accountId", default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// Region the BYOC infrastructure is located in
    #[serde(rename = "regionId", default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
    /// Cloud provider of the region
    #[serde(rename = "cloudProvider", default, skip_serializing_if = "Option::is_none")]
    pub cloud_provider: Option<String>,
    /// Human readable name for infrastructure
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Whether private link connectivity is enabled on the infrastructure
    #[serde(rename = "enablePrivateLink", default, skip_serializing_if = "Option::is_none")]
    pub enable_private_link: Option<bool>,
    /// Whether the private load balancer is enabled on the infrastructure
    #[serde(rename = "enablePrivateLoadBalancer", default, skip_serializing_if = "Option::is_none")]
    pub enable_private_load_balancer: Option<bool>,
    /// Whether the public load balancer is enabled on the infrastructure
    #[serde(rename = "enablePublicLoadBalancer", default, skip_serializing_if = "Option::is_none")]
    pub enable_public_load_balancer: Option<bool>,
    /// CIDR range of the ClickHouse-managed VPC. Absent for BYO-VPC infrastructures
    #[serde(rename = "vpcCidrRange", default, skip_serializing_if = "Option::is_none")]
    pub vpc_cidr_range: Option<String>,
    /// Availability zones the infrastructure spans
    #[serde(rename = "vpcAvailabilityZoneList", default, skip_serializing_if = "Option::is_none")]
    pub vpc_availability_zone_list: Option<Vec<String>>,
    /// True when the infrastructure runs in a customer-provided VPC (BYO-VPC) instead of a ClickHouse-managed one
    #[serde(rename = "isByoVpc", default, skip_serializing_if = "Option::is_none")]
    pub is_byo_vpc: Option<bool>,
    /// Customer VPC ID or network name (BYO-VPC only)
    #[serde(rename = "byoVpcId", default, skip_serializing_if = "Option::is_none")]
    pub byo_vpc_id: Option<String>,
    /// Customer private subnet IDs or names (BYO-VPC only; exactly one entry on GCP)
    #[serde(rename = "byoVpcPrivateSubnetIds", default, skip_serializing_if = "Option::is_none")]
    pub byo_vpc_private_subnet_ids: Option<Vec<String>>,
    /// Secondary IP range names pinned for pod IPs (GCP BYO-VPC only). Absent when all secondary ranges are used
    #[serde(rename = "byoVpcPodCidrRangeNames", default, skip_serializing_if = "Option::is_none")]
    pub byo_vpc_pod_cidr_range_names: Option<Vec<String>>,
    /// Shared VPC host project owning the VPC and subnet (GCP BYO-VPC only). Absent when the VPC lives in the service project
    #[serde(rename = "byoVpcSharedVpcHostProjectId", default, skip_serializing_if = "Option::is_none")]
    pub byo_vpc_shared_vpc_host_project_id: Option<String>,
    /// Customer-provided Private Service Connect NAT subnet name configured for private link (GCP BYO-VPC only)
    #[serde(rename = "gcpPscSubnetId", default, skip_serializing_if = "Option::is_none")]
    pub gcp_psc_subnet_id: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ByocInfrastructureDetails {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "state" => self.state = map.next_value()?,
            "accountId" => self.account_id = map.next_value()?,
            "regionId" => self.region_id = map.next_value()?,
            "cloudProvider" => self.cloud_provider = map.next_value()?,
            "displayName" => self.display_name = map.next_value()?,
            "enablePrivateLink" => self.enable_private_link = map.next_value()?,
            "enablePrivateLoadBalancer" => self.enable_private_load_balancer = map.next_value()?,
            "enablePublicLoadBalancer" => self.enable_public_load_balancer = map.next_value()?,
            "vpcCidrRange" => self.vpc_cidr_range = map.next_value()?,
            "vpcAvailabilityZoneList" => self.vpc_availability_zone_list = map.next_value()?,
            "isByoVpc" => self.is_byo_vpc = map.next_value()?,
            "byoVpcId" => self.byo_vpc_id = map.next_value()?,
            "byoVpcPrivateSubnetIds" => self.byo_vpc_private_subnet_ids = map.next_value()?,
            "byoVpcPodCidrRangeNames" => self.byo_vpc_pod_cidr_range_names = map.next_value()?,
            "byoVpcSharedVpcHostProjectId" => self.byo_vpc_shared_vpc_host_project_id = map.next_value()?,
            "gcpPscSubnetId" => self.gcp_psc_subnet_id = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ByocInfrastructureDetails {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ByocInfrastructureDetails")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ByocInfrastructurePrivateEndpointConfig {
    /// Cloud-provider identifier of the private link endpoint service of the infrastructure: VPC endpoint service name on AWS, Private Service Connect service attachment on GCP, or Private Link service on Azure
    #[serde(rename = "endpointName", default)]
    pub endpoint_name: Option<String>,
    /// Private DNS hostname under which services of the infrastructure are reachable over private link
    #[serde(rename = "privateDnsHostname", default)]
    pub private_dns_hostname: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ByocInfrastructurePrivateEndpointConfig {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "endpointName" => self.endpoint_name = map.next_value()?,
            "privateDnsHostname" => self.private_dns_hostname = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ByocInfrastructurePrivateEndpointConfig {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ByocInfrastructurePrivateEndpointConfig")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ByocInfrastructureProgress {
    /// Unique identifier of the BYOC infrastructure
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Overall provisioning status of the infrastructure
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Timestamp the overall status last changed. ISO-8601
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    /// Top-level provisioning stages with their nested resources
    #[serde(rename = "stages", default, skip_serializing_if = "Option::is_none")]
    pub stages: Option<Vec<ByocInfrastructureProgressStage>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ByocInfrastructureProgress {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "status" => self.status = map.next_value()?,
            "updatedAt" => self.updated_at = map.next_value()?,
            "stages" => self.stages = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ByocInfrastructureProgress {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ByocInfrastructureProgress")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ByocInfrastructureProgressStage {
    /// Name of the provisioning stage or resource
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Status of this stage
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Timestamp the stage status last changed. ISO-8601
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    /// Human readable detail for the current status, e.g. an error message
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Nested stages; leaf entries are individual cloud resources
    #[serde(rename = "subStages", default, skip_serializing_if = "Option::is_none")]
    pub sub_stages: Option<Vec<ByocInfrastructureProgressStage>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ByocInfrastructureProgressStage {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "name" => self.name = map.next_value()?,
            "status" => self.status = map.next_value()?,
            "updatedAt" => self.updated_at = map.next_value()?,
            "message" => self.message = map.next_value()?,
            "subStages" => self.sub_stages = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ByocInfrastructureProgressStage {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ByocInfrastructureProgressStage")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ByocInfrastructureTagsResponse {
    #[serde(rename = "tags", default)]
    pub tags: Option<Map<String, Value>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ByocInfrastructureTagsResponse {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "tags" => self.tags = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ByocInfrastructureTagsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ByocInfrastructureTagsResponse")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ByocInfrastructureValidation {
    /// Cloud provider of the requested region
    #[serde(rename = "cloudProvider", default, skip_serializing_if = "Option::is_none")]
    pub cloud_provider: Option<String>,
    /// True when every check passed
    #[serde(rename = "allPassed", default, skip_serializing_if = "Option::is_none")]
    pub all_passed: Option<bool>,
    /// True when at least one check passed
    #[serde(rename = "anyPassed", default, skip_serializing_if = "Option::is_none")]
    pub any_passed: Option<bool>,
    /// Whether preflight validation is implemented for the requested cloud and configuration. When false, an empty check list means nothing was verified rather than everything passed
    #[serde(rename = "supported", default, skip_serializing_if = "Option::is_none")]
    pub supported: Option<bool>,
    /// Individual permission checks with their outcomes
    #[serde(rename = "checks", default, skip_serializing_if = "Option::is_none")]
    pub checks: Option<Vec<ByocInfrastructureValidationCheck>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ByocInfrastructureValidation {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "cloudProvider" => self.cloud_provider = map.next_value()?,
            "allPassed" => self.all_passed = map.next_value()?,
            "anyPassed" => self.any_passed = map.next_value()?,
            "supported" => self.supported = map.next_value()?,
            "checks" => self.checks = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ByocInfrastructureValidation {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ByocInfrastructureValidation")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ByocInfrastructureValidationCheck {
    /// Human readable name of the check
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Cloud permission or action the check simulated
    #[serde(rename = "action", default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// Whether the account allowed the simulated action
    #[serde(rename = "allowed", default, skip_serializing_if = "Option::is_none")]
    pub allowed: Option<bool>,
    /// Cloud-provider detail for a denied check, e.g. an IAM decision reason
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Free-form grouping of related checks, e.g. base or vpc-write. Groupings may change as validations evolve
    #[serde(rename = "group", default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ByocInfrastructureValidationCheck {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "name" => self.name = map.next_value()?,
            "action" => self.action = map.next_value()?,
            "allowed" => self.allowed = map.next_value()?,
            "reason" => self.reason = map.next_value()?,
            "group" => self.group = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ByocInfrastructureValidationCheck {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ByocInfrastructureValidationCheck")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipe {
    /// Unique ClickPipe ID.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Uuid>,
    /// ID of the service this ClickPipe belongs to.
    #[serde(rename = "serviceId", default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<Uuid>,
    /// Name of the ClickPipe.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Current lifecycle state of the ClickPipe. For database pipes: "Provisioning" (initial setup), "Setup" (configuring replication), "Snapshot" (initial data load), "Running" (actively replicating), "Pausing" (transitioning to paused state), "Paused" (temporarily paused), "Modifying" (applying configuration updates), "Resync" (swapping resync tables with original tables), "Failed" (error occurred), "Unknown". For streaming/object storage pipes (Kafka, Kinesis, S3): "Unknown" (initial state), "Provisioning" (setting up resources), "Running" (actively ingesting data), "Stopping" (transitioning to stopped state), "Stopped" (manually stopped, can be restarted), "Completed" (batch ingestion finished for object storage), "Failed" (error occurred, pipe stopped), "InternalError" (internal system error).
    #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    #[serde(rename = "scaling", default, skip_serializing_if = "Option::is_none")]
    pub scaling: Option<ClickPipeScaling>,
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<ClickPipeSource>,
    #[serde(rename = "destination", default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<ClickPipeDestination>,
    /// Field mappings of the ClickPipe. Note that all destination columns must be included in the mappings.
    #[serde(rename = "fieldMappings", default, skip_serializing_if = "Option::is_none")]
    pub field_mappings: Option<Vec<ClickPipeFieldMapping>>,
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<ClickPipeSettings>,
    /// Creation timestamp of the ClickPipe in ISO 8601 format.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// Last update timestamp of the ClickPipe in ISO 8601 format.
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipe {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "serviceId" => self.service_id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "state" => self.state = map.next_value()?,
            "scaling" => self.scaling = map.next_value()?,
            "source" => self.source = map.next_value()?,
            "destination" => self.destination = map.next_value()?,
            "fieldMappings" => self.field_mappings = map.next_value()?,
            "settings" => self.settings = map.next_value()?,
            "createdAt" => self.created_at = map.next_value()?,
            "updatedAt" => self.updated_at = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipe {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipe")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeBigQueryPipeSettings {
    /// Replication mode: "cdc" (change data capture with initial snapshot), "snapshot" (one-time snapshot only), or "cdc_only" (CDC without initial snapshot).
    #[serde(rename = "replicationMode", default)]
    pub replication_mode: Option<String>,
    /// How changes are captured from BigQuery. "query_based" polls each table using a watermark timestamp column, "events_based" reads the BigQuery change history using the APPENDS or CHANGES table function. Required for "cdc" and "cdc_only" replication modes and not allowed for "snapshot".
    #[serde(rename = "replicationMethod", default, skip_serializing_if = "Option::is_none")]
    pub replication_method: Option<String>,
    /// Interval in seconds between CDC syncs. Not allowed for "snapshot" replication mode.
    #[serde(rename = "syncIntervalSeconds", default, skip_serializing_if = "Option::is_none")]
    pub sync_interval_seconds: Option<Whole>,
    /// Number of tables pulled in parallel during a CDC sync. Not allowed for "snapshot" replication mode.
    #[serde(rename = "queryCdcPullSyncParallelism", default, skip_serializing_if = "Option::is_none")]
    pub query_cdc_pull_sync_parallelism: Option<Whole>,
    /// Each CDC sync reads data only up to now minus this delay, giving recently written rows time to become visible in BigQuery. Increase it if your tables are loaded via batch jobs or Google Cloud Dataflow; if set too low, late-visible rows may be skipped. Not allowed for "snapshot" replication mode.
    #[serde(rename = "syncDelaySeconds", default, skip_serializing_if = "Option::is_none")]
    pub sync_delay_seconds: Option<Whole>,
    /// Maximum amount of time one pull (query) can cover. Applies when the pipe has fallen behind, e.g. on the first CDC sync or when resuming after a pause: with a 6 hour limit, a pipe that is 3 days behind catches up in 12 smaller pulls instead of one large query. If a pull fails, only that pull is retried. Not allowed for "snapshot" replication mode.
    #[serde(rename = "pullWindowSizeSeconds", default, skip_serializing_if = "Option::is_none")]
    pub pull_window_size_seconds: Option<Whole>,
    /// Standard 5-field cron expression (or a descriptor such as "@hourly") that schedules CDC syncs, e.g. "0 * * * *" to sync every hour sharp. Evaluated in UTC unless prefixed with "CRON_TZ=<zone>". Must not fire more than once a minute. Syncs run on this schedule instead of every syncIntervalSeconds, so the two cannot both be set. Not allowed for "snapshot" replication mode.
    #[serde(rename = "syncCron", default, skip_serializing_if = "Option::is_none")]
    pub sync_cron: Option<String>,
    /// Allow nullable columns in the destination table.
    #[serde(rename = "allowNullableColumns", default, skip_serializing_if = "Option::is_none")]
    pub allow_nullable_columns: Option<bool>,
    /// Number of parallel workers during initial load.
    #[serde(rename = "initialLoadParallelism", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub initial_load_parallelism: Option<f64>,
    /// Number of rows to snapshot per partition.
    #[serde(rename = "snapshotNumRowsPerPartition", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub snapshot_num_rows_per_partition: Option<f64>,
    /// Number of parallel tables to snapshot.
    #[serde(rename = "snapshotNumberOfParallelTables", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub snapshot_number_of_parallel_tables: Option<f64>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeBigQueryPipeSettings {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "replicationMode" => self.replication_mode = map.next_value()?,
            "replicationMethod" => self.replication_method = map.next_value()?,
            "syncIntervalSeconds" => self.sync_interval_seconds = map.next_value()?,
            "queryCdcPullSyncParallelism" => self.query_cdc_pull_sync_parallelism = map.next_value()?,
            "syncDelaySeconds" => self.sync_delay_seconds = map.next_value()?,
            "pullWindowSizeSeconds" => self.pull_window_size_seconds = map.next_value()?,
            "syncCron" => self.sync_cron = map.next_value()?,
            "allowNullableColumns" => self.allow_nullable_columns = map.next_value()?,
            "initialLoadParallelism" => self.initial_load_parallelism = map.next_value::<numbers::Float>()?.0,
            "snapshotNumRowsPerPartition" => self.snapshot_num_rows_per_partition = map.next_value::<numbers::Float>()?.0,
            "snapshotNumberOfParallelTables" => self.snapshot_number_of_parallel_tables = map.next_value::<numbers::Float>()?.0,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeBigQueryPipeSettings {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeBigQueryPipeSettings")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeBigQueryPipeTableMapping {
    /// Source BigQuery dataset name.
    #[serde(rename = "sourceDatasetName", default)]
    pub source_dataset_name: Option<String>,
    /// Source table name.
    #[serde(rename = "sourceTable", default)]
    pub source_table: Option<String>,
    /// Target ClickHouse table name.
    #[serde(rename = "targetTable", default)]
    pub target_table: Option<String>,
    /// Columns to exclude from the target table.
    #[serde(rename = "excludedColumns", default, skip_serializing_if = "Option::is_none")]
    pub excluded_columns: Option<Vec<String>>,
    /// Whether to use a custom sorting key for the target table.
    #[serde(rename = "useCustomSortingKey", default, skip_serializing_if = "Option::is_none")]
    pub use_custom_sorting_key: Option<bool>,
    /// Ordered list of columns to use as sorting key for the target table.
    #[serde(rename = "sortingKeys", default, skip_serializing_if = "Option::is_none")]
    pub sorting_keys: Option<Vec<String>>,
    /// Table engine to use for the target table.
    #[serde(rename = "tableEngine", default, skip_serializing_if = "Option::is_none")]
    pub table_engine: Option<String>,
    /// Source column of type TIMESTAMP used as the CDC watermark. Required for every table when replicationMethod is "query_based"; not allowed otherwise.
    #[serde(rename = "queryCdcWatermarkColumn", default, skip_serializing_if = "Option::is_none")]
    pub query_cdc_watermark_column: Option<String>,
    /// BigQuery table function used to read changes: "appends" (newly appended rows) or "changes" (all row changes). Required for every table when replicationMethod is "events_based"; not allowed otherwise.
    #[serde(rename = "eventsFunction", default, skip_serializing_if = "Option::is_none")]
    pub events_function: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeBigQueryPipeTableMapping {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "sourceDatasetName" => self.source_dataset_name = map.next_value()?,
            "sourceTable" => self.source_table = map.next_value()?,
            "targetTable" => self.target_table = map.next_value()?,
            "excludedColumns" => self.excluded_columns = map.next_value()?,
            "useCustomSortingKey" => self.use_custom_sorting_key = map.next_value()?,
            "sortingKeys" => self.sorting_keys = map.next_value()?,
            "tableEngine" => self.table_engine = map.next_value()?,
            "queryCdcWatermarkColumn" => self.query_cdc_watermark_column = map.next_value()?,
            "eventsFunction" => self.events_function = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeBigQueryPipeTableMapping {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeBigQueryPipeTableMapping")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeBigQueryServiceAccountSource {
    /// GCS bucket path for staging snapshot data (e.g., gs://my-bucket/staging/). Data will be automatically cleaned up after initial load.
    #[serde(rename = "snapshotStagingPath", default)]
    pub snapshot_staging_path: Option<String>,
    #[serde(rename = "settings", default)]
    pub settings: Option<ClickPipeBigQueryPipeSettings>,
    /// Table mappings for BigQuery pipe.
    #[serde(rename = "tableMappings", default)]
    pub table_mappings: Option<Vec<ClickPipeBigQueryPipeTableMapping>>,
    /// Authenticated with a Google Cloud service account JSON key.
    #[serde(rename = "authentication", default)]
    pub authentication: Option<String>,
    /// GCP project ID that owns the BigQuery resources.
    #[serde(rename = "projectId", default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeBigQueryServiceAccountSource {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "snapshotStagingPath" => self.snapshot_staging_path = map.next_value()?,
            "settings" => self.settings = map.next_value()?,
            "tableMappings" => self.table_mappings = map.next_value()?,
            "authentication" => self.authentication = map.next_value()?,
            "projectId" => self.project_id = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeBigQueryServiceAccountSource {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeBigQueryServiceAccountSource")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeBigQueryWorkloadIdentitySource {
    /// GCS bucket path for staging snapshot data (e.g., gs://my-bucket/staging/). Data will be automatically cleaned up after initial load.
    #[serde(rename = "snapshotStagingPath", default)]
    pub snapshot_staging_path: Option<String>,
    #[serde(rename = "settings", default)]
    pub settings: Option<ClickPipeBigQueryPipeSettings>,
    /// Table mappings for BigQuery pipe.
    #[serde(rename = "tableMappings", default)]
    pub table_mappings: Option<Vec<ClickPipeBigQueryPipeTableMapping>>,
    /// Authenticated with the ClickPipes service tenant identity. SERVICE_ACCOUNT_WORKLOAD_IDENTITY is in Private Preview. ClickPipes uses the GCP service account returned in gcpWorkloadIdentity.principal by the operation with operationId clickPipesServiceContextGet; grant it access to the source resources.
    #[serde(rename = "authentication", default)]
    pub authentication: Option<String>,
    /// GCP project ID that owns the BigQuery resources. Older pipes created outside OpenAPI may omit this field.
    #[serde(rename = "projectId", default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeBigQueryWorkloadIdentitySource {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "snapshotStagingPath" => self.snapshot_staging_path = map.next_value()?,
            "settings" => self.settings = map.next_value()?,
            "tableMappings" => self.table_mappings = map.next_value()?,
            "authentication" => self.authentication = map.next_value()?,
            "projectId" => self.project_id = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeBigQueryWorkloadIdentitySource {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeBigQueryWorkloadIdentitySource")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeDestination {
    /// Destination database.
    #[serde(rename = "database", default, skip_serializing_if = "Option::is_none")]
    pub database: Option<String>,
    /// Destination table. Required field for all pipe types except database pipes (Postgres, MySQL, BigQuery).
    #[serde(rename = "table", default, skip_serializing_if = "Option::is_none")]
    pub table: Option<String>,
    /// Is the table managed by ClickPipes? Required field for all pipe types except database pipes (Postgres, MySQL, BigQuery).
    #[serde(rename = "managedTable", default, skip_serializing_if = "Option::is_none")]
    pub managed_table: Option<bool>,
    #[serde(rename = "tableDefinition", default, skip_serializing_if = "Option::is_none")]
    pub table_definition: Option<ClickPipeDestinationTableDefinition>,
    /// Columns of the destination table. Required field for all pipe types except database pipes (Postgres, MySQL, BigQuery).
    #[serde(rename = "columns", default, skip_serializing_if = "Option::is_none")]
    pub columns: Option<Vec<ClickPipeDestinationColumn>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeDestination {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "database" => self.database = map.next_value()?,
            "table" => self.table = map.next_value()?,
            "managedTable" => self.managed_table = map.next_value()?,
            "tableDefinition" => self.table_definition = map.next_value()?,
            "columns" => self.columns = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeDestination {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeDestination")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeDestinationColumn {
    /// Name of the column.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Type of the column.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeDestinationColumn {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "name" => self.name = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeDestinationColumn {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeDestinationColumn")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeDestinationTableDefinition {
    #[serde(rename = "engine", default, skip_serializing_if = "Option::is_none")]
    pub engine: Option<ClickPipeDestinationTableEngine>,
    /// Sorting key of the destination table. An entry that matches the name of a column declared in `columns` is used as that column. Any other entry is used as a SQL expression, for example a JSON sub-path such as `payload.workspace_id`. Entries must not contain commas, and every component must be non-Nullable.
    #[serde(rename = "sortingKey", default, skip_serializing_if = "Option::is_none")]
    pub sorting_key: Option<Vec<String>>,
    /// Partition key SQL expression.
    #[serde(rename = "partitionBy", default, skip_serializing_if = "Option::is_none")]
    pub partition_by: Option<String>,
    /// Primary key of SQL expression.
    #[serde(rename = "primaryKey", default, skip_serializing_if = "Option::is_none")]
    pub primary_key: Option<String>,
    /// TTL SQL expression of the destination table.
    #[serde(rename = "ttl", default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeDestinationTableDefinition {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "engine" => self.engine = map.next_value()?,
            "sortingKey" => self.sorting_key = map.next_value()?,
            "partitionBy" => self.partition_by = map.next_value()?,
            "primaryKey" => self.primary_key = map.next_value()?,
            "ttl" => self.ttl = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeDestinationTableDefinition {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeDestinationTableDefinition")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeDestinationTableEngine {
    /// Engine type of the destination table.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Column name to use as version for ReplacingMergeTree engine.
    #[serde(rename = "versionColumnId", default, skip_serializing_if = "Option::is_none")]
    pub version_column_id: Option<String>,
    /// Column names to sum for SummingMergeTree engine.
    #[serde(rename = "columnIds", default, skip_serializing_if = "Option::is_none")]
    pub column_ids: Option<Vec<String>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeDestinationTableEngine {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "type" => self.r#type = map.next_value()?,
            "versionColumnId" => self.version_column_id = map.next_value()?,
            "columnIds" => self.column_ids = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeDestinationTableEngine {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeDestinationTableEngine")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeFieldMapping {
    /// Source field name.
    #[serde(rename = "sourceField", default, skip_serializing_if = "Option::is_none")]
    pub source_field: Option<String>,
    /// Destination field name.
    #[serde(rename = "destinationField", default, skip_serializing_if = "Option::is_none")]
    pub destination_field: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeFieldMapping {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "sourceField" => self.source_field = map.next_value()?,
            "destinationField" => self.destination_field = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeFieldMapping {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeFieldMapping")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeKafkaConfluentSchemaRegistry {
    /// Type of the schema registry. Defaults to 'confluent' (a Confluent-compatible REST registry).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Schema URL. HTTPS required.
    #[serde(rename = "url", default)]
    pub url: Option<String>,
    /// Authentication type of the schema registry.
    #[serde(rename = "authentication", default, skip_serializing_if = "Option::is_none")]
    pub authentication: Option<String>,
    /// PEM encoded CA certificates to validate the schema registry's certificate.
    #[serde(rename = "caCertificate", default, skip_serializing_if = "Option::is_none")]
    pub ca_certificate: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeKafkaConfluentSchemaRegistry {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "type" => self.r#type = map.next_value()?,
            "url" => self.url = map.next_value()?,
            "authentication" => self.authentication = map.next_value()?,
            "caCertificate" => self.ca_certificate = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeKafkaConfluentSchemaRegistry {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeKafkaConfluentSchemaRegistry")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeKafkaGlueSchemaRegistry {
    /// Type of the schema registry. Use 'glue' for the AWS Glue Schema Registry, which authenticates with IAM instead of credentials.
    #[serde(rename = "type", default)]
    pub r#type: Option<String>,
    /// AWS region of the Glue Schema Registry.
    #[serde(rename = "glueRegion", default)]
    pub glue_region: Option<String>,
    /// Name of the Glue Schema Registry.
    #[serde(rename = "glueRegistryName", default)]
    pub glue_registry_name: Option<String>,
    /// IAM role to assume for Glue Schema Registry access. Defaults to the iamRole of the Kafka source, so it is required when the source does not authenticate with IAM. Read more in ClickPipes documentation: https://clickhouse.com/docs/en/integrations/clickpipes/kafka#iam
    #[serde(rename = "glueRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub glue_role_arn: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeKafkaGlueSchemaRegistry {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "type" => self.r#type = map.next_value()?,
            "glueRegion" => self.glue_region = map.next_value()?,
            "glueRegistryName" => self.glue_registry_name = map.next_value()?,
            "glueRoleArn" => self.glue_role_arn = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeKafkaGlueSchemaRegistry {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeKafkaGlueSchemaRegistry")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeKafkaOffset {
    /// Offset strategy.
    #[serde(rename = "strategy", default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<String>,
    /// A minute precision UTC timestamp to start from. Required for "from_timestamp" strategy.
    #[serde(rename = "timestamp", default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeKafkaOffset {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "strategy" => self.strategy = map.next_value()?,
            "timestamp" => self.timestamp = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeKafkaOffset {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeKafkaOffset")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeKafkaSource {
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
    #[serde(rename = "consumerGroup", default, skip_serializing_if = "Option::is_none")]
    pub consumer_group: Option<String>,
    /// Authentication method of the Kafka source. SERVICE_ACCOUNT_WORKLOAD_IDENTITY is in Private Preview. ClickPipes uses the GCP service account returned in gcpWorkloadIdentity.principal by the operation with operationId clickPipesServiceContextGet; grant it access to the source resources. Supported authentication methods: kafka: PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, MUTUAL_TLS, msk: SCRAM-SHA-512, IAM_ROLE, IAM_USER, MUTUAL_TLS, gcmk: PLAIN, MUTUAL_TLS, SERVICE_ACCOUNT_WORKLOAD_IDENTITY, confluent: PLAIN, MUTUAL_TLS, warpstream: PLAIN, azureeventhub: PLAIN, redpanda: SCRAM-SHA-256, SCRAM-SHA-512, MUTUAL_TLS, dokafka: SCRAM-SHA-256, MUTUAL_TLS
    #[serde(rename = "authentication", default, skip_serializing_if = "Option::is_none")]
    pub authentication: Option<String>,
    /// IAM role for the Kafka source. Use with IAM role authentication. Read more in ClickPipes documentation: https://clickhouse.com/docs/en/integrations/clickpipes/kafka#iam
    #[serde(rename = "iamRole", default, skip_serializing_if = "Option::is_none")]
    pub iam_role: Option<String>,
    #[serde(rename = "offset", default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<ClickPipeKafkaOffset>,
    #[serde(rename = "schemaRegistry", default, skip_serializing_if = "Option::is_none")]
    pub schema_registry: Option<ClickPipeKafkaSchemaRegistry>,
    /// PEM encoded CA certificates to validate the broker's certificate.
    #[serde(rename = "caCertificate", default, skip_serializing_if = "Option::is_none")]
    pub ca_certificate: Option<String>,
    /// Reverse private endpoint UUIDs used for a secure private connection to the Kafka source.
    #[serde(rename = "reversePrivateEndpointIds", default, skip_serializing_if = "Option::is_none")]
    pub reverse_private_endpoint_ids: Option<Vec<String>>,
    /// Enable exactly-once delivery. Guarantees every Kafka record is inserted exactly once across restarts and rebalances. Can only be set at pipe creation.
    #[serde(rename = "exactlyOnce", default, skip_serializing_if = "Option::is_none")]
    pub exactly_once: Option<bool>,
    /// How Kafka tombstone records are handled. Set to "delete" to delete the matching destination row; this requires exactly-once delivery. Set to "soft_delete" to write a row with the _is_deleted virtual column set to true; exactly-once delivery is not required. Can only be set at pipe creation.
    #[serde(rename = "tombstoneMode", default, skip_serializing_if = "Option::is_none")]
    pub tombstone_mode: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeKafkaSource {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "type" => self.r#type = map.next_value()?,
            "format" => self.format = map.next_value()?,
            "brokers" => self.brokers = map.next_value()?,
            "topics" => self.topics = map.next_value()?,
            "consumerGroup" => self.consumer_group = map.next_value()?,
            "authentication" => self.authentication = map.next_value()?,
            "iamRole" => self.iam_role = map.next_value()?,
            "offset" => self.offset = map.next_value()?,
            "schemaRegistry" => self.schema_registry = map.next_value()?,
            "caCertificate" => self.ca_certificate = map.next_value()?,
            "reversePrivateEndpointIds" => self.reverse_private_endpoint_ids = map.next_value()?,
            "exactlyOnce" => self.exactly_once = map.next_value()?,
            "tombstoneMode" => self.tombstone_mode = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeKafkaSource {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeKafkaSource")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeKinesisSchemaRegistry {
    /// Type of the schema registry. Kinesis ClickPipes support the AWS Glue Schema Registry, which authenticates with IAM instead of credentials.
    #[serde(rename = "type", default)]
    pub r#type: Option<String>,
    /// AWS region of the Glue Schema Registry.
    #[serde(rename = "glueRegion", default)]
    pub glue_region: Option<String>,
    /// Name of the Glue Schema Registry.
    #[serde(rename = "glueRegistryName", default)]
    pub glue_registry_name: Option<String>,
    /// IAM role to assume for Glue Schema Registry access. Defaults to the IAM identity of the Kinesis source.
    #[serde(rename = "glueRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub glue_role_arn: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeKinesisSchemaRegistry {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "type" => self.r#type = map.next_value()?,
            "glueRegion" => self.glue_region = map.next_value()?,
            "glueRegistryName" => self.glue_registry_name = map.next_value()?,
            "glueRoleArn" => self.glue_role_arn = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeKinesisSchemaRegistry {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeKinesisSchemaRegistry")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeKinesisSource {
    /// Format of the Kinesis stream.
    #[serde(rename = "format", default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// Name of the Kinesis stream.
    #[serde(rename = "streamName", default, skip_serializing_if = "Option::is_none")]
    pub stream_name: Option<String>,
    /// AWS region of the Kinesis stream.
    #[serde(rename = "region", default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Use enhanced fan-out for the Kinesis stream.
    #[serde(rename = "useEnhancedFanOut", default, skip_serializing_if = "Option::is_none")]
    pub use_enhanced_fan_out: Option<bool>,
    /// Type of iterator to use when reading from the Kinesis stream. If AT_TIMESTAMP is used, the timestamp field must be provided.
    #[serde(rename = "iteratorType", default, skip_serializing_if = "Option::is_none")]
    pub iterator_type: Option<String>,
    /// UNIX timestamp to start reading from the Kinesis stream. Required if iteratorType is AT_TIMESTAMP.
    #[serde(rename = "timestamp", default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Whole>,
    /// Authentication method to use with the Kinesis stream.
    #[serde(rename = "authentication", default, skip_serializing_if = "Option::is_none")]
    pub authentication: Option<String>,
    /// IAM role to use for authentication. Required if IAM_ROLE is used.
    #[serde(rename = "iamRole", default, skip_serializing_if = "Option::is_none")]
    pub iam_role: Option<String>,
    #[serde(rename = "schemaRegistry", default, skip_serializing_if = "Option::is_none")]
    pub schema_registry: Option<ClickPipeKinesisSchemaRegistry>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeKinesisSource {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "format" => self.format = map.next_value()?,
            "streamName" => self.stream_name = map.next_value()?,
            "region" => self.region = map.next_value()?,
            "useEnhancedFanOut" => self.use_enhanced_fan_out = map.next_value()?,
            "iteratorType" => self.iterator_type = map.next_value()?,
            "timestamp" => self.timestamp = map.next_value()?,
            "authentication" => self.authentication = map.next_value()?,
            "iamRole" => self.iam_role = map.next_value()?,
            "schemaRegistry" => self.schema_registry = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeKinesisSource {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeKinesisSource")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeMongoDBPipeColumn {
    /// Top-level document field name.
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// ClickHouse type the field is replicated as. Must be a valid ClickHouse column type supported by structured ingestion.
    #[serde(rename = "type", default)]
    pub r#type: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeMongoDBPipeColumn {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "name" => self.name = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeMongoDBPipeColumn {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeMongoDBPipeColumn")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeMongoDBPipeSettings {
    /// Interval in seconds to sync data from MongoDB during CDC replication.
    #[serde(rename = "syncIntervalSeconds", default, skip_serializing_if = "Option::is_none")]
    pub sync_interval_seconds: Option<Whole>,
    /// Number of rows to pull in each batch during CDC replication.
    #[serde(rename = "pullBatchSize", default, skip_serializing_if = "Option::is_none")]
    pub pull_batch_size: Option<Whole>,
    /// Replication mode: "cdc" (change data capture with initial snapshot), "snapshot" (one-time snapshot only), or "cdc_only" (CDC without initial snapshot).
    #[serde(rename = "replicationMode", default)]
    pub replication_mode: Option<String>,
    /// Number of parallel workers to use per collection in the initial snapshot phase.
    #[serde(rename = "initialLoadParallelism", default, skip_serializing_if = "Option::is_none")]
    pub initial_load_parallelism: Option<Whole>,
    /// Number of rows per partition during the snapshot phase.
    #[serde(rename = "snapshotNumRowsPerPartition", default, skip_serializing_if = "Option::is_none")]
    pub snapshot_num_rows_per_partition: Option<Whole>,
    /// Number of collections to snapshot in parallel during the initial load phase.
    #[serde(rename = "snapshotNumberOfParallelTables", default, skip_serializing_if = "Option::is_none")]
    pub snapshot_number_of_parallel_tables: Option<Whole>,
    /// Enable hard delete behavior in ReplacingMergeTree for MongoDB DELETE operations.
    #[serde(rename = "deleteOnMerge", default, skip_serializing_if = "Option::is_none")]
    pub delete_on_merge: Option<bool>,
    /// Store JSON values in native ClickHouse JSON format. When disabled, JSON data is stored as String.
    #[serde(rename = "useJsonNativeFormat", default, skip_serializing_if = "Option::is_none")]
    pub use_json_native_format: Option<bool>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeMongoDBPipeSettings {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "syncIntervalSeconds" => self.sync_interval_seconds = map.next_value()?,
            "pullBatchSize" => self.pull_batch_size = map.next_value()?,
            "replicationMode" => self.replication_mode = map.next_value()?,
            "initialLoadParallelism" => self.initial_load_parallelism = map.next_value()?,
            "snapshotNumRowsPerPartition" => self.snapshot_num_rows_per_partition = map.next_value()?,
            "snapshotNumberOfParallelTables" => self.snapshot_number_of_parallel_tables = map.next_value()?,
            "deleteOnMerge" => self.delete_on_merge = map.next_value()?,
            "useJsonNativeFormat" => self.use_json_native_format = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeMongoDBPipeSettings {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeMongoDBPipeSettings")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeMongoDBPipeTableMapping {
    /// MongoDB source database name.
    #[serde(rename = "sourceDatabaseName", default)]
    pub source_database_name: Option<String>,
    /// MongoDB source collection name.
    #[serde(rename = "sourceCollection", default)]
    pub source_collection: Option<String>,
    /// ClickHouse target table name. The table will be created automatically if it does not exist.
    #[serde(rename = "targetTable", default)]
    pub target_table: Option<String>,
    /// ClickHouse table engine: "ReplacingMergeTree" (handles updates/deletes), "MergeTree" (append-only), or "Null" (forward data to materialized views without storing it).
    #[serde(rename = "tableEngine", default, skip_serializing_if = "Option::is_none")]
    pub table_engine: Option<String>,
    #[serde(rename = "structuredIngestion", default, skip_serializing_if = "Option::is_none")]
    pub structured_ingestion: Option<ClickPipeMongoDBStructuredIngestion>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeMongoDBPipeTableMapping {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "sourceDatabaseName" => self.source_database_name = map.next_value()?,
            "sourceCollection" => self.source_collection = map.next_value()?,
            "targetTable" => self.target_table = map.next_value()?,
            "tableEngine" => self.table_engine = map.next_value()?,
            "structuredIngestion" => self.structured_ingestion = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeMongoDBPipeTableMapping {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeMongoDBPipeTableMapping")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeMongoDBSource {
    /// MongoDB connection URI. Supports both standard URIs (mongodb://...) and SRV URIs (mongodb+srv://...). Embedded credentials are redacted from API responses, so the returned value can differ from what was submitted.
    #[serde(rename = "uri", default)]
    pub uri: Option<String>,
    /// MongoDB read preference for replica set reads.
    #[serde(rename = "readPreference", default)]
    pub read_preference: Option<String>,
    /// TLS/SSL host for secure connections.
    #[serde(rename = "tlsHost", default, skip_serializing_if = "Option::is_none")]
    pub tls_host: Option<String>,
    /// Disable TLS for the MongoDB connection. Defaults to false (TLS enabled).
    #[serde(rename = "disableTls", default, skip_serializing_if = "Option::is_none")]
    pub disable_tls: Option<bool>,
    /// Skip TLS certificate verification for the MongoDB connection. Use with caution in production environments.
    #[serde(rename = "skipCertVerification", default, skip_serializing_if = "Option::is_none")]
    pub skip_cert_verification: Option<bool>,
    /// PEM encoded CA certificate to validate the MongoDB server certificate.
    #[serde(rename = "caCertificate", default, skip_serializing_if = "Option::is_none")]
    pub ca_certificate: Option<String>,
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<ClickPipeMongoDBPipeSettings>,
    /// List of collection mappings defining which MongoDB collections to replicate and how they map to ClickHouse tables.
    #[serde(rename = "tableMappings", default, skip_serializing_if = "Option::is_none")]
    pub table_mappings: Option<Vec<ClickPipeMongoDBPipeTableMapping>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeMongoDBSource {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "uri" => self.uri = map.next_value()?,
            "readPreference" => self.read_preference = map.next_value()?,
            "tlsHost" => self.tls_host = map.next_value()?,
            "disableTls" => self.disable_tls = map.next_value()?,
            "skipCertVerification" => self.skip_cert_verification = map.next_value()?,
            "caCertificate" => self.ca_certificate = map.next_value()?,
            "settings" => self.settings = map.next_value()?,
            "tableMappings" => self.table_mappings = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeMongoDBSource {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeMongoDBSource")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeMongoDBStructuredIngestion {
    /// Replicate the collection into typed ClickHouse columns instead of a single JSON document column.
    #[serde(rename = "enabled", default)]
    pub enabled: Option<bool>,
    /// When true, values that don't fit their column are reported with only the field name and reason, without the value.
    #[serde(rename = "dropUnexpectedValues", default, skip_serializing_if = "Option::is_none")]
    pub drop_unexpected_values: Option<bool>,
    /// Typed columns of the collection, taken as provided. When omitted, the columns are inferred from a sample of the collection documents. The _id document is always replicated and uses String type.
    #[serde(rename = "columns", default, skip_serializing_if = "Option::is_none")]
    pub columns: Option<Vec<ClickPipeMongoDBPipeColumn>>,
    /// Names of columns, provided or inferred, to leave out of replication. Names that match no column are ignored. Column names must be unique within this list.
    #[serde(rename = "excludedColumns", default, skip_serializing_if = "Option::is_none")]
    pub excluded_columns: Option<Vec<String>>,
    /// Ordered list of column names to use as the sorting (ORDER BY) key in ClickHouse. When omitted, the sorting key is the _id document key.
    #[serde(rename = "sortingKeys", default, skip_serializing_if = "Option::is_none")]
    pub sorting_keys: Option<Vec<String>>,
    /// ClickHouse PARTITION BY expression applied to the destination table when ClickPipes creates it.
    #[serde(rename = "partitionByExpr", default, skip_serializing_if = "Option::is_none")]
    pub partition_by_expr: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeMongoDBStructuredIngestion {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "enabled" => self.enabled = map.next_value()?,
            "dropUnexpectedValues" => self.drop_unexpected_values = map.next_value()?,
            "columns" => self.columns = map.next_value()?,
            "excludedColumns" => self.excluded_columns = map.next_value()?,
            "sortingKeys" => self.sorting_keys = map.next_value()?,
            "partitionByExpr" => self.partition_by_expr = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeMongoDBStructuredIngestion {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeMongoDBStructuredIngestion")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeMySQLPipeSettings {
    /// Interval in seconds to sync data from MySQL during CDC replication.
    #[serde(rename = "syncIntervalSeconds", default, skip_serializing_if = "Option::is_none")]
    pub sync_interval_seconds: Option<Whole>,
    /// Number of rows to pull in each batch during CDC replication.
    #[serde(rename = "pullBatchSize", default, skip_serializing_if = "Option::is_none")]
    pub pull_batch_size: Option<Whole>,
    /// Replication mode: "cdc" (change data capture with initial snapshot), "snapshot" (one-time snapshot only), or "cdc_only" (CDC without initial snapshot).
    #[serde(rename = "replicationMode", default)]
    pub replication_mode: Option<String>,
    /// MySQL replication mechanism: "GTID" (Global Transaction Identifier) or "FILE_POS" (binary log file and position). Defaults to "GTID" if not specified. MariaDB supports "GTID" only. For "FILE_POS" on MySQL, contact support.
    #[serde(rename = "replicationMechanism", default, skip_serializing_if = "Option::is_none")]
    pub replication_mechanism: Option<String>,
    /// Enable compression for the MySQL connection.
    #[serde(rename = "useCompression", default, skip_serializing_if = "Option::is_none")]
    pub use_compression: Option<bool>,
    /// Preserve nullability from MySQL in the destination ClickHouse table. When true, columns without NOT NULL constraints are created as Nullable(...). When false, all columns are non-nullable and NULL values are replaced with the default value for the type. Note: Nullable types have performance overhead in ClickHouse.
    #[serde(rename = "allowNullableColumns", default, skip_serializing_if = "Option::is_none")]
    pub allow_nullable_columns: Option<bool>,
    /// Number of parallel workers to use per table in the initial snapshot phase.
    #[serde(rename = "initialLoadParallelism", default, skip_serializing_if = "Option::is_none")]
    pub initial_load_parallelism: Option<Whole>,
    /// Number of rows per partition during the snapshot phase.
    #[serde(rename = "snapshotNumRowsPerPartition", default, skip_serializing_if = "Option::is_none")]
    pub snapshot_num_rows_per_partition: Option<Whole>,
    /// Number of tables to snapshot in parallel during the initial load phase.
    #[serde(rename = "snapshotNumberOfParallelTables", default, skip_serializing_if = "Option::is_none")]
    pub snapshot_number_of_parallel_tables: Option<Whole>,
    /// Enable hard delete behavior in ReplacingMergeTree for MySQL DELETE operations.
    #[serde(rename = "deleteOnMerge", default, skip_serializing_if = "Option::is_none")]
    pub delete_on_merge: Option<bool>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeMySQLPipeSettings {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "syncIntervalSeconds" => self.sync_interval_seconds = map.next_value()?,
            "pullBatchSize" => self.pull_batch_size = map.next_value()?,
            "replicationMode" => self.replication_mode = map.next_value()?,
            "replicationMechanism" => self.replication_mechanism = map.next_value()?,
            "useCompression" => self.use_compression = map.next_value()?,
            "allowNullableColumns" => self.allow_nullable_columns = map.next_value()?,
            "initialLoadParallelism" => self.initial_load_parallelism = map.next_value()?,
            "snapshotNumRowsPerPartition" => self.snapshot_num_rows_per_partition = map.next_value()?,
            "snapshotNumberOfParallelTables" => self.snapshot_number_of_parallel_tables = map.next_value()?,
            "deleteOnMerge" => self.delete_on_merge = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeMySQLPipeSettings {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeMySQLPipeSettings")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeMySQLPipeTableMapping {
    /// MySQL source database name.
    #[serde(rename = "sourceSchemaName", default)]
    pub source_schema_name: Option<String>,
    /// MySQL source table name.
    #[serde(rename = "sourceTable", default)]
    pub source_table: Option<String>,
    /// ClickHouse target table name, optionally prefixed with schema name (e.g., "my_database_my_table"). The table will be created automatically if it does not exist. For snapshot mode, the target table must be empty.
    #[serde(rename = "targetTable", default)]
    pub target_table: Option<String>,
    /// List of column names to exclude from replication. Column names must be unique within this list.
    #[serde(rename = "excludedColumns", default, skip_serializing_if = "Option::is_none")]
    pub excluded_columns: Option<Vec<String>>,
    /// Whether to use a custom sorting key. If true, sortingKeys must be provided. If false or omitted, the default sorting key is the MySQL primary key.
    #[serde(rename = "useCustomSortingKey", default, skip_serializing_if = "Option::is_none")]
    pub use_custom_sorting_key: Option<bool>,
    /// Ordered list of column names to use as the sorting (ORDER BY) key in ClickHouse. Only used when useCustomSortingKey is true. Column names must be unique within this list.
    #[serde(rename = "sortingKeys", default, skip_serializing_if = "Option::is_none")]
    pub sorting_keys: Option<Vec<String>>,
    /// ClickHouse table engine: "ReplacingMergeTree" (handles updates/deletes), "MergeTree" (append-only), or "Null" (forward data to materialized views without storing it).
    #[serde(rename = "tableEngine", default, skip_serializing_if = "Option::is_none")]
    pub table_engine: Option<String>,
    /// Custom partitioning column used for parallel snapshotting. Must be an indexed column of an integer, date, datetime or timestamp type. Unrelated to ClickHouse partitioning.
    #[serde(rename = "partitionKey", default, skip_serializing_if = "Option::is_none")]
    pub partition_key: Option<String>,
    /// ClickHouse PARTITION BY expression applied to the destination table when ClickPipes creates it.
    #[serde(rename = "partitionByExpr", default, skip_serializing_if = "Option::is_none")]
    pub partition_by_expr: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeMySQLPipeTableMapping {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "sourceSchemaName" => self.source_schema_name = map.next_value()?,
            "sourceTable" => self.source_table = map.next_value()?,
            "targetTable" => self.target_table = map.next_value()?,
            "excludedColumns" => self.excluded_columns = map.next_value()?,
            "useCustomSortingKey" => self.use_custom_sorting_key = map.next_value()?,
            "sortingKeys" => self.sorting_keys = map.next_value()?,
            "tableEngine" => self.table_engine = map.next_value()?,
            "partitionKey" => self.partition_key = map.next_value()?,
            "partitionByExpr" => self.partition_by_expr = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeMySQLPipeTableMapping {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeMySQLPipeTableMapping")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeMySQLSource {
    /// Type of the MySQL source. Defaults to "mysql" if not specified.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// MySQL server hostname or IP address. To use a reverse private endpoint, pass the endpoint hostname here. For Cloud SQL with SERVICE_ACCOUNT_WORKLOAD_IDENTITY authentication, pass the instance connection name (project:region:instance).
    #[serde(rename = "host", default)]
    pub host: Option<String>,
    /// MySQL server port.
    #[serde(rename = "port", default)]
    pub port: Option<Whole>,
    /// Authentication method for MySQL connection. IAM_ROLE is only available for services on AWS.
    #[serde(rename = "authentication", default, skip_serializing_if = "Option::is_none")]
    pub authentication: Option<String>,
    /// IAM role ARN for IAM authentication (required for IAM_ROLE authentication, services on AWS only).
    #[serde(rename = "iamRole", default, skip_serializing_if = "Option::is_none")]
    pub iam_role: Option<String>,
    /// TLS/SSL host for secure connections.
    #[serde(rename = "tlsHost", default, skip_serializing_if = "Option::is_none")]
    pub tls_host: Option<String>,
    /// PEM encoded CA certificate to validate the MySQL server certificate.
    #[serde(rename = "caCertificate", default, skip_serializing_if = "Option::is_none")]
    pub ca_certificate: Option<String>,
    /// Disable TLS for the MySQL connection. Use with caution in production environments.
    #[serde(rename = "disableTls", default, skip_serializing_if = "Option::is_none")]
    pub disable_tls: Option<bool>,
    /// Skip TLS certificate verification for the MySQL connection. Use with caution in production environments.
    #[serde(rename = "skipCertVerification", default, skip_serializing_if = "Option::is_none")]
    pub skip_cert_verification: Option<bool>,
    /// Optional MySQL server_id the pipe declares itself as in the MySQL replication topology. Must be unique across replicas connected to the source. If omitted, one is assigned automatically.
    #[serde(rename = "serverId", default, skip_serializing_if = "Option::is_none")]
    pub server_id: Option<Whole>,
    #[serde(rename = "settings", default)]
    pub settings: Option<ClickPipeMySQLPipeSettings>,
    /// List of table mappings defining which MySQL tables to replicate and how they map to ClickHouse tables.
    #[serde(rename = "tableMappings", default)]
    pub table_mappings: Option<Vec<ClickPipeMySQLPipeTableMapping>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeMySQLSource {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "type" => self.r#type = map.next_value()?,
            "host" => self.host = map.next_value()?,
            "port" => self.port = map.next_value()?,
            "authentication" => self.authentication = map.next_value()?,
            "iamRole" => self.iam_role = map.next_value()?,
            "tlsHost" => self.tls_host = map.next_value()?,
            "caCertificate" => self.ca_certificate = map.next_value()?,
            "disableTls" => self.disable_tls = map.next_value()?,
            "skipCertVerification" => self.skip_cert_verification = map.next_value()?,
            "serverId" => self.server_id = map.next_value()?,
            "settings" => self.settings = map.next_value()?,
            "tableMappings" => self.table_mappings = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeMySQLSource {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeMySQLSource")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeObjectStorageSource {
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
    #[serde(rename = "delimiter", default, skip_serializing_if = "Option::is_none")]
    pub delimiter: Option<String>,
    /// Compression algorithm used for the files.
    #[serde(rename = "compression", default, skip_serializing_if = "Option::is_none")]
    pub compression: Option<String>,
    /// If set to true, the pipe will continuously read new files from the source. If set to false, the pipe will read the files only once. New files have to be uploaded lexically order.
    #[serde(rename = "isContinuous", default, skip_serializing_if = "Option::is_none")]
    pub is_continuous: Option<bool>,
    /// Queue URL for event-based continuous ingestion. For S3, provide an SQS queue URL. For GCS, provide a Pub/Sub subscription (e.g. projects/{project}/subscriptions/{name}). When provided, files are ingested based on event notifications rather than lexicographical order. Only applicable when isContinuous is true and authentication is not public.
    #[serde(rename = "queueUrl", default, skip_serializing_if = "Option::is_none")]
    pub queue_url: Option<String>,
    /// If set to true, skips the initial load and only ingests files delivered by queue notifications. Only applicable when queueUrl is provided.
    #[serde(rename = "skipInitialLoad", default, skip_serializing_if = "Option::is_none")]
    pub skip_initial_load: Option<bool>,
    /// Skip all files up to and including this object key during the initial load. Cannot be provided when skipInitialLoad is true.
    #[serde(rename = "startAfter", default, skip_serializing_if = "Option::is_none")]
    pub start_after: Option<String>,
    /// Authentication method. IAM_USER is for S3, GCS, and DigitalOcean Spaces. IAM_ROLE is for S3 only. SERVICE_ACCOUNT is for GCS only. For GCS, SERVICE_ACCOUNT_WORKLOAD_IDENTITY is in Private Preview. ClickPipes uses the GCP service account returned in gcpWorkloadIdentity.principal by the operation with operationId clickPipesServiceContextGet; grant it access to the source resources. CONNECTION_STRING is for Azure Blob Storage. PUBLIC uses no authentication.
    #[serde(rename = "authentication", default, skip_serializing_if = "Option::is_none")]
    pub authentication: Option<String>,
    /// IAM role to be used with IAM role authentication. Read more in ClickPipes documentation: https://clickhouse.com/docs/en/integrations/clickpipes/object-storage#authentication
    #[serde(rename = "iamRole", default, skip_serializing_if = "Option::is_none")]
    pub iam_role: Option<String>,
    /// Connection string for Azure Blob Storage authentication. Required when authentication is CONNECTION_STRING.
    #[serde(rename = "connectionString", default, skip_serializing_if = "Option::is_none")]
    pub connection_string: Option<String>,
    /// Path to the file(s) within the Azure container. Used for Azure Blob Storage sources. You can specify multiple files using bash-like wildcards. For more information, see the documentation on using wildcards in path: https://clickhouse.com/docs/en/integrations/clickpipes/object-storage#limitations
    #[serde(rename = "path", default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Container name for Azure Blob Storage. Required when type is azureblobstorage.
    #[serde(rename = "azureContainerName", default, skip_serializing_if = "Option::is_none")]
    pub azure_container_name: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeObjectStorageSource {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "type" => self.r#type = map.next_value()?,
            "format" => self.format = map.next_value()?,
            "url" => self.url = map.next_value()?,
            "delimiter" => self.delimiter = map.next_value()?,
            "compression" => self.compression = map.next_value()?,
            "isContinuous" => self.is_continuous = map.next_value()?,
            "queueUrl" => self.queue_url = map.next_value()?,
            "skipInitialLoad" => self.skip_initial_load = map.next_value()?,
            "startAfter" => self.start_after = map.next_value()?,
            "authentication" => self.authentication = map.next_value()?,
            "iamRole" => self.iam_role = map.next_value()?,
            "connectionString" => self.connection_string = map.next_value()?,
            "path" => self.path = map.next_value()?,
            "azureContainerName" => self.azure_container_name = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeObjectStorageSource {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeObjectStorageSource")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipePostgresPipeSettings {
    /// Interval in seconds to sync data from Postgres during CDC replication.
    #[serde(rename = "syncIntervalSeconds", default, skip_serializing_if = "Option::is_none")]
    pub sync_interval_seconds: Option<Whole>,
    /// Number of rows to pull in each batch during CDC replication.
    #[serde(rename = "pullBatchSize", default, skip_serializing_if = "Option::is_none")]
    pub pull_batch_size: Option<Whole>,
    /// PostgreSQL publication name to use for CDC replication. If not provided, ClickPipes will create one automatically.
    #[serde(rename = "publicationName", default, skip_serializing_if = "Option::is_none")]
    pub publication_name: Option<String>,
    /// Replication mode: "cdc" (change data capture with initial snapshot), "snapshot" (one-time snapshot only), or "cdc_only" (CDC without initial snapshot).
    #[serde(rename = "replicationMode", default, skip_serializing_if = "Option::is_none")]
    pub replication_mode: Option<String>,
    /// PostgreSQL replication slot name. Only valid for "cdc_only" mode. For "cdc" mode, ClickPipes creates the slot automatically.
    #[serde(rename = "replicationSlotName", default, skip_serializing_if = "Option::is_none")]
    pub replication_slot_name: Option<String>,
    /// Preserve nullability from Postgres in the destination ClickHouse table. When true, columns without NOT NULL constraints are created as Nullable(...). When false, all columns are non-nullable and NULL values are replaced with the default value for the type. Note: Nullable types have performance overhead in ClickHouse.
    #[serde(rename = "allowNullableColumns", default, skip_serializing_if = "Option::is_none")]
    pub allow_nullable_columns: Option<bool>,
    /// Number of parallel workers to use per table in the initial snapshot phase.
    #[serde(rename = "initialLoadParallelism", default, skip_serializing_if = "Option::is_none")]
    pub initial_load_parallelism: Option<Whole>,
    /// Number of rows per partition during the snapshot phase.
    #[serde(rename = "snapshotNumRowsPerPartition", default, skip_serializing_if = "Option::is_none")]
    pub snapshot_num_rows_per_partition: Option<Whole>,
    /// Number of tables to snapshot in parallel during the initial load phase.
    #[serde(rename = "snapshotNumberOfParallelTables", default, skip_serializing_if = "Option::is_none")]
    pub snapshot_number_of_parallel_tables: Option<Whole>,
    /// Enable failover support for the replication slot on PG17 and newer. Only applicable when ClickPipes creates the replication slot (i.e., replicationSlotName is NOT provided).
    #[serde(rename = "enableFailoverSlots", default, skip_serializing_if = "Option::is_none")]
    pub enable_failover_slots: Option<bool>,
    /// Enable hard delete behavior in ReplacingMergeTree for PostgreSQL DELETE operations.
    #[serde(rename = "deleteOnMerge", default, skip_serializing_if = "Option::is_none")]
    pub delete_on_merge: Option<bool>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipePostgresPipeSettings {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "syncIntervalSeconds" => self.sync_interval_seconds = map.next_value()?,
            "pullBatchSize" => self.pull_batch_size = map.next_value()?,
            "publicationName" => self.publication_name = map.next_value()?,
            "replicationMode" => self.replication_mode = map.next_value()?,
            "replicationSlotName" => self.replication_slot_name = map.next_value()?,
            "allowNullableColumns" => self.allow_nullable_columns = map.next_value()?,
            "initialLoadParallelism" => self.initial_load_parallelism = map.next_value()?,
            "snapshotNumRowsPerPartition" => self.snapshot_num_rows_per_partition = map.next_value()?,
            "snapshotNumberOfParallelTables" => self.snapshot_number_of_parallel_tables = map.next_value()?,
            "enableFailoverSlots" => self.enable_failover_slots = map.next_value()?,
            "deleteOnMerge" => self.delete_on_merge = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipePostgresPipeSettings {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipePostgresPipeSettings")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipePostgresPipeTableMapping {
    /// PostgreSQL source schema name.
    #[serde(rename = "sourceSchemaName", default, skip_serializing_if = "Option::is_none")]
    pub source_schema_name: Option<String>,
    /// PostgreSQL source table name.
    #[serde(rename = "sourceTable", default, skip_serializing_if = "Option::is_none")]
    pub source_table: Option<String>,
    /// ClickHouse target table name, optionally prefixed with schema name (e.g., "my_schema_my_table"). The table will be created automatically if it does not exist. For snapshot mode, the target table must be empty.
    #[serde(rename = "targetTable", default, skip_serializing_if = "Option::is_none")]
    pub target_table: Option<String>,
    /// List of column names to exclude from replication. Column names must be unique within this list.
    #[serde(rename = "excludedColumns", default, skip_serializing_if = "Option::is_none")]
    pub excluded_columns: Option<Vec<String>>,
    /// Whether to use a custom sorting key. If true, sortingKeys must be provided. If false or omitted, the default sorting key is the PostgreSQL primary key.
    #[serde(rename = "useCustomSortingKey", default, skip_serializing_if = "Option::is_none")]
    pub use_custom_sorting_key: Option<bool>,
    /// Ordered list of column names to use as the sorting (ORDER BY) key in ClickHouse. Only used when useCustomSortingKey is true. Column names must be unique within this list.
    #[serde(rename = "sortingKeys", default, skip_serializing_if = "Option::is_none")]
    pub sorting_keys: Option<Vec<String>>,
    /// ClickHouse table engine: "ReplacingMergeTree" (handles updates/deletes), "MergeTree" (append-only), or "Null" (forward data to materialized views without storing it).
    #[serde(rename = "tableEngine", default, skip_serializing_if = "Option::is_none")]
    pub table_engine: Option<String>,
    /// Custom partitioning column used for parallel snapshotting. Only beneficial for PostgreSQL 13 (no benefit for PG14+, which supports indexed ctid scans). Must be an indexed column of type: `smallint`, `integer`, `bigint`, `timestamp without time zone`, or `timestamp with time zone`. Unrelated to ClickHouse partitioning.
    #[serde(rename = "partitionKey", default, skip_serializing_if = "Option::is_none")]
    pub partition_key: Option<String>,
    /// ClickHouse PARTITION BY expression applied to the destination table when ClickPipes creates it.
    #[serde(rename = "partitionByExpr", default, skip_serializing_if = "Option::is_none")]
    pub partition_by_expr: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipePostgresPipeTableMapping {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "sourceSchemaName" => self.source_schema_name = map.next_value()?,
            "sourceTable" => self.source_table = map.next_value()?,
            "targetTable" => self.target_table = map.next_value()?,
            "excludedColumns" => self.excluded_columns = map.next_value()?,
            "useCustomSortingKey" => self.use_custom_sorting_key = map.next_value()?,
            "sortingKeys" => self.sorting_keys = map.next_value()?,
            "tableEngine" => self.table_engine = map.next_value()?,
            "partitionKey" => self.partition_key = map.next_value()?,
            "partitionByExpr" => self.partition_by_expr = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipePostgresPipeTableMapping {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipePostgresPipeTableMapping")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipePostgresSource {
    /// Type of the Postgres source. Defaults to "postgres" if not specified.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// PostgreSQL server hostname or IP address. To use a reverse private endpoint, pass the endpoint hostname here. For Cloud SQL with SERVICE_ACCOUNT_WORKLOAD_IDENTITY authentication, pass the instance connection name (project:region:instance).
    #[serde(rename = "host", default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// PostgreSQL server port.
    #[serde(rename = "port", default, skip_serializing_if = "Option::is_none")]
    pub port: Option<Whole>,
    /// PostgreSQL database name to replicate from.
    #[serde(rename = "database", default, skip_serializing_if = "Option::is_none")]
    pub database: Option<String>,
    /// Authentication method for Postgres connection. IAM_ROLE is only available for services on AWS.
    #[serde(rename = "authentication", default, skip_serializing_if = "Option::is_none")]
    pub authentication: Option<String>,
    /// IAM role ARN for IAM authentication (required for IAM_ROLE authentication, services on AWS only).
    #[serde(rename = "iamRole", default, skip_serializing_if = "Option::is_none")]
    pub iam_role: Option<String>,
    /// TLS/SSL host for secure connections.
    #[serde(rename = "tlsHost", default, skip_serializing_if = "Option::is_none")]
    pub tls_host: Option<String>,
    /// PEM encoded CA certificate to validate the Postgres server certificate.
    #[serde(rename = "caCertificate", default, skip_serializing_if = "Option::is_none")]
    pub ca_certificate: Option<String>,
    /// Disable TLS for the Postgres connection. Use with caution in production environments.
    #[serde(rename = "disableTls", default, skip_serializing_if = "Option::is_none")]
    pub disable_tls: Option<bool>,
    /// Skip TLS certificate verification for the Postgres connection. Use with caution in production environments.
    #[serde(rename = "skipCertVerification", default, skip_serializing_if = "Option::is_none")]
    pub skip_cert_verification: Option<bool>,
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<ClickPipePostgresPipeSettings>,
    /// List of table mappings defining which PostgreSQL tables to replicate and how they map to ClickHouse tables.
    #[serde(rename = "tableMappings", default, skip_serializing_if = "Option::is_none")]
    pub table_mappings: Option<Vec<ClickPipePostgresPipeTableMapping>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipePostgresSource {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "type" => self.r#type = map.next_value()?,
            "host" => self.host = map.next_value()?,
            "port" => self.port = map.next_value()?,
            "database" => self.database = map.next_value()?,
            "authentication" => self.authentication = map.next_value()?,
            "iamRole" => self.iam_role = map.next_value()?,
            "tlsHost" => self.tls_host = map.next_value()?,
            "caCertificate" => self.ca_certificate = map.next_value()?,
            "disableTls" => self.disable_tls = map.next_value()?,
            "skipCertVerification" => self.skip_cert_verification = map.next_value()?,
            "settings" => self.settings = map.next_value()?,
            "tableMappings" => self.table_mappings = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipePostgresSource {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipePostgresSource")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipePubSubSource {
    /// Format of messages in the Pub/Sub topic. GCP Pub/Sub ClickPipes are in private preview — contact support to enable this feature for your organization.
    #[serde(rename = "format", default)]
    pub format: Option<String>,
    /// GCP project ID that owns the Pub/Sub topic.
    #[serde(rename = "projectId", default)]
    pub project_id: Option<String>,
    /// Pub/Sub topic name (not the fully-qualified path).
    #[serde(rename = "topic", default)]
    pub topic: Option<String>,
    /// Authentication method to use with GCP Pub/Sub. SERVICE_ACCOUNT_WORKLOAD_IDENTITY is in Private Preview. ClickPipes uses the GCP service account returned in gcpWorkloadIdentity.principal by the operation with operationId clickPipesServiceContextGet; grant it access to the source resources.
    #[serde(rename = "authentication", default)]
    pub authentication: Option<String>,
    /// Starting position strategy for consuming the subscription. The seekTimestamp companion is required only when seekType is "timestamp"; setting it for a mismatched seek type is rejected.
    #[serde(rename = "seekType", default)]
    pub seek_type: Option<String>,
    /// RFC 3339 / ISO 8601 timestamp to seek to. Required when seekType is "timestamp"; must be omitted otherwise.
    #[serde(rename = "seekTimestamp", default, skip_serializing_if = "Option::is_none")]
    pub seek_timestamp: Option<Timestamp>,
    /// Optional Pub/Sub subscription filter expression (CEL). Maximum 256 characters.
    #[serde(rename = "filter", default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<String>,
    /// Whether to enable ordered delivery of messages (requires messages to be published with ordering keys).
    #[serde(rename = "enableOrdering", default, skip_serializing_if = "Option::is_none")]
    pub enable_ordering: Option<bool>,
    /// Acknowledgement deadline for messages, in seconds. Must be between 10 and 600.
    #[serde(rename = "ackDeadline", default, skip_serializing_if = "Option::is_none")]
    pub ack_deadline: Option<Whole>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipePubSubSource {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "format" => self.format = map.next_value()?,
            "projectId" => self.project_id = map.next_value()?,
            "topic" => self.topic = map.next_value()?,
            "authentication" => self.authentication = map.next_value()?,
            "seekType" => self.seek_type = map.next_value()?,
            "seekTimestamp" => self.seek_timestamp = map.next_value()?,
            "filter" => self.filter = map.next_value()?,
            "enableOrdering" => self.enable_ordering = map.next_value()?,
            "ackDeadline" => self.ack_deadline = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipePubSubSource {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipePubSubSource")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeScaling {
    /// Desired number of replicas. Only for scalable pipes.
    #[serde(rename = "replicas", default, skip_serializing_if = "Option::is_none")]
    pub replicas: Option<Whole>,
    /// Desired number of concurrency. Only for S3 pipes. If set to 0, concurrency is auto-scaled based on the cluster memory.
    #[serde(rename = "concurrency", default, skip_serializing_if = "Option::is_none")]
    pub concurrency: Option<Whole>,
    /// CPU in millicores for each replica. Only for streaming pipes.
    #[serde(rename = "replicaCpuMillicores", default, skip_serializing_if = "Option::is_none")]
    pub replica_cpu_millicores: Option<Whole>,
    /// Memory in GB for each replica. Only for streaming pipes.
    #[serde(rename = "replicaMemoryGb", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub replica_memory_gb: Option<f64>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeScaling {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "replicas" => self.replicas = map.next_value()?,
            "concurrency" => self.concurrency = map.next_value()?,
            "replicaCpuMillicores" => self.replica_cpu_millicores = map.next_value()?,
            "replicaMemoryGb" => self.replica_memory_gb = map.next_value::<numbers::Float>()?.0,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeScaling {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeScaling")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeSchemaDiscoveryField {
    /// Name of the inferred field.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Inferred ClickHouse data type of the field.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Whether the field is optional (nullable) in the source.
    #[serde(rename = "optional", default, skip_serializing_if = "Option::is_none")]
    pub optional: Option<bool>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeSchemaDiscoveryField {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "name" => self.name = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            "optional" => self.optional = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeSchemaDiscoveryField {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeSchemaDiscoveryField")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeSchemaDiscoveryResponse {
    /// Inferred schema fields with their ClickHouse data types.
    #[serde(rename = "fields", default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<ClickPipeSchemaDiscoveryField>>,
    #[serde(rename = "meta", default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Map<String, Value>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeSchemaDiscoveryResponse {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "fields" => self.fields = map.next_value()?,
            "meta" => self.meta = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeSchemaDiscoveryResponse {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeSchemaDiscoveryResponse")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeSettings {
    /// Streaming max insert wait time. Configures the max wait period before inserting data into the ClickHouse.
    #[serde(rename = "streaming_max_insert_wait_ms", default, skip_serializing_if = "Option::is_none")]
    pub streaming_max_insert_wait_ms: Option<Whole>,
    /// Object storage concurrency. Number of concurrent file processing threads
    #[serde(rename = "object_storage_concurrency", default, skip_serializing_if = "Option::is_none")]
    pub object_storage_concurrency: Option<Whole>,
    /// Object storage polling interval. Configures the refresh interval for querying continuous ingest for new object storage data
    #[serde(rename = "object_storage_polling_interval_ms", default, skip_serializing_if = "Option::is_none")]
    pub object_storage_polling_interval_ms: Option<Whole>,
    /// Max insert bytes. Number of bytes to process in a single insert batch
    #[serde(rename = "object_storage_max_insert_bytes", default, skip_serializing_if = "Option::is_none")]
    pub object_storage_max_insert_bytes: Option<Whole>,
    /// Max file count. Maximum number of files to process in a single insert batch
    #[serde(rename = "object_storage_max_file_count", default, skip_serializing_if = "Option::is_none")]
    pub object_storage_max_file_count: Option<Whole>,
    /// Max threads. Maximum number of concurrent threads for file processing
    #[serde(rename = "clickhouse_max_threads", default, skip_serializing_if = "Option::is_none")]
    pub clickhouse_max_threads: Option<Whole>,
    /// Max insert threads. Maximum number of concurrent insert threads
    #[serde(rename = "clickhouse_max_insert_threads", default, skip_serializing_if = "Option::is_none")]
    pub clickhouse_max_insert_threads: Option<Whole>,
    /// Min insert block size bytes. Minimum size of data block for insert (in bytes)
    #[serde(rename = "clickhouse_min_insert_block_size_bytes", default, skip_serializing_if = "Option::is_none")]
    pub clickhouse_min_insert_block_size_bytes: Option<Whole>,
    /// Max download threads. Maximum number of concurrent download threads
    #[serde(rename = "clickhouse_max_download_threads", default, skip_serializing_if = "Option::is_none")]
    pub clickhouse_max_download_threads: Option<Whole>,
    /// Parallel distributed insert select. Only applies when object_storage_use_cluster_function is enabled. When disabled, this setting is ignored and the effective value is 0.
    #[serde(rename = "clickhouse_parallel_distributed_insert_select", default, skip_serializing_if = "Option::is_none")]
    pub clickhouse_parallel_distributed_insert_select: Option<Whole>,
    /// Kafka Read Committed. Whether Kafka consumers read only committed messages
    #[serde(rename = "kafka_read_committed", default, skip_serializing_if = "Option::is_none")]
    pub kafka_read_committed: Option<bool>,
    /// use cluster function. Whether to use ClickHouse cluster function for distributed processing
    #[serde(rename = "object_storage_use_cluster_function", default, skip_serializing_if = "Option::is_none")]
    pub object_storage_use_cluster_function: Option<bool>,
    /// parallel view processing. Whether to enable pushing to attached views concurrently instead of sequentially
    #[serde(rename = "clickhouse_parallel_view_processing", default, skip_serializing_if = "Option::is_none")]
    pub clickhouse_parallel_view_processing: Option<bool>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeSettings {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "streaming_max_insert_wait_ms" => self.streaming_max_insert_wait_ms = map.next_value()?,
            "object_storage_concurrency" => self.object_storage_concurrency = map.next_value()?,
            "object_storage_polling_interval_ms" => self.object_storage_polling_interval_ms = map.next_value()?,
            "object_storage_max_insert_bytes" => self.object_storage_max_insert_bytes = map.next_value()?,
            "object_storage_max_file_count" => self.object_storage_max_file_count = map.next_value()?,
            "clickhouse_max_threads" => self.clickhouse_max_threads = map.next_value()?,
            "clickhouse_max_insert_threads" => self.clickhouse_max_insert_threads = map.next_value()?,
            "clickhouse_min_insert_block_size_bytes" => self.clickhouse_min_insert_block_size_bytes = map.next_value()?,
            "clickhouse_max_download_threads" => self.clickhouse_max_download_threads = map.next_value()?,
            "clickhouse_parallel_distributed_insert_select" => self.clickhouse_parallel_distributed_insert_select = map.next_value()?,
            "kafka_read_committed" => self.kafka_read_committed = map.next_value()?,
            "object_storage_use_cluster_function" => self.object_storage_use_cluster_function = map.next_value()?,
            "clickhouse_parallel_view_processing" => self.clickhouse_parallel_view_processing = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeSettings {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeSettings")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipeSource {
    #[serde(rename = "kafka", default, skip_serializing_if = "Option::is_none")]
    pub kafka: Option<ClickPipeKafkaSource>,
    #[serde(rename = "objectStorage", default, skip_serializing_if = "Option::is_none")]
    pub object_storage: Option<ClickPipeObjectStorageSource>,
    #[serde(rename = "kinesis", default, skip_serializing_if = "Option::is_none")]
    pub kinesis: Option<ClickPipeKinesisSource>,
    #[serde(rename = "pubsub", default, skip_serializing_if = "Option::is_none")]
    pub pubsub: Option<ClickPipePubSubSource>,
    #[serde(rename = "postgres", default, skip_serializing_if = "Option::is_none")]
    pub postgres: Option<ClickPipePostgresSource>,
    #[serde(rename = "mysql", default, skip_serializing_if = "Option::is_none")]
    pub mysql: Option<ClickPipeMySQLSource>,
    #[serde(rename = "bigquery", default, skip_serializing_if = "Option::is_none")]
    pub bigquery: Option<ClickPipeBigQuerySource>,
    #[serde(rename = "mongodb", default, skip_serializing_if = "Option::is_none")]
    pub mongodb: Option<ClickPipeMongoDBSource>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipeSource {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "kafka" => self.kafka = map.next_value()?,
            "objectStorage" => self.object_storage = map.next_value()?,
            "kinesis" => self.kinesis = map.next_value()?,
            "pubsub" => self.pubsub = map.next_value()?,
            "postgres" => self.postgres = map.next_value()?,
            "mysql" => self.mysql = map.next_value()?,
            "bigquery" => self.bigquery = map.next_value()?,
            "mongodb" => self.mongodb = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipeSource {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipeSource")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipesCdcScaling {
    /// CPU in millicores for DB ClickPipes.
    #[serde(rename = "replicaCpuMillicores", default, skip_serializing_if = "Option::is_none")]
    pub replica_cpu_millicores: Option<Whole>,
    /// Memory in GiB for DB ClickPipes. Must be 4× the CPU core count.
    #[serde(rename = "replicaMemoryGb", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub replica_memory_gb: Option<f64>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipesCdcScaling {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "replicaCpuMillicores" => self.replica_cpu_millicores = map.next_value()?,
            "replicaMemoryGb" => self.replica_memory_gb = map.next_value::<numbers::Float>()?.0,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipesCdcScaling {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipesCdcScaling")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipesGcpWorkloadIdentityContext {
    /// Whether the ClickPipes deployment supports GCP workload identity, which is in Private Preview. The principal field identifies the GCP service account used for source access.
    #[serde(rename = "supported", default, skip_serializing_if = "Option::is_none")]
    pub supported: Option<bool>,
    /// Whether the service tenant identity is ready for workload identity authentication.
    #[serde(rename = "ready", default, skip_serializing_if = "Option::is_none")]
    pub ready: Option<bool>,
    /// GCP service account used by ClickPipes for workload identity authentication. Grant this service account access to customer source resources.
    #[serde(rename = "principal", default, skip_serializing_if = "Option::is_none")]
    pub principal: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipesGcpWorkloadIdentityContext {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "supported" => self.supported = map.next_value()?,
            "ready" => self.ready = map.next_value()?,
            "principal" => self.principal = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipesGcpWorkloadIdentityContext {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipesGcpWorkloadIdentityContext")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickPipesServiceContext {
    #[serde(rename = "gcpWorkloadIdentity", default, skip_serializing_if = "Option::is_none")]
    pub gcp_workload_identity: Option<ClickPipesGcpWorkloadIdentityContext>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickPipesServiceContext {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "gcpWorkloadIdentity" => self.gcp_workload_identity = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickPipesServiceContext {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickPipesServiceContext")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackAggregatedColumn {
    /// Source column name
    #[serde(rename = "sourceColumn", default, skip_serializing_if = "Option::is_none")]
    pub source_column: Option<String>,
    /// Aggregation function (e.g., count, sum, avg)
    #[serde(rename = "aggFn", default)]
    pub agg_fn: Option<String>,
    /// Materialized view column name
    #[serde(rename = "mvColumn", default)]
    pub mv_column: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackAggregatedColumn {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "sourceColumn" => self.source_column = map.next_value()?,
            "aggFn" => self.agg_fn = map.next_value()?,
            "mvColumn" => self.mv_column = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackAggregatedColumn {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackAggregatedColumn")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackAlertChannelEmail {
    /// Channel type. Must be "email" for email alerts.
    #[serde(rename = "type", default)]
    pub r#type: Option<String>,
    /// Email recipients for email alerts.
    #[serde(rename = "emailRecipients", default)]
    pub email_recipients: Option<Vec<String>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackAlertChannelEmail {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "type" => self.r#type = map.next_value()?,
            "emailRecipients" => self.email_recipients = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackAlertChannelEmail {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackAlertChannelEmail")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackAlertExecutionError {
    /// When the error occurred.
    #[serde(rename = "timestamp", default)]
    pub timestamp: Option<Timestamp>,
    /// Category of the error.
    #[serde(rename = "type", default)]
    pub r#type: Option<String>,
    /// Human-readable error message.
    #[serde(rename = "message", default)]
    pub message: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackAlertExecutionError {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "timestamp" => self.timestamp = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            "message" => self.message = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackAlertExecutionError {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackAlertExecutionError")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackAlertLineBuilderChartConfig {
    /// Display type discriminator. Must be "line" for line charts.
    #[serde(rename = "displayType", default)]
    pub display_type: Option<String>,
    /// ID of the data source to query.
    #[serde(rename = "sourceId", default)]
    pub source_id: Option<String>,
    /// One or more aggregated values to plot. When asRatio is true, exactly two select items are required.
    #[serde(rename = "select", default)]
    pub select: Option<Vec<ClickStackSelectItem>>,
    /// Field expression to group results by (creates separate lines per group value).
    #[serde(rename = "groupBy", default, skip_serializing_if = "Option::is_none")]
    pub group_by: Option<String>,
    /// Plot select[0] / select[1] as a ratio. Requires exactly two select items.
    #[serde(rename = "asRatio", default, skip_serializing_if = "Option::is_none")]
    pub as_ratio: Option<bool>,
    /// Expand date range boundaries to the query granularity interval.
    #[serde(rename = "alignDateRangeToGranularity", default, skip_serializing_if = "Option::is_none")]
    pub align_date_range_to_granularity: Option<bool>,
    /// Fill missing time buckets with zero instead of leaving gaps.
    #[serde(rename = "fillNulls", default, skip_serializing_if = "Option::is_none")]
    pub fill_nulls: Option<bool>,
    /// Set the y-axis lower bound to the minimum of the displayed data instead of zero, making small fluctuations between series easier to see.
    #[serde(rename = "fitYAxisToData", default, skip_serializing_if = "Option::is_none")]
    pub fit_y_axis_to_data: Option<bool>,
    /// How points are connected. Defaults to "smooth" when omitted.
    #[serde(rename = "lineInterpolation", default, skip_serializing_if = "Option::is_none")]
    pub line_interpolation: Option<String>,
    #[serde(rename = "numberFormat", default, skip_serializing_if = "Option::is_none")]
    pub number_format: Option<ClickStackNumberFormat>,
    /// Overlay the equivalent previous time period for comparison.
    #[serde(rename = "compareToPreviousPeriod", default, skip_serializing_if = "Option::is_none")]
    pub compare_to_previous_period: Option<bool>,
    /// Maximum number of series rendered (top-N by value). Omit to use the default render cap, set 0 for unlimited, or a positive N to keep the top N series.
    #[serde(rename = "seriesLimit", default, skip_serializing_if = "Option::is_none")]
    pub series_limit: Option<Whole>,
    /// Derived series computed from the select items via letter-ref arithmetic ("A" = select[0], "B" = select[1], ...). Metric, log, and trace sources only. Cannot be combined with asRatio.
    #[serde(rename = "formulas", default, skip_serializing_if = "Option::is_none")]
    pub formulas: Option<Vec<ClickStackFormula>>,
    /// Only meaningful with formulas. When false, only the formula series are returned; the raw operand series are hidden.
    #[serde(rename = "showOperandSeries", default, skip_serializing_if = "Option::is_none")]
    pub show_operand_series: Option<bool>,
    /// Display name for the alert query. Used in notification titles and as an alert-name fallback when the alert itself has no name.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Chart-level filter applied on top of every select item's own "where" (combined via AND). Builder variants only; rejected on Raw SQL variants (filter inside the sqlTemplate instead).
    #[serde(rename = "where", default, skip_serializing_if = "Option::is_none")]
    pub r#where: Option<String>,
    /// Language of the chart-level "where" filter.
    #[serde(rename = "whereLanguage", default, skip_serializing_if = "Option::is_none")]
    pub where_language: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackAlertLineBuilderChartConfig {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "displayType" => self.display_type = map.next_value()?,
            "sourceId" => self.source_id = map.next_value()?,
            "select" => self.select = map.next_value()?,
            "groupBy" => self.group_by = map.next_value()?,
            "asRatio" => self.as_ratio = map.next_value()?,
            "alignDateRangeToGranularity" => self.align_date_range_to_granularity = map.next_value()?,
            "fillNulls" => self.fill_nulls = map.next_value()?,
            "fitYAxisToData" => self.fit_y_axis_to_data = map.next_value()?,
            "lineInterpolation" => self.line_interpolation = map.next_value()?,
            "numberFormat" => self.number_format = map.next_value()?,
            "compareToPreviousPeriod" => self.compare_to_previous_period = map.next_value()?,
            "seriesLimit" => self.series_limit = map.next_value()?,
            "formulas" => self.formulas = map.next_value()?,
            "showOperandSeries" => self.show_operand_series = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "where" => self.r#where = map.next_value()?,
            "whereLanguage" => self.where_language = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackAlertLineBuilderChartConfig {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackAlertLineBuilderChartConfig")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackAlertResponse {
    /// Dashboard ID for tile-based alerts.
    #[serde(rename = "dashboardId", default, skip_serializing_if = "Option::is_none")]
    pub dashboard_id: Option<String>,
    /// Tile ID for tile-based alerts. Must be a line, stacked bar, or number type tile.
    #[serde(rename = "tileId", default, skip_serializing_if = "Option::is_none")]
    pub tile_id: Option<String>,
    /// Saved search ID for saved_search alerts.
    #[serde(rename = "savedSearchId", default, skip_serializing_if = "Option::is_none")]
    pub saved_search_id: Option<String>,
    /// Group-by key for saved search alerts.
    #[serde(rename = "groupBy", default, skip_serializing_if = "Option::is_none")]
    pub group_by: Option<String>,
    #[serde(rename = "chartConfig", default, skip_serializing_if = "Option::is_none")]
    pub chart_config: Option<Value>,
    /// Threshold value for triggering the alert. For between and not_between threshold types, this is the lower bound.
    #[serde(rename = "threshold", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub threshold: Option<f64>,
    /// Upper bound for between and not_between threshold types. Required when thresholdType is between or not_between, must be >= threshold.
    #[serde(rename = "thresholdMax", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub threshold_max: Option<f64>,
    /// Evaluation interval for the alert. `30s` requires the 30s alert interval feature to be enabled for your team. Anomaly alerts (detectionMode "anomaly") support only `5m`, `15m`, `30m`, and `1h`; other intervals are rejected with 400.
    #[serde(rename = "interval", default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<String>,
    /// Offset from the interval boundary in minutes. For example, 2 with a 5m interval evaluates windows at :02, :07, :12, etc. (UTC).
    #[serde(rename = "scheduleOffsetMinutes", default, skip_serializing_if = "Option::is_none")]
    pub schedule_offset_minutes: Option<Whole>,
    /// Absolute UTC start time anchor. Alert windows start from this timestamp and repeat every interval.
    #[serde(rename = "scheduleStartAt", default, skip_serializing_if = "Option::is_none")]
    pub schedule_start_at: Option<Timestamp>,
    /// Alert source type (tile-based or saved search).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Threshold comparison direction.
    #[serde(rename = "thresholdType", default, skip_serializing_if = "Option::is_none")]
    pub threshold_type: Option<String>,
    #[serde(rename = "channel", default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Value>,
    #[serde(rename = "channels", default, skip_serializing_if = "Option::is_none")]
    pub channels: Option<Vec<Value>>,
    /// Alert name template (Handlebars), rendered as the notification title. When omitted, a default title is generated from the display name, value and threshold.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Alert message template.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Freeform note for the alert. Supports markdown formatting.
    #[serde(rename = "note", default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Fire the alert only after its condition has been met for this many consecutive evaluation windows. While the condition is met but fewer than this many consecutive windows have violated, the alert is in the PENDING state.
    #[serde(rename = "numConsecutiveWindows", default, skip_serializing_if = "Option::is_none")]
    pub num_consecutive_windows: Option<Whole>,
    /// The display name for the alert in the UI. Derived from the saved search name, dashboard tile name, or inline chartConfig name when not explicitly set.
    #[serde(rename = "displayName", default)]
    pub display_name: Option<String>,
    /// The tags for the alert. Derived from the tags of the referenced saved search or dashboard when not explicitly set; inline alerts default to an empty list.
    #[serde(rename = "tags", default)]
    pub tags: Option<Vec<String>>,
    /// Unique alert identifier.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Current alert state.
    #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Team identifier.
    #[serde(rename = "teamId", default, skip_serializing_if = "Option::is_none")]
    pub team_id: Option<String>,
    #[serde(rename = "silenced", default, skip_serializing_if = "Option::is_none")]
    pub silenced: Option<ClickStackAlertSilenced>,
    /// Errors recorded during the most recent alert execution, if any.
    #[serde(rename = "executionErrors", default, skip_serializing_if = "Option::is_none")]
    pub execution_errors: Option<Vec<ClickStackAlertExecutionError>>,
    /// Creation timestamp.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// Last update timestamp.
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackAlertResponse {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "dashboardId" => self.dashboard_id = map.next_value()?,
            "tileId" => self.tile_id = map.next_value()?,
            "savedSearchId" => self.saved_search_id = map.next_value()?,
            "groupBy" => self.group_by = map.next_value()?,
            "chartConfig" => self.chart_config = map.next_value()?,
            "threshold" => self.threshold = map.next_value::<numbers::Float>()?.0,
            "thresholdMax" => self.threshold_max = map.next_value::<numbers::Float>()?.0,
            "interval" => self.interval = map.next_value()?,
            "scheduleOffsetMinutes" => self.schedule_offset_minutes = map.next_value()?,
            "scheduleStartAt" => self.schedule_start_at = map.next_value()?,
            "source" => self.source = map.next_value()?,
            "thresholdType" => self.threshold_type = map.next_value()?,
            "channel" => self.channel = map.next_value()?,
            "channels" => self.channels = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "message" => self.message = map.next_value()?,
            "note" => self.note = map.next_value()?,
            "numConsecutiveWindows" => self.num_consecutive_windows = map.next_value()?,
            "displayName" => self.display_name = map.next_value()?,
            "tags" => self.tags = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "state" => self.state = map.next_value()?,
            "teamId" => self.team_id = map.next_value()?,
            "silenced" => self.silenced = map.next_value()?,
            "executionErrors" => self.execution_errors = map.next_value()?,
            "createdAt" => self.created_at = map.next_value()?,
            "updatedAt" => self.updated_at = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackAlertResponse {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackAlertResponse")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackAlertSilenced {
    /// User ID who silenced the alert.
    #[serde(rename = "by", default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    /// Silence start timestamp.
    #[serde(rename = "at", default, skip_serializing_if = "Option::is_none")]
    pub at: Option<Timestamp>,
    /// Silence end timestamp.
    #[serde(rename = "until", default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Timestamp>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackAlertSilenced {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "by" => self.by = map.next_value()?,
            "at" => self.at = map.next_value()?,
            "until" => self.until = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackAlertSilenced {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackAlertSilenced")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackClickHouseCASLPermission {
    /// The action this permission grants or denies.
    #[serde(rename = "action", default)]
    pub action: Option<String>,
    /// The resource the action applies to.
    #[serde(rename = "subject", default)]
    pub subject: Option<String>,
    /// Optional CASL field restriction limiting the rule to specific fields.
    #[serde(rename = "fields", default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<String>>,
    /// When true, the rule denies rather than grants the action.
    #[serde(rename = "inverted", default, skip_serializing_if = "Option::is_none")]
    pub inverted: Option<bool>,
    /// Scopes the permission to the ClickHouse data plane (row-level access).
    #[serde(rename = "integration", default)]
    pub integration: Option<String>,
    #[serde(rename = "conditions", default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<ClickStackClickHouseCASLPermissionConditions>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackClickHouseCASLPermission {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "action" => self.action = map.next_value()?,
            "subject" => self.subject = map.next_value()?,
            "fields" => self.fields = map.next_value()?,
            "inverted" => self.inverted = map.next_value()?,
            "integration" => self.integration = map.next_value()?,
            "conditions" => self.conditions = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackClickHouseCASLPermission {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackClickHouseCASLPermission")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackClickHouseCASLPermissionConditions {
    /// ID of the connection the row policy applies to.
    #[serde(rename = "connection", default)]
    pub connection: Option<String>,
    #[serde(rename = "from", default)]
    pub from_: Option<ClickStackClickHouseCASLPermissionConditionsFrom>,
    /// The row-policy predicate, expressed in `whereLanguage`.
    #[serde(rename = "where", default)]
    pub r#where: Option<String>,
    #[serde(rename = "whereLanguage", default)]
    pub where_language: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackClickHouseCASLPermissionConditions {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "connection" => self.connection = map.next_value()?,
            "from" => self.from_ = map.next_value()?,
            "where" => self.r#where = map.next_value()?,
            "whereLanguage" => self.where_language = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackClickHouseCASLPermissionConditions {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackClickHouseCASLPermissionConditions")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackClickHouseCASLPermissionConditionsFrom {
    #[serde(rename = "databaseName", default)]
    pub database_name: Option<String>,
    #[serde(rename = "tableName", default)]
    pub table_name: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackClickHouseCASLPermissionConditionsFrom {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "databaseName" => self.database_name = map.next_value()?,
            "tableName" => self.table_name = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackClickHouseCASLPermissionConditionsFrom {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackClickHouseCASLPermissionConditionsFrom")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackDashboardContainer {
    /// Unique identifier for the container within the dashboard.
    #[serde(rename = "id", default)]
    pub id: Option<String>,
    /// Display title for the container.
    #[serde(rename = "title", default)]
    pub title: Option<String>,
    /// Persisted default collapse state. Per-viewer state lives in the URL.
    #[serde(rename = "collapsed", default)]
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
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackDashboardContainer {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "title" => self.title = map.next_value()?,
            "collapsed" => self.collapsed = map.next_value()?,
            "collapsible" => self.collapsible = map.next_value()?,
            "bordered" => self.bordered = map.next_value()?,
            "tabs" => self.tabs = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackDashboardContainer {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackDashboardContainer")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackDashboardContainerTab {
    /// Unique identifier for the tab within its container.
    #[serde(rename = "id", default)]
    pub id: Option<String>,
    /// Display title for the tab.
    #[serde(rename = "title", default)]
    pub title: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackDashboardContainerTab {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "title" => self.title = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackDashboardContainerTab {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackDashboardContainerTab")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackDashboardResponse {
    /// Dashboard ID
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Dashboard name
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// List of tiles/charts in the dashboard
    #[serde(rename = "tiles", default, skip_serializing_if = "Option::is_none")]
    pub tiles: Option<Vec<ClickStackTileOutput>>,
    /// Tags for organizing and filtering dashboards
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Dropdown filters added to the dashboard. Each one broadcasts its selected value as a condition, acts as a variable which can be referenced in tile queries, or both.
    #[serde(rename = "filters", default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<ClickStackFilter>>,
    /// Optional default dashboard query restored when loading the dashboard.
    #[serde(rename = "savedQuery", default, skip_serializing_if = "Option::is_none")]
    pub saved_query: Option<String>,
    /// Query language used by savedQuery.
    #[serde(rename = "savedQueryLanguage", default, skip_serializing_if = "Option::is_none")]
    pub saved_query_language: Option<String>,
    /// Optional default dashboard filter values restored when loading the dashboard.
    #[serde(rename = "savedFilterValues", default, skip_serializing_if = "Option::is_none")]
    pub saved_filter_values: Option<Vec<ClickStackSavedFilterValue>>,
    /// Optional grouping containers. Each tile may join a container via tile.containerId, and a tab inside it via tile.tabId.
    #[serde(rename = "containers", default, skip_serializing_if = "Option::is_none")]
    pub containers: Option<Vec<ClickStackDashboardContainer>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackDashboardResponse {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "tiles" => self.tiles = map.next_value()?,
            "tags" => self.tags = map.next_value()?,
            "filters" => self.filters = map.next_value()?,
            "savedQuery" => self.saved_query = map.next_value()?,
            "savedQueryLanguage" => self.saved_query_language = map.next_value()?,
            "savedFilterValues" => self.saved_filter_values = map.next_value()?,
            "containers" => self.containers = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackDashboardResponse {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackDashboardResponse")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackFilterSettingsColumn {
    /// Column of the source's table that selected filter values are matched against. Also the key the selection is persisted under in links, saved searches, and dashboards.
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// Display label for the column
    #[serde(rename = "label", default)]
    pub label: Option<String>,
    /// Optional SQL expression, evaluated against the filter-values table, that produces the available filter options. Use it when the options live in a differently-named column, or must be transformed to match the values stored in the source table. Defaults to reading `name` as a plain column when omitted.
    #[serde(rename = "valueExpression", default, skip_serializing_if = "Option::is_none")]
    pub value_expression: Option<String>,
    /// Whether to offer an "All" option that expands to every available value at query time. Best suited to low-cardinality columns. Defaults to false.
    #[serde(rename = "allowAll", default, skip_serializing_if = "Option::is_none")]
    pub allow_all: Option<bool>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackFilterSettingsColumn {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "name" => self.name = map.next_value()?,
            "label" => self.label = map.next_value()?,
            "valueExpression" => self.value_expression = map.next_value()?,
            "allowAll" => self.allow_all = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackFilterSettingsColumn {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackFilterSettingsColumn")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackFormula {
    /// Arithmetic expression over the select items by position, e.g. "A / (A + B) * 100" for a success-rate percentage.
    #[serde(rename = "expression", default)]
    pub expression: Option<String>,
    /// Display label for the formula series in chart legends and column headers. Falls back to the raw expression text when unset.
    #[serde(rename = "alias", default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    #[serde(rename = "numberFormat", default, skip_serializing_if = "Option::is_none")]
    pub number_format: Option<ClickStackNumberFormat>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackFormula {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "expression" => self.expression = map.next_value()?,
            "alias" => self.alias = map.next_value()?,
            "numberFormat" => self.number_format = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackFormula {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackFormula")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackGenericWebhook {
    /// Webhook ID
    #[serde(rename = "id", default)]
    pub id: Option<String>,
    /// Webhook name
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// Webhook service type
    #[serde(rename = "service", default)]
    pub service: Option<String>,
    /// Webhook destination URL
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Webhook description, shown in the UI
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Optional request body template
    #[serde(rename = "body", default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Last update timestamp
    #[serde(rename = "updatedAt", default)]
    pub updated_at: Option<Timestamp>,
    /// Creation timestamp
    #[serde(rename = "createdAt", default)]
    pub created_at: Option<Timestamp>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackGenericWebhook {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "service" => self.service = map.next_value()?,
            "url" => self.url = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "body" => self.body = map.next_value()?,
            "updatedAt" => self.updated_at = map.next_value()?,
            "createdAt" => self.created_at = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackGenericWebhook {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackGenericWebhook")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackHighlightedAttributeExpression {
    /// SQL expression for the attribute
    #[serde(rename = "sqlExpression", default)]
    pub sql_expression: Option<String>,
    /// An optional, Lucene version of the sqlExpression expression. If provided, it is used when searching for this attribute value.
    #[serde(rename = "luceneExpression", default, skip_serializing_if = "Option::is_none")]
    pub lucene_expression: Option<String>,
    /// Optional alias for the attribute
    #[serde(rename = "alias", default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackHighlightedAttributeExpression {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "sqlExpression" => self.sql_expression = map.next_value()?,
            "luceneExpression" => self.lucene_expression = map.next_value()?,
            "alias" => self.alias = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackHighlightedAttributeExpression {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackHighlightedAttributeExpression")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackIncidentIOWebhook {
    /// Webhook ID
    #[serde(rename = "id", default)]
    pub id: Option<String>,
    /// Webhook name
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// Webhook service type
    #[serde(rename = "service", default)]
    pub service: Option<String>,
    /// incident.io alert event HTTP source URL
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Webhook description, shown in the UI
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Last update timestamp
    #[serde(rename = "updatedAt", default)]
    pub updated_at: Option<Timestamp>,
    /// Creation timestamp
    #[serde(rename = "createdAt", default)]
    pub created_at: Option<Timestamp>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackIncidentIOWebhook {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "service" => self.service = map.next_value()?,
            "url" => self.url = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "updatedAt" => self.updated_at = map.next_value()?,
            "createdAt" => self.created_at = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackIncidentIOWebhook {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackIncidentIOWebhook")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackLineBuilderChartConfig {
    /// Display type discriminator. Must be "line" for line charts.
    #[serde(rename = "displayType", default)]
    pub display_type: Option<String>,
    /// ID of the data source to query.
    #[serde(rename = "sourceId", default)]
    pub source_id: Option<String>,
    /// One or more aggregated values to plot. When asRatio is true, exactly two select items are required.
    #[serde(rename = "select", default)]
    pub select: Option<Vec<ClickStackSelectItem>>,
    /// Field expression to group results by (creates separate lines per group value).
    #[serde(rename = "groupBy", default, skip_serializing_if = "Option::is_none")]
    pub group_by: Option<String>,
    /// Plot select[0] / select[1] as a ratio. Requires exactly two select items.
    #[serde(rename = "asRatio", default, skip_serializing_if = "Option::is_none")]
    pub as_ratio: Option<bool>,
    /// Expand date range boundaries to the query granularity interval.
    #[serde(rename = "alignDateRangeToGranularity", default, skip_serializing_if = "Option::is_none")]
    pub align_date_range_to_granularity: Option<bool>,
    /// Fill missing time buckets with zero instead of leaving gaps.
    #[serde(rename = "fillNulls", default, skip_serializing_if = "Option::is_none")]
    pub fill_nulls: Option<bool>,
    /// Set the y-axis lower bound to the minimum of the displayed data instead of zero, making small fluctuations between series easier to see.
    #[serde(rename = "fitYAxisToData", default, skip_serializing_if = "Option::is_none")]
    pub fit_y_axis_to_data: Option<bool>,
    /// How points are connected. Defaults to "smooth" when omitted.
    #[serde(rename = "lineInterpolation", default, skip_serializing_if = "Option::is_none")]
    pub line_interpolation: Option<String>,
    #[serde(rename = "numberFormat", default, skip_serializing_if = "Option::is_none")]
    pub number_format: Option<ClickStackNumberFormat>,
    /// Overlay the equivalent previous time period for comparison.
    #[serde(rename = "compareToPreviousPeriod", default, skip_serializing_if = "Option::is_none")]
    pub compare_to_previous_period: Option<bool>,
    /// Maximum number of series rendered (top-N by value). Omit to use the default render cap, set 0 for unlimited, or a positive N to keep the top N series.
    #[serde(rename = "seriesLimit", default, skip_serializing_if = "Option::is_none")]
    pub series_limit: Option<Whole>,
    /// Derived series computed from the select items via letter-ref arithmetic ("A" = select[0], "B" = select[1], ...). Metric, log, and trace sources only. Cannot be combined with asRatio.
    #[serde(rename = "formulas", default, skip_serializing_if = "Option::is_none")]
    pub formulas: Option<Vec<ClickStackFormula>>,
    /// Only meaningful with formulas. When false, only the formula series are returned; the raw operand series are hidden.
    #[serde(rename = "showOperandSeries", default, skip_serializing_if = "Option::is_none")]
    pub show_operand_series: Option<bool>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackLineBuilderChartConfig {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "displayType" => self.display_type = map.next_value()?,
            "sourceId" => self.source_id = map.next_value()?,
            "select" => self.select = map.next_value()?,
            "groupBy" => self.group_by = map.next_value()?,
            "asRatio" => self.as_ratio = map.next_value()?,
            "alignDateRangeToGranularity" => self.align_date_range_to_granularity = map.next_value()?,
            "fillNulls" => self.fill_nulls = map.next_value()?,
            "fitYAxisToData" => self.fit_y_axis_to_data = map.next_value()?,
            "lineInterpolation" => self.line_interpolation = map.next_value()?,
            "numberFormat" => self.number_format = map.next_value()?,
            "compareToPreviousPeriod" => self.compare_to_previous_period = map.next_value()?,
            "seriesLimit" => self.series_limit = map.next_value()?,
            "formulas" => self.formulas = map.next_value()?,
            "showOperandSeries" => self.show_operand_series = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackLineBuilderChartConfig {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackLineBuilderChartConfig")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackLogSource {
    /// Unique source ID. Server-generated; ignored if sent in create/update requests.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Display name for the source.
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// Optional grouping label used to organize sources in the source selector. Sources that share a section value are displayed together.
    #[serde(rename = "section", default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// When true, the source is hidden from source selectors in the UI. Defaults to false.
    #[serde(rename = "disabled", default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// Source kind discriminator. Must be "log" for log sources.
    #[serde(rename = "kind", default)]
    pub kind: Option<String>,
    /// ID of the ClickHouse connection used by this source.
    #[serde(rename = "connection", default)]
    pub connection: Option<String>,
    #[serde(rename = "from", default)]
    pub from_: Option<ClickStackSourceFrom>,
    /// Optional ClickHouse query settings applied when querying this source.
    #[serde(rename = "querySettings", default, skip_serializing_if = "Option::is_none")]
    pub query_settings: Option<Vec<ClickStackQuerySetting>>,
    #[serde(rename = "filterSettings", default, skip_serializing_if = "Option::is_none")]
    pub filter_settings: Option<ClickStackSourceFilterSettings>,
    /// Default columns selected in search results (this can be customized per search later)
    #[serde(rename = "defaultTableSelectExpression", default)]
    pub default_table_select_expression: Option<String>,
    /// DateTime column or expression that is part of your table's primary key.
    #[serde(rename = "timestampValueExpression", default)]
    pub timestamp_value_expression: Option<String>,
    /// Expression to extract the service name from log rows.
    #[serde(rename = "serviceNameExpression", default, skip_serializing_if = "Option::is_none")]
    pub service_name_expression: Option<String>,
    /// Expression identifying the running release of a service. Defaults to the OpenTelemetry service.version resource attribute when unset. Where services carry the release on different attributes, fall back across them with coalesce(nullIf(a, ''), nullIf(b, '')).
    #[serde(rename = "serviceVersionExpression", default, skip_serializing_if = "Option::is_none")]
    pub service_version_expression: Option<String>,
    /// Expression to extract the severity/log level text.
    #[serde(rename = "severityTextExpression", default, skip_serializing_if = "Option::is_none")]
    pub severity_text_expression: Option<String>,
    /// Expression to extract the log message body.
    #[serde(rename = "bodyExpression", default, skip_serializing_if = "Option::is_none")]
    pub body_expression: Option<String>,
    /// Expression to extract event-level attributes.
    #[serde(rename = "eventAttributesExpression", default, skip_serializing_if = "Option::is_none")]
    pub event_attributes_expression: Option<String>,
    /// Expression to extract resource-level attributes.
    #[serde(rename = "resourceAttributesExpression", default, skip_serializing_if = "Option::is_none")]
    pub resource_attributes_expression: Option<String>,
    /// This DateTime column is used to display and order search results.
    #[serde(rename = "displayedTimestampValueExpression", default, skip_serializing_if = "Option::is_none")]
    pub displayed_timestamp_value_expression: Option<String>,
    /// Custom ORDER BY expression that overrides the default ordering. Leave empty to use the auto-detected default.
    #[serde(rename = "orderByExpression", default, skip_serializing_if = "Option::is_none")]
    pub order_by_expression: Option<String>,
    /// HyperDX Source for metrics associated with logs. Optional
    #[serde(rename = "metricSourceId", default, skip_serializing_if = "Option::is_none")]
    pub metric_source_id: Option<String>,
    /// HyperDX Source for traces associated with logs. Optional
    #[serde(rename = "traceSourceId", default, skip_serializing_if = "Option::is_none")]
    pub trace_source_id: Option<String>,
    /// Expression to extract the trace ID for correlating logs with traces.
    #[serde(rename = "traceIdExpression", default, skip_serializing_if = "Option::is_none")]
    pub trace_id_expression: Option<String>,
    /// Expression to extract the span ID for correlating logs with traces.
    #[serde(rename = "spanIdExpression", default, skip_serializing_if = "Option::is_none")]
    pub span_id_expression: Option<String>,
    /// Column used for full text search if no property is specified in a Lucene-based search. Typically the message body of a log.
    #[serde(rename = "implicitColumnExpression", default, skip_serializing_if = "Option::is_none")]
    pub implicit_column_expression: Option<String>,
    /// For Distributed table sources whose target tables have non-matching column sets. A list of columns supported across all target tables, used instead of SELECT * when fetching full row data. Leave blank to select all columns.
    #[serde(rename = "knownColumnsListExpression", default, skip_serializing_if = "Option::is_none")]
    pub known_columns_list_expression: Option<String>,
    /// Controls whether lucene rendering uses ClickHouse text indices via hasAllTokens() against the implicit column. "auto" detects a covering index at query time, "enabled" forces text index usage, "disabled" forces a LIKE/hasToken fallback.
    #[serde(rename = "useTextIndexForImplicitColumn", default, skip_serializing_if = "Option::is_none")]
    pub use_text_index_for_implicit_column: Option<String>,
    /// Expressions defining trace-level attributes which are displayed in the trace view for the selected trace.
    #[serde(rename = "highlightedTraceAttributeExpressions", default, skip_serializing_if = "Option::is_none")]
    pub highlighted_trace_attribute_expressions: Option<Vec<ClickStackHighlightedAttributeExpression>>,
    /// Expressions defining row-level attributes which are displayed in the row side panel for the selected row.
    #[serde(rename = "highlightedRowAttributeExpressions", default, skip_serializing_if = "Option::is_none")]
    pub highlighted_row_attribute_expressions: Option<Vec<ClickStackHighlightedAttributeExpression>>,
    /// Configure materialized views for query optimization. These pre-aggregated views can significantly improve query performance on aggregation queries.
    #[serde(rename = "materializedViews", default, skip_serializing_if = "Option::is_none")]
    pub materialized_views: Option<Vec<ClickStackMaterializedView>>,
    #[serde(rename = "metadataMaterializedViews", default, skip_serializing_if = "Option::is_none")]
    pub metadata_materialized_views: Option<ClickStackLogSourceMetadataMaterializedViews>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackLogSource {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "section" => self.section = map.next_value()?,
            "disabled" => self.disabled = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "connection" => self.connection = map.next_value()?,
            "from" => self.from_ = map.next_value()?,
            "querySettings" => self.query_settings = map.next_value()?,
            "filterSettings" => self.filter_settings = map.next_value()?,
            "defaultTableSelectExpression" => self.default_table_select_expression = map.next_value()?,
            "timestampValueExpression" => self.timestamp_value_expression = map.next_value()?,
            "serviceNameExpression" => self.service_name_expression = map.next_value()?,
            "serviceVersionExpression" => self.service_version_expression = map.next_value()?,
            "severityTextExpression" => self.severity_text_expression = map.next_value()?,
            "bodyExpression" => self.body_expression = map.next_value()?,
            "eventAttributesExpression" => self.event_attributes_expression = map.next_value()?,
            "resourceAttributesExpression" => self.resource_attributes_expression = map.next_value()?,
            "displayedTimestampValueExpression" => self.displayed_timestamp_value_expression = map.next_value()?,
            "orderByExpression" => self.order_by_expression = map.next_value()?,
            "metricSourceId" => self.metric_source_id = map.next_value()?,
            "traceSourceId" => self.trace_source_id = map.next_value()?,
            "traceIdExpression" => self.trace_id_expression = map.next_value()?,
            "spanIdExpression" => self.span_id_expression = map.next_value()?,
            "implicitColumnExpression" => self.implicit_column_expression = map.next_value()?,
            "knownColumnsListExpression" => self.known_columns_list_expression = map.next_value()?,
            "useTextIndexForImplicitColumn" => self.use_text_index_for_implicit_column = map.next_value()?,
            "highlightedTraceAttributeExpressions" => self.highlighted_trace_attribute_expressions = map.next_value()?,
            "highlightedRowAttributeExpressions" => self.highlighted_row_attribute_expressions = map.next_value()?,
            "materializedViews" => self.materialized_views = map.next_value()?,
            "metadataMaterializedViews" => self.metadata_materialized_views = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackLogSource {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackLogSource")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackLogSourceMetadataMaterializedViews {
    /// ClickHouse table name for the key rollup (field discovery).
    #[serde(rename = "keyRollupTable", default, skip_serializing_if = "Option::is_none")]
    pub key_rollup_table: Option<String>,
    /// ClickHouse table name for the key-value rollup (value autocomplete).
    #[serde(rename = "kvRollupTable", default, skip_serializing_if = "Option::is_none")]
    pub kv_rollup_table: Option<String>,
    /// The time granularity of the rollup tables.
    #[serde(rename = "granularity", default, skip_serializing_if = "Option::is_none")]
    pub granularity: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackLogSourceMetadataMaterializedViews {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "keyRollupTable" => self.key_rollup_table = map.next_value()?,
            "kvRollupTable" => self.kv_rollup_table = map.next_value()?,
            "granularity" => self.granularity = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackLogSourceMetadataMaterializedViews {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackLogSourceMetadataMaterializedViews")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackMaterializedView {
    /// Database name for the materialized view
    #[serde(rename = "databaseName", default)]
    pub database_name: Option<String>,
    /// Table name for the materialized view
    #[serde(rename = "tableName", default)]
    pub table_name: Option<String>,
    /// Columns which are not pre-aggregated in the materialized view and can be used for filtering and grouping.
    #[serde(rename = "dimensionColumns", default)]
    pub dimension_columns: Option<String>,
    /// The granularity of the timestamp column: a positive integer followed by a unit (s, m, h, d). Common values: 1s, 15s, 30s, 1m, 5m, 15m, 30m, 1h, 2h, 6h, 12h, 1d, 2d, 7d, 30d.
    #[serde(rename = "minGranularity", default)]
    pub min_granularity: Option<String>,
    /// (Optional) The earliest date and time for which the materialized view contains data. If not provided, then HyperDX will assume that the materialized view contains data for all dates for which the source table contains data.
    #[serde(rename = "minDate", default, skip_serializing_if = "Option::is_none")]
    pub min_date: Option<Timestamp>,
    /// Timestamp column name
    #[serde(rename = "timestampColumn", default)]
    pub timestamp_column: Option<String>,
    /// Columns which are pre-aggregated by the materialized view
    #[serde(rename = "aggregatedColumns", default)]
    pub aggregated_columns: Option<Vec<ClickStackAggregatedColumn>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackMaterializedView {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "databaseName" => self.database_name = map.next_value()?,
            "tableName" => self.table_name = map.next_value()?,
            "dimensionColumns" => self.dimension_columns = map.next_value()?,
            "minGranularity" => self.min_granularity = map.next_value()?,
            "minDate" => self.min_date = map.next_value()?,
            "timestampColumn" => self.timestamp_column = map.next_value()?,
            "aggregatedColumns" => self.aggregated_columns = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackMaterializedView {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackMaterializedView")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackMetricSource {
    /// Unique source ID. Server-generated; ignored if sent in create/update requests.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Display name for the source.
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// Optional grouping label used to organize sources in the source selector. Sources that share a section value are displayed together.
    #[serde(rename = "section", default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// When true, the source is hidden from source selectors in the UI. Defaults to false.
    #[serde(rename = "disabled", default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// Source kind discriminator. Must be "metric" for metric sources.
    #[serde(rename = "kind", default)]
    pub kind: Option<String>,
    /// ID of the ClickHouse connection used by this source.
    #[serde(rename = "connection", default)]
    pub connection: Option<String>,
    #[serde(rename = "from", default)]
    pub from_: Option<ClickStackMetricSourceFrom>,
    /// Optional ClickHouse query settings applied when querying this source.
    #[serde(rename = "querySettings", default, skip_serializing_if = "Option::is_none")]
    pub query_settings: Option<Vec<ClickStackQuerySetting>>,
    #[serde(rename = "metricTables", default)]
    pub metric_tables: Option<ClickStackMetricTables>,
    /// DateTime column or expression that is part of your table's primary key.
    #[serde(rename = "timestampValueExpression", default)]
    pub timestamp_value_expression: Option<String>,
    /// Column containing resource attributes for metrics
    #[serde(rename = "resourceAttributesExpression", default)]
    pub resource_attributes_expression: Option<String>,
    /// HyperDX Source for logs associated with metrics. Optional
    #[serde(rename = "logSourceId", default, skip_serializing_if = "Option::is_none")]
    pub log_source_id: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackMetricSource {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "section" => self.section = map.next_value()?,
            "disabled" => self.disabled = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "connection" => self.connection = map.next_value()?,
            "from" => self.from_ = map.next_value()?,
            "querySettings" => self.query_settings = map.next_value()?,
            "metricTables" => self.metric_tables = map.next_value()?,
            "timestampValueExpression" => self.timestamp_value_expression = map.next_value()?,
            "resourceAttributesExpression" => self.resource_attributes_expression = map.next_value()?,
            "logSourceId" => self.log_source_id = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackMetricSource {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackMetricSource")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackMetricSourceFrom {
    /// ClickHouse database name
    #[serde(rename = "databaseName", default)]
    pub database_name: Option<String>,
    /// ClickHouse table name
    #[serde(rename = "tableName", default, skip_serializing_if = "Option::is_none")]
    pub table_name: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackMetricSourceFrom {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "databaseName" => self.database_name = map.next_value()?,
            "tableName" => self.table_name = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackMetricSourceFrom {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackMetricSourceFrom")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
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
    #[serde(rename = "exponential histogram", default, skip_serializing_if = "Option::is_none")]
    pub exponential_histogram: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackMetricTables {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "gauge" => self.gauge = map.next_value()?,
            "histogram" => self.histogram = map.next_value()?,
            "sum" => self.sum = map.next_value()?,
            "summary" => self.summary = map.next_value()?,
            "exponential histogram" => self.exponential_histogram = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackMetricTables {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackMetricTables")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackMongoDBCASLPermission {
    /// The action this permission grants or denies.
    #[serde(rename = "action", default)]
    pub action: Option<String>,
    /// The resource the action applies to.
    #[serde(rename = "subject", default)]
    pub subject: Option<String>,
    /// Optional CASL field restriction limiting the rule to specific fields.
    #[serde(rename = "fields", default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<String>>,
    /// When true, the rule denies rather than grants the action.
    #[serde(rename = "inverted", default, skip_serializing_if = "Option::is_none")]
    pub inverted: Option<bool>,
    /// Scopes the permission to the application (MongoDB) data plane.
    #[serde(rename = "integration", default)]
    pub integration: Option<String>,
    #[serde(rename = "conditions", default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Map<String, Value>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackMongoDBCASLPermission {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "action" => self.action = map.next_value()?,
            "subject" => self.subject = map.next_value()?,
            "fields" => self.fields = map.next_value()?,
            "inverted" => self.inverted = map.next_value()?,
            "integration" => self.integration = map.next_value()?,
            "conditions" => self.conditions = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackMongoDBCASLPermission {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackMongoDBCASLPermission")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackNumberFormat {
    /// Output format applied to the number.
    #[serde(rename = "output", default, skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
    /// Number of decimal places.
    #[serde(rename = "mantissa", default, skip_serializing_if = "Option::is_none")]
    pub mantissa: Option<Whole>,
    /// Whether to use thousand separators.
    #[serde(rename = "thousandSeparated", default, skip_serializing_if = "Option::is_none")]
    pub thousand_separated: Option<bool>,
    /// Whether to show as average.
    #[serde(rename = "average", default, skip_serializing_if = "Option::is_none")]
    pub average: Option<bool>,
    /// Use decimal bytes (1000) vs binary bytes (1024).
    #[serde(rename = "decimalBytes", default, skip_serializing_if = "Option::is_none")]
    pub decimal_bytes: Option<bool>,
    /// Multiplication factor.
    #[serde(rename = "factor", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub factor: Option<f64>,
    /// Currency symbol for currency format.
    #[serde(rename = "currencySymbol", default, skip_serializing_if = "Option::is_none")]
    pub currency_symbol: Option<String>,
    /// Numeric unit for data, data rate, or throughput formats.
    #[serde(rename = "numericUnit", default, skip_serializing_if = "Option::is_none")]
    pub numeric_unit: Option<String>,
    /// Custom unit label.
    #[serde(rename = "unit", default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackNumberFormat {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "output" => self.output = map.next_value()?,
            "mantissa" => self.mantissa = map.next_value()?,
            "thousandSeparated" => self.thousand_separated = map.next_value()?,
            "average" => self.average = map.next_value()?,
            "decimalBytes" => self.decimal_bytes = map.next_value()?,
            "factor" => self.factor = map.next_value::<numbers::Float>()?.0,
            "currencySymbol" => self.currency_symbol = map.next_value()?,
            "numericUnit" => self.numeric_unit = map.next_value()?,
            "unit" => self.unit = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackNumberFormat {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackNumberFormat")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackPagerDutyAPIWebhook {
    /// Webhook ID
    #[serde(rename = "id", default)]
    pub id: Option<String>,
    /// Webhook name
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// Webhook service type
    #[serde(rename = "service", default)]
    pub service: Option<String>,
    /// PagerDuty Events API endpoint URL
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Webhook description, shown in the UI
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Last update timestamp
    #[serde(rename = "updatedAt", default)]
    pub updated_at: Option<Timestamp>,
    /// Creation timestamp
    #[serde(rename = "createdAt", default)]
    pub created_at: Option<Timestamp>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackPagerDutyAPIWebhook {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "service" => self.service = map.next_value()?,
            "url" => self.url = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "updatedAt" => self.updated_at = map.next_value()?,
            "createdAt" => self.created_at = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackPagerDutyAPIWebhook {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackPagerDutyAPIWebhook")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackPrometheusLabelFilter {
    /// Discriminator. Must be "PROMETHEUS_LABEL".
    #[serde(rename = "type", default)]
    pub r#type: Option<String>,
    /// Display name for the dashboard filter
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// Id of the PromQL source the label values are read from.
    #[serde(rename = "sourceId", default)]
    pub source_id: Option<String>,
    /// Label whose values populate the dropdown. Use "__name__" to list metric names.
    #[serde(rename = "label", default)]
    pub label: Option<String>,
    /// Optional Prometheus series selector narrowing which series the label values are read from.
    #[serde(rename = "match", default, skip_serializing_if = "Option::is_none")]
    pub r#match: Option<String>,
    /// Must be false or omitted. Allowed values: false.
    #[serde(rename = "isBroadcastEnabled", default, skip_serializing_if = "Option::is_none")]
    pub is_broadcast_enabled: Option<bool>,
    /// Must be true if provided, and is true when omitted. Tiles reference the selection as `$variableName`. Allowed values: true.
    #[serde(rename = "isVariableEnabled", default, skip_serializing_if = "Option::is_none")]
    pub is_variable_enabled: Option<bool>,
    /// Token that tiles reference this filter's selected value by, as `$variableName`. Must start with a letter and may contain only letters, numbers, and underscores. Defaults to the display name with whitespace replaced by underscores and remaining illegal characters removed. Variable names must be unique across a dashboard's variable-enabled filters.
    #[serde(rename = "variableName", default, skip_serializing_if = "Option::is_none")]
    pub variable_name: Option<String>,
    /// Minimum number of values that must be selected before tiles load. Set to 1 to make the filter required. Only 0 and 1 are accepted. Omit the field (or send 0) for the default optional behavior.
    #[serde(rename = "minSelections", default, skip_serializing_if = "Option::is_none")]
    pub min_selections: Option<Whole>,
    /// Widens a required filter's block to every tile on the dashboard. False (the default) blocks only the tiles that read the filter: those referencing its variableName, and those its broadcast applies to. Ignored unless minSelections is 1.
    #[serde(rename = "isGlobalRequirement", default, skip_serializing_if = "Option::is_none")]
    pub is_global_requirement: Option<bool>,
    /// Maximum number of values that can be selected at once. Set to 1 to make the filter single-select. Omit the field for the default multi-select behavior.
    #[serde(rename = "maxSelections", default, skip_serializing_if = "Option::is_none")]
    pub max_selections: Option<Whole>,
    /// Unique dashboard filter key ID
    #[serde(rename = "id", default)]
    pub id: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackPrometheusLabelFilter {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "type" => self.r#type = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "sourceId" => self.source_id = map.next_value()?,
            "label" => self.label = map.next_value()?,
            "match" => self.r#match = map.next_value()?,
            "isBroadcastEnabled" => self.is_broadcast_enabled = map.next_value()?,
            "isVariableEnabled" => self.is_variable_enabled = map.next_value()?,
            "variableName" => self.variable_name = map.next_value()?,
            "minSelections" => self.min_selections = map.next_value()?,
            "isGlobalRequirement" => self.is_global_requirement = map.next_value()?,
            "maxSelections" => self.max_selections = map.next_value()?,
            "id" => self.id = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackPrometheusLabelFilter {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackPrometheusLabelFilter")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackPromqlSource {
    /// Unique source ID. Server-generated; ignored if sent in create/update requests.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Display name for the source.
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// Optional grouping label used to organize sources in the source selector. Sources that share a section value are displayed together.
    #[serde(rename = "section", default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// When true, the source is hidden from source selectors in the UI. Defaults to false.
    #[serde(rename = "disabled", default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// Source kind discriminator. Must be "promql" for PromQL sources.
    #[serde(rename = "kind", default)]
    pub kind: Option<String>,
    /// ID of the connection used by this source. Should reference a Prometheus-compatible connection.
    #[serde(rename = "connection", default)]
    pub connection: Option<String>,
    #[serde(rename = "from", default)]
    pub from_: Option<ClickStackSourceFrom>,
    /// Optional ClickHouse query settings applied when querying this source.
    #[serde(rename = "querySettings", default, skip_serializing_if = "Option::is_none")]
    pub query_settings: Option<Vec<ClickStackQuerySetting>>,
    /// Required by the API for all source kinds; not used when querying a Prometheus endpoint.
    #[serde(rename = "timestampValueExpression", default)]
    pub timestamp_value_expression: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackPromqlSource {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "section" => self.section = map.next_value()?,
            "disabled" => self.disabled = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "connection" => self.connection = map.next_value()?,
            "from" => self.from_ = map.next_value()?,
            "querySettings" => self.query_settings = map.next_value()?,
            "timestampValueExpression" => self.timestamp_value_expression = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackPromqlSource {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackPromqlSource")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackQueryExpressionFilter {
    /// Filter type discriminator. Must be "QUERY_EXPRESSION".
    #[serde(rename = "type", default)]
    pub r#type: Option<String>,
    /// Display name for the dashboard filter key
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// SQL expression used when querying values for this filter, and when applying this dashboard filter to tiles.
    #[serde(rename = "expression", default)]
    pub expression: Option<String>,
    /// Source ID this dashboard filter key applies to
    #[serde(rename = "sourceId", default)]
    pub source_id: Option<String>,
    /// Metric type when source is metrics
    #[serde(rename = "sourceMetricType", default, skip_serializing_if = "Option::is_none")]
    pub source_metric_type: Option<String>,
    /// Optional WHERE condition to scope which rows this filter key reads values from
    #[serde(rename = "where", default, skip_serializing_if = "Option::is_none")]
    pub r#where: Option<String>,
    /// Language of the where condition
    #[serde(rename = "whereLanguage", default, skip_serializing_if = "Option::is_none")]
    pub where_language: Option<String>,
    /// Optional list of source IDs this filter applies to. Omit or provide an empty array to apply the filter to ALL tiles regardless of source. A non-empty array restricts the filter to only tiles whose source ID is in the list; tiles using other sources are not affected by the selected filter value(s). Scopes the broadcast condition only, so a non-empty array is rejected when isBroadcastEnabled is false, and is omitted from responses for such a filter.
    #[serde(rename = "appliesToSourceIds", default, skip_serializing_if = "Option::is_none")]
    pub applies_to_source_ids: Option<Vec<String>>,
    /// Whether the selected value is applied as a filter condition on every builder tile this filter applies to (see appliesToSourceIds), and every raw sql tile using the $__filters macro. Omitting the field means enabled.
    #[serde(rename = "isBroadcastEnabled", default, skip_serializing_if = "Option::is_none")]
    pub is_broadcast_enabled: Option<bool>,
    /// Whether the selected value is exposed to tile queries as a dashboard variable named by variableName. Tiles may reference it as `$variableName` or using the (preferred) `$__filter($<variableName>)` and `$__conditionalAll(<condition>, $<variableName>)` macros.
    #[serde(rename = "isVariableEnabled", default, skip_serializing_if = "Option::is_none")]
    pub is_variable_enabled: Option<bool>,
    /// Token tiles reference this filter's selected value by, as `$variableName`. Must start with a letter and may contain only letters, numbers, and underscores. Defaults to the display name with whitespace replaced by underscores and remaining illegal characters removed, so a variable-enabled filter whose name derives nothing usable must send this field explicitly. Variable names must be unique across a dashboard's variable-enabled filters. Names the variable only, so the field is rejected when isVariableEnabled is not true, and is omitted from responses for such a filter.
    #[serde(rename = "variableName", default, skip_serializing_if = "Option::is_none")]
    pub variable_name: Option<String>,
    /// Minimum number of values that must be selected before tiles load. Set to 1 to make the filter required. Only 0 and 1 are accepted. Omit the field (or send 0) for the default optional behavior.
    #[serde(rename = "minSelections", default, skip_serializing_if = "Option::is_none")]
    pub min_selections: Option<Whole>,
    /// Widens a required filter's block to every tile on the dashboard. False (the default) blocks only the tiles that read the filter: those referencing its variableName, and those its broadcast applies to. Ignored unless minSelections is 1.
    #[serde(rename = "isGlobalRequirement", default, skip_serializing_if = "Option::is_none")]
    pub is_global_requirement: Option<bool>,
    /// Maximum number of values that can be selected at once. Set to 1 to make the filter single-select. Omit the field for the default multi-select behavior.
    #[serde(rename = "maxSelections", default, skip_serializing_if = "Option::is_none")]
    pub max_selections: Option<Whole>,
    /// Unique dashboard filter key ID
    #[serde(rename = "id", default)]
    pub id: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackQueryExpressionFilter {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "type" => self.r#type = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "expression" => self.expression = map.next_value()?,
            "sourceId" => self.source_id = map.next_value()?,
            "sourceMetricType" => self.source_metric_type = map.next_value()?,
            "where" => self.r#where = map.next_value()?,
            "whereLanguage" => self.where_language = map.next_value()?,
            "appliesToSourceIds" => self.applies_to_source_ids = map.next_value()?,
            "isBroadcastEnabled" => self.is_broadcast_enabled = map.next_value()?,
            "isVariableEnabled" => self.is_variable_enabled = map.next_value()?,
            "variableName" => self.variable_name = map.next_value()?,
            "minSelections" => self.min_selections = map.next_value()?,
            "isGlobalRequirement" => self.is_global_requirement = map.next_value()?,
            "maxSelections" => self.max_selections = map.next_value()?,
            "id" => self.id = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackQueryExpressionFilter {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackQueryExpressionFilter")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackQuerySetting {
    /// ClickHouse setting name
    #[serde(rename = "setting", default)]
    pub setting: Option<String>,
    /// Setting value
    #[serde(rename = "value", default)]
    pub value: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackQuerySetting {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "setting" => self.setting = map.next_value()?,
            "value" => self.value = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackQuerySetting {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackQuerySetting")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackRole {
    /// Role ID.
    #[serde(rename = "id", default)]
    pub id: Option<String>,
    /// Role name.
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// Human-readable role description.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The CASL permissions granted by this role.
    #[serde(rename = "permissions", default)]
    pub permissions: Option<Vec<ClickStackCASLPermission>>,
    /// Whether this is an immutable predefined/system role.
    #[serde(rename = "isPredefined", default)]
    pub is_predefined: Option<bool>,
    /// Creation timestamp.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// Last update timestamp.
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackRole {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "permissions" => self.permissions = map.next_value()?,
            "isPredefined" => self.is_predefined = map.next_value()?,
            "createdAt" => self.created_at = map.next_value()?,
            "updatedAt" => self.updated_at = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackRole {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackRole")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackSavedSearch {
    /// Unique saved search ID. Server-generated.
    #[serde(rename = "id", default)]
    pub id: Option<String>,
    /// Display name for the saved search.
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// ID of the source this saved search queries.
    #[serde(rename = "sourceId", default)]
    pub source_id: Option<String>,
    /// Comma-separated list of column expressions to display. Empty uses the source default.
    #[serde(rename = "select", default, skip_serializing_if = "Option::is_none")]
    pub select: Option<String>,
    /// Row filter expression. The language is controlled by whereLanguage.
    #[serde(rename = "where", default, skip_serializing_if = "Option::is_none")]
    pub r#where: Option<String>,
    /// Language used for the where filter.
    #[serde(rename = "whereLanguage", default, skip_serializing_if = "Option::is_none")]
    pub where_language: Option<String>,
    /// ORDER BY expression. Empty uses the source default.
    #[serde(rename = "orderBy", default, skip_serializing_if = "Option::is_none")]
    pub order_by: Option<String>,
    /// Tags used to organize saved searches.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Structured pinned filters applied to the search.
    #[serde(rename = "filters", default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<ClickStackSavedSearchFilter>>,
    /// ID of the team that owns the saved search.
    #[serde(rename = "teamId", default, skip_serializing_if = "Option::is_none")]
    pub team_id: Option<String>,
    /// Creation timestamp.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// Last update timestamp.
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackSavedSearch {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "sourceId" => self.source_id = map.next_value()?,
            "select" => self.select = map.next_value()?,
            "where" => self.r#where = map.next_value()?,
            "whereLanguage" => self.where_language = map.next_value()?,
            "orderBy" => self.order_by = map.next_value()?,
            "tags" => self.tags = map.next_value()?,
            "filters" => self.filters = map.next_value()?,
            "teamId" => self.team_id = map.next_value()?,
            "createdAt" => self.created_at = map.next_value()?,
            "updatedAt" => self.updated_at = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackSavedSearch {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackSavedSearch")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackSavedSearchFilter {
    /// Always `sql`. Only SQL predicate filters render in the sidebar.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// SQL predicate applied to the search, in `<column> IN (...)` form.
    #[serde(rename = "condition", default)]
    pub condition: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackSavedSearchFilter {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "type" => self.r#type = map.next_value()?,
            "condition" => self.condition = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackSavedSearchFilter {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackSavedSearchFilter")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackSelectItem {
    /// Aggregation function to apply. "count" does not require a valueExpression; "quantile" requires a level field indicating the desired percentile (e.g., 0.95).
    #[serde(rename = "aggFn", default)]
    pub agg_fn: Option<String>,
    /// Expression for the column or value to aggregate. Must be omitted when aggFn is "count"; required for all other aggFn values.
    #[serde(rename = "valueExpression", default, skip_serializing_if = "Option::is_none")]
    pub value_expression: Option<String>,
    /// Display alias for this select item in chart legends.
    #[serde(rename = "alias", default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// Percentile level; only valid when aggFn is "quantile". Allowed values: 0.5, 0.9, 0.95, 0.99.
    #[serde(rename = "level", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub level: Option<f64>,
    /// SQL or Lucene filter condition applied before aggregation.
    #[serde(rename = "where", default, skip_serializing_if = "Option::is_none")]
    pub r#where: Option<String>,
    /// Query language for the where clause.
    #[serde(rename = "whereLanguage", default, skip_serializing_if = "Option::is_none")]
    pub where_language: Option<String>,
    /// Name of the metric to aggregate; only applicable when the source is a metrics source.
    #[serde(rename = "metricName", default, skip_serializing_if = "Option::is_none")]
    pub metric_name: Option<String>,
    /// Metric type; only applicable when the source is a metrics source.
    #[serde(rename = "metricType", default, skip_serializing_if = "Option::is_none")]
    pub metric_type: Option<String>,
    /// Optional period aggregation function for Gauge metrics (e.g., compute the delta over the period).
    #[serde(rename = "periodAggFn", default, skip_serializing_if = "Option::is_none")]
    pub period_agg_fn: Option<String>,
    #[serde(rename = "numberFormat", default, skip_serializing_if = "Option::is_none")]
    pub number_format: Option<ClickStackNumberFormat>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackSelectItem {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "aggFn" => self.agg_fn = map.next_value()?,
            "valueExpression" => self.value_expression = map.next_value()?,
            "alias" => self.alias = map.next_value()?,
            "level" => self.level = map.next_value::<numbers::Float>()?.0,
            "where" => self.r#where = map.next_value()?,
            "whereLanguage" => self.where_language = map.next_value()?,
            "metricName" => self.metric_name = map.next_value()?,
            "metricType" => self.metric_type = map.next_value()?,
            "periodAggFn" => self.period_agg_fn = map.next_value()?,
            "numberFormat" => self.number_format = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackSelectItem {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackSelectItem")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackSessionSource {
    /// Unique source ID. Server-generated; ignored if sent in create/update requests.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Display name for the source.
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// Optional grouping label used to organize sources in the source selector. Sources that share a section value are displayed together.
    #[serde(rename = "section", default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// When true, the source is hidden from source selectors in the UI. Defaults to false.
    #[serde(rename = "disabled", default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// Source kind discriminator. Must be "session" for session sources.
    #[serde(rename = "kind", default)]
    pub kind: Option<String>,
    /// ID of the ClickHouse connection used by this source.
    #[serde(rename = "connection", default)]
    pub connection: Option<String>,
    #[serde(rename = "from", default)]
    pub from_: Option<ClickStackSourceFrom>,
    /// Optional ClickHouse query settings applied when querying this source.
    #[serde(rename = "querySettings", default, skip_serializing_if = "Option::is_none")]
    pub query_settings: Option<Vec<ClickStackQuerySetting>>,
    /// DateTime column or expression that is part of your table's primary key.
    #[serde(rename = "timestampValueExpression", default, skip_serializing_if = "Option::is_none")]
    pub timestamp_value_expression: Option<String>,
    /// HyperDX Source for traces associated with sessions.
    #[serde(rename = "traceSourceId", default)]
    pub trace_source_id: Option<String>,
    /// Expression to extract resource-level attributes.
    #[serde(rename = "resourceAttributesExpression", default, skip_serializing_if = "Option::is_none")]
    pub resource_attributes_expression: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackSessionSource {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "section" => self.section = map.next_value()?,
            "disabled" => self.disabled = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "connection" => self.connection = map.next_value()?,
            "from" => self.from_ = map.next_value()?,
            "querySettings" => self.query_settings = map.next_value()?,
            "timestampValueExpression" => self.timestamp_value_expression = map.next_value()?,
            "traceSourceId" => self.trace_source_id = map.next_value()?,
            "resourceAttributesExpression" => self.resource_attributes_expression = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackSessionSource {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackSessionSource")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackSlackAPIWebhook {
    /// Webhook ID
    #[serde(rename = "id", default)]
    pub id: Option<String>,
    /// Webhook name
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// Webhook service type
    #[serde(rename = "service", default)]
    pub service: Option<String>,
    /// Slack API endpoint URL
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Webhook description, shown in the UI
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Last update timestamp
    #[serde(rename = "updatedAt", default)]
    pub updated_at: Option<Timestamp>,
    /// Creation timestamp
    #[serde(rename = "createdAt", default)]
    pub created_at: Option<Timestamp>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackSlackAPIWebhook {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "service" => self.service = map.next_value()?,
            "url" => self.url = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "updatedAt" => self.updated_at = map.next_value()?,
            "createdAt" => self.created_at = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackSlackAPIWebhook {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackSlackAPIWebhook")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackSlackWebhook {
    /// Webhook ID
    #[serde(rename = "id", default)]
    pub id: Option<String>,
    /// Webhook name
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// Webhook service type
    #[serde(rename = "service", default)]
    pub service: Option<String>,
    /// Slack incoming webhook URL
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Webhook description, shown in the UI
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Last update timestamp
    #[serde(rename = "updatedAt", default)]
    pub updated_at: Option<Timestamp>,
    /// Creation timestamp
    #[serde(rename = "createdAt", default)]
    pub created_at: Option<Timestamp>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackSlackWebhook {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "service" => self.service = map.next_value()?,
            "url" => self.url = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "updatedAt" => self.updated_at = map.next_value()?,
            "createdAt" => self.created_at = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackSlackWebhook {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackSlackWebhook")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackSourceFilter {
    /// Discriminator. Must be "SOURCE_FILTER".
    #[serde(rename = "type", default)]
    pub r#type: Option<String>,
    /// Display name for the dashboard filter
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// Id of the source whose filterSettings declares this column. Read filterSettings from GET /api/v2/sources to see which columns a source declares.
    #[serde(rename = "sourceId", default)]
    pub source_id: Option<String>,
    /// Column this filter selects values for. Must match one of the source's filterSettings.columns[].name values, and is the expression the selection is broadcast on.
    #[serde(rename = "expression", default)]
    pub expression: Option<String>,
    /// Optional list of source IDs this filter broadcasts to. Omit or provide an empty array to apply the selection to ALL tiles regardless of source; a non-empty array restricts it to tiles whose source ID is in the list.
    #[serde(rename = "appliesToSourceIds", default, skip_serializing_if = "Option::is_none")]
    pub applies_to_source_ids: Option<Vec<String>>,
    /// Must be true if provided, and is true when omitted — a source filter should always broadcast to at least its own source. Allowed values: true.
    #[serde(rename = "isBroadcastEnabled", default, skip_serializing_if = "Option::is_none")]
    pub is_broadcast_enabled: Option<bool>,
    /// Must be true if provided, and is true when omitted. Tiles reference the selection as `$variableName`. Allowed values: true.
    #[serde(rename = "isVariableEnabled", default, skip_serializing_if = "Option::is_none")]
    pub is_variable_enabled: Option<bool>,
    /// Token that tiles reference this filter's selected value by, as `$variableName`. Must start with a letter and may contain only letters, numbers, and underscores. Defaults to the display name with whitespace replaced by underscores and remaining illegal characters removed. Variable names must be unique across a dashboard's variable-enabled filters.
    #[serde(rename = "variableName", default)]
    pub variable_name: Option<String>,
    /// Minimum number of values that must be selected before tiles load. Set to 1 to make the filter required. Only 0 and 1 are accepted. Omit the field (or send 0) for the default optional behavior.
    #[serde(rename = "minSelections", default, skip_serializing_if = "Option::is_none")]
    pub min_selections: Option<Whole>,
    /// Widens a required filter's block to every tile on the dashboard. False (the default) blocks only the tiles that read the filter: those referencing its variableName, and those its broadcast applies to. Ignored unless minSelections is 1.
    #[serde(rename = "isGlobalRequirement", default, skip_serializing_if = "Option::is_none")]
    pub is_global_requirement: Option<bool>,
    /// Maximum number of values that can be selected at once. Set to 1 to make the filter single-select. Omit the field for the default multi-select behavior.
    #[serde(rename = "maxSelections", default, skip_serializing_if = "Option::is_none")]
    pub max_selections: Option<Whole>,
    /// Unique dashboard filter key ID
    #[serde(rename = "id", default)]
    pub id: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackSourceFilter {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "type" => self.r#type = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "sourceId" => self.source_id = map.next_value()?,
            "expression" => self.expression = map.next_value()?,
            "appliesToSourceIds" => self.applies_to_source_ids = map.next_value()?,
            "isBroadcastEnabled" => self.is_broadcast_enabled = map.next_value()?,
            "isVariableEnabled" => self.is_variable_enabled = map.next_value()?,
            "variableName" => self.variable_name = map.next_value()?,
            "minSelections" => self.min_selections = map.next_value()?,
            "isGlobalRequirement" => self.is_global_requirement = map.next_value()?,
            "maxSelections" => self.max_selections = map.next_value()?,
            "id" => self.id = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackSourceFilter {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackSourceFilter")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackSourceFilterSettings {
    /// ClickHouse database name
    #[serde(rename = "databaseName", default)]
    pub database_name: Option<String>,
    /// ClickHouse table name
    #[serde(rename = "tableName", default)]
    pub table_name: Option<String>,
    /// Columns to expose as filters (max 10)
    #[serde(rename = "columns", default)]
    pub columns: Option<Vec<ClickStackFilterSettingsColumn>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackSourceFilterSettings {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "databaseName" => self.database_name = map.next_value()?,
            "tableName" => self.table_name = map.next_value()?,
            "columns" => self.columns = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackSourceFilterSettings {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackSourceFilterSettings")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackSourceFrom {
    /// ClickHouse database name
    #[serde(rename = "databaseName", default)]
    pub database_name: Option<String>,
    /// ClickHouse table name
    #[serde(rename = "tableName", default)]
    pub table_name: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackSourceFrom {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "databaseName" => self.database_name = map.next_value()?,
            "tableName" => self.table_name = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackSourceFrom {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackSourceFrom")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackSqlSavedFilterValue {
    /// Filter type.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// SQL filter condition. For example use expressions in the form "column IN ('value')".
    #[serde(rename = "condition", default)]
    pub condition: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackSqlSavedFilterValue {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "type" => self.r#type = map.next_value()?,
            "condition" => self.condition = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackSqlSavedFilterValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackSqlSavedFilterValue")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackStaticListFilter {
    /// Discriminator. Must be "STATIC_LIST".
    #[serde(rename = "type", default)]
    pub r#type: Option<String>,
    /// Display name for the dashboard filter key
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// The values this filter's dropdown offers. Must be non-empty and free of duplicates.
    #[serde(rename = "options", default)]
    pub options: Option<Vec<String>>,
    /// Must be false — there is no expression to broadcast. Omit it and it is false. Allowed values: false.
    #[serde(rename = "isBroadcastEnabled", default, skip_serializing_if = "Option::is_none")]
    pub is_broadcast_enabled: Option<bool>,
    /// Must be true if provided, and is true when omitted. Tiles reference the selection as `$variableName`, or with the `$__filter(<expression>, $<variableName>)` and `$__conditionalAll(<condition>, $<variableName>)` macros. The one-argument `$__filter($<variableName>)` form renders the filter's own expression, which this kind of filter does not have, so it reports that the expression must be passed explicitly. Allowed values: true.
    #[serde(rename = "isVariableEnabled", default, skip_serializing_if = "Option::is_none")]
    pub is_variable_enabled: Option<bool>,
    /// Token tiles reference this filter's selected value by, as `$variableName`. Must start with a letter and may contain only letters, numbers, and underscores. Defaults to the display name with whitespace replaced by underscores and remaining illegal characters removed, so a variable-enabled filter whose name derives nothing usable must send this field explicitly. Variable names must be unique across a dashboard's variable-enabled filters. Names the variable only, so the field is rejected when isVariableEnabled is not true, and is omitted from responses for such a filter.
    #[serde(rename = "variableName", default, skip_serializing_if = "Option::is_none")]
    pub variable_name: Option<String>,
    /// Minimum number of values that must be selected before tiles load. Set to 1 to make the filter required. Only 0 and 1 are accepted. Omit the field (or send 0) for the default optional behavior.
    #[serde(rename = "minSelections", default, skip_serializing_if = "Option::is_none")]
    pub min_selections: Option<Whole>,
    /// Widens a required filter's block to every tile on the dashboard. False (the default) blocks only the tiles that read the filter: those referencing its variableName, and those its broadcast applies to. Ignored unless minSelections is 1.
    #[serde(rename = "isGlobalRequirement", default, skip_serializing_if = "Option::is_none")]
    pub is_global_requirement: Option<bool>,
    /// Maximum number of values that can be selected at once. Set to 1 to make the filter single-select. Omit the field for the default multi-select behavior.
    #[serde(rename = "maxSelections", default, skip_serializing_if = "Option::is_none")]
    pub max_selections: Option<Whole>,
    /// Unique dashboard filter key ID
    #[serde(rename = "id", default)]
    pub id: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackStaticListFilter {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "type" => self.r#type = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "options" => self.options = map.next_value()?,
            "isBroadcastEnabled" => self.is_broadcast_enabled = map.next_value()?,
            "isVariableEnabled" => self.is_variable_enabled = map.next_value()?,
            "variableName" => self.variable_name = map.next_value()?,
            "minSelections" => self.min_selections = map.next_value()?,
            "isGlobalRequirement" => self.is_global_requirement = map.next_value()?,
            "maxSelections" => self.max_selections = map.next_value()?,
            "id" => self.id = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackStaticListFilter {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackStaticListFilter")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackTileOutput {
    /// Display name for the tile
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// Horizontal position in the grid (0-based)
    #[serde(rename = "x", default)]
    pub x: Option<Whole>,
    /// Vertical position in the grid (0-based)
    #[serde(rename = "y", default)]
    pub y: Option<Whole>,
    /// Width in grid units
    #[serde(rename = "w", default)]
    pub w: Option<Whole>,
    /// Height in grid units
    #[serde(rename = "h", default)]
    pub h: Option<Whole>,
    #[serde(rename = "config", default, skip_serializing_if = "Option::is_none")]
    pub config: Option<Value>,
    /// References a DashboardContainer by id. Tiles without containerId render in the default ungrouped area.
    #[serde(rename = "containerId", default, skip_serializing_if = "Option::is_none")]
    pub container_id: Option<String>,
    /// References a tab inside the tile's container by id. Requires containerId to be set, and the container to declare a matching tab.
    #[serde(rename = "tabId", default, skip_serializing_if = "Option::is_none")]
    pub tab_id: Option<String>,
    /// Short explanation of the tile, shown as a tooltip next to its name.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Unique tile ID assigned by the server.
    #[serde(rename = "id", default)]
    pub id: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackTileOutput {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "name" => self.name = map.next_value()?,
            "x" => self.x = map.next_value()?,
            "y" => self.y = map.next_value()?,
            "w" => self.w = map.next_value()?,
            "h" => self.h = map.next_value()?,
            "config" => self.config = map.next_value()?,
            "containerId" => self.container_id = map.next_value()?,
            "tabId" => self.tab_id = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "id" => self.id = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackTileOutput {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackTileOutput")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackTraceSource {
    /// Unique source ID. Server-generated; ignored if sent in create/update requests.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Display name for the source.
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// Optional grouping label used to organize sources in the source selector. Sources that share a section value are displayed together.
    #[serde(rename = "section", default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// When true, the source is hidden from source selectors in the UI. Defaults to false.
    #[serde(rename = "disabled", default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// Source kind discriminator. Must be "trace" for trace sources.
    #[serde(rename = "kind", default)]
    pub kind: Option<String>,
    /// ID of the ClickHouse connection used by this source.
    #[serde(rename = "connection", default)]
    pub connection: Option<String>,
    #[serde(rename = "from", default)]
    pub from_: Option<ClickStackSourceFrom>,
    /// Optional ClickHouse query settings applied when querying this source.
    #[serde(rename = "querySettings", default, skip_serializing_if = "Option::is_none")]
    pub query_settings: Option<Vec<ClickStackQuerySetting>>,
    #[serde(rename = "filterSettings", default, skip_serializing_if = "Option::is_none")]
    pub filter_settings: Option<ClickStackSourceFilterSettings>,
    /// Default columns selected in search results (this can be customized per search later)
    #[serde(rename = "defaultTableSelectExpression", default)]
    pub default_table_select_expression: Option<String>,
    /// DateTime column or expression defines the start of the span
    #[serde(rename = "timestampValueExpression", default)]
    pub timestamp_value_expression: Option<String>,
    /// Expression to extract span duration.
    #[serde(rename = "durationExpression", default)]
    pub duration_expression: Option<String>,
    /// Number of decimal digits in the duration value (e.g., 3 for milliseconds, 6 for microseconds, 9 for nanoseconds).
    #[serde(rename = "durationPrecision", default)]
    pub duration_precision: Option<Whole>,
    /// Expression to extract the trace ID.
    #[serde(rename = "traceIdExpression", default)]
    pub trace_id_expression: Option<String>,
    /// Expression to extract the span ID.
    #[serde(rename = "spanIdExpression", default)]
    pub span_id_expression: Option<String>,
    /// Expression to extract the parent span ID.
    #[serde(rename = "parentSpanIdExpression", default)]
    pub parent_span_id_expression: Option<String>,
    /// Expression to extract the span name.
    #[serde(rename = "spanNameExpression", default)]
    pub span_name_expression: Option<String>,
    /// Expression to extract the span kind (e.g., client, server, internal).
    #[serde(rename = "spanKindExpression", default)]
    pub span_kind_expression: Option<String>,
    /// HyperDX Source for logs associated with traces. Optional
    #[serde(rename = "logSourceId", default, skip_serializing_if = "Option::is_none")]
    pub log_source_id: Option<String>,
    /// HyperDX Source for sessions associated with traces. Optional
    #[serde(rename = "sessionSourceId", default, skip_serializing_if = "Option::is_none")]
    pub session_source_id: Option<String>,
    /// HyperDX Source for metrics associated with traces. Optional
    #[serde(rename = "metricSourceId", default, skip_serializing_if = "Option::is_none")]
    pub metric_source_id: Option<String>,
    /// Expression to extract the span status code.
    #[serde(rename = "statusCodeExpression", default, skip_serializing_if = "Option::is_none")]
    pub status_code_expression: Option<String>,
    /// Expression to extract the span status message.
    #[serde(rename = "statusMessageExpression", default, skip_serializing_if = "Option::is_none")]
    pub status_message_expression: Option<String>,
    /// Expression to extract the service name from trace rows.
    #[serde(rename = "serviceNameExpression", default, skip_serializing_if = "Option::is_none")]
    pub service_name_expression: Option<String>,
    /// Expression identifying the running release of a service. Defaults to the OpenTelemetry service.version resource attribute when unset. Where services carry the release on different attributes, fall back across them with coalesce(nullIf(a, ''), nullIf(b, '')).
    #[serde(rename = "serviceVersionExpression", default, skip_serializing_if = "Option::is_none")]
    pub service_version_expression: Option<String>,
    /// Column or expression for upstream sampling weight (1/N). When set, aggregations (count, avg, sum, quantile) are corrected for sampling. Percentiles use quantileTDigestWeighted, which is an approximation. Leave empty if spans are not sampled.
    #[serde(rename = "sampleRateExpression", default, skip_serializing_if = "Option::is_none")]
    pub sample_rate_expression: Option<String>,
    /// Expression to extract resource-level attributes.
    #[serde(rename = "resourceAttributesExpression", default, skip_serializing_if = "Option::is_none")]
    pub resource_attributes_expression: Option<String>,
    /// Expression to extract event-level attributes.
    #[serde(rename = "eventAttributesExpression", default, skip_serializing_if = "Option::is_none")]
    pub event_attributes_expression: Option<String>,
    /// Expression to extract span events. Used to capture events associated with spans. Expected to be Nested ( Timestamp DateTime64(9), Name LowCardinality(String), Attributes Map(LowCardinality(String), String)
    #[serde(rename = "spanEventsValueExpression", default, skip_serializing_if = "Option::is_none")]
    pub span_events_value_expression: Option<String>,
    /// Expression to extract span links. Used to capture links from a span to spans in other traces. Expected to be Nested ( TraceId String, SpanId String, TraceState String, Attributes Map(LowCardinality(String), String) )
    #[serde(rename = "spanLinksValueExpression", default, skip_serializing_if = "Option::is_none")]
    pub span_links_value_expression: Option<String>,
    /// Column used for full text search if no property is specified in a Lucene-based search. Typically the message body of a log.
    #[serde(rename = "implicitColumnExpression", default, skip_serializing_if = "Option::is_none")]
    pub implicit_column_expression: Option<String>,
    /// For Distributed table sources whose target tables have non-matching column sets. A list of columns supported across all target tables, used instead of SELECT * when fetching full row data. Leave blank to select all columns.
    #[serde(rename = "knownColumnsListExpression", default, skip_serializing_if = "Option::is_none")]
    pub known_columns_list_expression: Option<String>,
    /// Controls whether lucene rendering uses ClickHouse text indices via hasAllTokens() against the implicit column. "auto" detects a covering index at query time, "enabled" forces text index usage, "disabled" forces a LIKE/hasToken fallback.
    #[serde(rename = "useTextIndexForImplicitColumn", default, skip_serializing_if = "Option::is_none")]
    pub use_text_index_for_implicit_column: Option<String>,
    /// Expressions defining trace-level attributes which are displayed in the trace view for the selected trace.
    #[serde(rename = "highlightedTraceAttributeExpressions", default, skip_serializing_if = "Option::is_none")]
    pub highlighted_trace_attribute_expressions: Option<Vec<ClickStackHighlightedAttributeExpression>>,
    /// Expressions defining row-level attributes which are displayed in the row side panel for the selected row
    #[serde(rename = "highlightedRowAttributeExpressions", default, skip_serializing_if = "Option::is_none")]
    pub highlighted_row_attribute_expressions: Option<Vec<ClickStackHighlightedAttributeExpression>>,
    /// This DateTime column is used to display and order search results.
    #[serde(rename = "displayedTimestampValueExpression", default, skip_serializing_if = "Option::is_none")]
    pub displayed_timestamp_value_expression: Option<String>,
    /// Custom ORDER BY expression that overrides the default ordering. Leave empty to use the auto-detected default.
    #[serde(rename = "orderByExpression", default, skip_serializing_if = "Option::is_none")]
    pub order_by_expression: Option<String>,
    /// Configure materialized views for query optimization. These pre-aggregated views can significantly improve query performance on aggregation queries.
    #[serde(rename = "materializedViews", default, skip_serializing_if = "Option::is_none")]
    pub materialized_views: Option<Vec<ClickStackMaterializedView>>,
    #[serde(rename = "metadataMaterializedViews", default, skip_serializing_if = "Option::is_none")]
    pub metadata_materialized_views: Option<ClickStackTraceSourceMetadataMaterializedViews>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackTraceSource {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "section" => self.section = map.next_value()?,
            "disabled" => self.disabled = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "connection" => self.connection = map.next_value()?,
            "from" => self.from_ = map.next_value()?,
            "querySettings" => self.query_settings = map.next_value()?,
            "filterSettings" => self.filter_settings = map.next_value()?,
            "defaultTableSelectExpression" => self.default_table_select_expression = map.next_value()?,
            "timestampValueExpression" => self.timestamp_value_expression = map.next_value()?,
            "durationExpression" => self.duration_expression = map.next_value()?,
            "durationPrecision" => self.duration_precision = map.next_value()?,
            "traceIdExpression" => self.trace_id_expression = map.next_value()?,
            "spanIdExpression" => self.span_id_expression = map.next_value()?,
            "parentSpanIdExpression" => self.parent_span_id_expression = map.next_value()?,
            "spanNameExpression" => self.span_name_expression = map.next_value()?,
            "spanKindExpression" => self.span_kind_expression = map.next_value()?,
            "logSourceId" => self.log_source_id = map.next_value()?,
            "sessionSourceId" => self.session_source_id = map.next_value()?,
            "metricSourceId" => self.metric_source_id = map.next_value()?,
            "statusCodeExpression" => self.status_code_expression = map.next_value()?,
            "statusMessageExpression" => self.status_message_expression = map.next_value()?,
            "serviceNameExpression" => self.service_name_expression = map.next_value()?,
            "serviceVersionExpression" => self.service_version_expression = map.next_value()?,
            "sampleRateExpression" => self.sample_rate_expression = map.next_value()?,
            "resourceAttributesExpression" => self.resource_attributes_expression = map.next_value()?,
            "eventAttributesExpression" => self.event_attributes_expression = map.next_value()?,
            "spanEventsValueExpression" => self.span_events_value_expression = map.next_value()?,
            "spanLinksValueExpression" => self.span_links_value_expression = map.next_value()?,
            "implicitColumnExpression" => self.implicit_column_expression = map.next_value()?,
            "knownColumnsListExpression" => self.known_columns_list_expression = map.next_value()?,
            "useTextIndexForImplicitColumn" => self.use_text_index_for_implicit_column = map.next_value()?,
            "highlightedTraceAttributeExpressions" => self.highlighted_trace_attribute_expressions = map.next_value()?,
            "highlightedRowAttributeExpressions" => self.highlighted_row_attribute_expressions = map.next_value()?,
            "displayedTimestampValueExpression" => self.displayed_timestamp_value_expression = map.next_value()?,
            "orderByExpression" => self.order_by_expression = map.next_value()?,
            "materializedViews" => self.materialized_views = map.next_value()?,
            "metadataMaterializedViews" => self.metadata_materialized_views = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackTraceSource {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackTraceSource")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackTraceSourceMetadataMaterializedViews {
    /// ClickHouse table name for the key rollup (field discovery).
    #[serde(rename = "keyRollupTable", default, skip_serializing_if = "Option::is_none")]
    pub key_rollup_table: Option<String>,
    /// ClickHouse table name for the key-value rollup (value autocomplete).
    #[serde(rename = "kvRollupTable", default, skip_serializing_if = "Option::is_none")]
    pub kv_rollup_table: Option<String>,
    /// The time granularity of the rollup tables.
    #[serde(rename = "granularity", default, skip_serializing_if = "Option::is_none")]
    pub granularity: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackTraceSourceMetadataMaterializedViews {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "keyRollupTable" => self.key_rollup_table = map.next_value()?,
            "kvRollupTable" => self.kv_rollup_table = map.next_value()?,
            "granularity" => self.granularity = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackTraceSourceMetadataMaterializedViews {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackTraceSourceMetadataMaterializedViews")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackValidateDashboardError {
    /// Dot-separated field path, or empty string for top-level errors.
    #[serde(rename = "path", default)]
    pub path: Option<String>,
    /// Human-readable error description.
    #[serde(rename = "message", default)]
    pub message: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackValidateDashboardError {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "path" => self.path = map.next_value()?,
            "message" => self.message = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackValidateDashboardError {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackValidateDashboardError")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackValidateDashboardResponse {
    /// True when the body passes all validation rules.
    #[serde(rename = "valid", default)]
    pub valid: Option<bool>,
    /// Validation errors. Empty when valid is true.
    #[serde(rename = "errors", default)]
    pub errors: Option<Vec<ClickStackValidateDashboardError>>,
    #[serde(rename = "normalized", default)]
    pub normalized: Option<Map<String, Value>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackValidateDashboardResponse {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "valid" => self.valid = map.next_value()?,
            "errors" => self.errors = map.next_value()?,
            "normalized" => self.normalized = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackValidateDashboardResponse {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackValidateDashboardResponse")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackValidateWebhookResponse {
    /// True when the body passes all validation rules.
    #[serde(rename = "valid", default)]
    pub valid: Option<bool>,
    /// Validation errors. Empty when valid is true.
    #[serde(rename = "errors", default)]
    pub errors: Option<Vec<ClickStackValidateWebhookResponseErrorsItem>>,
    #[serde(rename = "normalized", default)]
    pub normalized: Option<Map<String, Value>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackValidateWebhookResponse {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "valid" => self.valid = map.next_value()?,
            "errors" => self.errors = map.next_value()?,
            "normalized" => self.normalized = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackValidateWebhookResponse {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackValidateWebhookResponse")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackValidateWebhookResponseErrorsItem {
    /// Dot-separated field path, or empty string for top-level errors.
    #[serde(rename = "path", default)]
    pub path: Option<String>,
    /// Human-readable error description.
    #[serde(rename = "message", default)]
    pub message: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackValidateWebhookResponseErrorsItem {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "path" => self.path = map.next_value()?,
            "message" => self.message = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackValidateWebhookResponseErrorsItem {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackValidateWebhookResponseErrorsItem")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClickStackVariableSavedFilterValue {
    /// Filter type.
    #[serde(rename = "type", default)]
    pub r#type: Option<String>,
    /// The variableName of the dashboard variable this selection belongs to. Only allowed for variable-enabled filters.
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// Selected values. Ignored when "all" is true.
    #[serde(rename = "values", default)]
    pub values: Option<Vec<String>>,
    /// Set to true to select every available value rather than a fixed list, which only SOURCE_FILTER filters offer (and only for columns their source declares with allowAll). Send an empty "values" alongside it. Allowed values: true.
    #[serde(rename = "all", default, skip_serializing_if = "Option::is_none")]
    pub all: Option<bool>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ClickStackVariableSavedFilterValue {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "type" => self.r#type = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "values" => self.values = map.next_value()?,
            "all" => self.all = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ClickStackVariableSavedFilterValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ClickStackVariableSavedFilterValue")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CreatedKey {
    #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
    pub key: Option<ApiKey>,
    /// Generated key ID. Provided only if there was no 'hashData' in the request.
    #[serde(rename = "keyId", default, skip_serializing_if = "Option::is_none")]
    pub key_id: Option<String>,
    /// Generated key secret. Provided only if there was no 'hashData' in the request.
    #[serde(rename = "keySecret", default, skip_serializing_if = "Option::is_none")]
    pub key_secret: Option<Secret>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for CreatedKey {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "key" => self.key = map.next_value()?,
            "keyId" => self.key_id = map.next_value()?,
            "keySecret" => self.key_secret = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for CreatedKey {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "CreatedKey")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CreditBalance {
    /// Unique ID of the balance.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Uuid>,
    /// Type of the balance.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Remaining credits available on this balance, in ClickHouse Credits (CHCs).
    #[serde(rename = "remainingCredits", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub remaining_credits: Option<f64>,
    /// Total credits granted on this balance, in ClickHouse Credits (CHCs).
    #[serde(rename = "totalAmount", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub total_amount: Option<f64>,
    /// Credits spent from this balance, in ClickHouse Credits (CHCs).
    #[serde(rename = "amountSpent", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub amount_spent: Option<f64>,
    /// Date the balance became active. ISO-8601, based on the UTC timezone.
    #[serde(rename = "startDate", default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<Timestamp>,
    /// Date the balance expires. ISO-8601, based on the UTC timezone.
    #[serde(rename = "expirationDate", default, skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<Timestamp>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for CreditBalance {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            "remainingCredits" => self.remaining_credits = map.next_value::<numbers::Float>()?.0,
            "totalAmount" => self.total_amount = map.next_value::<numbers::Float>()?.0,
            "amountSpent" => self.amount_spent = map.next_value::<numbers::Float>()?.0,
            "startDate" => self.start_date = map.next_value()?,
            "expirationDate" => self.expiration_date = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for CreditBalance {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "CreditBalance")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CreditBalances {
    /// Total remaining credits across all active balances, in ClickHouse Credits (CHCs).
    #[serde(rename = "totalRemainingCredits", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub total_remaining_credits: Option<f64>,
    /// List of active balances for the organization. Empty when the organization has none.
    #[serde(rename = "balances", default, skip_serializing_if = "Option::is_none")]
    pub balances: Option<Vec<CreditBalance>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for CreditBalances {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "totalRemainingCredits" => self.total_remaining_credits = map.next_value::<numbers::Float>()?.0,
            "balances" => self.balances = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for CreditBalances {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "CreditBalances")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CurrentScaling {
    /// Autoscaling mode currently in effect on the running service. May diverge from the configured baseline mode while a schedule entry is active.
    #[serde(rename = "effectiveAutoscalingMode", default, skip_serializing_if = "Option::is_none")]
    pub effective_autoscaling_mode: Option<String>,
    /// Minimum memory per replica (Gb) currently applied to the running service. May diverge from the top-level `minReplicaMemoryGb` baseline while a schedule entry is active.
    #[serde(rename = "effectiveMinReplicaMemoryGb", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub effective_min_replica_memory_gb: Option<f64>,
    /// Maximum memory per replica (Gb) currently applied to the running service. May diverge from the top-level `maxReplicaMemoryGb` baseline while a schedule entry is active. Reflects the stored value: normally equal to `effectiveMinReplicaMemoryGb` in horizontal mode, but a legacy service stored with an unequal memory range reports the stored bounds as-is.
    #[serde(rename = "effectiveMaxReplicaMemoryGb", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub effective_max_replica_memory_gb: Option<f64>,
    /// Minimum number of replicas currently applied to the running service. May diverge from the baseline while a schedule entry is active. Reflects the stored value: normally equal to `effectiveMaxReplicas` in vertical mode (a fixed replica count), but a legacy service stored with an unequal replica range reports the stored bounds as-is.
    #[serde(rename = "effectiveMinReplicas", default, skip_serializing_if = "Option::is_none")]
    pub effective_min_replicas: Option<Whole>,
    /// Maximum number of replicas currently applied to the running service. May diverge from the baseline while a schedule entry is active.
    #[serde(rename = "effectiveMaxReplicas", default, skip_serializing_if = "Option::is_none")]
    pub effective_max_replicas: Option<Whole>,
    /// Whether idle scaling is currently in effect on the service. May diverge from the top-level `idleScaling` baseline while a schedule entry is active.
    #[serde(rename = "effectiveIdleScaling", default, skip_serializing_if = "Option::is_none")]
    pub effective_idle_scaling: Option<bool>,
    /// Idle timeout in minutes currently in effect on the service. May diverge from the top-level `idleTimeoutMinutes` baseline while a schedule entry is active.
    #[serde(rename = "effectiveIdleTimeoutMinutes", default, skip_serializing_if = "Option::is_none")]
    pub effective_idle_timeout_minutes: Option<Whole>,
    /// ID of the schedule entry whose values are currently applied to the service. Absent when no entry is active.
    #[serde(rename = "activeEntryId", default, skip_serializing_if = "Option::is_none")]
    pub active_entry_id: Option<Uuid>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for CurrentScaling {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "effectiveAutoscalingMode" => self.effective_autoscaling_mode = map.next_value()?,
            "effectiveMinReplicaMemoryGb" => self.effective_min_replica_memory_gb = map.next_value::<numbers::Float>()?.0,
            "effectiveMaxReplicaMemoryGb" => self.effective_max_replica_memory_gb = map.next_value::<numbers::Float>()?.0,
            "effectiveMinReplicas" => self.effective_min_replicas = map.next_value()?,
            "effectiveMaxReplicas" => self.effective_max_replicas = map.next_value()?,
            "effectiveIdleScaling" => self.effective_idle_scaling = map.next_value()?,
            "effectiveIdleTimeoutMinutes" => self.effective_idle_timeout_minutes = map.next_value()?,
            "activeEntryId" => self.active_entry_id = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for CurrentScaling {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "CurrentScaling")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CustomPrivateDnsMapping {
    /// Optional private DNS names for Reverse Private Endpoint. Can be used as data source destination address. Must be unique across the ClickHouse service. Generally available for Google Private Service Connect (PSC). For AWS PrivateLink (VPC endpoint service and VPC resource), available in Private Preview; contact ClickHouse support to enable it for your service. Not supported for MSK multi-VPC. Supports exact names and leading wildcard names such as *.example.com
    #[serde(rename = "privateDnsName", default, skip_serializing_if = "Option::is_none")]
    pub private_dns_name: Option<String>,
    /// Optional DNS target ID. Supported only for VPC_RESOURCE, where it is the CHILD resource configuration ID (rcfg-…), or the configuration ID for a single resource. Set it at create time to route a custom DNS name to that resource. If the target is not reported in dnsTargets yet, the mapping is not served until it appears; it does not fall back to the default target. If omitted, the default target is used. Once dnsTargets is non-empty, adding or changing a targetId requires an ID in that list; unchanged target IDs are not re-checked.
    #[serde(rename = "targetId", default, skip_serializing_if = "Option::is_none")]
    pub target_id: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for CustomPrivateDnsMapping {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "privateDnsName" => self.private_dns_name = map.next_value()?,
            "targetId" => self.target_id = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for CustomPrivateDnsMapping {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "CustomPrivateDnsMapping")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct GcpBackupBucket {
    /// Unique backup bucket ID
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Uuid>,
    /// Bucket provider
    #[serde(rename = "bucketProvider", default, skip_serializing_if = "Option::is_none")]
    pub bucket_provider: Option<String>,
    /// Bucket path
    #[serde(rename = "bucketPath", default, skip_serializing_if = "Option::is_none")]
    pub bucket_path: Option<String>,
    /// Access Key ID (HMAC key)
    #[serde(rename = "accessKeyId", default, skip_serializing_if = "Option::is_none")]
    pub access_key_id: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for GcpBackupBucket {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "bucketProvider" => self.bucket_provider = map.next_value()?,
            "bucketPath" => self.bucket_path = map.next_value()?,
            "accessKeyId" => self.access_key_id = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for GcpBackupBucket {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "GcpBackupBucket")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct InstancePrivateEndpoint {
    /// Private endpoint identifier
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Description of private endpoint
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Cloud provider in which the private endpoint is lcoated
    #[serde(rename = "cloudProvider", default, skip_serializing_if = "Option::is_none")]
    pub cloud_provider: Option<String>,
    /// Region in which the private endpoint is located
    #[serde(rename = "region", default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for InstancePrivateEndpoint {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "cloudProvider" => self.cloud_provider = map.next_value()?,
            "region" => self.region = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for InstancePrivateEndpoint {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "InstancePrivateEndpoint")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Invitation {
    /// DEPRECATED. Use `assignedRoles` instead. Role of the invited user in the organization. For organizations that have migrated to custom roles, this field is frozen at the pre-migration value and does not reflect the role assignment that will be applied.
    #[serde(rename = "role", default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Unique invitation ID.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Uuid>,
    /// Email of the invited user. Only a user with this email can join using the invitation. The email is stored in a lowercase form.
    #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Invitation creation timestamp. ISO-8601.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// Timestamp the invitation expires. ISO-8601.
    #[serde(rename = "expireAt", default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<Timestamp>,
    /// Custom roles and System roles that will be assigned to the user when they accept the invitation
    #[serde(rename = "assignedRoles", default, skip_serializing_if = "Option::is_none")]
    pub assigned_roles: Option<Vec<AssignedRole>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for Invitation {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "role" => self.role = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "email" => self.email = map.next_value()?,
            "createdAt" => self.created_at = map.next_value()?,
            "expireAt" => self.expire_at = map.next_value()?,
            "assignedRoles" => self.assigned_roles = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for Invitation {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "Invitation")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct IpAccessListEntry {
    /// IP or CIDR
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Optional description of IPv4 address or IPv4 CIDR to allow access from
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for IpAccessListEntry {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "source" => self.source = map.next_value()?,
            "description" => self.description = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for IpAccessListEntry {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "IpAccessListEntry")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Member {
    /// Unique user ID. If a user is a member in multiple organizations this ID will stay the same.
    #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// Name of the member as set a personal user profile.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Email of the member as set in personal user profile.
    #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// DEPRECATED. Use `assignedRoles` instead. Role of the member in the organization. For organizations that have migrated to custom roles, this field is frozen at the pre-migration value and does not reflect current role assignments.
    #[serde(rename = "role", default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Timestamp the member joined the organization. ISO-8601.
    #[serde(rename = "joinedAt", default, skip_serializing_if = "Option::is_none")]
    pub joined_at: Option<Timestamp>,
    /// Custom roles and System roles assigned to this member
    #[serde(rename = "assignedRoles", default, skip_serializing_if = "Option::is_none")]
    pub assigned_roles: Option<Vec<AssignedRole>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for Member {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "userId" => self.user_id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "email" => self.email = map.next_value()?,
            "role" => self.role = map.next_value()?,
            "joinedAt" => self.joined_at = map.next_value()?,
            "assignedRoles" => self.assigned_roles = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for Member {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "Member")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Notification {
    /// Unique notification ID.
    #[serde(rename = "id", default)]
    pub id: Option<Uuid>,
    /// Notification type. New types are added over time, so treat this as an open set.
    #[serde(rename = "type", default)]
    pub r#type: Option<String>,
    /// Severity of the notification. One of 'info', 'warning', 'critical'.
    #[serde(rename = "severity", default)]
    pub severity: Option<String>,
    /// Kind of resource the notification is about. One of 'service', 'organization', 'clickpipe', 'postgres'.
    #[serde(rename = "resourceType", default)]
    pub resource_type: Option<String>,
    /// ID of the resource the notification is about.
    #[serde(rename = "resourceId", default)]
    pub resource_id: Option<String>,
    /// Name the resource had when the notification was created. Absent for most notification types; use `resourceId` to identify the resource.
    #[serde(rename = "resourceName", default, skip_serializing_if = "Option::is_none")]
    pub resource_name: Option<String>,
    /// When the notification was created. ISO-8601.
    #[serde(rename = "createdAt", default)]
    pub created_at: Option<Timestamp>,
    /// Short human-readable summary.
    #[serde(rename = "title", default)]
    pub title: Option<String>,
    /// Human-readable body as plain text, with any links written as "label (url)".
    #[serde(rename = "description", default)]
    pub description: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for Notification {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            "severity" => self.severity = map.next_value()?,
            "resourceType" => self.resource_type = map.next_value()?,
            "resourceId" => self.resource_id = map.next_value()?,
            "resourceName" => self.resource_name = map.next_value()?,
            "createdAt" => self.created_at = map.next_value()?,
            "title" => self.title = map.next_value()?,
            "description" => self.description = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for Notification {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "Notification")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NotificationType {
    /// Stable identifier of the notification type. Never renamed or reused.
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// Human-readable name of the notification type.
    #[serde(rename = "title", default)]
    pub title: Option<String>,
    /// Longer explanation of what the notification reports. Omitted for types that have none.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Broad grouping the notification type belongs to. Current values: billing, service, clickpipe, postgres. New values may be added over time.
    #[serde(rename = "category", default)]
    pub category: Option<String>,
    /// Relative importance of notifications of this type.
    #[serde(rename = "severity", default)]
    pub severity: Option<String>,
    /// Kind of resource a notification of this type is about. Current values: service, organization, clickpipe, postgres. New values may be added over time.
    #[serde(rename = "resourceType", default)]
    pub resource_type: Option<String>,
    /// Whether the per-role delivery default can be changed. When false the role default is frozen; this does not mean the notification is always delivered.
    #[serde(rename = "isConfigurable", default)]
    pub is_configurable: Option<bool>,
    /// False when the caller lacks the permission this type requires. The type is still returned, just flagged.
    #[serde(rename = "isAvailable", default)]
    pub is_available: Option<bool>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for NotificationType {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "name" => self.name = map.next_value()?,
            "title" => self.title = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "category" => self.category = map.next_value()?,
            "severity" => self.severity = map.next_value()?,
            "resourceType" => self.resource_type = map.next_value()?,
            "isConfigurable" => self.is_configurable = map.next_value()?,
            "isAvailable" => self.is_available = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for NotificationType {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "NotificationType")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Organization {
    /// Unique organization ID.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Uuid>,
    /// The timestamp the organization was created. ISO-8601.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// Name of the organization.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// List of private endpoints for organization
    #[serde(rename = "privateEndpoints", default, skip_serializing_if = "Option::is_none")]
    pub private_endpoints: Option<Vec<OrganizationPrivateEndpoint>>,
    /// BYOC configuration for the organization
    #[serde(rename = "byocConfig", default, skip_serializing_if = "Option::is_none")]
    pub byoc_config: Option<Vec<ByocConfig>>,
    /// Whether crash reports (core dumps) collection is enabled for services in the organization. When disabled at the organization level, individual services cannot enable crash reports.
    #[serde(rename = "enableCoreDumps", default, skip_serializing_if = "Option::is_none")]
    pub enable_core_dumps: Option<bool>,
    #[serde(rename = "capabilities", default, skip_serializing_if = "Option::is_none")]
    pub capabilities: Option<OrganizationCapabilities>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for Organization {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "createdAt" => self.created_at = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "privateEndpoints" => self.private_endpoints = map.next_value()?,
            "byocConfig" => self.byoc_config = map.next_value()?,
            "enableCoreDumps" => self.enable_core_dumps = map.next_value()?,
            "capabilities" => self.capabilities = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for Organization {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "Organization")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct OrganizationCapabilities {
    /// Whether the organization is eligible to enable snapshots on its primary services.
    #[serde(rename = "snapshots", default, skip_serializing_if = "Option::is_none")]
    pub snapshots: Option<bool>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for OrganizationCapabilities {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "snapshots" => self.snapshots = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for OrganizationCapabilities {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "OrganizationCapabilities")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct OrganizationCloudRegionPrivateEndpointConfig {
    /// Unique identifier of the interface endpoint you created in your VPC with the AWS(Service Name) or GCP(Target Service) resource
    #[serde(rename = "endpointServiceId", default, skip_serializing_if = "Option::is_none")]
    pub endpoint_service_id: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for OrganizationCloudRegionPrivateEndpointConfig {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "endpointServiceId" => self.endpoint_service_id = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for OrganizationCloudRegionPrivateEndpointConfig {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "OrganizationCloudRegionPrivateEndpointConfig")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct OrganizationPrivateEndpoint {
    /// Private endpoint identifier
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Description of private endpoint
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Cloud provider in which the private endpoint is lcoated
    #[serde(rename = "cloudProvider", default, skip_serializing_if = "Option::is_none")]
    pub cloud_provider: Option<String>,
    /// Region in which the private endpoint is located
    #[serde(rename = "region", default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for OrganizationPrivateEndpoint {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "cloudProvider" => self.cloud_provider = map.next_value()?,
            "region" => self.region = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for OrganizationPrivateEndpoint {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "OrganizationPrivateEndpoint")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct OrganizationQuota {
    /// Stable identifier of the quota. Use it to request a single quota by code.
    #[serde(rename = "quotaCode", default)]
    pub quota_code: Option<String>,
    /// Human-readable name of the quota.
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// Explanation of the resource the quota limits and how the limit is applied.
    #[serde(rename = "description", default)]
    pub description: Option<String>,
    /// Granularity at which the limit is applied. For example, `replicas-per-warehouse` is an organization-wide setting that limits each warehouse individually.
    #[serde(rename = "scope", default)]
    pub scope: Option<String>,
    /// Limit currently applied to the organization, including any adjustments made for the organization. The value can change when the billing status of the organization changes.
    #[serde(rename = "value", default)]
    pub value: Option<Whole>,
    /// Current consumption of the quota. Omitted for quotas that do not report usage. Usage can exceed `value` when a limit was lowered after resources were created; existing resources are not affected.
    #[serde(rename = "usage", default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<Whole>,
    /// Whether the limit can be raised for the organization by contacting ClickHouse support.
    #[serde(rename = "adjustable", default)]
    pub adjustable: Option<bool>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for OrganizationQuota {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "quotaCode" => self.quota_code = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "scope" => self.scope = map.next_value()?,
            "value" => self.value = map.next_value()?,
            "usage" => self.usage = map.next_value()?,
            "adjustable" => self.adjustable = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for OrganizationQuota {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "OrganizationQuota")
    }
}

/// Postgres [runtime configuration](https://www.postgresql.org/docs/current/runtime-config.html) configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
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
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for PgConfig {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "max_connections" => self.max_connections = map.next_value()?,
            "default_transaction_isolation" => self.default_transaction_isolation = map.next_value()?,
            "ssl_min_protocol_version" => self.ssl_min_protocol_version = map.next_value()?,
            "default_toast_compression" => self.default_toast_compression = map.next_value()?,
            "maintenance_work_mem" => self.maintenance_work_mem = map.next_value()?,
            "work_mem" => self.work_mem = map.next_value()?,
            "effective_cache_size" => self.effective_cache_size = map.next_value()?,
            "random_page_cost" => self.random_page_cost = map.next_value()?,
            "effective_io_concurrency" => self.effective_io_concurrency = map.next_value()?,
            "max_worker_processes" => self.max_worker_processes = map.next_value()?,
            "max_parallel_workers" => self.max_parallel_workers = map.next_value()?,
            "max_parallel_workers_per_gather" => self.max_parallel_workers_per_gather = map.next_value()?,
            "max_parallel_maintenance_workers" => self.max_parallel_maintenance_workers = map.next_value()?,
            "shared_memory_percent" => self.shared_memory_percent = map.next_value()?,
            "temp_buffers" => self.temp_buffers = map.next_value()?,
            "hash_mem_multiplier" => self.hash_mem_multiplier = map.next_value()?,
            "enable_parallel_hash" => self.enable_parallel_hash = map.next_value()?,
            "maintenance_io_concurrency" => self.maintenance_io_concurrency = map.next_value()?,
            "io_method" => self.io_method = map.next_value()?,
            "io_workers" => self.io_workers = map.next_value()?,
            "bgwriter_delay" => self.bgwriter_delay = map.next_value()?,
            "bgwriter_flush_after" => self.bgwriter_flush_after = map.next_value()?,
            "bgwriter_lru_maxpages" => self.bgwriter_lru_maxpages = map.next_value()?,
            "bgwriter_lru_multiplier" => self.bgwriter_lru_multiplier = map.next_value()?,
            "statement_timeout" => self.statement_timeout = map.next_value()?,
            "lock_timeout" => self.lock_timeout = map.next_value()?,
            "idle_session_timeout" => self.idle_session_timeout = map.next_value()?,
            "idle_in_transaction_session_timeout" => self.idle_in_transaction_session_timeout = map.next_value()?,
            "transaction_timeout" => self.transaction_timeout = map.next_value()?,
            "wal_sender_timeout" => self.wal_sender_timeout = map.next_value()?,
            "wal_keep_size" => self.wal_keep_size = map.next_value()?,
            "min_wal_size" => self.min_wal_size = map.next_value()?,
            "max_wal_size" => self.max_wal_size = map.next_value()?,
            "checkpoint_timeout" => self.checkpoint_timeout = map.next_value()?,
            "max_slot_wal_keep_size" => self.max_slot_wal_keep_size = map.next_value()?,
            "wal_compression" => self.wal_compression = map.next_value()?,
            "wal_buffers" => self.wal_buffers = map.next_value()?,
            "max_replication_slots" => self.max_replication_slots = map.next_value()?,
            "max_wal_senders" => self.max_wal_senders = map.next_value()?,
            "max_logical_replication_workers" => self.max_logical_replication_workers = map.next_value()?,
            "max_sync_workers_per_subscription" => self.max_sync_workers_per_subscription = map.next_value()?,
            "logical_decoding_work_mem" => self.logical_decoding_work_mem = map.next_value()?,
            "autovacuum_max_workers" => self.autovacuum_max_workers = map.next_value()?,
            "autovacuum_naptime" => self.autovacuum_naptime = map.next_value()?,
            "autovacuum_work_mem" => self.autovacuum_work_mem = map.next_value()?,
            "autovacuum_vacuum_scale_factor" => self.autovacuum_vacuum_scale_factor = map.next_value()?,
            "autovacuum_analyze_scale_factor" => self.autovacuum_analyze_scale_factor = map.next_value()?,
            "autovacuum_vacuum_insert_scale_factor" => self.autovacuum_vacuum_insert_scale_factor = map.next_value()?,
            "autovacuum_vacuum_threshold" => self.autovacuum_vacuum_threshold = map.next_value()?,
            "autovacuum_analyze_threshold" => self.autovacuum_analyze_threshold = map.next_value()?,
            "autovacuum_vacuum_insert_threshold" => self.autovacuum_vacuum_insert_threshold = map.next_value()?,
            "autovacuum_freeze_max_age" => self.autovacuum_freeze_max_age = map.next_value()?,
            "autovacuum_vacuum_cost_limit" => self.autovacuum_vacuum_cost_limit = map.next_value()?,
            "autovacuum_vacuum_cost_delay" => self.autovacuum_vacuum_cost_delay = map.next_value()?,
            "vacuum_cost_delay" => self.vacuum_cost_delay = map.next_value()?,
            "log_min_duration_statement" => self.log_min_duration_statement = map.next_value()?,
            "log_temp_files" => self.log_temp_files = map.next_value()?,
            "log_lock_waits" => self.log_lock_waits = map.next_value()?,
            "log_parameter_max_length" => self.log_parameter_max_length = map.next_value()?,
            "track_activity_query_size" => self.track_activity_query_size = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for PgConfig {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "PgConfig")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PostgresBackup {
    /// Identifier of the base backup.
    #[serde(rename = "key", default)]
    pub key: Option<String>,
    /// Status of the backup. Only completed backups are listed, so this is always `ready`.
    #[serde(rename = "status", default)]
    pub status: Option<String>,
    /// Time the backup finished. ISO-8601. This is not the earliest point a service can be restored to; use `earliestRestoreTime` on the Postgres service for that.
    #[serde(rename = "lastModified", default)]
    pub last_modified: Option<Timestamp>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for PostgresBackup {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "key" => self.key = map.next_value()?,
            "status" => self.status = map.next_value()?,
            "lastModified" => self.last_modified = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for PostgresBackup {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "PostgresBackup")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PostgresInstanceConfig {
    #[serde(rename = "pgConfig", default)]
    pub pg_config: Option<PgConfig>,
    #[serde(rename = "pgBouncerConfig", default)]
    pub pg_bouncer_config: Option<Map<String, Value>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for PostgresInstanceConfig {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "pgConfig" => self.pg_config = map.next_value()?,
            "pgBouncerConfig" => self.pg_bouncer_config = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for PostgresInstanceConfig {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "PostgresInstanceConfig")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PostgresInstanceUpdateConfigResponse {
    #[serde(rename = "pgConfig", default)]
    pub pg_config: Option<PgConfig>,
    #[serde(rename = "pgBouncerConfig", default)]
    pub pg_bouncer_config: Option<Map<String, Value>>,
    /// Informational message about the configuration update, such as restart requirements.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for PostgresInstanceUpdateConfigResponse {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "pgConfig" => self.pg_config = map.next_value()?,
            "pgBouncerConfig" => self.pg_bouncer_config = map.next_value()?,
            "message" => self.message = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for PostgresInstanceUpdateConfigResponse {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "PostgresInstanceUpdateConfigResponse")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PostgresIpAccessListEntry {
    /// Rule ID returned by the service. Include it when editing an existing rule; omit it when creating a rule.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// IPv4 address or CIDR allowed to connect. Returned as a canonical CIDR.
    #[serde(rename = "source", default)]
    pub source: Option<String>,
    /// Port or inclusive range, from 1 to 65535. Use "5432" for Postgres, "6432" for PgBouncer, or a range such as "5432..6432".
    #[serde(rename = "portRange", default)]
    pub port_range: Option<String>,
    /// Optional description of the access list entry.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for PostgresIpAccessListEntry {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "source" => self.source = map.next_value()?,
            "portRange" => self.port_range = map.next_value()?,
            "description" => self.description = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for PostgresIpAccessListEntry {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "PostgresIpAccessListEntry")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PostgresLogEntry {
    /// Time the entry was logged (RFC 3339).
    #[serde(rename = "timestamp", default)]
    pub timestamp: Option<Timestamp>,
    /// PostgreSQL severity of the entry (for example, LOG, WARNING, ERROR, FATAL, PANIC).
    #[serde(rename = "severity", default)]
    pub severity: Option<String>,
    /// Raw log entry body as emitted by PostgreSQL. Structured bodies are returned as a JSON-encoded string.
    #[serde(rename = "body", default)]
    pub body: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for PostgresLogEntry {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "timestamp" => self.timestamp = map.next_value()?,
            "severity" => self.severity = map.next_value()?,
            "body" => self.body = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for PostgresLogEntry {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "PostgresLogEntry")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PostgresMetric {
    /// Stable metric identifier (for example cpu_usage, connection_count, cache_hit_ratio, active_sessions_by_wait).
    #[serde(rename = "key", default)]
    pub key: Option<String>,
    /// Human-readable metric name.
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// Unit of the metric values (for example %, IOPS, bytes/s, count).
    #[serde(rename = "unit", default)]
    pub unit: Option<String>,
    /// Human-readable description of what the metric measures.
    #[serde(rename = "description", default)]
    pub description: Option<String>,
    /// One series per label dimension of the metric.
    #[serde(rename = "series", default)]
    pub series: Option<Vec<PostgresMetricSeries>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for PostgresMetric {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "key" => self.key = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "unit" => self.unit = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "series" => self.series = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for PostgresMetric {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "PostgresMetric")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PostgresMetricDataPoint {
    /// Bucket start time as a Unix timestamp in seconds.
    #[serde(rename = "timestamp", default)]
    pub timestamp: Option<Whole>,
    /// Metric value for the bucket.
    #[serde(rename = "value", default, deserialize_with = "numbers::float")]
    pub value: Option<f64>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for PostgresMetricDataPoint {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "timestamp" => self.timestamp = map.next_value()?,
            "value" => self.value = map.next_value::<numbers::Float>()?.0,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for PostgresMetricDataPoint {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "PostgresMetricDataPoint")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PostgresMetricSeries {
    /// Distinguishing label for this series within the metric (for example a CPU mode, a database name, a wait event such as "Lock:relation", or "Reads").
    #[serde(rename = "label", default)]
    pub label: Option<String>,
    /// Time-ordered data points, one per bucket.
    #[serde(rename = "dataPoints", default)]
    pub data_points: Option<Vec<PostgresMetricDataPoint>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for PostgresMetricSeries {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "label" => self.label = map.next_value()?,
            "dataPoints" => self.data_points = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for PostgresMetricSeries {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "PostgresMetricSeries")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PostgresMetrics {
    /// Available metrics, each with its bucketed time series.
    #[serde(rename = "metrics", default)]
    pub metrics: Option<Vec<PostgresMetric>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for PostgresMetrics {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "metrics" => self.metrics = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for PostgresMetrics {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "PostgresMetrics")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PostgresQueryExecution {
    /// Execution timestamp (RFC 3339).
    #[serde(rename = "timestamp", default)]
    pub timestamp: Option<Timestamp>,
    /// Stable identifier for the query pattern.
    #[serde(rename = "queryId", default)]
    pub query_id: Option<String>,
    /// Database the query ran in.
    #[serde(rename = "dbName", default)]
    pub db_name: Option<String>,
    /// Database user that executed the query.
    #[serde(rename = "dbUser", default)]
    pub db_user: Option<String>,
    /// Top-level SQL operation type.
    #[serde(rename = "dbOperation", default)]
    pub db_operation: Option<String>,
    /// Value of the Postgres `application_name` for this execution.
    #[serde(rename = "app", default)]
    pub app: Option<String>,
    /// Normalized query text for this execution.
    #[serde(rename = "queryText", default)]
    pub query_text: Option<String>,
    /// Postgres backend process ID that executed the query.
    #[serde(rename = "pid", default)]
    pub pid: Option<String>,
    /// Execution duration in microseconds.
    #[serde(rename = "durationUs", default)]
    pub duration_us: Option<Whole>,
    /// Rows returned or affected.
    #[serde(rename = "rows", default)]
    pub rows: Option<Whole>,
    /// Shared buffer blocks hit.
    #[serde(rename = "sharedBlksHit", default)]
    pub shared_blks_hit: Option<Whole>,
    /// Shared buffer blocks read from disk.
    #[serde(rename = "sharedBlksRead", default)]
    pub shared_blks_read: Option<Whole>,
    /// Shared buffer blocks written.
    #[serde(rename = "sharedBlksWritten", default)]
    pub shared_blks_written: Option<Whole>,
    /// Shared buffer blocks dirtied.
    #[serde(rename = "sharedBlksDirtied", default)]
    pub shared_blks_dirtied: Option<Whole>,
    /// Time spent reading shared blocks, in microseconds.
    #[serde(rename = "sharedBlkReadTimeUs", default)]
    pub shared_blk_read_time_us: Option<Whole>,
    /// Time spent writing shared blocks, in microseconds.
    #[serde(rename = "sharedBlkWriteTimeUs", default)]
    pub shared_blk_write_time_us: Option<Whole>,
    /// Local buffer blocks hit (temp tables).
    #[serde(rename = "localBlksHit", default)]
    pub local_blks_hit: Option<Whole>,
    /// Local buffer blocks read (temp tables).
    #[serde(rename = "localBlksRead", default)]
    pub local_blks_read: Option<Whole>,
    /// Local buffer blocks written (temp tables).
    #[serde(rename = "localBlksWritten", default)]
    pub local_blks_written: Option<Whole>,
    /// Local buffer blocks dirtied (temp tables).
    #[serde(rename = "localBlksDirtied", default)]
    pub local_blks_dirtied: Option<Whole>,
    /// Temp blocks read (spills to disk).
    #[serde(rename = "tempBlksRead", default)]
    pub temp_blks_read: Option<Whole>,
    /// Temp blocks written (spills to disk).
    #[serde(rename = "tempBlksWritten", default)]
    pub temp_blks_written: Option<Whole>,
    /// Time spent reading temp blocks, in microseconds.
    #[serde(rename = "tempBlkReadTimeUs", default)]
    pub temp_blk_read_time_us: Option<Whole>,
    /// Time spent writing temp blocks, in microseconds.
    #[serde(rename = "tempBlkWriteTimeUs", default)]
    pub temp_blk_write_time_us: Option<Whole>,
    /// Number of WAL records produced.
    #[serde(rename = "walRecords", default)]
    pub wal_records: Option<Whole>,
    /// Number of WAL bytes produced.
    #[serde(rename = "walBytes", default)]
    pub wal_bytes: Option<Whole>,
    /// Number of WAL full-page images produced.
    #[serde(rename = "walFpi", default)]
    pub wal_fpi: Option<Whole>,
    /// CPU time spent in user mode, in microseconds.
    #[serde(rename = "cpuUserTimeUs", default)]
    pub cpu_user_time_us: Option<Whole>,
    /// CPU time spent in kernel mode, in microseconds.
    #[serde(rename = "cpuSysTimeUs", default)]
    pub cpu_sys_time_us: Option<Whole>,
    /// Number of JIT-compiled functions.
    #[serde(rename = "jitFunctions", default)]
    pub jit_functions: Option<Whole>,
    /// JIT generation time, in microseconds.
    #[serde(rename = "jitGenerationTimeUs", default)]
    pub jit_generation_time_us: Option<Whole>,
    /// JIT inlining time, in microseconds.
    #[serde(rename = "jitInliningTimeUs", default)]
    pub jit_inlining_time_us: Option<Whole>,
    /// JIT optimization time, in microseconds.
    #[serde(rename = "jitOptimizationTimeUs", default)]
    pub jit_optimization_time_us: Option<Whole>,
    /// JIT emission time, in microseconds.
    #[serde(rename = "jitEmissionTimeUs", default)]
    pub jit_emission_time_us: Option<Whole>,
    /// JIT deform time, in microseconds.
    #[serde(rename = "jitDeformTimeUs", default)]
    pub jit_deform_time_us: Option<Whole>,
    /// Parallel workers planned for this execution.
    #[serde(rename = "parallelWorkersPlanned", default)]
    pub parallel_workers_planned: Option<Whole>,
    /// Parallel workers actually launched for this execution.
    #[serde(rename = "parallelWorkersLaunched", default)]
    pub parallel_workers_launched: Option<Whole>,
    /// Error message if the execution raised an error.
    #[serde(rename = "errMessage", default, skip_serializing_if = "Option::is_none")]
    pub err_message: Option<String>,
    /// Postgres SQLSTATE code if the execution raised an error.
    #[serde(rename = "errSqlstate", default, skip_serializing_if = "Option::is_none")]
    pub err_sqlstate: Option<String>,
    /// Postgres error severity level if the execution raised an error.
    #[serde(rename = "errElevel", default, skip_serializing_if = "Option::is_none")]
    pub err_elevel: Option<Whole>,
    /// Role of the server that executed the query (for example, primary or standby).
    #[serde(rename = "serverRole", default)]
    pub server_role: Option<String>,
    /// OpenTelemetry trace ID associated with the execution.
    #[serde(rename = "traceId", default, skip_serializing_if = "Option::is_none")]
    pub trace_id: Option<String>,
    /// OpenTelemetry span ID associated with the execution.
    #[serde(rename = "spanId", default, skip_serializing_if = "Option::is_none")]
    pub span_id: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for PostgresQueryExecution {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "timestamp" => self.timestamp = map.next_value()?,
            "queryId" => self.query_id = map.next_value()?,
            "dbName" => self.db_name = map.next_value()?,
            "dbUser" => self.db_user = map.next_value()?,
            "dbOperation" => self.db_operation = map.next_value()?,
            "app" => self.app = map.next_value()?,
            "queryText" => self.query_text = map.next_value()?,
            "pid" => self.pid = map.next_value()?,
            "durationUs" => self.duration_us = map.next_value()?,
            "rows" => self.rows = map.next_value()?,
            "sharedBlksHit" => self.shared_blks_hit = map.next_value()?,
            "sharedBlksRead" => self.shared_blks_read = map.next_value()?,
            "sharedBlksWritten" => self.shared_blks_written = map.next_value()?,
            "sharedBlksDirtied" => self.shared_blks_dirtied = map.next_value()?,
            "sharedBlkReadTimeUs" => self.shared_blk_read_time_us = map.next_value()?,
            "sharedBlkWriteTimeUs" => self.shared_blk_write_time_us = map.next_value()?,
            "localBlksHit" => self.local_blks_hit = map.next_value()?,
            "localBlksRead" => self.local_blks_read = map.next_value()?,
            "localBlksWritten" => self.local_blks_written = map.next_value()?,
            "localBlksDirtied" => self.local_blks_dirtied = map.next_value()?,
            "tempBlksRead" => self.temp_blks_read = map.next_value()?,
            "tempBlksWritten" => self.temp_blks_written = map.next_value()?,
            "tempBlkReadTimeUs" => self.temp_blk_read_time_us = map.next_value()?,
            "tempBlkWriteTimeUs" => self.temp_blk_write_time_us = map.next_value()?,
            "walRecords" => self.wal_records = map.next_value()?,
            "walBytes" => self.wal_bytes = map.next_value()?,
            "walFpi" => self.wal_fpi = map.next_value()?,
            "cpuUserTimeUs" => self.cpu_user_time_us = map.next_value()?,
            "cpuSysTimeUs" => self.cpu_sys_time_us = map.next_value()?,
            "jitFunctions" => self.jit_functions = map.next_value()?,
            "jitGenerationTimeUs" => self.jit_generation_time_us = map.next_value()?,
            "jitInliningTimeUs" => self.jit_inlining_time_us = map.next_value()?,
            "jitOptimizationTimeUs" => self.jit_optimization_time_us = map.next_value()?,
            "jitEmissionTimeUs" => self.jit_emission_time_us = map.next_value()?,
            "jitDeformTimeUs" => self.jit_deform_time_us = map.next_value()?,
            "parallelWorkersPlanned" => self.parallel_workers_planned = map.next_value()?,
            "parallelWorkersLaunched" => self.parallel_workers_launched = map.next_value()?,
            "errMessage" => self.err_message = map.next_value()?,
            "errSqlstate" => self.err_sqlstate = map.next_value()?,
            "errElevel" => self.err_elevel = map.next_value()?,
            "serverRole" => self.server_role = map.next_value()?,
            "traceId" => self.trace_id = map.next_value()?,
            "spanId" => self.span_id = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for PostgresQueryExecution {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "PostgresQueryExecution")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PostgresService {
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "provider", default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    #[serde(rename = "region", default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(rename = "postgresVersion", default, skip_serializing_if = "Option::is_none")]
    pub postgres_version: Option<String>,
    #[serde(rename = "size", default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    #[serde(rename = "haType", default, skip_serializing_if = "Option::is_none")]
    pub ha_type: Option<String>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<ResourceTagsV1>>,
    /// IPv4 access rules shown in the console. IPv6 rules are not included. Returned when reading or configuring access; omitted from other service updates.
    #[serde(rename = "ipAccessList", default, skip_serializing_if = "Option::is_none")]
    pub ip_access_list: Option<Vec<PostgresIpAccessListEntry>>,
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Uuid>,
    #[serde(rename = "storageSize", default, skip_serializing_if = "Option::is_none")]
    pub storage_size: Option<Whole>,
    #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    #[serde(rename = "isPrimary", default, skip_serializing_if = "Option::is_none")]
    pub is_primary: Option<bool>,
    /// Connection string to the Postgres service. Embeds the service password, so it is only returned when the service is created or its password is reset. Omitted from every other response when Postgres credential redaction is enabled for the organization. Not guaranteed to be present — treat as optional.
    #[serde(rename = "connectionString", default, skip_serializing_if = "Option::is_none")]
    pub connection_string: Option<String>,
    /// Username for the Postgres service
    #[serde(rename = "username", default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Password for the Postgres service. Only returned when the service is created or its password is reset. Omitted from every other response when Postgres credential redaction is enabled for the organization. Not guaranteed to be present — treat as optional.
    #[serde(rename = "password", default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// Hostname for the Postgres service
    #[serde(rename = "hostname", default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    /// Earliest point in time the service can be restored to with the restore endpoint. ISO-8601. Only present for a primary service once its first backup has completed.
    #[serde(rename = "earliestRestoreTime", default, skip_serializing_if = "Option::is_none")]
    pub earliest_restore_time: Option<Timestamp>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for PostgresService {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "name" => self.name = map.next_value()?,
            "provider" => self.provider = map.next_value()?,
            "region" => self.region = map.next_value()?,
            "postgresVersion" => self.postgres_version = map.next_value()?,
            "size" => self.size = map.next_value()?,
            "haType" => self.ha_type = map.next_value()?,
            "tags" => self.tags = map.next_value()?,
            "ipAccessList" => self.ip_access_list = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "storageSize" => self.storage_size = map.next_value()?,
            "state" => self.state = map.next_value()?,
            "createdAt" => self.created_at = map.next_value()?,
            "isPrimary" => self.is_primary = map.next_value()?,
            "connectionString" => self.connection_string = map.next_value()?,
            "username" => self.username = map.next_value()?,
            "password" => self.password = map.next_value()?,
            "hostname" => self.hostname = map.next_value()?,
            "earliestRestoreTime" => self.earliest_restore_time = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for PostgresService {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "PostgresService")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PostgresServiceListItem {
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "provider", default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    #[serde(rename = "region", default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(rename = "postgresVersion", default, skip_serializing_if = "Option::is_none")]
    pub postgres_version: Option<String>,
    #[serde(rename = "size", default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    #[serde(rename = "haType", default, skip_serializing_if = "Option::is_none")]
    pub ha_type: Option<String>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<ResourceTagsV1>>,
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Uuid>,
    #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    #[serde(rename = "isPrimary", default, skip_serializing_if = "Option::is_none")]
    pub is_primary: Option<bool>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for PostgresServiceListItem {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "name" => self.name = map.next_value()?,
            "provider" => self.provider = map.next_value()?,
            "region" => self.region = map.next_value()?,
            "postgresVersion" => self.postgres_version = map.next_value()?,
            "size" => self.size = map.next_value()?,
            "haType" => self.ha_type = map.next_value()?,
            "tags" => self.tags = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "state" => self.state = map.next_value()?,
            "createdAt" => self.created_at = map.next_value()?,
            "isPrimary" => self.is_primary = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for PostgresServiceListItem {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "PostgresServiceListItem")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PostgresServicePasswordResource {
    /// New Postgres superuser password. Provided only if there was no 'password' in the request.
    #[serde(rename = "password", default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for PostgresServicePasswordResource {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "password" => self.password = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for PostgresServicePasswordResource {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "PostgresServicePasswordResource")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PostgresSlowQueryPattern {
    /// Stable identifier for the query pattern (normalized SQL).
    #[serde(rename = "queryId", default)]
    pub query_id: Option<String>,
    /// Normalized query text with literals replaced by placeholders.
    #[serde(rename = "queryText", default)]
    pub query_text: Option<String>,
    /// Database the query ran in.
    #[serde(rename = "dbName", default)]
    pub db_name: Option<String>,
    /// Database user that executed the query.
    #[serde(rename = "dbUser", default)]
    pub db_user: Option<String>,
    /// Top-level SQL operation type (for example, SELECT, INSERT, UPDATE, DELETE, UTILITY).
    #[serde(rename = "dbOperation", default)]
    pub db_operation: Option<String>,
    /// Value of the Postgres `application_name` for executions matching this pattern.
    #[serde(rename = "app", default)]
    pub app: Option<String>,
    /// Number of times the pattern executed in the window.
    #[serde(rename = "callCount", default)]
    pub call_count: Option<Whole>,
    /// Number of executions of the pattern that raised an error.
    #[serde(rename = "errorCount", default)]
    pub error_count: Option<Whole>,
    /// Total execution time across all calls, in microseconds.
    #[serde(rename = "totalDurationUs", default)]
    pub total_duration_us: Option<Whole>,
    /// Average execution time per call, in microseconds.
    #[serde(rename = "avgDurationUs", default)]
    pub avg_duration_us: Option<Whole>,
    /// Maximum execution time of any call, in microseconds.
    #[serde(rename = "maxDurationUs", default)]
    pub max_duration_us: Option<Whole>,
    /// 50th percentile execution time, in microseconds.
    #[serde(rename = "p50DurationUs", default)]
    pub p50_duration_us: Option<Whole>,
    /// 95th percentile execution time, in microseconds.
    #[serde(rename = "p95DurationUs", default)]
    pub p95_duration_us: Option<Whole>,
    /// 99th percentile execution time, in microseconds.
    #[serde(rename = "p99DurationUs", default)]
    pub p99_duration_us: Option<Whole>,
    /// Total number of rows returned or affected across all calls.
    #[serde(rename = "totalRows", default)]
    pub total_rows: Option<Whole>,
    /// Total shared buffer blocks read from disk (cache misses) across all calls.
    #[serde(rename = "totalSharedBlksRead", default)]
    pub total_shared_blks_read: Option<Whole>,
    /// Total shared buffer blocks hit (cache hits) across all calls.
    #[serde(rename = "totalSharedBlksHit", default)]
    pub total_shared_blks_hit: Option<Whole>,
    /// Total CPU time across all calls, in microseconds.
    #[serde(rename = "totalCpuTimeUs", default)]
    pub total_cpu_time_us: Option<Whole>,
    /// Total WAL (write-ahead log) bytes generated across all calls.
    #[serde(rename = "totalWalBytes", default)]
    pub total_wal_bytes: Option<Whole>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for PostgresSlowQueryPattern {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "queryId" => self.query_id = map.next_value()?,
            "queryText" => self.query_text = map.next_value()?,
            "dbName" => self.db_name = map.next_value()?,
            "dbUser" => self.db_user = map.next_value()?,
            "dbOperation" => self.db_operation = map.next_value()?,
            "app" => self.app = map.next_value()?,
            "callCount" => self.call_count = map.next_value()?,
            "errorCount" => self.error_count = map.next_value()?,
            "totalDurationUs" => self.total_duration_us = map.next_value()?,
            "avgDurationUs" => self.avg_duration_us = map.next_value()?,
            "maxDurationUs" => self.max_duration_us = map.next_value()?,
            "p50DurationUs" => self.p50_duration_us = map.next_value()?,
            "p95DurationUs" => self.p95_duration_us = map.next_value()?,
            "p99DurationUs" => self.p99_duration_us = map.next_value()?,
            "totalRows" => self.total_rows = map.next_value()?,
            "totalSharedBlksRead" => self.total_shared_blks_read = map.next_value()?,
            "totalSharedBlksHit" => self.total_shared_blks_hit = map.next_value()?,
            "totalCpuTimeUs" => self.total_cpu_time_us = map.next_value()?,
            "totalWalBytes" => self.total_wal_bytes = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for PostgresSlowQueryPattern {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "PostgresSlowQueryPattern")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PostgresSlowQueryPatternDetail {
    #[serde(rename = "aggregate", default, skip_serializing_if = "Option::is_none")]
    pub aggregate: Option<PostgresSlowQueryPattern>,
    /// Recent individual executions matching the pattern.
    #[serde(rename = "recentExecutions", default)]
    pub recent_executions: Option<Vec<PostgresQueryExecution>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for PostgresSlowQueryPatternDetail {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "aggregate" => self.aggregate = map.next_value()?,
            "recentExecutions" => self.recent_executions = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for PostgresSlowQueryPatternDetail {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "PostgresSlowQueryPatternDetail")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PrivateEndpointConfig {
    /// Unique identifier of the interface endpoint you created in your VPC with the AWS(Service Name), GCP(Target Service) or AZURE (Private Link Service) resource
    #[serde(rename = "endpointServiceId", default, skip_serializing_if = "Option::is_none")]
    pub endpoint_service_id: Option<String>,
    /// Private DNS Hostname of the VPC you created
    #[serde(rename = "privateDnsHostname", default, skip_serializing_if = "Option::is_none")]
    pub private_dns_hostname: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for PrivateEndpointConfig {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "endpointServiceId" => self.endpoint_service_id = map.next_value()?,
            "privateDnsHostname" => self.private_dns_hostname = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for PrivateEndpointConfig {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "PrivateEndpointConfig")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PrometheusDiscoveryLabels {
    /// URL scheme Prometheus must scrape the target with.
    #[serde(rename = "__scheme__", default, skip_serializing_if = "Option::is_none")]
    pub scheme: Option<String>,
    /// Path of the per-service Prometheus metrics endpoint.
    #[serde(rename = "__metrics_path__", default, skip_serializing_if = "Option::is_none")]
    pub metrics_path: Option<String>,
    /// Value passed as the filtered_metrics query parameter on each scrape.
    #[serde(rename = "__param_filtered_metrics", default, skip_serializing_if = "Option::is_none")]
    pub param_filtered_metrics: Option<String>,
    /// Organization ID the service belongs to.
    #[serde(rename = "clickhouse_org_id", default, skip_serializing_if = "Option::is_none")]
    pub clickhouse_org_id: Option<Uuid>,
    /// Service ID.
    #[serde(rename = "clickhouse_service_id", default, skip_serializing_if = "Option::is_none")]
    pub clickhouse_service_id: Option<Uuid>,
    /// Service name.
    #[serde(rename = "clickhouse_discovery_service_name", default, skip_serializing_if = "Option::is_none")]
    pub clickhouse_discovery_service_name: Option<String>,
    /// Service region, for example `us-east-1`.
    #[serde(rename = "__meta_clickhouse_region", default, skip_serializing_if = "Option::is_none")]
    pub meta_clickhouse_region: Option<String>,
    /// Cloud provider, for example `aws`.
    #[serde(rename = "__meta_clickhouse_provider", default, skip_serializing_if = "Option::is_none")]
    pub meta_clickhouse_provider: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for PrometheusDiscoveryLabels {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "__scheme__" => self.scheme = map.next_value()?,
            "__metrics_path__" => self.metrics_path = map.next_value()?,
            "__param_filtered_metrics" => self.param_filtered_metrics = map.next_value()?,
            "clickhouse_org_id" => self.clickhouse_org_id = map.next_value()?,
            "clickhouse_service_id" => self.clickhouse_service_id = map.next_value()?,
            "clickhouse_discovery_service_name" => self.clickhouse_discovery_service_name = map.next_value()?,
            "__meta_clickhouse_region" => self.meta_clickhouse_region = map.next_value()?,
            "__meta_clickhouse_provider" => self.meta_clickhouse_provider = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for PrometheusDiscoveryLabels {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "PrometheusDiscoveryLabels")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PrometheusDiscoveryTargetGroup {
    /// Host (and port) of the ClickHouse Cloud API.
    #[serde(rename = "targets", default, skip_serializing_if = "Option::is_none")]
    pub targets: Option<Vec<String>>,
    #[serde(rename = "labels", default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<PrometheusDiscoveryLabels>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for PrometheusDiscoveryTargetGroup {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "targets" => self.targets = map.next_value()?,
            "labels" => self.labels = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for PrometheusDiscoveryTargetGroup {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "PrometheusDiscoveryTargetGroup")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PublicQueryApiEndpoint {
    /// Unique ID of the Query API endpoint.
    #[serde(rename = "id", default)]
    pub id: Option<Uuid>,
    /// Name of the Query API endpoint.
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// SQL executed by the endpoint.
    #[serde(rename = "sql", default)]
    pub sql: Option<String>,
    /// Database used by the Query API endpoint.
    #[serde(rename = "database", default)]
    pub database: Option<String>,
    /// Query parameters.
    #[serde(rename = "parameters", default)]
    pub parameters: Option<Map<String, Value>>,
    /// API key IDs allowed to call the endpoint.
    #[serde(rename = "apiKeyIds", default)]
    pub api_key_ids: Option<Vec<Uuid>>,
    /// Database roles used by the endpoint.
    #[serde(rename = "roles", default)]
    pub roles: Option<Vec<String>>,
    /// Origins allowed by the endpoint CORS policy.
    #[serde(rename = "allowedOrigins", default)]
    pub allowed_origins: Option<Vec<String>>,
    /// Public URL used to execute the endpoint.
    #[serde(rename = "url", default)]
    pub url: Option<String>,
    /// Owner type of the Query API endpoint. Endpoints with a user owned query cannot be updated or deleted through this API.
    #[serde(rename = "ownerType", default)]
    pub owner_type: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for PublicQueryApiEndpoint {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "sql" => self.sql = map.next_value()?,
            "database" => self.database = map.next_value()?,
            "parameters" => self.parameters = map.next_value()?,
            "apiKeyIds" => self.api_key_ids = map.next_value()?,
            "roles" => self.roles = map.next_value()?,
            "allowedOrigins" => self.allowed_origins = map.next_value()?,
            "url" => self.url = map.next_value()?,
            "ownerType" => self.owner_type = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for PublicQueryApiEndpoint {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "PublicQueryApiEndpoint")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PublicQueryApiEndpointListItem {
    /// Unique ID of the Query API endpoint.
    #[serde(rename = "id", default)]
    pub id: Option<Uuid>,
    /// Name of the Query API endpoint.
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// Database used by the Query API endpoint.
    #[serde(rename = "database", default)]
    pub database: Option<String>,
    /// API key IDs allowed to call the endpoint.
    #[serde(rename = "apiKeyIds", default)]
    pub api_key_ids: Option<Vec<Uuid>>,
    /// Database roles used by the endpoint.
    #[serde(rename = "roles", default)]
    pub roles: Option<Vec<String>>,
    /// Origins allowed by the endpoint CORS policy.
    #[serde(rename = "allowedOrigins", default)]
    pub allowed_origins: Option<Vec<String>>,
    /// Public URL used to execute the endpoint.
    #[serde(rename = "url", default)]
    pub url: Option<String>,
    /// Owner type of the Query API endpoint. Endpoints with a user owned query cannot be updated or deleted through this API.
    #[serde(rename = "ownerType", default)]
    pub owner_type: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for PublicQueryApiEndpointListItem {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "database" => self.database = map.next_value()?,
            "apiKeyIds" => self.api_key_ids = map.next_value()?,
            "roles" => self.roles = map.next_value()?,
            "allowedOrigins" => self.allowed_origins = map.next_value()?,
            "url" => self.url = map.next_value()?,
            "ownerType" => self.owner_type = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for PublicQueryApiEndpointListItem {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "PublicQueryApiEndpointListItem")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PublicSavedQuery {
    /// Unique ID of the saved query.
    #[serde(rename = "id", default)]
    pub id: Option<Uuid>,
    /// Name of the saved query.
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// Saved SQL query.
    #[serde(rename = "sql", default)]
    pub sql: Option<String>,
    /// Database used by the saved query.
    #[serde(rename = "database", default)]
    pub database: Option<String>,
    /// Query parameters.
    #[serde(rename = "parameters", default)]
    pub parameters: Option<Map<String, Value>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for PublicSavedQuery {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "sql" => self.sql = map.next_value()?,
            "database" => self.database = map.next_value()?,
            "parameters" => self.parameters = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for PublicSavedQuery {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "PublicSavedQuery")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PublicSavedQueryListItem {
    /// Unique ID of the saved query.
    #[serde(rename = "id", default)]
    pub id: Option<Uuid>,
    /// Name of the saved query.
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// Database used by the saved query.
    #[serde(rename = "database", default)]
    pub database: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for PublicSavedQueryListItem {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "database" => self.database = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for PublicSavedQueryListItem {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "PublicSavedQueryListItem")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct RBACPolicy {
    /// Unique policy identifier
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// ID of the role this policy belongs to
    #[serde(rename = "roleId", default, skip_serializing_if = "Option::is_none")]
    pub role_id: Option<String>,
    /// Tenant resource ID (e.g., organization/uuid)
    #[serde(rename = "tenantId", default, skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
    /// Whether this policy allows or denies access
    #[serde(rename = "allowDeny", default, skip_serializing_if = "Option::is_none")]
    pub allow_deny: Option<String>,
    /// List of permissions granted or denied by this policy
    #[serde(rename = "permissions", default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<String>>,
    /// List of resource IDs this policy applies to (e.g., instance/uuid, instance/*)
    #[serde(rename = "resources", default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<Vec<String>>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<RBACPolicyTags>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for RBACPolicy {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "roleId" => self.role_id = map.next_value()?,
            "tenantId" => self.tenant_id = map.next_value()?,
            "allowDeny" => self.allow_deny = map.next_value()?,
            "permissions" => self.permissions = map.next_value()?,
            "resources" => self.resources = map.next_value()?,
            "tags" => self.tags = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for RBACPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "RBACPolicy")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct RBACPolicyTags {
    /// Optional list of database grants (e.g., database names)
    #[serde(rename = "grants", default, skip_serializing_if = "Option::is_none")]
    pub grants: Option<Vec<String>>,
    /// Optional SQL console role type
    #[serde(rename = "roleV2", default, skip_serializing_if = "Option::is_none")]
    pub role_v2: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for RBACPolicyTags {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "grants" => self.grants = map.next_value()?,
            "roleV2" => self.role_v2 = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for RBACPolicyTags {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "RBACPolicyTags")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct RBACRole {
    /// Unique role identifier
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Tenant resource ID (e.g., organization/uuid)
    #[serde(rename = "tenantId", default, skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
    /// Owner resource ID (e.g., organization/uuid)
    #[serde(rename = "ownerId", default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// Name of the role
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Whether this is a system role or a custom role
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// List of actor resource IDs assigned to this role (e.g., user/uuid, apiKey/uuid)
    #[serde(rename = "actors", default, skip_serializing_if = "Option::is_none")]
    pub actors: Option<Vec<String>>,
    /// List of policies associated with this role
    #[serde(rename = "policies", default, skip_serializing_if = "Option::is_none")]
    pub policies: Option<Vec<RBACPolicy>>,
    /// Timestamp when the role was created. ISO-8601.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// Timestamp when the role was last updated. ISO-8601.
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for RBACRole {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "tenantId" => self.tenant_id = map.next_value()?,
            "ownerId" => self.owner_id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            "actors" => self.actors = map.next_value()?,
            "policies" => self.policies = map.next_value()?,
            "createdAt" => self.created_at = map.next_value()?,
            "updatedAt" => self.updated_at = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for RBACRole {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "RBACRole")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ReplicaAwareRouting {
    /// Whether replica aware routing is enabled for HTTP connections. When enabled, clients must send the X-ClickHouse-Replica-Tag header. Enabling this changes HTTP connection behavior for the service.
    #[serde(rename = "httpEnabled", default)]
    pub http_enabled: Option<bool>,
    /// Whether replica aware routing is enabled for native protocol connections.
    #[serde(rename = "nativeEnabled", default)]
    pub native_enabled: Option<bool>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ReplicaAwareRouting {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "httpEnabled" => self.http_enabled = map.next_value()?,
            "nativeEnabled" => self.native_enabled = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ReplicaAwareRouting {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ReplicaAwareRouting")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ResourceTagsV1 {
    /// Tag key. Must be alphanumeric with dashes, underscores and dots.
    #[serde(rename = "key", default)]
    pub key: Option<String>,
    /// Tag value. Must be alphanumeric with dashes, underscores and dots.
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ResourceTagsV1 {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "key" => self.key = map.next_value()?,
            "value" => self.value = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ResourceTagsV1 {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ResourceTagsV1")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct RestoredService {
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<Service>,
    /// Password for the newly created service.
    #[serde(rename = "password", default, skip_serializing_if = "Option::is_none")]
    pub password: Option<Secret>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for RestoredService {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "service" => self.service = map.next_value()?,
            "password" => self.password = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for RestoredService {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "RestoredService")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ReversePrivateEndpoint {
    /// Reverse private endpoint description. Maximum length is 255 characters.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Reverse private endpoint type.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// VPC endpoint service name.
    #[serde(rename = "vpcEndpointServiceName", default, skip_serializing_if = "Option::is_none")]
    pub vpc_endpoint_service_name: Option<String>,
    /// VPC resource configuration ID. Required for VPC_RESOURCE type.
    #[serde(rename = "vpcResourceConfigurationId", default, skip_serializing_if = "Option::is_none")]
    pub vpc_resource_configuration_id: Option<String>,
    /// VPC resource share ARN. Required for VPC_RESOURCE type.
    #[serde(rename = "vpcResourceShareArn", default, skip_serializing_if = "Option::is_none")]
    pub vpc_resource_share_arn: Option<String>,
    /// MSK cluster ARN. Required for MSK_MULTI_VPC type.
    #[serde(rename = "mskClusterArn", default, skip_serializing_if = "Option::is_none")]
    pub msk_cluster_arn: Option<String>,
    /// MSK cluster authentication type. Required for MSK_MULTI_VPC type.
    #[serde(rename = "mskAuthentication", default, skip_serializing_if = "Option::is_none")]
    pub msk_authentication: Option<String>,
    /// Private Preview. GCP PSC service attachment URI. Required for GCP_PSC_SERVICE_ATTACHMENT type. Format: projects/{project}/regions/{region}/serviceAttachments/{name}.
    #[serde(rename = "gcpServiceAttachment", default, skip_serializing_if = "Option::is_none")]
    pub gcp_service_attachment: Option<String>,
    /// Optional private DNS names for Reverse Private Endpoint. Can be used as data source destination address. Must be unique across the ClickHouse service. Generally available for Google Private Service Connect (PSC). For AWS PrivateLink (VPC endpoint service and VPC resource), available in Private Preview; contact ClickHouse support to enable it for your service. Not supported for MSK multi-VPC. Supports exact names and leading wildcard names such as *.example.com
    #[serde(rename = "customPrivateDnsMappings", default, skip_serializing_if = "Option::is_none")]
    pub custom_private_dns_mappings: Option<Vec<CustomPrivateDnsMapping>>,
    /// Reverse private endpoint ID.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Uuid>,
    /// ClickHouse service ID reverse private endpoint is associated with.
    #[serde(rename = "serviceId", default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<Uuid>,
    /// Reverse private endpoint endpoint ID.
    #[serde(rename = "endpointId", default, skip_serializing_if = "Option::is_none")]
    pub endpoint_id: Option<String>,
    /// Reverse private endpoint internal DNS names.
    #[serde(rename = "dnsNames", default, skip_serializing_if = "Option::is_none")]
    pub dns_names: Option<Vec<String>>,
    /// Reverse private endpoint private DNS names.
    #[serde(rename = "privateDnsNames", default, skip_serializing_if = "Option::is_none")]
    pub private_dns_names: Option<Vec<String>>,
    /// Read-only provider private DNS names and their internal DNS targets reported by the Reverse Private Endpoint. For VPC_RESOURCE, this list can be empty when CHILD resources have no provider private DNS.
    #[serde(rename = "privateDnsMappings", default, skip_serializing_if = "Option::is_none")]
    pub private_dns_mappings: Option<Vec<ReversePrivateEndpointPrivateDnsMapping>>,
    /// Read-only DNS targets the Reverse Private Endpoint currently reports. For VPC_RESOURCE, there is one RESOURCE_CONFIGURATION target per resource configuration association, identified by its CHILD resource configuration ID, or the configuration ID for a single resource. Other endpoint types report an empty list. Targets can appear over time; a custom mapping with a targetId that is not reported yet is not served until it appears.
    #[serde(rename = "dnsTargets", default, skip_serializing_if = "Option::is_none")]
    pub dns_targets: Option<Vec<ReversePrivateEndpointDnsTarget>>,
    /// Reverse private endpoint status.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ReversePrivateEndpoint {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "description" => self.description = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            "vpcEndpointServiceName" => self.vpc_endpoint_service_name = map.next_value()?,
            "vpcResourceConfigurationId" => self.vpc_resource_configuration_id = map.next_value()?,
            "vpcResourceShareArn" => self.vpc_resource_share_arn = map.next_value()?,
            "mskClusterArn" => self.msk_cluster_arn = map.next_value()?,
            "mskAuthentication" => self.msk_authentication = map.next_value()?,
            "gcpServiceAttachment" => self.gcp_service_attachment = map.next_value()?,
            "customPrivateDnsMappings" => self.custom_private_dns_mappings = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "serviceId" => self.service_id = map.next_value()?,
            "endpointId" => self.endpoint_id = map.next_value()?,
            "dnsNames" => self.dns_names = map.next_value()?,
            "privateDnsNames" => self.private_dns_names = map.next_value()?,
            "privateDnsMappings" => self.private_dns_mappings = map.next_value()?,
            "dnsTargets" => self.dns_targets = map.next_value()?,
            "status" => self.status = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ReversePrivateEndpoint {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ReversePrivateEndpoint")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ReversePrivateEndpointDnsTarget {
    /// DNS target ID. For VPC_RESOURCE, the associated CHILD resource configuration ID, or the configuration ID for a single resource.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// DNS target kind.
    #[serde(rename = "kind", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Internal DNS name currently reported for this target. To select a target for a custom private DNS mapping, use its id as targetId.
    #[serde(rename = "internalDnsName", default, skip_serializing_if = "Option::is_none")]
    pub internal_dns_name: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ReversePrivateEndpointDnsTarget {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "internalDnsName" => self.internal_dns_name = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ReversePrivateEndpointDnsTarget {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ReversePrivateEndpointDnsTarget")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ReversePrivateEndpointPrivateDnsMapping {
    /// Provider private DNS name reported by the Reverse Private Endpoint.
    #[serde(rename = "privateDnsName", default, skip_serializing_if = "Option::is_none")]
    pub private_dns_name: Option<String>,
    /// Internal DNS target for the provider private DNS name.
    #[serde(rename = "internalDnsName", default, skip_serializing_if = "Option::is_none")]
    pub internal_dns_name: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ReversePrivateEndpointPrivateDnsMapping {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "privateDnsName" => self.private_dns_name = map.next_value()?,
            "internalDnsName" => self.internal_dns_name = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ReversePrivateEndpointPrivateDnsMapping {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ReversePrivateEndpointPrivateDnsMapping")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ScalingSchedule {
    /// List of schedule entries.
    #[serde(rename = "entries", default)]
    pub entries: Option<Vec<ScalingScheduleEntry>>,
    #[serde(rename = "baseConfig", default)]
    pub base_config: Option<ScalingScheduleBaseConfig>,
    /// ID of the currently-active schedule entry. Absent when no entry is active and the base config is in effect.
    #[serde(rename = "activeEntryId", default, skip_serializing_if = "Option::is_none")]
    pub active_entry_id: Option<Uuid>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ScalingSchedule {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "entries" => self.entries = map.next_value()?,
            "baseConfig" => self.base_config = map.next_value()?,
            "activeEntryId" => self.active_entry_id = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ScalingSchedule {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ScalingSchedule")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ScalingScheduleBaseConfig {
    /// Autoscaling mode applied when no schedule entry is active. "vertical" runs a fixed replica count while memory scales; "horizontal" scales the replica count at a fixed per-replica memory.
    #[serde(rename = "autoscalingMode", default, skip_serializing_if = "Option::is_none")]
    pub autoscaling_mode: Option<String>,
    /// Minimum memory per replica (Gb) when no schedule entry is active. Absent for services that do not autoscale memory.
    #[serde(rename = "minReplicaMemoryGb", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub min_replica_memory_gb: Option<f64>,
    /// Maximum memory per replica (Gb) when no schedule entry is active. Absent for services that do not autoscale memory.
    #[serde(rename = "maxReplicaMemoryGb", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub max_replica_memory_gb: Option<f64>,
    /// Minimum number of replicas when no schedule entry is active.
    #[serde(rename = "minReplicas", default, skip_serializing_if = "Option::is_none")]
    pub min_replicas: Option<Whole>,
    /// Maximum number of replicas when no schedule entry is active.
    #[serde(rename = "maxReplicas", default, skip_serializing_if = "Option::is_none")]
    pub max_replicas: Option<Whole>,
    /// Whether idle scaling is enabled when no schedule entry is active.
    #[serde(rename = "idleScaling", default, skip_serializing_if = "Option::is_none")]
    pub idle_scaling: Option<bool>,
    /// Idle timeout in minutes when no schedule entry is active.
    #[serde(rename = "idleTimeoutMinutes", default, skip_serializing_if = "Option::is_none")]
    pub idle_timeout_minutes: Option<Whole>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ScalingScheduleBaseConfig {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "autoscalingMode" => self.autoscaling_mode = map.next_value()?,
            "minReplicaMemoryGb" => self.min_replica_memory_gb = map.next_value::<numbers::Float>()?.0,
            "maxReplicaMemoryGb" => self.max_replica_memory_gb = map.next_value::<numbers::Float>()?.0,
            "minReplicas" => self.min_replicas = map.next_value()?,
            "maxReplicas" => self.max_replicas = map.next_value()?,
            "idleScaling" => self.idle_scaling = map.next_value()?,
            "idleTimeoutMinutes" => self.idle_timeout_minutes = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ScalingScheduleBaseConfig {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ScalingScheduleBaseConfig")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ScalingScheduleEntry {
    /// Unique identifier for this schedule entry.
    #[serde(rename = "id", default)]
    pub id: Option<Uuid>,
    /// Human-readable label for this schedule entry.
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// Days of the week this entry applies to. 0 = Sunday, 1 = Monday, …, 6 = Saturday.
    #[serde(rename = "weekdays", default)]
    pub weekdays: Option<Vec<Whole>>,
    /// UTC hour (0–23) when this entry becomes active (inclusive).
    #[serde(rename = "startHourUtc", default)]
    pub start_hour_utc: Option<Whole>,
    /// UTC hour (1–24) when this entry deactivates (exclusive). Must differ from startHourUtc. Set to 24 to end at midnight. Values less than startHourUtc create an overnight window spanning midnight.
    #[serde(rename = "endHourUtc", default)]
    pub end_hour_utc: Option<Whole>,
    /// Autoscaling mode for this entry. "vertical" runs a fixed replica count while memory scales; "horizontal" scales the replica count at a fixed per-replica memory. Defaults to "vertical" for entries persisted before the mode was exposed.
    #[serde(rename = "autoscalingMode", default)]
    pub autoscaling_mode: Option<String>,
    /// Minimum memory per replica (Gb) during this window. A range in vertical; in horizontal it equals maxReplicaMemoryGb (memory is fixed while the replica count scales).
    #[serde(rename = "minReplicaMemoryGb", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub min_replica_memory_gb: Option<f64>,
    /// Maximum memory per replica (Gb) during this window. A range in vertical; in horizontal it equals minReplicaMemoryGb (memory is fixed while the replica count scales).
    #[serde(rename = "maxReplicaMemoryGb", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub max_replica_memory_gb: Option<f64>,
    /// Minimum number of replicas during this window. For a horizontal entry the replica count scales between minReplicas and maxReplicas; for a vertical entry minReplicas and maxReplicas are equal and report the fixed replica count (both omitted when the entry stored no count).
    #[serde(rename = "minReplicas", default, skip_serializing_if = "Option::is_none")]
    pub min_replicas: Option<Whole>,
    /// Maximum number of replicas during this window. For a horizontal entry the replica count scales between minReplicas and maxReplicas; for a vertical entry minReplicas and maxReplicas are equal and report the fixed replica count (both omitted when the entry stored no count).
    #[serde(rename = "maxReplicas", default, skip_serializing_if = "Option::is_none")]
    pub max_replicas: Option<Whole>,
    /// Whether idle scaling is enabled during this window.
    #[serde(rename = "idleScaling", default, skip_serializing_if = "Option::is_none")]
    pub idle_scaling: Option<bool>,
    /// Idle timeout in minutes during this window.
    #[serde(rename = "idleTimeoutMinutes", default, skip_serializing_if = "Option::is_none")]
    pub idle_timeout_minutes: Option<Whole>,
    /// Whether this entry is currently active. Scheduled times are indicative — actions are applied on a best-effort basis and may be delayed by a few minutes.
    #[serde(rename = "isActiveNow", default)]
    pub is_active_now: Option<bool>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ScalingScheduleEntry {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "weekdays" => self.weekdays = map.next_value()?,
            "startHourUtc" => self.start_hour_utc = map.next_value()?,
            "endHourUtc" => self.end_hour_utc = map.next_value()?,
            "autoscalingMode" => self.autoscaling_mode = map.next_value()?,
            "minReplicaMemoryGb" => self.min_replica_memory_gb = map.next_value::<numbers::Float>()?.0,
            "maxReplicaMemoryGb" => self.max_replica_memory_gb = map.next_value::<numbers::Float>()?.0,
            "minReplicas" => self.min_replicas = map.next_value()?,
            "maxReplicas" => self.max_replicas = map.next_value()?,
            "idleScaling" => self.idle_scaling = map.next_value()?,
            "idleTimeoutMinutes" => self.idle_timeout_minutes = map.next_value()?,
            "isActiveNow" => self.is_active_now = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ScalingScheduleEntry {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ScalingScheduleEntry")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Service {
    /// Unique service ID.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Uuid>,
    /// Name of the service. Alphanumerical string with whitespaces up to 50 characters.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Cloud provider
    #[serde(rename = "provider", default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// Service region.
    #[serde(rename = "region", default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Current state of the service.
    #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// ClickHouse version of the service.
    #[serde(rename = "clickhouseVersion", default, skip_serializing_if = "Option::is_none")]
    pub clickhouse_version: Option<String>,
    /// List of all service endpoints.
    #[serde(rename = "endpoints", default, skip_serializing_if = "Option::is_none")]
    pub endpoints: Option<Vec<ServiceEndpoint>>,
    /// DEPRECATED for BASIC, SCALE and ENTERPRISE organization tiers. Use `minReplicaMemoryGb`, `maxReplicaMemoryGb`, and `numReplicas` instead. Tier of the service: 'development', 'production', 'dedicated_high_mem', 'dedicated_high_cpu', 'dedicated_standard', 'dedicated_standard_n2d_standard_4', 'dedicated_standard_n2d_standard_8', 'dedicated_standard_n2d_standard_32', 'dedicated_standard_n2d_standard_128', 'dedicated_standard_n2d_standard_32_16SSD', 'dedicated_standard_n2d_standard_64_24SSD'. Production services scale, Development are fixed size. Azure services don't support Development tier
    #[serde(rename = "tier", default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<String>,
    /// DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `minReplicaMemoryGb` instead. Minimum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and greater than or equal to 24. Always absent for horizontal-autoscaling services (replica count is variable).
    #[serde(rename = "minTotalMemoryGb", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub min_total_memory_gb: Option<f64>,
    /// DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `maxReplicaMemoryGb` instead. Maximum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and lower than or equal to 360 for non paid services or 1068 for paid services. Always absent for horizontal-autoscaling services (replica count is variable).
    #[serde(rename = "maxTotalMemoryGb", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub max_total_memory_gb: Option<f64>,
    /// Minimum total memory of each replica during auto-scaling in Gb. A range in vertical autoscaling; equal to maxReplicaMemoryGb in horizontal (memory is fixed while the replica count scales). Must be a multiple of 4 and greater than or equal to 8.
    #[serde(rename = "minReplicaMemoryGb", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub min_replica_memory_gb: Option<f64>,
    /// Maximum total memory of each replica during auto-scaling in Gb. A range in vertical autoscaling; equal to minReplicaMemoryGb in horizontal (memory is fixed while the replica count scales). Must be a multiple of 4 and lower than or equal to 120* for non paid services or 356* for paid services.* - maximum replica size subject to cloud provider hardware availability in your selected region.
    #[serde(rename = "maxReplicaMemoryGb", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub max_replica_memory_gb: Option<f64>,
    /// Number of replicas for the service. The number of replicas must be between 2 and 50 for the first service in a warehouse. Services that are created in an existing warehouse can have a number of replicas as low as 1. Further restrictions may apply based on your organization's tier and its per-warehouse replica limit. It defaults to 1 for the BASIC tier and 3 for the SCALE and ENTERPRISE tiers. Present only when the service uses vertical autoscaling. For horizontal autoscaling, use minReplicas and maxReplicas instead.
    #[serde(rename = "numReplicas", default, skip_serializing_if = "Option::is_none")]
    pub num_replicas: Option<Whole>,
    /// Minimum number of replicas for horizontal autoscaling. Present only when the service uses horizontal autoscaling.
    #[serde(rename = "minReplicas", default, skip_serializing_if = "Option::is_none")]
    pub min_replicas: Option<Whole>,
    /// Maximum number of replicas for horizontal autoscaling. Present only when the service uses horizontal autoscaling.
    #[serde(rename = "maxReplicas", default, skip_serializing_if = "Option::is_none")]
    pub max_replicas: Option<Whole>,
    /// Configured autoscaling mode. "vertical" runs a fixed replica count while memory scales between minReplicaMemoryGb and maxReplicaMemoryGb; "horizontal" scales the replica count between minReplicas and maxReplicas at a fixed per-replica memory. This is the baseline configuration; the mode currently applied (which may differ while a schedule entry is active) is currentScaling.effectiveAutoscalingMode.
    #[serde(rename = "autoscalingMode", default)]
    pub autoscaling_mode: Option<String>,
    /// Fixed memory per replica in Gb for horizontal autoscaling. Present only when the service uses horizontal autoscaling. Must be a multiple of 4, at least 8 Gb, and at most 120 Gb for non paid services or 356 Gb for paid services.
    #[serde(rename = "replicaMemoryGb", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub replica_memory_gb: Option<f64>,
    /// When set to true the service is allowed to scale down to zero when idle. True by default.
    #[serde(rename = "idleScaling", default, skip_serializing_if = "Option::is_none")]
    pub idle_scaling: Option<bool>,
    /// Set minimum idling timeout (in minutes). Must be >= 5 minutes.
    #[serde(rename = "idleTimeoutMinutes", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub idle_timeout_minutes: Option<f64>,
    /// List of IP addresses allowed to access the service
    #[serde(rename = "ipAccessList", default, skip_serializing_if = "Option::is_none")]
    pub ip_access_list: Option<Vec<IpAccessListEntry>>,
    /// Service creation timestamp. ISO-8601.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// Optional customer provided disk encryption key
    #[serde(rename = "encryptionKey", default, skip_serializing_if = "Option::is_none")]
    pub encryption_key: Option<String>,
    /// Optional role to use for disk encryption
    #[serde(rename = "encryptionAssumedRoleIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub encryption_assumed_role_identifier: Option<String>,
    /// IAM role used for accessing objects in s3
    #[serde(rename = "iamRole", default, skip_serializing_if = "Option::is_none")]
    pub iam_role: Option<String>,
    /// List of private endpoints
    #[serde(rename = "privateEndpointIds", default, skip_serializing_if = "Option::is_none")]
    pub private_endpoint_ids: Option<Vec<String>>,
    /// List of available private endpoints ids that can be attached to the service
    #[serde(rename = "availablePrivateEndpointIds", default, skip_serializing_if = "Option::is_none")]
    pub available_private_endpoint_ids: Option<Vec<String>>,
    /// Data warehouse containing this service
    #[serde(rename = "dataWarehouseId", default, skip_serializing_if = "Option::is_none")]
    pub data_warehouse_id: Option<String>,
    /// True if this service is the primary service in the data warehouse
    #[serde(rename = "isPrimary", default, skip_serializing_if = "Option::is_none")]
    pub is_primary: Option<bool>,
    /// True if this service is read-only. It can only be read-only if a dataWarehouseId is provided.
    #[serde(rename = "isReadonly", default, skip_serializing_if = "Option::is_none")]
    pub is_readonly: Option<bool>,
    /// Select fast if you want to get new ClickHouse releases as soon as they are available. You'll get new features faster, but with a higher risk of bugs. Select slow if you would like to defer releases to give yourself more time to test. This feature is only available for production services. default is the regular release channel.
    #[serde(rename = "releaseChannel", default, skip_serializing_if = "Option::is_none")]
    pub release_channel: Option<String>,
    /// This is the ID returned after setting up a region for Bring Your Own Cloud (BYOC). When the byocId parameter is specified, the minReplicaMemoryGb and the maxReplicaGb parameters are required too, with values included among the following sizes: 48, 116, 172, 232.
    #[serde(rename = "byocId", default, skip_serializing_if = "Option::is_none")]
    pub byoc_id: Option<String>,
    /// True if the service should have the Transparent Data Encryption (TDE) enabled. TDE is only available for ENTERPRISE organizations tiers and can only be enabled at service creation.
    #[serde(rename = "hasTransparentDataEncryption", default, skip_serializing_if = "Option::is_none")]
    pub has_transparent_data_encryption: Option<bool>,
    /// Custom instance profile. Only available for ENTERPRISE and BYOC organization tiers. Standard values: 'v1-default', 'v1-highmem-xs', 'v1-highmem-s', 'v1-highmem-m', 'v1-highmem-l', 'v1-highmem-xl'. BYOC services may instead use a dynamic BYOC profile configured for their infrastructure (e.g. 'v1-standard-byoc-4'); it requires byocId, and minReplicaMemoryGb and maxReplicaMemoryGb must both equal the profile's memory size. Use the serviceProfiles endpoint to list the profiles available to the organization.
    #[serde(rename = "profile", default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    /// The ID of the Transparent Data Encryption key used for the service. This is only available if hasTransparentDataEncryption is true.
    #[serde(rename = "transparentDataEncryptionKeyId", default, skip_serializing_if = "Option::is_none")]
    pub transparent_data_encryption_key_id: Option<String>,
    /// The ID of the IAM role used for encryption. This is only available if hasTransparentDataEncryption is true.
    #[serde(rename = "encryptionRoleId", default, skip_serializing_if = "Option::is_none")]
    pub encryption_role_id: Option<String>,
    /// Type of regulatory compliance for service.
    #[serde(rename = "complianceType", default, skip_serializing_if = "Option::is_none")]
    pub compliance_type: Option<String>,
    /// Tags associated with the service.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<ResourceTagsV1>>,
    /// True if the service's underline infra is enabled for collecting core dumps. This is an experimental feature
    #[serde(rename = "enableCoreDumps", default, skip_serializing_if = "Option::is_none")]
    pub enable_core_dumps: Option<bool>,
    #[serde(rename = "scalingSchedule", default, skip_serializing_if = "Option::is_none")]
    pub scaling_schedule: Option<ScalingSchedule>,
    #[serde(rename = "currentScaling", default)]
    pub current_scaling: Option<CurrentScaling>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for Service {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "provider" => self.provider = map.next_value()?,
            "region" => self.region = map.next_value()?,
            "state" => self.state = map.next_value()?,
            "clickhouseVersion" => self.clickhouse_version = map.next_value()?,
            "endpoints" => self.endpoints = map.next_value()?,
            "tier" => self.tier = map.next_value()?,
            "minTotalMemoryGb" => self.min_total_memory_gb = map.next_value::<numbers::Float>()?.0,
            "maxTotalMemoryGb" => self.max_total_memory_gb = map.next_value::<numbers::Float>()?.0,
            "minReplicaMemoryGb" => self.min_replica_memory_gb = map.next_value::<numbers::Float>()?.0,
            "maxReplicaMemoryGb" => self.max_replica_memory_gb = map.next_value::<numbers::Float>()?.0,
            "numReplicas" => self.num_replicas = map.next_value()?,
            "minReplicas" => self.min_replicas = map.next_value()?,
            "maxReplicas" => self.max_replicas = map.next_value()?,
            "autoscalingMode" => self.autoscaling_mode = map.next_value()?,
            "replicaMemoryGb" => self.replica_memory_gb = map.next_value::<numbers::Float>()?.0,
            "idleScaling" => self.idle_scaling = map.next_value()?,
            "idleTimeoutMinutes" => self.idle_timeout_minutes = map.next_value::<numbers::Float>()?.0,
            "ipAccessList" => self.ip_access_list = map.next_value()?,
            "createdAt" => self.created_at = map.next_value()?,
            "encryptionKey" => self.encryption_key = map.next_value()?,
            "encryptionAssumedRoleIdentifier" => self.encryption_assumed_role_identifier = map.next_value()?,
            "iamRole" => self.iam_role = map.next_value()?,
            "privateEndpointIds" => self.private_endpoint_ids = map.next_value()?,
            "availablePrivateEndpointIds" => self.available_private_endpoint_ids = map.next_value()?,
            "dataWarehouseId" => self.data_warehouse_id = map.next_value()?,
            "isPrimary" => self.is_primary = map.next_value()?,
            "isReadonly" => self.is_readonly = map.next_value()?,
            "releaseChannel" => self.release_channel = map.next_value()?,
            "byocId" => self.byoc_id = map.next_value()?,
            "hasTransparentDataEncryption" => self.has_transparent_data_encryption = map.next_value()?,
            "profile" => self.profile = map.next_value()?,
            "transparentDataEncryptionKeyId" => self.transparent_data_encryption_key_id = map.next_value()?,
            "encryptionRoleId" => self.encryption_role_id = map.next_value()?,
            "complianceType" => self.compliance_type = map.next_value()?,
            "tags" => self.tags = map.next_value()?,
            "enableCoreDumps" => self.enable_core_dumps = map.next_value()?,
            "scalingSchedule" => self.scaling_schedule = map.next_value()?,
            "currentScaling" => self.current_scaling = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for Service {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "Service")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ServiceClickhouseSetting {
    /// Name of the setting.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ServiceClickhouseSetting {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "name" => self.name = map.next_value()?,
            "value" => self.value = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ServiceClickhouseSetting {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ServiceClickhouseSetting")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ServiceClickhouseSettingSchemaEntry {
    /// Name of the setting.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Data type of the setting value.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Description of the setting.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// List of allowed values, if the setting is an enum.
    #[serde(rename = "enum", default, skip_serializing_if = "Option::is_none")]
    pub r#enum: Option<Vec<Whole>>,
    /// Warning message about potential disruptive effects of changing this setting.
    #[serde(rename = "warning", default, skip_serializing_if = "Option::is_none")]
    pub warning: Option<String>,
    /// Deprecation notice, if applicable.
    #[serde(rename = "deprecationNotice", default, skip_serializing_if = "Option::is_none")]
    pub deprecation_notice: Option<String>,
    /// Example value for the setting.
    #[serde(rename = "example", default, skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ServiceClickhouseSettingSchemaEntry {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "name" => self.name = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "enum" => self.r#enum = map.next_value()?,
            "warning" => self.warning = map.next_value()?,
            "deprecationNotice" => self.deprecation_notice = map.next_value()?,
            "example" => self.example = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ServiceClickhouseSettingSchemaEntry {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ServiceClickhouseSettingSchemaEntry")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ServiceClickhouseSettingWarning {
    /// Name of the setting the warning applies to.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Warning message.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ServiceClickhouseSettingWarning {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "name" => self.name = map.next_value()?,
            "message" => self.message = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ServiceClickhouseSettingWarning {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ServiceClickhouseSettingWarning")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ServiceClickhouseSettingsList {
    /// List of ClickHouse settings with their current values.
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<ServiceClickhouseSetting>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ServiceClickhouseSettingsList {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "settings" => self.settings = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ServiceClickhouseSettingsList {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ServiceClickhouseSettingsList")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ServiceClickhouseSettingsPatchResponse {
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<Map<String, Value>>,
    /// Warnings for settings that may have disruptive effects.
    #[serde(rename = "warnings", default, skip_serializing_if = "Option::is_none")]
    pub warnings: Option<Vec<ServiceClickhouseSettingWarning>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ServiceClickhouseSettingsPatchResponse {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "settings" => self.settings = map.next_value()?,
            "warnings" => self.warnings = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ServiceClickhouseSettingsPatchResponse {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ServiceClickhouseSettingsPatchResponse")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ServiceClickhouseSettingsSchema {
    /// List of all configurable ClickHouse settings with their types, descriptions, and constraints.
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<ServiceClickhouseSettingSchemaEntry>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ServiceClickhouseSettingsSchema {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "settings" => self.settings = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ServiceClickhouseSettingsSchema {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ServiceClickhouseSettingsSchema")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ServiceEndpoint {
    /// Endpoint protocol: 'https', 'nativesecure', 'mysql'.
    #[serde(rename = "protocol", default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// Service host name
    #[serde(rename = "host", default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// Numeric port
    #[serde(rename = "port", default, skip_serializing_if = "Option::is_none")]
    pub port: Option<Whole>,
    /// Optional username for the endpoint
    #[serde(rename = "username", default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ServiceEndpoint {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "protocol" => self.protocol = map.next_value()?,
            "host" => self.host = map.next_value()?,
            "port" => self.port = map.next_value()?,
            "username" => self.username = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ServiceEndpoint {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ServiceEndpoint")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ServicePasswordPatchResponse {
    /// New service password. Provided only if there was no 'newPasswordHash' in the request
    #[serde(rename = "password", default, skip_serializing_if = "Option::is_none")]
    pub password: Option<Secret>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ServicePasswordPatchResponse {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "password" => self.password = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ServicePasswordPatchResponse {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ServicePasswordPatchResponse")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ServiceProfile {
    /// Profile name to pass as `profile` when creating a service (e.g. 'v1-standard-byoc-4').
    #[serde(rename = "profile", default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    /// Number of vCPUs per replica.
    #[serde(rename = "cpuCores", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub cpu_cores: Option<f64>,
    /// Memory per replica in GiB. When creating a BYOC service with this profile, minReplicaMemoryGb and maxReplicaMemoryGb must both equal this value.
    #[serde(rename = "memoryGi", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub memory_gi: Option<f64>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ServiceProfile {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "profile" => self.profile = map.next_value()?,
            "cpuCores" => self.cpu_cores = map.next_value::<numbers::Float>()?.0,
            "memoryGi" => self.memory_gi = map.next_value::<numbers::Float>()?.0,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ServiceProfile {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ServiceProfile")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ServiceQueryAPIEndpoint {
    /// The id of the service query endpoint
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// List of OpenAPI keys that can access the service query endpoint
    #[serde(rename = "openApiKeys", default, skip_serializing_if = "Option::is_none")]
    pub open_api_keys: Option<Vec<String>>,
    /// List of roles that can access the service query endpoint
    #[serde(rename = "roles", default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<String>>,
    /// The allowed origins as comma separated list of domains
    #[serde(rename = "allowedOrigins", default, skip_serializing_if = "Option::is_none")]
    pub allowed_origins: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ServiceQueryAPIEndpoint {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "openApiKeys" => self.open_api_keys = map.next_value()?,
            "roles" => self.roles = map.next_value()?,
            "allowedOrigins" => self.allowed_origins = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ServiceQueryAPIEndpoint {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ServiceQueryAPIEndpoint")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ServiceScalingPatchResponse {
    /// Unique service ID.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Uuid>,
    /// Name of the service. Alphanumerical string with whitespaces up to 50 characters.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Cloud provider
    #[serde(rename = "provider", default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// Service region.
    #[serde(rename = "region", default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Current state of the service.
    #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// ClickHouse version of the service.
    #[serde(rename = "clickhouseVersion", default, skip_serializing_if = "Option::is_none")]
    pub clickhouse_version: Option<String>,
    /// List of all service endpoints.
    #[serde(rename = "endpoints", default, skip_serializing_if = "Option::is_none")]
    pub endpoints: Option<Vec<ServiceEndpoint>>,
    /// DEPRECATED for BASIC, SCALE and ENTERPRISE organization tiers. Use `minReplicaMemoryGb`, `maxReplicaMemoryGb`, and `numReplicas` instead. Tier of the service: 'development', 'production', 'dedicated_high_mem', 'dedicated_high_cpu', 'dedicated_standard', 'dedicated_standard_n2d_standard_4', 'dedicated_standard_n2d_standard_8', 'dedicated_standard_n2d_standard_32', 'dedicated_standard_n2d_standard_128', 'dedicated_standard_n2d_standard_32_16SSD', 'dedicated_standard_n2d_standard_64_24SSD'. Production services scale, Development are fixed size. Azure services don't support Development tier
    #[serde(rename = "tier", default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<String>,
    /// DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `minReplicaMemoryGb` instead. Minimum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and greater than or equal to 24. Always absent for horizontal-autoscaling services (replica count is variable).
    #[serde(rename = "minTotalMemoryGb", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub min_total_memory_gb: Option<f64>,
    /// DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `maxReplicaMemoryGb` instead. Maximum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and lower than or equal to 360 for non paid services or 1068 for paid services. Always absent for horizontal-autoscaling services (replica count is variable).
    #[serde(rename = "maxTotalMemoryGb", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub max_total_memory_gb: Option<f64>,
    /// Minimum auto-scaling memory in Gb for a single replica. Available only for 'production' services. Must be a multiple of 4 and greater than or equal to 8. A range in vertical autoscaling; equal to maxReplicaMemoryGb in horizontal (memory is fixed while the replica count scales).
    #[serde(rename = "minReplicaMemoryGb", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub min_replica_memory_gb: Option<f64>,
    /// Maximum auto-scaling memory in Gb for a single replica. Available only for 'production' services. Must be a multiple of 4 and lower than or equal to 120 for non paid services or 356 for paid services. A range in vertical autoscaling; equal to minReplicaMemoryGb in horizontal (memory is fixed while the replica count scales).
    #[serde(rename = "maxReplicaMemoryGb", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub max_replica_memory_gb: Option<f64>,
    /// Number of replicas for the service. The number of replicas must be between 2 and 50 for the first service in a warehouse. Services that are created in an existing warehouse can have a number of replicas as low as 1. Further restrictions may apply based on your organization's tier and its per-warehouse replica limit. It defaults to 1 for the BASIC tier and 3 for the SCALE and ENTERPRISE tiers. Present only when the service uses vertical autoscaling. For horizontal autoscaling, use minReplicas and maxReplicas instead.
    #[serde(rename = "numReplicas", default, skip_serializing_if = "Option::is_none")]
    pub num_replicas: Option<Whole>,
    /// Minimum number of replicas for horizontal autoscaling. Present only when the service uses horizontal autoscaling.
    #[serde(rename = "minReplicas", default, skip_serializing_if = "Option::is_none")]
    pub min_replicas: Option<Whole>,
    /// Maximum number of replicas for horizontal autoscaling. Present only when the service uses horizontal autoscaling.
    #[serde(rename = "maxReplicas", default, skip_serializing_if = "Option::is_none")]
    pub max_replicas: Option<Whole>,
    /// Configured autoscaling mode. "vertical" runs a fixed replica count while memory scales between minReplicaMemoryGb and maxReplicaMemoryGb; "horizontal" scales the replica count between minReplicas and maxReplicas at a fixed per-replica memory. This is the baseline configuration; the mode currently applied (which may differ while a schedule entry is active) is currentScaling.effectiveAutoscalingMode.
    #[serde(rename = "autoscalingMode", default)]
    pub autoscaling_mode: Option<String>,
    /// Fixed memory per replica in Gb for horizontal autoscaling. Present only when the service uses horizontal autoscaling. Must be a multiple of 4, at least 8 Gb, and at most 120 Gb for non paid services or 356 Gb for paid services.
    #[serde(rename = "replicaMemoryGb", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub replica_memory_gb: Option<f64>,
    /// When set to true the service is allowed to scale down to zero when idle. True by default.
    #[serde(rename = "idleScaling", default, skip_serializing_if = "Option::is_none")]
    pub idle_scaling: Option<bool>,
    /// Set minimum idling timeout (in minutes). Must be >= 5 minutes.
    #[serde(rename = "idleTimeoutMinutes", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub idle_timeout_minutes: Option<f64>,
    /// List of IP addresses allowed to access the service
    #[serde(rename = "ipAccessList", default, skip_serializing_if = "Option::is_none")]
    pub ip_access_list: Option<Vec<IpAccessListEntry>>,
    /// Service creation timestamp. ISO-8601.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// Optional customer provided disk encryption key
    #[serde(rename = "encryptionKey", default, skip_serializing_if = "Option::is_none")]
    pub encryption_key: Option<String>,
    /// Optional role to use for disk encryption
    #[serde(rename = "encryptionAssumedRoleIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub encryption_assumed_role_identifier: Option<String>,
    /// IAM role used for accessing objects in s3
    #[serde(rename = "iamRole", default, skip_serializing_if = "Option::is_none")]
    pub iam_role: Option<String>,
    /// List of private endpoints
    #[serde(rename = "privateEndpointIds", default, skip_serializing_if = "Option::is_none")]
    pub private_endpoint_ids: Option<Vec<String>>,
    /// List of available private endpoints ids that can be attached to the service
    #[serde(rename = "availablePrivateEndpointIds", default, skip_serializing_if = "Option::is_none")]
    pub available_private_endpoint_ids: Option<Vec<String>>,
    /// Data warehouse containing this service
    #[serde(rename = "dataWarehouseId", default, skip_serializing_if = "Option::is_none")]
    pub data_warehouse_id: Option<String>,
    /// True if this service is the primary service in the data warehouse
    #[serde(rename = "isPrimary", default, skip_serializing_if = "Option::is_none")]
    pub is_primary: Option<bool>,
    /// True if this service is read-only. It can only be read-only if a dataWarehouseId is provided.
    #[serde(rename = "isReadonly", default, skip_serializing_if = "Option::is_none")]
    pub is_readonly: Option<bool>,
    /// Select fast if you want to get new ClickHouse releases as soon as they are available. You'll get new features faster, but with a higher risk of bugs. Select slow if you would like to defer releases to give yourself more time to test. This feature is only available for production services. default is the regular release channel.
    #[serde(rename = "releaseChannel", default, skip_serializing_if = "Option::is_none")]
    pub release_channel: Option<String>,
    /// This is the ID returned after setting up a region for Bring Your Own Cloud (BYOC). When the byocId parameter is specified, the minReplicaMemoryGb and the maxReplicaGb parameters are required too, with values included among the following sizes: 48, 116, 172, 232.
    #[serde(rename = "byocId", default, skip_serializing_if = "Option::is_none")]
    pub byoc_id: Option<String>,
    /// True if the service should have the Transparent Data Encryption (TDE) enabled. TDE is only available for ENTERPRISE organizations tiers and can only be enabled at service creation.
    #[serde(rename = "hasTransparentDataEncryption", default, skip_serializing_if = "Option::is_none")]
    pub has_transparent_data_encryption: Option<bool>,
    /// Custom instance profile. Only available for ENTERPRISE and BYOC organization tiers. Standard values: 'v1-default', 'v1-highmem-xs', 'v1-highmem-s', 'v1-highmem-m', 'v1-highmem-l', 'v1-highmem-xl'. BYOC services may instead use a dynamic BYOC profile configured for their infrastructure (e.g. 'v1-standard-byoc-4'); it requires byocId, and minReplicaMemoryGb and maxReplicaMemoryGb must both equal the profile's memory size. Use the serviceProfiles endpoint to list the profiles available to the organization.
    #[serde(rename = "profile", default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    /// The ID of the Transparent Data Encryption key used for the service. This is only available if hasTransparentDataEncryption is true.
    #[serde(rename = "transparentDataEncryptionKeyId", default, skip_serializing_if = "Option::is_none")]
    pub transparent_data_encryption_key_id: Option<String>,
    /// The ID of the IAM role used for encryption. This is only available if hasTransparentDataEncryption is true.
    #[serde(rename = "encryptionRoleId", default, skip_serializing_if = "Option::is_none")]
    pub encryption_role_id: Option<String>,
    /// Type of regulatory compliance for service.
    #[serde(rename = "complianceType", default, skip_serializing_if = "Option::is_none")]
    pub compliance_type: Option<String>,
    /// Tags associated with the service.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<ResourceTagsV1>>,
    /// True if the service's underline infra is enabled for collecting core dumps. This is an experimental feature
    #[serde(rename = "enableCoreDumps", default, skip_serializing_if = "Option::is_none")]
    pub enable_core_dumps: Option<bool>,
    #[serde(rename = "scalingSchedule", default, skip_serializing_if = "Option::is_none")]
    pub scaling_schedule: Option<ScalingSchedule>,
    #[serde(rename = "currentScaling", default)]
    pub current_scaling: Option<CurrentScaling>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for ServiceScalingPatchResponse {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "provider" => self.provider = map.next_value()?,
            "region" => self.region = map.next_value()?,
            "state" => self.state = map.next_value()?,
            "clickhouseVersion" => self.clickhouse_version = map.next_value()?,
            "endpoints" => self.endpoints = map.next_value()?,
            "tier" => self.tier = map.next_value()?,
            "minTotalMemoryGb" => self.min_total_memory_gb = map.next_value::<numbers::Float>()?.0,
            "maxTotalMemoryGb" => self.max_total_memory_gb = map.next_value::<numbers::Float>()?.0,
            "minReplicaMemoryGb" => self.min_replica_memory_gb = map.next_value::<numbers::Float>()?.0,
            "maxReplicaMemoryGb" => self.max_replica_memory_gb = map.next_value::<numbers::Float>()?.0,
            "numReplicas" => self.num_replicas = map.next_value()?,
            "minReplicas" => self.min_replicas = map.next_value()?,
            "maxReplicas" => self.max_replicas = map.next_value()?,
            "autoscalingMode" => self.autoscaling_mode = map.next_value()?,
            "replicaMemoryGb" => self.replica_memory_gb = map.next_value::<numbers::Float>()?.0,
            "idleScaling" => self.idle_scaling = map.next_value()?,
            "idleTimeoutMinutes" => self.idle_timeout_minutes = map.next_value::<numbers::Float>()?.0,
            "ipAccessList" => self.ip_access_list = map.next_value()?,
            "createdAt" => self.created_at = map.next_value()?,
            "encryptionKey" => self.encryption_key = map.next_value()?,
            "encryptionAssumedRoleIdentifier" => self.encryption_assumed_role_identifier = map.next_value()?,
            "iamRole" => self.iam_role = map.next_value()?,
            "privateEndpointIds" => self.private_endpoint_ids = map.next_value()?,
            "availablePrivateEndpointIds" => self.available_private_endpoint_ids = map.next_value()?,
            "dataWarehouseId" => self.data_warehouse_id = map.next_value()?,
            "isPrimary" => self.is_primary = map.next_value()?,
            "isReadonly" => self.is_readonly = map.next_value()?,
            "releaseChannel" => self.release_channel = map.next_value()?,
            "byocId" => self.byoc_id = map.next_value()?,
            "hasTransparentDataEncryption" => self.has_transparent_data_encryption = map.next_value()?,
            "profile" => self.profile = map.next_value()?,
            "transparentDataEncryptionKeyId" => self.transparent_data_encryption_key_id = map.next_value()?,
            "encryptionRoleId" => self.encryption_role_id = map.next_value()?,
            "complianceType" => self.compliance_type = map.next_value()?,
            "tags" => self.tags = map.next_value()?,
            "enableCoreDumps" => self.enable_core_dumps = map.next_value()?,
            "scalingSchedule" => self.scaling_schedule = map.next_value()?,
            "currentScaling" => self.current_scaling = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for ServiceScalingPatchResponse {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "ServiceScalingPatchResponse")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Snapshot {
    /// Unique snapshot ID.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Uuid>,
    /// Status of the snapshot: 'done', 'error', 'in_progress', 'throttled'. 'throttled' means snapshot creation was rate-limited and will be retried.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// ID of the service the snapshot was created from.
    #[serde(rename = "serviceId", default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    /// Snapshot start timestamp. ISO-8601.
    #[serde(rename = "startedAt", default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<Timestamp>,
    /// Snapshot finish timestamp. ISO-8601. Available only for finished snapshots
    #[serde(rename = "finishedAt", default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<Timestamp>,
    /// Size of the snapshot in bytes.
    #[serde(rename = "sizeInBytes", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub size_in_bytes: Option<f64>,
    /// Time in seconds it took to perform the snapshot. If the status is in_progress or throttled, this is the time in seconds since the snapshot started until now.
    #[serde(rename = "durationInSeconds", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub duration_in_seconds: Option<f64>,
    /// Snapshot type. Always "full" — snapshots never chain off a parent.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Snapshot name on the external backup bucket.
    #[serde(rename = "backupName", default, skip_serializing_if = "Option::is_none")]
    pub backup_name: Option<String>,
    /// Backup bucket where the snapshot is stored.
    #[serde(rename = "bucket", default, skip_serializing_if = "Option::is_none")]
    pub bucket: Option<BackupBucket>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for Snapshot {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "status" => self.status = map.next_value()?,
            "serviceId" => self.service_id = map.next_value()?,
            "startedAt" => self.started_at = map.next_value()?,
            "finishedAt" => self.finished_at = map.next_value()?,
            "sizeInBytes" => self.size_in_bytes = map.next_value::<numbers::Float>()?.0,
            "durationInSeconds" => self.duration_in_seconds = map.next_value::<numbers::Float>()?.0,
            "type" => self.r#type = map.next_value()?,
            "backupName" => self.backup_name = map.next_value()?,
            "bucket" => self.bucket = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for Snapshot {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "Snapshot")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SnapshotConfiguration {
    /// Whether scheduled snapshots are enabled for the service.
    #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Interval between snapshots, in minutes. Set together with timeFrame; only supported preset pairs are accepted.
    #[serde(rename = "gap", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub gap: Option<f64>,
    /// Retention window the snapshots cover, in minutes. Set together with gap; only supported preset pairs are accepted.
    #[serde(rename = "timeFrame", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub time_frame: Option<f64>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for SnapshotConfiguration {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "enabled" => self.enabled = map.next_value()?,
            "gap" => self.gap = map.next_value::<numbers::Float>()?.0,
            "timeFrame" => self.time_frame = map.next_value::<numbers::Float>()?.0,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for SnapshotConfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "SnapshotConfiguration")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Udf {
    /// Name of the UDF. Unique within the organization.
    #[serde(rename = "functionName", default)]
    pub function_name: Option<String>,
    /// Version number of the UDF.
    #[serde(rename = "version", default)]
    pub version: Option<Whole>,
    /// Build state of this UDF version.
    #[serde(rename = "status", default)]
    pub status: Option<String>,
    /// Runtime used to execute the UDF command.
    #[serde(rename = "runtime", default)]
    pub runtime: Option<String>,
    /// Executable UDF type.
    #[serde(rename = "type", default)]
    pub r#type: Option<String>,
    /// Arguments passed to the UDF command.
    #[serde(rename = "arguments", default)]
    pub arguments: Option<Vec<UdfArgumentOutput>>,
    /// ClickHouse data type of the returned value.
    #[serde(rename = "returnType", default)]
    pub return_type: Option<String>,
    /// Name of the returned value, or null when unnamed.
    #[serde(rename = "returnName", default)]
    pub return_name: Option<String>,
    /// Command pool size for executable_pool UDFs.
    #[serde(rename = "poolSize", default)]
    pub pool_size: Option<Whole>,
    /// Command stdout read timeout in milliseconds.
    #[serde(rename = "commandReadTimeout", default)]
    pub command_read_timeout: Option<Whole>,
    /// Command stdin write timeout in milliseconds.
    #[serde(rename = "commandWriteTimeout", default)]
    pub command_write_timeout: Option<Whole>,
    /// Maximum command execution time in seconds for executable_pool UDFs.
    #[serde(rename = "maxCommandExecutionTime", default)]
    pub max_command_execution_time: Option<Whole>,
    /// Maximum memory, in MiB, available to each UDF sandbox process. Null uses the sandbox default.
    #[serde(rename = "memoryLimitMib", default)]
    pub memory_limit_mib: Option<Whole>,
    /// Whether ClickHouse sends a row-count chunk header.
    #[serde(rename = "sendChunkHeader", default)]
    pub send_chunk_header: Option<bool>,
    /// Whether ClickHouse may reuse cached query results for this UDF.
    #[serde(rename = "deterministic", default)]
    pub deterministic: Option<bool>,
    /// Input and output format used by the UDF command.
    #[serde(rename = "format", default)]
    pub format: Option<String>,
    /// Sandbox isolation level.
    #[serde(rename = "sandboxType", default)]
    pub sandbox_type: Option<String>,
    /// Sandbox runtime version.
    #[serde(rename = "sandboxVersion", default)]
    pub sandbox_version: Option<String>,
    /// Build error, or null when no build error is present.
    #[serde(rename = "error", default)]
    pub error: Option<String>,
    /// Creation timestamp.
    #[serde(rename = "createdAt", default)]
    pub created_at: Option<Timestamp>,
    /// Last-update timestamp.
    #[serde(rename = "updatedAt", default)]
    pub updated_at: Option<Timestamp>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for Udf {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "functionName" => self.function_name = map.next_value()?,
            "version" => self.version = map.next_value()?,
            "status" => self.status = map.next_value()?,
            "runtime" => self.runtime = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            "arguments" => self.arguments = map.next_value()?,
            "returnType" => self.return_type = map.next_value()?,
            "returnName" => self.return_name = map.next_value()?,
            "poolSize" => self.pool_size = map.next_value()?,
            "commandReadTimeout" => self.command_read_timeout = map.next_value()?,
            "commandWriteTimeout" => self.command_write_timeout = map.next_value()?,
            "maxCommandExecutionTime" => self.max_command_execution_time = map.next_value()?,
            "memoryLimitMib" => self.memory_limit_mib = map.next_value()?,
            "sendChunkHeader" => self.send_chunk_header = map.next_value()?,
            "deterministic" => self.deterministic = map.next_value()?,
            "format" => self.format = map.next_value()?,
            "sandboxType" => self.sandbox_type = map.next_value()?,
            "sandboxVersion" => self.sandbox_version = map.next_value()?,
            "error" => self.error = map.next_value()?,
            "createdAt" => self.created_at = map.next_value()?,
            "updatedAt" => self.updated_at = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for Udf {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "Udf")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct UdfArgumentOutput {
    /// Name of the argument. Required for Native and JSONEachRow formats.
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// ClickHouse data type of the argument.
    #[serde(rename = "type", default)]
    pub r#type: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for UdfArgumentOutput {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "name" => self.name = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for UdfArgumentOutput {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "UdfArgumentOutput")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct UdfAttachment {
    /// Name of the UDF.
    #[serde(rename = "functionName", default)]
    pub function_name: Option<String>,
    /// ID of the attached service.
    #[serde(rename = "serviceId", default)]
    pub service_id: Option<Uuid>,
    /// Current attachment lifecycle state.
    #[serde(rename = "status", default)]
    pub status: Option<String>,
    /// Attached UDF version.
    #[serde(rename = "version", default)]
    pub version: Option<Whole>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for UdfAttachment {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "functionName" => self.function_name = map.next_value()?,
            "serviceId" => self.service_id = map.next_value()?,
            "status" => self.status = map.next_value()?,
            "version" => self.version = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for UdfAttachment {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "UdfAttachment")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct UdfUploadSession {
    /// Identifier of the uploaded source archive.
    #[serde(rename = "uploadId", default)]
    pub upload_id: Option<Uuid>,
    /// Presigned URL for uploading the source archive.
    #[serde(rename = "uploadUrl", default)]
    pub upload_url: Option<String>,
    /// Presigned-URL expiry timestamp.
    #[serde(rename = "expiresAt", default)]
    pub expires_at: Option<Timestamp>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for UdfUploadSession {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "uploadId" => self.upload_id = map.next_value()?,
            "uploadUrl" => self.upload_url = map.next_value()?,
            "expiresAt" => self.expires_at = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for UdfUploadSession {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "UdfUploadSession")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct UpgradeWindow {
    /// Day of the week the upgrade window starts. 0 = Sunday, 1 = Monday, …, 6 = Saturday.
    #[serde(rename = "weekday", default)]
    pub weekday: Option<Whole>,
    /// UTC hour when the upgrade window starts. Must be one of 0, 6, 12, or 18.
    #[serde(rename = "startHourUtc", default)]
    pub start_hour_utc: Option<Whole>,
    /// Length of the upgrade window in hours. Currently only a 6-hour window is supported.
    #[serde(rename = "duration", default)]
    pub duration: Option<Whole>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for UpgradeWindow {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "weekday" => self.weekday = map.next_value()?,
            "startHourUtc" => self.start_hour_utc = map.next_value()?,
            "duration" => self.duration = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for UpgradeWindow {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "UpgradeWindow")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct UsageCost {
    /// Grand total cost of usage in ClickHouse Credits (CHCs).
    #[serde(rename = "grandTotalCHC", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub grand_total_chc: Option<f64>,
    /// List of daily, per-entity usage cost records.
    #[serde(rename = "costs", default, skip_serializing_if = "Option::is_none")]
    pub costs: Option<Vec<UsageCostRecord>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for UsageCost {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "grandTotalCHC" => self.grand_total_chc = map.next_value::<numbers::Float>()?.0,
            "costs" => self.costs = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for UsageCost {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "UsageCost")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct UsageCostMetrics {
    /// Cost of storage in ClickHouse Credits (CHCs). Applies to dataWarehouse entities.
    #[serde(rename = "storageCHC", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub storage_chc: Option<f64>,
    /// Cost of backup in ClickHouse Credits (CHCs). Applies to dataWarehouse entities.
    #[serde(rename = "backupCHC", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub backup_chc: Option<f64>,
    /// Cost of compute in ClickHouse Credits (CHCs). Applies to service and clickpipe entities.
    #[serde(rename = "computeCHC", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub compute_chc: Option<f64>,
    /// Cost of data transfer in ClickHouse Credits (CHCs). Applies to clickpipe entities.
    #[serde(rename = "dataTransferCHC", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub data_transfer_chc: Option<f64>,
    /// Cost of initial load and resyncs in ClickHouse Credits (CHCs). Applies to clickpipe entities.
    #[serde(rename = "initialLoadCHC", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub initial_load_chc: Option<f64>,
    /// Cost of data transfer in ClickHouse Credits (CHCs). Applies to service entities.
    #[serde(rename = "publicDataTransferCHC", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub public_data_transfer_chc: Option<f64>,
    /// Cost of tier1 inter-region data transfer in ClickHouse Credits (CHCs). Applies to service entities.
    #[serde(rename = "interRegionTier1DataTransferCHC", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub inter_region_tier1_data_transfer_chc: Option<f64>,
    /// Cost of tier2 inter-region data transfer in ClickHouse Credits (CHCs). Applies to service entities.
    #[serde(rename = "interRegionTier2DataTransferCHC", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub inter_region_tier2_data_transfer_chc: Option<f64>,
    /// Cost of tier3 inter-region data transfer in ClickHouse Credits (CHCs). Applies to service entities.
    #[serde(rename = "interRegionTier3DataTransferCHC", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub inter_region_tier3_data_transfer_chc: Option<f64>,
    /// Cost of tier4 inter-region data transfer in ClickHouse Credits (CHCs). Applies to service entities.
    #[serde(rename = "interRegionTier4DataTransferCHC", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub inter_region_tier4_data_transfer_chc: Option<f64>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for UsageCostMetrics {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "storageCHC" => self.storage_chc = map.next_value::<numbers::Float>()?.0,
            "backupCHC" => self.backup_chc = map.next_value::<numbers::Float>()?.0,
            "computeCHC" => self.compute_chc = map.next_value::<numbers::Float>()?.0,
            "dataTransferCHC" => self.data_transfer_chc = map.next_value::<numbers::Float>()?.0,
            "initialLoadCHC" => self.initial_load_chc = map.next_value::<numbers::Float>()?.0,
            "publicDataTransferCHC" => self.public_data_transfer_chc = map.next_value::<numbers::Float>()?.0,
            "interRegionTier1DataTransferCHC" => self.inter_region_tier1_data_transfer_chc = map.next_value::<numbers::Float>()?.0,
            "interRegionTier2DataTransferCHC" => self.inter_region_tier2_data_transfer_chc = map.next_value::<numbers::Float>()?.0,
            "interRegionTier3DataTransferCHC" => self.inter_region_tier3_data_transfer_chc = map.next_value::<numbers::Float>()?.0,
            "interRegionTier4DataTransferCHC" => self.inter_region_tier4_data_transfer_chc = map.next_value::<numbers::Float>()?.0,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for UsageCostMetrics {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "UsageCostMetrics")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct UsageCostRecord {
    /// ID of the dataWarehouse this entity belongs to (or is).
    #[serde(rename = "dataWarehouseId", default, skip_serializing_if = "Option::is_none")]
    pub data_warehouse_id: Option<Uuid>,
    /// ID of the service this entity belongs to (or is). Set to null for dataWarehouse entities.
    #[serde(rename = "serviceId", default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<Uuid>,
    /// Date of the usage. ISO-8601 date, based on the UTC timezone.
    #[serde(rename = "date", default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Type of the entity.
    #[serde(rename = "entityType", default, skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<String>,
    /// Unique ID of the entity.
    #[serde(rename = "entityId", default, skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<Uuid>,
    /// Name of the entity.
    #[serde(rename = "entityName", default, skip_serializing_if = "Option::is_none")]
    pub entity_name: Option<String>,
    #[serde(rename = "metrics", default, skip_serializing_if = "Option::is_none")]
    pub metrics: Option<UsageCostMetrics>,
    /// Total cost of usage in ClickHouse Credits (CHCs) for this entity.
    #[serde(rename = "totalCHC", default, skip_serializing_if = "Option::is_none", deserialize_with = "numbers::float")]
    pub total_chc: Option<f64>,
    /// When true, the record is immutable. Unlocked records are subject to change until locked.
    #[serde(rename = "locked", default, skip_serializing_if = "Option::is_none")]
    pub locked: Option<bool>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for UsageCostRecord {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "dataWarehouseId" => self.data_warehouse_id = map.next_value()?,
            "serviceId" => self.service_id = map.next_value()?,
            "date" => self.date = map.next_value()?,
            "entityType" => self.entity_type = map.next_value()?,
            "entityId" => self.entity_id = map.next_value()?,
            "entityName" => self.entity_name = map.next_value()?,
            "metrics" => self.metrics = map.next_value()?,
            "totalCHC" => self.total_chc = map.next_value::<numbers::Float>()?.0,
            "locked" => self.locked = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for UsageCostRecord {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "UsageCostRecord")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct WhoamiApiKey {
    /// Discriminator identifying the caller as an organization API key.
    #[serde(rename = "actorType", default)]
    pub actor_type: Option<String>,
    /// Unique ID of the API key.
    #[serde(rename = "keyId", default)]
    pub key_id: Option<String>,
    /// Name of the API key.
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// ID of the organization that owns the API key.
    #[serde(rename = "organizationId", default)]
    pub organization_id: Option<Uuid>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for WhoamiApiKey {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "actorType" => self.actor_type = map.next_value()?,
            "keyId" => self.key_id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "organizationId" => self.organization_id = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for WhoamiApiKey {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "WhoamiApiKey")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct WhoamiOrganization {
    /// ID of the organization the user belongs to.
    #[serde(rename = "organizationId", default)]
    pub organization_id: Option<Uuid>,
    /// Name of the organization.
    #[serde(rename = "organizationName", default)]
    pub organization_name: Option<String>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for WhoamiOrganization {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "organizationId" => self.organization_id = map.next_value()?,
            "organizationName" => self.organization_name = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for WhoamiOrganization {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "WhoamiOrganization")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct WhoamiUser {
    /// Discriminator identifying the caller as a user (JWT or clickhousectl token).
    #[serde(rename = "actorType", default)]
    pub actor_type: Option<String>,
    /// Unique ID of the user.
    #[serde(rename = "userId", default)]
    pub user_id: Option<Uuid>,
    /// Email address of the user.
    #[serde(rename = "email", default)]
    pub email: Option<String>,
    /// Full name of the user.
    #[serde(rename = "name", default)]
    pub name: Option<String>,
    /// Organizations the user belongs to.
    #[serde(rename = "organizations", default)]
    pub organizations: Option<Vec<WhoamiOrganization>>,
    /// Fields this version does not know, kept as the server sent them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl<'de> crate::core::wire::Fields<'de> for WhoamiUser {
    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "actorType" => self.actor_type = map.next_value()?,
            "userId" => self.user_id = map.next_value()?,
            "email" => self.email = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "organizations" => self.organizations = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn unknown_fields(&mut self) -> &mut Map<String, Value> {
        &mut self.unknown
    }
}

impl<'de> Deserialize<'de> for WhoamiUser {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::core::wire::deserialize_fields(d, "WhoamiUser")
    }
}

/// One of the BackupBucket variants, by `bucketProvider`.
#[derive(Debug, Clone, PartialEq)]
pub enum BackupBucket {
    /// `bucketProvider` is `AWS`.
    AwsBackupBucket(AwsBackupBucket),
    /// `bucketProvider` is `GCP`.
    GcpBackupBucket(GcpBackupBucket),
    /// `bucketProvider` is `AZURE`.
    AzureBackupBucket(AzureBackupBucket),
    /// A variant this version does not know, kept as the server sent it.
    Unknown(Map<String, Value>),
}

impl BackupBucket {
    /// The `bucketProvider` value that names the variant.
    pub fn discriminator(&self) -> Option<&str> {
        match self {
            Self::AwsBackupBucket(_) => Some("AWS"),
            Self::GcpBackupBucket(_) => Some("GCP"),
            Self::AzureBackupBucket(_) => Some("AZURE"),
            Self::Unknown(fields) => fields.get("bucketProvider").and_then(Value::as_str),
        }
    }
}

impl Serialize for BackupBucket {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::AwsBackupBucket(v) => v.serialize(s),
            Self::GcpBackupBucket(v) => v.serialize(s),
            Self::AzureBackupBucket(v) => v.serialize(s),
            Self::Unknown(v) => v.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for BackupBucket {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let fields = Map::<String, Value>::deserialize(d)?;
        let tag = fields.get("bucketProvider");
        match tag.and_then(Value::as_str) {
            Some("AWS") => numbers::from_fields(fields).map(Self::AwsBackupBucket),
            Some("GCP") => numbers::from_fields(fields).map(Self::GcpBackupBucket),
            Some("AZURE") => numbers::from_fields(fields).map(Self::AzureBackupBucket),
            _ => Ok(Self::Unknown(fields)),
        }
    }
}

/// One of the ClickPipeBigQuerySource variants, by `authentication`.
#[derive(Debug, Clone, PartialEq)]
pub enum ClickPipeBigQuerySource {
    /// `authentication` is `SERVICE_ACCOUNT`.
    ClickPipeBigQueryServiceAccountSource(ClickPipeBigQueryServiceAccountSource),
    /// `authentication` is `SERVICE_ACCOUNT_WORKLOAD_IDENTITY`.
    ClickPipeBigQueryWorkloadIdentitySource(ClickPipeBigQueryWorkloadIdentitySource),
    /// A variant this version does not know, kept as the server sent it.
    Unknown(Map<String, Value>),
}

impl ClickPipeBigQuerySource {
    /// The `authentication` value that names the variant.
    pub fn discriminator(&self) -> Option<&str> {
        match self {
            Self::ClickPipeBigQueryServiceAccountSource(_) => Some("SERVICE_ACCOUNT"),
            Self::ClickPipeBigQueryWorkloadIdentitySource(_) => Some("SERVICE_ACCOUNT_WORKLOAD_IDENTITY"),
            Self::Unknown(fields) => fields.get("authentication").and_then(Value::as_str),
        }
    }
}

impl Serialize for ClickPipeBigQuerySource {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ClickPipeBigQueryServiceAccountSource(v) => v.serialize(s),
            Self::ClickPipeBigQueryWorkloadIdentitySource(v) => v.serialize(s),
            Self::Unknown(v) => v.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for ClickPipeBigQuerySource {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let fields = Map::<String, Value>::deserialize(d)?;
        let tag = fields.get("authentication");
        match tag.and_then(Value::as_str) {
            Some("SERVICE_ACCOUNT") => numbers::from_fields(fields).map(Self::ClickPipeBigQueryServiceAccountSource),
            Some("SERVICE_ACCOUNT_WORKLOAD_IDENTITY") => numbers::from_fields(fields).map(Self::ClickPipeBigQueryWorkloadIdentitySource),
            _ => Ok(Self::Unknown(fields)),
        }
    }
}

/// One of the ClickPipeKafkaSchemaRegistry variants, by `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum ClickPipeKafkaSchemaRegistry {
    /// `type` is `confluent`.
    ClickPipeKafkaConfluentSchemaRegistry(ClickPipeKafkaConfluentSchemaRegistry),
    /// `type` is `glue`.
    ClickPipeKafkaGlueSchemaRegistry(ClickPipeKafkaGlueSchemaRegistry),
    /// A variant this version does not know, kept as the server sent it.
    Unknown(Map<String, Value>),
}

impl ClickPipeKafkaSchemaRegistry {
    /// The `type` value that names the variant.
    pub fn discriminator(&self) -> Option<&str> {
        match self {
            Self::ClickPipeKafkaConfluentSchemaRegistry(_) => Some("confluent"),
            Self::ClickPipeKafkaGlueSchemaRegistry(_) => Some("glue"),
            Self::Unknown(fields) => fields.get("type").and_then(Value::as_str),
        }
    }
}

impl Serialize for ClickPipeKafkaSchemaRegistry {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ClickPipeKafkaConfluentSchemaRegistry(v) => v.serialize(s),
            Self::ClickPipeKafkaGlueSchemaRegistry(v) => v.serialize(s),
            Self::Unknown(v) => v.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for ClickPipeKafkaSchemaRegistry {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let fields = Map::<String, Value>::deserialize(d)?;
        let tag = fields.get("type");
        match tag.and_then(Value::as_str) {
            Some("confluent") => numbers::from_fields(fields).map(Self::ClickPipeKafkaConfluentSchemaRegistry),
            Some("glue") => numbers::from_fields(fields).map(Self::ClickPipeKafkaGlueSchemaRegistry),
            _ => Ok(Self::Unknown(fields)),
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
    /// A variant this version does not know, kept as the server sent it.
    Unknown(Map<String, Value>),
}

impl ClickStackCASLPermission {
    /// The `integration` value that names the variant.
    pub fn discriminator(&self) -> Option<&str> {
        match self {
            Self::ClickStackMongoDBCASLPermission(_) => Some("mongodb"),
            Self::ClickStackClickHouseCASLPermission(_) => Some("clickhouse"),
            Self::Unknown(fields) => fields.get("integration").and_then(Value::as_str),
        }
    }
}

impl Serialize for ClickStackCASLPermission {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ClickStackMongoDBCASLPermission(v) => v.serialize(s),
            Self::ClickStackClickHouseCASLPermission(v) => v.serialize(s),
            Self::Unknown(v) => v.serialize(s),
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
            _ => Ok(Self::Unknown(fields)),
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
    /// A variant this version does not know, kept as the server sent it.
    Unknown(Map<String, Value>),
}

impl ClickStackFilter {
    /// The `type` value that names the variant.
    pub fn discriminator(&self) -> Option<&str> {
        match self {
            Self::ClickStackQueryExpressionFilter(_) => Some("QUERY_EXPRESSION"),
            Self::ClickStackStaticListFilter(_) => Some("STATIC_LIST"),
            Self::ClickStackPrometheusLabelFilter(_) => Some("PROMETHEUS_LABEL"),
            Self::ClickStackSourceFilter(_) => Some("SOURCE_FILTER"),
            Self::Unknown(fields) => fields.get("type").and_then(Value::as_str),
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
            Self::Unknown(v) => v.serialize(s),
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
            _ => Ok(Self::Unknown(fields)),
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
    /// A variant this version does not know, kept as the server sent it.
    Unknown(Map<String, Value>),
}

impl ClickStackSavedFilterValue {
    /// The `type` value that names the variant.
    pub fn discriminator(&self) -> Option<&str> {
        match self {
            Self::ClickStackSqlSavedFilterValue(_) => Some("sql"),
            Self::ClickStackVariableSavedFilterValue(_) => Some("variable"),
            Self::Unknown(fields) => fields.get("type").and_then(Value::as_str),
        }
    }
}

impl Serialize for ClickStackSavedFilterValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ClickStackSqlSavedFilterValue(v) => v.serialize(s),
            Self::ClickStackVariableSavedFilterValue(v) => v.serialize(s),
            Self::Unknown(v) => v.serialize(s),
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
            _ => Ok(Self::Unknown(fields)),
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
    /// A variant this version does not know, kept as the server sent it.
    Unknown(Map<String, Value>),
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
            Self::Unknown(fields) => fields.get("kind").and_then(Value::as_str),
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
            Self::Unknown(v) => v.serialize(s),
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
            _ => Ok(Self::Unknown(fields)),
        }
    }
}

/// One of the ClickStackWebhook variants, by `service`.
#[derive(Debug, Clone, PartialEq)]
pub enum ClickStackWebhook {
    /// `service` is `slack`.
    ClickStackSlackWebhook(ClickStackSlackWebhook),
    /// `service` is `incidentio`.
    ClickStackIncidentIOWebhook(ClickStackIncidentIOWebhook),
    /// `service` is `generic`.
    ClickStackGenericWebhook(ClickStackGenericWebhook),
    /// `service` is `slack_api`.
    ClickStackSlackAPIWebhook(ClickStackSlackAPIWebhook),
    /// `service` is `pagerduty_api`.
    ClickStackPagerDutyAPIWebhook(ClickStackPagerDutyAPIWebhook),
    /// A variant this version does not know, kept as the server sent it.
    Unknown(Map<String, Value>),
}

impl ClickStackWebhook {
    /// The `service` value that names the variant.
    pub fn discriminator(&self) -> Option<&str> {
        match self {
            Self::ClickStackSlackWebhook(_) => Some("slack"),
            Self::ClickStackIncidentIOWebhook(_) => Some("incidentio"),
            Self::ClickStackGenericWebhook(_) => Some("generic"),
            Self::ClickStackSlackAPIWebhook(_) => Some("slack_api"),
            Self::ClickStackPagerDutyAPIWebhook(_) => Some("pagerduty_api"),
            Self::Unknown(fields) => fields.get("service").and_then(Value::as_str),
        }
    }
}

impl Serialize for ClickStackWebhook {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ClickStackSlackWebhook(v) => v.serialize(s),
            Self::ClickStackIncidentIOWebhook(v) => v.serialize(s),
            Self::ClickStackGenericWebhook(v) => v.serialize(s),
            Self::ClickStackSlackAPIWebhook(v) => v.serialize(s),
            Self::ClickStackPagerDutyAPIWebhook(v) => v.serialize(s),
            Self::Unknown(v) => v.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for ClickStackWebhook {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let fields = Map::<String, Value>::deserialize(d)?;
        let tag = fields.get("service");
        match tag.and_then(Value::as_str) {
            Some("slack") => numbers::from_fields(fields).map(Self::ClickStackSlackWebhook),
            Some("incidentio") => numbers::from_fields(fields).map(Self::ClickStackIncidentIOWebhook),
            Some("generic") => numbers::from_fields(fields).map(Self::ClickStackGenericWebhook),
            Some("slack_api") => numbers::from_fields(fields).map(Self::ClickStackSlackAPIWebhook),
            Some("pagerduty_api") => numbers::from_fields(fields).map(Self::ClickStackPagerDutyAPIWebhook),
            _ => Ok(Self::Unknown(fields)),
        }
    }
}

/// One of the Whoami variants, by `actorType`.
#[derive(Debug, Clone, PartialEq)]
pub enum Whoami {
    /// `actorType` is `user`.
    WhoamiUser(WhoamiUser),
    /// `actorType` is `apiKey`.
    WhoamiApiKey(WhoamiApiKey),
    /// A variant this version does not know, kept as the server sent it.
    Unknown(Map<String, Value>),
}

impl Whoami {
    /// The `actorType` value that names the variant.
    pub fn discriminator(&self) -> Option<&str> {
        match self {
            Self::WhoamiUser(_) => Some("user"),
            Self::WhoamiApiKey(_) => Some("apiKey"),
            Self::Unknown(fields) => fields.get("actorType").and_then(Value::as_str),
        }
    }
}

impl Serialize for Whoami {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::WhoamiUser(v) => v.serialize(s),
            Self::WhoamiApiKey(v) => v.serialize(s),
            Self::Unknown(v) => v.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for Whoami {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let fields = Map::<String, Value>::deserialize(d)?;
        let tag = fields.get("actorType");
        match tag.and_then(Value::as_str) {
            Some("user") => numbers::from_fields(fields).map(Self::WhoamiUser),
            Some("apiKey") => numbers::from_fields(fields).map(Self::WhoamiApiKey),
            _ => Ok(Self::Unknown(fields)),
        }
    }
}
