"""The sandbox itself, as users' own tests use it: the pytest fixture, seeding,
recording, faults, the standalone server."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid

import pytest

import clickhouse_cloud as chc
from clickhouse_cloud.testing import DEMO_ORGANIZATION_ID, DEMO_SERVICE_ID, Sandbox

from conftest import ORG, SERVICE


def test_fixture_from_the_plugin(clickhouse_cloud_sandbox: Sandbox) -> None:
    backup = clickhouse_cloud_sandbox.add_backup(ORG, SERVICE, status="in_progress")
    with clickhouse_cloud_sandbox.client() as c:
        assert c.get_backup(ORG, SERVICE, backup.id) == backup


def test_listens_on_loopback_with_basic_auth(sandbox: Sandbox) -> None:
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", sandbox.url)
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(sandbox.url + f"/v1/organizations/{ORG}/services/{SERVICE}/backups")
    assert info.value.code == 401


def test_lists_newest_first(sandbox: Sandbox) -> None:
    old = sandbox.add_backup(ORG, SERVICE, started_at="2024-01-01T00:00:00Z")
    new = sandbox.add_backup(ORG, SERVICE, started_at="2024-02-01T00:00:00Z")
    import base64
    import json

    request = urllib.request.Request(
        sandbox.url + f"/v1/organizations/{ORG}/services/{SERVICE}/backups",
        headers={
            "Authorization": "Basic "
            + base64.b64encode(f"{sandbox.key_id}:{sandbox.key_secret}".encode()).decode()
        },
    )
    with urllib.request.urlopen(request) as response:
        body = json.load(response)
    assert [b["id"] for b in body["result"]] == [str(new.id), str(old.id)]
    uuid.UUID(body["requestId"])


def test_records_requests_and_applies_faults_in_order(sandbox: Sandbox) -> None:
    backup = sandbox.add_backup(ORG, SERVICE)
    sandbox.fail_next(500, "a")
    sandbox.fail_next(404, json={"error": "NOT_FOUND: x"}, times=2)
    assert sandbox.pending_faults == 3
    with sandbox.client(max_retries=0) as c:
        with pytest.raises(chc.InternalServerError):
            c.get_backup(ORG, SERVICE, backup.id)
        for _ in range(2):
            with pytest.raises(chc.NotFoundError):
                c.get_backup(ORG, SERVICE, backup.id)
        assert c.get_backup(ORG, SERVICE, backup.id) == backup
    assert sandbox.pending_faults == 0
    assert len(sandbox.requests) == 4
    assert sandbox.last_request is not None and sandbox.last_request.method == "GET"
    sandbox.clear_requests()
    assert sandbox.requests == []


def test_delay_then_normal_answer(sandbox: Sandbox) -> None:
    backup = sandbox.add_backup(ORG, SERVICE)
    sandbox.delay_next(0.3)
    with sandbox.client() as c:
        started = time.monotonic()
        c.get_backup(ORG, SERVICE, backup.id)
        assert time.monotonic() - started >= 0.3


def test_rate_limit_like_the_api() -> None:
    with Sandbox(rate_limit=3) as sandbox:
        backup = sandbox.add_backup(ORG, SERVICE)
        with sandbox.client(max_retries=0) as c:
            for _ in range(3):
                c.get_backup(ORG, SERVICE, backup.id)
            with pytest.raises(chc.RateLimitError) as info:
                c.get_backup(ORG, SERVICE, backup.id)
        assert info.value.request_id is None
        assert info.value.retry_after is not None and 0 < info.value.retry_after <= 10


def test_closed_sandbox_refuses_connections() -> None:
    sandbox = Sandbox()
    backup = sandbox.add_backup(ORG, SERVICE)
    client = sandbox.client(max_retries=0)
    client.get_backup(ORG, SERVICE, backup.id)
    sandbox.close()
    sandbox.close()
    assert sandbox.closed and "closed" in repr(sandbox)
    time.sleep(0.05)
    with pytest.raises(chc.APIConnectionError) as info:
        client.get_backup(ORG, SERVICE, backup.id)
    assert type(info.value) is chc.APIConnectionError  # refused, not a timeout


def test_bad_fault_arguments(sandbox: Sandbox) -> None:
    with pytest.raises(ValueError):
        sandbox.fail_next(200, "a", json={})
    for bad in (-1, float("nan"), float("inf"), 1e300):
        with pytest.raises(ValueError):
            sandbox.delay_next(bad)


def test_serve_standalone_with_demo_data() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "clickhouse_cloud.testing", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+", first)
        assert url, first
        with chc.Client(
            Sandbox.DEFAULT_KEY_ID, Sandbox.DEFAULT_KEY_SECRET, base_url=url.group(0)
        ) as c:
            b = c.get_backup(
                DEMO_ORGANIZATION_ID, DEMO_SERVICE_ID, "d2b3c4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e"
            )
            assert isinstance(b.bucket, chc.AwsBackupBucket)
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 0


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signal dispositions")
def test_serve_stops_on_sigint_even_when_started_with_it_ignored() -> None:
    """A shell script's `cmd &` starts `cmd` with SIGINT ignored, and Python then leaves
    it ignored: `serve` says "Press Ctrl-C to stop" and must stop all the same."""
    process = subprocess.Popen(
        [sys.executable, "-m", "clickhouse_cloud.testing", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )
    try:
        assert process.stdout is not None
        assert "listening on" in process.stdout.readline()
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 0
    finally:
        process.kill()
        process.wait()


def test_serve_port_in_use_is_one_line_error(sandbox: Sandbox) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "clickhouse_cloud.testing", "serve", "--port", str(sandbox.port)],
        capture_output=True,
        text=True,
        timeout=30,
        env={k: v for k, v in os.environ.items()},
    )
    assert result.returncode == 1
    assert "cannot listen" in result.stderr and "Traceback" not in result.stderr
