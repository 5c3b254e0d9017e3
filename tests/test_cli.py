"""The `clickhouse-cloud` command: output, exit codes, one-line errors, no tracebacks."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
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


def test_connection_error_is_one_line(env: dict, refused_port: int) -> None:
    env = dict(env, CLICKHOUSE_CLOUD_API_URL=f"http://127.0.0.1:{refused_port}")
    result = cli("--timeout", "2", "backups", "get", str(ORG), str(SERVICE), str(BACKUP), env=env)
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("clickhouse-cloud: error: APIConnectionError: ")
    assert "connection refused" in line.lower() and "Traceback" not in result.stderr


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


def cli_in(
    *args: str, env: dict, stdin: str = "", timeout: float = 60
) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if not k.startswith("CLICKHOUSE_CLOUD_")}
    base.update(env)
    return subprocess.run(
        [sys.executable, "-m", "clickhouse_cloud", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=base,
    )


def test_backups_list_and_latest(sandbox: Sandbox, env: dict) -> None:
    old = sandbox.add_backup(ORG, SERVICE, started_at="2024-01-01T00:00:00Z")
    new = sandbox.add_backup(ORG, SERVICE, started_at="2024-01-02T00:00:00Z", status="error")
    result = cli("backups", "list", str(ORG), str(SERVICE), env=env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:2] == ["ID", "STATUS"]
    assert [line.split()[0] for line in lines[1:]] == [str(new.id), str(old.id)]
    listed = json.loads(cli("backups", "list", str(ORG), str(SERVICE), "--json", env=env).stdout)
    assert listed == [new.to_dict(), old.to_dict()]
    latest = cli("backups", "latest", str(ORG), str(SERVICE), "--json", env=env)
    assert json.loads(latest.stdout)["id"] == str(old.id)
    latest_any = cli(
        "backups", "latest", str(ORG), str(SERVICE), "--status", "any", "--json", env=env
    )
    assert json.loads(latest_any.stdout)["id"] == str(new.id)
    none = cli("backups", "latest", str(ORG), str(SERVICE), "--status", "in_progress", env=env)
    assert none.returncode == 1 and "no backup" in none.stdout


def test_backups_wait(sandbox: Sandbox, env: dict) -> None:
    backup = sandbox.add_backup(ORG, SERVICE, finishes_in=0.5)
    result = cli(
        "backups",
        "wait",
        str(ORG),
        str(SERVICE),
        str(backup.id),
        "--poll-interval",
        "0.1",
        "--json",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["status"] == "done"
    failing = sandbox.add_backup(ORG, SERVICE, finishes_in=0.2, final_status="error")
    result = cli(
        "backups",
        "wait",
        str(ORG),
        str(SERVICE),
        str(failing.id),
        "--poll-interval",
        "0.1",
        env=env,
    )
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert "BackupFailedError" in line and str(failing.id) in line
    stuck = sandbox.add_backup(ORG, SERVICE, status="in_progress")
    result = cli(
        "backups",
        "wait",
        str(ORG),
        str(SERVICE),
        str(stuck.id),
        "--poll-interval",
        "0.1",
        "--wait-timeout",
        "0.3",
        env=env,
    )
    assert result.returncode == 1 and "WaitTimeoutError" in result.stderr


@pytest.mark.usefixtures("sigint_default")
def test_ctrl_c_exits_130(sandbox: Sandbox, env: dict) -> None:
    """README: exit code 130 on Ctrl-C. `backups wait` on a backup that stays in
    progress gets SIGINT once its first poll has reached the sandbox: it ends at once,
    with 130, no traceback and no further poll."""
    stuck = sandbox.add_backup(ORG, SERVICE, status="in_progress")
    base = {k: v for k, v in os.environ.items() if not k.startswith("CLICKHOUSE_CLOUD_")}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "clickhouse_cloud",
            "backups",
            "wait",
            str(ORG),
            str(SERVICE),
            str(stuck.id),
            "--poll-interval",
            "10",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**base, **env},
    )
    try:
        deadline = time.monotonic() + 30
        while not sandbox.requests and time.monotonic() < deadline:
            time.sleep(0.005)
        assert len(sandbox.requests) == 1, "the command never polled"
        time.sleep(0.1)  # in the pause between polls
        sent = time.monotonic()
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=10)
        exited_after = time.monotonic() - sent
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 130, (process.returncode, err)
    assert "Traceback" not in err and len(err.splitlines()) == 1, err
    assert "interrupted" in err
    assert exited_after < 1.0  # the call answers within tens of ms; then the exit
    assert len(sandbox.requests) == 1


def test_backup_config_get_and_update(sandbox: Sandbox, env: dict) -> None:
    sandbox.set_backup_configuration(ORG, SERVICE, backup_start_time="02:00")
    result = cli("backup-config", "get", str(ORG), str(SERVICE), env=env)
    assert result.returncode == 0, result.stderr
    assert "02:00 UTC" in result.stdout and "24 h" in result.stdout
    sandbox.clear_requests()
    result = cli(
        "backup-config",
        "update",
        str(ORG),
        str(SERVICE),
        "--retention",
        "168",
        "--reset-start-time",
        "--json",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert sandbox.last_request.json() == {
        "backupRetentionPeriodInHours": 168,
        "backupStartTime": None,
    }
    assert json.loads(result.stdout) == {
        "backupPeriodInHours": 24,
        "backupRetentionPeriodInHours": 168,
    }
    sandbox.clear_requests()
    nothing = cli("backup-config", "update", str(ORG), str(SERVICE), env=env)
    assert nothing.returncode == 2 and "at least one" in nothing.stderr
    assert sandbox.requests == []


def test_backup_bucket_commands_take_secrets_from_env_or_stdin(sandbox: Sandbox, env: dict) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    bucket_secret = "gcp-secret-from-the-environment-123"
    result = cli_in(
        "backup-bucket",
        "create",
        str(ORG),
        str(SERVICE),
        "--provider",
        "gcp",
        "--bucket-path",
        "gs://b",
        "--access-key-id",
        "AK",
        env=dict(env, CLICKHOUSE_CLOUD_BUCKET_SECRET=bucket_secret),
    )
    assert result.returncode == 0, result.stderr
    assert sandbox.last_request.json()["secretAccessKey"] == bucket_secret
    assert "GCP" in result.stdout and bucket_secret not in result.stdout + result.stderr

    stdin_secret = "gcp-secret-from-stdin-456"
    result = cli_in(
        "backup-bucket",
        "update",
        str(ORG),
        str(SERVICE),
        "--provider",
        "GCP",
        "--bucket-path",
        "gs://b2",
        "--secret-stdin",
        "--json",
        env=env,
        stdin=stdin_secret + "\n",
    )
    assert result.returncode == 0, result.stderr
    assert sandbox.backup_bucket_secret(ORG, SERVICE) == stdin_secret
    assert json.loads(result.stdout)["bucketPath"] == "gs://b2"
    assert stdin_secret not in result.stdout

    missing = cli_in(
        "backup-bucket", "update", str(ORG), str(SERVICE), "--provider", "GCP", env=env
    )
    assert missing.returncode == 2 and "CLICKHOUSE_CLOUD_BUCKET_SECRET" in missing.stderr
    on_argv = cli_in(
        "backup-bucket",
        "update",
        str(ORG),
        str(SERVICE),
        "--provider",
        "GCP",
        "--secret-access-key",
        "visible-to-ps",
        env=env,
    )
    assert on_argv.returncode == 2  # there is no flag that takes a secret

    got = cli("backup-bucket", "get", str(ORG), str(SERVICE), env=env)
    assert "gs://b2" in got.stdout
    deleted = cli("backup-bucket", "delete", str(ORG), str(SERVICE), env=env)
    assert deleted.returncode == 0 and sandbox.last_request.method == "DELETE"
    gone = cli("backup-bucket", "get", str(ORG), str(SERVICE), env=env)
    assert gone.returncode == 1 and "NotFoundError" in gone.stderr


def test_secret_env_names_the_variable_the_secret_comes_from(sandbox: Sandbox, env: dict) -> None:
    """README: a bucket's secret comes from $CLICKHOUSE_CLOUD_BUCKET_SECRET or another
    variable named with --secret-env. Named, that one is read, and the default is not
    (even when set); a named variable that is unset is a usage error, nothing sent."""
    sandbox.add_service(ORG, id=SERVICE)
    secret = "DefaultEndpointsProtocol=https;AccountKey=from-MY_BUCKET_SECRET-789"
    decoy = "the-default-variable-must-not-be-read-0000"
    args = ("backup-bucket", "create", str(ORG), str(SERVICE), "--provider", "azure")
    result = cli_in(
        *args,
        "--container-name",
        "c",
        "--secret-env",
        "MY_BUCKET_SECRET",
        env=dict(env, MY_BUCKET_SECRET=secret, CLICKHOUSE_CLOUD_BUCKET_SECRET=decoy),
    )
    assert result.returncode == 0, result.stderr
    assert sandbox.last_request.json() == {
        "bucketProvider": "AZURE",
        "containerName": "c",
        "connectionString": secret,
    }
    assert sandbox.backup_bucket_secret(ORG, SERVICE) == secret
    assert secret not in result.stdout + result.stderr

    sandbox.clear_requests()
    missing = cli_in(
        *args,
        "--container-name",
        "c",
        "--secret-env",
        "UNSET_BUCKET_SECRET_VARIABLE",
        env=dict(env, CLICKHOUSE_CLOUD_BUCKET_SECRET=decoy),
    )
    assert missing.returncode == 2
    (line,) = missing.stderr.splitlines()
    assert "UNSET_BUCKET_SECRET_VARIABLE" in line and decoy not in line
    assert sandbox.requests == []


def test_restore_and_wait(sandbox: Sandbox, env: dict) -> None:
    sandbox.provisioning_seconds = 0.3
    backup = sandbox.add_backup(ORG, SERVICE)
    result = cli(
        "restore",
        str(ORG),
        str(backup.id),
        "--name",
        "scratch",
        "--provider",
        "aws",
        "--region",
        "eu-west-1",
        "--option",
        "min_replica_memory_gb=16",
        "--option",
        "idle_scaling=false",
        "--wait",
        "--poll-interval",
        "0.1",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    restore_request = next(r for r in sandbox.requests if r.method == "POST")
    assert restore_request.json() == {
        "name": "scratch",
        "provider": "aws",
        "region": "eu-west-1",
        "backupId": str(backup.id),
        "minReplicaMemoryGb": 16,
        "idleScaling": False,
        "ipAccessList": [],
    }
    assert "running" in result.stdout and "--show-password" in result.stdout
    shown = cli(
        "restore",
        str(ORG),
        str(backup.id),
        "--name",
        "s2",
        "--provider",
        "aws",
        "--region",
        "eu-west-1",
        "--show-password",
        "--json",
        env=env,
    )
    data = json.loads(shown.stdout)
    assert data["service"]["state"] == "provisioning" and len(data["password"]) >= 12
    hidden = cli(
        "restore",
        str(ORG),
        str(backup.id),
        "--name",
        "s3",
        "--provider",
        "aws",
        "--region",
        "eu-west-1",
        "--json",
        env=env,
    )
    assert "password" not in json.loads(hidden.stdout)


def test_services_get_and_wait(sandbox: Sandbox, env: dict) -> None:
    sandbox.add_service(ORG, id=SERVICE, name="prod", state="failed")
    got = cli("services", "get", str(ORG), str(SERVICE), "--json", env=env)
    assert json.loads(got.stdout)["name"] == "prod"
    waited = cli("services", "wait", str(ORG), str(SERVICE), "--poll-interval", "0.1", env=env)
    assert waited.returncode == 1 and "ServiceFailedError" in waited.stderr


def test_restore_shows_the_password_even_when_the_wait_fails(sandbox: Sandbox, env: dict) -> None:
    sandbox.provisioning_seconds = 30
    backup = sandbox.add_backup(ORG, SERVICE)
    for extra in ([], ["--json"]):
        result = cli(
            "restore",
            str(ORG),
            str(backup.id),
            "--name",
            "scratch",
            "--provider",
            "aws",
            "--region",
            "eu-west-1",
            "--wait",
            "--wait-timeout",
            "0.3",
            "--poll-interval",
            "0.1",
            "--show-password",
            *extra,
            env=env,
        )
        assert result.returncode == 1
        assert "WaitTimeoutError" in result.stderr and len(result.stderr.splitlines()) == 1
        # One restore request per run, for this backup, then polls of the service it made.
        posts = [r for r in sandbox.requests if r.method == "POST"]
        assert len(posts) == (2 if extra else 1)
        created = posts[-1]
        assert created.path == f"/v1/organizations/{ORG}/services"
        assert created.json() == {
            "ipAccessList": [],
            "backupId": str(backup.id),
            "name": "scratch",
            "provider": "aws",
            "region": "eu-west-1",
        }
        if extra:
            data = json.loads(result.stdout)
            assert data["service"]["state"] == "provisioning"
            service_id, password = data["service"]["id"], data["password"]
        else:
            fields = dict(line.split(None, 1) for line in result.stdout.splitlines() if line)
            assert fields["state"].strip() == "provisioning"
            service_id, password = fields["id"].strip(), fields["password"].strip()
        # The service printed is the one the restore created (and the wait polled), and
        # its one-time password is there.
        assert sandbox.service(ORG, service_id)["name"] == "scratch"
        requests = sandbox.requests
        last_post = max(i for i, r in enumerate(requests) if r.method == "POST")
        polls = requests[last_post + 1 :]
        assert polls and all(
            (r.method, r.path) == ("GET", f"/v1/organizations/{ORG}/services/{service_id}")
            for r in polls
        )
        assert isinstance(password, str) and len(password) >= 16 and " " not in password
