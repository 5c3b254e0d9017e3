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
