//! The API's answers: the success envelope and the error shape
//! (`{"status": 400, "error": "BAD_REQUEST: ...", "requestId": "..."}`).

use serde_json::{json, Value};
use uuid::Uuid;

/// A response the sandbox decided on.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

/// An answer's status and error message.
pub type Failure = (u16, String);

/// What a behaviour answers: a result to wrap in the envelope, a success without one,
/// a result already serialized, or text.
pub enum Outcome {
    Result(Value),
    /// A page of a cursor-paged list: the envelope also carries `nextCursor` (absent on
    /// the last page), `limit` and `totalCount`.
    Page {
        items: Vec<Value>,
        next: Option<String>,
        limit: usize,
        total: usize,
    },
    /// JSON without the envelope (Prometheus discovery).
    Bare(Value),
    NoResult,
    Serialized(std::sync::Arc<str>),
    Text(String, &'static str),
}

pub type Answer = Result<Outcome, Failure>;

pub fn bad_request(message: &str) -> Failure {
    (400, format!("BAD_REQUEST: {message}"))
}

pub fn not_found(message: &str) -> Failure {
    (404, format!("NOT_FOUND: {message}"))
}

pub fn no_route(method: &str, path: &str) -> Failure {
    not_found(&format!("No route for {method} {path}"))
}

pub fn json_body(body: &[u8]) -> Result<Value, Failure> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Value::Object(Default::default()));
    }
    serde_json::from_slice(body).map_err(|_| bad_request("The request body is not valid JSON"))
}

pub fn parse_id(id: &str, what: &str) -> Result<Uuid, Failure> {
    Uuid::try_parse(id).map_err(|_| bad_request(&format!("Invalid {what} id")))
}

/// The reply for an outcome, in the API's envelope.
pub fn reply(outcome: Answer, request_id: &str) -> Reply {
    match outcome {
        Ok(Outcome::Result(result)) => json_reply(
            200,
            json!({"status": 200, "requestId": request_id, "result": result}),
        ),
        Ok(Outcome::Page {
            items,
            next,
            limit,
            total,
        }) => {
            let mut body = json!({
                "status": 200, "requestId": request_id, "result": items,
                "limit": limit, "totalCount": total,
            });
            if let (Some(next), Some(map)) = (next, body.as_object_mut()) {
                map.insert("nextCursor".into(), Value::String(next));
            }
            json_reply(200, body)
        }
        Ok(Outcome::Bare(value)) => json_reply(200, value),
        Ok(Outcome::NoResult) => json_reply(200, json!({"status": 200, "requestId": request_id})),
        Ok(Outcome::Serialized(result)) => success_serialized(&result, request_id),
        Ok(Outcome::Text(text, content_type)) => Reply {
            status: 200,
            headers: vec![("content-type".into(), content_type.into())],
            body: text.into_bytes(),
        },
        Err((status, message)) => error(status, &message, request_id),
    }
}

/// A success whose `result` is JSON text already.
fn success_serialized(result: &str, request_id: &str) -> Reply {
    let envelope = json!({"status": 200, "requestId": request_id}).to_string();
    // `{"status":200,"requestId":"…"` + `,"result":` + result + `}`
    let head = envelope.strip_suffix('}').unwrap_or(&envelope);
    let mut body = String::with_capacity(head.len() + result.len() + 12);
    body.push_str(head);
    body.push_str(",\"result\":");
    body.push_str(result);
    body.push('}');
    Reply {
        status: 200,
        headers: vec![("content-type".into(), "application/json".into())],
        body: body.into_bytes(),
    }
}

pub fn error(status: u16, message: &str, request_id: &str) -> Reply {
    json_reply(
        status,
        json!({"status": status, "error": message, "requestId": request_id}),
    )
}

pub fn json_reply(status: u16, body: Value) -> Reply {
    Reply {
        status,
        headers: vec![("content-type".into(), "application/json".into())],
        body: body.to_string().into_bytes(),
    }
}

/// Whether an `Accept` header takes `content_type` (`*/*`, `text/*` or the type itself;
/// parameters and weights aside, except a weight of 0, which refuses).
pub fn accepts(accept: &str, content_type: &str) -> bool {
    let wanted = content_type.split(';').next().unwrap_or("").trim();
    let (kind, _) = wanted.split_once('/').unwrap_or((wanted, ""));
    accept.split(',').any(|range| {
        let mut parts = range.split(';');
        let media = parts.next().unwrap_or("").trim();
        let refused = parts.any(|p| {
            p.trim()
                .strip_prefix("q=")
                .and_then(|q| q.trim().parse::<f64>().ok())
                .is_some_and(|q| q == 0.0)
        });
        !refused
            && (media == "*/*"
                || media.eq_ignore_ascii_case(wanted)
                || media
                    .strip_suffix("/*")
                    .is_some_and(|t| t.eq_ignore_ascii_case(kind)))
    })
}

/// A success the request's `Accept` does not take becomes 406, as an API that honours
/// `Accept` answers.
pub fn negotiated(reply: Reply, accept: Option<&str>, request_id: &str) -> Reply {
    let Some(accept) = accept else {
        return reply;
    };
    let content_type = reply
        .headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-type"))
        .map(|(_, v)| v.clone());
    match content_type {
        Some(ct) if (200..300).contains(&reply.status) && !accepts(accept, &ct) => error(
            406,
            &format!("NOT_ACCEPTABLE: this answer is {ct}, the request accepts {accept}"),
            request_id,
        ),
        _ => reply,
    }
}

#[cfg(test)]
mod tests {
    use super::accepts;

    #[test]
    fn accept_ranges() {
        assert!(accepts("application/json", "application/json"));
        assert!(accepts("*/*", "text/plain; version=0.0.4"));
        assert!(accepts("text/*", "text/plain"));
        assert!(accepts("application/json, text/plain;q=0.5", "text/plain"));
        assert!(!accepts("application/json", "text/plain; version=0.0.4"));
        assert!(!accepts("text/plain;q=0", "text/plain"));
        assert!(!accepts("application/json", "application/x-pem-file"));
    }
}
