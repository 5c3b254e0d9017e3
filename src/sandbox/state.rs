//! What the sandbox holds and the API around it: the seeding a test does, the requests
//! it received, the faults it scripted, auth and the API's rate limit. How each
//! operation answers is in `api.rs`.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::{Map, Value};
use uuid::Uuid;

use super::api::{self, Data, ORGANIZATIONS};
use super::backups::{bucket_input, BackupConfiguration, Bucket, StoredBackup};
use super::faults::{Fault, Faults, Taken};
use super::record::{ConnectionStats, InFlight, RecordedRequest};
use super::reply::{error, negotiated, reply, Reply};
use super::store::Deadline;

/// How long a created service stays `provisioning`, unless changed.
pub const DEFAULT_PROVISIONING: Duration = Duration::from_secs(2);
/// How long a state change (stop, start, awake, delete, a ClickPipe's) takes.
pub const DEFAULT_TRANSITION: Duration = Duration::from_secs(1);

const RATE_WINDOW: Duration = Duration::from_secs(10);

pub struct State {
    authorization: String,
    /// Requests per 10 s before 429, like the real API; `None` = unlimited.
    rate_limit: Option<u32>,
    started: Instant,
    data: Mutex<Data>,
    /// Requests being handled right now (a client that gives up closes its connection,
    /// and its request stops counting).
    in_flight: AtomicUsize,
    /// Off for benchmarks: a server that keeps every request grows without bound.
    recording: AtomicBool,
    connections: ConnectionStats,
}

impl State {
    pub fn new(key_id: &str, key_secret: &str, rate_limit: Option<u32>) -> State {
        let token =
            base64::engine::general_purpose::STANDARD.encode(format!("{key_id}:{key_secret}"));
        State {
            authorization: format!("Basic {token}"),
            rate_limit,
            started: Instant::now(),
            in_flight: AtomicUsize::new(0),
            recording: AtomicBool::new(true),
            connections: ConnectionStats::default(),
            data: Mutex::new(Data {
                services: HashMap::new(),
                store: Default::default(),
                usage: HashMap::new(),
                requests: Vec::new(),
                faults: Faults::default(),
                window: None,
                provisioning: DEFAULT_PROVISIONING,
                transition: DEFAULT_TRANSITION,
                key_id: key_id.to_owned(),
            }),
        }
    }

    /// Marks a request as being handled until the guard is dropped.
    pub fn start_request(&self) -> InFlight<'_> {
        self.in_flight.fetch_add(1, Ordering::SeqCst);
        InFlight(&self.in_flight)
    }

    /// Whether received requests are kept for `requests()` (on by default).
    pub fn set_recording(&self, on: bool) {
        self.recording.store(on, Ordering::Relaxed);
    }

    pub fn connections(&self) -> &ConnectionStats {
        &self.connections
    }

    /// Requests being handled right now.
    pub fn in_flight(&self) -> usize {
        self.in_flight.load(Ordering::SeqCst)
    }

    /// Sets how long created services stay `provisioning` (default 2 s).
    pub fn with_provisioning(self, provisioning: Duration) -> State {
        self.set_provisioning(provisioning);
        self
    }

    /// Changes the provisioning time of services created from now on.
    pub fn set_provisioning(&self, provisioning: Duration) {
        self.data().provisioning = provisioning;
    }

    pub fn provisioning(&self) -> Duration {
        self.data().provisioning
    }

    /// Changes how long state changes started from now on take (default 1 s).
    pub fn set_transition(&self, transition: Duration) {
        self.data().transition = transition;
    }

    pub fn transition(&self) -> Duration {
        self.data().transition
    }

    fn data(&self) -> std::sync::MutexGuard<'_, Data> {
        self.data.lock().unwrap_or_else(|e| e.into_inner())
    }

    // -- seeding -------------------------------------------------------------------------

    /// Stores a backup, served verbatim; makes the service known.
    pub fn add_backup(&self, organization_id: Uuid, service_id: Uuid, backup: Value) {
        self.push_backup(organization_id, service_id, backup, None);
    }

    /// Stores a backup served as given until `after` has passed, then with
    /// `final_fields` merged in (e.g. `status`, `finishedAt`, `sizeInBytes`).
    pub fn add_backup_finishing(
        &self,
        organization_id: Uuid,
        service_id: Uuid,
        backup: Value,
        after: Duration,
        final_fields: Map<String, Value>,
    ) {
        let at = Deadline::after(Instant::now(), after);
        self.push_backup(
            organization_id,
            service_id,
            backup,
            Some((at, final_fields)),
        );
    }

    fn push_backup(
        &self,
        organization_id: Uuid,
        service_id: Uuid,
        seeded: Value,
        finish: Option<(Deadline, Map<String, Value>)>,
    ) {
        let mut data = self.data();
        let entry = data
            .services
            .entry((organization_id, service_id))
            .or_default();
        entry.listing = None;
        entry.backups.push(StoredBackup { seeded, finish });
    }

    /// Registers a service with these fields (its `id`, a UUID, is made if absent;
    /// `state` defaults to `running`) and returns it as served.
    pub fn add_service(&self, organization_id: Uuid, service: Value) -> Result<Value, String> {
        let Value::Object(mut fields) = service else {
            return Err("a service is a JSON object".into());
        };
        let id = match fields.get("id") {
            None | Some(Value::Null) => Uuid::new_v4(),
            Some(Value::String(s)) => {
                Uuid::try_parse(s).map_err(|_| format!("service id {s:?} is not a UUID"))?
            }
            Some(_) => return Err("a service id is a string".into()),
        };
        fields.insert("id".into(), Value::String(id.to_string()));
        let state = fields
            .get("state")
            .and_then(Value::as_str)
            .unwrap_or("running")
            .to_owned();
        let mut data = self.data();
        let entry = data.services.entry((organization_id, id)).or_default();
        entry.fields = fields;
        entry.set_state(&state);
        Ok(entry.view(id, Instant::now()))
    }

    /// Sets a service's state for good (`failed`, `terminated`, `idle`, ...).
    pub fn set_service_state(&self, organization_id: Uuid, service_id: Uuid, state: &str) {
        self.data()
            .services
            .entry((organization_id, service_id))
            .or_default()
            .set_state(state);
    }

    /// The service as GET would serve it now, if it is served.
    pub fn service(&self, organization_id: Uuid, service_id: Uuid) -> Option<Value> {
        let now = Instant::now();
        let mut data = self.data();
        let entry = data.services.get_mut(&(organization_id, service_id))?;
        entry.exists(now).then(|| entry.view(service_id, now))
    }

    /// Seeds a service's backup configuration (fields left out take their defaults;
    /// same rules as PATCH) and returns it.
    pub fn set_backup_configuration(
        &self,
        organization_id: Uuid,
        service_id: Uuid,
        configuration: &Value,
    ) -> Result<Value, String> {
        let Value::Object(map) = configuration else {
            return Err("a backup configuration is a JSON object".into());
        };
        let next = BackupConfiguration::default().patched(map)?;
        let json = next.to_json();
        self.data()
            .services
            .entry((organization_id, service_id))
            .or_default()
            .configuration = next;
        Ok(json)
    }

    pub fn backup_configuration(&self, organization_id: Uuid, service_id: Uuid) -> Option<Value> {
        let data = self.data();
        let entry = data.services.get(&(organization_id, service_id))?;
        Some(entry.configuration.to_json())
    }

    /// On the BASIC tier every PATCH of the backup configuration answers 403.
    pub fn set_basic_tier(&self, organization_id: Uuid, service_id: Uuid, on: bool) {
        self.data()
            .services
            .entry((organization_id, service_id))
            .or_default()
            .basic_tier = on;
    }

    /// Seeds (or with `None` removes) a service's backup bucket; a secret in it is
    /// stored as the secret. Returns the bucket as served.
    pub fn set_backup_bucket(
        &self,
        organization_id: Uuid,
        service_id: Uuid,
        bucket: Option<Value>,
    ) -> Result<Option<Value>, String> {
        let bucket = match bucket {
            None => None,
            Some(body) => {
                let input = bucket_input(&body, None, true)?;
                Some(Bucket {
                    id: input.id.unwrap_or_else(Uuid::new_v4),
                    provider: input.provider,
                    fields: input
                        .fields
                        .into_iter()
                        .filter(|(_, v)| !v.is_null())
                        .collect(),
                    secret: input.secret.flatten(),
                })
            }
        };
        let view = bucket.as_ref().map(Bucket::view);
        self.data()
            .services
            .entry((organization_id, service_id))
            .or_default()
            .bucket = bucket;
        Ok(view)
    }

    /// The bucket as served (no secret), if the service has one.
    pub fn backup_bucket(&self, organization_id: Uuid, service_id: Uuid) -> Option<Value> {
        let data = self.data();
        let entry = data.services.get(&(organization_id, service_id))?;
        entry.bucket.as_ref().map(Bucket::view)
    }

    /// The write-only secret last sent for the bucket (GCP `secretAccessKey`,
    /// AZURE `connectionString`).
    pub fn backup_bucket_secret(&self, organization_id: Uuid, service_id: Uuid) -> Option<String> {
        let data = self.data();
        let entry = data.services.get(&(organization_id, service_id))?;
        entry.bucket.as_ref()?.secret.clone()
    }

    /// Puts `value` in the store: as the item `key` of the collection at `path`, or,
    /// with no key, as the resource at `path`. Returns it as served.
    pub fn seed(&self, path: &str, key: Option<&str>, value: Value) -> Result<Value, String> {
        let Value::Object(fields) = value else {
            return Err("a resource is a JSON object".into());
        };
        let path = path.trim_end_matches('/');
        let mut data = self.data();
        match key {
            Some(key) => {
                data.store.insert(path, key, Value::Object(fields));
                data.store.get(path, key).ok_or_else(|| "not stored".into())
            }
            None => Ok(data.store.put_single(path, fields, true)),
        }
    }

    /// What the store holds at `path`: the collection's items, or the resource.
    pub fn stored(&self, path: &str) -> Value {
        let path = path.trim_end_matches('/');
        let mut data = self.data();
        if let Some(single) = data.store.get_single(path) {
            return single;
        }
        Value::Array(data.store.list(path))
    }

    /// Sets `fields` on the item `key` of the collection at `path` after `after`.
    pub fn seed_later(&self, path: &str, key: &str, after: Duration, fields: Map<String, Value>) {
        self.data()
            .store
            .later(path.trim_end_matches('/'), key, after, fields);
    }

    /// An organization, served by GET /v1/organizations/{id} and listed.
    pub fn add_organization(&self, organization: Value) -> Result<Value, String> {
        let id = organization
            .get("id")
            .and_then(Value::as_str)
            .and_then(|s| Uuid::try_parse(s).ok())
            .ok_or("an organization needs a UUID id")?;
        self.seed(ORGANIZATIONS, Some(&id.to_string()), organization)
    }

    /// A usage-cost record (`date`, `totalCHC`, `entityType`, ...; `_tags` for the
    /// `tag:` filter, never served).
    pub fn add_usage_cost(&self, organization_id: Uuid, record: Value) -> Result<(), String> {
        if !record.is_object() {
            return Err("a usage-cost record is a JSON object".into());
        }
        self.data()
            .usage
            .entry(organization_id)
            .or_default()
            .push(record);
        Ok(())
    }

    // -- requests and faults ---------------------------------------------------------------

    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.data().requests.clone()
    }

    pub fn clear_requests(&self) {
        self.data().requests.clear();
    }

    /// Queues a fault; refuses headers that cannot go on the wire.
    pub fn push_fault(&self, fault: Fault) -> Result<(), String> {
        self.data().faults.push(fault)
    }

    pub fn clear_faults(&self) {
        self.data().faults.clear();
    }

    pub fn pending_faults(&self) -> usize {
        self.data().faults.pending()
    }

    /// Records the request and takes the fault scripted for it, if any.
    pub fn receive(&self, mut request: RecordedRequest) -> Option<Taken> {
        request.at = self.started.elapsed().as_secs_f64();
        let mut data = self.data();
        let fault = data.faults.take(&request.method, &request.path);
        if self.recording.load(Ordering::Relaxed) {
            data.requests.push(request);
        }
        fault
    }

    /// The API's answer to a request, as the real service would give it.
    pub fn answer(
        &self,
        method: &str,
        path: &str,
        query: Option<&str>,
        authorization: Option<&str>,
        accept: Option<&str>,
        body: &[u8],
    ) -> Reply {
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
        let outcome = api::handle(&mut self.data(), method, path, query, body);
        negotiated(reply(outcome, &request_id), accept, &request_id)
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
}
