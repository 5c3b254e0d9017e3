"""The ClickPipe operator and sensor in real Airflow 3 (``dag.test()``) against the
sandbox: start, stop, resync; blocking, deferred, without waiting; a failed pipe."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any, Callable

import pytest

from clickhouse_cloud.testing import Sandbox

from conftest import ORG_ID, SERVICE_ID, looked_while_under_way

SVC = str(SERVICE_ID)
POLL = 0.1
# A task that is retried when it should not be shows it at once (try_number > 1).
RETRY_AT_ONCE = "retry_delay=dt.timedelta(seconds=0)"


@pytest.fixture(autouse=True)
def fast(sandbox: Sandbox) -> None:
    sandbox.transition_seconds = 0.3
    sandbox.add_service(ORG_ID, id=SERVICE_ID)


def add(sandbox: Sandbox, state: str, name: str = "events", **fields: Any) -> str:
    return str(sandbox.add_clickpipe(ORG_ID, SERVICE_ID, state=state, name=name, **fields)["id"])


def state_of(sandbox: Sandbox, pipe_id: str) -> str:
    pipes = sandbox.stored(f"/v1/organizations/{ORG_ID}/services/{SVC}/clickpipes")
    (pipe,) = [p for p in pipes if p["id"] == pipe_id]
    return str(pipe["state"])


def commands(sandbox: Sandbox, pipe_id: str) -> list[str]:
    return [
        r.json()["command"]
        for r in sandbox.requests
        if r.method == "PATCH" and r.path.endswith(f"/clickpipes/{pipe_id}/state")
    ]


def operator(task: str, pipe_id: str, action: str, extra: str = "") -> str:
    return (
        f"ClickHouseCloudClickPipeStateOperator(task_id={task!r}, service_id={SVC!r},"
        f" clickpipe_id={pipe_id!r}, action={action!r}, poll_interval={POLL},"
        f" wait_timeout=30{extra})\n"
    )


def test_operator_starts_stops_and_resyncs_in_each_mode(
    sandbox: Sandbox, connection: dict[str, Any], run_dag: Callable[..., Any]
) -> None:
    """Each ends with the pipe in the state asked for, as the API reports it."""
    running, stopped, failed, resync, already, no_wait = (
        add(sandbox, s) for s in ("Running", "Stopped", "Failed", "Running", "Running", "Running")
    )
    # Nothing is sent twice: a paused (database) pipe is stopped, one in a snapshot is
    # resyncing.
    paused = add(sandbox, "Paused", source={"postgres": {}})
    snapshot = add(sandbox, "Snapshot", source={"postgres": {}})
    results = run_dag(
        operator("stop", running, "stop")
        + operator("start", stopped, "start", ", deferrable=True")
        + operator("restart_failed", failed, "start")
        + operator("resync", resync, "resync", ", deferrable=True")
        + operator("already", already, "start", ", deferrable=True")
        + operator("no_wait", no_wait, "stop", ", wait_for_completion=False")
        + operator("paused", paused, "stop")
        + operator("snapshot", snapshot, "resync", ", wait_for_completion=False")
        + operator("resync_no_wait", already, "resync", ", wait_for_completion=False")
    )
    for task, pipe_id, state, sent in (
        ("stop", running, "Stopped", ["stop"]),
        ("start", stopped, "Running", ["start"]),
        ("restart_failed", failed, "Running", ["start"]),
        ("resync", resync, "Running", ["resync"]),
        ("no_wait", no_wait, "Stopping", ["stop"]),
        ("paused", paused, "Paused", []),
        ("snapshot", snapshot, "Snapshot", []),
    ):
        status, pushed, _ = results[task]
        assert status == "success", task
        assert pushed["id"] == pipe_id and pushed["state"] == state, task
        assert commands(sandbox, pipe_id) == sent, task
        if task != "no_wait":
            assert state_of(sandbox, pipe_id) == state, task
    # Started at once (nothing sent, already Running), then resynced without waiting.
    assert results["already"][1]["state"] == "Running"
    assert results["resync_no_wait"][1]["state"] == "Resync"
    assert commands(sandbox, already) == ["resync"]


def test_operator_lets_a_stop_finish_before_starting(
    sandbox: Sandbox, connection: dict[str, Any], run_dag: Callable[..., Any]
) -> None:
    """A pipe still stopping (the task before stopped it) is let stop, then started."""
    sandbox.transition_seconds = 1.0
    blocking, deferred = add(sandbox, "Running"), add(sandbox, "Running")
    results = run_dag(
        f"b = {operator('blocking', blocking, 'start')}"
        f"d = {operator('deferred', deferred, 'start', ', deferrable=True')}"
        f"kick_pipe('kick_b', {SVC!r}, {blocking!r}, 'stop') >> b\n"
        f"b >> kick_pipe('kick_d', {SVC!r}, {deferred!r}, 'stop') >> d\n"
    )
    for task, pipe_id in (("blocking", blocking), ("deferred", deferred)):
        status, pushed, _ = results[task]
        assert status == "success" and pushed["state"] == "Running", task
        assert commands(sandbox, pipe_id) == ["stop", "start"], task
        assert looked_while_under_way(sandbox, f"/clickpipes/{pipe_id}", 1.0), task


@pytest.fixture
def fails_soon(sandbox: Sandbox) -> Iterator[Callable[..., None]]:
    """``fails_soon(pipe_id, after="PATCH")``: once the task has sent its command to
    the pipe (or, ``after="GET"``, first looked at it), the pipe turns Failed 0.3 s
    later, long before the change under way would end."""
    stop = threading.Event()
    threads: list[threading.Thread] = []
    path = f"/v1/organizations/{ORG_ID}/services/{SVC}/clickpipes"

    def arm(pipe_id: str, after: str = "PATCH") -> None:
        def seen() -> bool:
            return any(
                r.method == after and f"/clickpipes/{pipe_id}" in r.path for r in sandbox.requests
            )

        def watch() -> None:
            while not stop.is_set() and not seen():
                time.sleep(0.02)
            if stop.wait(0.3):
                return
            (pipe,) = [p for p in sandbox.stored(path) if p["id"] == pipe_id]
            sandbox.seed(path, {**pipe, "state": "Failed"}, key=pipe_id)

        thread = threading.Thread(target=watch, daemon=True)
        threads.append(thread)
        thread.start()

    yield arm
    stop.set()
    for thread in threads:
        thread.join()


@pytest.mark.parametrize("deferrable", [False, True])
def test_operator_fails_when_the_pipe_fails(
    sandbox: Sandbox,
    connection: dict[str, Any],
    run_dag: Callable[..., Any],
    capfd: pytest.CaptureFixture[str],
    fails_soon: Callable[..., None],
    deferrable: bool,
) -> None:
    sandbox.transition_seconds = 30.0  # the start would end long after the failure
    pipe_id = add(sandbox, "Stopped", name="orders-cdc")
    fails_soon(pipe_id)
    results = run_dag(
        operator(
            "start", pipe_id, "start", f", deferrable={deferrable}, retries=2, {RETRY_AT_ONCE}"
        )
    )
    status, _, ti = results["start"]
    assert status == "failed" and ti.try_number == 1  # not retried
    assert commands(sandbox, pipe_id) == ["start"]
    out = capfd.readouterr().out
    assert f"ClickPipe {pipe_id} ('orders-cdc') of service {SVC} failed (it is Failed)" in out


def test_operator_refuses_what_cannot_work(
    sandbox: Sandbox, connection: dict[str, Any], run_dag: Callable[..., Any]
) -> None:
    from clickhouse_cloud.airflow.operators import ClickHouseCloudClickPipeStateOperator

    with pytest.raises(ValueError, match="start, stop, resync"):
        ClickHouseCloudClickPipeStateOperator(
            task_id="x", service_id=SVC, clickpipe_id=SVC, action="pause"
        )
    broken = add(sandbox, "InternalError")
    results = run_dag(operator("start", broken, "start", f", retries=2, {RETRY_AT_ONCE}"))
    status, _, ti = results["start"]
    assert status == "failed" and ti.try_number == 1
    assert commands(sandbox, broken) == []


def test_sensor_waits_for_a_state(
    sandbox: Sandbox, connection: dict[str, Any], run_dag: Callable[..., Any]
) -> None:
    sandbox.transition_seconds = 0.6
    starting, stopping = add(sandbox, "Stopped"), add(sandbox, "Running")
    paused = add(sandbox, "Paused")
    common = f"service_id={SVC!r}, poll_interval={POLL}, timeout=30"
    results = run_dag(
        f"poke = ClickHouseCloudClickPipeSensor(task_id='poke', clickpipe_id={starting!r},"
        f" {common})\n"
        f"deferred = ClickHouseCloudClickPipeSensor(task_id='deferred',"
        f" clickpipe_id={stopping!r}, target_state='stopped', deferrable=True, {common})\n"
        f"kick_pipe('kick_start', {SVC!r}, {starting!r}, 'start') >> poke\n"
        f"poke >> kick_pipe('kick_stop', {SVC!r}, {stopping!r}, 'stop') >> deferred\n"
        f"ClickHouseCloudClickPipeSensor(task_id='any', clickpipe_id={paused!r},"
        f" target_state=['Stopped', 'Paused'], {common})\n"
    )
    for task, pipe_id, state in (
        ("poke", starting, "Running"),
        ("deferred", stopping, "Stopped"),
        ("any", paused, "Paused"),
    ):
        status, pushed, _ = results[task]
        assert status == "success", task
        assert pushed["id"] == pipe_id and pushed["state"] == state, task
    for pipe_id in (starting, stopping):
        assert looked_while_under_way(sandbox, f"/clickpipes/{pipe_id}", 0.6)


def test_sensor_fails_on_a_failed_pipe_with_a_clear_error(
    sandbox: Sandbox,
    connection: dict[str, Any],
    run_dag: Callable[..., Any],
    capfd: pytest.CaptureFixture[str],
    fails_soon: Callable[..., None],
) -> None:
    failed = add(sandbox, "Failed", name="kafka-events")
    sandbox.transition_seconds = 30.0
    later = add(sandbox, "Stopped", name="s3-logs")
    with sandbox.client(organization_id=ORG_ID) as client:
        client.clickpipes.update_state(SVC, later, command="start")
    # Provisioning when the deferred sensor first looks; Failed while it waits.
    sandbox.clear_requests()
    fails_soon(later, after="GET")
    common = f"service_id={SVC!r}, poll_interval={POLL}, timeout=30, retries=2, {RETRY_AT_ONCE}"
    results = run_dag(
        f"ClickHouseCloudClickPipeSensor(task_id='poke', clickpipe_id={failed!r}, {common})\n"
        f"ClickHouseCloudClickPipeSensor(task_id='deferred', clickpipe_id={later!r},"
        f" deferrable=True, {common})\n"
        f"ClickHouseCloudClickPipeSensor(task_id='asked', clickpipe_id={failed!r},"
        f" target_state='Failed', {common})\n"
    )
    for task in ("poke", "deferred"):
        status, _, ti = results[task]
        assert status == "failed" and ti.try_number == 1, task
    assert results["asked"][0] == "success"  # Failed is what it waited for
    out = capfd.readouterr().out
    for pipe_id, name in ((failed, "kafka-events"), (later, "s3-logs")):
        assert f"ClickPipe {pipe_id} ({name!r}) of service {SVC} failed (it is Failed)" in out


@pytest.mark.parametrize("mode", ["", ", deferrable=True"], ids=["blocking", "deferred"])
def test_a_database_pipe_stops_to_paused(
    sandbox: Sandbox, connection: dict[str, Any], run_dag: Callable[..., Any], mode: str
) -> None:
    """A CDC pipe pauses where a Kafka pipe stops: the operator waits for its kind's
    state (the client's table, ``clickpipe_stop_states``), then starts it again."""
    pipe = add(sandbox, "Running", source={"postgres": {}})
    results = run_dag(
        "stop = "
        + operator("stop", pipe, "stop", mode)
        + "start = "
        + operator("start", pipe, "start", mode)
        + "stop >> start\n"
    )
    assert results["stop"][0] == "success" and results["stop"][1]["state"] == "Paused"
    assert results["start"][0] == "success" and results["start"][1]["state"] == "Running"
    assert commands(sandbox, pipe) == ["stop", "start"]
