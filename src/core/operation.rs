//! An API operation as data. The generated table (`api::operations::OPERATIONS`) holds
//! one per operation of the spec; the one executor (`Client::call`) runs any of them,
//! so retries, rate limiting, the connection cap and error mapping live in one place.

use reqwest::Method;
use serde_json::Value;

use super::error::Error;

pub struct Operation {
    /// The spec's operationId (`backupGet`).
    pub id: &'static str,
    /// Where the operation is in the Python API (`backups.get`).
    pub python_name: &'static str,
    pub tag: &'static str,
    pub method: Method,
    /// The path template, `{name}` for each path parameter.
    pub path: &'static str,
    /// Path parameters in URL order, then query parameters.
    pub params: &'static [Param],
    /// Takes a JSON body (checked by `api::operations::check_body`).
    pub body: bool,
    /// The body's fields the spec requires: the sandbox refuses a body without them
    /// (the client leaves that to the server, whose rules may be looser).
    pub body_required: &'static [&'static str],
    pub answer: Answer,
    /// The request's `Accept`: the media type the spec declares for the success answer.
    pub accept: &'static str,
    /// What the result is: one object, a list, or nothing (text, an empty success).
    /// The sandbox serves by it.
    pub shape: Shape,
    /// How a list comes in pages (`paging.rs` reads the next page's token).
    pub paging: Paging,
    /// The API-key permission ids the spec names for the operation, in its order.
    pub permissions: &'static [&'static str],
    /// The spec marks the operation deprecated.
    pub deprecated: bool,
    /// Safe to send again after the server may have acted on it: only reads are.
    pub idempotent: bool,
    pub summary: &'static str,
}

pub struct Param {
    /// The name in the spec (`serviceId`, `from_date`).
    pub name: &'static str,
    /// The Python argument's name (`service_id`).
    pub py_name: &'static str,
    pub location: Location,
    pub kind: ParamKind,
    pub required: bool,
    /// A query parameter given once per value (`filter=a&filter=b`).
    pub repeated: bool,
    /// The spec's pattern for the value, or "".
    pub pattern: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    Path,
    Query,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    Uuid,
    Text,
    Date,
    DateTime,
    Integer,
    Boolean,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// `{status, requestId, result}` with a result.
    Json,
    /// A JSON success without a result (a DELETE).
    Empty,
    /// Text (Prometheus metrics, a PEM file).
    Text,
    /// JSON that is the result itself, without the envelope (Prometheus discovery).
    Bare,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Object,
    List,
    None,
}

/// How a paged list is read on: every paged result is a list, one page per call. The
/// limits are the spec's page size by default and at most (the sandbox pages by them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paging {
    /// The whole list in one answer.
    None,
    /// `cursor` in; the envelope's `nextCursor` (absent on the last page) out.
    Cursor { default_limit: u64, max_limit: u64 },
    /// `limit` and `offset` in; a page shorter than the limit is the last.
    Offset { default_limit: u64, max_limit: u64 },
}

/// The arguments of one call, already text: path values in URL order (organization
/// first where the path has one), query pairs, and the JSON body.
#[derive(Debug, Default, Clone)]
pub struct Arguments {
    pub path: Vec<String>,
    pub query: Vec<(&'static str, String)>,
    pub body: Option<Value>,
}

impl Param {
    /// The spec's pattern for this parameter, where it has one.
    pub fn check_pattern(&self, value: &str) -> Result<(), Error> {
        if self.pattern.is_empty() {
            return Ok(());
        }
        let matches = regex_lite::Regex::new(self.pattern)
            .map(|re| re.is_match(value))
            // A pattern this engine cannot read is not the caller's fault.
            .unwrap_or(true);
        if matches {
            Ok(())
        } else {
            Err(Error::InvalidArgument(format!(
                "{} must match {}, not {value:?}",
                self.py_name, self.pattern
            )))
        }
    }
}

impl Operation {
    pub fn path_params(&self) -> impl Iterator<Item = &Param> {
        self.params.iter().filter(|p| p.location == Location::Path)
    }

    pub fn query_params(&self) -> impl Iterator<Item = &Param> {
        self.params.iter().filter(|p| p.location == Location::Query)
    }

    /// The request path for `values` (one per path parameter, in order), each value
    /// percent-encoded as one segment, so no value can reach another path.
    pub fn build_path(&self, values: &[String]) -> Result<String, Error> {
        let names: Vec<&Param> = self.path_params().collect();
        if names.len() != values.len() {
            return Err(Error::InvalidArgument(format!(
                "{} takes {} path values, not {}",
                self.python_name,
                names.len(),
                values.len()
            )));
        }
        let mut path = self.path.to_owned();
        for (param, value) in names.iter().zip(values) {
            if value.is_empty() {
                return Err(Error::InvalidArgument(format!(
                    "{} must not be empty",
                    param.py_name
                )));
            }
            param.check_pattern(value)?;
            path = path.replace(&format!("{{{}}}", param.name), &encode_segment(value));
        }
        Ok(path)
    }
}

/// A request body read as `T` (the generated request type, which refuses unknown
/// fields and wrong types) and written back in the API's shape.
pub fn checked<T: serde::de::DeserializeOwned + serde::Serialize>(
    body: Value,
) -> Result<Value, Error> {
    let value: T = serde_path_to_error::deserialize(body).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner().to_string();
        let message = if path.is_empty() || path == "." {
            inner.clone()
        } else {
            format!("{path}: {inner}")
        };
        if inner.starts_with("invalid type") {
            Error::InvalidType(message)
        } else {
            Error::InvalidArgument(message)
        }
    })?;
    serde_json::to_value(&value).map_err(|e| Error::InvalidArgument(e.to_string()))
}

/// A path segment: everything but RFC 3986's unreserved characters percent-encoded,
/// and `.` / `..` encoded too, so that a value never becomes a dot-segment.
pub fn encode_segment(value: &str) -> String {
    if value == "." || value == ".." {
        return value.replace('.', "%2E");
    }
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_cannot_escape_their_place() {
        assert_eq!(encode_segment("abc-1.2_~"), "abc-1.2_~");
        assert_eq!(encode_segment("../keys"), "..%2Fkeys");
        assert_eq!(encode_segment(".."), "%2E%2E");
        assert_eq!(encode_segment("."), "%2E");
        assert_eq!(encode_segment("a/b?x=1#f"), "a%2Fb%3Fx%3D1%23f");
        assert_eq!(encode_segment("é"), "%C3%A9");
    }
}
