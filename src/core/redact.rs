//! Keeping secrets out of errors. Errors are logged, shown in notebooks, pickled to
//! other processes and put in Airflow task logs, so what they keep of a response must
//! not carry a secret:
//!
//! - [`redacted_body`]: the values of the API's secret fields (a new service's
//!   password, bucket keys) in a JSON body;
//! - [`Redactor`]: the secrets the client itself knows (its key secret, the Basic
//!   credential made from it, a bucket secret it just sent) wherever a server echoes
//!   them: an error page quoting the request's headers, a message quoting a value.

use base64::Engine;

use super::error::Error;

/// What a redacted secret is replaced with.
pub const MASK: &str = "***";

/// Response fields that hold secrets: a one-time service password, bucket keys.
const SECRET_FIELDS: &[&str] = &["password", "secretAccessKey", "connectionString"];

/// Shorter secrets are not searched for: replacing every "ab" would garble the text,
/// and no real key or secret is that short.
const MIN_SECRET_LEN: usize = 6;

/// A response body as text for an error, with the values of secret fields replaced by
/// `***`.
pub fn redacted_body(body: &[u8]) -> String {
    fn scrub(value: &mut serde_json::Value) -> bool {
        let mut changed = false;
        match value {
            serde_json::Value::Object(map) => {
                for (key, v) in map.iter_mut() {
                    if SECRET_FIELDS.contains(&key.as_str()) && !v.is_null() {
                        *v = serde_json::Value::String(MASK.into());
                        changed = true;
                    } else {
                        changed |= scrub(v);
                    }
                }
            }
            serde_json::Value::Array(items) => {
                for v in items {
                    changed |= scrub(v);
                }
            }
            _ => {}
        }
        changed
    }
    if let Ok(mut value) = serde_json::from_slice::<serde_json::Value>(body) {
        if scrub(&mut value) {
            return value.to_string();
        }
    }
    String::from_utf8_lossy(body).into_owned()
}

/// The secrets one client knows, in every form a server could echo them in.
#[derive(Clone, Default)]
pub struct Redactor {
    /// Longest first, so a form that contains another is masked whole.
    needles: Vec<String>,
}

impl Redactor {
    /// The key secret and the Basic credential `base64(key_id:key_secret)`.
    pub fn for_key(key_id: &str, key_secret: &str) -> Redactor {
        let mut redactor = Redactor::default();
        redactor.add_secret(key_secret);
        let credential = format!("{key_id}:{key_secret}");
        use base64::engine::general_purpose::{
            STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD,
        };
        for engine in [STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD] {
            redactor.add(engine.encode(&credential));
        }
        redactor
    }

    /// This redactor and one more secret (a bucket secret a request carries).
    pub fn with_secret(&self, secret: &str) -> Redactor {
        let mut redactor = self.clone();
        redactor.add_secret(secret);
        redactor
    }

    /// A secret as it is, percent-encoded, and escaped inside a JSON string.
    fn add_secret(&mut self, secret: &str) {
        self.add(secret.to_owned());
        self.add(url::form_urlencoded::byte_serialize(secret.as_bytes()).collect());
        let quoted = serde_json::Value::String(secret.to_owned()).to_string();
        if let Some(inner) = quoted.get(1..quoted.len().saturating_sub(1)) {
            self.add(inner.to_owned());
        }
    }

    fn add(&mut self, needle: String) {
        if needle.len() >= MIN_SECRET_LEN && !self.needles.contains(&needle) {
            self.needles.push(needle);
            self.needles.sort_by_key(|n| std::cmp::Reverse(n.len()));
        }
    }

    /// `text` with every known secret masked.
    pub fn text(&self, text: &str) -> String {
        let mut out = text.to_owned();
        for needle in &self.needles {
            if out.contains(needle.as_str()) {
                out = out.replace(needle.as_str(), MASK);
            }
        }
        out
    }

    fn in_place(&self, text: &mut String) {
        if self.needles.iter().any(|n| text.contains(n.as_str())) {
            *text = self.text(text);
        }
    }

    fn in_place_opt(&self, text: &mut Option<String>) {
        if let Some(text) = text {
            self.in_place(text);
        }
    }

    /// The error with every known secret masked in everything it says.
    pub fn error(&self, mut error: Error) -> Error {
        match &mut error {
            Error::Status(e) => {
                self.in_place(&mut e.message);
                let mut body = std::mem::take(&mut e.body).into_string();
                self.in_place(&mut body);
                e.body = body.into();
                self.in_place_opt(&mut e.request_id);
                if e.code.as_deref().is_some_and(|c| self.text(c) != c) {
                    e.code = None;
                }
            }
            Error::InvalidResponse(e) => {
                self.in_place(&mut e.message);
                self.in_place(&mut e.body);
                self.in_place_opt(&mut e.request_id);
            }
            Error::Connection(m)
            | Error::Timeout(m)
            | Error::InvalidArgument(m)
            | Error::InvalidType(m)
            | Error::WaitTimeout(m) => self.in_place(m),
            Error::BackupFailed(failed) => self.in_place_opt(&mut failed.1),
            Error::ServiceFailed(_) | Error::ClickPipeFailed(_) | Error::Closed => {}
        }
        error
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::error::StatusError;

    #[test]
    fn secret_fields_are_scrubbed_from_bodies() {
        let body = br#"{"result":{"service":{"id":"x"},"password":"hunter2"},"a":[{"secretAccessKey":"k"}]}"#;
        let text = redacted_body(body);
        assert!(
            !text.contains("hunter2") && !text.contains("\"k\""),
            "{text}"
        );
        assert!(text.contains(MASK));
        assert_eq!(redacted_body(b"<html>"), "<html>");
        assert_eq!(redacted_body(br#"{"a":1}"#), r#"{"a":1}"#);
    }

    #[test]
    fn the_key_secret_and_the_basic_credential_are_masked_in_every_form() {
        let secret = "s3cr3t/Value+with \"odd\" chars";
        let redactor = Redactor::for_key("key-id", secret);
        let credential = format!("key-id:{secret}");
        let b64 = base64::engine::general_purpose::STANDARD.encode(&credential);
        let url_b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&credential);
        let escaped = serde_json::Value::String(secret.into()).to_string();
        let encoded: String = url::form_urlencoded::byte_serialize(secret.as_bytes()).collect();
        for text in [
            format!("<pre>Authorization: Basic {b64}</pre>"),
            format!("token {url_b64}."),
            format!("secret was {secret}!"),
            format!(r#"{{"echo":{escaped}}}"#),
            format!("?secret={encoded}&x=1"),
        ] {
            let masked = redactor.text(&text);
            assert!(masked.contains(MASK), "{masked}");
            for form in [secret, b64.as_str(), url_b64.as_str(), encoded.as_str()] {
                assert!(!masked.contains(form), "{masked}");
            }
            assert!(!masked.contains("s3cr3t"), "{masked}");
        }
        assert_eq!(redactor.text("nothing to hide"), "nothing to hide");
        // Too short to search for: the text stays readable.
        assert_eq!(Redactor::for_key("k", "s").text("status: s"), "status: s");
    }

    #[test]
    fn every_text_of_an_error_is_masked() {
        let redactor = Redactor::for_key("key-id", "hunter2-secret");
        let body = br#"{"error":"FORBIDDEN: bad key hunter2-secret","requestId":"hunter2-secret"}"#;
        let Error::Status(e) =
            redactor.error(Error::Status(StatusError::from_response(403, body, None)))
        else {
            panic!()
        };
        for text in [&*e.message, &*e.body, e.request_id.as_deref().unwrap()] {
            assert!(!text.contains("hunter2"), "{text}");
        }
        assert_eq!(e.code.as_deref(), Some("FORBIDDEN"));
        let bucket = redactor.with_secret("AccountKey=abc123==");
        let masked = bucket.error(Error::Connection(
            "sent AccountKey=abc123== and hunter2-secret".into(),
        ));
        assert_eq!(masked, Error::Connection(format!("sent {MASK} and {MASK}")));
    }
}
