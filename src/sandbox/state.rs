//! What the sandbox knows: seeded data, the requests it received, scripted faults,
//! and the API's behaviour on top of them (auth, ids, envelopes, errors).

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::{json, Map, Value};
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
    /// The serial number of the connection it came on (1 for the first accepted),
    /// and the client's port on it: which requests shared a connection.
    pub connection: u64,
    pub client_port: u16,
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
    /// Answer with a body sent piece by piece: slowly, cut short, or huge.
    Stream(StreamSpec),
}

/// A streamed answer, for the faults a plain response cannot make.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamSpec {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    /// The bytes to send, repeated until `total_bytes` have gone out.
    pub pattern: Vec<u8>,
    pub total_bytes: u64,
    pub chunk_size: usize,
    /// Pause before each chunk (a slow drip).
    pub pause: Duration,
    /// The Content-Length to announce, which may differ from what is sent; `None`
    /// sends the body chunked.
    pub content_length: Option<u64>,
    /// Break the connection after the bytes instead of ending the body cleanly.
    pub abort: bool,
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

/// How long a service created by a restore stays `provisioning`, unless changed.
pub const DEFAULT_PROVISIONING: Duration = Duration::from_secs(2);

/// The ClickHouse version new services report.
pub const CLICKHOUSE_VERSION: &str = "25.8.1.8344";

const RATE_WINDOW: Duration = Duration::from_secs(10);
const BACKUP_PERIODS: &[u64] = &[6, 8, 12, 16, 20, 24, 36, 48];
const DEFAULT_PERIOD: u64 = 24;
const DEFAULT_RETENTION: u64 = 24;
const MAX_RETENTION: u64 = 1080;

/// A moment that may lie beyond what `Instant` can hold (then it never comes).
#[derive(Debug, Clone, Copy)]
struct Deadline(Option<Instant>);

impl Deadline {
    fn after(now: Instant, wait: Duration) -> Deadline {
        Deadline(now.checked_add(wait))
    }

    fn passed(self, now: Instant) -> bool {
        self.0.is_some_and(|at| now >= at)
    }
}

/// A seeded backup, and what it turns into once it finishes, if anything.
struct StoredBackup {
    seeded: Value,
    finish: Option<(Deadline, Map<String, Value>)>,
}

impl StoredBackup {
    fn view(&self, now: Instant) -> Value {
        let mut value = self.seeded.clone();
        if let (Some((at, fields)), Value::Object(map)) = (&self.finish, &mut value) {
            if at.passed(now) {
                for (k, v) in fields {
                    map.insert(k.clone(), v.clone());
                }
            }
        }
        value
    }

    fn has_id(&self, now: Instant, wanted: &Uuid) -> bool {
        // The id as served: a passed finish may have replaced it.
        let finished_id = match &self.finish {
            Some((at, fields)) if at.passed(now) => fields.get("id"),
            _ => None,
        };
        finished_id
            .or_else(|| self.seeded.get("id"))
            .and_then(Value::as_str)
            .and_then(|id| Uuid::try_parse(id).ok())
            .is_some_and(|id| id == *wanted)
    }

    /// Whether this backup is served the same from now on.
    fn settled(&self, now: Instant) -> bool {
        self.finish.as_ref().is_none_or(|(at, _)| at.passed(now))
    }
}

/// A service's backup schedule.
#[derive(Debug, Clone, PartialEq)]
struct BackupConfiguration {
    period: u64,
    retention: u64,
    start: Option<String>,
}

impl Default for BackupConfiguration {
    fn default() -> Self {
        BackupConfiguration {
            period: DEFAULT_PERIOD,
            retention: DEFAULT_RETENTION,
            start: None,
        }
    }
}

impl BackupConfiguration {
    fn to_json(&self) -> Value {
        json!({
            "backupPeriodInHours": self.period,
            "backupRetentionPeriodInHours": self.retention,
            "backupStartTime": self.start,
        })
    }

    /// This configuration with a PATCH body applied (`null` resets a field). A start
    /// time makes the period 24 h; a new period other than 24 h drops the start time.
    fn patched(&self, body: &Map<String, Value>) -> Result<BackupConfiguration, String> {
        let mut next = self.clone();
        for (key, value) in body {
            match key.as_str() {
                "backupPeriodInHours" => {
                    next.period = match value {
                        Value::Null => DEFAULT_PERIOD,
                        v => whole(v).filter(|p| BACKUP_PERIODS.contains(p)).ok_or(
                            "BAD_REQUEST: backupPeriodInHours must be one of \
                             6, 8, 12, 16, 20, 24, 36, 48",
                        )?,
                    };
                }
                "backupRetentionPeriodInHours" => {
                    next.retention = match value {
                        Value::Null => DEFAULT_RETENTION,
                        v => whole(v)
                            .filter(|r| r % 24 == 0 && (24..=MAX_RETENTION).contains(r))
                            .ok_or(
                                "BAD_REQUEST: backupRetentionPeriodInHours must be a whole \
                                 number of days between 24 and 1080 hours",
                            )?,
                    };
                }
                "backupStartTime" => {
                    next.start = match value {
                        Value::Null => None,
                        Value::String(s) if is_hh_mm(s) => Some(s.clone()),
                        _ => {
                            return Err(
                                "BAD_REQUEST: backupStartTime must be \"HH:MM\" (UTC)".into()
                            )
                        }
                    };
                }
                other => return Err(format!("BAD_REQUEST: Unknown field {other:?}")),
            }
        }
        if next.start.is_some() && body.get("backupStartTime").is_some_and(|v| !v.is_null()) {
            next.period = DEFAULT_PERIOD;
        } else if next.period != DEFAULT_PERIOD {
            next.start = None;
        }
        Ok(next)
    }
}

/// A JSON number holding a whole non-negative value (`24` or `24.0`).
fn whole(value: &Value) -> Option<u64> {
    if let Some(n) = value.as_u64() {
        return Some(n);
    }
    let f = value.as_f64()?;
    (f.fract() == 0.0 && (0.0..=9.0e15).contains(&f)).then_some(f as u64)
}

fn is_hh_mm(text: &str) -> bool {
    match text.as_bytes() {
        [h1, h2, b':', m1, m2] if [h1, h2, m1, m2].iter().all(|b| b.is_ascii_digit()) => {
            (h1 - b'0') * 10 + (h2 - b'0') < 24 && (m1 - b'0') < 6
        }
        _ => false,
    }
}

/// The three bucket providers: their public fields and their write-only secret.
const BUCKET_PROVIDERS: &[(&str, &[&str], Option<&str>)] = &[
    (
        "AWS",
        &["bucketPath", "iamRoleArn", "iamRoleSessionName"],
        None,
    ),
    (
        "GCP",
        &["bucketPath", "accessKeyId"],
        Some("secretAccessKey"),
    ),
    ("AZURE", &["containerName"], Some("connectionString")),
];

/// A customer's backup bucket; the secret is stored but never served.
#[derive(Debug, Clone)]
struct Bucket {
    id: Uuid,
    provider: &'static str,
    fields: Map<String, Value>,
    secret: Option<String>,
}

impl Bucket {
    fn view(&self) -> Value {
        let mut map = self.fields.clone();
        map.insert("id".into(), Value::String(self.id.to_string()));
        map.insert("bucketProvider".into(), Value::String(self.provider.into()));
        Value::Object(map)
    }
}

/// A checked POST/PATCH/seed backupBucket body.
struct BucketInput {
    provider: &'static str,
    /// Public fields given; `Null` = clear.
    fields: Map<String, Value>,
    /// The secret: absent, `Some(None)` = null, or a value.
    secret: Option<Option<String>>,
    id: Option<Uuid>,
}

/// Checks a bucket body; `current` is the provider to assume when none is given.
fn bucket_input(
    body: &Value,
    current: Option<&'static str>,
    allow_id: bool,
) -> Result<BucketInput, String> {
    let Value::Object(map) = body else {
        return Err("BAD_REQUEST: The request body must be a JSON object".into());
    };
    let provider = match (map.get("bucketProvider"), current) {
        (None, Some(current)) => current,
        (None, None) => return Err("BAD_REQUEST: bucketProvider is required".into()),
        (Some(given), _) => BUCKET_PROVIDERS
            .iter()
            .map(|(name, _, _)| *name)
            .find(|name| given.as_str() == Some(name))
            .ok_or("BAD_REQUEST: bucketProvider must be AWS, GCP or AZURE")?,
    };
    if current.is_some_and(|c| c != provider) {
        return Err("BAD_REQUEST: bucketProvider cannot be changed".into());
    }
    let (public, secret_key): (&[&str], Option<&str>) = BUCKET_PROVIDERS
        .iter()
        .find(|(name, _, _)| *name == provider)
        .map(|(_, public, secret)| (*public, *secret))
        .unwrap_or((&[], None));
    let mut input = BucketInput {
        provider,
        fields: Map::new(),
        secret: None,
        id: None,
    };
    for (key, value) in map {
        if key == "bucketProvider" {
            continue;
        }
        if allow_id && key == "id" {
            if value.is_null() {
                continue;
            }
            input.id = Some(
                value
                    .as_str()
                    .and_then(|s| Uuid::try_parse(s).ok())
                    .ok_or("BAD_REQUEST: Invalid backup bucket id")?,
            );
            continue;
        }
        let is_public = public.contains(&key.as_str());
        if !is_public && secret_key != Some(key.as_str()) {
            return Err(format!(
                "BAD_REQUEST: {key:?} is not a field of a {provider} backup bucket"
            ));
        }
        let text = match value {
            Value::Null => None,
            Value::String(s) => Some(s.clone()),
            _ => return Err(format!("BAD_REQUEST: {key} must be a string")),
        };
        if is_public {
            input
                .fields
                .insert(key.clone(), text.map_or(Value::Null, Value::String));
        } else {
            input.secret = Some(text);
        }
    }
    Ok(input)
}

/// The secret `input` must carry (GCP and AZURE, on every POST and PATCH).
fn required_secret(input: &BucketInput) -> Result<Option<String>, String> {
    let key = BUCKET_PROVIDERS
        .iter()
        .find(|(name, _, _)| *name == input.provider)
        .and_then(|(_, _, secret)| *secret);
    match (key, &input.secret) {
        (None, _) => Ok(None),
        (Some(_), Some(Some(secret))) => Ok(Some(secret.clone())),
        (Some(key), _) => Err(format!(
            "BAD_REQUEST: {key} is required for a {} backup bucket",
            input.provider
        )),
    }
}

/// Everything about one (organization, service).
#[derive(Default)]
struct ServiceData {
    /// The service as seeded or created; empty for one known only from its backups.
    fields: Map<String, Value>,
    /// While set and not passed, the service is `provisioning`; then `running`.
    provisioning: Option<Deadline>,
    /// Backups in insertion order.
    backups: Vec<StoredBackup>,
    /// The serialized, sorted list of backups, kept while no backup can change
    /// (a 2,000-backup list costs milliseconds to build; benchmarks list it again and again).
    listing: Option<Arc<str>>,
    configuration: BackupConfiguration,
    basic_tier: bool,
    bucket: Option<Bucket>,
}

impl ServiceData {
    fn view(&self, service_id: Uuid, now: Instant) -> Value {
        let mut map = self.fields.clone();
        map.insert("id".into(), Value::String(service_id.to_string()));
        match self.provisioning {
            Some(deadline) if !deadline.passed(now) => {
                map.insert("state".into(), "provisioning".into());
            }
            Some(_) => {
                map.insert("state".into(), "running".into());
            }
            None => {
                map.entry("state").or_insert_with(|| "running".into());
            }
        }
        Value::Object(map)
    }
}

struct Data {
    services: HashMap<(Uuid, Uuid), ServiceData>,
    requests: Vec<RecordedRequest>,
    faults: VecDeque<Fault>,
    window: Option<(Instant, u32)>,
    provisioning: Duration,
}

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

/// The TCP connections the server holds: open now, the most open at once, and how
/// many it has accepted (clients are tested against a cap on their connections).
#[derive(Default)]
pub struct ConnectionStats {
    open: AtomicUsize,
    peak: AtomicUsize,
    accepted: AtomicU64,
}

/// Counts a connection as open for as long as it lives.
pub struct OpenConnection<'a> {
    stats: &'a ConnectionStats,
    pub serial: u64,
}

impl Drop for OpenConnection<'_> {
    fn drop(&mut self) {
        self.stats.open.fetch_sub(1, Ordering::SeqCst);
    }
}

impl ConnectionStats {
    pub fn open(&self) -> OpenConnection<'_> {
        let now = self.open.fetch_add(1, Ordering::SeqCst) + 1;
        self.peak.fetch_max(now, Ordering::SeqCst);
        let serial = self.accepted.fetch_add(1, Ordering::SeqCst) + 1;
        OpenConnection {
            stats: self,
            serial,
        }
    }

    /// (open now, most open at once since the last reset, accepted in all).
    pub fn snapshot(&self) -> (usize, usize, u64) {
        (
            self.open.load(Ordering::SeqCst),
            self.peak.load(Ordering::SeqCst),
            self.accepted.load(Ordering::SeqCst),
        )
    }

    /// Starts the peak again from the connections open now.
    pub fn reset_peak(&self) {
        self.peak
            .store(self.open.load(Ordering::SeqCst), Ordering::SeqCst);
    }
}

/// Counts a request as in flight for as long as it lives.
pub struct InFlight<'a>(&'a AtomicUsize);

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl State {
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
                requests: Vec::new(),
                faults: VecDeque::new(),
                window: None,
                provisioning: DEFAULT_PROVISIONING,
            }),
        }
    }

    /// Sets how long restored services stay `provisioning` (default 2 s).
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

    fn data(&self) -> std::sync::MutexGuard<'_, Data> {
        self.data.lock().unwrap_or_else(|e| e.into_inner())
    }

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
        fields.entry("state").or_insert_with(|| "running".into());
        let mut data = self.data();
        let entry = data.services.entry((organization_id, id)).or_default();
        entry.fields = fields;
        entry.provisioning = None;
        Ok(entry.view(id, Instant::now()))
    }

    /// Sets a service's state for good (`failed`, `terminated`, ...).
    pub fn set_service_state(&self, organization_id: Uuid, service_id: Uuid, state: &str) {
        let mut data = self.data();
        let entry = data
            .services
            .entry((organization_id, service_id))
            .or_default();
        entry.fields.insert("state".into(), state.into());
        entry.provisioning = None;
    }

    /// The service as GET would serve it now, if known.
    pub fn service(&self, organization_id: Uuid, service_id: Uuid) -> Option<Value> {
        let data = self.data();
        let entry = data.services.get(&(organization_id, service_id))?;
        Some(entry.view(service_id, Instant::now()))
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

    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.data().requests.clone()
    }

    pub fn clear_requests(&self) {
        self.data().requests.clear();
    }

    /// Queues a fault; refuses headers that cannot go on the wire.
    pub fn push_fault(&self, fault: Fault) -> Result<(), String> {
        let headers = match &fault.action {
            FaultAction::Respond { headers, .. } => Some(headers),
            FaultAction::Stream(spec) => Some(&spec.headers),
            _ => None,
        };
        if let Some(headers) = headers {
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
        if self.recording.load(Ordering::Relaxed) {
            data.requests.push(request);
        }
        let front = data.faults.front_mut()?;
        let taken = (front.delay, front.action.clone());
        front.times -= 1;
        if front.times == 0 {
            data.faults.pop_front();
        }
        Some(taken)
    }

    /// The API's answer to a request, as the real service would give it.
    pub fn answer(
        &self,
        method: &str,
        path: &str,
        authorization: Option<&str>,
        body: &[u8],
    ) -> Reply {
        let request_id = Uuid::new_v4().to_string();
        let rid = request_id.as_str();
        if authorization != Some(self.authorization.as_str()) {
            return error(401, "AUTHENTICATION_FAILED: Invalid API key or secret", rid);
        }
        if let Some(reply) = self.rate_limited() {
            return reply;
        }
        let segments: Vec<&str> = path.trim_end_matches('/').split('/').collect();
        let result = match (method, segments.as_slice()) {
            ("GET", ["", "v1", "organizations", org, "services", svc, "backups", backup]) => {
                self.get_backup(org, svc, backup)
            }
            ("GET", ["", "v1", "organizations", org, "services", svc, "backups"]) => {
                return match self.list_backups(org, svc) {
                    Ok(listing) => success_serialized(&listing, rid),
                    Err((status, message)) => error(status, &message, rid),
                };
            }
            ("POST", ["", "v1", "organizations", org, "services"]) => {
                self.create_service(org, body)
            }
            ("GET", ["", "v1", "organizations", org, "services"]) => self.list_services(org),
            ("GET", ["", "v1", "organizations", org, "services", svc]) => {
                self.get_service(org, svc)
            }
            ("GET", ["", "v1", "organizations", org, "services", svc, "backupConfiguration"]) => {
                self.get_configuration(org, svc)
            }
            ("PATCH", ["", "v1", "organizations", org, "services", svc, "backupConfiguration"]) => {
                self.patch_configuration(org, svc, body)
            }
            (
                "GET" | "POST" | "PATCH" | "DELETE",
                ["", "v1", "organizations", org, "services", svc, "backupBucket"],
            ) => self.bucket_request(method, org, svc, body),
            _ => Err(no_route(method, path)),
        };
        match result {
            Ok(Some(result)) => success(result, rid),
            Ok(None) => json_reply(200, json!({"status": 200, "requestId": rid})),
            Err((status, message)) => error(status, &message, rid),
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

    /// Runs `f` on a known service, or answers 404.
    fn with_service<T>(
        &self,
        key: (Uuid, Uuid),
        f: impl FnOnce(&mut ServiceData, Instant) -> Result<T, Failure>,
    ) -> Result<T, Failure> {
        let mut data = self.data();
        let entry = data
            .services
            .get_mut(&key)
            .ok_or_else(|| not_found("Service not found"))?;
        f(entry, Instant::now())
    }

    fn get_backup(&self, org: &str, svc: &str, backup: &str) -> Answer {
        let key = service_key(org, svc)?;
        let backup = parse(backup, "backup")?;
        self.with_service(key, |entry, now| {
            entry
                .backups
                .iter()
                .find(|b| b.has_id(now, &backup))
                .map(|b| Some(b.view(now)))
                .ok_or_else(|| not_found("Backup not found"))
        })
    }

    /// The `result` of GET backups, already serialized.
    fn list_backups(&self, org: &str, svc: &str) -> Result<Arc<str>, Failure> {
        self.with_service(service_key(org, svc)?, |entry, now| {
            if let Some(listing) = &entry.listing {
                return Ok(listing.clone());
            }
            let mut list: Vec<Value> = entry.backups.iter().map(|b| b.view(now)).collect();
            // The API lists newest first.
            // Each timestamp parsed once, not once per comparison (long lists).
            list.sort_by_cached_key(|b| std::cmp::Reverse(started(b)));
            let listing: Arc<str> = Value::Array(list).to_string().into();
            if entry.backups.iter().all(|b| b.settled(now)) {
                entry.listing = Some(listing.clone());
            }
            Ok(listing)
        })
    }

    fn get_service(&self, org: &str, svc: &str) -> Answer {
        let key = service_key(org, svc)?;
        self.with_service(key, |entry, now| Ok(Some(entry.view(key.1, now))))
    }

    /// GET services: the organization's services that were seeded or created (not those
    /// known only from their backups), by name then id.
    fn list_services(&self, org: &str) -> Answer {
        let org = parse(org, "organization")?;
        let now = Instant::now();
        let data = self.data();
        let mut services: Vec<Value> = data
            .services
            .iter()
            .filter(|((o, _), entry)| *o == org && !entry.fields.is_empty())
            .map(|((_, id), entry)| entry.view(*id, now))
            .collect();
        let key = |v: &Value| {
            let text = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
            (text("name"), text("id"))
        };
        services.sort_by_key(key);
        Ok(Some(Value::Array(services)))
    }

    /// POST services: a new service, restored from `backupId` when given.
    fn create_service(&self, org: &str, body: &[u8]) -> Answer {
        let org = parse(org, "organization")?;
        let Value::Object(mut request) = json_body(body)? else {
            return Err(bad_request("The request body must be a JSON object"));
        };
        let text = |key: &str| request.get(key).and_then(Value::as_str).map(str::to_owned);
        let name = text("name").ok_or_else(|| bad_request("name must be a string"))?;
        let provider = text("provider")
            .filter(|p| ["aws", "gcp", "azure"].contains(&p.as_str()))
            .ok_or_else(|| bad_request("provider must be aws, gcp or azure"))?;
        let region = text("region").ok_or_else(|| bad_request("region must be a string"))?;
        let backup = match request.remove("backupId") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => {
                Some(Uuid::try_parse(&s).map_err(|_| bad_request("Invalid backup id"))?)
            }
            Some(_) => return Err(bad_request("Invalid backup id")),
        };
        let mut data = self.data();
        let now = Instant::now();
        if let Some(backup) = backup {
            let exists = data.services.iter().any(|((o, _), entry)| {
                *o == org && entry.backups.iter().any(|b| b.has_id(now, &backup))
            });
            if !exists {
                return Err(bad_request("Invalid backup id"));
            }
        }
        let id = Uuid::new_v4();
        let id_text = id.to_string();
        let short = id_text.get(..8).unwrap_or(&id_text);
        let host = format!("{short}.{region}.{provider}.clickhouse.cloud");
        let created_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        for (key, value) in [
            ("id", json!(id_text)),
            ("name", json!(name)),
            ("provider", json!(provider)),
            ("region", json!(region)),
            ("state", json!("provisioning")),
            ("clickhouseVersion", json!(CLICKHOUSE_VERSION)),
            ("createdAt", json!(created_at)),
            (
                "endpoints",
                json!([
                    {"protocol": "https", "host": host, "port": 8443, "username": null},
                    {"protocol": "nativesecure", "host": host, "port": 9440, "username": null},
                ]),
            ),
        ] {
            request.insert(key.into(), value);
        }
        let provisioning = Deadline::after(now, data.provisioning);
        let service = Value::Object(request.clone());
        data.services.insert(
            (org, id),
            ServiceData {
                fields: request,
                provisioning: Some(provisioning),
                ..ServiceData::default()
            },
        );
        let password: String = std::iter::repeat_with(fastrand::alphanumeric)
            .take(24)
            .collect();
        Ok(Some(json!({"service": service, "password": password})))
    }

    fn get_configuration(&self, org: &str, svc: &str) -> Answer {
        self.with_service(service_key(org, svc)?, |entry, _| {
            Ok(Some(entry.configuration.to_json()))
        })
    }

    fn patch_configuration(&self, org: &str, svc: &str, body: &[u8]) -> Answer {
        self.with_service(service_key(org, svc)?, |entry, _| {
            if entry.basic_tier {
                return Err((
                    403,
                    "FORBIDDEN: Cannot use customized backup schedule in BASIC pricing package"
                        .into(),
                ));
            }
            let Value::Object(patch) = json_body(body)? else {
                return Err(bad_request("The request body must be a JSON object"));
            };
            if patch.is_empty() {
                return Err(bad_request("Nothing to update"));
            }
            entry.configuration = entry.configuration.patched(&patch).map_err(|m| (400, m))?;
            Ok(Some(entry.configuration.to_json()))
        })
    }

    /// GET/POST/PATCH/DELETE backupBucket.
    fn bucket_request(&self, method: &str, org: &str, svc: &str, body: &[u8]) -> Answer {
        let key = service_key(org, svc)?;
        let missing = || not_found("Backup bucket not found");
        match method {
            "GET" => self.with_service(key, |entry, _| {
                entry
                    .bucket
                    .as_ref()
                    .map(|b| Some(b.view()))
                    .ok_or_else(missing)
            }),
            "POST" => self.with_service(key, |entry, _| {
                if entry.bucket.is_some() {
                    return Err(bad_request("Backup bucket already exists"));
                }
                let input = bucket_input(&json_body(body)?, None, false).map_err(|m| (400, m))?;
                let secret = required_secret(&input).map_err(|m| (400, m))?;
                let bucket = Bucket {
                    id: Uuid::new_v4(),
                    provider: input.provider,
                    fields: input
                        .fields
                        .into_iter()
                        .filter(|(_, v)| !v.is_null())
                        .collect(),
                    secret,
                };
                let view = bucket.view();
                entry.bucket = Some(bucket);
                Ok(Some(view))
            }),
            "PATCH" => self.with_service(key, |entry, _| {
                let bucket = entry.bucket.as_mut().ok_or_else(missing)?;
                let input = bucket_input(&json_body(body)?, Some(bucket.provider), false)
                    .map_err(|m| (400, m))?;
                let secret = required_secret(&input).map_err(|m| (400, m))?;
                for (key, value) in input.fields {
                    if value.is_null() {
                        bucket.fields.remove(&key);
                    } else {
                        bucket.fields.insert(key, value);
                    }
                }
                if secret.is_some() {
                    bucket.secret = secret;
                }
                Ok(Some(bucket.view()))
            }),
            "DELETE" => self.with_service(key, |entry, _| {
                entry.bucket.take().map(|_| None).ok_or_else(missing)
            }),
            _ => Err((405, format!("METHOD_NOT_ALLOWED: {method}"))),
        }
    }
}

/// An answer's status and error message.
type Failure = (u16, String);
/// `Ok(Some(result))`, `Ok(None)` for a success without a result, or an error.
type Answer = Result<Option<Value>, Failure>;

fn bad_request(message: &str) -> Failure {
    (400, format!("BAD_REQUEST: {message}"))
}

fn not_found(message: &str) -> Failure {
    (404, format!("NOT_FOUND: {message}"))
}

fn no_route(method: &str, path: &str) -> Failure {
    not_found(&format!("No route for {method} {path}"))
}

fn json_body(body: &[u8]) -> Result<Value, Failure> {
    serde_json::from_slice(body).map_err(|_| bad_request("The request body is not valid JSON"))
}

fn started(backup: &Value) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    let text = backup.get("startedAt")?.as_str()?;
    crate::core::wire::Timestamp::parse(text).map(|t| t.0)
}

fn service_key(org: &str, svc: &str) -> Result<(Uuid, Uuid), Failure> {
    Ok((parse(org, "organization")?, parse(svc, "service")?))
}

fn parse(id: &str, what: &str) -> Result<Uuid, Failure> {
    Uuid::try_parse(id).map_err(|_| bad_request(&format!("Invalid {what} id")))
}

fn success(result: Value, request_id: &str) -> Reply {
    json_reply(
        200,
        json!({"status": 200, "requestId": request_id, "result": result}),
    )
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
        let reply = state.answer("GET", &path, Some(&auth()), b"");
        assert_eq!(reply.status, 200);
        let body: Value = serde_json::from_slice(&reply.body).unwrap();
        assert_eq!(body["result"]["id"], BK);
    }

    #[test]
    fn checks_auth_ids_and_existence() {
        let state = seeded();
        let path = format!("/v1/organizations/{ORG}/services/{SVC}/backups/{BK}");
        assert_eq!(state.answer("GET", &path, None, b"").status, 401);
        assert_eq!(
            state.answer("GET", &path, Some("Basic eDp5"), b"").status,
            401
        );
        let bad = format!("/v1/organizations/{ORG}/services/nope/backups/{BK}");
        assert_eq!(state.answer("GET", &bad, Some(&auth()), b"").status, 400);
        let other = format!("/v1/organizations/{ORG}/services/{SVC}/backups/{ORG}");
        assert_eq!(state.answer("GET", &other, Some(&auth()), b"").status, 404);
        assert_eq!(state.answer("GET", "/v2/x", Some(&auth()), b"").status, 404);
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
            connection: 1,
            client_port: 1,
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
        assert_ne!(state.answer("GET", path, Some(&auth()), b"").status, 429);
        assert_ne!(state.answer("GET", path, Some(&auth()), b"").status, 429);
        let reply = state.answer("GET", path, Some(&auth()), b"");
        assert_eq!(reply.status, 429);
        assert!(reply.headers.iter().any(|(k, _)| k == "x-ratelimit-reset"));
    }

    fn call(state: &State, method: &str, path: &str, body: &str) -> (u16, Value) {
        let reply = state.answer(method, path, Some(&auth()), body.as_bytes());
        let json = serde_json::from_slice(&reply.body).unwrap();
        (reply.status, json)
    }

    fn ids() -> (Uuid, Uuid) {
        (ORG.parse().unwrap(), SVC.parse().unwrap())
    }

    fn svc_path(tail: &str) -> String {
        format!("/v1/organizations/{ORG}/services/{SVC}{tail}")
    }

    #[test]
    fn services_are_registered_served_and_overridden() {
        let state = State::new("k", "s", None);
        let org: Uuid = ORG.parse().unwrap();
        let added = state
            .add_service(org, json!({"name": "a", "provider": "aws"}))
            .unwrap();
        let id = added["id"].as_str().unwrap().to_owned();
        assert_eq!(added["state"], "running");
        let path = format!("/v1/organizations/{ORG}/services/{id}");
        let (status, body) = call(&state, "GET", &path, "");
        assert_eq!(status, 200);
        assert_eq!(body["result"]["name"], "a");
        assert_eq!(body["result"]["id"], id.as_str());
        state.set_service_state(org, id.parse().unwrap(), "failed");
        assert_eq!(
            call(&state, "GET", &path, "").1["result"]["state"],
            "failed"
        );
        // A given id is kept; a bad one refused.
        let given = state
            .add_service(org, json!({"id": SVC.to_uppercase()}))
            .unwrap();
        assert_eq!(given["id"], SVC);
        assert!(state.add_service(org, json!({"id": "nope"})).is_err());
        assert!(state.add_service(org, json!([1])).is_err());
        // Unknown and malformed ids.
        let unknown = format!("/v1/organizations/{ORG}/services/{BK}");
        let (status, body) = call(&state, "GET", &unknown, "");
        assert_eq!(
            (status, body["error"].as_str()),
            (404, Some("NOT_FOUND: Service not found"))
        );
        let bad = format!("/v1/organizations/{ORG}/services/x");
        assert_eq!(
            call(&state, "GET", &bad, "").1["error"],
            "BAD_REQUEST: Invalid service id"
        );
    }

    #[test]
    fn backups_make_their_service_known() {
        let state = seeded();
        let (status, body) = call(&state, "GET", &svc_path(""), "");
        assert_eq!(status, 200);
        assert_eq!(body["result"], json!({"id": SVC, "state": "running"}));
        assert_eq!(
            call(&state, "GET", &svc_path("/backupConfiguration"), "").0,
            200
        );
        // A known service without backups lists none.
        let org = ids().0;
        let other = state.add_service(org, json!({})).unwrap();
        let path = format!(
            "/v1/organizations/{ORG}/services/{}/backups",
            other["id"].as_str().unwrap()
        );
        assert_eq!(call(&state, "GET", &path, "").1["result"], json!([]));
    }

    #[test]
    fn restore_checks_the_request() {
        let state = seeded();
        let path = format!("/v1/organizations/{ORG}/services");
        for body in [
            "not json",
            "[]",
            r#"{"provider":"aws","region":"us-east-1"}"#,
            r#"{"name":"n","provider":"ibm","region":"us-east-1"}"#,
            r#"{"name":"n","provider":"aws","region":7}"#,
        ] {
            let (status, reply) = call(&state, "POST", &path, body);
            assert_eq!(status, 400, "{body}");
            assert!(reply["error"]
                .as_str()
                .unwrap()
                .starts_with("BAD_REQUEST: "));
        }
        for backup in ["\"nope\"", "1", &format!("\"{ORG}\"")] {
            let body = format!(
                r#"{{"name":"n","provider":"aws","region":"us-east-1","backupId":{backup}}}"#
            );
            let (status, reply) = call(&state, "POST", &path, &body);
            assert_eq!(
                (status, reply["error"].as_str()),
                (400, Some("BAD_REQUEST: Invalid backup id"))
            );
        }
        // A backup of another organization does not count.
        let other = format!("/v1/organizations/{SVC}/services");
        let body =
            format!(r#"{{"name":"n","provider":"aws","region":"us-east-1","backupId":"{BK}"}}"#);
        assert_eq!(call(&state, "POST", &other, &body).0, 400);
    }

    #[test]
    fn restore_creates_a_provisioning_service_that_starts_running() {
        let state = seeded().with_provisioning(Duration::from_millis(100));
        let path = format!("/v1/organizations/{ORG}/services");
        let body = format!(
            r#"{{"name":"restored","provider":"gcp","region":"us-east1","backupId":"{}","tier":"production","numReplicas":3}}"#,
            BK.to_uppercase()
        );
        let (status, reply) = call(&state, "POST", &path, &body);
        assert_eq!(status, 200);
        assert_eq!(reply["status"], 200);
        let result = &reply["result"];
        assert!(result["password"].as_str().unwrap().len() >= 16);
        let service = &result["service"];
        let id = service["id"].as_str().unwrap();
        Uuid::try_parse(id).unwrap();
        assert_eq!(service["state"], "provisioning");
        assert_eq!(service["name"], "restored");
        assert_eq!(service["tier"], "production");
        assert_eq!(service["numReplicas"], 3);
        assert_eq!(service["clickhouseVersion"], CLICKHOUSE_VERSION);
        assert!(service.get("backupId").is_none());
        let created = service["createdAt"].as_str().unwrap();
        assert!(created.ends_with('Z'));
        chrono::DateTime::parse_from_rfc3339(created).unwrap();
        let host = format!("{}.us-east1.gcp.clickhouse.cloud", &id[..8]);
        assert_eq!(
            service["endpoints"],
            json!([
                {"protocol": "https", "host": host, "port": 8443, "username": null},
                {"protocol": "nativesecure", "host": host, "port": 9440, "username": null},
            ])
        );
        let get = format!("/v1/organizations/{ORG}/services/{id}");
        assert_eq!(
            call(&state, "GET", &get, "").1["result"]["state"],
            "provisioning"
        );
        std::thread::sleep(Duration::from_millis(150));
        let (_, now) = call(&state, "GET", &get, "");
        assert_eq!(now["result"]["state"], "running");
        assert_eq!(now["result"]["name"], "restored");
        // Without a backup, and with no provisioning time, it runs at once.
        state.set_provisioning(Duration::ZERO);
        assert_eq!(state.provisioning(), Duration::ZERO);
        let body = r#"{"name":"fresh","provider":"aws","region":"eu-west-1","backupId":null}"#;
        let (status, reply) = call(&state, "POST", &path, body);
        assert_eq!(status, 200);
        let id: Uuid = reply["result"]["service"]["id"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap();
        assert_eq!(state.service(ids().0, id).unwrap()["state"], "running");
    }

    #[test]
    fn backup_configuration_defaults_and_404() {
        let state = seeded();
        let (status, body) = call(&state, "GET", &svc_path("/backupConfiguration"), "");
        assert_eq!(status, 200);
        assert_eq!(
            body["result"],
            json!({"backupPeriodInHours": 24, "backupRetentionPeriodInHours": 24, "backupStartTime": null})
        );
        let unknown = format!("/v1/organizations/{ORG}/services/{BK}/backupConfiguration");
        assert_eq!(call(&state, "GET", &unknown, "").0, 404);
        assert_eq!(call(&state, "PATCH", &unknown, "{}").0, 404);
        assert_eq!(
            state.backup_configuration(ids().0, BK.parse().unwrap()),
            None
        );
    }

    #[test]
    fn backup_configuration_patch_rules() {
        let state = seeded();
        let path = svc_path("/backupConfiguration");
        let patch = |body: &str| call(&state, "PATCH", &path, body);
        let (status, body) = patch("{}");
        assert_eq!(
            (status, body["error"].as_str()),
            (400, Some("BAD_REQUEST: Nothing to update"))
        );
        for bad in [
            "[]",
            "nope",
            r#"{"backupPeriod":24}"#,
            r#"{"backupPeriodInHours":7}"#,
            r#"{"backupPeriodInHours":24.5}"#,
            r#"{"backupPeriodInHours":"24"}"#,
            r#"{"backupRetentionPeriodInHours":36}"#,
            r#"{"backupRetentionPeriodInHours":0}"#,
            r#"{"backupRetentionPeriodInHours":1104}"#,
            r#"{"backupStartTime":"24:00"}"#,
            r#"{"backupStartTime":"2:00"}"#,
            r#"{"backupStartTime":"02:60"}"#,
            r#"{"backupStartTime":5}"#,
        ] {
            assert_eq!(patch(bad).0, 400, "{bad}");
        }
        let (status, body) =
            patch(r#"{"backupPeriodInHours":12.0,"backupRetentionPeriodInHours":1080}"#);
        assert_eq!(status, 200);
        assert_eq!(
            body["result"],
            json!({"backupPeriodInHours": 12, "backupRetentionPeriodInHours": 1080, "backupStartTime": null})
        );
        // A start time makes the period 24 h, even when a period is given too.
        let (_, body) = patch(r#"{"backupStartTime":"23:59","backupPeriodInHours":6}"#);
        assert_eq!(body["result"]["backupPeriodInHours"], 24);
        assert_eq!(body["result"]["backupStartTime"], "23:59");
        assert_eq!(body["result"]["backupRetentionPeriodInHours"], 1080);
        // Another period drops the start time; null resets a field.
        let (_, body) = patch(r#"{"backupPeriodInHours":8,"backupRetentionPeriodInHours":null}"#);
        assert_eq!(
            body["result"],
            json!({"backupPeriodInHours": 8, "backupRetentionPeriodInHours": 24, "backupStartTime": null})
        );
        let (_, body) = patch(r#"{"backupPeriodInHours":null}"#);
        assert_eq!(body["result"]["backupPeriodInHours"], 24);
        let (org, svc) = ids();
        assert_eq!(
            state.backup_configuration(org, svc).unwrap(),
            body["result"]
        );
    }

    #[test]
    fn backup_configuration_seed_and_basic_tier() {
        let state = seeded();
        let (org, svc) = ids();
        let seeded = state
            .set_backup_configuration(
                org,
                svc,
                &json!({"backupRetentionPeriodInHours": 168, "backupStartTime": "02:00"}),
            )
            .unwrap();
        assert_eq!(
            seeded,
            json!({"backupPeriodInHours": 24, "backupRetentionPeriodInHours": 168, "backupStartTime": "02:00"})
        );
        assert!(state
            .set_backup_configuration(org, svc, &json!({"backupPeriodInHours": 5}))
            .is_err());
        let path = svc_path("/backupConfiguration");
        assert_eq!(call(&state, "GET", &path, "").1["result"], seeded);
        state.set_basic_tier(org, svc, true);
        for body in ["{}", r#"{"backupPeriodInHours":24}"#, "junk"] {
            let (status, reply) = call(&state, "PATCH", &path, body);
            assert_eq!(status, 403);
            assert_eq!(
                reply["error"],
                "FORBIDDEN: Cannot use customized backup schedule in BASIC pricing package"
            );
        }
        assert_eq!(call(&state, "GET", &path, "").0, 200);
        state.set_basic_tier(org, svc, false);
        assert_eq!(
            call(&state, "PATCH", &path, r#"{"backupPeriodInHours":24}"#).0,
            200
        );
    }

    #[test]
    fn backup_bucket_create_rules() {
        let state = seeded();
        let path = svc_path("/backupBucket");
        let (status, body) = call(&state, "GET", &path, "");
        assert_eq!(
            (status, body["error"].as_str()),
            (404, Some("NOT_FOUND: Backup bucket not found"))
        );
        for bad in [
            "[]",
            r#"{"bucketPath":"s3://b"}"#,
            r#"{"bucketProvider":"S3"}"#,
            r#"{"bucketProvider":"aws"}"#,
            r#"{"bucketProvider":"AWS","containerName":"c"}"#,
            r#"{"bucketProvider":"AWS","secretAccessKey":"x"}"#,
            r#"{"bucketProvider":"AWS","bucketPath":5}"#,
            r#"{"bucketProvider":"GCP","bucketPath":"gs://b","accessKeyId":"k"}"#,
            r#"{"bucketProvider":"GCP","secretAccessKey":null}"#,
            r#"{"bucketProvider":"AZURE","containerName":"c"}"#,
            r#"{"bucketProvider":"AZURE","containerName":"c","iamRoleArn":"a","connectionString":"s"}"#,
        ] {
            assert_eq!(call(&state, "POST", &path, bad).0, 400, "{bad}");
        }
        assert_eq!(call(&state, "GET", &path, "").0, 404);
        let (status, body) = call(
            &state,
            "POST",
            &path,
            r#"{"bucketProvider":"AZURE","containerName":"c","connectionString":"DefaultEndpointsProtocol=https;AccountKey=s3cr3t"}"#,
        );
        assert_eq!(status, 200);
        let id = body["result"]["id"].as_str().unwrap();
        Uuid::try_parse(id).unwrap();
        assert_eq!(
            body["result"],
            json!({"id": id, "bucketProvider": "AZURE", "containerName": "c"})
        );
        assert!(
            !String::from_utf8_lossy(&state.answer("GET", &path, Some(&auth()), b"").body)
                .contains("s3cr3t")
        );
        let (org, svc) = ids();
        assert!(state
            .backup_bucket_secret(org, svc)
            .unwrap()
            .contains("s3cr3t"));
        let (status, body) = call(
            &state,
            "POST",
            &path,
            r#"{"bucketProvider":"AWS","bucketPath":"s3://b"}"#,
        );
        assert_eq!(
            (status, body["error"].as_str()),
            (400, Some("BAD_REQUEST: Backup bucket already exists"))
        );
        let unknown = format!("/v1/organizations/{ORG}/services/{BK}/backupBucket");
        assert_eq!(
            call(&state, "POST", &unknown, r#"{"bucketProvider":"AWS"}"#).0,
            404
        );
    }

    #[test]
    fn backup_bucket_patch_and_delete() {
        let state = seeded();
        let path = svc_path("/backupBucket");
        let gcp = r#"{"bucketProvider":"GCP","bucketPath":"gs://b","accessKeyId":"k","secretAccessKey":"one"}"#;
        assert_eq!(call(&state, "PATCH", &path, gcp).0, 404);
        let (_, created) = call(&state, "POST", &path, gcp);
        let id = created["result"]["id"].clone();
        for bad in [
            r#"{"bucketProvider":"GCP","bucketPath":"gs://c"}"#,
            r#"{"bucketProvider":"GCP","secretAccessKey":null}"#,
            r#"{"bucketProvider":"AWS","bucketPath":"s3://c"}"#,
            r#"{"bucketProvider":"GCP","containerName":"c","secretAccessKey":"two"}"#,
            "{",
        ] {
            assert_eq!(call(&state, "PATCH", &path, bad).0, 400, "{bad}");
        }
        let (status, body) = call(
            &state,
            "PATCH",
            &path,
            r#"{"bucketProvider":"GCP","bucketPath":"gs://c","accessKeyId":null,"secretAccessKey":"two"}"#,
        );
        assert_eq!(status, 200);
        assert_eq!(
            body["result"],
            json!({"id": id, "bucketProvider": "GCP", "bucketPath": "gs://c"})
        );
        let (org, svc) = ids();
        assert_eq!(state.backup_bucket_secret(org, svc).as_deref(), Some("two"));
        assert_eq!(state.backup_bucket(org, svc).unwrap(), body["result"]);
        let (status, body) = call(&state, "DELETE", &path, "");
        assert_eq!(status, 200);
        assert!(body.get("result").is_none());
        assert!(body["requestId"].is_string());
        assert_eq!(call(&state, "DELETE", &path, "").0, 404);
        assert_eq!(call(&state, "GET", &path, "").0, 404);
        assert_eq!(state.backup_bucket(org, svc), None);
        assert_eq!(call(&state, "PUT", &path, "").0, 404);
    }

    #[test]
    fn backup_bucket_seed_keeps_the_secret_out_of_views() {
        let state = State::new("k", "s", None);
        let (org, svc) = ids();
        let view = state
            .set_backup_bucket(org, svc, Some(json!({"id": BK, "bucketProvider": "GCP", "bucketPath": "gs://b", "secretAccessKey": "hidden"})))
            .unwrap()
            .unwrap();
        assert_eq!(
            view,
            json!({"id": BK, "bucketProvider": "GCP", "bucketPath": "gs://b"})
        );
        assert_eq!(
            state.backup_bucket_secret(org, svc).as_deref(),
            Some("hidden")
        );
        let (_, body) = call(&state, "GET", &svc_path("/backupBucket"), "");
        assert_eq!(body["result"], view);
        // Seeding needs no secret, but the fields must belong to the provider.
        assert!(state
            .set_backup_bucket(org, svc, Some(json!({"bucketProvider": "AZURE"})))
            .is_ok());
        assert_eq!(state.backup_bucket_secret(org, svc), None);
        assert!(state
            .set_backup_bucket(
                org,
                svc,
                Some(json!({"bucketProvider": "AWS", "accessKeyId": "k"}))
            )
            .is_err());
        let null_id = json!({"id": null, "bucketProvider": "AWS", "bucketPath": null});
        let view = state
            .set_backup_bucket(org, svc, Some(null_id))
            .unwrap()
            .unwrap();
        assert_eq!(view.as_object().unwrap().len(), 2);
        assert!(state
            .set_backup_bucket(org, svc, Some(json!({"id": "x", "bucketProvider": "AWS"})))
            .is_err());
        assert_eq!(state.set_backup_bucket(org, svc, None), Ok(None));
        assert_eq!(state.backup_bucket(org, svc), None);
    }

    #[test]
    fn a_kept_listing_follows_new_backups() {
        let state = seeded();
        let (org, svc) = ids();
        let list = svc_path("/backups");
        let (status, first) = call(&state, "GET", &list, "");
        assert_eq!(status, 200);
        assert_eq!(first["status"], 200);
        assert!(first["requestId"].is_string());
        let (_, again) = call(&state, "GET", &list, "");
        assert_eq!(again["result"], first["result"]);
        assert_ne!(again["requestId"], first["requestId"]);
        let new = "66666666-6666-4666-8666-666666666666";
        state.add_backup(
            org,
            svc,
            json!({"id": new, "status": "done", "startedAt": "2031-01-01T00:00:00Z"}),
        );
        let (_, after) = call(&state, "GET", &list, "");
        assert_eq!(after["result"][0]["id"], new);
        assert_eq!(
            after["result"].as_array().unwrap().len(),
            first["result"].as_array().unwrap().len() + 1
        );
    }

    #[test]
    fn finishing_backups_change_after_their_time() {
        let state = seeded();
        let (org, svc) = ids();
        let late = "44444444-4444-4444-8444-444444444444";
        let mut done = Map::new();
        done.insert("status".into(), json!("done"));
        done.insert("sizeInBytes".into(), json!(1024));
        state.add_backup_finishing(
            org,
            svc,
            json!({"id": late, "status": "in_progress", "startedAt": "2030-01-01T00:00:00Z"}),
            Duration::from_millis(80),
            done,
        );
        let never = "55555555-5555-4555-8555-555555555555";
        state.add_backup_finishing(
            org,
            svc,
            json!({"id": never, "status": "in_progress"}),
            Duration::MAX,
            Map::new(),
        );
        let one = svc_path(&format!("/backups/{late}"));
        let list = svc_path("/backups");
        let (_, body) = call(&state, "GET", &one, "");
        assert_eq!(body["result"]["status"], "in_progress");
        assert!(body["result"].get("sizeInBytes").is_none());
        assert_eq!(
            call(&state, "GET", &list, "").1["result"][0]["status"],
            "in_progress"
        );
        std::thread::sleep(Duration::from_millis(120));
        let (_, body) = call(&state, "GET", &one, "");
        assert_eq!(body["result"]["status"], "done");
        assert_eq!(body["result"]["sizeInBytes"], 1024);
        let (_, listed) = call(&state, "GET", &list, "");
        assert_eq!(listed["result"][0]["id"], late);
        assert_eq!(listed["result"][0]["status"], "done");
        let (_, never) = call(&state, "GET", &svc_path(&format!("/backups/{never}")), "");
        assert_eq!(never["result"]["status"], "in_progress");
    }
}
