"""The key secret never shows: not in a repr, str, exception, pickle or log line."""

from __future__ import annotations

import base64
import logging
import pickle
import uuid

import pytest

import clickhouse_cloud as chc
from clickhouse_cloud.testing import Sandbox

from conftest import ORG, SECRET, SERVICE

BACKUP = uuid.UUID("33333333-3333-4333-8333-333333333333")
FORMS = (SECRET, base64.b64encode(f"test-key:{SECRET}".encode()).decode())


def assert_clean(text: str) -> None:
    for form in FORMS:
        assert form not in text


def test_client_repr_and_str(sandbox: Sandbox) -> None:
    c = sandbox.client()
    for text in (repr(c), str(c), format(c, "")):
        assert_clean(text)
    assert_clean(repr(dir(c)))


def test_client_does_not_pickle() -> None:
    with pytest.raises(TypeError):
        pickle.dumps(chc.Client("k", SECRET))


def test_errors_and_logs_carry_no_secret(
    sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    # Each call fails its own way (one retry each, logged): a 5xx, a 401, a broken
    # connection, a timeout.
    sandbox.fail_next(503, "upstream failed", times=2)
    sandbox.fail_next(401, json={"status": 401, "error": "AUTH: bad key", "requestId": "r"})
    sandbox.drop_next(times=2)
    sandbox.delay_next(3, times=2)
    expected = [
        chc.InternalServerError,
        chc.AuthenticationError,
        chc.APIConnectionError,
        chc.APITimeoutError,
    ]
    texts = []
    with caplog.at_level(logging.DEBUG):
        with sandbox.client(max_retries=1, timeout=0.3) as c:
            for cls in expected:
                with pytest.raises(cls) as info:
                    c.get_backup(ORG, SERVICE, BACKUP)
                e = info.value
                assert type(e) is cls
                texts += [str(e), repr(e), repr(e.__dict__), repr(pickle.dumps(e))]
    texts += [r.getMessage() for r in caplog.records]
    texts += [repr(r.__dict__) for r in caplog.records]
    assert any("retrying" in t for t in texts)  # the logs were captured
    for text in texts:
        assert_clean(text)


def test_missing_secret_error_does_not_echo_the_id_secretly() -> None:
    with pytest.raises(ValueError) as info:
        chc.Client(None, SECRET)
    assert_clean(str(info.value))


def test_invalid_argument_errors_carry_no_secret(sandbox: Sandbox) -> None:
    with pytest.raises(ValueError) as info:
        chc.Client("k", SECRET, base_url="http://example.com")
    assert_clean(str(info.value))


@pytest.mark.parametrize(
    "url", [f"https://test-key:{SECRET}@api.example.com", f"http://k:{SECRET}@example.com/v1"]
)
def test_credentials_in_base_url_are_refused_without_echo(url: str) -> None:
    with pytest.raises(ValueError) as info:
        chc.Client("k", "s", base_url=url)
    assert_clean(str(info.value))
    assert "***@" in str(info.value)


def test_undecodable_secret_error_does_not_carry_it() -> None:
    # os.environ gives lone surrogates for bytes that are not UTF-8.
    bad = SECRET + "\udcff"
    with pytest.raises(ValueError) as info:
        chc.Client("k", bad)
    e = info.value
    for text in (str(e), repr(e), repr(e.args), repr(e.__cause__), repr(e.__context__)):
        assert_clean(text)
