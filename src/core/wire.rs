//! The wire format: what every response and request body is made of, hand-written
//! because the spec says it only in prose. Timestamps (ISO-8601 with any offset), dates,
//! the `{status, requestId, result}` envelope, and a PATCH field's three states.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, SecondsFormat};
use serde::de::{self, Deserializer, IgnoredAny};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};
use serde_json::Value;

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

/// A calendar date, `YYYY-MM-DD` (the usage-cost report's `from_date`, a record's
/// `date`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

impl Date {
    pub fn parse(text: &str) -> Option<Date> {
        NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
            .ok()
            .map(Date)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Date::parse(&text).ok_or_else(|| {
            de::Error::invalid_value(de::Unexpected::Str(&text), &"a YYYY-MM-DD date")
        })
    }
}

/// A field of a PATCH: left out, sent as `null` ("reset to default"), or a value.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Patch<T> {
    #[default]
    Omit,
    Null,
    Set(T),
}

impl<T> Patch<T> {
    pub fn is_omitted(&self) -> bool {
        matches!(self, Patch::Omit)
    }
}

impl<T: Serialize> Serialize for Patch<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Patch::Set(value) => value.serialize(s),
            Patch::Omit | Patch::Null => s.serialize_none(),
        }
    }
}

/// Absent (with `#[serde(default)]`): `Omit`; `null`: `Null`; else the value.
impl<'de, T: Deserialize<'de>> Deserialize<'de> for Patch<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match Option::<T>::deserialize(d)? {
            Some(value) => Patch::Set(value),
            None => Patch::Null,
        })
    }
}

/// A value that is a string or an integer (a ClickHouse setting's value), nothing else.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum StrOrInt {
    Str(String),
    Int(i64),
}

impl<'de> Deserialize<'de> for StrOrInt {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl de::Visitor<'_> for Visitor {
            type Value = StrOrInt;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string or an integer")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<StrOrInt, E> {
                Ok(StrOrInt::Str(v.to_owned()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<StrOrInt, E> {
                Ok(StrOrInt::Int(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<StrOrInt, E> {
                i64::try_from(v)
                    .map(StrOrInt::Int)
                    .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &"a 64-bit integer"))
            }
        }
        d.deserialize_any(Visitor)
    }
}

/// A response object read field by field: each known field into its place, every other
/// one kept as sent (`unknown`). The generated response types implement it (models.rs)
/// and deserialize through [`deserialize_fields`]; serde's `flatten` would do the same
/// by buffering every object first, at a large cost in build time and code size.
pub trait Fields<'de>: Default {
    /// Reads `key`'s value from `map` into its field; false for a field it does not know
    /// (its value is still to be read).
    fn read_field<A: de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error>;
    fn unknown_fields(&mut self) -> &mut serde_json::Map<String, Value>;
}

/// An object's key, borrowed from the body where it can be.
struct Key<'de>(std::borrow::Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> de::Visitor<'de> for Visitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a field name")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(v)))
            }
        }
        d.deserialize_str(Visitor)
    }
}

/// Deserializes a [`Fields`] type from a JSON object (only an object: an array is
/// refused, as `Object` refuses one for serde's structs).
pub fn deserialize_fields<'de, D: Deserializer<'de>, T: Fields<'de>>(
    d: D,
    name: &'static str,
) -> Result<T, D::Error> {
    struct Visitor<T>(&'static str, std::marker::PhantomData<T>);
    impl<'de, T: Fields<'de>> de::Visitor<'de> for Visitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            write!(f, "a {} object", self.0)
        }
        fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
            let mut out = T::default();
            while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
                if !out.read_field(&key, &mut map)? {
                    let value: Value = map.next_value()?;
                    out.unknown_fields().insert(key.into_owned(), value);
                }
            }
            Ok(out)
        }
    }
    d.deserialize_map(Visitor(name, std::marker::PhantomData))
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

    #[test]
    fn str_or_int_takes_a_string_or_an_integer_only() {
        let read = |text: &str| serde_json::from_str::<StrOrInt>(text);
        assert_eq!(read("\"26.2\"").ok(), Some(StrOrInt::Str("26.2".into())));
        assert_eq!(read("-5").ok(), Some(StrOrInt::Int(-5)));
        for bad in ["1.5", "true", "null", "[1]", "{}", "18446744073709551615"] {
            assert!(read(bad).is_err(), "{bad}");
        }
        assert!(read("1.5")
            .err()
            .is_some_and(|e| e.to_string().starts_with("invalid type")));
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
    fn dates_are_iso() {
        assert_eq!(Date::parse("2024-02-29").unwrap().to_string(), "2024-02-29");
        for bad in ["2023-02-29", "2024-2-1x", "", "2024-01-01T00:00:00Z"] {
            assert!(Date::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn a_patch_field_has_three_states() {
        #[derive(Deserialize, Serialize, Default)]
        struct P {
            #[serde(default, skip_serializing_if = "Patch::is_omitted")]
            a: Patch<u32>,
        }
        let read = |t: &str| serde_json::from_str::<P>(t).unwrap().a;
        assert_eq!(read("{}"), Patch::Omit);
        assert_eq!(read(r#"{"a":null}"#), Patch::Null);
        assert_eq!(read(r#"{"a":3}"#), Patch::Set(3));
        let write = |a| serde_json::to_string(&P { a }).unwrap();
        assert_eq!(write(Patch::Omit), "{}");
        assert_eq!(write(Patch::Null), r#"{"a":null}"#);
        assert_eq!(write(Patch::Set(3)), r#"{"a":3}"#);
    }

    #[test]
    fn request_id_of_the_wrong_type_is_dropped() {
        let env = parse_envelope::<serde_json::Value>(br#"{"requestId":5,"result":{}}"#).unwrap();
        assert_eq!(env.request_id, None);
    }
}
