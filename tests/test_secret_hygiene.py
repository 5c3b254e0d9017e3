"""Secret hygiene across the whole surface: the API key secret and the write-only bucket
secrets never appear in any repr, str, pickle, log record (any logger, DEBUG), or error;
API errors carry their request id."""

from __future__ import annotations

import asyncio
import base64
import logging
import pickle
from typing import Any

import pytest

import clickhouse_cloud as chc
from clickhouse_cloud.testing import Sandbox

from conftest import ORG, SERVICE

API_SECRET = "api-secret-Zq8YV2-never-shown"
GCP_SECRET = "gcp-hmac-secret-9XkP-never-shown"
AZURE_SECRET = "azure-connection-string-7Lm3-never-shown"
SECRETS = [
    API_SECRET,
    GCP_SECRET,
    AZURE_SECRET,
    base64.b64encode(f"key:{API_SECRET}".encode()).decode(),
]


def texts_of(value: Any) -> list[str]:
    out = [repr(value), str(value)]
    try:
        out.append(repr(pickle.dumps(value)))
    except (TypeError, pickle.PicklingError):
        pass
    if isinstance(value, BaseException):
        out += [repr(value.args), repr(value.__dict__)]
    if hasattr(value, "to_dict"):
        out.append(repr(value.to_dict()))
    return out


def test_secrets_are_nowhere(caplog: pytest.LogCaptureFixture) -> None:
    seen: list[Any] = []
    with (
        Sandbox(key_id="key", key_secret=API_SECRET, provisioning_seconds=0.05) as sandbox,
        caplog.at_level(logging.DEBUG),
    ):
        backup = sandbox.add_backup(ORG, SERVICE)
        client = sandbox.client(max_retries=1, timeout=1)
        aclient = sandbox.async_client(max_retries=1, timeout=1)
        seen += [client, aclient, sandbox]

        def both(op: str, *args: Any, **kwargs: Any) -> None:
            for run in (
                lambda: getattr(client, op)(*args, **kwargs),
                lambda: asyncio.run(getattr(aclient, op)(*args, **kwargs)),
            ):
                try:
                    seen.append(run())
                except chc.ClickHouseCloudError as e:
                    seen.append(e)

        both("get_backup", ORG, SERVICE, backup.id)
        both(
            "create_backup_bucket",
            ORG,
            SERVICE,
            provider="GCP",
            bucket_path="gs://b",
            access_key_id="AK",
            secret_access_key=GCP_SECRET,
        )
        both(
            "update_backup_bucket",
            ORG,
            SERVICE,
            provider="AZURE",
            container_name="c",
            connection_string=AZURE_SECRET,
        )
        sandbox.fail_next(
            503, json={"status": 503, "error": "UNAVAILABLE: x", "requestId": "rid-503"}, times=4
        )
        both(
            "update_backup_bucket",
            ORG,
            SERVICE,
            provider="GCP",
            access_key_id="AK",
            secret_access_key=GCP_SECRET,
        )
        both("get_backup", ORG, SERVICE, backup.id)
        sandbox.fail_next(
            400,
            json={
                "status": 400,
                "error": "BAD_REQUEST: echo",
                "requestId": "rid-400",
                "echo": {"secretAccessKey": GCP_SECRET},
            },
            times=2,
        )
        both(
            "create_backup_bucket",
            ORG,
            SERVICE,
            provider="GCP",
            access_key_id="AK",
            secret_access_key=GCP_SECRET,
        )
        sandbox.drop_next(times=4)
        both("get_backup", ORG, SERVICE, backup.id)
        both("restore_backup", ORG, backup.id, name="n", provider="aws", region="us-east-1")
        for bad in ({"provider": "GCP"}, {"provider": "AWS", "connection_string": AZURE_SECRET}):
            with pytest.raises(ValueError) as info:
                client.create_backup_bucket(ORG, SERVICE, **bad)
            seen.append(info.value)

    errors = [v for v in seen if isinstance(v, chc.APIStatusError)]
    assert errors and all(e.request_id for e in errors)  # every API error names its request
    assert sandbox.backup_bucket_secret(ORG, SERVICE) in (GCP_SECRET, AZURE_SECRET)  # sent
    texts = [t for value in seen for t in texts_of(value)]
    texts += [r.getMessage() for r in caplog.records] + [repr(r.__dict__) for r in caplog.records]
    assert any("retrying" in t for t in texts)  # the DEBUG capture did see our records
    for text in texts:
        for secret in SECRETS:
            assert secret not in text


def test_a_server_echoing_the_credentials_gets_them_masked(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A proxy's error page quoting the request headers, an API message quoting the key,
    a request id made of it, a malformed 200, a bucket secret quoted back: whatever an
    error keeps (str, message, body, request id, pickle, retry log) shows `***`."""
    credential = base64.b64encode(f"key:{API_SECRET}".encode()).decode()
    url_safe = base64.urlsafe_b64encode(f"key:{API_SECRET}".encode()).decode().rstrip("=")
    echoes = [
        (401, f"<html><pre>Authorization: Basic {credential}</pre></html>"),
        (403, f'{{"error": "FORBIDDEN: key {API_SECRET} has no access", "requestId": "r1"}}'),
        (500, f'{{"error": "INTERNAL", "requestId": "{credential}"}}'),
        (502, f"upstream said: token={url_safe}"),
        (200, f'{{"result": {{"status": 5, "note": "{API_SECRET}"}}}}'),
        (200, f'{{"result": {{"status": "{API_SECRET}", "sizeInBytes": "{API_SECRET}"}}}}'),
    ]
    expected = {
        401: chc.AuthenticationError,
        403: chc.PermissionDeniedError,
        500: chc.InternalServerError,
        502: chc.InternalServerError,
        200: chc.InvalidResponseError,
    }
    errors: list[chc.ClickHouseCloudError] = []
    with (
        Sandbox(key_id="key", key_secret=API_SECRET) as sandbox,
        caplog.at_level(logging.DEBUG),
    ):
        client = sandbox.client(max_retries=1, timeout=2)
        aclient = sandbox.async_client(max_retries=0, timeout=2)
        for status, body in echoes:
            for run in (
                lambda: client.get_backup(ORG, SERVICE, SERVICE),
                lambda: asyncio.run(aclient.get_backup(ORG, SERVICE, SERVICE)),
            ):
                sandbox.clear_faults()
                sandbox.fail_next(status, body, times=2)  # the retry sees it too
                with pytest.raises(expected[status]) as info:
                    run()
                assert type(info.value) is expected[status]
                errors.append(info.value)
        sandbox.clear_faults()
        sandbox.fail_next(400, f'{{"error": "BAD_REQUEST: key {GCP_SECRET} is bad"}}')
        with pytest.raises(chc.BadRequestError) as bad_bucket:
            client.create_backup_bucket(
                ORG, SERVICE, provider="GCP", access_key_id="AK", secret_access_key=GCP_SECRET
            )
        errors.append(bad_bucket.value)
    assert len(errors) == 2 * len(echoes) + 1
    assert any(isinstance(e, chc.InvalidResponseError) for e in errors)
    texts = [t for e in errors for t in texts_of(e)]
    texts += [
        str(getattr(e, name, "")) for e in errors for name in ("body", "message", "request_id")
    ]
    texts += [r.getMessage() for r in caplog.records]
    assert any("retrying" in t for t in texts)
    for text in texts:
        for secret in [*SECRETS, url_safe]:
            assert secret not in text, text
    assert any("***" in getattr(e, "body", "") for e in errors)
