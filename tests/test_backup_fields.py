"""get_backup over HTTP: every field of Backup and of the three bucket classes, as the
API may send them (absent, null, floats, offsets, values this version does not know)."""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid

import pytest

import clickhouse_cloud as chc
from clickhouse_cloud.testing import Sandbox

from conftest import ORG, SERVICE

BACKUP_ID = uuid.UUID("0b2e4e3a-8e21-4c4b-9f1f-2d3c4b5a6978")

FULL = {
    "id": str(BACKUP_ID),
    "status": "done",
    "serviceId": str(SERVICE),
    "startedAt": "2024-03-01T02:00:03Z",
    "finishedAt": "2024-03-01T02:11:47.318+00:00",
    "sizeInBytes": 48318382080,
    "durationInSeconds": 704.3,
    "type": "full",
    "backupName": "nightly/2024-03-01",
    "bucket": {
        "bucketProvider": "AWS",
        "bucketPath": "s3://acme/backups",
        "iamRoleArn": "arn:aws:iam::123456789012:role/writer",
        "iamRoleSessionName": "ch-backup",
    },
}


def fetch(sandbox: Sandbox, client: chc.Client, body: dict) -> chc.Backup:
    sandbox.add_raw_backup(ORG, SERVICE, body)
    return client.get_backup(ORG, SERVICE, body.get("id", BACKUP_ID))


def test_every_field(sandbox: Sandbox, client: chc.Client) -> None:
    b = fetch(sandbox, client, FULL)
    assert b.id == BACKUP_ID and isinstance(b.id, uuid.UUID)
    assert b.status == "done" == chc.BackupStatus.DONE
    assert b.service_id == str(SERVICE)
    assert b.started_at == dt.datetime(2024, 3, 1, 2, 0, 3, tzinfo=dt.timezone.utc)
    assert b.finished_at == dt.datetime(2024, 3, 1, 2, 11, 47, 318000, tzinfo=dt.timezone.utc)
    assert b.started_at.tzinfo is not None and b.finished_at.tzinfo is not None
    assert b.size_in_bytes == 48318382080 and isinstance(b.size_in_bytes, int)
    assert b.duration_in_seconds == pytest.approx(704.3)
    assert isinstance(b.duration_in_seconds, float)
    assert b.type == "full" == chc.BackupType.FULL
    assert b.backup_name == "nightly/2024-03-01"
    assert isinstance(b.bucket, chc.AwsBackupBucket)
    assert isinstance(b.bucket, chc.BackupBucket)
    assert b.bucket.provider == "AWS"
    assert b.bucket.bucket_path == "s3://acme/backups"
    assert b.bucket.iam_role_arn == "arn:aws:iam::123456789012:role/writer"
    assert b.bucket.iam_role_session_name == "ch-backup"
    assert b.bucket.id is None


def test_the_request_sent(sandbox: Sandbox, client: chc.Client) -> None:
    fetch(sandbox, client, FULL)
    (request,) = sandbox.requests
    assert request.method == "GET"
    assert request.path == f"/v1/organizations/{ORG}/services/{SERVICE}/backups/{BACKUP_ID}"
    assert request.headers["authorization"].startswith("Basic ")
    assert request.headers["user-agent"] == f"clickhouse-cloud-python/{chc.__version__}"
    assert request.body == b""


def test_gcp_bucket(sandbox: Sandbox, client: chc.Client) -> None:
    body = dict(
        FULL, bucket={"bucketProvider": "GCP", "bucketPath": "gs://b/p", "accessKeyId": "GOOG1KEY"}
    )
    bucket = fetch(sandbox, client, body).bucket
    assert type(bucket) is chc.GcpBackupBucket
    assert (bucket.provider, bucket.bucket_path, bucket.access_key_id) == (
        "GCP",
        "gs://b/p",
        "GOOG1KEY",
    )
    assert not hasattr(bucket, "iam_role_arn")


def test_azure_bucket(sandbox: Sandbox, client: chc.Client) -> None:
    body = dict(FULL, bucket={"bucketProvider": "AZURE", "containerName": "backups"})
    bucket = fetch(sandbox, client, body).bucket
    assert type(bucket) is chc.AzureBackupBucket
    assert (bucket.provider, bucket.container_name) == ("AZURE", "backups")


def test_unknown_provider_is_a_plain_bucket_that_keeps_its_fields(
    sandbox: Sandbox, client: chc.Client
) -> None:
    body = dict(FULL, bucket={"bucketProvider": "OCI", "namespace": "ns", "region": "x"})
    bucket = fetch(sandbox, client, body).bucket
    assert type(bucket) is chc.BackupBucket
    assert bucket.provider == "OCI"
    assert bucket.to_dict() == {"bucketProvider": "OCI", "namespace": "ns", "region": "x"}


def test_bucket_without_provider(sandbox: Sandbox, client: chc.Client) -> None:
    bucket = fetch(sandbox, client, dict(FULL, bucket={"bucketPath": "s3://x"})).bucket
    assert type(bucket) is chc.BackupBucket and bucket.provider is None


def test_absent_fields_are_none(sandbox: Sandbox, client: chc.Client) -> None:
    b = fetch(sandbox, client, {"id": str(BACKUP_ID)})
    assert b.id == BACKUP_ID
    for name in (
        "status",
        "service_id",
        "started_at",
        "finished_at",
        "size_in_bytes",
        "duration_in_seconds",
        "type",
        "backup_name",
        "bucket",
    ):
        assert getattr(b, name) is None, name


def test_null_fields_are_none(sandbox: Sandbox, client: chc.Client) -> None:
    body = {k: None for k in FULL}
    body["id"] = str(BACKUP_ID)
    b = fetch(sandbox, client, body)
    assert b == chc.Backup(id=BACKUP_ID)


def test_in_progress_backup_has_no_finish(sandbox: Sandbox, client: chc.Client) -> None:
    body = {k: v for k, v in FULL.items() if k not in ("finishedAt", "sizeInBytes")}
    b = fetch(sandbox, client, dict(body, status="in_progress"))
    assert b.status == chc.BackupStatus.IN_PROGRESS
    assert b.finished_at is None and b.size_in_bytes is None


def test_unknown_fields_are_kept(sandbox: Sandbox, client: chc.Client) -> None:
    # The live API runs ahead of the spec copy: what it adds is kept as sent, at the
    # top and nested, in to_dict() and model_extra, but is not an attribute.
    bucket = dict(FULL["bucket"], bucketNew=True)
    b = fetch(sandbox, client, dict(FULL, shinyNewField={"a": [1, 2]}, region="eu", bucket=bucket))
    assert b.status == "done"
    assert b.to_dict()["shinyNewField"] == {"a": [1, 2]}
    assert b.to_dict()["region"] == "eu"
    assert b.model_extra == {"shinyNewField": {"a": [1, 2]}, "region": "eu"}
    assert b.to_dict()["bucket"]["bucketNew"] is True
    assert not hasattr(b, "shiny_new_field")
    assert chc.Backup.from_dict(b.to_dict()) == b


@pytest.mark.parametrize("status", ["queued", "cancelled", "DONE", ""])
def test_unknown_status_is_kept_verbatim(sandbox: Sandbox, client: chc.Client, status: str) -> None:
    assert fetch(sandbox, client, dict(FULL, status=status)).status == status


def test_unknown_type_is_kept_verbatim(sandbox: Sandbox, client: chc.Client) -> None:
    assert fetch(sandbox, client, dict(FULL, type="differential")).type == "differential"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-01T02:00:03Z", dt.datetime(2024, 3, 1, 2, 0, 3, tzinfo=dt.timezone.utc)),
        (
            "2024-03-01T02:00:03.5+00:00",
            dt.datetime(2024, 3, 1, 2, 0, 3, 500000, tzinfo=dt.timezone.utc),
        ),
        (
            "2024-03-01T04:00:03.123456+02:00",
            dt.datetime(2024, 3, 1, 4, 0, 3, 123456, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        ),
        (
            "2024-02-29T20:30:03-05:30",
            dt.datetime(
                2024, 2, 29, 20, 30, 3, tzinfo=dt.timezone(-dt.timedelta(hours=5, minutes=30))
            ),
        ),
        (
            "2024-03-01T02:00:03.123456789Z",
            dt.datetime(2024, 3, 1, 2, 0, 3, 123456, tzinfo=dt.timezone.utc),
        ),
        (
            "2024-03-01T02:00:03+0100",
            dt.datetime(2024, 3, 1, 2, 0, 3, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        ),
        ("2024-03-01T02:00:03", dt.datetime(2024, 3, 1, 2, 0, 3, tzinfo=dt.timezone.utc)),
    ],
)
def test_timestamps_with_offsets_and_fractions(
    sandbox: Sandbox, client: chc.Client, text: str, expected: dt.datetime
) -> None:
    b = fetch(sandbox, client, dict(FULL, startedAt=text))
    assert b.started_at == expected
    assert b.started_at.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (1234.0, 1234),
        (1234.4, 1234),
        (1234.6, 1235),
        (1.2884901888e9, 1288490189),
        (0, 0),
        (9007199254740993, 9007199254740993),
    ],
)
def test_sizes_sent_as_floats(
    sandbox: Sandbox, client: chc.Client, raw: float, expected: int
) -> None:
    b = fetch(sandbox, client, dict(FULL, sizeInBytes=raw))
    assert b.size_in_bytes == expected and isinstance(b.size_in_bytes, int)


def test_integral_duration_is_a_float(sandbox: Sandbox, client: chc.Client) -> None:
    b = fetch(sandbox, client, dict(FULL, durationInSeconds=600))
    assert b.duration_in_seconds == 600.0 and isinstance(b.duration_in_seconds, float)


@pytest.mark.parametrize("form", [str, lambda u: str(u).upper(), lambda u: u, lambda u: u.hex])
def test_ids_in_any_form_give_the_canonical_path(
    sandbox: Sandbox, client: chc.Client, form
) -> None:
    sandbox.add_raw_backup(ORG, SERVICE, FULL)
    b = client.get_backup(form(ORG), form(SERVICE), form(BACKUP_ID))
    assert b.id == BACKUP_ID
    assert sandbox.last_request.path == (
        f"/v1/organizations/{ORG}/services/{SERVICE}/backups/{BACKUP_ID}"
    )


def test_connection_is_reused(sandbox: Sandbox, client: chc.Client) -> None:
    """Sequential calls on one client travel on one keep-alive connection (the sandbox
    numbers each TCP connection it accepts); another client opens its own."""
    sandbox.add_raw_backup(ORG, SERVICE, FULL)
    for _ in range(20):
        client.get_backup(ORG, SERVICE, BACKUP_ID)
    assert len(sandbox.requests) == 20
    first = sandbox.requests[0]
    assert [r.connection for r in sandbox.requests] == [first.connection] * 20
    assert [r.client_port for r in sandbox.requests] == [first.client_port] * 20
    assert sandbox.accepted_connections == 1

    with sandbox.client(timeout=5.0, max_retries=0) as other:
        for _ in range(3):
            other.get_backup(ORG, SERVICE, BACKUP_ID)
    theirs = sandbox.requests[-3:]
    assert len({r.connection for r in theirs}) == 1
    assert theirs[0].connection != first.connection
    assert theirs[0].client_port != first.client_port
    assert sandbox.accepted_connections == 2

    # The first client's connection is still the one it uses.
    client.get_backup(ORG, SERVICE, BACKUP_ID)
    assert sandbox.requests[-1].connection == first.connection
    assert sandbox.accepted_connections == 2


def test_async_connection_is_reused_across_event_loops(sandbox: Sandbox) -> None:
    """The async client's pool lives in the extension's runtime, not in an event loop:
    sequential calls, in one loop or in a fresh `asyncio.run` each, share one
    connection."""
    sandbox.add_raw_backup(ORG, SERVICE, FULL)
    aclient = sandbox.async_client(timeout=5.0, max_retries=0)

    async def three() -> None:
        for _ in range(3):
            await aclient.get_backup(ORG, SERVICE, BACKUP_ID)

    asyncio.run(three())
    asyncio.run(three())
    asyncio.run(aclient.aclose())
    assert len(sandbox.requests) == 6
    assert len({r.connection for r in sandbox.requests}) == 1
    assert sandbox.accepted_connections == 1


def test_the_sandbox_helper_builds_what_the_client_reads(
    sandbox: Sandbox, client: chc.Client
) -> None:
    for status in ("done", "in_progress", "error"):
        seeded = sandbox.add_backup(
            ORG, SERVICE, status=status, bucket=chc.GcpBackupBucket(bucket_path="gs://x")
        )
        assert client.get_backup(ORG, SERVICE, seeded.id) == seeded
        assert (seeded.finished_at is None) == (status == "in_progress")
