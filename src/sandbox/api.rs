//! The API's answer to one request: the operation found in the generated table
//! (`routes.rs`), its ids and body checked as the spec says (a 400 in the API's error
//! shape otherwise), then the operation's behaviour. Operations the real API gives a
//! behaviour of its own are written here by hand (services' states, backups, keys'
//! secrets, usage costs, ClickPipes' states, paged UDF lists, metrics); every other one
//! is served from the store by its path (`generic`).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use serde_json::{json, Map, Value};
use uuid::Uuid;

use super::backups::{bucket_input, required_secret, started, Bucket};
use super::faults::Faults;
use super::record::RecordedRequest;
use super::reply::{
    bad_request, json_body, no_route, not_found, parse_id, Answer, Failure, Outcome,
};
use super::routes::{self, Matched};
use super::services::{new_password, new_service_fields, ServiceData};
use super::store::Store;
use crate::core::api::operations::{check_schema, shape_result, OPERATIONS};
use crate::core::operation::{Operation, Paging, ParamKind, Shape};
use crate::core::wire::Date;

/// Everything the sandbox holds, behind its one lock.
pub(super) struct Data {
    pub services: HashMap<(Uuid, Uuid), ServiceData>,
    pub store: Store,
    /// Usage-cost records by organization, as seeded.
    pub usage: HashMap<Uuid, Vec<Value>>,
    pub requests: Vec<RecordedRequest>,
    pub faults: Faults,
    pub window: Option<(Instant, u32)>,
    /// How long a new service is `provisioning`.
    pub provisioning: Duration,
    /// How long a state change (stop, start, a ClickPipe's) takes.
    pub transition: Duration,
    /// The sandbox's key (whoami answers for it).
    pub key_id: String,
}

/// Where organizations are kept (GET /v1/organizations lists them).
pub(super) const ORGANIZATIONS: &str = "/v1/organizations";

/// The most days one usage-cost report may span.
const MAX_COST_DAYS: i64 = 31;

pub(super) fn handle(
    data: &mut Data,
    method: &str,
    path: &str,
    query: Option<&str>,
    body: &[u8],
) -> Answer {
    let path = path.trim_end_matches('/');
    let matched = match routes::find(method, path) {
        Ok(m) => m,
        Err(true) => return Err((405, format!("METHOD_NOT_ALLOWED: {method} {path}"))),
        Err(false) => return Err(no_route(method, path)),
    };
    let Some(op) = OPERATIONS.get(matched.index) else {
        return Err(no_route(method, path));
    };
    for param in op.path_params() {
        if param.kind == ParamKind::Uuid {
            let what = param.name.trim_end_matches("Id");
            parse_id(matched.param(param.name), what)?;
        }
    }
    let query: Vec<(String, String)> = url::form_urlencoded::parse(query.unwrap_or("").as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    before_the_body(data, op, &matched)?;
    let body = if op.body {
        let raw = json_body(body)?;
        early_body_checks(op, &raw)?;
        // Checked as the spec says, but the behaviours get the body as sent: a PATCH's
        // `null` (remove this field) must survive, and re-serializing would drop it.
        check_schema(matched.index, raw.clone()).map_err(|e| bad_request(&e.to_string()))?;
        if let Some(missing) = op.body_required.iter().find(|f| raw.get(**f).is_none()) {
            return Err(bad_request(&format!("{missing} is required")));
        }
        match raw {
            Value::Object(map) => map,
            _ => return Err(bad_request("The request body must be a JSON object")),
        }
    } else {
        Map::new()
    };
    let call = Call {
        op,
        matched: &matched,
        path,
        query: &query,
        body,
        now: Instant::now(),
    };
    let index = matched.index;
    let backups = op.tag == "Backup";
    match behaviour(data, call)? {
        // Answered in the spec's shape (a field no request should have set, dropped; a
        // required one, present), except backups: their seeds are served verbatim, so
        // that tests can hand the client any body.
        Outcome::Result(result) if !backups => Ok(Outcome::Result(
            shape_result(index, result.clone()).unwrap_or(result),
        )),
        outcome => Ok(outcome),
    }
}

/// Refusals the API gives whatever the body: a BASIC service cannot change its backup
/// schedule at all.
fn before_the_body(data: &Data, op: &Operation, matched: &Matched) -> Result<(), Failure> {
    if op.id == "backupConfigurationUpdate" {
        let key = (
            Uuid::try_parse(matched.param("organizationId")).unwrap_or_default(),
            Uuid::try_parse(matched.param("serviceId")).unwrap_or_default(),
        );
        if data.services.get(&key).is_some_and(|s| s.basic_tier) {
            return Err((
                403,
                "FORBIDDEN: Cannot use customized backup schedule in BASIC pricing package".into(),
            ));
        }
    }
    Ok(())
}

/// Checks whose message the API words its own way, made before the spec's.
fn early_body_checks(op: &Operation, body: &Value) -> Result<(), Failure> {
    if op.id == "instanceCreate" {
        if let Some(backup) = body.get("backupId") {
            if !backup.is_null()
                && backup
                    .as_str()
                    .and_then(|s| Uuid::try_parse(s).ok())
                    .is_none()
            {
                return Err(bad_request("Invalid backup id"));
            }
        }
    }
    Ok(())
}

/// One request, checked.
struct Call<'a> {
    op: &'static Operation,
    matched: &'a Matched,
    path: &'a str,
    query: &'a [(String, String)],
    body: Map<String, Value>,
    now: Instant,
}

impl Call<'_> {
    fn id(&self, name: &str) -> Uuid {
        Uuid::try_parse(self.matched.param(name)).unwrap_or_default()
    }

    fn org(&self) -> Uuid {
        self.id("organizationId")
    }

    fn service_key(&self) -> (Uuid, Uuid) {
        (self.org(), self.id("serviceId"))
    }

    fn query(&self, name: &str) -> Vec<&str> {
        self.query
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The path of the collection an item path belongs to.
    fn parent(&self) -> &str {
        self.path
            .rsplit_once('/')
            .map_or(self.path, |(head, _)| head)
    }
}

fn behaviour(data: &mut Data, call: Call<'_>) -> Answer {
    match call.op.id {
        "backupGet" => get_backup(data, &call),
        "backupGetList" => list_backups(data, &call),
        "backupConfigurationGet" => with_service(data, &call, |s, _| {
            Ok(Outcome::Result(s.configuration.to_json()))
        }),
        "backupConfigurationUpdate" => patch_configuration(data, &call),
        "backupBucketGet" | "backupBucketCreate" | "backupBucketUpdate" | "backupBucketDelete" => {
            bucket(data, &call)
        }
        "instanceGetList" => list_services(data, &call),
        "instanceCreate" => create_service(data, call),
        // A service known only from its seeded backups is still served (id and state).
        "instanceGet" => {
            let id = call.id("serviceId");
            with_service(data, &call, |s, now| Ok(Outcome::Result(s.view(id, now))))
        }
        "instanceUpdate" | "instanceScalingUpdate" | "instanceReplicaScalingUpdate" => {
            update_service(data, call)
        }
        "instanceStateUpdate" => service_state(data, call),
        "instanceDelete" => delete_service(data, &call),
        "instancePasswordUpdate" => with_service_of(data, &call, |_, _, _| {
            Ok(Outcome::Result(json!({ "password": new_password() })))
        }),
        "instancePrometheusGet" => service_metrics(data, &call),
        "organizationPrometheusGet"
        | "postgresOrgPrometheusGet"
        | "postgresInstancePrometheusGet" => Ok(Outcome::Text(
            metrics(&call, None),
            "text/plain; version=0.0.4",
        )),
        "postgresServiceCertsGet" => Ok(Outcome::Text(
            CA_CERTIFICATE.into(),
            "application/x-pem-file",
        )),
        "postgresServiceSetPassword" => Ok(Outcome::Result(json!({ "password": new_password() }))),
        "organizationGet" => Ok(Outcome::Result(organization(data, &call))),
        "organizationGetList" => page(organizations(data), &call),
        "whoamiGet" => Ok(Outcome::Result(whoami(data))),
        "snapshotGetList" => {
            let mut snapshots = data.store.list(call.path);
            // Newest first, as backups.
            snapshots.sort_by(|a, b| {
                let at = |v: &Value| {
                    v.get("startedAt")
                        .and_then(Value::as_str)
                        .map(str::to_owned)
                };
                at(b).cmp(&at(a))
            });
            page(snapshots, &call)
        }
        "snapshotConfigurationGet" => Ok(Outcome::Result(snapshot_configuration(data, &call))),
        "snapshotConfigurationUpdate" => update_snapshot_configuration(data, call),
        "organizationPrometheusDiscoveryGet" => Ok(Outcome::Bare(discovery(data, &call))),
        "serviceClickhouseSettingsUpdate" => update_settings(data, &call),
        "serviceClickhouseSettingsListGet" => Ok(Outcome::Result(
            json!({ "settings": data.store.list(call.path) }),
        )),
        "organizationUpdate" => {
            let (org, key) = (organization(data, &call), call.org().to_string());
            data.store.insert(ORGANIZATIONS, &key, org);
            let updated = data.store.update(ORGANIZATIONS, &key, call.body, false);
            Ok(Outcome::Result(updated.unwrap_or_default()))
        }
        "openapiKeyCreate" => create_key(data, call),
        "usageCostGet" => usage_cost(data, &call),
        "clickPipeCreate" => create_clickpipe(data, call),
        "clickPipeStateUpdate" => clickpipe_state(data, call),
        "clickPipeUpdate" => {
            idle_service_refuses(data, &call)?;
            generic(data, call)
        }
        "udfVersionCreate" => create_udf_version(data, call),
        // The body passed the spec's checks: valid, and normalized as sent.
        "clickStackValidateDashboard" => Ok(Outcome::Result(json!({
            "valid": true, "errors": [], "normalized": Value::Object(call.body),
        }))),
        "udfCreate" => {
            let mut call = call;
            call.body.entry("version").or_insert(json!(1));
            call.body.entry("status").or_insert(json!("ready"));
            generic(data, call)
        }
        _ => generic(data, call),
    }
}

// -- the store, by path ----------------------------------------------------------------

/// How an operation uses the store, from its path and method alone.
enum Kind {
    List,
    Page,
    Create,
    Get,
    Upsert,
    Update,
    Delete,
    GetSingle,
    PutSingle {
        replace: bool,
    },
    DeleteSingle,
    /// A POST that computes something (a validation, a schema discovery): its body back.
    Action,
}

fn kind_of(op: &Operation) -> Kind {
    let item = op.path.ends_with('}');
    let collection = OPERATIONS
        .iter()
        .any(|o| o.path == op.path && o.shape == Shape::List);
    let method = op.method.as_str();
    match (item, collection, method) {
        (true, _, "GET") => Kind::Get,
        (true, _, "PUT") => Kind::Upsert,
        (true, _, "PATCH") => Kind::Update,
        (true, _, "DELETE") => Kind::Delete,
        (false, true, "GET") if op.paging != Paging::None => Kind::Page,
        (false, true, "GET") => Kind::List,
        (false, true, "POST") => Kind::Create,
        (false, false, "GET") => Kind::GetSingle,
        (false, false, "PATCH") => Kind::PutSingle { replace: false },
        (false, false, "PUT") => Kind::PutSingle { replace: true },
        (false, false, "POST")
            if op.path.ends_with("validate") || op.path.ends_with("Discovery") =>
        {
            Kind::Action
        }
        (false, false, "POST") => Kind::PutSingle { replace: true },
        (false, false, "DELETE") => Kind::DeleteSingle,
        _ => Kind::Action,
    }
}

/// The field that keys a new item: the item path's parameter when the body has it
/// (a UDF's `functionName`), else `id`.
fn key_field(op: &Operation, body: &Map<String, Value>) -> String {
    let item_param = OPERATIONS
        .iter()
        .filter(|o| o.path.starts_with(op.path) && o.path.ends_with('}'))
        .filter_map(|o| {
            o.path
                .rsplit_once('{')
                .map(|(_, p)| p.trim_end_matches('}'))
        })
        .find(|p| o_has(body, p));
    item_param.map_or_else(|| "id".to_owned(), str::to_owned)
}

fn o_has(body: &Map<String, Value>, key: &str) -> bool {
    body.get(key).is_some_and(Value::is_string)
}

fn key_of(value: &Value, field: &str) -> Option<String> {
    match value.get(field)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn generic(data: &mut Data, mut call: Call<'_>) -> Answer {
    let store = &mut data.store;
    let missing = || not_found("Resource not found");
    match kind_of(call.op) {
        Kind::List => Ok(Outcome::Result(Value::Array(store.list(call.path)))),
        Kind::Page => page(store.list(call.path), &call),
        Kind::Create => {
            let field = key_field(call.op, &call.body);
            let key = match call.body.get(&field) {
                Some(Value::String(s)) => s.clone(),
                _ => {
                    let id = Uuid::new_v4().to_string();
                    call.body.insert(field.clone(), Value::String(id.clone()));
                    id
                }
            };
            if field != "id" && store.get(call.path, &key).is_some() {
                return Err((409, format!("CONFLICT: {key} already exists")));
            }
            call.body.entry("createdAt").or_insert_with(|| {
                json!(chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
            });
            let item = Value::Object(call.body);
            store.insert(call.path, &key, item.clone());
            Ok(Outcome::Result(item))
        }
        Kind::Get => {
            let key = last_segment(&call);
            store
                .get(call.parent(), &key)
                .map(Outcome::Result)
                .ok_or_else(missing)
        }
        Kind::Upsert => {
            let key = last_segment(&call);
            let parent = call.parent().to_owned();
            // A PUT replaces an item of a collection made by POST (a dashboard); one
            // without a POST is made by its PUT (a UDF's attachment to a service).
            let made_by_post = call
                .op
                .path
                .rsplit_once('/')
                .is_some_and(|(collection, _)| {
                    OPERATIONS
                        .iter()
                        .any(|o| o.path == collection && o.method == "POST")
                });
            if store.get(&parent, &key).is_none() && made_by_post {
                return Err(missing());
            }
            if made_by_post {
                return store
                    .update(&parent, &key, call.body, true)
                    .map(Outcome::Result)
                    .ok_or_else(missing);
            }
            if store.get(&parent, &key).is_none() {
                let mut item = call.body.clone();
                for (name, value) in &call.matched.params {
                    if *name != "organizationId" {
                        item.entry(name.to_string()).or_insert_with(|| json!(value));
                    }
                }
                store.insert(&parent, &key, Value::Object(item));
            }
            store
                .update(&parent, &key, call.body, false)
                .map(Outcome::Result)
                .ok_or_else(missing)
        }
        Kind::Update => {
            let key = last_segment(&call);
            let parent = call.parent().to_owned();
            store
                .update(&parent, &key, call.body, false)
                .map(Outcome::Result)
                .ok_or_else(missing)
        }
        Kind::Delete => {
            let key = last_segment(&call);
            let parent = call.parent().to_owned();
            store
                .remove(&parent, &key)
                .map(|_| Outcome::NoResult)
                .ok_or_else(missing)
        }
        Kind::GetSingle => store
            .get_single(call.path)
            .map(Outcome::Result)
            .ok_or_else(missing),
        Kind::PutSingle { replace } => Ok(Outcome::Result(
            store.put_single(call.path, call.body, replace),
        )),
        Kind::DeleteSingle => store
            .remove_single(call.path)
            .map(|_| Outcome::NoResult)
            .ok_or_else(missing),
        Kind::Action => Ok(Outcome::Result(Value::Object(call.body))),
    }
}

fn last_segment(call: &Call<'_>) -> String {
    call.matched
        .params
        .last()
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// One page of a paged list, sized as the spec says (`limit` from 1 to the spec's
/// maximum, its default when not given). A cursor is where its page starts.
fn page(items: Vec<Value>, call: &Call<'_>) -> Answer {
    let (default_limit, max_limit, cursor) = match call.op.paging {
        Paging::Cursor {
            default_limit,
            max_limit,
        } => (default_limit, max_limit, true),
        Paging::Offset {
            default_limit,
            max_limit,
        } => (default_limit, max_limit, false),
        Paging::None => (0, 0, false),
    };
    let (default_limit, max_limit) = (default_limit as usize, max_limit as usize);
    // A limit above the maximum is served at the maximum, as the spec says.
    let limit = match call.query("limit").first() {
        None => default_limit,
        Some(text) => text
            .parse::<usize>()
            .ok()
            .filter(|n| *n >= 1)
            .map(|n| n.min(max_limit))
            .ok_or_else(|| bad_request("limit must be a whole number from 1"))?,
    };
    let (name, what) = if cursor {
        ("cursor", "Invalid cursor")
    } else {
        ("offset", "offset must be a whole number")
    };
    let start = match call.query(name).first() {
        None => 0,
        Some(text) => text
            .parse::<usize>()
            .ok()
            .filter(|n| !cursor || *n <= items.len())
            .ok_or_else(|| bad_request(what))?,
    };
    let end = start.saturating_add(limit).min(items.len());
    let shown = items.get(start..end).unwrap_or_default().to_vec();
    if !cursor {
        return Ok(Outcome::Result(Value::Array(shown)));
    }
    Ok(Outcome::Page {
        items: shown,
        next: (end < items.len()).then(|| end.to_string()),
        limit,
        total: items.len(),
    })
}

// -- backups ---------------------------------------------------------------------------

fn with_service<T>(
    data: &mut Data,
    call: &Call<'_>,
    f: impl FnOnce(&mut ServiceData, Instant) -> Result<T, Failure>,
) -> Result<T, Failure> {
    let entry = data
        .services
        .get_mut(&call.service_key())
        .ok_or_else(|| not_found("Service not found"))?;
    if !entry.known(call.now) {
        return Err(not_found("Service not found"));
    }
    f(entry, call.now)
}

/// A service that is served (not one known only from its backups).
fn with_service_of<T>(
    data: &mut Data,
    call: &Call<'_>,
    f: impl FnOnce(&mut ServiceData, Uuid, Instant) -> Result<T, Failure>,
) -> Result<T, Failure> {
    let key = call.service_key();
    let entry = data
        .services
        .get_mut(&key)
        .ok_or_else(|| not_found("Service not found"))?;
    if !entry.exists(call.now) {
        return Err(not_found("Service not found"));
    }
    f(entry, key.1, call.now)
}

fn get_backup(data: &mut Data, call: &Call<'_>) -> Answer {
    let backup = call.id("backupId");
    with_service(data, call, |entry, now| {
        entry
            .backups
            .iter()
            .find(|b| b.has_id(now, &backup))
            .map(|b| Outcome::Result(b.view(now)))
            .ok_or_else(|| not_found("Backup not found"))
    })
}

/// The list of backups, already serialized (kept while no backup can change).
fn list_backups(data: &mut Data, call: &Call<'_>) -> Answer {
    with_service(data, call, |entry, now| {
        if let Some(listing) = &entry.listing {
            return Ok(Outcome::Serialized(listing.clone()));
        }
        let mut list: Vec<Value> = entry.backups.iter().map(|b| b.view(now)).collect();
        // The API lists newest first; each timestamp parsed once (long lists).
        list.sort_by_cached_key(|b| std::cmp::Reverse(started(b)));
        let listing: std::sync::Arc<str> = Value::Array(list).to_string().into();
        if entry.backups.iter().all(|b| b.settled(now)) {
            entry.listing = Some(listing.clone());
        }
        Ok(Outcome::Serialized(listing))
    })
}

fn patch_configuration(data: &mut Data, call: &Call<'_>) -> Answer {
    with_service(data, call, |entry, _| {
        if call.body.is_empty() {
            return Err(bad_request("Nothing to update"));
        }
        entry.configuration = entry
            .configuration
            .patched(&call.body)
            .map_err(|m| (400, m))?;
        Ok(Outcome::Result(entry.configuration.to_json()))
    })
}

fn bucket(data: &mut Data, call: &Call<'_>) -> Answer {
    let missing = || not_found("Backup bucket not found");
    let body = Value::Object(call.body.clone());
    with_service(data, call, |entry, _| match call.op.method.as_str() {
        "GET" => entry
            .bucket
            .as_ref()
            .map(|b| Outcome::Result(b.view()))
            .ok_or_else(missing),
        "POST" => {
            if entry.bucket.is_some() {
                return Err(bad_request("Backup bucket already exists"));
            }
            let input = bucket_input(&body, None, false).map_err(|m| (400, m))?;
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
            Ok(Outcome::Result(view))
        }
        "PATCH" => {
            let bucket = entry.bucket.as_mut().ok_or_else(missing)?;
            let input = bucket_input(&body, Some(bucket.provider), false).map_err(|m| (400, m))?;
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
            Ok(Outcome::Result(bucket.view()))
        }
        _ => entry
            .bucket
            .take()
            .map(|_| Outcome::NoResult)
            .ok_or_else(missing),
    })
}

// -- services --------------------------------------------------------------------------

/// The organization's services that were seeded or created (not those known only from
/// their backups), by name then id.
fn list_services(data: &mut Data, call: &Call<'_>) -> Answer {
    let org = call.org();
    let now = call.now;
    let mut services: Vec<Value> = data
        .services
        .iter_mut()
        .filter(|((o, _), _)| *o == org)
        .filter_map(|((_, id), entry)| entry.exists(now).then(|| entry.view(*id, now)))
        .collect();
    let key = |v: &Value| {
        let text = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
        (text("name"), text("id"))
    };
    services.sort_by_key(key);
    Ok(Outcome::Result(Value::Array(services)))
}

/// POST services: a new service, restored from `backupId` when given.
fn create_service(data: &mut Data, call: Call<'_>) -> Answer {
    let org = call.org();
    let request = call.body;
    let text = |key: &str| request.get(key).and_then(Value::as_str).map(str::to_owned);
    text("name").ok_or_else(|| bad_request("name must be a string"))?;
    text("provider")
        .filter(|p| ["aws", "gcp", "azure"].contains(&p.as_str()))
        .ok_or_else(|| bad_request("provider must be aws, gcp or azure"))?;
    text("region").ok_or_else(|| bad_request("region must be a string"))?;
    if let Some(backup) = request.get("backupId").filter(|b| !b.is_null()) {
        let backup = backup
            .as_str()
            .and_then(|s| Uuid::try_parse(s).ok())
            .ok_or_else(|| bad_request("Invalid backup id"))?;
        let now = call.now;
        let exists = data.services.iter().any(|((o, _), entry)| {
            *o == org && entry.backups.iter().any(|b| b.has_id(now, &backup))
        });
        if !exists {
            return Err(bad_request("Invalid backup id"));
        }
    }
    let id = Uuid::new_v4();
    let fields = new_service_fields(request, id);
    let service = Value::Object(fields.clone());
    data.services.insert(
        (org, id),
        ServiceData::created(fields, data.provisioning, call.now),
    );
    Ok(Outcome::Result(
        json!({"service": service, "password": new_password()}),
    ))
}

/// PATCH a service (or its scaling): the fields given replace the service's.
fn update_service(data: &mut Data, call: Call<'_>) -> Answer {
    let body = call.body.clone();
    with_service_of(data, &call, |entry, id, now| {
        let body = body
            .into_iter()
            .filter(|(k, _)| k != "id" && k != "state")
            .collect();
        super::store::patch(&mut entry.fields, body);
        Ok(Outcome::Result(entry.view(id, now)))
    })
}

fn service_state(data: &mut Data, call: Call<'_>) -> Answer {
    let command = call
        .body
        .get("command")
        .and_then(Value::as_str)
        .ok_or_else(|| bad_request("command is required"))?
        .to_owned();
    let after = data.transition;
    with_service_of(data, &call, |entry, id, now| {
        entry.command(id, &command, after, now).map(Outcome::Result)
    })
}

fn delete_service(data: &mut Data, call: &Call<'_>) -> Answer {
    let after = data.transition;
    with_service_of(data, call, |entry, _, now| {
        entry.delete(after, now).map(|_| Outcome::NoResult)
    })
}

fn service_metrics(data: &mut Data, call: &Call<'_>) -> Answer {
    let state = with_service_of(data, call, |entry, _, now| Ok(entry.state(now)))?;
    Ok(Outcome::Text(
        metrics(call, Some(&state)),
        "text/plain; version=0.0.4",
    ))
}

/// Prometheus' exposition format; an idle service reports only its info.
fn metrics(call: &Call<'_>, state: Option<&str>) -> String {
    let org = call.org();
    let mut text = String::from("# HELP ClickHouse_ServiceInfo Information about the service\n");
    text.push_str("# TYPE ClickHouse_ServiceInfo gauge\n");
    let service = call.matched.param("serviceId");
    let idle = state == Some("idle");
    text.push_str(&format!(
        "ClickHouse_ServiceInfo{{clickhouse_org=\"{org}\",clickhouse_service=\"{service}\",is_idle=\"{idle}\"}} 1\n"
    ));
    if !idle {
        text.push_str("# HELP ClickHouseProfileEvents_Query Number of queries\n");
        text.push_str("# TYPE ClickHouseProfileEvents_Query counter\n");
        text.push_str(&format!(
            "ClickHouseProfileEvents_Query{{clickhouse_org=\"{org}\",clickhouse_service=\"{service}\"}} 42\n"
        ));
    }
    text
}

// -- organizations, keys ---------------------------------------------------------------

/// The organization as seeded, or one made up for its id.
fn organization(data: &mut Data, call: &Call<'_>) -> Value {
    let org = call.org().to_string();
    data.store.get(ORGANIZATIONS, &org).unwrap_or_else(|| {
        json!({
            "id": org, "name": "Sandbox organization", "createdAt": "2024-01-01T00:00:00Z",
            "privateEndpoints": [], "byocConfig": [], "enableCoreDumps": false,
        })
    })
}

fn organizations(data: &mut Data) -> Vec<Value> {
    let mut list = data.store.list(ORGANIZATIONS);
    let seen: Vec<String> = list.iter().filter_map(|o| key_of(o, "id")).collect();
    let mut others: Vec<Uuid> = data.services.keys().map(|(org, _)| *org).collect();
    others.sort();
    others.dedup();
    for org in others {
        if !seen.contains(&org.to_string()) {
            list.push(json!({"id": org.to_string(), "name": "Sandbox organization"}));
        }
    }
    list
}

/// The caller: the sandbox's own key, in the first organization it knows (or the key's
/// organization when it knows none).
fn whoami(data: &mut Data) -> Value {
    let organization = organizations(data)
        .first()
        .and_then(|o| key_of(o, "id"))
        .unwrap_or_else(|| KEY_ORGANIZATION.to_owned());
    json!({
        "actorType": "apiKey", "keyId": data.key_id, "name": "sandbox key",
        "organizationId": organization,
    })
}

/// The organization of the sandbox's key when no organization is seeded.
const KEY_ORGANIZATION: &str = "00000000-0000-4000-8000-000000000001";

/// A service's snapshot schedule: off until configured, every 30 minutes over a day.
fn snapshot_configuration(data: &mut Data, call: &Call<'_>) -> Value {
    data.store
        .get_single(call.path)
        .unwrap_or_else(|| json!({"enabled": false, "gap": 30, "timeFrame": 1440}))
}

/// The gap and time frame pairs (minutes) the sandbox accepts: the API takes presets
/// only ("only supported preset pairs are accepted"), and names none.
const SNAPSHOT_PRESETS: [(f64, f64); 2] = [(30.0, 1440.0), (60.0, 2880.0)];

fn update_snapshot_configuration(data: &mut Data, call: Call<'_>) -> Answer {
    if call.body.is_empty() {
        return Err(bad_request("Nothing to update"));
    }
    if call.body.values().any(Value::is_null) {
        return Err(bad_request("Fields cannot be null"));
    }
    let number = |name: &str| call.body.get(name).and_then(Value::as_f64);
    match (number("gap"), number("timeFrame")) {
        (None, None) => {}
        (Some(gap), Some(frame)) => {
            if !SNAPSHOT_PRESETS.contains(&(gap, frame)) {
                return Err(bad_request(
                    "gap and timeFrame must be a supported preset pair: 30/1440 or 60/2880",
                ));
            }
        }
        _ => return Err(bad_request("gap and timeFrame must be set together")),
    }
    let mut current = snapshot_configuration(data, &call);
    if let Some(map) = current.as_object_mut() {
        map.extend(call.body);
    }
    Ok(Outcome::Result(data.store.put_single(
        call.path,
        into_map(current),
        true,
    )))
}

/// A PATCH of ClickHouse settings: each one kept as an item `{name, value}` of the
/// service's settings (listed, read and reset one by one, as the API does).
fn update_settings(data: &mut Data, call: &Call<'_>) -> Answer {
    let settings = match call.body.get("settings") {
        Some(Value::Object(map)) if !map.is_empty() => map.clone(),
        _ => return Err(bad_request("settings must name at least one setting")),
    };
    for (name, value) in &settings {
        let item = json!({ "name": name, "value": value });
        data.store.insert(call.path, name, item);
    }
    Ok(Outcome::Result(
        json!({ "settings": settings, "warnings": [] }),
    ))
}

fn into_map(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

/// Prometheus HTTP service discovery: one target group per service of the organization.
fn discovery(data: &mut Data, call: &Call<'_>) -> Value {
    let org = call.org();
    let mut services: Vec<&Uuid> = data
        .services
        .keys()
        .filter(|(o, _)| *o == org)
        .map(|(_, s)| s)
        .collect();
    services.sort();
    Value::Array(
        services
            .into_iter()
            .map(|service| {
                json!({
                    "targets": ["api.clickhouse.cloud"],
                    "labels": {
                        "__scheme__": "https",
                        "__metrics_path__": format!("/v1/organizations/{org}/services/{service}/prometheus"),
                        "__param_filtered_metrics": "true",
                        "clickhouse_org_id": org.to_string(),
                        "clickhouse_service_id": service.to_string(),
                    },
                })
            })
            .collect(),
    )
}

/// A new key: stored like any item, answered once with its id and secret.
fn create_key(data: &mut Data, call: Call<'_>) -> Answer {
    let mut key = call.body;
    let key_id: String = std::iter::repeat_with(fastrand::alphanumeric)
        .take(20)
        .collect();
    let hashed = key.remove("hashData").is_some();
    let secret: String = std::iter::repeat_with(fastrand::alphanumeric)
        .take(40)
        .collect();
    let id = Uuid::new_v4().to_string();
    key.insert("id".into(), json!(id));
    key.entry("state").or_insert(json!("enabled"));
    key.insert("keySuffix".into(), json!(key_id.get(16..).unwrap_or("")));
    key.insert(
        "createdAt".into(),
        json!(chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
    );
    let stored = Value::Object(key);
    data.store.insert(call.path, &id, stored.clone());
    let mut answer = json!({"key": stored, "keyId": key_id});
    if !hashed {
        answer["keySecret"] = json!(secret);
    }
    Ok(Outcome::Result(answer))
}

// -- usage costs -----------------------------------------------------------------------

/// The seeded records of the days asked for (at most 31), filtered like the API.
fn usage_cost(data: &mut Data, call: &Call<'_>) -> Answer {
    let date = |name: &str| -> Result<Date, Failure> {
        call.query(name)
            .first()
            .and_then(|text| Date::parse(text))
            .ok_or_else(|| bad_request(&format!("{name} must be a date, YYYY-MM-DD")))
    };
    let (from, to) = (date("from_date")?, date("to_date")?);
    let days = (to.0 - from.0).num_days() + 1;
    if days < 1 {
        return Err(bad_request("to_date must not be before from_date"));
    }
    if days > MAX_COST_DAYS {
        return Err(bad_request(
            "The queried period cannot be more than 31 days",
        ));
    }
    let filters: Vec<&str> = call.query("filter");
    let records: Vec<Value> = data
        .usage
        .get(&call.org())
        .into_iter()
        .flatten()
        .filter(|r| {
            r.get("date")
                .and_then(Value::as_str)
                .and_then(Date::parse)
                .is_some_and(|d| d >= from && d <= to)
        })
        .filter(|r| filters.iter().all(|f| matches_filter(r, f)))
        .map(|r| {
            let mut r = r.clone();
            if let Some(map) = r.as_object_mut() {
                map.remove("_tags");
            }
            r
        })
        .collect();
    let total: f64 = records
        .iter()
        .filter_map(|r| r.get("totalCHC").and_then(Value::as_f64))
        .sum();
    Ok(Outcome::Result(
        json!({"grandTotalCHC": total, "costs": records}),
    ))
}

/// `entityType:service`, `entityId:...`, `serviceId:...` or `tag:env=prod`.
fn matches_filter(record: &Value, filter: &str) -> bool {
    let Some((key, wanted)) = filter.split_once(':') else {
        return true;
    };
    if key == "tag" {
        let (tag, value) = wanted.split_once('=').unwrap_or((wanted, ""));
        return record
            .get("_tags")
            .and_then(|t| t.get(tag))
            .and_then(Value::as_str)
            .is_some_and(|v| value.is_empty() || v == value);
    }
    record
        .get(key)
        .and_then(Value::as_str)
        .is_none_or(|v| v == wanted)
}

// -- ClickPipes, UDFs ------------------------------------------------------------------

/// Creating or changing a pipe of an idle service answers 424, as the real API does.
fn idle_service_refuses(data: &mut Data, call: &Call<'_>) -> Result<(), Failure> {
    let now = call.now;
    let idle = data
        .services
        .get_mut(&call.service_key())
        .is_some_and(|s| s.exists(now) && s.state(now) == "idle");
    if idle {
        return Err((
            424,
            "FAILED_DEPENDENCY: The service is idle; wake it first".into(),
        ));
    }
    Ok(())
}

fn create_clickpipe(data: &mut Data, mut call: Call<'_>) -> Answer {
    idle_service_refuses(data, &call)?;
    call.body.insert("state".into(), json!("Provisioning"));
    call.body
        .insert("serviceId".into(), json!(call.matched.param("serviceId")));
    let path = call.path.to_owned();
    let after = data.transition;
    let answer = generic(data, call)?;
    if let Outcome::Result(pipe) = &answer {
        if let Some(key) = key_of(pipe, "id") {
            data.store.later(&path, &key, after, settled("Running"));
        }
    }
    Ok(answer)
}

fn settled(state: &str) -> Map<String, Value> {
    let mut fields = Map::new();
    fields.insert("state".into(), json!(state));
    fields
}

/// The sources of database (CDC) pipes: they pause where the others stop.
const DATABASE_SOURCES: &[&str] = &["postgres", "mysql", "mongodb", "bigquery"];

/// `stop` goes through Stopping to Stopped, or through Pausing to Paused for a database
/// pipe, and is refused once it is there; `start` only from Stopped, Paused or Failed;
/// `resync` through Resync. The answer shows the state the pipe is heading for.
fn clickpipe_state(data: &mut Data, call: Call<'_>) -> Answer {
    let key = last_segment(&call);
    // `.../clickpipes/{id}/state`: the pipe is an item of `.../clickpipes`.
    let item = call.parent();
    let parent = item
        .rsplit_once('/')
        .map_or(item, |(head, _)| head)
        .to_owned();
    let command = call
        .body
        .get("command")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_owned();
    let pipe = data
        .store
        .get(&parent, &key)
        .ok_or_else(|| not_found("ClickPipe not found"))?;
    let state = pipe
        .get("state")
        .and_then(Value::as_str)
        .unwrap_or("Running")
        .to_owned();
    let database = pipe
        .get("source")
        .and_then(Value::as_object)
        .is_some_and(|source| DATABASE_SOURCES.iter().any(|k| source.contains_key(*k)));
    let (pausing, paused) = if database {
        ("Pausing", "Paused")
    } else {
        ("Stopping", "Stopped")
    };
    let (through, to) = match command.as_str() {
        "start" if ["Stopped", "Paused", "Failed"].contains(&state.as_str()) => {
            ("Provisioning", "Running")
        }
        "start" => {
            return Err(bad_request(&format!(
                "A ClickPipe can only be started from Stopped, Paused or Failed; it is {state}"
            )))
        }
        "stop" if ["Stopped", "Stopping", "Paused", "Pausing"].contains(&state.as_str()) => {
            return Err(bad_request(&format!(
                "A ClickPipe that is {state} cannot be stopped"
            )))
        }
        "stop" => (pausing, paused),
        "resync" => ("Resync", "Running"),
        other => {
            return Err(bad_request(&format!(
                "Unknown command {other:?}: start, stop or resync"
            )))
        }
    };
    data.store.update(&parent, &key, settled(through), false);
    data.store
        .later(&parent, &key, data.transition, settled(to));
    let mut answer = data.store.get(&parent, &key).unwrap_or(pipe);
    answer["state"] = json!(to);
    Ok(Outcome::Result(answer))
}

fn create_udf_version(data: &mut Data, mut call: Call<'_>) -> Answer {
    let name = call.matched.param("functionName").to_owned();
    let udfs = call.parent().trim_end_matches("/versions").to_owned();
    let parent = udfs
        .rsplit_once('/')
        .map_or(udfs.as_str(), |(h, _)| h)
        .to_owned();
    if data.store.get(&parent, &name).is_none() {
        return Err(not_found("UDF not found"));
    }
    let version = data.store.list(call.path).len() + 1;
    call.body.insert("functionName".into(), json!(name));
    call.body.insert("version".into(), json!(version));
    call.body.entry("status").or_insert(json!("ready"));
    let item = Value::Object(call.body);
    data.store
        .insert(call.path, &version.to_string(), item.clone());
    data.store
        .update(&parent, &name, settled_version(version), false);
    Ok(Outcome::Result(item))
}

fn settled_version(version: usize) -> Map<String, Value> {
    let mut fields = Map::new();
    fields.insert("version".into(), json!(version));
    fields
}

/// A certificate bundle in PEM form (made up: it only has to look like one).
const CA_CERTIFICATE: &str = "-----BEGIN CERTIFICATE-----\n\
MIIBkTCB+wIJAKHBfpegPjMCMA0GCSqGSIb3DQEBCwUAMBExDzANBgNVBAMMBnNh\n\
bmRib3gwHhcNMjQwMTAxMDAwMDAwWhcNMzQwMTAxMDAwMDAwWjARMQ8wDQYDVQQD\n\
DAZzYW5kYm94MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAMFvA0DwJ6A6o0VvvN1P\n\
-----END CERTIFICATE-----\n";
