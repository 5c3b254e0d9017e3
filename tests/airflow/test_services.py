"""The service operators and sensor in real Airflow 3 (``dag.test()``) against the
sandbox: start, stop, awake, delete, wait; blocking, deferred and without waiting."""

from __future__ import annotations

import threading
import time
from typing import Any, Callable

import pytest

from clickhouse_cloud.testing import Sandbox

from conftest import ORG_ID, SECRET, looked_while_under_way

FAST = 0.3  # the sandbox's seconds for a start, stop or delete
POLL = 0.1


@pytest.fixture(autouse=True)
def fast(sandbox: Sandbox) -> None:
    sandbox.transition_seconds = FAST
    sandbox.provisioning_seconds = FAST


def commands(sandbox: Sandbox, service_id: str) -> list[str]:
    """The state commands sent to a service, in order ("delete" for a DELETE)."""
    sent = []
    for r in sandbox.requests:
        if r.method == "PATCH" and r.path.endswith(f"/services/{service_id}/state"):
            sent.append(r.json()["command"])
        elif r.method == "DELETE" and r.path.endswith(f"/services/{service_id}"):
            sent.append("delete")
    return sent


def add(sandbox: Sandbox, state: str, name: str = "analytics") -> str:
    return str(sandbox.add_service(ORG_ID, state=state, name=name)["id"])


def waited_until_gone(sandbox: Sandbox, service_id: str, seconds: float) -> bool:
    """Whether the service was looked at until its deletion (``seconds`` long) was over,
    rather than left once the delete was sent."""
    path = f"/services/{service_id}"
    deleted = next(r.at for r in sandbox.requests if r.method == "DELETE" and r.path.endswith(path))
    looks = [r.at for r in sandbox.requests if r.method == "GET" and r.path.endswith(path)]
    return max(looks, default=0.0) >= deleted + seconds


def state_of(sandbox: Sandbox, service_id: str) -> Any:
    service = sandbox.service(ORG_ID, service_id)
    return None if service is None else service["state"]


def test_state_operator_starts_wakes_and_stops_in_each_mode(
    sandbox: Sandbox,
    connection: dict[str, Any],
    run_dag: Callable[..., Any],
    capfd: pytest.CaptureFixture[str],
) -> None:
    """Each ends with the service in the state asked for as the API reports it (the
    answer to the command, which already shows it, is not taken for it)."""
    stopped, idle, running, running2, already = (
        add(sandbox, s) for s in ("stopped", "idle", "running", "running", "running")
    )
    results = run_dag(
        f"common = dict(poll_interval={POLL}, wait_timeout=30)\n"
        f"ClickHouseCloudServiceStateOperator(task_id='start', service_id={stopped!r},"
        " action='start', **common)\n"
        f"ClickHouseCloudServiceStateOperator(task_id='awake', service_id={idle!r},"
        " action='awake', deferrable=True, **common)\n"
        f"ClickHouseCloudServiceStateOperator(task_id='stop', service_id={running!r},"
        " action='stop', deferrable=True, **common)\n"
        f"ClickHouseCloudServiceStateOperator(task_id='stop_no_wait', service_id={running2!r},"
        " action='stop', wait_for_completion=False, **common)\n"
        f"ClickHouseCloudServiceStateOperator(task_id='running', service_id={already!r},"
        " action='start', deferrable=True, **common)\n"
    )
    expect = {
        "start": (stopped, "running", ["start"]),
        "awake": (idle, "running", ["awake"]),
        "stop": (running, "stopped", ["stop"]),
        "stop_no_wait": (running2, "stopping", ["stop"]),
        "running": (already, "running", []),
    }
    for task, (service_id, state, sent) in expect.items():
        status, pushed, _ = results[task]
        assert status == "success", task
        assert pushed["id"] == service_id and pushed["state"] == state, task
        assert commands(sandbox, service_id) == sent, task
    # What the tasks reported is what the API shows now.
    for service_id in (stopped, idle, already):
        assert state_of(sandbox, service_id) == "running"
    assert state_of(sandbox, running) == "stopped"
    assert state_of(sandbox, running2) in ("stopping", "stopped")
    captured = capfd.readouterr()
    assert SECRET not in captured.out and SECRET not in captured.err


def test_state_operator_lets_a_change_under_way_finish_first(
    sandbox: Sandbox, connection: dict[str, Any], run_dag: Callable[..., Any]
) -> None:
    """Start a service still stopping: it is let stop, then started. Stop a service
    still starting: it is let start, then stopped (the API refuses both before). Each
    change is sent by the task just before (``kick_service``), so it is under way."""
    sandbox.transition_seconds = 1.0
    stopping = [add(sandbox, "running") for _ in range(2)]
    starting = [add(sandbox, "stopped") for _ in range(2)]
    cases = (
        ("start", stopping[0], "stop", "start", ""),
        ("start_deferred", stopping[1], "stop", "start", ", deferrable=True"),
        ("stop", starting[0], "start", "stop", ""),
        ("stop_deferred", starting[1], "start", "stop", ", deferrable=True"),
    )
    body = f"common = dict(poll_interval={POLL}, wait_timeout=30)\nlast = None\n"
    for task, service_id, before, action, extra in cases:
        body += (
            f"k = kick_service('kick_{task}', {service_id!r}, {before!r})\n"
            f"op = ClickHouseCloudServiceStateOperator(task_id={task!r},"
            f" service_id={service_id!r}, action={action!r}{extra}, **common)\n"
            "if last is not None:\n    last >> k\n"
            "k >> op\nlast = op\n"
        )
    results = run_dag(body)
    for task, service_id, before, action, _ in cases:
        status, pushed, _ = results[task]
        assert status == "success", task
        state = "stopped" if action == "stop" else "running"
        assert pushed["state"] == state and state_of(sandbox, service_id) == state, task
        assert commands(sandbox, service_id) == [before, action], task
        assert looked_while_under_way(sandbox, f"/services/{service_id}", 1.0), task


def test_state_operator_fails_at_once_on_a_state_it_cannot_leave(
    sandbox: Sandbox,
    connection: dict[str, Any],
    run_dag: Callable[..., Any],
    capfd: pytest.CaptureFixture[str],
) -> None:
    failed = add(sandbox, "failed")
    terminated = add(sandbox, "terminated")
    results = run_dag(
        f"common = dict(poll_interval={POLL}, wait_timeout=30, retries=3,"
        " retry_delay=dt.timedelta(seconds=0))\n"
        f"ClickHouseCloudServiceStateOperator(task_id='start', service_id={failed!r},"
        " action='start', **common)\n"
        f"ClickHouseCloudServiceStateOperator(task_id='stop_deferred',"
        f" service_id={terminated!r}, action='stop', deferrable=True, **common)\n"
        f"ClickHouseCloudServiceStateOperator(task_id='awake_no_wait', service_id={failed!r},"
        " action='awake', wait_for_completion=False, **common)\n"
    )
    for task in ("start", "stop_deferred", "awake_no_wait"):
        status, _, ti = results[task]
        assert status == "failed", task
        assert ti.try_number == 1, task  # not retried: it cannot get better
    assert commands(sandbox, failed) == [] and commands(sandbox, terminated) == []
    out = capfd.readouterr().out
    assert failed in out and "failed" in out and terminated in out


def test_state_operator_checks_the_action() -> None:
    from clickhouse_cloud.airflow.operators import ClickHouseCloudServiceStateOperator

    with pytest.raises(ValueError, match="start, stop, awake"):
        ClickHouseCloudServiceStateOperator(task_id="x", service_id="s", action="reboot")
    # A template is checked once rendered.
    ClickHouseCloudServiceStateOperator(task_id="y", service_id="s", action="{{ params.a }}")


def test_service_sensor_waits_for_a_state(
    sandbox: Sandbox, connection: dict[str, Any], run_dag: Callable[..., Any]
) -> None:
    sandbox.transition_seconds = 0.6
    starting, stopping = add(sandbox, "stopped"), add(sandbox, "running")
    idle = add(sandbox, "idle")
    results = run_dag(
        f"common = dict(poll_interval={POLL}, timeout=30)\n"
        f"poke = ClickHouseCloudServiceSensor(task_id='poke', service_id={starting!r},"
        " **common)\n"
        f"deferred = ClickHouseCloudServiceSensor(task_id='deferred', service_id={stopping!r},"
        " target_state='stopped', deferrable=True, **common)\n"
        f"kick_service('kick_start', {starting!r}, 'start') >> poke\n"
        f"poke >> kick_service('kick_stop', {stopping!r}, 'stop') >> deferred\n"
        f"ClickHouseCloudServiceSensor(task_id='any', service_id={idle!r},"
        " target_state=['running', 'idle'], **common)\n"
    )
    for task, service_id, state in (
        ("poke", starting, "running"),
        ("deferred", stopping, "stopped"),
        ("any", idle, "idle"),
    ):
        status, pushed, _ = results[task]
        assert status == "success", task
        assert pushed["id"] == service_id and pushed["state"] == state, task
    for service_id in (starting, stopping):
        assert looked_while_under_way(sandbox, f"/services/{service_id}", 0.6)


def test_service_sensor_fails_on_a_state_it_cannot_leave(
    sandbox: Sandbox,
    connection: dict[str, Any],
    run_dag: Callable[..., Any],
    capfd: pytest.CaptureFixture[str],
) -> None:
    failed = add(sandbox, "failed", name="warehouse")
    results = run_dag(
        f"common = dict(service_id={failed!r}, poll_interval={POLL}, timeout=30, retries=2,"
        " retry_delay=dt.timedelta(seconds=0))\n"
        "ClickHouseCloudServiceSensor(task_id='poke', **common)\n"
        "ClickHouseCloudServiceSensor(task_id='deferred', deferrable=True, **common)\n"
        "ClickHouseCloudServiceSensor(task_id='stopped', target_state='stopped', **common)\n"
    )
    for task in ("poke", "deferred", "stopped"):
        status, _, ti = results[task]
        assert status == "failed" and ti.try_number == 1, task
    out = capfd.readouterr().out
    assert f"service {failed} ('warehouse'): it is failed and cannot become running" in out


def test_delete_operator_stops_deletes_and_waits_until_gone(
    sandbox: Sandbox, connection: dict[str, Any], run_dag: Callable[..., Any]
) -> None:
    sandbox.transition_seconds = 0.8  # the service kicked is still starting when looked at
    running, idle = add(sandbox, "running"), add(sandbox, "idle")
    named = add(sandbox, "running", name="scratch-1")
    starting = add(sandbox, "stopped")
    no_wait = add(sandbox, "stopped")
    results = run_dag(
        f"common = dict(poll_interval={POLL}, wait_timeout=30)\n"
        # First (the only root): the service kicked is still starting when looked at.
        f"first = kick_service('kick', {starting!r}, 'start') >> "
        f"ClickHouseCloudDeleteServiceOperator(task_id='starting', service_id={starting!r},"
        " deferrable=True, **common)\n"
        f"first >> ClickHouseCloudDeleteServiceOperator(task_id='blocking',"
        f" service_id={running!r}, **common)\n"
        f"first >> ClickHouseCloudDeleteServiceOperator(task_id='deferred',"
        f" service_id={idle!r}, deferrable=True, **common)\n"
        "first >> ClickHouseCloudDeleteServiceOperator(task_id='by_name',"
        " service_name='scratch-1', deferrable=True, **common)\n"
        f"first >> ClickHouseCloudDeleteServiceOperator(task_id='no_wait',"
        f" service_id={no_wait!r}, wait_for_completion=False, **common)\n"
    )
    for task, service_id, sent in (
        ("blocking", running, ["stop", "delete"]),
        ("deferred", idle, ["stop", "delete"]),
        ("by_name", named, ["stop", "delete"]),
        ("starting", starting, ["stop", "delete"]),
        ("no_wait", no_wait, ["delete"]),
    ):
        status, pushed, _ = results[task]
        assert status == "success", task
        assert pushed["id"] == service_id and pushed["deleted"] is True, task
        assert pushed["already_gone"] is False, task
        assert commands(sandbox, service_id)[-len(sent) :] == sent, task
        if task != "no_wait":
            assert state_of(sandbox, service_id) is None, task
            assert waited_until_gone(sandbox, service_id, 0.8), task
    # The service still starting was let start, then stopped and deleted.
    assert commands(sandbox, starting) == ["start", "stop", "delete"]
    assert looked_while_under_way(sandbox, f"/services/{starting}", 0.8)
    assert results["by_name"][1]["name"] == "scratch-1"
    assert state_of(sandbox, no_wait) in ("terminating", None)


def test_delete_operator_is_safe_to_run_again(
    sandbox: Sandbox, connection: dict[str, Any], run_dag: Callable[..., Any]
) -> None:
    """A service already gone, or being deleted, is success (the wait until gone is
    the trigger's, tested apart); a name no service has is nothing to delete; a name
    two services have fails without deleting either."""
    gone = add(sandbox, "running")
    terminating = add(sandbox, "stopped")
    twins = [add(sandbox, "running", name="twin") for _ in range(2)]
    with sandbox.client(organization_id=ORG_ID) as client:
        client.delete_service(gone, poll_interval=POLL)
    sandbox.set_service_state(ORG_ID, terminating, "terminating")  # for good
    assert state_of(sandbox, gone) is None
    sandbox.clear_requests()
    results = run_dag(
        f"common = dict(poll_interval={POLL}, wait_timeout=30)\n"
        f"ClickHouseCloudDeleteServiceOperator(task_id='gone', service_id={gone!r}, **common)\n"
        f"ClickHouseCloudDeleteServiceOperator(task_id='gone_deferred', service_id={gone!r},"
        " deferrable=True, **common)\n"
        "ClickHouseCloudDeleteServiceOperator(task_id='terminating',"
        f" service_id={terminating!r}, wait_for_completion=False, **common)\n"
        "ClickHouseCloudDeleteServiceOperator(task_id='no_such_name', service_name='nope',"
        " **common)\n"
        "ClickHouseCloudDeleteServiceOperator(task_id='twins', service_name='twin',"
        " retries=2, retry_delay=dt.timedelta(seconds=0), **common)\n"
    )
    assert results["gone"][0] == results["gone_deferred"][0] == "success"
    assert results["gone"][1] == {
        "id": gone,
        "name": None,
        "deleted": True,
        "already_gone": True,
    }
    assert results["terminating"][0] == "success"  # on its way: nothing to send
    assert results["terminating"][1]["already_gone"] is False
    assert results["no_such_name"][0] == "success"
    assert results["no_such_name"][1]["already_gone"] is True
    status, _, ti = results["twins"]
    assert status == "failed" and ti.try_number == 1
    assert {state_of(sandbox, t) for t in twins} == {"running"}
    assert [r.method for r in sandbox.requests if r.method in ("PATCH", "DELETE")] == []


def test_delete_operator_needs_one_of_id_and_name() -> None:
    from clickhouse_cloud.airflow.operators import ClickHouseCloudDeleteServiceOperator

    with pytest.raises(ValueError, match="exactly one"):
        ClickHouseCloudDeleteServiceOperator(task_id="x")
    with pytest.raises(ValueError, match="exactly one"):
        ClickHouseCloudDeleteServiceOperator(task_id="y", service_id="a", service_name="b")


@pytest.mark.parametrize(
    "mode",
    ["", ", deferrable=True", ", wait_for_completion=False"],
    ids=["blocking", "deferred", "no_wait"],
)
def test_state_operator_beside_a_second_caller(
    sandbox: Sandbox, connection: dict[str, Any], run_dag: Callable[..., Any], mode: str
) -> None:
    """Another DAG run's start reaches the service first: the operator's own start is
    refused (400), a fresh look shows the service on its way, and the task succeeds."""
    service = add(sandbox, "stopped")
    sandbox.delay_next(1.0, method="PATCH", path="/state$")  # the operator's start waits
    other = sandbox.client(organization_id=ORG_ID, max_retries=0)

    def second_caller() -> None:
        deadline = time.monotonic() + 60
        while not any(r.method == "PATCH" for r in sandbox.requests):
            if time.monotonic() > deadline:
                return
            time.sleep(0.01)
        other.services.update_state(service, command="start")

    thread = threading.Thread(target=second_caller)
    thread.start()
    results = run_dag(
        f"ClickHouseCloudServiceStateOperator(task_id='start', service_id={service!r},"
        f" action='start', poll_interval={POLL}, wait_timeout=30{mode})\n"
    )
    thread.join(60)
    status, pushed, _ = results["start"]
    assert status == "success"
    assert commands(sandbox, service) == ["start", "start"]
    if "wait_for_completion=False" not in mode:
        assert pushed["state"] == "running"


@pytest.mark.parametrize("mode", ["", ", deferrable=True"], ids=["blocking", "deferred"])
def test_state_operator_under_a_5xx_on_its_command(
    sandbox: Sandbox, connection: dict[str, Any], run_dag: Callable[..., Any], mode: str
) -> None:
    """Blocking, the job sends the start again at its next look; deferred, a fresh look
    shows nothing changed and the try fails (Airflow's retries send it again), at once
    rather than after the whole wait."""
    service = add(sandbox, "stopped")
    sandbox.fail_next(500, json={"error": "INTERNAL_SERVER_ERROR: try later"}, method="PATCH")
    started = time.monotonic()
    results = run_dag(
        f"ClickHouseCloudServiceStateOperator(task_id='start', service_id={service!r},"
        f" action='start', poll_interval={POLL}, wait_timeout=30{mode})\n"
    )
    status, _, _ = results["start"]
    assert time.monotonic() - started < 25
    if mode:
        assert status == "failed" and commands(sandbox, service) == ["start"]
        assert state_of(sandbox, service) == "stopped"
    else:
        assert status == "success" and commands(sandbox, service) == ["start", "start"]
        assert state_of(sandbox, service) == "running"
