"""Backup and the bucket classes are immutable values: equality, hashing, pickling,
to_dict/from_dict round trips, and a short repr."""

from __future__ import annotations

import copy
import datetime as dt
import json
import pickle
import uuid

import pytest

import clickhouse_cloud as chc

UTC = dt.timezone.utc
BACKUP = chc.Backup.from_dict(
    {
        "id": "0b2e4e3a-8e21-4c4b-9f1f-2d3c4b5a6978",
        "status": "done",
        "serviceId": "svc",
        "startedAt": "2024-03-01T02:00:03+02:00",
        "finishedAt": "2024-03-01T02:11:47.318Z",
        "sizeInBytes": 48318382080,
        "durationInSeconds": 704.3,
        "type": "full",
        "backupName": "n",
        "bucket": {"bucketProvider": "GCP", "bucketPath": "gs://b", "accessKeyId": "AK"},
    }
)

BUCKETS = [
    chc.AwsBackupBucket(bucket_path="s3://b", iam_role_arn="arn", iam_role_session_name="s"),
    chc.GcpBackupBucket(
        bucket_path="gs://b", access_key_id="AK", id="44444444-4444-4444-8444-444444444444"
    ),
    chc.AzureBackupBucket(container_name="c"),
    chc.BackupBucket.from_dict({"bucketProvider": "OCI", "namespace": "n"}),
]


def test_to_dict_is_the_api_shape_and_json_native() -> None:
    d = BACKUP.to_dict()
    assert d == {
        "id": "0b2e4e3a-8e21-4c4b-9f1f-2d3c4b5a6978",
        "status": "done",
        "serviceId": "svc",
        "startedAt": "2024-03-01T02:00:03+02:00",
        "finishedAt": "2024-03-01T02:11:47.318Z",
        "sizeInBytes": 48318382080,
        "durationInSeconds": 704.3,
        "type": "full",
        "backupName": "n",
        "bucket": {"bucketProvider": "GCP", "bucketPath": "gs://b", "accessKeyId": "AK"},
    }
    assert json.loads(json.dumps(d)) == d


def test_absent_fields_are_left_out_of_to_dict() -> None:
    assert chc.Backup(status="in_progress").to_dict() == {"status": "in_progress"}
    assert chc.Backup().to_dict() == {}


def test_round_trips() -> None:
    assert chc.Backup.from_dict(BACKUP.to_dict()) == BACKUP
    assert chc.Backup.from_dict(json.loads(json.dumps(BACKUP.to_dict()))) == BACKUP
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(BACKUP, protocol=protocol)) == BACKUP
    assert copy.copy(BACKUP) is BACKUP and copy.deepcopy(BACKUP) is BACKUP


@pytest.mark.parametrize("bucket", BUCKETS, ids=lambda b: type(b).__name__ + str(b.provider))
def test_bucket_round_trips(bucket: chc.BackupBucket) -> None:
    for rebuilt in (
        chc.BackupBucket.from_dict(bucket.to_dict()),
        pickle.loads(pickle.dumps(bucket)),
    ):
        assert type(rebuilt) is type(bucket)
        assert rebuilt == bucket
        assert hash(rebuilt) == hash(bucket)
    backup = chc.Backup(id=uuid.uuid4(), bucket=bucket)
    assert pickle.loads(pickle.dumps(backup)).bucket == bucket


def test_subclass_from_dict_fills_or_checks_the_provider() -> None:
    b = chc.AwsBackupBucket.from_dict({"bucketPath": "s3://x"})
    assert type(b) is chc.AwsBackupBucket and b.provider == "AWS"
    with pytest.raises(ValueError, match="AWS"):
        chc.AwsBackupBucket.from_dict({"bucketProvider": "GCP"})


def test_constructor_and_attributes() -> None:
    started = dt.datetime(2024, 1, 1, tzinfo=UTC)
    b = chc.Backup(
        id="0B2E4E3A-8E21-4C4B-9F1F-2D3C4B5A6978",
        status="done",
        started_at=started,
        size_in_bytes=5,
        type="full",
    )
    assert b.id == uuid.UUID("0b2e4e3a-8e21-4c4b-9f1f-2d3c4b5a6978")
    assert b.started_at == started and b.size_in_bytes == 5 and b.type == "full"
    with pytest.raises(ValueError):
        chc.Backup(id="nope")
    with pytest.raises((TypeError, ValueError)):
        chc.Backup(started_at=dt.datetime(2024, 1, 1))  # naive: no offset


def test_ids_and_datetimes_are_the_standard_library_types() -> None:
    """They are built without their constructors (speed): they must still be whole."""
    expected = uuid.UUID("0b2e4e3a-8e21-4c4b-9f1f-2d3c4b5a6978")
    got = BACKUP.id
    assert type(got) is uuid.UUID
    assert got == expected and hash(got) == hash(expected) and str(got) == str(expected)
    assert got.is_safe is uuid.SafeUUID.unknown and got.version == 4
    assert pickle.loads(pickle.dumps(got)) == expected
    assert copy.deepcopy(got) == expected
    with pytest.raises(TypeError):
        got.int = 5  # type: ignore[misc]
    finished = BACKUP.finished_at
    assert type(finished) is dt.datetime
    assert finished.tzinfo is UTC
    assert finished == dt.datetime(2024, 3, 1, 2, 11, 47, 318000, tzinfo=UTC)
    started = BACKUP.started_at
    assert started.utcoffset() == dt.timedelta(hours=2)
    assert started.isoformat() == "2024-03-01T02:00:03+02:00"
    assert pickle.loads(pickle.dumps(started)) == started
    leap = chc.Backup.from_dict({"startedAt": "2016-12-31T23:59:60.5Z"}).started_at
    assert leap == dt.datetime(2016, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)


def test_immutable() -> None:
    for obj, attr in [
        (BACKUP, "status"),
        (BACKUP, "id"),
        (BUCKETS[0], "bucket_path"),
        (BUCKETS[0], "provider"),
    ]:
        with pytest.raises(AttributeError):
            setattr(obj, attr, "x")
    with pytest.raises(AttributeError):
        BACKUP.new_attribute = 1  # type: ignore[attr-defined]
    d = BACKUP.to_dict()
    d["status"] = "error"
    assert BACKUP.status == "done"


def test_equality_and_hash() -> None:
    same = chc.Backup.from_dict(BACKUP.to_dict())
    assert same == BACKUP and not (same != BACKUP) and hash(same) == hash(BACKUP)
    other = chc.Backup.from_dict(dict(BACKUP.to_dict(), status="error"))
    assert other != BACKUP
    assert BACKUP != "done" and BACKUP != BACKUP.to_dict()
    assert len({BACKUP, same, other}) == 2
    assert BUCKETS[0] != BUCKETS[1]


def test_same_instant_different_offset_is_a_different_value() -> None:
    a = chc.Backup.from_dict({"startedAt": "2024-01-01T00:00:00Z"})
    b = chc.Backup.from_dict({"startedAt": "2024-01-01T01:00:00+01:00"})
    assert a.started_at == b.started_at  # the same instant, as datetime says
    assert a.to_dict() != b.to_dict()
    assert a != b  # equal values must serialize (and hash) the same


def test_repr_is_short_and_useful() -> None:
    r = repr(BACKUP)
    assert r.startswith("Backup(id='0b2e4e3a-8e21-4c4b-9f1f-2d3c4b5a6978', status='done'")
    assert "bucket=GCP" in r and len(r) < 200
    assert repr(BUCKETS[2]) == "AzureBackupBucket(container_name='c')"


@pytest.mark.parametrize(
    "bad",
    [{"id": "x"}, {"sizeInBytes": "1"}, {"startedAt": "never"}, {"bucket": 5}, {"status": 1}],
)
def test_from_dict_rejects_bad_values(bad: dict) -> None:
    with pytest.raises(ValueError):
        chc.Backup.from_dict(bad)


@pytest.mark.parametrize("size", [-1, 0, 2**63, 2**70])
def test_constructor_takes_every_size_the_api_can_send(size: int) -> None:
    b = chc.Backup(size_in_bytes=size)
    assert b.size_in_bytes == size and type(b.size_in_bytes) is int
    assert chc.Backup.from_dict(b.to_dict()) == b


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"size_in_bytes": 2**130}, ValueError),
        ({"size_in_bytes": 1.5}, TypeError),
        ({"duration_in_seconds": float("nan")}, ValueError),
        ({"duration_in_seconds": float("inf")}, ValueError),
        ({"duration_in_seconds": "1"}, TypeError),
        (
            {"started_at": dt.datetime(2024, 1, 1, tzinfo=dt.timezone(dt.timedelta(seconds=30)))},
            ValueError,
        ),
    ],
)
def test_constructor_rejects_values_the_api_cannot_send(kwargs: dict, error: type) -> None:
    with pytest.raises(error):
        chc.Backup(**kwargs)


def test_negative_zero_duration_is_zero() -> None:
    a, b = chc.Backup(duration_in_seconds=-0.0), chc.Backup(duration_in_seconds=0.0)
    assert a == b and hash(a) == hash(b)
    assert chc.Backup.from_dict({"durationInSeconds": -0.0}) == b


def test_from_dict_accepts_any_mapping() -> None:
    import types

    frozen = types.MappingProxyType(BACKUP.to_dict())
    assert chc.Backup.from_dict(frozen) == BACKUP


def test_from_dict_survives_a_dict_changed_while_read() -> None:
    data: dict = {}

    class Meddling(dt.tzinfo):
        def utcoffset(self, _: object) -> dt.timedelta:
            data[f"k{len(data)}"] = 1
            return dt.timedelta(0)

    data["startedAt"] = dt.datetime(2024, 1, 1, tzinfo=Meddling())
    # Whatever comes out, it must be an ordinary exception or a value, never a panic.
    try:
        chc.Backup.from_dict(data)
    except Exception:
        pass


def test_from_dict_rejects_non_dicts() -> None:
    with pytest.raises(TypeError):
        chc.Backup.from_dict([1, 2])  # type: ignore[arg-type]


def test_enums_compare_equal_to_strings() -> None:
    assert chc.BackupStatus.DONE == "done"
    assert chc.BackupStatus("in_progress") is chc.BackupStatus.IN_PROGRESS
    assert str(chc.BackupStatus.ERROR) == "error"
    assert {s.value for s in chc.BackupType} == {"full", "incremental"}
    assert BACKUP.status == chc.BackupStatus.DONE


def test_public_names() -> None:
    expected = {
        "Client",
        "Backup",
        "BackupBucket",
        "AwsBackupBucket",
        "GcpBackupBucket",
        "AzureBackupBucket",
        "BackupStatus",
        "BackupType",
        "ClickHouseCloudError",
        "APIStatusError",
        "BadRequestError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "RateLimitError",
        "InternalServerError",
        "APIConnectionError",
        "APITimeoutError",
        "InvalidResponseError",
    }
    assert expected <= set(chc.__all__)
    for name in chc.__all__:
        assert hasattr(chc, name)
    assert chc.Backup.__module__ == "clickhouse_cloud"
