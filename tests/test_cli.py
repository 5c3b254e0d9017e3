"""The `clickhouse-cloud` command: output, exit codes, one-line errors, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid

import pytest

from clickhouse_cloud.testing import Sandbox

from conftest import ORG, SECRET, SERVICE

BACKUP = uuid.UUID("33333333-3333-4333-8333-333333333333")


def cli(*args: str, env: dict | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if not k.startswith("CLICKHOUSE_CLOUD_")}
    base.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "clickhouse_cloud", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=base,
    )


@pytest.fixture
def env(sandbox: Sandbox) -> dict:
    return {
        "CLICKHOUSE_CLOUD_API_KEY": sandbox.key_id,
        "CLICKHOUSE_CLOUD_API_SECRET": sandbox.key_secret,
        "CLICKHOUSE_CLOUD_API_URL": sandbox.url,
    }


def test_backups_get_table(sandbox: Sandbox, env: dict) -> None:
    sandbox.add_backup(
        ORG,
        SERVICE,
        id=BACKUP,
        size_in_bytes=2 * 1024**3,
        duration_in_seconds=125,
        backup_name="nightly",
        started_at="2024-03-01T02:00:00Z",
        bucket={"bucketProvider": "AZURE", "containerName": "cont"},
    )
    result = cli("backups", "get", str(ORG), str(SERVICE), str(BACKUP), env=env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["id", str(BACKUP)]
    assert "status" in lines[1] and "done" in lines[1]
    assert any("2.0 GiB (2,147,483,648 bytes)" in line for line in lines)
    assert any("2m 05s" in line for line in lines)
    assert any(line.split() == ["bucket", "provider", "AZURE"] for line in lines)
    assert any(line.split() == ["container", "name", "cont"] for line in lines)
    assert result.stderr == ""


def test_backups_get_json(sandbox: Sandbox, env: dict) -> None:
    seeded = sandbox.add_backup(ORG, SERVICE, id=BACKUP)
    result = cli("backups", "get", str(ORG), str(SERVICE), str(BACKUP), "--json", env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == seeded.to_dict()


def test_api_error_is_one_line_with_request_id(sandbox: Sandbox, env: dict) -> None:
    result = cli("backups", "get", str(ORG), str(SERVICE), str(BACKUP), env=env)
    assert result.returncode == 1
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("clickhouse-cloud: error: NotFoundError: 404 NOT_FOUND")
    assert "request id" in line and "Traceback" not in result.stderr


def test_connection_error_is_one_line(env: dict) -> None:
    env = dict(env, CLICKHOUSE_CLOUD_API_URL="http://127.0.0.1:9")
    result = cli("--timeout", "2", "backups", "get", str(ORG), str(SERVICE), str(BACKUP), env=env)
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1 and "APIConnectionError" in result.stderr


def test_bad_id_and_missing_credentials_exit_2(env: dict) -> None:
    result = cli("backups", "get", "nope", str(SERVICE), str(BACKUP), env=env)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        'clickhouse-cloud: error: organization_id must be a UUID, got "nope"'
    )
    result = cli("backups", "get", str(ORG), str(SERVICE), str(BACKUP))
    assert result.returncode == 2
    assert "CLICKHOUSE_CLOUD_API_KEY" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_usage_errors(env: dict) -> None:
    assert cli(env=env).returncode == 2
    assert cli("backups", "get", str(ORG), env=env).returncode == 2
    version = cli("--version")
    assert version.returncode == 0 and version.stdout.startswith("clickhouse-cloud ")


def test_secret_never_printed(sandbox: Sandbox, env: dict) -> None:
    sandbox.fail_next(401, json={"status": 401, "error": "AUTH: bad", "requestId": "r"})
    result = cli("backups", "get", str(ORG), str(SERVICE), str(BACKUP), env=env)
    assert SECRET not in result.stdout + result.stderr


def test_demo_prints_backups_fetched_over_http() -> None:
    result = cli("demo")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Sandbox API listening on http://127.0.0.1:" in out
    for word in ("in_progress", "done", "error", "AWS", "GCP", "AZURE", "NotFoundError"):
        assert word in out
    assert "requests served by the sandbox" in out


def test_console_script_is_installed() -> None:
    exe = os.path.join(os.path.dirname(sys.executable), "clickhouse-cloud")
    result = subprocess.run([exe, "--help"], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0 and "backups" in result.stdout
