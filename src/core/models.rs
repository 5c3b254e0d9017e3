//! The API's data types and their wire format. Every field is optional (the spec marks
//! none as required), numbers may arrive as floats, timestamps may carry any offset,
//! and values this version does not know (a new status, a new bucket provider) are
//! kept verbatim rather than failing the parse.

use chrono::{DateTime, FixedOffset, NaiveDateTime, SecondsFormat};
use serde::de::{self, Deserializer, IgnoredAny};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use uuid::Uuid;

use super::numbers::{self, Whole};

/// A point in time with the offset the server wrote it in. Two timestamps are equal
/// only with the same instant *and* offset, so equal values serialize the same.
#[derive(Debug, Clone, Copy)]
pub struct Timestamp(pub DateTime<FixedOffset>);

impl PartialEq for Timestamp {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0 && self.0.offset() == other.0.offset()
    }
}

impl Eq for Timestamp {}

impl Timestamp {
    /// ISO-8601 / RFC 3339, with or without a colon in the offset, `T` or a space,
    /// any fraction; a timestamp without an offset is UTC (the API's time zone).
    pub fn parse(text: &str) -> Option<Timestamp> {
        Self::parse_any(text.trim()).and_then(Self::representable)
    }

    fn parse_any(text: &str) -> Option<DateTime<FixedOffset>> {
        if let Ok(dt) = DateTime::parse_from_rfc3339(text) {
            return Some(dt);
        }
        for fmt in ["%Y-%m-%dT%H:%M:%S%.f%z", "%Y-%m-%d %H:%M:%S%.f%z"] {
            if let Ok(dt) = DateTime::parse_from_str(text, fmt) {
                return Some(dt);
            }
        }
        for fmt in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f"] {
            if let Ok(naive) = NaiveDateTime::parse_from_str(text, fmt) {
                return Some(naive.and_utc().fixed_offset());
            }
        }
        None
    }

    /// Only what Python's `datetime` can hold: years 1 to 9999 (local and UTC), no
    /// leap second (`23:59:60` becomes `23:59:59.999999`), offsets in whole minutes.
    pub fn representable(dt: DateTime<FixedOffset>) -> Option<Timestamp> {
        use chrono::{Datelike, Timelike};
        let in_range = |year: i32| (1..=9999).contains(&year);
        if !in_range(dt.year()) || !in_range(dt.naive_utc().year()) {
            return None;
        }
        if dt.offset().local_minus_utc() % 60 != 0 {
            return None;
        }
        let dt = if dt.nanosecond() >= 1_000_000_000 {
            dt.with_nanosecond(999_999_999)?
        } else {
            dt
        };
        Some(Timestamp(dt))
    }

    /// RFC 3339 as the API writes it: `Z` for UTC, a fraction only when there is one.
    pub fn to_rfc3339(&self) -> String {
        self.0.to_rfc3339_opts(SecondsFormat::AutoSi, true)
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_rfc3339())
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Timestamp::parse(&text).ok_or_else(|| {
            de::Error::invalid_value(de::Unexpected::Str(&text), &"an ISO-8601 timestamp")
        })
    }
}

/// One backup of a service.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Backup {
    /// The `requestId` of the response this backup came in (for support tickets and
    /// logs); not a field of the backup, so not serialized or compared.
    #[serde(skip)]
    pub request_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Uuid>,
    /// `done`, `error`, `in_progress` or whatever new value the server sends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<Timestamp>,
    /// The spec types this as a plain JSON number: a fraction is rounded, a negative
    /// or huge value kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_in_bytes: Option<Whole>,
    #[serde(
        default,
        deserialize_with = "numbers::float",
        skip_serializing_if = "Option::is_none"
    )]
    pub duration_in_seconds: Option<f64>,
    /// `full`, `incremental` or a new value verbatim.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub backup_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bucket: Option<BackupBucket>,
}

/// Every field but `request_id`: the same backup fetched twice is equal.
impl PartialEq for Backup {
    fn eq(&self, other: &Self) -> bool {
        let Backup {
            request_id: _,
            id,
            status,
            service_id,
            started_at,
            finished_at,
            size_in_bytes,
            duration_in_seconds,
            backup_type,
            backup_name,
            bucket,
        } = self;
        *id == other.id
            && *status == other.status
            && *service_id == other.service_id
            && *started_at == other.started_at
            && *finished_at == other.finished_at
            && *size_in_bytes == other.size_in_bytes
            && *duration_in_seconds == other.duration_in_seconds
            && *backup_type == other.backup_type
            && *backup_name == other.backup_name
            && *bucket == other.bucket
    }
}

/// A service's backup schedule. The spec types the numbers as JSON numbers; they are
/// whole hours in practice and are written back as integers when integral.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BackupConfiguration {
    #[serde(
        default,
        deserialize_with = "numbers::float",
        serialize_with = "integral_when_whole",
        skip_serializing_if = "Option::is_none"
    )]
    pub backup_period_in_hours: Option<f64>,
    #[serde(
        default,
        deserialize_with = "numbers::float",
        serialize_with = "integral_when_whole",
        skip_serializing_if = "Option::is_none"
    )]
    pub backup_retention_period_in_hours: Option<f64>,
    /// `"HH:MM"` (UTC), or None when the schedule is a period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup_start_time: Option<String>,
}

/// Whether a float holds a whole number that an `i64` can carry exactly.
pub fn as_whole(v: f64) -> Option<i64> {
    (v.fract() == 0.0 && v.abs() < 9.0e15).then_some(v as i64)
}

fn integral_when_whole<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v.map(|x| (x, as_whole(x))) {
        Some((_, Some(whole))) => s.serialize_i64(whole),
        Some((x, None)) => s.serialize_f64(x),
        None => s.serialize_none(),
    }
}

/// A customer-owned bucket that backups are written to, by provider. The fields are
/// the ones the API returns; write-only secrets are never part of it.
#[derive(Debug, Clone, PartialEq)]
pub enum BackupBucket {
    Aws {
        id: Option<Uuid>,
        bucket_path: Option<String>,
        iam_role_arn: Option<String>,
        iam_role_session_name: Option<String>,
    },
    Gcp {
        id: Option<Uuid>,
        bucket_path: Option<String>,
        access_key_id: Option<String>,
    },
    Azure {
        id: Option<Uuid>,
        container_name: Option<String>,
    },
    /// A provider this version does not know (or none given): its fields are kept
    /// as the server sent them so `to_dict()` loses nothing.
    Other {
        provider: Option<String>,
        id: Option<Uuid>,
        fields: Map<String, Value>,
    },
}

pub const PROVIDER_AWS: &str = "AWS";
pub const PROVIDER_GCP: &str = "GCP";
pub const PROVIDER_AZURE: &str = "AZURE";

impl BackupBucket {
    pub fn provider(&self) -> Option<&str> {
        match self {
            BackupBucket::Aws { .. } => Some(PROVIDER_AWS),
            BackupBucket::Gcp { .. } => Some(PROVIDER_GCP),
            BackupBucket::Azure { .. } => Some(PROVIDER_AZURE),
            BackupBucket::Other { provider, .. } => provider.as_deref(),
        }
    }

    pub fn id(&self) -> Option<Uuid> {
        match self {
            BackupBucket::Aws { id, .. }
            | BackupBucket::Gcp { id, .. }
            | BackupBucket::Azure { id, .. }
            | BackupBucket::Other { id, .. } => *id,
        }
    }

    /// The API's camelCase shape, absent fields left out.
    pub fn to_json(&self) -> Map<String, Value> {
        let mut m = Map::new();
        let mut put = |k: &str, v: &Option<String>| {
            if let Some(v) = v {
                m.insert(k.to_owned(), Value::String(v.clone()));
            }
        };
        match self {
            BackupBucket::Aws {
                bucket_path,
                iam_role_arn,
                iam_role_session_name,
                ..
            } => {
                put("bucketPath", bucket_path);
                put("iamRoleArn", iam_role_arn);
                put("iamRoleSessionName", iam_role_session_name);
            }
            BackupBucket::Gcp {
                bucket_path,
                access_key_id,
                ..
            } => {
                put("bucketPath", bucket_path);
                put("accessKeyId", access_key_id);
            }
            BackupBucket::Azure { container_name, .. } => {
                put("containerName", container_name);
            }
            BackupBucket::Other { fields, .. } => {
                m.extend(fields.iter().map(|(k, v)| (k.clone(), v.clone())));
            }
        }
        if let Some(id) = self.id() {
            m.insert("id".into(), Value::String(id.hyphenated().to_string()));
        }
        if let Some(p) = self.provider() {
            m.insert("bucketProvider".into(), Value::String(p.to_owned()));
        }
        m
    }

    /// Builds a bucket from its JSON object, dispatching on `bucketProvider`.
    pub fn from_json(m: Map<String, Value>) -> Result<BackupBucket, String> {
        Self::from_fields(m.into_iter().collect())
    }

    /// Builds the bucket from its fields in any order. A short list, not a map: a long
    /// backup list has one bucket per backup, and a map's nodes cost more than the scan.
    fn from_fields(mut fields: Vec<(String, Value)>) -> Result<BackupBucket, String> {
        let id = match take(&mut fields, "id") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => {
                Some(Uuid::try_parse(&s).map_err(|_| format!("bucket.id: {s:?} is not a UUID"))?)
            }
            Some(other) => return Err(format!("bucket.id: expected a string, got {other}")),
        };
        let provider = take_string(&mut fields, "bucketProvider")?;
        let mut field = |name: &str| take_string(&mut fields, name);
        let bucket = match provider.as_deref() {
            Some(PROVIDER_AWS) => BackupBucket::Aws {
                id,
                bucket_path: field("bucketPath")?,
                iam_role_arn: field("iamRoleArn")?,
                iam_role_session_name: field("iamRoleSessionName")?,
            },
            Some(PROVIDER_GCP) => BackupBucket::Gcp {
                id,
                bucket_path: field("bucketPath")?,
                access_key_id: field("accessKeyId")?,
            },
            Some(PROVIDER_AZURE) => BackupBucket::Azure {
                id,
                container_name: field("containerName")?,
            },
            _ => BackupBucket::Other {
                provider,
                id,
                fields: fields.into_iter().collect(),
            },
        };
        Ok(bucket)
    }
}

/// Removes `key` (the last one given, as a JSON object keeps the last duplicate).
fn take(fields: &mut Vec<(String, Value)>, key: &str) -> Option<Value> {
    let mut found = None;
    fields.retain_mut(|(k, v)| {
        if k != key {
            return true;
        }
        found = Some(std::mem::take(v));
        false
    });
    found
}

fn take_string(fields: &mut Vec<(String, Value)>, key: &str) -> Result<Option<String>, String> {
    match take(fields, key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(other) => Err(format!("bucket.{key}: expected a string, got {other}")),
    }
}

impl Serialize for BackupBucket {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.to_json().serialize(s)
    }
}

impl<'de> Deserialize<'de> for BackupBucket {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> de::Visitor<'de> for Visitor {
            type Value = BackupBucket;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a bucket object")
            }
            fn visit_map<A: de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<BackupBucket, A::Error> {
                let mut fields = Vec::with_capacity(map.size_hint().unwrap_or(5));
                while let Some(entry) = map.next_entry::<String, Value>()? {
                    fields.push(entry);
                }
                BackupBucket::from_fields(fields).map_err(de::Error::custom)
            }
        }
        d.deserialize_map(Visitor)
    }
}

/// The `{status, requestId, result}` envelope every success response comes in.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Envelope<T> {
    #[serde(default, rename = "status")]
    _status: Option<IgnoredAny>,
    #[serde(default, deserialize_with = "lenient_string")]
    pub request_id: Option<String>,
    /// An object result is read as `Object<T>`, a list as `Vec<Object<T>>`.
    #[serde(default = "Option::default")]
    pub result: Option<T>,
}

/// A `T` that must arrive as a JSON object. serde's derived structs also accept an
/// array of their fields in order, which for us is never a valid response.
#[derive(Debug)]
pub struct Object<T>(pub T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> de::Visitor<'de> for Visitor<T> {
            type Value = Object<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map)).map(Object)
            }
        }
        d.deserialize_map(Visitor(std::marker::PhantomData))
    }
}

/// A request id is only ever shown to people: keep it when it is a string, drop it
/// otherwise rather than fail a response whose payload is fine.
fn lenient_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::String(s) => Some(s),
        _ => None,
    })
}

/// Parses a success body into its envelope, explaining where a bad body went wrong.
pub fn parse_envelope<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<Envelope<T>, String> {
    match serde_json::from_slice::<Object<Envelope<T>>>(body) {
        Ok(env) => Ok(env.0),
        Err(first) => {
            // Parse again, slowly, only to name the field that is wrong.
            let mut de = serde_json::Deserializer::from_slice(body);
            match serde_path_to_error::deserialize::<_, Object<Envelope<T>>>(&mut de) {
                Err(e) if !e.path().to_string().is_empty() && e.path().to_string() != "." => {
                    Err(format!("{}: {}", e.path(), e.inner()))
                }
                _ => Err(first.to_string()),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(body: &str) -> Result<Option<Backup>, String> {
        parse_envelope::<Object<Backup>>(body.as_bytes()).map(|e| e.result.map(|o| o.0))
    }

    #[test]
    fn full_backup() {
        let b = parse(
            r#"{"status":200,"requestId":"r1","result":{
            "id":"0b2e4e3a-8e21-4c4b-9f1f-2d3c4b5a6978","status":"done","serviceId":"svc",
            "startedAt":"2024-01-02T03:04:05Z","finishedAt":"2024-01-02T03:14:05.250+02:00",
            "sizeInBytes":1234.6,"durationInSeconds":600,"type":"full","backupName":"n",
            "bucket":{"bucketProvider":"AWS","bucketPath":"s3://b/p","iamRoleArn":"arn",
                      "iamRoleSessionName":"sess"},"someNewField":[1,2]}}"#,
        )
        .unwrap()
        .unwrap();
        assert_eq!(b.size_in_bytes, Some(Whole::Exact(1235)));
        assert_eq!(b.duration_in_seconds, Some(600.0));
        assert_eq!(b.finished_at.unwrap().0.offset().local_minus_utc(), 7200);
        assert!(matches!(b.bucket, Some(BackupBucket::Aws { .. })));
        // to_json and back is the identity
        let again: Backup = serde_json::from_value(serde_json::to_value(&b).unwrap()).unwrap();
        assert_eq!(again, b);
    }

    #[test]
    fn every_field_optional_and_null_is_none() {
        let b = parse(r#"{"result":{"id":null,"status":null,"bucket":null,"sizeInBytes":null}}"#)
            .unwrap()
            .unwrap();
        assert_eq!(b, Backup::default());
        assert_eq!(
            parse(r#"{"result":{}}"#).unwrap().unwrap(),
            Backup::default()
        );
    }

    #[test]
    fn unknown_values_are_kept() {
        let b = parse(
            r#"{"result":{"status":"queued","type":"differential",
            "bucket":{"bucketProvider":"OCI","region":"x","id":"0b2e4e3a-8e21-4c4b-9f1f-2d3c4b5a6978"}}}"#,
        )
        .unwrap()
        .unwrap();
        assert_eq!(b.status.as_deref(), Some("queued"));
        assert_eq!(b.backup_type.as_deref(), Some("differential"));
        let bucket = b.bucket.unwrap();
        assert_eq!(bucket.provider(), Some("OCI"));
        assert_eq!(bucket.to_json()["region"], "x");
        assert!(bucket.id().is_some());
    }

    #[test]
    fn timestamps_in_many_forms() {
        for (text, offset) in [
            ("2024-01-02T03:04:05Z", 0),
            ("2024-01-02T03:04:05.123456789-05:30", -19800),
            ("2024-01-02T03:04:05+0100", 3600),
            ("2024-01-02 03:04:05+01:00", 3600),
            ("2024-01-02T03:04:05", 0),
            ("2024-01-02T03:04:05.5", 0),
        ] {
            let t = Timestamp::parse(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(t.0.offset().local_minus_utc(), offset, "{text}");
        }
        for bad in [
            "",
            "yesterday",
            "2024-13-01T00:00:00Z",
            "2024-01-02",
            "0000-01-01T00:00:00Z",
            "0001-01-01T00:30:00+01:00",
            "9999-12-31T23:30:00-01:00",
            "+10000-01-01T00:00:00Z",
        ] {
            assert!(Timestamp::parse(bad).is_none(), "{bad}");
        }
        let leap = Timestamp::parse("2016-12-31T23:59:60Z").unwrap();
        assert_eq!(leap.to_rfc3339(), "2016-12-31T23:59:59.999999999Z");
        assert_eq!(
            Timestamp::parse("2024-01-02T03:04:05.250+00:00")
                .unwrap()
                .to_rfc3339(),
            "2024-01-02T03:04:05.250Z"
        );
    }

    #[test]
    fn wrong_shapes_are_errors_naming_the_field() {
        let e = parse(r#"{"result":{"sizeInBytes":"12"}}"#).unwrap_err();
        assert!(e.contains("result.sizeInBytes"), "{e}");
        let e = parse(r#"{"result":{"id":"nope"}}"#).unwrap_err();
        assert!(e.contains("result.id"), "{e}");
        let e = parse(r#"{"result":{"startedAt":"soon"}}"#).unwrap_err();
        assert!(e.contains("result.startedAt"), "{e}");
        for bad in [
            r#"{"result":{"sizeInBytes":{}}}"#,
            r#"{"result":{"durationInSeconds":"5"}}"#,
            r#"{"result":{"status":5}}"#,
            r#"{"result":{"bucket":"AWS"}}"#,
            r#"{"result":{"bucket":{"bucketProvider":"AWS","bucketPath":1}}}"#,
            r#"{"result":[]}"#,
            r#"{"result":["x"]}"#,
            r#"{"result":5}"#,
            r#"[]"#,
            r#"null"#,
            r#"{"result":{"#,
            "",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        // A missing result is not a parse error here: the caller decides.
        assert_eq!(parse(r#"{"status":200}"#).unwrap(), None);
    }

    #[test]
    fn request_id_of_the_wrong_type_is_dropped() {
        let env = parse_envelope::<Object<Backup>>(br#"{"requestId":5,"result":{}}"#).unwrap();
        assert_eq!(env.request_id, None);
    }
}
