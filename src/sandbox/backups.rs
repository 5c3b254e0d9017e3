//! Backups as the API serves them: seeded backups (some finishing later), the backup
//! schedule with the API's rules, and the customer's bucket with its write-only secret.
//! The rules that the client also checks (`HH:MM`, each provider's fields) come from
//! the core, so the two cannot drift apart.

use std::time::Instant;

use serde_json::{json, Map, Value};
use uuid::Uuid;

use super::store::Deadline;
use crate::core::requests::BUCKET_PROVIDERS;

const BACKUP_PERIODS: &[u64] = &[6, 8, 12, 16, 20, 24, 36, 48];
const DEFAULT_PERIOD: u64 = 24;
const DEFAULT_RETENTION: u64 = 24;
const MAX_RETENTION: u64 = 1080;

/// A seeded backup, and what it turns into once it finishes, if anything.
pub(super) struct StoredBackup {
    pub seeded: Value,
    pub finish: Option<(Deadline, Map<String, Value>)>,
}

impl StoredBackup {
    pub(super) fn view(&self, now: Instant) -> Value {
        let mut value = self.seeded.clone();
        if let (Some((at, fields)), Value::Object(map)) = (&self.finish, &mut value) {
            if at.passed(now) {
                for (k, v) in fields {
                    map.insert(k.clone(), v.clone());
                }
            }
        }
        value
    }

    pub(super) fn has_id(&self, now: Instant, wanted: &Uuid) -> bool {
        // The id as served: a passed finish may have replaced it.
        let finished_id = match &self.finish {
            Some((at, fields)) if at.passed(now) => fields.get("id"),
            _ => None,
        };
        finished_id
            .or_else(|| self.seeded.get("id"))
            .and_then(Value::as_str)
            .and_then(|id| Uuid::try_parse(id).ok())
            .is_some_and(|id| id == *wanted)
    }

    /// Whether this backup is served the same from now on.
    pub(super) fn settled(&self, now: Instant) -> bool {
        self.finish.as_ref().is_none_or(|(at, _)| at.passed(now))
    }
}

/// A service's backup schedule.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct BackupConfiguration {
    period: u64,
    retention: u64,
    start: Option<String>,
}

impl Default for BackupConfiguration {
    fn default() -> Self {
        BackupConfiguration {
            period: DEFAULT_PERIOD,
            retention: DEFAULT_RETENTION,
            start: None,
        }
    }
}

impl BackupConfiguration {
    pub(super) fn to_json(&self) -> Value {
        json!({
            "backupPeriodInHours": self.period,
            "backupRetentionPeriodInHours": self.retention,
            "backupStartTime": self.start,
        })
    }

    /// This configuration with a PATCH body applied (`null` resets a field). A start
    /// time makes the period 24 h; a new period other than 24 h drops the start time.
    pub(super) fn patched(&self, body: &Map<String, Value>) -> Result<BackupConfiguration, String> {
        let mut next = self.clone();
        for (key, value) in body {
            match key.as_str() {
                "backupPeriodInHours" => {
                    next.period = match value {
                        Value::Null => DEFAULT_PERIOD,
                        v => whole(v).filter(|p| BACKUP_PERIODS.contains(p)).ok_or(
                            "BAD_REQUEST: backupPeriodInHours must be one of \
                             6, 8, 12, 16, 20, 24, 36, 48",
                        )?,
                    };
                }
                "backupRetentionPeriodInHours" => {
                    next.retention = match value {
                        Value::Null => DEFAULT_RETENTION,
                        v => whole(v)
                            .filter(|r| r % 24 == 0 && (24..=MAX_RETENTION).contains(r))
                            .ok_or(
                                "BAD_REQUEST: backupRetentionPeriodInHours must be a whole \
                                 number of days between 24 and 1080 hours",
                            )?,
                    };
                }
                "backupStartTime" => {
                    next.start = match value {
                        Value::Null => None,
                        Value::String(s) if is_hh_mm(s) => Some(s.clone()),
                        _ => {
                            return Err(
                                "BAD_REQUEST: backupStartTime must be \"HH:MM\" (UTC)".into()
                            )
                        }
                    };
                }
                other => return Err(format!("BAD_REQUEST: Unknown field {other:?}")),
            }
        }
        if next.start.is_some() && body.get("backupStartTime").is_some_and(|v| !v.is_null()) {
            next.period = DEFAULT_PERIOD;
        } else if next.period != DEFAULT_PERIOD {
            next.start = None;
        }
        Ok(next)
    }
}

/// A JSON number holding a whole non-negative value (`24` or `24.0`).
pub(super) fn whole(value: &Value) -> Option<u64> {
    if let Some(n) = value.as_u64() {
        return Some(n);
    }
    let f = value.as_f64()?;
    (f.fract() == 0.0 && (0.0..=9.0e15).contains(&f)).then_some(f as u64)
}

/// A customer's backup bucket; the secret is stored but never served.
#[derive(Debug, Clone)]
pub(super) struct Bucket {
    pub id: Uuid,
    pub provider: &'static str,
    pub fields: Map<String, Value>,
    pub secret: Option<String>,
}

impl Bucket {
    pub(super) fn view(&self) -> Value {
        let mut map = self.fields.clone();
        map.insert("id".into(), Value::String(self.id.to_string()));
        map.insert("bucketProvider".into(), Value::String(self.provider.into()));
        Value::Object(map)
    }
}

/// A checked POST/PATCH/seed backupBucket body.
pub(super) struct BucketInput {
    pub provider: &'static str,
    /// Public fields given; `Null` = clear.
    pub fields: Map<String, Value>,
    /// The secret: absent, `Some(None)` = null, or a value.
    pub secret: Option<Option<String>>,
    pub id: Option<Uuid>,
}

/// Checks a bucket body; `current` is the provider to assume when none is given.
pub(super) fn bucket_input(
    body: &Value,
    current: Option<&'static str>,
    allow_id: bool,
) -> Result<BucketInput, String> {
    let Value::Object(map) = body else {
        return Err("BAD_REQUEST: The request body must be a JSON object".into());
    };
    let provider = match (map.get("bucketProvider"), current) {
        (None, Some(current)) => current,
        (None, None) => return Err("BAD_REQUEST: bucketProvider is required".into()),
        (Some(given), _) => BUCKET_PROVIDERS
            .iter()
            .map(|p| p.name)
            .find(|name| given.as_str() == Some(name))
            .ok_or("BAD_REQUEST: bucketProvider must be AWS, GCP or AZURE")?,
    };
    if current.is_some_and(|c| c != provider) {
        return Err("BAD_REQUEST: bucketProvider cannot be changed".into());
    }
    let (public, secret_key): (&[&str], Option<&str>) = BUCKET_PROVIDERS
        .iter()
        .find(|p| p.name == provider)
        .map(|p| (p.fields, p.secret))
        .unwrap_or((&[], None));
    let mut input = BucketInput {
        provider,
        fields: Map::new(),
        secret: None,
        id: None,
    };
    for (key, value) in map {
        if key == "bucketProvider" {
            continue;
        }
        if allow_id && key == "id" {
            if value.is_null() {
                continue;
            }
            input.id = Some(
                value
                    .as_str()
                    .and_then(|s| Uuid::try_parse(s).ok())
                    .ok_or("BAD_REQUEST: Invalid backup bucket id")?,
            );
            continue;
        }
        let is_public = public.contains(&key.as_str());
        if !is_public && secret_key != Some(key.as_str()) {
            return Err(format!(
                "BAD_REQUEST: {key:?} is not a field of a {provider} backup bucket"
            ));
        }
        let text = match value {
            Value::Null => None,
            Value::String(s) => Some(s.clone()),
            _ => return Err(format!("BAD_REQUEST: {key} must be a string")),
        };
        if is_public {
            input
                .fields
                .insert(key.clone(), text.map_or(Value::Null, Value::String));
        } else {
            input.secret = Some(text);
        }
    }
    Ok(input)
}

/// The secret `input` must carry (GCP and AZURE, on every POST and PATCH).
pub(super) fn required_secret(input: &BucketInput) -> Result<Option<String>, String> {
    let key = BUCKET_PROVIDERS
        .iter()
        .find(|p| p.name == input.provider)
        .and_then(|p| p.secret);
    match (key, &input.secret) {
        (None, _) => Ok(None),
        (Some(_), Some(Some(secret))) => Ok(Some(secret.clone())),
        (Some(key), _) => Err(format!(
            "BAD_REQUEST: {key} is required for a {} backup bucket",
            input.provider
        )),
    }
}

/// When a backup started, for the newest-first order of lists.
pub(super) fn started(backup: &Value) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    let text = backup.get("startedAt")?.as_str()?;
    crate::core::wire::Timestamp::parse(text).map(|t| t.0)
}

/// `"HH:MM"`, a time of day (the backup schedule's start, UTC).
fn is_hh_mm(text: &str) -> bool {
    let bytes = text.as_bytes();
    let digit = |i: usize| {
        bytes
            .get(i)
            .filter(|b| b.is_ascii_digit())
            .map(|b| b - b'0')
    };
    match (
        bytes.len(),
        digit(0),
        digit(1),
        bytes.get(2),
        digit(3),
        digit(4),
    ) {
        (5, Some(h1), Some(h2), Some(b':'), Some(m1), Some(m2)) => {
            h1 * 10 + h2 < 24 && m1 < 6 && m2 <= 9
        }
        _ => false,
    }
}
