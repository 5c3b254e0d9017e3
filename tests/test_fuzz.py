"""Feed many malformed bodies, statuses and headers: each ends in the class the README
documents for it (or a parsed Backup), quickly, and the client keeps working."""

from __future__ import annotations

import json
import random
import time
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


# Kinds of mutation whose outcome is known whatever the draw: a truncated body is never
# JSON (the closing brace is the last byte), nor is a random one an object.
ALWAYS_INVALID = {"truncated", "random bytes"}
# A call with an immediate answer (no retry here) ends well within this.
FAST = 0.5


def mutations(rng: random.Random) -> list[tuple[str, bytes]]:
    bodies: list[tuple[str, bytes]] = []
    text = json.dumps({"status": 200, "requestId": "r", "result": VALID})
    for _ in range(150 if QUICK else 600):
        kind = rng.randrange(6)
        if kind == 0:  # a field set to an odd value
            result = dict(VALID)
            result[rng.choice(list(VALID))] = rng.choice(ODD_VALUES)
            body = json.dumps({"result": result}, allow_nan=True)
            name = "odd field"
        elif kind == 1:  # a bucket field set to an odd value
            bucket = dict(VALID["bucket"])  # type: ignore[arg-type]
            key = rng.choice(["bucketProvider", "bucketPath", "iamRoleArn", "id", "extra"])
            bucket[key] = rng.choice(ODD_VALUES)
            body = json.dumps({"result": dict(VALID, bucket=bucket)}, allow_nan=True)
            name = "odd bucket field"
        elif kind == 2:  # truncated
            body = text[: rng.randrange(len(text))]
            name = "truncated"
        elif kind == 3:  # random bytes flipped
            raw = bytearray(text.encode())
            for _ in range(rng.randrange(1, 6)):
                raw[rng.randrange(len(raw))] = rng.randrange(256)
            bodies.append(("flipped", bytes(raw)))
            continue
        elif kind == 4:  # the envelope itself odd
            value = rng.choice(ODD_VALUES)
            body = json.dumps({"result": value}, allow_nan=True)
            # Every field may be absent and unknown ones are ignored: any object is a
            # Backup, anything else is not the documented shape.
            name = "object result" if isinstance(value, dict) else "non-object result"
        else:  # random bytes
            bodies.append(
                ("random bytes", bytes(rng.randrange(256) for _ in range(rng.randrange(64))))
            )
            continue
        bodies.append((name, body.encode("utf-8", "surrogatepass")))
    return bodies


def test_malformed_success_bodies(sandbox: Sandbox) -> None:
    rng = random.Random(20261127)
    outcomes: dict[str, int] = {}
    slowest = 0.0
    with sandbox.client(max_retries=0, timeout=5) as c:
        for kind, body in mutations(rng):
            sandbox.fail_next(200, body)
            started = time.monotonic()
            try:
                backup = c.get_backup(ORG, SERVICE, BACKUP)
            except chc.InvalidResponseError as e:
                assert type(e) is chc.InvalidResponseError
                assert kind != "object result", (kind, body)
                outcomes["invalid"] = outcomes.get("invalid", 0) + 1
            else:
                assert type(backup) is chc.Backup
                assert chc.Backup.from_dict(backup.to_dict()) == backup  # round-trips
                assert kind not in ALWAYS_INVALID and kind != "non-object result", (kind, body)
                outcomes["ok"] = outcomes.get("ok", 0) + 1
            slowest = max(slowest, time.monotonic() - started)
    assert outcomes.get("invalid", 0) > 0 and outcomes.get("ok", 0) > 0
    assert slowest < FAST, f"a malformed body took {slowest:.2f}s"
    assert sandbox.pending_faults == 0


HEADERS = [
    {},
    {"Retry-After": "0"},
    {"X-RateLimit-Reset": "bogus"},
    {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"},
    {"X-RateLimit-Reset": "-1"},
    {"Retry-After": "1e400"},
]
BODIES = [
    b"",
    b"{",
    b'{"error": 5}',
    b'{"error": null}',
    b'{"error": "X: y", "requestId": 7}',
    b"\xff\xfe",
    b'{"result": {"id": "' + str(BACKUP).encode() + b'"}}',
]
# What the README documents per status, with one retry allowed (max_retries=1) and the
# retry answered normally (the fault applies once): "ok" is the seeded Backup.
NOT_RETRIED = {
    301: chc.APIStatusError,  # redirects are not followed: a plain APIStatusError
    400: chc.BadRequestError,
    401: chc.AuthenticationError,
    404: chc.NotFoundError,
    418: chc.APIStatusError,  # no class of its own
    599: chc.InternalServerError,  # 500-599, but only 500, 502, 503, 504 are retried
}
# A retry waits at most the first backoff (0.5 s) or what a 429 asks (here at most the
# 0.1 s floor for a wait of zero, a negative one or a date in the past).
RETRIED_BOUND = 0.5 + FAST


def expected(status: int, headers: dict[str, str], body: bytes) -> tuple[set[object], float]:
    """The outcomes the README allows for one scripted answer, and the time bound."""
    if status in (200, 201, 204):  # success statuses: the body decides (204 has none)
        valid = status != 204 and body.startswith(b'{"result": {')
        return ({"ok"} if valid else {chc.InvalidResponseError}), FAST
    if status in NOT_RETRIED:
        return {NOT_RETRIED[status]}, FAST
    if status == 429 and headers.get("Retry-After") == "1e400":
        # Not delay-seconds (RFC 9110: digits only): a client may take it as no wait
        # given (backoff, then the retry) or as more than 60 s (raised at once).
        return {"ok", chc.RateLimitError}, RETRIED_BOUND
    assert status in (429, 500, 502)
    return {"ok"}, RETRIED_BOUND


@pytest.mark.parametrize("seed", range(3))
def test_random_statuses_headers_and_bodies(sandbox: Sandbox, seed: int) -> None:
    rng = random.Random(seed)
    sandbox.add_backup(ORG, SERVICE, id=BACKUP)
    seen: set[object] = set()
    with sandbox.client(max_retries=1, timeout=2) as c:
        for _ in range(20 if QUICK else 80):
            status = rng.choice([200, 201, 204, 301, 400, 401, 404, 418, 429, 500, 502, 599])
            headers = rng.choice(HEADERS)
            body = rng.choice(BODIES)
            if rng.random() < 0.1:
                sandbox.drop_next()
                # Dropped before an answer: a GET is retried, the retry is answered.
                allowed, bound = {"ok"}, RETRIED_BOUND
                case: object = "dropped"
            else:
                sandbox.fail_next(status, body, headers=headers)
                allowed, bound = expected(status, headers, body)
                case = (status, headers, body)
            started = time.monotonic()
            try:
                backup = c.get_backup(ORG, SERVICE, BACKUP)
            except chc.ClickHouseCloudError as e:
                outcome: object = type(e)
            else:
                assert backup.id == BACKUP
                outcome = "ok"
            elapsed = time.monotonic() - started
            assert outcome in allowed, (case, outcome)
            assert elapsed < bound, (case, f"took {elapsed:.2f}s")
            seen.add(outcome)
            sandbox.clear_faults()
        assert c.get_backup(ORG, SERVICE, BACKUP).id == BACKUP
    assert len(seen) >= 3  # the draws did vary
