"""Construction, configuration from the environment, and argument validation:
a bad argument raises before anything is sent."""

from __future__ import annotations

import inspect
import uuid
from pathlib import Path

import pytest

import clickhouse_cloud as chc
from clickhouse_cloud.testing import Sandbox

from conftest import ORG, SERVICE

GOOD = uuid.UUID("33333333-3333-4333-8333-333333333333")


@pytest.mark.parametrize(
    "bad",
    [
        "",
        " ",
        "not-a-uuid",
        "33333333-3333-4333-8333-33333333333",
        "../../v1/organizations",
        "33333333-3333-4333-8333-333333333333/../x",
        "33333333-3333-4333-8333-33333333333g",
        "33333333-3333-4333-8333-333333333333?a=b",
        "33333333 3333 4333 8333 333333333333x",
    ],
)
@pytest.mark.parametrize("position", [0, 1, 2])
def test_bad_ids_raise_value_error_naming_the_parameter(
    sandbox: Sandbox, client: chc.Client, bad: str, position: int
) -> None:
    args: list = [ORG, SERVICE, GOOD]
    args[position] = bad
    name = ("organization_id", "service_id", "backup_id")[position]
    with pytest.raises(ValueError, match=name):
        client.get_backup(*args)
    assert sandbox.requests == []


@pytest.mark.parametrize("bad", [None, 5, 1.5, b"33333333-3333-4333-8333-333333333333", ["x"]])
def test_ids_of_the_wrong_type_raise_type_error(
    sandbox: Sandbox, client: chc.Client, bad: object
) -> None:
    with pytest.raises(TypeError, match="backup_id"):
        client.get_backup(ORG, SERVICE, bad)  # type: ignore[arg-type]
    assert sandbox.requests == []


def test_missing_credentials_name_the_variables() -> None:
    with pytest.raises(ValueError) as info:
        chc.Client()
    assert "CLICKHOUSE_CLOUD_API_KEY" in str(info.value)
    assert "CLICKHOUSE_CLOUD_API_SECRET" in str(info.value)
    with pytest.raises(ValueError, match="CLICKHOUSE_CLOUD_API_SECRET"):
        chc.Client("only-the-id")


def test_environment_configuration(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLICKHOUSE_CLOUD_API_KEY", sandbox.key_id)
    monkeypatch.setenv("CLICKHOUSE_CLOUD_API_SECRET", sandbox.key_secret)
    monkeypatch.setenv("CLICKHOUSE_CLOUD_API_URL", sandbox.url + "/v1/")
    sandbox.add_backup(ORG, SERVICE, id=GOOD)
    with chc.Client() as c:
        assert c.base_url == sandbox.url
        assert c.get_backup(ORG, SERVICE, GOOD).id == GOOD


def test_arguments_win_over_environment(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLICKHOUSE_CLOUD_API_KEY", "env-key")
    monkeypatch.setenv("CLICKHOUSE_CLOUD_API_SECRET", "env-secret")
    monkeypatch.setenv("CLICKHOUSE_CLOUD_API_URL", "https://env.example.com")
    sandbox.add_backup(ORG, SERVICE, id=GOOD)
    with sandbox.client() as c:
        assert c.get_backup(ORG, SERVICE, GOOD).id == GOOD


def test_defaults() -> None:
    c = chc.Client("k", "s")
    assert c.base_url == "https://api.clickhouse.cloud"
    assert c.timeout == 30.0
    assert c.max_retries == 3
    assert not c.closed


@pytest.mark.parametrize(
    "url",
    [
        "http://api.clickhouse.cloud",
        "http://10.1.2.3:8080",
        "http://localhost.example.com",
        "http://192.168.0.10",
        "ftp://127.0.0.1",
        "127.0.0.1:8080",
        "https://user:pw@host",
        "not a url",
        "",
    ],
)
def test_unsafe_or_bad_base_urls_are_refused(url: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        chc.Client("k", "s", base_url=url)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1:8123", "http://127.0.0.1:8123"),
        ("http://localhost:8123/", "http://localhost:8123"),
        ("http://[::1]:8123/v1", "http://[::1]:8123"),
        ("http://127.9.9.9/v1/", "http://127.9.9.9"),
        ("https://proxy.example.com/clickhouse/v1", "https://proxy.example.com/clickhouse"),
    ],
)
def test_base_url_forms(url: str, expected: str) -> None:
    assert chc.Client("k", "s", base_url=url).base_url == expected


@pytest.mark.parametrize(
    "kwargs",
    [
        {"timeout": 0},
        {"timeout": -1},
        {"timeout": float("nan")},
        {"timeout": float("inf")},
        {"max_retries": -1},
        {"max_retries": 1000},
    ],
)
def test_bad_numbers(kwargs: dict) -> None:
    with pytest.raises(ValueError):
        chc.Client("k", "s", **kwargs)


def test_verify_options(tmp_path: Path) -> None:
    """What `verify=` does on the wire (True refuses an unknown CA, False accepts it, a
    bundle trusts it) is in test_tls.py; here, what construction refuses and why."""
    for missing in (tmp_path / "missing.pem", str(tmp_path / "missing.pem")):
        with pytest.raises(ValueError, match=r"cannot read CA bundle .*missing\.pem") as info:
            chc.Client("k", "s", verify=missing)
        assert type(info.value) is ValueError
    with pytest.raises(ValueError, match="cannot read CA bundle") as info:
        chc.Client("k", "s", verify=str(tmp_path))  # a directory
    assert type(info.value) is ValueError
    for bad in (3, 1.0, [True], b"/etc/ssl/cert.pem"):
        with pytest.raises(TypeError, match="verify") as type_info:
            chc.Client("k", "s", verify=bad)  # type: ignore[arg-type]
        assert type(type_info.value) is TypeError


def test_key_id_with_colon_is_refused() -> None:
    with pytest.raises(ValueError, match="key_id"):
        chc.Client("a:b", "s")


def test_repr_names_the_server_not_the_secret() -> None:
    c = chc.Client("key-123", "top-secret", base_url="http://127.0.0.1:1")
    assert repr(c) == 'Client(base_url="http://127.0.0.1:1", key_id="key-123")'
    c.close()
    assert "closed" in repr(c)


@pytest.mark.parametrize("cls", [chc.Client, chc.AsyncClient])
def test_the_signature_defaults_are_the_cores(cls: type) -> None:
    """The defaults are set once, in the core (config.rs, waiters.rs): the Python
    signatures read them, and a client made with them reports them."""
    from clickhouse_cloud import _native

    parameters = inspect.signature(cls).parameters
    core = {
        "timeout": _native.DEFAULT_TIMEOUT,
        "max_retries": _native.DEFAULT_MAX_RETRIES,
        "max_connections": _native.DEFAULT_MAX_CONNECTIONS,
        "retry_budget": _native.DEFAULT_RETRY_BUDGET,
    }
    assert core == {
        "timeout": 30.0,
        "max_retries": 3,
        "max_connections": 100,
        "retry_budget": 120.0,
    }
    for name, value in core.items():
        assert parameters[name].default == value, name
    client = cls("k", "s", base_url="http://127.0.0.1:9")
    assert (client.timeout, client.max_retries, client.max_connections) == (30.0, 3, 100)
    assert client.retry_budget == 120.0
    waits = inspect.signature(cls.wait_for_backup).parameters
    assert waits["timeout"].default == _native.DEFAULT_BACKUP_WAIT == 3600.0
    assert waits["poll_interval"].default == _native.DEFAULT_BACKUP_POLL_INTERVAL == 30.0
    jobs = inspect.signature(cls.ensure_running).parameters
    assert jobs["timeout"].default == _native.DEFAULT_SERVICE_WAIT == 1800.0
    assert jobs["poll_interval"].default == _native.DEFAULT_SERVICE_POLL_INTERVAL == 15.0
