//! JSON numbers as the spec types them: `number` or `integer`, with no bounds. Any
//! number a body can carry parses, negative, fractional or huge; only a value of
//! another JSON type (a string, an object) is an error, which names the field.

use std::fmt;

use serde::de::{self, Deserializer};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};

/// A number the API means as a whole count (bytes, a port): integers as they come,
/// fractions rounded (half away from zero), negatives kept.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Whole {
    /// Every integer a JSON parser gives exactly, and rounded floats up to ±2^127.
    Exact(i128),
    /// A rounded float beyond that: still a whole number, kept as the float it was.
    Huge(f64),
}

/// Floats from 2^127 up cannot be an `i128`.
const I128_LIMIT: f64 = 170_141_183_460_469_231_731_687_303_715_884_105_728.0;

impl Whole {
    pub fn from_f64(value: f64) -> Option<Whole> {
        if !value.is_finite() {
            return None;
        }
        let rounded = value.round() + 0.0; // -0.0 becomes 0.0
        Some(if rounded.abs() < I128_LIMIT {
            Whole::Exact(rounded as i128)
        } else {
            Whole::Huge(rounded)
        })
    }

    /// The value as an `i64` when it is one (most counts are).
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Whole::Exact(n) => i64::try_from(*n).ok(),
            Whole::Huge(_) => None,
        }
    }
}

impl fmt::Display for Whole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Whole::Exact(n) => write!(f, "{n}"),
            Whole::Huge(x) => write!(f, "{x:.0}"),
        }
    }
}

impl From<i64> for Whole {
    fn from(n: i64) -> Whole {
        Whole::Exact(n.into())
    }
}

impl Serialize for Whole {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match *self {
            Whole::Exact(n) => {
                if let Ok(n) = i64::try_from(n) {
                    s.serialize_i64(n)
                } else if let Ok(n) = u64::try_from(n) {
                    s.serialize_u64(n)
                } else {
                    // Beyond 64 bits it arrived as a float; JSON readers take it so.
                    s.serialize_f64(n as f64)
                }
            }
            Whole::Huge(x) => s.serialize_f64(x),
        }
    }
}

impl<'de> Deserialize<'de> for Whole {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl de::Visitor<'_> for Visitor {
            type Value = Whole;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Whole, E> {
                Ok(Whole::Exact(v.into()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Whole, E> {
                Ok(Whole::Exact(v.into()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Whole, E> {
                Whole::from_f64(v).ok_or_else(|| E::invalid_value(de::Unexpected::Float(v), &self))
            }
        }
        d.deserialize_any(Visitor)
    }
}

/// `deserialize_with` for an optional `number` kept as a float: any finite value (JSON
/// has no other), `-0.0` made `0.0` so that equal values hash the same.
pub fn float<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    match Option::<f64>::deserialize(d)? {
        Some(v) if v.is_finite() => Ok(Some(v + 0.0)),
        Some(v) => Err(de::Error::invalid_value(
            de::Unexpected::Float(v),
            &"a finite number",
        )),
        None => Ok(None),
    }
}

/// A float field read by [`float`], for the response types' field-by-field readers.
pub struct Float(pub Option<f64>);

impl<'de> Deserialize<'de> for Float {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        float(d).map(Float)
    }
}

/// `serialize_with` for a number the API means as a count when it is one: written back
/// as an integer when whole (`168`, not `168.0`), else as the float.
pub fn integral_when_whole<S: Serializer>(value: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match value.map(|x| (x, as_whole(x))) {
        Some((_, Some(whole))) => s.serialize_i64(whole),
        Some((x, None)) => s.serialize_f64(x),
        None => s.serialize_none(),
    }
}

/// Whether a float holds a whole number that an `i64` carries exactly.
pub fn as_whole(v: f64) -> Option<i64> {
    (v.fract() == 0.0 && v.abs() < 9.0e15).then_some(v as i64)
}

/// A union's variant from the fields already read: an error names the field inside it
/// (`bucketPath: invalid type...`), as the path of the outer parse ends at the union.
pub fn from_fields<T: serde::de::DeserializeOwned, E: de::Error>(
    fields: serde_json::Map<String, serde_json::Value>,
) -> Result<T, E> {
    let value = serde_json::Value::Object(fields);
    serde_path_to_error::deserialize::<_, T>(value).map_err(|e| {
        let path = e.path().to_string();
        if path.is_empty() || path == "." {
            E::custom(e.into_inner())
        } else {
            E::custom(format!("{path}: {}", e.into_inner()))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Whole, String> {
        serde_json::from_str::<Whole>(text).map_err(|e| e.to_string())
    }

    #[test]
    fn any_json_number_is_a_whole_number() {
        assert_eq!(parse("5").unwrap(), Whole::Exact(5));
        assert_eq!(parse("-5").unwrap(), Whole::Exact(-5));
        assert_eq!(parse("1234.5").unwrap(), Whole::Exact(1235));
        assert_eq!(parse("-1234.5").unwrap(), Whole::Exact(-1235));
        assert_eq!(parse("-0.4").unwrap(), Whole::Exact(0));
        assert_eq!(
            parse("18446744073709551615").unwrap(),
            Whole::Exact(u64::MAX.into())
        );
        assert_eq!(
            parse("1e20").unwrap(),
            Whole::Exact(100_000_000_000_000_000_000)
        );
        assert_eq!(parse("1e300").unwrap(), Whole::Huge(1e300));
        assert_eq!(parse("-1.5e300").unwrap(), Whole::Huge(-1.5e300));
        for bad in ["\"12\"", "true", "{}", "[]"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn whole_numbers_serialize_as_json_numbers() {
        for (value, text) in [
            (Whole::Exact(-3), "-3"),
            (Whole::Exact(u64::MAX.into()), "18446744073709551615"),
            (Whole::Exact(1 << 70), "1.1805916207174113e+21"),
            (Whole::Huge(1e300), "1e+300"),
        ] {
            assert_eq!(serde_json::to_string(&value).unwrap(), text);
            assert_eq!(parse(text).unwrap(), value);
        }
        assert_eq!(Whole::Huge(1e20).to_string(), "100000000000000000000");
    }
}
