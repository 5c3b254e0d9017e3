//! The one error type of the core. The binding layer maps each variant to the
//! Python exception class of the contract (`py/errors.rs`).

use std::fmt;
use std::time::Duration;

use super::redact::redacted_body;

/// Everything a core call can fail with.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// A bad argument from the caller (maps to `ValueError`). Nothing was sent.
    InvalidArgument(String),
    /// An argument of the wrong type (maps to `TypeError`). Nothing was sent.
    InvalidType(String),
    /// The API answered with a non-success status.
    Status(StatusError),
    /// No usable answer: refused, reset, DNS, TLS, a body cut short.
    Connection(String),
    /// An attempt took longer than the configured timeout.
    Timeout(String),
    /// A success status whose body is not the documented shape.
    InvalidResponse(InvalidResponse),
    /// The client was closed before the call.
    Closed,
    /// A waited-for backup ended in `error`.
    /// The backup as last fetched, and that response's request id.
    BackupFailed(Box<(crate::core::api::models::Backup, Option<String>)>),
    /// A waited-for service reached a state it cannot leave on its own.
    ServiceFailed(Box<crate::core::api::models::Service>),
    /// A waited-for ClickPipe reached `Failed` or `InternalError`.
    ClickPipeFailed(Box<crate::core::api::models::ClickPipe>),
    /// A waiter ran out of time.
    WaitTimeout(String),
}

impl Error {
    /// The error of an operation that needs `permissions`: a status error keeps them.
    pub fn needing(self, permissions: &'static &'static [&'static str]) -> Error {
        match self {
            Error::Status(mut e) => {
                e.permissions = permissions;
                Error::Status(e)
            }
            other => other,
        }
    }

    /// Worth trying again later: rate limiting, server trouble, no connection.
    pub fn is_transient(&self) -> bool {
        match self {
            Error::Status(e) => e.status_code == 429 || (500..=599).contains(&e.status_code),
            Error::Connection(_) | Error::Timeout(_) => true,
            _ => false,
        }
    }
}

/// An error status from the API, with everything the body told us.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusError {
    pub status_code: u16,
    /// The body's `error` text, or the raw body when there is none.
    pub message: String,
    /// `BAD_REQUEST` out of `"BAD_REQUEST: Invalid id"`.
    pub code: Option<String>,
    pub request_id: Option<String>,
    /// The raw body, as text (lossy UTF-8).
    pub body: Box<str>,
    /// From `X-RateLimit-Reset` or `Retry-After`, when the server sent one.
    pub retry_after: Option<Duration>,
    /// The API-key permissions the called operation needs, from the spec (a 403
    /// names them). Behind a reference, to keep `Error` small.
    pub permissions: &'static &'static [&'static str],
}

#[derive(Debug, Clone, PartialEq)]
pub struct InvalidResponse {
    pub message: String,
    pub status_code: u16,
    pub request_id: Option<String>,
    pub body: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidArgument(m)
            | Error::InvalidType(m)
            | Error::Connection(m)
            | Error::Timeout(m) => f.write_str(m),
            Error::Closed => f.write_str("the client is closed"),
            Error::WaitTimeout(m) => f.write_str(m),
            Error::BackupFailed(failed) => write!(
                f,
                "backup {} failed (status {:?})",
                failed
                    .0
                    .id
                    .map(|u| u.to_string())
                    .unwrap_or_else(|| "?".into()),
                failed.0.status.as_deref().unwrap_or("?")
            ),
            Error::ServiceFailed(s) => write!(
                f,
                "service {} is {}",
                s.id.map(|u| u.to_string()).unwrap_or_else(|| "?".into()),
                s.state.as_deref().unwrap_or("?")
            ),
            Error::ClickPipeFailed(p) => write!(
                f,
                "ClickPipe {} is {}",
                p.id.map(|u| u.to_string()).unwrap_or_else(|| "?".into()),
                p.state.as_deref().unwrap_or("?")
            ),
            Error::Status(e) => {
                write!(f, "{} {}", e.status_code, e.message)?;
                if let Some(id) = &e.request_id {
                    write!(f, " (request id {id})")?;
                }
                Ok(())
            }
            Error::InvalidResponse(e) => {
                write!(f, "{}", e.message)?;
                if let Some(id) = &e.request_id {
                    write!(f, " (request id {id})")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for Error {}

/// Splits `"FORBIDDEN: Cannot use ..."` into `(Some("FORBIDDEN"), whole text)`.
/// A text that is only a code (`"TOO_MANY_REQUESTS"`) is its own code.
pub fn error_code(text: &str) -> Option<String> {
    let head = match text.split_once(':') {
        Some((head, _)) => head,
        None => text,
    };
    let head = head.trim();
    let looks_like_code = !head.is_empty()
        && head.len() <= 64
        && head
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
        && head.bytes().next().is_some_and(|b| b.is_ascii_uppercase());
    looks_like_code.then(|| head.to_owned())
}

/// What an error of no operation needs.
pub static NO_PERMISSIONS: &[&str] = &[];

impl StatusError {
    /// Builds the error from a response: the API's error body is
    /// `{"status": 400, "error": "BAD_REQUEST: ...", "requestId": "..."}`, but a proxy
    /// in front of it may answer with HTML or nothing at all.
    pub fn from_response(status_code: u16, body: &[u8], retry_after: Option<Duration>) -> Self {
        #[derive(serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        struct ErrorBody {
            error: Option<serde_json::Value>,
            request_id: Option<serde_json::Value>,
        }
        let text = redacted_body(body);
        let parsed: Option<ErrorBody> = serde_json::from_slice(body).ok();
        let (message, request_id) = match parsed {
            Some(b) => (
                b.error.and_then(|v| match v {
                    serde_json::Value::String(s) => Some(s),
                    serde_json::Value::Null => None,
                    other => Some(other.to_string()),
                }),
                b.request_id.and_then(|v| v.as_str().map(str::to_owned)),
            ),
            None => (None, None),
        };
        let message = message.unwrap_or_else(|| {
            let trimmed = text.trim();
            if trimmed.is_empty() {
                default_reason(status_code).to_owned()
            } else {
                trimmed.to_owned()
            }
        });
        StatusError {
            status_code,
            code: error_code(&message),
            message,
            request_id,
            body: text.into(),
            retry_after,
            permissions: &NO_PERMISSIONS,
        }
    }
}

fn default_reason(status: u16) -> &'static str {
    http_reason(status).unwrap_or("error status without a body")
}

fn http_reason(status: u16) -> Option<&'static str> {
    reqwest::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_is_taken_from_the_prefix() {
        assert_eq!(
            error_code("BAD_REQUEST: Invalid id").as_deref(),
            Some("BAD_REQUEST")
        );
        assert_eq!(
            error_code("TOO_MANY_REQUESTS").as_deref(),
            Some("TOO_MANY_REQUESTS")
        );
        assert_eq!(error_code("Something went wrong: x"), None);
        assert_eq!(error_code("<html>"), None);
        assert_eq!(error_code(""), None);
    }

    #[test]
    fn api_error_body_is_parsed() {
        let e = StatusError::from_response(
            403,
            br#"{"status":403,"error":"FORBIDDEN: nope","requestId":"abc"}"#,
            None,
        );
        assert_eq!(e.code.as_deref(), Some("FORBIDDEN"));
        assert_eq!(e.message, "FORBIDDEN: nope");
        assert_eq!(e.request_id.as_deref(), Some("abc"));
    }

    #[test]
    fn rate_limit_body_has_no_request_id() {
        let e = StatusError::from_response(429, br#"{"error":"TOO_MANY_REQUESTS"}"#, None);
        assert_eq!(e.code.as_deref(), Some("TOO_MANY_REQUESTS"));
        assert_eq!(e.request_id, None);
    }

    #[test]
    fn html_body_is_kept_raw() {
        let e = StatusError::from_response(502, b"<html><body>Bad Gateway</body></html>\n", None);
        assert_eq!(e.message, "<html><body>Bad Gateway</body></html>");
        assert_eq!(e.code, None);
        assert!(e.body.ends_with('\n'));
    }

    #[test]
    fn empty_body_gets_the_reason_phrase() {
        let e = StatusError::from_response(503, b"", None);
        assert_eq!(e.message, "Service Unavailable");
    }

    #[test]
    fn non_utf8_body_does_not_fail() {
        let e = StatusError::from_response(500, &[0xff, 0xfe, b'x'], None);
        assert!(e.message.contains('x'));
    }
}
