//! The sandbox's behaviours, called as the HTTP server calls them.

use std::time::Duration;

use base64::Engine;
use serde_json::{json, Map, Value};
use uuid::Uuid;

use super::faults::{Fault, FaultAction, Only};
use super::record::RecordedRequest;
use super::services::CLICKHOUSE_VERSION;
use super::state::State;

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
    let reply = state.answer("GET", &path, None, Some(&auth()), None, b"");
    assert_eq!(reply.status, 200);
    let body: Value = serde_json::from_slice(&reply.body).unwrap();
    assert_eq!(body["result"]["id"], BK);
}

#[test]
fn checks_auth_ids_and_existence() {
    let state = seeded();
    let path = format!("/v1/organizations/{ORG}/services/{SVC}/backups/{BK}");
    assert_eq!(
        state.answer("GET", &path, None, None, None, b"").status,
        401
    );
    assert_eq!(
        state
            .answer("GET", &path, None, Some("Basic eDp5"), None, b"")
            .status,
        401
    );
    let bad = format!("/v1/organizations/{ORG}/services/nope/backups/{BK}");
    assert_eq!(
        state
            .answer("GET", &bad, None, Some(&auth()), None, b"")
            .status,
        400
    );
    let other = format!("/v1/organizations/{ORG}/services/{SVC}/backups/{ORG}");
    assert_eq!(
        state
            .answer("GET", &other, None, Some(&auth()), None, b"")
            .status,
        404
    );
    assert_eq!(
        state
            .answer("GET", "/v2/x", None, Some(&auth()), None, b"")
            .status,
        404
    );
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
            only: Default::default(),
            handled: false,
        })
        .unwrap();
    state
        .push_fault(Fault {
            delay: Duration::from_millis(5),
            action: FaultAction::Normal,
            times: 1,
            only: Default::default(),
            handled: false,
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
        only: Default::default(),
        handled: false,
    };
    assert!(state.push_fault(bad_header).is_err());
    assert_eq!(state.pending_faults(), 3);
    assert_eq!(state.receive(req()).unwrap().action, FaultAction::Drop);
    assert_eq!(state.receive(req()).unwrap().action, FaultAction::Drop);
    assert_eq!(state.receive(req()).unwrap().action, FaultAction::Normal);
    assert_eq!(state.receive(req()), None);
    assert_eq!(state.requests().len(), 4);
}

#[test]
fn a_fault_for_some_requests_lets_the_others_through() {
    let state = seeded();
    let req = |method: &str, path: &str| RecordedRequest {
        method: method.into(),
        path: path.into(),
        query: None,
        headers: vec![],
        body: vec![],
        at: 0.0,
        connection: 1,
        client_port: 1,
    };
    let only = Only::new(Some("patch"), Some("/state$")).unwrap();
    state
        .push_fault(Fault {
            delay: Duration::ZERO,
            action: FaultAction::Drop,
            times: 1,
            only,
            handled: false,
        })
        .unwrap();
    let state_path = format!("/v1/organizations/{ORG}/services/{SVC}/state");
    assert_eq!(state.receive(req("GET", &state_path)), None);
    assert_eq!(state.receive(req("PATCH", "/v1/state/x")), None);
    assert_eq!(state.pending_faults(), 1);
    assert_eq!(
        state.receive(req("PATCH", &state_path)).unwrap().action,
        FaultAction::Drop
    );
    assert_eq!(state.receive(req("PATCH", &state_path)), None);
    assert!(Only::new(None, Some("(")).is_err());
}

#[test]
fn rate_limit_answers_429_with_reset() {
    let state = State::new("k", "s", Some(2));
    let path = "/v1/organizations/x";
    assert_ne!(
        state
            .answer("GET", path, None, Some(&auth()), None, b"")
            .status,
        429
    );
    assert_ne!(
        state
            .answer("GET", path, None, Some(&auth()), None, b"")
            .status,
        429
    );
    let reply = state.answer("GET", path, None, Some(&auth()), None, b"");
    assert_eq!(reply.status, 429);
    assert!(reply.headers.iter().any(|(k, _)| k == "x-ratelimit-reset"));
}

fn call(state: &State, method: &str, path: &str, body: &str) -> (u16, Value) {
    let reply = state.answer(method, path, None, Some(&auth()), None, body.as_bytes());
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
    // In the spec's shape: its id and state, the other required fields null.
    assert_eq!(body["result"]["id"], SVC);
    assert_eq!(body["result"]["state"], "running");
    assert_eq!(body["result"]["currentScaling"], Value::Null);
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
            r#"{{"name":"n","provider":"aws","region":"us-east-1","ipAccessList":[],"backupId":{backup}}}"#
        );
        let (status, reply) = call(&state, "POST", &path, &body);
        assert_eq!(
            (status, reply["error"].as_str()),
            (400, Some("BAD_REQUEST: Invalid backup id"))
        );
    }
    // A backup of another organization does not count.
    let other = format!("/v1/organizations/{SVC}/services");
    let body = format!(
        r#"{{"name":"n","provider":"aws","region":"us-east-1","ipAccessList":[],"backupId":"{BK}"}}"#
    );
    assert_eq!(call(&state, "POST", &other, &body).0, 400);
}

#[test]
fn restore_creates_a_provisioning_service_that_starts_running() {
    let state = seeded().with_provisioning(Duration::from_millis(100));
    let path = format!("/v1/organizations/{ORG}/services");
    let body = format!(
        r#"{{"name":"restored","provider":"gcp","region":"us-east1","ipAccessList":[],"backupId":"{}","tier":"production","numReplicas":3}}"#,
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
            {"protocol": "https", "host": host, "port": 8443},
            {"protocol": "nativesecure", "host": host, "port": 9440},
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
    let body = r#"{"name":"fresh","provider":"aws","region":"eu-west-1","ipAccessList":[],"backupId":null}"#;
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
    assert!(!String::from_utf8_lossy(
        &state
            .answer("GET", &path, None, Some(&auth()), None, b"")
            .body
    )
    .contains("s3cr3t"));
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
    // The API has no PUT on a bucket.
    assert_eq!(call(&state, "PUT", &path, "").0, 405);
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
