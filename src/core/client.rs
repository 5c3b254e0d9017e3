//! The API operations. A request's life reads top to bottom here:
//! build the URL → send (`transport.rs`) → retry decision (`retry.rs`) →
//! parse (`models.rs`) → a typed result or an [`Error`].

use std::sync::Arc;
use std::time::{Instant, SystemTime};

use bytes::Bytes;
use reqwest::Method;
use serde::de::DeserializeOwned;
use serde_json::Value;
use uuid::Uuid;

use super::api::models::{Backup, BackupBucket, BackupConfiguration, RestoredService, Service};
use super::api::operations::{self, id, Output};
use super::config::Config;
use super::error::{Error, InvalidResponse, StatusError};
use super::operation::Arguments;
use super::paging::{self, NextPage};
use super::rate_limit::{self, RateLimiter};
use super::redact::{redacted_body, Redactor};
use super::requests::{BucketSpec, ConfigurationPatch, RestoreRequest};
use super::retry::{self, Outcome, RetryPolicy};
use super::transport::{RawResponse, SendError, Transport, MAX_BODY_BYTES};
use super::wire::parse_envelope;

use super::logging;
pub use super::logging::LOG_TARGET;

pub struct Client {
    config: Arc<Config>,
    transport: Transport,
    policy: RetryPolicy,
    /// Shared by every client of this key and limit (and other processes: rate_limit.rs).
    limiter: Option<Arc<RateLimiter>>,
    /// Masks the key secret wherever a server echoes it into what an error keeps.
    redactor: Redactor,
}

impl Client {
    pub fn new(config: Config) -> Result<Client, Error> {
        let config = Arc::new(config);
        Ok(Client {
            transport: Transport::new(config.clone())?,
            policy: RetryPolicy::new(config.max_retries).with_budget(config.retry_budget),
            limiter: config
                .rate_limit
                .map(|n| rate_limit::shared(&config.key_id, n)),
            redactor: Redactor::for_key(&config.key_id, config.key_secret.expose()),
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

    /// Runs operation `index` of the generated table (`api::operations`): checks the
    /// arguments and the body, sends the request (retried as the policy allows) and
    /// parses the answer. Answers the result and the response's `requestId`.
    pub async fn call(
        &self,
        index: usize,
        args: Arguments,
    ) -> Result<(Output, Option<String>), Error> {
        self.call_page(index, args)
            .await
            .map(|(output, request_id, _)| (output, request_id))
    }

    /// [`Client::call`] and, for a paged list, where its next page starts (None on the
    /// last page and for every other operation).
    pub async fn call_page(
        &self,
        index: usize,
        args: Arguments,
    ) -> Result<(Output, Option<String>, Option<NextPage>), Error> {
        let op = operations::OPERATIONS
            .get(index)
            .ok_or_else(|| Error::InvalidArgument(format!("no operation {index}")))?;
        let mut path = op.build_path(&args.path)?;
        if !args.query.is_empty() {
            let query = url::form_urlencoded::Serializer::new(String::new())
                .extend_pairs(args.query.iter().map(|(k, v)| (*k, v.as_str())))
                .finish();
            path.push('?');
            path.push_str(&query);
        }
        let body = match (op.body, args.body) {
            (true, body) => Some(operations::check_body(
                index,
                body.unwrap_or_else(|| Value::Object(Default::default())),
            )?),
            (false, None) => None,
            (false, Some(_)) => {
                return Err(Error::InvalidArgument(format!(
                    "{} takes no body",
                    op.python_name
                )))
            }
        };
        let body = body.map(|v| Bytes::from(v.to_string()));
        let response = self
            .execute(op.method.clone(), &path, op.accept, body)
            .await
            .map_err(|e| e.needing(&op.permissions))?;
        let (output, request_id) =
            operations::parse(index, &response).map_err(|e| self.redactor.error(e))?;
        let next = paging::next_page(op.paging, &response.body, &args.query).map_err(|why| {
            Error::InvalidResponse(InvalidResponse {
                message: format!("{}: {why}", op.python_name),
                status_code: response.status.as_u16(),
                request_id: request_id.clone(),
                body: redacted_body(&response.body),
            })
        })?;
        Ok((output, request_id, next))
    }

    /// The flat Backup methods below are [`Client::call`] with checked arguments and
    /// the result's type; what they check beyond the spec is in `requests.rs`.
    async fn run(
        &self,
        index: usize,
        path: &[&Uuid],
        body: Option<Value>,
    ) -> Result<Output, Error> {
        let args = Arguments {
            path: path.iter().map(|id| id.hyphenated().to_string()).collect(),
            query: Vec::new(),
            body,
        };
        self.call(index, args).await.map(|(output, _)| output)
    }

    /// `GET .../services/{serviceId}/backups/{backupId}`, with the response's request id.
    pub async fn get_backup(
        &self,
        organization_id: &Uuid,
        service_id: &Uuid,
        backup_id: &Uuid,
    ) -> Result<(Backup, Option<String>), Error> {
        let args = Arguments {
            path: ids(&[organization_id, service_id, backup_id]),
            ..Default::default()
        };
        match self.call(id::BACKUP_GET, args).await? {
            (Output::Backup(backup), request_id) => Ok((backup, request_id)),
            (other, _) => Err(unexpected(other)),
        }
    }

    /// `GET .../backups`: every backup of the service, in the server's order (newest
    /// first), with the response's request id.
    pub async fn list_backups(
        &self,
        organization_id: &Uuid,
        service_id: &Uuid,
    ) -> Result<(Vec<Backup>, Option<String>), Error> {
        let args = Arguments {
            path: ids(&[organization_id, service_id]),
            ..Default::default()
        };
        match self.call(id::BACKUP_GET_LIST, args).await? {
            (Output::ListOfBackup(list), request_id) => Ok((list, request_id)),
            (other, _) => Err(unexpected(other)),
        }
    }

    /// `GET .../backupConfiguration`
    pub async fn get_backup_configuration(
        &self,
        organization_id: &Uuid,
        service_id: &Uuid,
    ) -> Result<BackupConfiguration, Error> {
        match self
            .run(
                id::BACKUP_CONFIGURATION_GET,
                &[organization_id, service_id],
                None,
            )
            .await?
        {
            Output::BackupConfiguration(c) => Ok(c),
            other => Err(unexpected(other)),
        }
    }

    /// `PATCH .../backupConfiguration` with only the fields of `patch` that are given.
    pub async fn update_backup_configuration(
        &self,
        organization_id: &Uuid,
        service_id: &Uuid,
        patch: &ConfigurationPatch,
    ) -> Result<BackupConfiguration, Error> {
        let body = patch.to_json()?;
        match self
            .run(
                id::BACKUP_CONFIGURATION_UPDATE,
                &[organization_id, service_id],
                Some(body),
            )
            .await?
        {
            Output::BackupConfiguration(c) => Ok(c),
            other => Err(unexpected(other)),
        }
    }

    /// `GET .../backupBucket`
    pub async fn get_backup_bucket(
        &self,
        organization_id: &Uuid,
        service_id: &Uuid,
    ) -> Result<BackupBucket, Error> {
        self.bucket(id::BACKUP_BUCKET_GET, organization_id, service_id, None)
            .await
    }

    /// `POST .../backupBucket`
    pub async fn create_backup_bucket(
        &self,
        organization_id: &Uuid,
        service_id: &Uuid,
        spec: &BucketSpec,
    ) -> Result<BackupBucket, Error> {
        self.bucket(
            id::BACKUP_BUCKET_CREATE,
            organization_id,
            service_id,
            Some(spec),
        )
        .await
    }

    /// `PATCH .../backupBucket` (the API needs the write-only secret every time).
    pub async fn update_backup_bucket(
        &self,
        organization_id: &Uuid,
        service_id: &Uuid,
        spec: &BucketSpec,
    ) -> Result<BackupBucket, Error> {
        self.bucket(
            id::BACKUP_BUCKET_UPDATE,
            organization_id,
            service_id,
            Some(spec),
        )
        .await
    }

    async fn bucket(
        &self,
        index: usize,
        organization_id: &Uuid,
        service_id: &Uuid,
        spec: Option<&BucketSpec>,
    ) -> Result<BackupBucket, Error> {
        let result = self
            .run(
                index,
                &[organization_id, service_id],
                spec.map(BucketSpec::to_json),
            )
            .await;
        match result {
            Ok(Output::BackupBucket(bucket)) => Ok(bucket),
            Ok(other) => Err(unexpected(other)),
            // A bucket's write-only secret must not come back in an error either.
            Err(e) => Err(match spec.and_then(BucketSpec::secret) {
                Some(secret) => self.redactor.with_secret(secret).error(e),
                None => e,
            }),
        }
    }

    /// `DELETE .../backupBucket`
    pub async fn delete_backup_bucket(
        &self,
        organization_id: &Uuid,
        service_id: &Uuid,
    ) -> Result<(), Error> {
        self.run(
            id::BACKUP_BUCKET_DELETE,
            &[organization_id, service_id],
            None,
        )
        .await
        .map(|_| ())
    }

    /// `POST /v1/organizations/{organizationId}/services` with `backupId`: restoring a
    /// backup creates a new service. Answers the service and its one-time password.
    pub async fn restore_backup(
        &self,
        organization_id: &Uuid,
        request: &RestoreRequest,
    ) -> Result<RestoredService, Error> {
        let result = self
            .run(
                id::INSTANCE_CREATE,
                &[organization_id],
                Some(request.to_json()),
            )
            .await;
        match result {
            Ok(Output::RestoredService(created)) if created.service.is_some() => Ok(created),
            Ok(Output::RestoredService(_)) => Err(Error::InvalidResponse(InvalidResponse {
                message: "the service was probably created, but the answer holds no service".into(),
                status_code: 200,
                request_id: None,
                body: String::new(),
            })),
            Ok(other) => Err(unexpected(other)),
            // The POST succeeded: say so, or the caller will try again.
            Err(Error::InvalidResponse(mut invalid)) => {
                invalid.message =
                    format!("the service was probably created, but {}", invalid.message);
                Err(Error::InvalidResponse(invalid))
            }
            Err(other) => Err(other),
        }
    }

    /// `GET /v1/organizations/{organizationId}/services/{serviceId}`
    pub async fn get_service(
        &self,
        organization_id: &Uuid,
        service_id: &Uuid,
    ) -> Result<Service, Error> {
        match self
            .run(id::INSTANCE_GET, &[organization_id, service_id], None)
            .await?
        {
            Output::Service(service) => Ok(service),
            other => Err(unexpected(other)),
        }
    }

    /// `GET /v1/organizations/{organizationId}/services`: every service of the
    /// organization.
    pub async fn list_services(&self, organization_id: &Uuid) -> Result<Vec<Service>, Error> {
        match self
            .run(id::INSTANCE_GET_LIST, &[organization_id], None)
            .await?
        {
            Output::ListOfService(services) => Ok(services),
            other => Err(unexpected(other)),
        }
    }

    /// Sends the request, retrying as the policy allows, and returns the first
    /// success response; any other final outcome becomes an [`Error`].
    async fn execute(
        &self,
        method: Method,
        path: &str,
        accept: &'static str,
        body: Option<Bytes>,
    ) -> Result<RawResponse, Error> {
        let url = format!("{}{}", self.config.base_url_str(), path);
        let mut retries_done = 0u32;
        // Every wait of the call (for the rate limiter, between attempts) ends by then.
        let deadline = tokio::time::Instant::now() + self.policy.budget;
        let mut last_error = None;
        loop {
            let slot = match &self.limiter {
                None => None,
                Some(limiter) => match limiter.acquire_until(deadline).await {
                    Some(slot) => Some(slot),
                    // No turn within the budget: the last attempt's error, or, before the
                    // first attempt, a timeout that names the limit.
                    None => {
                        return Err(last_error.unwrap_or_else(|| {
                            Error::Timeout(format!(
                                "{method} {path}: no turn under rate_limit={} within {:.0}s",
                                limiter.limit(),
                                self.policy.budget.as_secs_f64()
                            ))
                        }))
                    }
                },
            };
            let started = Instant::now();
            let result = self
                .transport
                .send(method.clone(), &url, accept, body.clone())
                .await;
            if let Some(slot) = slot {
                slot.done();
            }
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
            let error = self.redactor.error(error);
            let now = tokio::time::Instant::now();
            let Some(wait) = self
                .policy
                .next_wait(&method, outcome, retries_done, fastrand::f64())
                .filter(|wait| now + *wait <= deadline)
            else {
                return Err(error);
            };
            retries_done += 1;
            logging::info(|| {
                format!(
                    "retrying {method} {path} in {:.2}s (retry {retries_done} of {}) after {}",
                    wait.as_secs_f64(),
                    self.policy.max_retries,
                    describe(&error),
                )
            });
            tokio::time::sleep(wait).await;
            last_error = Some(error);
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
        SendError::ConnectTimeout(m) => (
            // Nothing was sent: as safe to retry as a refused connection.
            Outcome::ConnectFailed,
            Error::Timeout(format!(
                "{method} {path} timed out connecting after {elapsed:.1}s: {m}"
            )),
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
    parse_result_with_id(response).map(|(result, _)| result)
}

/// [`parse_result`] and the envelope's `requestId`.
pub fn parse_result_with_id<T: DeserializeOwned>(
    response: &RawResponse,
) -> Result<(T, Option<String>), Error> {
    let invalid = |message: String, request_id: Option<String>| {
        Error::InvalidResponse(InvalidResponse {
            message,
            status_code: response.status.as_u16(),
            request_id,
            body: redacted_body(&response.body),
        })
    };
    match parse_envelope::<T>(&response.body) {
        Ok(envelope) => match envelope.result {
            Some(result) => Ok((result, envelope.request_id)),
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

/// A success whose body is the result itself, without the envelope (Prometheus
/// discovery); it has no request id.
pub fn parse_bare<T: DeserializeOwned>(
    response: &RawResponse,
) -> Result<(T, Option<String>), Error> {
    let mut de = serde_json::Deserializer::from_slice(&response.body);
    serde_path_to_error::deserialize::<_, T>(&mut de)
        .map(|value| (value, None))
        .map_err(|e| {
            Error::InvalidResponse(InvalidResponse {
                message: format!("response is not the documented shape: {e}"),
                status_code: response.status.as_u16(),
                request_id: None,
                body: redacted_body(&response.body),
            })
        })
}

/// A success that carries no `result` (DELETE): an empty body or a JSON object; its
/// `requestId` when it has one.
pub fn parse_no_result(response: &RawResponse) -> Result<Option<String>, Error> {
    let body = &response.body;
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(map)) => Ok(map
            .get("requestId")
            .and_then(Value::as_str)
            .map(str::to_owned)),
        _ => Err(Error::InvalidResponse(InvalidResponse {
            message: "response is not the documented shape: expected a JSON object".into(),
            status_code: response.status.as_u16(),
            request_id: request_id_of(body),
            body: redacted_body(body),
        })),
    }
}

/// Ids as path values, in their canonical lower-case form.
fn ids(values: &[&Uuid]) -> Vec<String> {
    values
        .iter()
        .map(|id| id.hyphenated().to_string())
        .collect()
}

/// The generated table gave another result type than the method expects: a bug here,
/// never the server's doing.
fn unexpected(output: Output) -> Error {
    Error::InvalidArgument(format!("internal error: unexpected result {output:?}"))
}

/// Best effort: the request id of a body that failed to parse as a whole.
fn request_id_of(body: &[u8]) -> Option<String> {
    let value: serde_json::Value = serde_json::from_slice(body).ok()?;
    value.get("requestId")?.as_str().map(str::to_owned)
}

#[cfg(test)]
mod tests {
    //! The core against the sandbox over real HTTP on loopback.
    use super::*;
    use crate::core::config::ConfigInput;
    use crate::core::runtime;
    use crate::sandbox::{Fault, FaultAction, Sandbox, State};
    use std::time::Duration;

    const ORG: Uuid = Uuid::from_u128(0x11111111_1111_4111_8111_111111111111);
    const SVC: Uuid = Uuid::from_u128(0x22222222_2222_4222_8222_222222222222);
    const BK: Uuid = Uuid::from_u128(0x33333333_3333_4333_8333_333333333333);

    fn setup(max_retries: i64) -> (Sandbox, Client) {
        let handle = runtime::handle().unwrap();
        let sandbox = Sandbox::start(&handle, State::new("k", "s", None), 0).unwrap();
        sandbox.state().add_backup(
            ORG,
            SVC,
            serde_json::json!({"id": BK.to_string(), "status": "done", "sizeInBytes": 5.0}),
        );
        let config = Config::resolve_with(
            ConfigInput {
                key_id: Some("k".into()),
                key_secret: Some("s".into()),
                base_url: Some(sandbox.url()),
                max_retries: Some(max_retries),
                ..Default::default()
            },
            |_| None,
        )
        .unwrap();
        (sandbox, Client::new(config).unwrap())
    }

    fn fault(status: u16, body: &str, times: u32) -> Fault {
        Fault {
            delay: Duration::ZERO,
            action: FaultAction::Respond {
                status,
                body: body.as_bytes().to_vec(),
                headers: vec![],
            },
            times,
            only: Default::default(),
            handled: false,
        }
    }

    fn run<T>(f: impl std::future::Future<Output = T>) -> T {
        runtime::handle().unwrap().block_on(f)
    }

    #[test]
    fn gets_a_backup() {
        let (sandbox, client) = setup(0);
        let (backup, _) = run(client.get_backup(&ORG, &SVC, &BK)).unwrap();
        assert_eq!(backup.id, Some(BK));
        assert_eq!(
            backup.size_in_bytes,
            Some(crate::core::numbers::Whole::Exact(5))
        );
        let requests = sandbox.state().requests();
        assert_eq!(requests.len(), 1);
        assert!(requests[0]
            .headers
            .iter()
            .any(|(k, v)| k == "user-agent" && v.starts_with("clickhouse-cloud-python/")));
    }

    #[test]
    fn maps_error_statuses() {
        let (sandbox, client) = setup(0);
        sandbox
            .state()
            .push_fault(fault(
                403,
                r#"{"status":403,"error":"FORBIDDEN: no","requestId":"r"}"#,
                1,
            ))
            .unwrap();
        let Err(Error::Status(e)) = run(client.get_backup(&ORG, &SVC, &BK)) else {
            panic!("expected a status error")
        };
        assert_eq!((e.status_code, e.code.as_deref()), (403, Some("FORBIDDEN")));
        let missing = Uuid::from_u128(7);
        let Err(Error::Status(e)) = run(client.get_backup(&ORG, &SVC, &missing)) else {
            panic!("expected a status error")
        };
        assert_eq!(e.status_code, 404);
    }

    #[test]
    fn retries_transient_failures_only() {
        let (sandbox, client) = setup(2);
        sandbox.state().push_fault(fault(503, "", 2)).unwrap();
        assert!(run(client.get_backup(&ORG, &SVC, &BK)).is_ok());
        assert_eq!(sandbox.state().requests().len(), 3);
        sandbox.state().clear_requests();
        sandbox.state().push_fault(fault(400, "{}", 3)).unwrap();
        assert!(run(client.get_backup(&ORG, &SVC, &BK)).is_err());
        assert_eq!(sandbox.state().requests().len(), 1);
    }

    #[test]
    fn bad_success_body_is_invalid_response() {
        let (sandbox, client) = setup(0);
        sandbox
            .state()
            .push_fault(fault(200, "{\"result\": 5}", 1))
            .unwrap();
        assert!(matches!(
            run(client.get_backup(&ORG, &SVC, &BK)),
            Err(Error::InvalidResponse(_))
        ));
    }

    #[test]
    fn closed_client_fails_fast() {
        let (_sandbox, client) = setup(0);
        client.close();
        assert_eq!(run(client.get_backup(&ORG, &SVC, &BK)), Err(Error::Closed));
    }
}
