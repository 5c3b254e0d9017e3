"""Realistic demo data for the sandbox: one running service with a backup schedule, an
AWS backup bucket, and backups in all three bucket providers, one in progress and one
failed."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import Sandbox

DEMO_ORGANIZATION_ID = uuid.UUID("5f0a8b6e-3d1c-4b9a-8e7f-2c4d6e8f0a1b")
DEMO_SERVICE_ID = uuid.UUID("9b8c7d6e-5f4a-4b3c-9d2e-1f0a9b8c7d6e")

_BUCKET = {
    "id": "0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5",
    "bucketProvider": "AWS",
    "bucketPath": "s3://acme-clickhouse-backups/prod-analytics",
    "iamRoleArn": "arn:aws:iam::123456789012:role/clickhouse-backup-writer",
    "iamRoleSessionName": "clickhouse-cloud-backup",
}

_BACKUPS = [
    {
        "id": "c1a2b3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
        "status": "in_progress",
        "serviceId": str(DEMO_SERVICE_ID),
        "startedAt": "2026-11-27T02:00:04Z",
        "durationInSeconds": 754.2,
        "type": "incremental",
    },
    {
        "id": "d2b3c4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
        "status": "done",
        "serviceId": str(DEMO_SERVICE_ID),
        "startedAt": "2026-11-26T02:00:03Z",
        "finishedAt": "2026-11-26T02:11:47.318Z",
        "sizeInBytes": 48318382080,
        "durationInSeconds": 704.3,
        "type": "full",
        "backupName": "nightly/2026-11-26",
        "bucket": {
            "bucketProvider": "AWS",
            "bucketPath": "s3://acme-clickhouse-backups/prod-analytics",
            "iamRoleArn": "arn:aws:iam::123456789012:role/clickhouse-backup-writer",
            "iamRoleSessionName": "clickhouse-cloud-backup",
        },
    },
    {
        "id": "e3c4d5f6-a7b8-4c9d-8e1f-2a3b4c5d6e7f",
        "status": "done",
        "serviceId": str(DEMO_SERVICE_ID),
        "startedAt": "2026-11-25T02:00:02+01:00",
        "finishedAt": "2026-11-25T02:03:10+01:00",
        "sizeInBytes": 1.2884901888e9,
        "durationInSeconds": 188,
        "type": "incremental",
        "backupName": "nightly/2026-11-25",
        "bucket": {
            "bucketProvider": "GCP",
            "bucketPath": "https://storage.googleapis.com/acme-ch-backups/prod",
            "accessKeyId": "GOOG1EXAMPLEHMACKEYID",
        },
    },
    {
        "id": "f4d5e6a7-b8c9-4d0e-9f2a-3b4c5d6e7f80",
        "status": "done",
        "serviceId": str(DEMO_SERVICE_ID),
        "startedAt": "2026-11-24T02:00:05Z",
        "finishedAt": "2026-11-24T02:04:41Z",
        "sizeInBytes": 2147483648,
        "durationInSeconds": 276,
        "type": "incremental",
        "backupName": "nightly/2026-11-24",
        "bucket": {"bucketProvider": "AZURE", "containerName": "clickhouse-backups"},
    },
    {
        "id": "a5e6f7b8-c9d0-4e1f-8a3b-4c5d6e7f8091",
        "status": "error",
        "serviceId": str(DEMO_SERVICE_ID),
        "startedAt": "2026-11-23T02:00:01Z",
        "finishedAt": "2026-11-23T02:00:09Z",
        "durationInSeconds": 8,
        "type": "full",
    },
]


def seed_demo(sandbox: Sandbox) -> list[uuid.UUID]:
    """Adds the demo service, its configuration, bucket and backups; returns the
    backup ids, newest first."""
    sandbox.add_service(
        DEMO_ORGANIZATION_ID,
        id=DEMO_SERVICE_ID,
        name="prod-analytics",
        provider="aws",
        region="eu-west-1",
        state="running",
        createdAt="2025-03-14T09:26:53Z",
    )
    sandbox.set_backup_configuration(
        DEMO_ORGANIZATION_ID,
        DEMO_SERVICE_ID,
        backup_period_in_hours=24,
        backup_retention_period_in_hours=168,
        backup_start_time="02:00",
    )
    sandbox.set_backup_bucket(DEMO_ORGANIZATION_ID, DEMO_SERVICE_ID, _BUCKET)
    for backup in _BACKUPS:
        sandbox.add_raw_backup(DEMO_ORGANIZATION_ID, DEMO_SERVICE_ID, backup)
    return [uuid.UUID(str(b["id"])) for b in _BACKUPS]


BULK_SERVICE_ID = uuid.UUID("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f")


def seed_bulk(sandbox: Sandbox, count: int) -> uuid.UUID:
    """Gives the demo organization a service `BULK_SERVICE_ID` with `count` realistic
    backups (all three bucket providers, a few in progress), for load tests and
    benchmarks of long lists. Returns the service id."""
    import datetime as dt

    start = dt.datetime(2026, 11, 27, 2, 0, 3, tzinfo=dt.timezone.utc)
    for i in range(count):
        provider = ("AWS", "GCP", "AZURE", None)[i % 4]
        started = start - dt.timedelta(hours=6 * i)
        body: dict[str, object] = {
            "id": str(uuid.UUID(int=(0x5A << 120) + i, version=4)),
            "status": "in_progress" if i % 97 == 0 else "done",
            "serviceId": str(BULK_SERVICE_ID),
            "startedAt": started.isoformat().replace("+00:00", "Z"),
            "durationInSeconds": 600.5 + i % 300,
            "type": "full" if i % 7 == 0 else "incremental",
        }
        if body["status"] == "done":
            body["finishedAt"] = (started + dt.timedelta(seconds=600 + i % 300)).isoformat()
            body["sizeInBytes"] = 1_073_741_824 + i * 4096
        if provider == "AWS":
            body["backupName"] = f"nightly/{i}"
            body["bucket"] = {
                "bucketProvider": "AWS",
                "bucketPath": "s3://acme/backups",
                "iamRoleArn": "arn:aws:iam::123456789012:role/writer",
                "iamRoleSessionName": "clickhouse",
            }
        elif provider == "GCP":
            body["bucket"] = {
                "bucketProvider": "GCP",
                "bucketPath": "gs://acme/backups",
                "accessKeyId": "GOOG1EXAMPLE",
            }
        elif provider == "AZURE":
            body["bucket"] = {"bucketProvider": "AZURE", "containerName": "backups"}
        sandbox.add_raw_backup(DEMO_ORGANIZATION_ID, BULK_SERVICE_ID, body)
    return BULK_SERVICE_ID
