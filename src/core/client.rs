//! The API operations. A request's life reads top to bottom here:
//! build the URL → send (`transport.rs`) → retry decision (`retry.rs`) →
//! parse (`models.rs`) → a typed result or an [`Error`].

use std::sync::Arc;
use std::time::{Instant, SystemTime};

use bytes::Bytes;
use reqwest::Method;
use serde::de::DeserializeOwned;
use uuid::Uuid;

use super::config::Config;
use super::error::{Error, InvalidResponse, StatusError};
use super::ids::path_segment;
use super::models::{parse_envelope, Backup};
use super::retry::{self, Outcome, RetryPolicy};
use super::transport::{RawResponse, SendError, Transport, MAX_BODY_BYTES};

/// Logged retries go to this target, which the Python binding maps to the
/// `clickhouse_cloud` logger.
pub const LOG_TARGET: &str = "clickhouse_cloud";

pub struct Client {
    config: Arc<Config>,
    transport: Transport,
    policy: RetryPolicy,
}

impl Client {
    pub fn new(config: Config) -> Result<Client, Error> {
        let config = Arc::new(config);
        Ok(Client {
            transport: Transport::new(config.clone())?,
            policy: RetryPolicy::new(config.max_retries),
            config,
        })
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    pub fn close(&self) {
        self.transport.close();
    }

    pub fn is_closed(&self) -> bool {
        self.transport.is_closed()
    }

    /// `GET /v1/organizations/{organizationId}/services/{serviceId}/backups/{backupId}`
    pub async fn get_backup(
        &self,
        organization_id: &Uuid,
        service_id: &Uuid,
        backup_id: &Uuid,
    ) -> Result<Backup, Error> {
        let path = format!(
            "/v1/organizations/{}/services/{}/backups/{}",
            path_segment(organization_id),
            path_segment(service_id),
            path_segment(backup_id)
        );
        self.get_json(&path).await
    }

    async fn get_json<T: DeserializeOwned>(&self, path: &str) -> Result<T, Error> {
        let response = self.execute(Method::GET, path, None).await?;
        parse_result(&response)
    }

    /// Sends the request, retrying as the policy allows, and returns the first
    /// success response; any other final outcome becomes an [`Error`].
    async fn execute(
        &self,
        method: Method,
        path: &str,
        body: Option<Bytes>,
    ) -> Result<RawResponse, Error> {
        let url = format!("{}{}", self.config.base_url_str(), path);
        let mut retries_done = 0u32;
        loop {
            let started = Instant::now();
            let result = self
                .transport
                .send(method.clone(), &url, body.clone())
                .await;
            let (outcome, error) = match result {
                Ok(response) if response.status.is_success() => return Ok(response),
                Ok(response) => {
                    let wait = retry::server_wait(&response.headers, SystemTime::now());
                    let error =
                        StatusError::from_response(response.status.as_u16(), &response.body, wait);
                    let outcome = Outcome::Status {
                        code: error.status_code,
                        server_wait: wait,
                    };
                    (outcome, Error::Status(error))
                }
                Err(e) => send_error(e, &method, path, started.elapsed().as_secs_f64())?,
            };
            let Some(wait) = self
                .policy
                .next_wait(&method, outcome, retries_done, fastrand::f64())
            else {
                return Err(error);
            };
            retries_done += 1;
            log::info!(
                target: LOG_TARGET,
                "retrying {method} {path} in {:.2}s (retry {retries_done} of {}) after {}",
                wait.as_secs_f64(),
                self.policy.max_retries,
                describe(&error),
            );
            tokio::time::sleep(wait).await;
        }
    }
}

/// Maps a failed attempt to its retry outcome and error; a closed client or an
/// oversized body ends the call at once.
fn send_error(
    e: SendError,
    method: &Method,
    path: &str,
    elapsed: f64,
) -> Result<(Outcome, Error), Error> {
    Ok(match e {
        SendError::Connect(m) => (
            Outcome::ConnectFailed,
            Error::Connection(format!("cannot connect for {method} {path}: {m}")),
        ),
        SendError::Timeout(m) => (
            Outcome::TimedOut,
            Error::Timeout(format!(
                "{method} {path} timed out after {elapsed:.1}s: {m}"
            )),
        ),
        SendError::Interrupted(m) => (
            Outcome::Interrupted,
            Error::Connection(format!("connection failed during {method} {path}: {m}")),
        ),
        SendError::TooLarge { status } => {
            return Err(Error::InvalidResponse(InvalidResponse {
                message: format!(
                    "{method} {path}: response body exceeds {} MiB",
                    MAX_BODY_BYTES / (1024 * 1024)
                ),
                status_code: status.as_u16(),
                request_id: None,
                body: String::new(),
            }))
        }
        SendError::Closed => return Err(Error::Closed),
    })
}

/// One line for the retry log: the status and request id, or the connection error.
fn describe(error: &Error) -> String {
    match error {
        Error::Status(e) => {
            let mut text = format!("status {}", e.status_code);
            if let Some(code) = &e.code {
                text.push_str(&format!(" {code}"));
            }
            if let Some(id) = &e.request_id {
                text.push_str(&format!(", request id {id}"));
            }
            text
        }
        other => other.to_string(),
    }
}

/// The `result` of a success body, or an [`Error::InvalidResponse`] saying what is wrong.
pub fn parse_result<T: DeserializeOwned>(response: &RawResponse) -> Result<T, Error> {
    let invalid = |message: String, request_id: Option<String>| {
        Error::InvalidResponse(InvalidResponse {
            message,
            status_code: response.status.as_u16(),
            request_id,
            body: String::from_utf8_lossy(&response.body).into_owned(),
        })
    };
    match parse_envelope::<T>(&response.body) {
        Ok(envelope) => match envelope.result {
            Some(result) => Ok(result.0),
            None => Err(invalid(
                "response has no \"result\"".into(),
                envelope.request_id,
            )),
        },
        Err(why) => Err(invalid(
            format!("response is not the documented shape: {why}"),
            request_id_of(&response.body),
        )),
    }
}

/// Best effort: the request id of a body that failed to parse as a whole.
fn request_id_of(body: &[u8]) -> Option<String> {
    let value: serde_json::Value = serde_json::from_slice(body).ok()?;
    value.get("requestId")?.as_str().map(str::to_owned)
}
