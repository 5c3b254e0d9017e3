"""The fault matrix, sync and async: every way a server or network can fail ends in
the documented exception within the timeout plus backoff (never a hang or a panic),
and the client keeps working afterwards."""

from __future__ import annotations

import asyncio
import json
import socket
import time
import uuid
from collections.abc import Iterator
from typing import Any, Callable

import pytest

import clickhouse_cloud as chc
from clickhouse_cloud.testing import Sandbox

from conftest import ORG, SERVICE

TIMEOUT = 0.5
RETRIES = 1
# One retry after a timeout: two attempts plus the longest first backoff (0.5 s).
BOUND = TIMEOUT * (RETRIES + 1) + 0.5 + 1.0
VALID = json.dumps({"result": {"id": str(uuid.uuid4()), "status": "done"}}).encode()


@pytest.fixture(params=["sync", "async"])
def get(request: pytest.FixtureRequest, sandbox: Sandbox) -> Callable[..., Any]:
    """`get(base_url=None)`: one get_backup with a short timeout and one retry."""

    def make(base_url: str | None = None, timeout: float = TIMEOUT) -> Callable[[], Any]:
        kwargs: dict[str, Any] = {
            "base_url": base_url or sandbox.url,
            "timeout": timeout,
            "max_retries": RETRIES,
        }
        if request.param == "sync":
            client = chc.Client(sandbox.key_id, sandbox.key_secret, **kwargs)
            return lambda: client.get_backup(ORG, SERVICE, BACKUP)
        aclient = chc.AsyncClient(sandbox.key_id, sandbox.key_secret, **kwargs)
        return lambda: asyncio.run(aclient.get_backup(ORG, SERVICE, BACKUP))

    return make


BACKUP = uuid.uuid4()


def fails_with(call: Callable[[], Any], cls: type, bound: float = BOUND) -> BaseException:
    started = time.monotonic()
    with pytest.raises(cls) as info:
        call()
    elapsed = time.monotonic() - started
    assert elapsed < bound, f"took {elapsed:.2f}s"
    # The class the README documents, not a subclass of it.
    assert type(info.value) is cls, repr(info.value)
    return info.value


@pytest.fixture
def works_after(sandbox: Sandbox) -> Iterator[Callable[[Callable[[], Any]], None]]:
    sandbox.add_backup(ORG, SERVICE, id=BACKUP)

    def check(call: Callable[[], Any]) -> None:
        sandbox.clear_faults()
        assert call().id == BACKUP

    yield check


def test_refused_connection(get: Callable[..., Any], refused_port: int) -> None:
    e = fails_with(get(f"http://127.0.0.1:{refused_port}"), chc.APIConnectionError)
    assert "connection refused" in str(e).lower(), e


def test_reset_before_headers(sandbox: Sandbox, get: Callable[..., Any], works_after) -> None:
    sandbox.drop_next(times=2)
    call = get()
    fails_with(call, chc.APIConnectionError)
    assert len(sandbox.requests) == 2  # a GET is retried
    works_after(call)


def test_reset_mid_body(sandbox: Sandbox, get: Callable[..., Any], works_after) -> None:
    sandbox.stream_next(200, VALID[:20], abort=True, times=2)
    call = get()
    fails_with(call, chc.APIConnectionError)
    works_after(call)


def test_body_shorter_than_its_content_length(
    sandbox: Sandbox, get: Callable[..., Any], works_after
) -> None:
    sandbox.stream_next(200, VALID, content_length=len(VALID) + 100, abort=True, times=2)
    call = get()
    fails_with(call, chc.APIConnectionError)
    works_after(call)


def test_a_server_that_accepts_and_never_answers(get: Callable[..., Any]) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)  # the kernel accepts; nobody ever reads or answers
        port = listener.getsockname()[1]
        e = fails_with(get(f"http://127.0.0.1:{port}"), chc.APITimeoutError)
    assert isinstance(e, TimeoutError)


def test_a_slow_drip_past_the_timeout(
    sandbox: Sandbox, get: Callable[..., Any], works_after
) -> None:
    sandbox.stream_next(200, VALID, chunk_size=1, pause=0.05, times=2)
    call = get()
    fails_with(call, chc.APITimeoutError)
    works_after(call)


@pytest.mark.parametrize(
    "headers",
    [{"X-RateLimit-Reset": "0.2"}, {"Retry-After": "0"}, {}],
    ids=["x-ratelimit-reset", "retry-after", "no-header"],
)
def test_rate_limited(
    sandbox: Sandbox, get: Callable[..., Any], works_after, headers: dict
) -> None:
    sandbox.fail_next(429, json={"error": "TOO_MANY_REQUESTS"}, headers=headers, times=2)
    call = get()
    e = fails_with(call, chc.RateLimitError)
    assert e.request_id is None
    assert len(sandbox.requests) == 2
    works_after(call)


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html"),
        (
            '{"status": 503, "error": "UNAVAILABLE: try later", "requestId": "r"}',
            "application/json",
        ),
    ],
    ids=["html", "json"],
)
def test_server_errors(
    sandbox: Sandbox, get: Callable[..., Any], works_after, body: str, content_type: str
) -> None:
    sandbox.fail_next(503, body, headers={"content-type": content_type}, times=2)
    call = get()
    e = fails_with(call, chc.InternalServerError)
    assert e.status_code == 503 and e.body == body
    works_after(call)


@pytest.mark.parametrize(
    "body",
    [
        '{"result": {"id": ',
        "\x00\xff",
        '{"result": [1, 2]}',
        '{"result": {"sizeInBytes": {"a": 1}}}',
    ],
    ids=["truncated-json", "binary", "list", "wrong-type"],
)
def test_malformed_or_wrongly_shaped_success(
    sandbox: Sandbox, get: Callable[..., Any], works_after, body: str
) -> None:
    sandbox.fail_next(200, body)
    call = get()
    fails_with(call, chc.InvalidResponseError)
    assert len(sandbox.requests) == 1  # never retried
    works_after(call)


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_a_redirect_to_another_host_is_not_followed(
    sandbox: Sandbox, get: Callable[..., Any], works_after, status: int
) -> None:
    with Sandbox() as elsewhere:
        target = f"{elsewhere.url}/v1/organizations/{ORG}/services/{SERVICE}/backups/{BACKUP}"
        sandbox.fail_next(status, headers={"Location": target})
        call = get()
        e = fails_with(call, chc.APIStatusError)
        assert e.status_code == status
        assert elsewhere.requests == []  # neither the request nor its Authorization went there
    works_after(call)


@pytest.mark.parametrize("announced", [True, False], ids=["content-length", "chunked"])
def test_a_huge_body_is_capped(
    sandbox: Sandbox, get: Callable[..., Any], works_after, announced: bool
) -> None:
    size = 100 * 1024 * 1024
    # Reading 64 MiB takes longer than the matrix's short timeout on a slow machine.
    sandbox.stream_next(
        200,
        b'{"result": "' + b"x" * 1000,
        total_bytes=size,
        content_length=size if announced else None,
    )
    call = get(timeout=30)
    e = fails_with(call, chc.InvalidResponseError, bound=20)
    assert "exceeds 64 MiB" in str(e)
    works_after(call)


def test_a_huge_error_page_is_cut(sandbox: Sandbox, get: Callable[..., Any], works_after) -> None:
    sandbox.stream_next(500, b"<html>" + b"y" * 1000, total_bytes=50 * 1024 * 1024, times=2)
    call = get(timeout=30)
    e = fails_with(call, chc.InternalServerError, bound=20)
    assert len(e.body) == 64 * 1024
    works_after(call)
