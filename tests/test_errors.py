"""Every failure ends in the documented exception class, with its fields."""

from __future__ import annotations

import json
import pickle
import time
import uuid

import pytest

import clickhouse_cloud as chc
from clickhouse_cloud.testing import Sandbox

from conftest import ORG, SERVICE

BACKUP = uuid.UUID("33333333-3333-4333-8333-333333333333")


def get(client: chc.Client) -> chc.Backup:
    return client.get_backup(ORG, SERVICE, BACKUP)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, chc.BadRequestError),
        (401, chc.AuthenticationError),
        (403, chc.PermissionDeniedError),
        (404, chc.NotFoundError),
        (429, chc.RateLimitError),
        (500, chc.InternalServerError),
        (502, chc.InternalServerError),
        (503, chc.InternalServerError),
        (504, chc.InternalServerError),
        (599, chc.InternalServerError),
        (409, chc.APIStatusError),
        (418, chc.APIStatusError),
        (302, chc.APIStatusError),
    ],
)
def test_each_status_maps_to_its_class(
    sandbox: Sandbox, client: chc.Client, status: int, cls: type
) -> None:
    body = {"status": status, "error": "SOME_CODE: something happened", "requestId": "req-1"}
    sandbox.fail_next(status, json=body)
    with pytest.raises(cls) as info:
        get(client)
    e = info.value
    assert type(e) is cls
    if status == 403:  # it names what backupGet needs (chc.operations())
        assert e.permissions == ("control-plane:service:view-backups",)
    assert isinstance(e, chc.APIStatusError) and isinstance(e, chc.ClickHouseCloudError)
    assert e.status_code == status
    assert e.code == "SOME_CODE"
    assert e.message == "SOME_CODE: something happened"
    assert e.request_id == "req-1"
    assert json.loads(e.body) == body
    needs = "; the operation needs the key permissions control-plane:service:view-backups"
    suffix = needs if status == 403 else ""
    assert str(e) == f"{status} SOME_CODE: something happened (request id req-1){suffix}"


def test_real_api_errors(sandbox: Sandbox, client: chc.Client) -> None:
    # Unknown backup in the sandbox: a real 404 from the server logic.
    with pytest.raises(chc.NotFoundError) as info:
        get(client)
    assert info.value.code == "NOT_FOUND"
    assert info.value.request_id  # every API error carries one
    uuid.UUID(info.value.request_id)


def test_wrong_secret_is_authentication_error(sandbox: Sandbox) -> None:
    with chc.Client("test-key", "wrong", base_url=sandbox.url, max_retries=0) as c:
        with pytest.raises(chc.AuthenticationError) as info:
            get(c)
    assert info.value.status_code == 401
    assert "wrong" not in str(info.value) and "wrong" not in repr(info.value)


def test_unknown_id_answered_400(sandbox: Sandbox, client: chc.Client) -> None:
    sandbox.fail_next(
        400, json={"status": 400, "error": "BAD_REQUEST: Invalid backup id", "requestId": "r"}
    )
    with pytest.raises(chc.BadRequestError) as info:
        get(client)
    assert info.value.code == "BAD_REQUEST"


def test_rate_limit_body_without_request_id(sandbox: Sandbox, client: chc.Client) -> None:
    sandbox.fail_next(429, json={"error": "TOO_MANY_REQUESTS"}, headers={"X-RateLimit-Reset": "7"})
    with pytest.raises(chc.RateLimitError) as info:
        get(client)
    e = info.value
    assert e.request_id is None
    assert e.code == "TOO_MANY_REQUESTS"
    assert e.retry_after == 7.0
    assert str(e) == "429 TOO_MANY_REQUESTS, retry after 7s"


def test_rate_limit_without_headers(sandbox: Sandbox, client: chc.Client) -> None:
    sandbox.fail_next(429, json={"error": "TOO_MANY_REQUESTS"})
    with pytest.raises(chc.RateLimitError) as info:
        get(client)
    assert info.value.retry_after is None


def test_html_502_from_a_proxy(sandbox: Sandbox, client: chc.Client) -> None:
    page = "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>nginx</body>\n</html>\n"
    sandbox.fail_next(502, page, headers={"content-type": "text/html"})
    with pytest.raises(chc.InternalServerError) as info:
        get(client)
    e = info.value
    assert e.status_code == 502 and e.code is None and e.request_id is None
    assert e.body == page
    assert "502 Bad Gateway" in e.message
    assert "\n" not in str(e)


def test_empty_error_body(sandbox: Sandbox, client: chc.Client) -> None:
    sandbox.fail_next(503)
    with pytest.raises(chc.InternalServerError) as info:
        get(client)
    assert info.value.message == "Service Unavailable" and info.value.body == ""


def test_long_error_is_one_short_line(sandbox: Sandbox, client: chc.Client) -> None:
    sandbox.fail_next(500, "x" * 100_000)
    with pytest.raises(chc.InternalServerError) as info:
        get(client)
    assert len(str(info.value)) < 400


def test_huge_error_body_is_cut_not_turned_into_another_error(
    sandbox: Sandbox, client: chc.Client
) -> None:
    sandbox.fail_next(500, "<html>" + "x" * 5_000_000)
    with pytest.raises(chc.InternalServerError) as info:
        get(client)
    assert len(info.value.body) == 64 * 1024
    assert info.value.body.startswith("<html>xxx")


@pytest.mark.parametrize(
    "body",
    [
        "",
        "not json",
        "<html>ok</html>",
        "{",
        "[]",
        "null",
        "42",
        '{"status": 200}',
        '{"result": null}',
        '{"result": []}',
        '{"result": "backup"}',
        '{"result": {"id": "not-a-uuid"}}',
        '{"result": {"sizeInBytes": "12"}}',
        '{"result": {"startedAt": "yesterday"}}',
        '{"result": {"startedAt": "0000-01-01T00:00:00Z"}}',
        '{"result": {"finishedAt": "9999-12-31T23:59:59-01:00"}}',
        '{"result": {"durationInSeconds": "1"}}',
        '{"result": {"status": 1}}',
        '{"result": {"bucket": [1]}}',
        '{"result": {"bucket": {"bucketProvider": "AWS", "bucketPath": 5}}}',
    ],
)
def test_malformed_or_wrongly_shaped_200(sandbox: Sandbox, client: chc.Client, body: str) -> None:
    sandbox.fail_next(200, body, headers={"content-type": "application/json"})
    with pytest.raises(chc.InvalidResponseError) as info:
        get(client)
    assert info.value.status_code == 200
    assert info.value.body == body


def test_invalid_response_names_the_field_and_request_id(
    sandbox: Sandbox, client: chc.Client
) -> None:
    sandbox.fail_next(200, json={"requestId": "rid-9", "result": {"sizeInBytes": "big"}})
    with pytest.raises(chc.InvalidResponseError) as info:
        get(client)
    assert "result.sizeInBytes" in str(info.value)
    assert info.value.request_id == "rid-9"
    assert "rid-9" in str(info.value)


def test_connection_refused(refused_port: int) -> None:
    with chc.Client("k", "s", base_url=f"http://127.0.0.1:{refused_port}", max_retries=0) as c:
        started = time.monotonic()
        with pytest.raises(chc.APIConnectionError) as info:
            get(c)
        assert time.monotonic() - started < 1  # refused at once, not timed out
    assert type(info.value) is chc.APIConnectionError
    assert "connection refused" in str(info.value).lower()
    assert f"/v1/organizations/{ORG}" in str(info.value)


def test_dropped_connection(sandbox: Sandbox, client: chc.Client) -> None:
    sandbox.drop_next()
    with pytest.raises(chc.APIConnectionError) as info:
        get(client)
    assert type(info.value) is chc.APIConnectionError  # reset, not a timeout


def test_timeout(sandbox: Sandbox) -> None:
    sandbox.delay_next(5.0)
    with sandbox.client(timeout=0.3, max_retries=0) as c:
        started = time.monotonic()
        with pytest.raises(chc.APITimeoutError) as info:
            get(c)
        elapsed = time.monotonic() - started
    assert 0.25 < elapsed < 2.0
    e = info.value
    assert isinstance(e, TimeoutError)
    assert isinstance(e, chc.APIConnectionError)
    assert isinstance(e, chc.ClickHouseCloudError)
    assert "timed out" in str(e)


def test_client_keeps_working_after_failures(sandbox: Sandbox, client: chc.Client) -> None:
    sandbox.add_backup(ORG, SERVICE, id=BACKUP)
    sandbox.drop_next()
    sandbox.fail_next(200, "garbage")
    sandbox.fail_next(500, "boom")
    for cls in (chc.APIConnectionError, chc.InvalidResponseError, chc.InternalServerError):
        with pytest.raises(cls) as info:
            get(client)
        assert type(info.value) is cls
    assert get(client).id == BACKUP


EXCEPTIONS = [
    chc.ClickHouseCloudError("plain"),
    chc.APIStatusError("TEAPOT: x", status_code=418, body="{}", code="TEAPOT", request_id="r"),
    chc.BadRequestError("BAD_REQUEST: x", status_code=400, body="b", code="BAD_REQUEST"),
    chc.AuthenticationError("no", status_code=401),
    chc.PermissionDeniedError("FORBIDDEN: no", status_code=403, request_id="r2"),
    chc.NotFoundError("NOT_FOUND: no", status_code=404),
    chc.RateLimitError("TOO_MANY_REQUESTS", status_code=429, retry_after=1.5),
    chc.InternalServerError("<html>", status_code=502, body="<html>"),
    chc.APIConnectionError("refused"),
    chc.APITimeoutError("timed out"),
    chc.InvalidResponseError("bad", status_code=200, body="{", request_id="r3"),
]


@pytest.mark.parametrize("error", EXCEPTIONS, ids=lambda e: type(e).__name__)
def test_every_exception_pickles_with_its_fields(error: Exception) -> None:
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        copy = pickle.loads(pickle.dumps(error, protocol=protocol))
        assert type(copy) is type(error)
        assert copy.__dict__ == error.__dict__
        assert str(copy) == str(error)
        assert copy.args == error.args


def test_raised_exception_pickles(sandbox: Sandbox, client: chc.Client) -> None:
    sandbox.fail_next(403, json={"status": 403, "error": "FORBIDDEN: x", "requestId": "q"})
    with pytest.raises(chc.PermissionDeniedError) as info:
        get(client)
    copy = pickle.loads(pickle.dumps(info.value))
    assert (copy.status_code, copy.code, copy.request_id) == (403, "FORBIDDEN", "q")


def test_hierarchy() -> None:
    assert issubclass(chc.APITimeoutError, TimeoutError)
    assert issubclass(chc.APITimeoutError, chc.APIConnectionError)
    for cls in (
        chc.BadRequestError,
        chc.AuthenticationError,
        chc.PermissionDeniedError,
        chc.NotFoundError,
        chc.RateLimitError,
        chc.InternalServerError,
    ):
        assert issubclass(cls, chc.APIStatusError)
    for cls in (chc.APIStatusError, chc.APIConnectionError, chc.InvalidResponseError):
        assert issubclass(cls, chc.ClickHouseCloudError)
    assert issubclass(chc.ClickHouseCloudError, Exception)


def test_closed_client_raises(sandbox: Sandbox) -> None:
    c = sandbox.client()
    c.close()
    c.close()  # idempotent
    assert c.closed
    with pytest.raises(RuntimeError, match="closed"):
        get(c)
    assert sandbox.requests == []
