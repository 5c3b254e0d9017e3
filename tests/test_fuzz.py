"""Feed many malformed bodies, statuses and headers: only ClickHouseCloudError
subclasses come out, nothing hangs, and the client keeps working."""

from __future__ import annotations

import json
import random
import uuid

import pytest

import clickhouse_cloud as chc
from clickhouse_cloud.testing import Sandbox

from conftest import ORG, QUICK, SERVICE

BACKUP = uuid.UUID("33333333-3333-4333-8333-333333333333")
VALID = {
    "id": str(BACKUP),
    "status": "done",
    "serviceId": "s",
    "startedAt": "2024-01-01T00:00:00Z",
    "finishedAt": "2024-01-01T00:10:00Z",
    "sizeInBytes": 10,
    "durationInSeconds": 600,
    "type": "full",
    "backupName": "n",
    "bucket": {"bucketProvider": "AWS", "bucketPath": "p", "iamRoleArn": "a"},
}
ODD_VALUES = [
    None,
    True,
    False,
    0,
    -1,
    1.5,
    -1e308,
    1e400,
    2**64,
    2**63,
    -(2**63),
    "",
    "x" * 10_000,
    "\u0000",
    "\udcff",
    "2024-13-45T99:99:99Z",
    "NaN",
    [],
    [None],
    {},
    {"a": {"b": {"c": []}}},
    "00000000-0000-0000-0000-000000000000",
]


def mutations(rng: random.Random) -> list[bytes]:
    bodies: list[bytes] = []
    text = json.dumps({"status": 200, "requestId": "r", "result": VALID})
    for _ in range(150 if QUICK else 600):
        kind = rng.randrange(6)
        if kind == 0:  # a field set to an odd value
            result = dict(VALID)
            result[rng.choice(list(VALID))] = rng.choice(ODD_VALUES)
            body = json.dumps({"result": result}, allow_nan=True)
        elif kind == 1:  # a bucket field set to an odd value
            bucket = dict(VALID["bucket"])  # type: ignore[arg-type]
            key = rng.choice(["bucketProvider", "bucketPath", "iamRoleArn", "id", "extra"])
            bucket[key] = rng.choice(ODD_VALUES)
            body = json.dumps({"result": dict(VALID, bucket=bucket)}, allow_nan=True)
        elif kind == 2:  # truncated
            body = text[: rng.randrange(len(text))]
        elif kind == 3:  # random bytes flipped
            raw = bytearray(text.encode())
            for _ in range(rng.randrange(1, 6)):
                raw[rng.randrange(len(raw))] = rng.randrange(256)
            bodies.append(bytes(raw))
            continue
        elif kind == 4:  # the envelope itself odd
            body = json.dumps({"result": rng.choice(ODD_VALUES)}, allow_nan=True)
        else:  # random bytes
            bodies.append(bytes(rng.randrange(256) for _ in range(rng.randrange(64))))
            continue
        bodies.append(body.encode("utf-8", "surrogatepass"))
    return bodies


def test_malformed_success_bodies(sandbox: Sandbox) -> None:
    rng = random.Random(20261127)
    outcomes: dict[str, int] = {}
    with sandbox.client(max_retries=0, timeout=5) as c:
        for body in mutations(rng):
            sandbox.fail_next(200, body)
            try:
                backup = c.get_backup(ORG, SERVICE, BACKUP)
                assert isinstance(backup, chc.Backup)
                chc.Backup.from_dict(backup.to_dict())  # whatever parsed round-trips
                outcomes["ok"] = outcomes.get("ok", 0) + 1
            except chc.InvalidResponseError:
                outcomes["invalid"] = outcomes.get("invalid", 0) + 1
    assert outcomes.get("invalid", 0) > 0 and outcomes.get("ok", 0) > 0
    assert sandbox.pending_faults == 0


@pytest.mark.parametrize("seed", range(3))
def test_random_statuses_headers_and_bodies(sandbox: Sandbox, seed: int) -> None:
    rng = random.Random(seed)
    sandbox.add_backup(ORG, SERVICE, id=BACKUP)
    with sandbox.client(max_retries=1, timeout=2) as c:
        for _ in range(20 if QUICK else 80):
            status = rng.choice([200, 201, 204, 301, 400, 401, 404, 418, 429, 500, 502, 599])
            headers = rng.choice(
                [
                    {},
                    {"Retry-After": "0"},
                    {"X-RateLimit-Reset": "bogus"},
                    {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"},
                    {"X-RateLimit-Reset": "-1"},
                    {"Retry-After": "1e400"},
                ]
            )
            body = rng.choice(
                [
                    b"",
                    b"{",
                    b'{"error": 5}',
                    b'{"error": null}',
                    b'{"error": "X: y", "requestId": 7}',
                    b"\xff\xfe",
                    b'{"result": {"id": "' + str(BACKUP).encode() + b'"}}',
                ]
            )
            if rng.random() < 0.1:
                sandbox.drop_next()
            else:
                sandbox.fail_next(status, body, headers=headers)
            try:
                c.get_backup(ORG, SERVICE, BACKUP)
            except chc.ClickHouseCloudError:
                pass
            sandbox.clear_faults()
        assert c.get_backup(ORG, SERVICE, BACKUP).id == BACKUP
