"""Retries: what is retried, how often, how long between attempts, and the log line."""

from __future__ import annotations

import email.utils
import logging
import math
import time
import uuid
from collections.abc import Iterator

import pytest

import clickhouse_cloud as chc
from clickhouse_cloud.testing import Sandbox

from conftest import ORG, SECRET, SERVICE

BACKUP = uuid.UUID("33333333-3333-4333-8333-333333333333")


@pytest.fixture
def seeded(sandbox: Sandbox) -> Sandbox:
    sandbox.add_backup(ORG, SERVICE, id=BACKUP)
    return sandbox


def gaps(sandbox: Sandbox) -> list[float]:
    times = [r.at for r in sandbox.requests]
    return [b - a for a, b in zip(times, times[1:])]


def test_429_waits_for_x_ratelimit_reset(seeded: Sandbox) -> None:
    seeded.fail_next(
        429, json={"error": "TOO_MANY_REQUESTS"}, headers={"X-RateLimit-Reset": "0.6"}, times=2
    )
    with seeded.client(max_retries=3) as c:
        assert c.get_backup(ORG, SERVICE, BACKUP).id == BACKUP
    assert len(seeded.requests) == 3
    for gap in gaps(seeded):
        assert 0.55 <= gap < 1.5


def test_429_waits_for_retry_after(seeded: Sandbox) -> None:
    seeded.fail_next(429, json={"error": "TOO_MANY_REQUESTS"}, headers={"Retry-After": "1"})
    with seeded.client(max_retries=1) as c:
        c.get_backup(ORG, SERVICE, BACKUP)
    (gap,) = gaps(seeded)
    assert 0.95 <= gap < 2.0


def test_429_waits_until_a_retry_after_date(seeded: Sandbox) -> None:
    """Retry-After as an HTTP date (whole seconds) 1.5 to 2.5 s ahead: the retry goes
    at that moment, not after the backoff (at most 0.5 s) nor at once."""
    with seeded.client(max_retries=1) as c:
        when = math.ceil(time.time() + 1.5)
        header = email.utils.formatdate(when, usegmt=True)  # "Wed, 21 Oct 2026 07:28:02 GMT"
        seeded.fail_next(429, json={"error": "TOO_MANY_REQUESTS"}, headers={"Retry-After": header})
        assert c.get_backup(ORG, SERVICE, BACKUP).id == BACKUP
        returned = time.time()
    assert len(seeded.requests) == 2
    # The retry (and so the call's end) came once the date had passed, and soon after.
    assert when - 0.02 <= returned < when + 0.5, returned - when
    (gap,) = gaps(seeded)
    assert gap > 1.0  # the date was 1.5 to 2.5 s ahead when the 429 was sent


def test_429_with_a_retry_after_date_too_far_ahead_is_raised_at_once(seeded: Sandbox) -> None:
    when = int(time.time()) + 120
    header = email.utils.formatdate(when, usegmt=True)
    seeded.fail_next(429, json={"error": "TOO_MANY_REQUESTS"}, headers={"Retry-After": header})
    with seeded.client(max_retries=3) as c:
        started = time.monotonic()
        with pytest.raises(chc.RateLimitError) as info:
            c.get_backup(ORG, SERVICE, BACKUP)
        assert time.monotonic() - started < 0.5
    assert info.value.retry_after == pytest.approx(when - time.time(), abs=1.5)
    assert len(seeded.requests) == 1


@pytest.mark.parametrize(
    "header",
    [
        ("X-RateLimit-Reset", "0"),
        ("X-RateLimit-Reset", "-5"),
        ("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"),
    ],
)
def test_a_zero_or_past_wait_is_never_a_tight_loop(seeded: Sandbox, header: tuple) -> None:
    seeded.fail_next(429, json={"error": "TOO_MANY_REQUESTS"}, headers=dict([header]), times=2)
    with seeded.client(max_retries=2) as c:
        c.get_backup(ORG, SERVICE, BACKUP)
    for gap in gaps(seeded):
        assert gap >= 0.09


def test_429_gives_up_after_max_retries(seeded: Sandbox) -> None:
    seeded.fail_next(
        429, json={"error": "TOO_MANY_REQUESTS"}, headers={"X-RateLimit-Reset": "0.05"}, times=10
    )
    with seeded.client(max_retries=2) as c:
        with pytest.raises(chc.RateLimitError) as info:
            c.get_backup(ORG, SERVICE, BACKUP)
    assert info.value.retry_after == pytest.approx(0.05)
    assert len(seeded.requests) == 3


def test_429_asking_for_too_long_a_wait_is_raised_at_once(seeded: Sandbox) -> None:
    seeded.fail_next(
        429, json={"error": "TOO_MANY_REQUESTS"}, headers={"X-RateLimit-Reset": "3600"}
    )
    with seeded.client(max_retries=3) as c:
        with pytest.raises(chc.RateLimitError) as info:
            c.get_backup(ORG, SERVICE, BACKUP)
    assert info.value.retry_after == 3600.0
    assert len(seeded.requests) == 1


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_5xx_is_retried_with_exponential_backoff(seeded: Sandbox, status: int) -> None:
    seeded.fail_next(status, "<html>oops</html>", times=3)
    with seeded.client(max_retries=3) as c:
        assert c.get_backup(ORG, SERVICE, BACKUP).id == BACKUP
    first, second, third = gaps(seeded)
    # 0.5 s, 1 s, 2 s, each with jitter between half and all of it: the waits double
    assert 0.24 <= first <= 0.6
    assert 0.49 <= second <= 1.1
    assert 0.99 <= third <= 2.2


def test_5xx_gives_up_after_max_retries(seeded: Sandbox) -> None:
    seeded.fail_next(503, times=10)
    with seeded.client(max_retries=1) as c:
        with pytest.raises(chc.InternalServerError):
            c.get_backup(ORG, SERVICE, BACKUP)
    assert len(seeded.requests) == 2


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, chc.BadRequestError),
        (401, chc.AuthenticationError),
        (403, chc.PermissionDeniedError),
        (404, chc.NotFoundError),
        (409, chc.APIStatusError),  # no class of its own: a plain APIStatusError
        (501, chc.InternalServerError),
    ],
)
def test_other_errors_are_not_retried(seeded: Sandbox, status: int, cls: type) -> None:
    seeded.fail_next(status, json={"status": status, "error": "NOPE: no"}, times=5)
    with seeded.client(max_retries=3) as c:
        with pytest.raises(cls) as info:
            c.get_backup(ORG, SERVICE, BACKUP)
    assert type(info.value) is cls and info.value.status_code == status
    assert len(seeded.requests) == 1


def test_dropped_connections_are_retried(seeded: Sandbox) -> None:
    seeded.drop_next(times=2)
    with seeded.client(max_retries=2) as c:
        assert c.get_backup(ORG, SERVICE, BACKUP).id == BACKUP
    assert len(seeded.requests) == 3


def test_timeouts_are_retried(seeded: Sandbox) -> None:
    seeded.delay_next(2.0)
    with seeded.client(timeout=0.3, max_retries=1) as c:
        assert c.get_backup(ORG, SERVICE, BACKUP).id == BACKUP
    assert len(seeded.requests) == 2


def test_invalid_response_is_not_retried(seeded: Sandbox) -> None:
    seeded.fail_next(200, "not json", times=3)
    with seeded.client(max_retries=3) as c:
        with pytest.raises(chc.InvalidResponseError):
            c.get_backup(ORG, SERVICE, BACKUP)
    assert len(seeded.requests) == 1


def test_max_retries_zero_means_one_attempt(seeded: Sandbox) -> None:
    seeded.fail_next(503, times=3)
    with seeded.client(max_retries=0) as c:
        with pytest.raises(chc.InternalServerError):
            c.get_backup(ORG, SERVICE, BACKUP)
    assert len(seeded.requests) == 1


def test_each_retry_is_logged(seeded: Sandbox, caplog: pytest.LogCaptureFixture) -> None:
    seeded.fail_next(
        503, json={"status": 503, "error": "UNAVAILABLE: busy", "requestId": "req-503"}
    )
    seeded.fail_next(429, json={"error": "TOO_MANY_REQUESTS"}, headers={"X-RateLimit-Reset": "0.1"})
    with caplog.at_level(logging.DEBUG, logger="clickhouse_cloud"):
        with seeded.client(max_retries=3) as c:
            c.get_backup(ORG, SERVICE, BACKUP)
    records = [r for r in caplog.records if r.name == "clickhouse_cloud"]
    assert len(records) == 2
    first, second = (r.getMessage() for r in records)
    assert "status 503" in first and "req-503" in first and "retry 1 of 3" in first
    assert "status 429" in second and "in 0.10s" in second and "retry 2 of 3" in second
    assert all(r.levelno == logging.INFO for r in records)
    for r in records:
        assert SECRET not in r.getMessage()


def test_client_side_rate_limit_is_shared_by_threads_and_tasks() -> None:
    import asyncio
    import threading
    import time

    # The sandbox limits like the API (3 per 10 s here); a client told the same never
    # gets a 429, whoever uses it: four threads and an event loop at once.
    # A key of its own: rate limiters are shared per key, across runs within 10 s too.
    with Sandbox(key_id=f"threads-{uuid.uuid4()}", rate_limit=3) as sandbox:
        backup = sandbox.add_backup(ORG, SERVICE)
        client = sandbox.client(rate_limit=3, max_retries=0)
        aclient = sandbox.async_client(rate_limit=3, max_retries=0)
        assert client.rate_limit == 3 and aclient.rate_limit == 3
        errors: list[BaseException] = []
        started = time.monotonic()

        def work() -> None:
            try:
                client.get_backup(ORG, SERVICE, backup.id)
            except BaseException as e:
                errors.append(e)

        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - started
        assert errors == []
        assert elapsed >= 9.5  # the 4th call waited for the window
        assert asyncio.run(aclient.get_backup(ORG, SERVICE, backup.id)) == backup


def test_rate_limit_is_shared_by_every_client_of_a_key_in_every_process() -> None:
    """The API limits per key. Two clients of one key in this process and a client of
    that key in another process, all with rate_limit=2, against a sandbox limiting to 2
    per 10 s: the third call waits for the window instead of getting a 429; a client of
    another key does not wait."""
    import subprocess
    import sys
    import textwrap

    key = f"shared-{uuid.uuid4()}"  # a window of its own: earlier runs' turns don't count
    with Sandbox(key_id=key, key_secret=SECRET, rate_limit=2) as sandbox:
        backup = sandbox.add_backup(ORG, SERVICE)
        first, second = (sandbox.client(rate_limit=2, max_retries=0) for _ in range(2))
        first.get_backup(ORG, SERVICE, backup.id)
        second.get_backup(ORG, SERVICE, backup.id)
        # The window of this key is full; another key's is not.
        with Sandbox(key_id=f"other-{uuid.uuid4()}", key_secret=SECRET) as other:
            other_backup = other.add_backup(ORG, SERVICE)
            with other.client(rate_limit=2, max_retries=0) as client:
                started = time.monotonic()
                for _ in range(2):
                    client.get_backup(ORG, SERVICE, other_backup.id)
                assert time.monotonic() - started < 1
        started = time.monotonic()
        child = subprocess.run(
            [
                sys.executable,
                "-c",
                textwrap.dedent(f"""
                    import uuid, clickhouse_cloud as chc
                    c = chc.Client({key!r}, {SECRET!r}, base_url={sandbox.url!r},
                                   rate_limit=2, max_retries=0)
                    c.get_backup(uuid.UUID("{ORG}"), uuid.UUID("{SERVICE}"),
                                 uuid.UUID("{backup.id}"))
                    print("ok")
                """),
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        waited = time.monotonic() - started
        assert child.returncode == 0, child.stderr  # no RateLimitError: it waited its turn
        assert child.stdout.strip() == "ok"
        assert 8.5 < waited < 20
        times = [r.at for r in sandbox.requests]
        assert len(times) == 3 and times[2] - times[0] >= 9.9


def test_the_retry_budget_ends_the_retries(seeded: Sandbox) -> None:
    """429s asking for 0.2 s: with a 0.5 s budget, attempts at 0, 0.2 and 0.4 s, then
    none (the next would start past the budget), though max_retries allows ten."""
    seeded.fail_next(
        429, json={"error": "TOO_MANY_REQUESTS"}, headers={"X-RateLimit-Reset": "0.2"}, times=20
    )
    with seeded.client(max_retries=10, retry_budget=0.5) as c:
        assert c.retry_budget == 0.5
        started = time.monotonic()
        with pytest.raises(chc.RateLimitError):
            c.get_backup(ORG, SERVICE, BACKUP)
        assert time.monotonic() - started < 0.55
    assert len(seeded.requests) == 3


@pytest.fixture
def own_key() -> Iterator[Sandbox]:
    """A sandbox with a key of its own: a rate limiter's window is shared per key (by
    every client, process and test run within 10 s)."""
    with Sandbox(key_id=f"budget-{uuid.uuid4()}", key_secret=SECRET) as sandbox:
        sandbox.add_backup(ORG, SERVICE, id=BACKUP)
        yield sandbox


def test_the_retry_budget_bounds_the_rate_limiter_wait(own_key: Sandbox) -> None:
    """Two turns per 10 s: after two 429s the next turn is 10 s away, past the 1 s
    budget, so the call ends at once with the last 429, without waiting for it."""
    seeded = own_key
    seeded.fail_next(
        429, json={"error": "TOO_MANY_REQUESTS"}, headers={"X-RateLimit-Reset": "0.1"}, times=20
    )
    with seeded.client(max_retries=10, retry_budget=1.0, rate_limit=2) as c:
        started = time.monotonic()
        with pytest.raises(chc.RateLimitError):
            c.get_backup(ORG, SERVICE, BACKUP)
        assert time.monotonic() - started < 0.5
    assert len(seeded.requests) == 2


def test_no_turn_under_the_rate_limit_within_the_budget_is_a_timeout(own_key: Sandbox) -> None:
    seeded = own_key
    with seeded.client(max_retries=0, retry_budget=0.3, rate_limit=1) as c:
        c.get_backup(ORG, SERVICE, BACKUP)
        started = time.monotonic()
        with pytest.raises(chc.APITimeoutError, match=r"rate_limit=1"):
            c.get_backup(ORG, SERVICE, BACKUP)
        assert time.monotonic() - started < 0.2  # known at once: the turn is 10 s away
    assert len(seeded.requests) == 1


@pytest.mark.parametrize("bad", [-1, float("nan"), 1e9])
def test_retry_budget_bounds(bad: float) -> None:
    with pytest.raises(ValueError, match="retry_budget"):
        chc.Client("k", "s", retry_budget=bad)


@pytest.mark.parametrize("bad", [0, -1, 10_001])
def test_rate_limit_bounds(bad: int) -> None:
    with pytest.raises(ValueError, match="rate_limit"):
        chc.Client("k", "s", rate_limit=bad)
