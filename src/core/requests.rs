//! Request bodies, checked before anything is sent. Secrets (bucket keys) live in
//! [`Secret`]s so no `Debug` output or error message can show them.

use serde_json::{Map, Number, Value};
use uuid::Uuid;

use super::error::Error;
use super::numbers::as_whole;
use super::secret::Secret;
pub use super::wire::Patch;

pub const PROVIDER_AWS: &str = "AWS";
pub const PROVIDER_GCP: &str = "GCP";
pub const PROVIDER_AZURE: &str = "AZURE";

/// A backup bucket provider: its fields (the API's names) and its write-only secret.
pub struct BucketProvider {
    pub name: &'static str,
    pub fields: &'static [&'static str],
    pub secret: Option<&'static str>,
}

/// The providers a backup bucket can have; the client and the sandbox read it.
pub const BUCKET_PROVIDERS: &[BucketProvider] = &[
    BucketProvider {
        name: PROVIDER_AWS,
        fields: &[
            "bucketPath",
            "iamRoleArn",
            "iamRoleSessionName",
            "iamRoleExternalId",
        ],
        secret: None,
    },
    BucketProvider {
        name: PROVIDER_GCP,
        fields: &["bucketPath", "accessKeyId"],
        secret: Some("secretAccessKey"),
    },
    BucketProvider {
        name: PROVIDER_AZURE,
        fields: &["containerName"],
        secret: Some("connectionString"),
    },
];

/// `bucketPath` -> `bucket_path`: the API's names as the Python arguments.
fn snake_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn invalid(message: impl Into<String>) -> Error {
    Error::InvalidArgument(message.into())
}

/// PATCH backupConfiguration: only the fields given are sent.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConfigurationPatch {
    pub backup_period_in_hours: Patch<f64>,
    pub backup_retention_period_in_hours: Patch<f64>,
    pub backup_start_time: Patch<String>,
}

impl ConfigurationPatch {
    /// The JSON body (whole hours as integers). What the API refuses beyond the spec (an
    /// empty patch, which gets a 403 on some tiers, a start time that is no time of day,
    /// hours that are not positive) is checked where every entry point checks it: the
    /// overlay's `checks`, run by `check_body` (core/checks.rs).
    pub fn to_json(&self) -> Result<Value, Error> {
        let mut body = Map::new();
        for (key, value) in [
            ("backupPeriodInHours", &self.backup_period_in_hours),
            (
                "backupRetentionPeriodInHours",
                &self.backup_retention_period_in_hours,
            ),
        ] {
            match value {
                Patch::Omit => {}
                Patch::Null => {
                    body.insert(key.into(), Value::Null);
                }
                Patch::Set(hours) => {
                    body.insert(key.into(), hours_value(*hours)?);
                }
            }
        }
        match &self.backup_start_time {
            Patch::Omit => {}
            Patch::Null => {
                body.insert("backupStartTime".into(), Value::Null);
            }
            Patch::Set(text) => {
                body.insert("backupStartTime".into(), Value::String(text.clone()));
            }
        }
        Ok(Value::Object(body))
    }
}

fn hours_value(hours: f64) -> Result<Value, Error> {
    Ok(match as_whole(hours) {
        Some(whole) => Value::from(whole),
        // NaN and infinity are no JSON numbers.
        None => Number::from_f64(hours)
            .map(Value::Number)
            .ok_or_else(|| invalid(format!("{hours} hours is not a number")))?,
    })
}

/// The fields a caller may give for a backup bucket, all optional; which ones are
/// allowed (and required) depends on the provider.
#[derive(Debug, Clone, Default)]
pub struct BucketFields {
    pub bucket_path: Option<String>,
    pub iam_role_arn: Option<String>,
    pub iam_role_session_name: Option<String>,
    pub iam_role_external_id: Option<String>,
    pub access_key_id: Option<String>,
    pub secret_access_key: Option<Secret>,
    pub container_name: Option<String>,
    pub connection_string: Option<Secret>,
}

/// A checked POST/PATCH backupBucket body.
#[derive(Debug, Clone)]
pub struct BucketSpec {
    provider: &'static str,
    fields: BucketFields,
}

impl BucketSpec {
    /// Checks that every given field belongs to `provider` ("AWS", "GCP" or "AZURE",
    /// any case).
    pub fn new(provider: &str, fields: BucketFields) -> Result<BucketSpec, Error> {
        let provider = match provider.to_ascii_uppercase().as_str() {
            "AWS" => PROVIDER_AWS,
            "GCP" => PROVIDER_GCP,
            "AZURE" => PROVIDER_AZURE,
            _ => {
                return Err(invalid(format!(
                    "provider must be \"AWS\", \"GCP\" or \"AZURE\", not {provider:?}"
                )))
            }
        };
        let given = [
            ("bucket_path", fields.bucket_path.is_some()),
            ("iam_role_arn", fields.iam_role_arn.is_some()),
            (
                "iam_role_session_name",
                fields.iam_role_session_name.is_some(),
            ),
            (
                "iam_role_external_id",
                fields.iam_role_external_id.is_some(),
            ),
            ("access_key_id", fields.access_key_id.is_some()),
            ("secret_access_key", fields.secret_access_key.is_some()),
            ("container_name", fields.container_name.is_some()),
            ("connection_string", fields.connection_string.is_some()),
        ];
        let spec = BUCKET_PROVIDERS.iter().find(|p| p.name == provider);
        let allowed: Vec<String> = spec
            .map(|p| {
                p.fields
                    .iter()
                    .chain(p.secret.iter())
                    .map(|f| snake_case(f))
                    .collect()
            })
            .unwrap_or_default();
        let foreign: Vec<&str> = given
            .iter()
            .filter(|(name, present)| *present && !allowed.iter().any(|a| a == name))
            .map(|(name, _)| *name)
            .collect();
        if !foreign.is_empty() {
            return Err(invalid(format!(
                "{} not a field of a {provider} backup bucket (allowed: {})",
                foreign.join(", ") + if foreign.len() == 1 { " is" } else { " are" },
                allowed.join(", ")
            )));
        }
        // The write-only secret the API always needs is checked with every entry point's
        // (the overlay's `checks`, core/checks.rs).
        Ok(BucketSpec { provider, fields })
    }

    pub fn provider(&self) -> &'static str {
        self.provider
    }

    /// The write-only secret this body carries (to keep it out of errors).
    pub fn secret(&self) -> Option<&str> {
        let f = &self.fields;
        f.secret_access_key
            .as_ref()
            .or(f.connection_string.as_ref())
            .map(Secret::expose)
    }

    /// The JSON body, secrets included: only ever serialized to send.
    pub fn to_json(&self) -> Value {
        let f = &self.fields;
        let mut body = Map::new();
        body.insert("bucketProvider".into(), Value::String(self.provider.into()));
        let mut put = |key: &str, value: Option<&str>| {
            if let Some(v) = value {
                body.insert(key.into(), Value::String(v.into()));
            }
        };
        put("bucketPath", f.bucket_path.as_deref());
        put("iamRoleArn", f.iam_role_arn.as_deref());
        put("iamRoleSessionName", f.iam_role_session_name.as_deref());
        put("iamRoleExternalId", f.iam_role_external_id.as_deref());
        put("accessKeyId", f.access_key_id.as_deref());
        put(
            "secretAccessKey",
            f.secret_access_key.as_ref().map(Secret::expose),
        );
        put("containerName", f.container_name.as_deref());
        put(
            "connectionString",
            f.connection_string.as_ref().map(Secret::expose),
        );
        Value::Object(body)
    }
}

/// POST services with a `backupId`: restoring a backup creates a new service.
#[derive(Debug, Clone)]
pub struct RestoreRequest {
    body: Map<String, Value>,
}

impl RestoreRequest {
    /// `options` are further ServicePostRequest fields, in snake_case or camelCase
    /// (`min_replica_memory_gb` or `minReplicaMemoryGb`).
    pub fn new(
        backup_id: &Uuid,
        name: &str,
        provider: &str,
        region: &str,
        options: Map<String, Value>,
    ) -> Result<RestoreRequest, Error> {
        if name.trim().is_empty() {
            return Err(invalid("name must not be empty"));
        }
        let mut body = Map::new();
        for (key, value) in options {
            let camel = camel_case(&key);
            if ["name", "provider", "region", "backupId"].contains(&camel.as_str()) {
                return Err(invalid(format!(
                    "{key} is an argument of restore_backup, not a service option"
                )));
            }
            if body.insert(camel.clone(), value).is_some() {
                return Err(invalid(format!("service option {camel} given twice")));
            }
        }
        body.insert("name".into(), Value::String(name.into()));
        body.insert(
            "provider".into(),
            Value::String(provider.to_ascii_lowercase()),
        );
        body.insert("region".into(), Value::String(region.into()));
        body.insert(
            "backupId".into(),
            Value::String(backup_id.hyphenated().to_string()),
        );
        // The spec requires an IP access list on every new service; a restore that
        // names none opens the service to no address (not to every one) until one is
        // set, as the console's default is.
        body.entry("ipAccessList")
            .or_insert_with(|| Value::Array(Vec::new()));
        Ok(RestoreRequest { body })
    }

    pub fn to_json(&self) -> Value {
        Value::Object(self.body.clone())
    }
}

/// `min_replica_memory_gb` -> `minReplicaMemoryGb`; camelCase stays as it is.
pub fn camel_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '_' && !out.is_empty() {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn configuration_patch_sends_only_what_is_given() {
        let patch = ConfigurationPatch {
            backup_retention_period_in_hours: Patch::Set(168.0),
            backup_start_time: Patch::Null,
            ..Default::default()
        };
        assert_eq!(
            patch.to_json().unwrap(),
            json!({"backupRetentionPeriodInHours": 168, "backupStartTime": null})
        );
        let p = ConfigurationPatch {
            backup_period_in_hours: Patch::Set(f64::NAN),
            ..Default::default()
        };
        assert!(p.to_json().is_err());
    }

    #[test]
    fn bucket_fields_must_belong_to_the_provider() {
        let aws = BucketSpec::new(
            "aws",
            BucketFields {
                bucket_path: Some("s3://b".into()),
                iam_role_arn: Some("arn".into()),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(
            aws.to_json(),
            json!({"bucketProvider": "AWS", "bucketPath": "s3://b", "iamRoleArn": "arn"})
        );
        let Err(Error::InvalidArgument(m)) = BucketSpec::new(
            "AWS",
            BucketFields {
                container_name: Some("c".into()),
                ..Default::default()
            },
        ) else {
            panic!()
        };
        assert!(m.contains("container_name"), "{m}");
        assert!(BucketSpec::new("OCI", BucketFields::default()).is_err());
    }

    #[test]
    fn write_only_secrets_are_never_debug_printed() {
        // That they are required is the overlay's check (api/tests.rs).
        let gcp = BucketSpec::new(
            "GCP",
            BucketFields {
                access_key_id: Some("AK".into()),
                secret_access_key: Some(Secret::new("hunter2".into())),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(gcp.to_json()["secretAccessKey"], "hunter2");
        assert!(!format!("{gcp:?}").contains("hunter2"));
    }

    #[test]
    fn restore_body() {
        let id = Uuid::from_u128(1);
        let mut options = Map::new();
        options.insert("min_replica_memory_gb".into(), json!(16));
        options.insert("idleScaling".into(), json!(true));
        let r = RestoreRequest::new(&id, "restored", "AWS", "eu-west-1", options).unwrap();
        assert_eq!(
            r.to_json(),
            json!({"name": "restored", "provider": "aws", "region": "eu-west-1",
                   "backupId": id.to_string(), "minReplicaMemoryGb": 16, "idleScaling": true,
                   "ipAccessList": []})
        );
        // A list given is sent as given.
        let mut listed = Map::new();
        let list = json!([{"source": "10.0.0.0/8", "description": "office"}]);
        listed.insert("ip_access_list".into(), list.clone());
        let r = RestoreRequest::new(&id, "n", "aws", "r", listed).unwrap();
        assert_eq!(r.to_json()["ipAccessList"], list);
        let mut clash = Map::new();
        clash.insert("backup_id".into(), json!("x"));
        assert!(RestoreRequest::new(&id, "n", "aws", "r", clash).is_err());
        assert!(RestoreRequest::new(&id, " ", "aws", "r", Map::new()).is_err());
        assert_eq!(camel_case("ip_access_list"), "ipAccessList");
        assert_eq!(camel_case("_private"), "_private");
    }
}
