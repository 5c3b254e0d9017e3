"""The jobs as commands, against the sandbox: `services ensure-running | stop --wait |
delete --stop --wait`, `costs`, `keys rotate`; a live line on a terminal."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import select
import subprocess
import sys
import time
from typing import Any

import pytest
from test_cli import cli

from clickhouse_cloud.testing import Sandbox

from conftest import ORG

FAST = ("--poll-interval", "0.05", "--wait-timeout", "10")


@pytest.fixture
def env(sandbox: Sandbox) -> dict:
    sandbox.transition_seconds = 0.2
    sandbox.provisioning_seconds = 0.2
    return {
        "CLICKHOUSE_CLOUD_API_KEY": sandbox.key_id,
        "CLICKHOUSE_CLOUD_API_SECRET": sandbox.key_secret,
        "CLICKHOUSE_CLOUD_API_URL": sandbox.url,
        "CLICKHOUSE_CLOUD_ORGANIZATION_ID": str(ORG),
    }


def state(sandbox: Sandbox, service: Any) -> str:
    found = sandbox.service(ORG, service)
    return "gone" if found is None else str(found["state"])


def commands(sandbox: Sandbox) -> list[str]:
    return [r.json()["command"] for r in sandbox.requests if r.path.endswith("/state")]


@pytest.mark.parametrize(
    ("start", "sent"), [("stopped", ["start"]), ("idle", ["awake"]), ("running", [])]
)
def test_ensure_running(sandbox: Sandbox, env: dict, start: str, sent: list[str]) -> None:
    service = sandbox.add_service(ORG, state=start)["id"]
    result = cli("services", "ensure-running", service, *FAST, "--json", env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["state"] == "running"
    assert state(sandbox, service) == "running" and commands(sandbox) == sent
    assert result.stderr == ""  # no progress line where stderr is not a terminal


def test_ensure_running_fails_on_a_dead_end(sandbox: Sandbox, env: dict) -> None:
    service = sandbox.add_service(ORG, state="failed")["id"]
    result = cli("services", "ensure-running", service, *FAST, env=env)
    assert result.returncode == 1
    assert result.stderr.startswith("clickhouse-cloud: error: ServiceFailedError")
    assert result.stderr.count("\n") == 1


def test_stop_with_and_without_wait(sandbox: Sandbox, env: dict) -> None:
    service = sandbox.add_service(ORG)["id"]
    sent = cli("services", "stop", service, "--json", env=env)
    assert sent.returncode == 0, sent.stderr
    assert state(sandbox, service) == "stopping"  # sent, not waited for
    other = sandbox.add_service(ORG)["id"]
    waited = cli("services", "stop", other, "--wait", *FAST, env=env)
    assert waited.returncode == 0, waited.stderr
    assert "state                  stopped" in waited.stdout
    assert state(sandbox, other) == "stopped"


def test_delete_stops_first_and_waits_until_gone(sandbox: Sandbox, env: dict) -> None:
    service = sandbox.add_service(ORG)["id"]
    result = cli("services", "delete", service, "--stop", "--wait", *FAST, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"service {service} deleted and gone"
    assert state(sandbox, service) == "gone" and commands(sandbox) == ["stop"]
    # Safe to retry: the service is already gone.
    again = cli("services", "delete", service, "--stop", "--wait", *FAST, env=env)
    assert again.returncode == 0, again.stderr


def test_stop_and_delete_look_before_they_act(sandbox: Sandbox, env: dict) -> None:
    """Run again (a cron job, a retried script): nothing is sent that the state does
    not ask for, and nothing fails for it."""
    stopped = sandbox.add_service(ORG, state="stopped")["id"]
    again = cli("services", "stop", stopped, *FAST, env=env)
    assert again.returncode == 0, again.stderr
    assert "state                  stopped" in again.stdout
    assert commands(sandbox) == []
    gone = cli("services", "delete", stopped, *FAST, env=env)
    assert gone.returncode == 0, gone.stderr
    assert cli("services", "delete", stopped, *FAST, env=env).returncode == 0
    assert [r.method for r in sandbox.requests].count("DELETE") == 1


def test_delete_without_stop_is_the_bare_operation(sandbox: Sandbox, env: dict) -> None:
    running = sandbox.add_service(ORG)["id"]
    refused = cli("services", "delete", running, *FAST, env=env)
    assert refused.returncode == 1 and "error:" in refused.stderr
    assert state(sandbox, running) == "running"
    stopped = sandbox.add_service(ORG, state="stopped")["id"]
    result = cli("services", "delete", stopped, "--stop", *FAST, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"service {stopped} deleted"


def test_costs_of_a_range_without_costs(sandbox: Sandbox, env: dict) -> None:
    span = ("--from", "2026-07-01", "--to", "2026-07-31")
    as_csv = cli("costs", *span, "--csv", env=env)
    assert as_csv.returncode == 0, as_csv.stderr
    header = as_csv.stdout.splitlines()
    assert len(header) == 1
    assert header[0].split(",")[:3] == ["data_warehouse_id", "service_id", "date"]
    table = cli("costs", *span, env=env)
    assert table.returncode == 0 and "0.00 CHC" in table.stdout


def test_costs_table_csv_and_json(sandbox: Sandbox, env: dict) -> None:
    sandbox.add_usage_cost(ORG, date="2026-07-03", total_chc=3.25, locked=True)
    sandbox.add_usage_cost(ORG, date="2026-08-20", total_chc=1.5)
    sandbox.add_usage_cost(ORG, date="2026-10-01", total_chc=99.0)  # outside the range
    span = ("--from", "2026-07-01", "--to", "2026-09-30")
    table = cli("costs", *span, env=env)
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["date", "entity", "type", "total", "CHC", "locked"]
    assert lines[1].startswith("2026-07-03") and lines[1].rstrip().endswith("3.25       yes")
    assert lines[2].startswith("2026-08-20") and "99" not in table.stdout
    assert lines[-1].split() == ["grand", "total", "4.75", "CHC"]
    # One request per 31-day window.
    windows = [r.query for r in sandbox.requests if "usageCost" in r.path]
    assert len(windows) == 3

    as_csv = cli("costs", *span, "--csv", "--filter", "entityType:service", env=env)
    assert as_csv.returncode == 0, as_csv.stderr
    records = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert [r["date"] for r in records] == ["2026-07-03", "2026-08-20"]
    assert [r["locked"] for r in records] == ["True", "False"]
    assert records[0]["metrics.compute_chc"] == "3.25"
    assert sandbox.requests[-1].query.endswith("filter=entityType%3Aservice")

    as_json = cli("costs", *span, "--json", env=env)
    assert json.loads(as_json.stdout)["grandTotalCHC"] == 4.75

    backwards = cli("costs", "--from", "2026-09-30", "--to", "2026-07-01", env=env)
    assert backwards.returncode == 2 and "before" in backwards.stderr


def test_keys_rotate_needs_a_place_for_the_secret(sandbox: Sandbox, env: dict) -> None:
    old = sandbox.add_key(ORG, name="ci")["id"]
    result = cli("keys", "rotate", old, env=env)
    assert result.returncode == 2 and "--show-secret" in result.stderr
    assert len(sandbox.stored(f"/v1/organizations/{ORG}/keys")) == 1  # nothing created


def test_keys_rotate_prints_or_files_the_secret(sandbox: Sandbox, env: dict, tmp_path: Any) -> None:
    old = sandbox.add_key(ORG, name="ci", roles=["admin"])["id"]
    shown = cli("keys", "rotate", old, "--show-secret", "--retire", "disable", env=env)
    assert shown.returncode == 0, shown.stderr
    keys = {k["name"]: k for k in sandbox.stored(f"/v1/organizations/{ORG}/keys")}
    assert keys["ci"]["state"] == "disabled" and keys["ci (rotated)"]["roles"] == ["admin"]
    secret_line = next(line for line in shown.stdout.splitlines() if line.startswith("secret"))
    assert len(secret_line.split()[1]) >= 20

    path = tmp_path / "key.json"
    filed = cli("keys", "rotate", old, "--name", "ci-2", "--secret-file", str(path), env=env)
    assert filed.returncode == 0, filed.stderr
    saved = json.loads(path.read_text())
    assert saved["keyId"] and saved["keySecret"] and saved["keySecret"] not in filed.stdout
    assert os.stat(path).st_mode & 0o777 == 0o600
    # Never overwritten.
    again = cli("keys", "rotate", old, "--secret-file", str(path), env=env)
    assert again.returncode == 2 and "already exists" in again.stderr


@pytest.mark.parametrize("where", ["missing-folder", "not-a-folder"])
def test_keys_rotate_with_a_secret_file_it_cannot_write_changes_nothing(
    sandbox: Sandbox, env: dict, tmp_path: Any, where: str
) -> None:
    old = sandbox.add_key(ORG, name="ci")["id"]
    if where == "missing-folder":
        path = tmp_path / "no-such-folder" / "new.json"
    else:
        (tmp_path / "a-file").write_text("")
        path = tmp_path / "a-file" / "new.json"
    result = cli("keys", "rotate", old, "--retire", "delete", "--secret-file", str(path), env=env)
    assert result.returncode == 2
    assert result.stderr.startswith(f"clickhouse-cloud: error: --secret-file {path}: ")
    assert result.stderr.count("\n") == 1  # one line, no traceback
    keys = sandbox.stored(f"/v1/organizations/{ORG}/keys")
    assert [k["name"] for k in keys] == ["ci"]  # no key made, the old one untouched
    assert [r.method for r in sandbox.requests] == []


def test_keys_rotate_files_the_secret_before_retiring(
    sandbox: Sandbox, env: dict, tmp_path: Any
) -> None:
    """The old key is deleted only once the new secret is on disk; when the delete
    fails, the file still holds it, and the error is one line."""
    old = sandbox.add_key(ORG, name="ci")["id"]
    sandbox.fail_next(500, json={"error": "INTERNAL_SERVER_ERROR: try later"}, method="DELETE")
    path = tmp_path / "new.json"
    result = cli("keys", "rotate", old, "--retire", "delete", "--secret-file", str(path), env=env)
    assert result.returncode == 1
    assert result.stderr.startswith("clickhouse-cloud: error: KeyRotationError")
    assert result.stderr.count("\n") == 1
    saved = json.loads(path.read_text())
    names = {k["name"] for k in sandbox.stored(f"/v1/organizations/{ORG}/keys")}
    assert names == {"ci", "ci (rotated)"}
    assert saved["keySecret"] and saved["keySecret"] not in result.stdout + result.stderr
    assert f"secret    written to {path}" in result.stdout


def test_keys_rotate_hands_over_the_new_key_when_retiring_fails(
    sandbox: Sandbox, env: dict
) -> None:
    old = sandbox.add_key(ORG, name="ci")["id"]
    sandbox.delay_next(0, times=2)  # the GET and the POST go through
    sandbox.fail_next(403, json={"error": "FORBIDDEN: not allowed"})
    result = cli("keys", "rotate", old, "--show-secret", "--retire", "delete", env=env)
    assert result.returncode == 1
    assert "KeyRotationError" in result.stderr
    assert any(line.startswith("secret") for line in result.stdout.splitlines())


def run_in_terminal(args: list[str], env: dict, timeout: float = 30) -> tuple[int, str]:
    """Runs the command with a pseudo-terminal as stderr (stdout stays a pipe)."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("CLICKHOUSE_CLOUD_")}
    base.update(env)
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "clickhouse_cloud", *args],
        stdout=subprocess.PIPE,
        stderr=follower,
        env=base,
    )
    os.close(follower)
    seen = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the other side closed
                break
            if not chunk:
                break
            seen += chunk
        elif process.poll() is not None:
            break
    os.close(leader)
    assert process.wait(timeout=5) is not None
    return process.returncode, seen.decode(errors="replace")


def test_a_terminal_sees_live_progress(sandbox: Sandbox, env: dict) -> None:
    service = sandbox.add_service(ORG, state="stopped")["id"]
    sandbox.transition_seconds = 0.5
    code, terminal = run_in_terminal(["services", "ensure-running", service, *FAST], env)
    assert code == 0, terminal
    assert "\r\x1b[K" in terminal  # the line is rewritten in place
    assert "stopped" in terminal and "starting" in terminal
    assert ": done (" in terminal

    sandbox.set_service_state(ORG, service, "stopped")
    code, quiet = run_in_terminal(
        ["services", "ensure-running", service, *FAST, "--no-progress"], env
    )
    assert code == 0 and "\r" not in quiet
