//! The generated types against bodies the API sends: what the spec's models must do
//! beyond compiling (open enums, lenient numbers, unions with a fallback, errors that
//! name the field, services that keep unknown fields, secrets out of `Debug`).

use serde_json::json;
use uuid::Uuid;

use super::models::{Backup, BackupBucket, RestoredService, Service};
use super::operations::{check_body, check_schema, id};
use crate::core::error::Error;
use crate::core::numbers::Whole;
use crate::core::wire::{parse_envelope, Object};

fn parse(body: &str) -> Result<Option<Backup>, String> {
    parse_envelope::<Object<Backup>>(body.as_bytes()).map(|e| e.result.map(|o| o.0))
}

#[test]
fn full_backup() {
    let b = parse(
        r#"{"status":200,"requestId":"r1","result":{
        "id":"0b2e4e3a-8e21-4c4b-9f1f-2d3c4b5a6978","status":"done","serviceId":"svc",
        "startedAt":"2024-01-02T03:04:05Z","finishedAt":"2024-01-02T03:14:05.250+02:00",
        "sizeInBytes":1234.6,"durationInSeconds":600,"type":"full","backupName":"n",
        "bucket":{"bucketProvider":"AWS","bucketPath":"s3://b/p","iamRoleArn":"arn",
                  "iamRoleSessionName":"sess"},"someNewField":[1,2]}}"#,
    )
    .unwrap()
    .unwrap();
    assert_eq!(b.size_in_bytes, Some(Whole::Exact(1235)));
    assert_eq!(b.duration_in_seconds, Some(600.0));
    assert_eq!(b.finished_at.unwrap().0.offset().local_minus_utc(), 7200);
    assert!(matches!(b.bucket, Some(BackupBucket::AwsBackupBucket(_))));
    // to JSON and back is the identity
    let again: Backup = serde_json::from_value(serde_json::to_value(&b).unwrap()).unwrap();
    assert_eq!(again, b);
}

#[test]
fn every_field_optional_and_null_is_none() {
    let b = parse(r#"{"result":{"id":null,"status":null,"bucket":null,"sizeInBytes":null}}"#)
        .unwrap()
        .unwrap();
    assert_eq!(b, Backup::default());
    assert_eq!(
        parse(r#"{"result":{}}"#).unwrap().unwrap(),
        Backup::default()
    );
}

#[test]
fn unknown_values_are_kept() {
    let b = parse(
        r#"{"result":{"status":"queued","type":"differential",
        "bucket":{"bucketProvider":"OCI","region":"x","id":"0b2e4e3a-8e21-4c4b-9f1f-2d3c4b5a6978"}}}"#,
    )
    .unwrap()
    .unwrap();
    assert_eq!(b.status.as_deref(), Some("queued"));
    assert_eq!(b.r#type.as_deref(), Some("differential"));
    let bucket = b.bucket.unwrap();
    assert_eq!(bucket.discriminator(), Some("OCI"));
    assert_eq!(serde_json::to_value(&bucket).unwrap()["region"], "x");
}

#[test]
fn wrong_shapes_are_errors_naming_the_field() {
    let e = parse(r#"{"result":{"sizeInBytes":"12"}}"#).unwrap_err();
    assert!(e.contains("result.sizeInBytes"), "{e}");
    let e = parse(r#"{"result":{"id":"nope"}}"#).unwrap_err();
    assert!(e.contains("result.id"), "{e}");
    let e = parse(r#"{"result":{"startedAt":"soon"}}"#).unwrap_err();
    assert!(e.contains("result.startedAt"), "{e}");
    let e = parse(r#"{"result":{"bucket":{"bucketProvider":"AWS","bucketPath":1}}}"#).unwrap_err();
    assert!(
        e.contains("result.bucket") && e.contains("bucketPath"),
        "{e}"
    );
    for bad in [
        r#"{"result":{"sizeInBytes":{}}}"#,
        r#"{"result":{"durationInSeconds":"5"}}"#,
        r#"{"result":{"status":5}}"#,
        r#"{"result":{"bucket":"AWS"}}"#,
        r#"{"result":[]}"#,
        r#"{"result":["x"]}"#,
        r#"{"result":5}"#,
        r#"[]"#,
        r#"null"#,
        r#"{"result":{"#,
        "",
    ] {
        assert!(parse(bad).is_err(), "{bad}");
    }
    // A missing result is not a parse error here: the caller decides.
    assert_eq!(parse(r#"{"status":200}"#).unwrap(), None);
}

#[test]
fn a_service_keeps_the_fields_this_version_does_not_know() {
    let s: Service = serde_json::from_value(json!({
        "id": "0b2e4e3a-8e21-4c4b-9f1f-2d3c4b5a6978", "state": "provisioning",
        "endpoints": [{"protocol": "https", "host": "h", "port": 8443.0, "nestedNew": 2}],
        "somethingNew": {"a": 1}
    }))
    .unwrap();
    assert_eq!(
        s.endpoints.as_ref().unwrap()[0].port,
        Some(Whole::Exact(8443))
    );
    assert_eq!(s.unknown["somethingNew"], json!({"a": 1}));
    let endpoint = &s.endpoints.as_ref().unwrap()[0];
    assert_eq!(endpoint.unknown["nestedNew"], json!(2));
    assert!(
        !s.unknown.contains_key("state"),
        "a known field is not unknown"
    );
    let back = serde_json::to_value(&s).unwrap();
    assert_eq!(back["somethingNew"], json!({"a": 1}));
    assert_eq!(back["endpoints"][0]["nestedNew"], json!(2));
}

#[test]
fn a_returned_password_stays_out_of_debug_output() {
    let c: RestoredService = serde_json::from_str(r#"{"password":"hunter2"}"#).unwrap();
    assert!(!format!("{c:?}").contains("hunter2"));
    assert_eq!(serde_json::to_value(&c).unwrap()["password"], "hunter2");
}

#[test]
fn request_bodies_are_strict() {
    // Unknown fields and wrong types are refused, naming the field.
    let Err(Error::InvalidArgument(m)) =
        check_body(id::INSTANCE_STATE_UPDATE, json!({"comand": "stop"}))
    else {
        panic!()
    };
    assert!(m.contains("comand"), "{m}");
    let Err(Error::InvalidType(m)) = check_body(id::INSTANCE_STATE_UPDATE, json!({"command": 5}))
    else {
        panic!()
    };
    assert!(m.contains("command"), "{m}");
    // snake_case names are taken and sent in the API's spelling.
    let body = check_body(
        id::BACKUP_CONFIGURATION_UPDATE,
        json!({"backup_retention_period_in_hours": 48, "backupStartTime": null}),
    )
    .unwrap();
    assert_eq!(
        body,
        json!({"backupRetentionPeriodInHours": 48.0, "backupStartTime": null})
    );
    // A union body is read by its discriminator.
    assert!(check_body(
        id::BACKUP_BUCKET_CREATE,
        json!({"bucketProvider": "AWS", "bucketPath": "s3://b"})
    )
    .is_ok());
    assert!(check_body(id::BACKUP_BUCKET_CREATE, json!({"bucketProvider": "OCI"})).is_err());
    // Python keywords arrive in snake_case, the discriminator too.
    let body = check_schema(
        id::BACKUP_BUCKET_CREATE,
        json!({"bucket_provider": "GCP", "bucket_path": "gs://b", "access_key_id": "k"}),
    )
    .unwrap();
    assert_eq!(
        body,
        json!({"bucketProvider": "GCP", "bucketPath": "gs://b", "accessKeyId": "k"})
    );
    // A field named like a Python keyword (`from`) is taken under its own name.
    assert!(check_body(
        id::CLICK_STACK_CREATE_SOURCE,
        json!({"kind": "log", "from": {}})
    )
    .is_ok());
    let _ = Uuid::nil();
}

#[test]
fn every_entry_point_checks_a_body_as_the_overlay_says() {
    let config = |body: serde_json::Value| check_body(id::BACKUP_CONFIGURATION_UPDATE, body);
    for bad in [
        "2:00", "24:00", "12:60", "12:5", "ab:cd", "12:00:00", "", "25:99",
    ] {
        let refused = config(json!({ "backupStartTime": bad }));
        assert!(matches!(refused, Err(Error::InvalidArgument(_))), "{bad}");
    }
    for ok in ["00:00", "23:59", "02:30"] {
        assert!(config(json!({ "backupStartTime": ok })).is_ok(), "{ok}");
    }
    assert!(config(json!({ "backupStartTime": null })).is_ok()); // null resets
    for hours in [json!(0), json!(-24)] {
        assert!(config(json!({ "backupPeriodInHours": hours })).is_err());
    }
    let Err(Error::InvalidArgument(empty)) = config(json!({})) else {
        panic!("an empty PATCH passed")
    };
    assert!(empty.starts_with("backup_configuration.update needs at least one of"));
    // A bucket whose provider needs a write-only secret, without it.
    for (provider, body) in [
        (
            "GCP",
            json!({"bucketProvider": "GCP", "bucketPath": "gs://b", "accessKeyId": "k"}),
        ),
        (
            "AZURE",
            json!({"bucketProvider": "AZURE", "containerName": "c"}),
        ),
    ] {
        for index in [id::BACKUP_BUCKET_CREATE, id::BACKUP_BUCKET_UPDATE] {
            let refused = check_body(index, body.clone());
            assert!(
                matches!(refused, Err(Error::InvalidArgument(_))),
                "{provider}"
            );
        }
    }
    let aws = json!({"bucketProvider": "AWS", "bucketPath": "s3://b", "iamRoleArn": "arn"});
    assert!(check_body(id::BACKUP_BUCKET_CREATE, aws).is_ok());
}
