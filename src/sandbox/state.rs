//! What the sandbox knows: seeded data, the requests it received, scripted faults,
//! and the API's behaviour on top of them (auth, ids, envelopes, errors).

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::{json, Value};
use uuid::Uuid;

/// One request as the sandbox received it.
#[derive(Debug, Clone)]
pub struct RecordedRequest {
    pub method: String,
    pub path: String,
    pub query: Option<String>,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Seconds since the sandbox started, to check the waits between retries.
    pub at: f64,
}

/// What to do instead of answering normally.
#[derive(Debug, Clone, PartialEq)]
pub enum FaultAction {
    /// Answer normally (after the fault's delay).
    Normal,
    /// Answer with this status, body and headers.
    Respond {
        status: u16,
        body: Vec<u8>,
        headers: Vec<(String, String)>,
    },
    /// Close the connection without answering.
    Drop,
}

/// A scripted fault for the next `times` requests.
#[derive(Debug, Clone, PartialEq)]
pub struct Fault {
    pub delay: Duration,
    pub action: FaultAction,
    pub times: u32,
}

/// A response the sandbox decided on.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

#[derive(Default)]
struct Data {
    /// Backups by (organization, service), in insertion order.
    backups: HashMap<(Uuid, Uuid), Vec<Value>>,
    requests: Vec<RecordedRequest>,
    faults: VecDeque<Fault>,
    window: Option<(Instant, u32)>,
}

pub struct State {
    authorization: String,
    /// Requests per 10 s before 429, like the real API; `None` = unlimited.
    rate_limit: Option<u32>,
    started: Instant,
    data: Mutex<Data>,
}

const RATE_WINDOW: Duration = Duration::from_secs(10);

impl State {
    pub fn new(key_id: &str, key_secret: &str, rate_limit: Option<u32>) -> State {
        let token =
            base64::engine::general_purpose::STANDARD.encode(format!("{key_id}:{key_secret}"));
        State {
            authorization: format!("Basic {token}"),
            rate_limit,
            started: Instant::now(),
            data: Mutex::new(Data::default()),
        }
    }

    fn data(&self) -> std::sync::MutexGuard<'_, Data> {
        self.data.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn add_backup(&self, organization_id: Uuid, service_id: Uuid, backup: Value) {
        self.data()
            .backups
            .entry((organization_id, service_id))
            .or_default()
            .push(backup);
    }

    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.data().requests.clone()
    }

    pub fn clear_requests(&self) {
        self.data().requests.clear();
    }

    /// Queues a fault; refuses headers that cannot go on the wire.
    pub fn push_fault(&self, fault: Fault) -> Result<(), String> {
        if let FaultAction::Respond { headers, .. } = &fault.action {
            for (name, value) in headers {
                hyper::header::HeaderName::from_bytes(name.as_bytes())
                    .map_err(|_| format!("invalid header name {name:?}"))?;
                hyper::header::HeaderValue::from_str(value)
                    .map_err(|_| format!("invalid value for header {name:?}"))?;
            }
        }
        if fault.times > 0 {
            self.data().faults.push_back(fault);
        }
        Ok(())
    }

    pub fn clear_faults(&self) {
        self.data().faults.clear();
    }

    pub fn pending_faults(&self) -> usize {
        self.data().faults.iter().map(|f| f.times as usize).sum()
    }

    /// Records the request and takes the fault scripted for it, if any.
    pub fn receive(&self, mut request: RecordedRequest) -> Option<(Duration, FaultAction)> {
        request.at = self.started.elapsed().as_secs_f64();
        let mut data = self.data();
        data.requests.push(request);
        let front = data.faults.front_mut()?;
        let taken = (front.delay, front.action.clone());
        front.times -= 1;
        if front.times == 0 {
            data.faults.pop_front();
        }
        Some(taken)
    }

    /// The API's answer to a request, as the real service would give it.
    pub fn answer(&self, method: &str, path: &str, authorization: Option<&str>) -> Reply {
        let request_id = Uuid::new_v4().to_string();
        if authorization != Some(self.authorization.as_str()) {
            return error(
                401,
                "AUTHENTICATION_FAILED: Invalid API key or secret",
                &request_id,
            );
        }
        if let Some(reply) = self.rate_limited() {
            return reply;
        }
        let segments: Vec<&str> = path.trim_end_matches('/').split('/').collect();
        match (method, segments.as_slice()) {
            ("GET", ["", "v1", "organizations", org, "services", service, "backups", backup]) => {
                self.get_backup(org, service, backup, &request_id)
            }
            ("GET", ["", "v1", "organizations", org, "services", service, "backups"]) => {
                self.list_backups(org, service, &request_id)
            }
            _ => error(
                404,
                &format!("NOT_FOUND: No route for {method} {path}"),
                &request_id,
            ),
        }
    }

    fn rate_limited(&self) -> Option<Reply> {
        let limit = self.rate_limit?;
        let now = Instant::now();
        let mut data = self.data();
        let (start, count) = data.window.get_or_insert((now, 0));
        if now.duration_since(*start) >= RATE_WINDOW {
            *start = now;
            *count = 0;
        }
        *count += 1;
        if *count <= limit {
            return None;
        }
        let reset = RATE_WINDOW.saturating_sub(now.duration_since(*start));
        Some(Reply {
            status: 429,
            headers: vec![
                ("content-type".into(), "application/json".into()),
                (
                    "x-ratelimit-reset".into(),
                    format!("{:.3}", reset.as_secs_f64()),
                ),
            ],
            body: br#"{"error":"TOO_MANY_REQUESTS"}"#.to_vec(),
        })
    }

    fn get_backup(&self, org: &str, service: &str, backup: &str, request_id: &str) -> Reply {
        let (org, service, backup) = match (
            parse(org, "organization"),
            parse(service, "service"),
            parse(backup, "backup"),
        ) {
            (Ok(o), Ok(s), Ok(b)) => (o, s, b),
            (Err(why), _, _) | (_, Err(why), _) | (_, _, Err(why)) => {
                return error(400, &why, request_id)
            }
        };
        let data = self.data();
        let Some(backups) = data.backups.get(&(org, service)) else {
            return error(404, "NOT_FOUND: Service not found", request_id);
        };
        let wanted = backup.hyphenated().to_string();
        let found = backups.iter().find(|b| {
            b.get("id")
                .and_then(Value::as_str)
                .is_some_and(|id| id.eq_ignore_ascii_case(&wanted))
        });
        match found {
            Some(b) => success(b.clone(), request_id),
            None => error(404, "NOT_FOUND: Backup not found", request_id),
        }
    }

    fn list_backups(&self, org: &str, service: &str, request_id: &str) -> Reply {
        let (org, service) = match (parse(org, "organization"), parse(service, "service")) {
            (Ok(o), Ok(s)) => (o, s),
            (Err(why), _) | (_, Err(why)) => return error(400, &why, request_id),
        };
        let data = self.data();
        let Some(backups) = data.backups.get(&(org, service)) else {
            return error(404, "NOT_FOUND: Service not found", request_id);
        };
        // The API lists newest first.
        let mut list = backups.clone();
        list.sort_by_key(|b| std::cmp::Reverse(started(b)));
        success(Value::Array(list), request_id)
    }
}

fn started(backup: &Value) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    let text = backup.get("startedAt")?.as_str()?;
    crate::core::models::Timestamp::parse(text).map(|t| t.0)
}

fn parse(id: &str, what: &str) -> Result<Uuid, String> {
    Uuid::try_parse(id).map_err(|_| format!("BAD_REQUEST: Invalid {what} id"))
}

fn success(result: Value, request_id: &str) -> Reply {
    json_reply(
        200,
        json!({"status": 200, "requestId": request_id, "result": result}),
    )
}

fn error(status: u16, message: &str, request_id: &str) -> Reply {
    json_reply(
        status,
        json!({"status": status, "error": message, "requestId": request_id}),
    )
}

fn json_reply(status: u16, body: Value) -> Reply {
    Reply {
        status,
        headers: vec![("content-type".into(), "application/json".into())],
        body: body.to_string().into_bytes(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORG: &str = "11111111-1111-4111-8111-111111111111";
    const SVC: &str = "22222222-2222-4222-8222-222222222222";
    const BK: &str = "33333333-3333-4333-8333-333333333333";

    fn auth() -> String {
        let token = base64::engine::general_purpose::STANDARD.encode("k:s");
        format!("Basic {token}")
    }

    fn seeded() -> State {
        let state = State::new("k", "s", None);
        state.add_backup(
            ORG.parse().unwrap(),
            SVC.parse().unwrap(),
            json!({"id": BK, "status": "done"}),
        );
        state
    }

    #[test]
    fn serves_a_seeded_backup() {
        let state = seeded();
        let path = format!(
            "/v1/organizations/{ORG}/services/{SVC}/backups/{}",
            BK.to_uppercase()
        );
        let reply = state.answer("GET", &path, Some(&auth()));
        assert_eq!(reply.status, 200);
        let body: Value = serde_json::from_slice(&reply.body).unwrap();
        assert_eq!(body["result"]["id"], BK);
    }

    #[test]
    fn checks_auth_ids_and_existence() {
        let state = seeded();
        let path = format!("/v1/organizations/{ORG}/services/{SVC}/backups/{BK}");
        assert_eq!(state.answer("GET", &path, None).status, 401);
        assert_eq!(state.answer("GET", &path, Some("Basic eDp5")).status, 401);
        let bad = format!("/v1/organizations/{ORG}/services/nope/backups/{BK}");
        assert_eq!(state.answer("GET", &bad, Some(&auth())).status, 400);
        let other = format!("/v1/organizations/{ORG}/services/{SVC}/backups/{ORG}");
        assert_eq!(state.answer("GET", &other, Some(&auth())).status, 404);
        assert_eq!(state.answer("GET", "/v2/x", Some(&auth())).status, 404);
    }

    #[test]
    fn faults_apply_in_order_for_their_count() {
        let state = seeded();
        let req = || RecordedRequest {
            method: "GET".into(),
            path: "/".into(),
            query: None,
            headers: vec![],
            body: vec![],
            at: 0.0,
        };
        state
            .push_fault(Fault {
                delay: Duration::ZERO,
                action: FaultAction::Drop,
                times: 2,
            })
            .unwrap();
        state
            .push_fault(Fault {
                delay: Duration::from_millis(5),
                action: FaultAction::Normal,
                times: 1,
            })
            .unwrap();
        let bad_header = Fault {
            delay: Duration::ZERO,
            action: FaultAction::Respond {
                status: 200,
                body: vec![],
                headers: vec![("x".into(), "caf\u{e9}\n".into())],
            },
            times: 1,
        };
        assert!(state.push_fault(bad_header).is_err());
        assert_eq!(state.pending_faults(), 3);
        assert_eq!(state.receive(req()).unwrap().1, FaultAction::Drop);
        assert_eq!(state.receive(req()).unwrap().1, FaultAction::Drop);
        assert_eq!(state.receive(req()).unwrap().1, FaultAction::Normal);
        assert_eq!(state.receive(req()), None);
        assert_eq!(state.requests().len(), 4);
    }

    #[test]
    fn rate_limit_answers_429_with_reset() {
        let state = State::new("k", "s", Some(2));
        let path = "/v1/organizations/x";
        assert_ne!(state.answer("GET", path, Some(&auth())).status, 429);
        assert_ne!(state.answer("GET", path, Some(&auth())).status, 429);
        let reply = state.answer("GET", path, Some(&auth()));
        assert_eq!(reply.status, 429);
        assert!(reply.headers.iter().any(|(k, _)| k == "x-ratelimit-reset"));
    }
}
