"""The Airflow provider in real Airflow 3: DAGs run with ``dag.test()`` against the
sandbox, connections from AIRFLOW_CONN_* (JSON)."""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib
import json
from typing import Any, Callable

import pytest

import clickhouse_cloud as chc
from clickhouse_cloud.testing import Sandbox

from conftest import CONN_ENV, ORG_ID, SECRET, SERVICE_ID

SVC = str(SERVICE_ID)


def test_importing_clickhouse_cloud_does_not_import_airflow() -> None:
    """README: `import clickhouse_cloud` never imports Airflow, here with Airflow
    installed (the provider registers itself through an entry point only)."""
    import subprocess
    import sys

    code = (
        "import importlib.util, sys\n"
        "assert importlib.util.find_spec('airflow') is not None\n"
        "import clickhouse_cloud as chc\n"
        "chc.Client('k', 's')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'airflow'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["[]"]


def test_provider_info_and_connection_type() -> None:
    from airflow.providers_manager import ProvidersManager

    from clickhouse_cloud.airflow import get_provider_info

    info = get_provider_info()
    assert info["package-name"] == "clickhouse-cloud"
    manager = ProvidersManager()
    assert "clickhouse-cloud" in manager.providers
    assert "clickhouse_cloud" in manager.hooks
    behaviour = manager.field_behaviours["clickhouse_cloud"]
    assert behaviour["relabeling"]["login"] == "API key ID"


def test_hook_from_the_environment_variable(
    sandbox: Sandbox, connection: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from clickhouse_cloud.airflow.hooks import ClickHouseCloudHook

    added = sandbox.add_backup(ORG_ID, SERVICE_ID, status="done")
    hook = ClickHouseCloudHook()
    assert hook.organization_id == str(ORG_ID)
    with hook.get_client() as client:
        assert client.get_backup(ORG_ID, SERVICE_ID, added.id) == added

    async def read() -> chc.Backup:
        async with await ClickHouseCloudHook().get_async_client() as aclient:
            return await aclient.get_backup(ORG_ID, SERVICE_ID, added.id)

    assert asyncio.run(read()) == added
    assert hook.test_connection()[0] is True
    monkeypatch.setenv(CONN_ENV, json.dumps({**connection, "password": "wrong"}))
    ok, message = ClickHouseCloudHook().test_connection()
    assert ok is False and "AuthenticationError" in message and SECRET not in message


def test_hook_clients_default_to_the_connections_organization(
    sandbox: Sandbox, connection: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The namespaced methods and the jobs need no organization_id in a task."""
    from clickhouse_cloud.airflow.hooks import ClickHouseCloudHook

    sandbox.add_service(ORG_ID, id=SERVICE_ID, name="warehouse")
    with ClickHouseCloudHook().get_client() as client:
        assert client.services.get(SERVICE_ID).name == "warehouse"
        assert client.ensure_running(SERVICE_ID, progress=False).state == "running"

    async def read() -> Any:
        async with await ClickHouseCloudHook().get_async_client() as aclient:
            return await aclient.services.get(SERVICE_ID)

    assert asyncio.run(read()).name == "warehouse"
    # An explicit option wins; without one in the connection there is no default.
    other = "33333333-3333-4333-8333-333333333333"
    with ClickHouseCloudHook(organization_id=other).get_client() as client:
        with pytest.raises(chc.NotFoundError):
            client.services.get(SERVICE_ID)
    monkeypatch.setenv(CONN_ENV, json.dumps({**connection, "extra": {}}))
    with ClickHouseCloudHook().get_client() as client:
        with pytest.raises(ValueError, match="organization_id"):
            client.services.get(SERVICE_ID)


def test_trigger_serializes_and_reports_each_end(
    sandbox: Sandbox, connection: dict[str, Any]
) -> None:
    from clickhouse_cloud.airflow.triggers import ClickHouseCloudBackupTrigger

    finishing = sandbox.add_backup(ORG_ID, SERVICE_ID, status="in_progress", finishes_in=0.3)
    failing = sandbox.add_backup(
        ORG_ID, SERVICE_ID, status="in_progress", finishes_in=0.3, final_status="error"
    )
    never = sandbox.add_backup(ORG_ID, SERVICE_ID, status="in_progress")

    def rebuilt(**kwargs: Any) -> Any:
        trigger = ClickHouseCloudBackupTrigger(
            service_id=SVC, organization_id=str(ORG_ID), poll_interval=0.1, **kwargs
        )
        path, arguments = trigger.serialize()
        module, _, name = path.rpartition(".")
        json.dumps(arguments)  # stored in the database as JSON
        again = getattr(importlib.import_module(module), name)(**arguments)
        assert again.serialize() == (path, arguments)
        return again

    async def first_event(trigger: Any) -> dict[str, Any]:
        async for event in trigger.run():
            return dict(event.payload)
        raise AssertionError("no event")

    done = asyncio.run(first_event(rebuilt(backup_id=str(finishing.id))))
    assert done["status"] == "success" and done["backup"]["id"] == str(finishing.id)
    assert done["request_id"]
    # Run twice: the same answer, nothing changed on the server.
    assert asyncio.run(first_event(rebuilt(backup_id=str(finishing.id))))["status"] == "success"
    error = asyncio.run(first_event(rebuilt(backup_id=str(failing.id))))
    assert error["status"] == "error" and str(failing.id) in error["message"]
    import time

    timeout = asyncio.run(first_event(rebuilt(backup_id=str(never.id), end_time=time.time() + 0.3)))
    assert timeout["status"] == "timeout"
    # Transient errors are retried inside the trigger.
    sandbox.fail_next(503, times=2)
    assert asyncio.run(first_event(rebuilt(backup_id=str(finishing.id))))["status"] == "success"
    missing = asyncio.run(first_event(rebuilt(backup_id="33333333-3333-4333-8333-333333333333")))
    assert missing["status"] == "failed" and "NotFoundError" in missing["message"]


SENSORS = """
common = dict(service_id={svc!r}, poll_interval=0.3, timeout=60)
ClickHouseCloudBackupSensor(task_id="poke", backup_id={a!r}, **common)
ClickHouseCloudBackupSensor(task_id="reschedule", backup_id={b!r}, mode="reschedule", **common)
ClickHouseCloudBackupSensor(task_id="deferred", backup_id={c!r}, deferrable=True, **common)
"""


def test_sensor_in_each_mode_succeeds_when_the_backup_finishes(
    sandbox: Sandbox,
    connection: dict[str, Any],
    run_dag: Callable[..., Any],
    capfd: pytest.CaptureFixture[str],
) -> None:
    a, b, c = (
        sandbox.add_backup(ORG_ID, SERVICE_ID, status="in_progress", finishes_in=1.0)
        for _ in range(3)
    )
    results = run_dag(SENSORS.format(svc=SVC, a=str(a.id), b=str(b.id), c=str(c.id)))
    for task, backup in (("poke", a), ("reschedule", b), ("deferred", c)):
        state, pushed, _ = results[task]
        assert state == "success", task
        assert pushed["id"] == str(backup.id) and pushed["status"] == "done"
    captured = capfd.readouterr()
    assert SECRET not in captured.out and SECRET not in captured.err


def test_sensor_fails_on_a_backup_in_error(
    sandbox: Sandbox,
    connection: dict[str, Any],
    run_dag: Callable[..., Any],
    capfd: pytest.CaptureFixture[str],
) -> None:
    bad = sandbox.add_backup(
        ORG_ID, SERVICE_ID, status="in_progress", finishes_in=0.5, final_status="error"
    )
    results = run_dag(
        f"ClickHouseCloudBackupSensor(task_id='poke', backup_id={str(bad.id)!r},"
        f" service_id={SVC!r}, poll_interval=0.3, timeout=60)\n"
        f"ClickHouseCloudBackupSensor(task_id='deferred', backup_id={str(bad.id)!r},"
        f" service_id={SVC!r}, poll_interval=0.3, timeout=60, deferrable=True)\n"
    )
    assert results["poke"][0] == "failed" and results["deferred"][0] == "failed"
    captured = capfd.readouterr()
    out = captured.out
    assert f"backup {bad.id}" in out and "ended in error" in out and "request id" in out
    assert SECRET not in out and SECRET not in captured.err


def test_latest_mode_chooses_the_newest_backup_started_after(
    sandbox: Sandbox, connection: dict[str, Any], run_dag: Callable[..., Any]
) -> None:
    cutoff = dt.datetime(2026, 11, 27, 2, 0, tzinfo=dt.timezone.utc)
    sandbox.add_backup(ORG_ID, SERVICE_ID, status="error", started_at="2026-11-27T01:00:00Z")
    sandbox.add_backup(ORG_ID, SERVICE_ID, status="done", started_at="2026-11-27T02:30:00Z")
    tonight = sandbox.add_backup(
        ORG_ID,
        SERVICE_ID,
        status="in_progress",
        started_at="2026-11-27T03:00:00Z",
        finishes_in=1.0,
    )
    results = run_dag(
        f"common = dict(service_id={SVC!r}, poll_interval=0.3, timeout=60)\n"
        f"ClickHouseCloudBackupSensor(task_id='explicit', started_after={cutoff.isoformat()!r},"
        " **common)\n"
        "ClickHouseCloudBackupSensor(task_id='interval_end', deferrable=True, **common)\n",
        logical_date=cutoff,
    )
    for task in ("explicit", "interval_end"):
        state, pushed, _ = results[task]
        assert state == "success", task
        assert pushed["id"] == str(tonight.id) and pushed["status"] == "done"


def test_update_configuration_skips_a_patch_that_changes_nothing(
    sandbox: Sandbox, connection: dict[str, Any], run_dag: Callable[..., Any]
) -> None:
    sandbox.add_service(ORG_ID, id=SERVICE_ID)
    sandbox.set_backup_configuration(
        ORG_ID, SERVICE_ID, backup_period_in_hours=24, backup_retention_period_in_hours=48
    )
    sandbox.set_basic_tier(ORG_ID, SERVICE_ID)
    results = run_dag(
        "ClickHouseCloudUpdateBackupConfigurationOperator(task_id='same',"
        f" service_id={SVC!r}, backup_period_in_hours=24)\n"
    )
    assert results["same"][0] == "success"
    assert results["same"][1]["backupPeriodInHours"] == 24
    assert [r.method for r in sandbox.requests] == ["GET"]
    sandbox.set_basic_tier(ORG_ID, SERVICE_ID, False)
    sandbox.clear_requests()
    results = run_dag(
        "ClickHouseCloudUpdateBackupConfigurationOperator(task_id='change',"
        f" service_id={SVC!r}, backup_period_in_hours=24,"
        " backup_retention_period_in_hours=72)\n"
    )
    assert results["change"][0] == "success"
    assert results["change"][1]["backupRetentionPeriodInHours"] == 72
    patch = [r for r in sandbox.requests if r.method == "PATCH"]
    assert len(patch) == 1 and patch[0].json() == {"backupRetentionPeriodInHours": 72}


def test_restore_operator_waits_and_keeps_the_password_out_of_logs(
    sandbox: Sandbox,
    connection: dict[str, Any],
    run_dag: Callable[..., Any],
    capfd: pytest.CaptureFixture[str],
) -> None:
    sandbox.provisioning_seconds = 1.0
    backup = sandbox.add_backup(ORG_ID, SERVICE_ID, status="done")
    results = run_dag(
        f"common = dict(backup_id={str(backup.id)!r}, provider='aws', region='us-east-1',"
        " poll_interval=0.3)\n"
        "ClickHouseCloudRestoreBackupOperator(task_id='wait', name='a', **common)\n"
        "ClickHouseCloudRestoreBackupOperator(task_id='deferred', name='b', deferrable=True,"
        " push_password=True, **common)\n"
        "ClickHouseCloudRestoreBackupOperator(task_id='no_wait', name='c',"
        " wait_for_running=False, **common)\n"
    )
    for task, state in (("wait", "running"), ("deferred", "running"), ("no_wait", "provisioning")):
        status, service, _ = results[task]
        assert status == "success", task
        assert service["state"] == state and service["name"] in "abc"
    _, _, deferred = results["deferred"]
    password = deferred.xcom_pull(task_ids="deferred", key="password")
    assert isinstance(password, str) and len(password) >= 16
    _, _, waited = results["wait"]
    assert waited.xcom_pull(task_ids="wait", key="password") is None
    captured = capfd.readouterr()
    for stream in (captured.out, captured.err):
        assert password not in stream and SECRET not in stream


def test_a_retried_restore_creates_one_service(
    sandbox: Sandbox, connection: dict[str, Any], run_dag: Callable[..., Any]
) -> None:
    """The first tries time out waiting for `running`; the next ones find the service
    the first try created, by name, and wait for it instead of creating another."""
    sandbox.provisioning_seconds = 1.5
    backup = sandbox.add_backup(ORG_ID, SERVICE_ID, status="done")
    results = run_dag(
        "ClickHouseCloudRestoreBackupOperator(task_id='restore', name='drill',"
        f" backup_id={str(backup.id)!r}, provider='aws', region='us-east-1',"
        " poll_interval=0.2, wait_timeout=0.6, retries=6,"
        " retry_delay=dt.timedelta(seconds=0))\n"
    )
    status, service, ti = results["restore"]
    assert status == "success" and service["state"] == "running" and service["name"] == "drill"
    assert ti.try_number >= 2  # it was retried
    creations = [r for r in sandbox.requests if r.method == "POST"]
    assert len(creations) == 1


@pytest.mark.parametrize(
    ("state", "outcome"),
    [("stopped", "failed"), ("failed", "failed"), ("terminated", "success"), ("idle", "success")],
)
def test_restore_when_the_name_is_taken(
    sandbox: Sandbox,
    connection: dict[str, Any],
    run_dag: Callable[..., Any],
    state: str,
    outcome: str,
) -> None:
    """Stopped or failed: the task fails, nothing is created. Terminated: gone, a new
    service is created. Idle: taken as the earlier try's service, usable at once."""
    sandbox.provisioning_seconds = 0.2
    backup = sandbox.add_backup(ORG_ID, SERVICE_ID, status="done")
    taken = sandbox.add_service(ORG_ID, name="drill", state=state)
    results = run_dag(
        "ClickHouseCloudRestoreBackupOperator(task_id='restore', name='drill',"
        f" backup_id={str(backup.id)!r}, provider='aws', region='us-east-1',"
        " poll_interval=0.1, wait_timeout=5)\n"
    )
    status, service, _ = results["restore"]
    assert status == outcome
    creations = [r for r in sandbox.requests if r.method == "POST"]
    assert len(creations) == (1 if state == "terminated" else 0)
    if state == "idle":
        assert service["id"] == taken["id"]
    if state == "terminated":
        assert service["id"] != taken["id"] and service["state"] == "running"


def test_a_task_without_organization_fails(
    sandbox: Sandbox,
    connection: dict[str, Any],
    run_dag: Callable[..., Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(CONN_ENV, json.dumps({**connection, "extra": {}}))
    results = run_dag(
        f"ClickHouseCloudBackupSensor(task_id='sensor', service_id={SVC!r}, timeout=5)\n"
    )
    assert results["sensor"][0] == "failed"
    assert sandbox.requests == []
