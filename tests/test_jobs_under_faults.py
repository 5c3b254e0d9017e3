"""The jobs where the README says they are safe: under a 5xx on their command, beside a
second caller sending the same command, and run again after a failure. Against the
sandbox, whose state commands are refused (400) where the API refuses them, with
faults scripted on the command alone (`fail_next(..., method=, path=)`)."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any, Callable

import pytest

import clickhouse_cloud as chc
from clickhouse_cloud.testing import Sandbox

from conftest import ORG, SERVICE

FAST = {"poll_interval": 0.02, "timeout": 10.0, "progress": False}
STATE = "/services/[^/]+/state$"
PIPE_STATE = "/clickpipes/[^/]+/state$"
BOOM = {"error": "INTERNAL_SERVER_ERROR: try later"}


@pytest.fixture
def api(sandbox: Sandbox) -> chc.Client:
    sandbox.transition_seconds = 0.1
    sandbox.provisioning_seconds = 0.1
    return sandbox.client(organization_id=ORG, max_retries=0)


def sent(sandbox: Sandbox, path: str = STATE) -> list[str]:
    """The commands that reached the sandbox (faulted ones included)."""
    import re

    return [
        r.json()["command"]
        for r in sandbox.requests
        if r.method == "PATCH" and re.search(path, r.path)
    ]


def state(sandbox: Sandbox) -> str:
    found = sandbox.service(ORG, SERVICE)
    return "gone" if found is None else str(found["state"])


# -- a 5xx on the command ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("job", "start", "end", "command"),
    [
        ("ensure_running", "stopped", "running", "start"),
        ("ensure_running", "idle", "running", "awake"),
        ("stop_service", "running", "stopped", "stop"),
    ],
)
@pytest.mark.parametrize("fault", ["500", "drop"])
def test_a_failed_command_is_sent_again_while_the_state_asks_for_it(
    sandbox: Sandbox, api: chc.Client, job: str, start: str, end: str, command: str, fault: str
) -> None:
    sandbox.add_service(ORG, id=SERVICE, state=start)
    if fault == "500":
        sandbox.fail_next(500, json=BOOM, method="PATCH", path=STATE)
    else:
        sandbox.drop_next(method="PATCH", path=STATE)
    began = time.monotonic()
    service = getattr(api, job)(SERVICE, **FAST)
    assert service.state == end and state(sandbox) == end
    assert time.monotonic() - began < 5  # not the whole timeout
    assert sent(sandbox) == [command, command]


def test_delete_service_sends_its_delete_again_after_a_5xx(
    sandbox: Sandbox, api: chc.Client
) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    sandbox.fail_next(500, json=BOOM, method="PATCH", path=STATE)
    sandbox.fail_next(503, json=BOOM, method="DELETE")
    api.delete_service(SERVICE, **FAST)
    assert state(sandbox) == "gone"
    assert sent(sandbox) == ["stop", "stop"]
    assert [r.method for r in sandbox.requests].count("DELETE") == 2


def test_a_command_that_keeps_failing_ends_in_a_timeout_that_says_why(
    sandbox: Sandbox, api: chc.Client
) -> None:
    sandbox.add_service(ORG, id=SERVICE, state="stopped")
    sandbox.fail_next(500, json=BOOM, method="PATCH", path=STATE, times=1000)
    with pytest.raises(chc.WaitTimeoutError) as caught:
        api.ensure_running(SERVICE, poll_interval=0.05, timeout=0.5, progress=False)
    message = str(caught.value)
    assert "still stopped" in message and "the last start failed" in message
    assert "try later" in message
    assert len(sent(sandbox)) >= 3  # sent at each look while stopped


def test_a_4xx_other_than_a_refusal_is_raised_at_once(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.add_service(ORG, id=SERVICE, state="stopped")
    sandbox.fail_next(
        403, json={"error": "FORBIDDEN: the key lacks a permission"}, method="PATCH", path=STATE
    )
    began = time.monotonic()
    with pytest.raises(chc.PermissionDeniedError):
        api.ensure_running(SERVICE, poll_interval=1.0, timeout=30, progress=False)
    assert time.monotonic() - began < 0.9
    assert sent(sandbox) == ["start"]


def test_a_refusal_that_a_fresh_look_confirms_is_raised(sandbox: Sandbox, api: chc.Client) -> None:
    """A refusal counts only after a look shows the state still asking for the command."""
    sandbox.add_service(ORG, id=SERVICE, state="stopped")
    sandbox.fail_next(
        400, json={"error": "BAD_REQUEST: the service is locked"}, method="PATCH", path=STATE
    )
    with pytest.raises(chc.BadRequestError, match="locked"):
        api.ensure_running(SERVICE, **FAST)
    assert sent(sandbox) == ["start"]
    gets = [r for r in sandbox.requests if r.method == "GET"]
    assert len(gets) == 2  # the look before the command, and the one after its refusal


def test_async_jobs_under_a_5xx(sandbox: Sandbox) -> None:
    sandbox.transition_seconds = 0.1
    sandbox.add_service(ORG, id=SERVICE, state="stopped")
    sandbox.fail_next(500, json=BOOM, method="PATCH", path=STATE, times=2)
    sandbox.fail_next(502, json=BOOM, method="DELETE")

    async def main() -> str:
        async with sandbox.async_client(organization_id=ORG, max_retries=0) as client:
            running = await client.ensure_running(SERVICE, **FAST)
            await client.delete_service(SERVICE, **FAST)
            return str(running.state)

    assert asyncio.run(main()) == "running"
    assert state(sandbox) == "gone"
    assert sent(sandbox) == ["start", "start", "start", "stop"]


# -- a second caller ---------------------------------------------------------------------


def both(first: Callable[[], Any], second: Callable[[], Any]) -> list[Any]:
    """Runs the two callers at once; what each returned or raised."""
    results: list[Any] = [None, None]
    barrier = threading.Barrier(2)

    def run(i: int, call: Callable[[], Any]) -> None:
        barrier.wait()
        try:
            results[i] = call()
        except BaseException as error:
            results[i] = error

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate((first, second))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return results


@pytest.mark.parametrize(
    ("job", "start", "end", "command"),
    [
        ("ensure_running", "stopped", "running", "start"),
        ("stop_service", "running", "stopped", "stop"),
    ],
)
def test_a_second_caller_with_the_same_command(
    sandbox: Sandbox, job: str, start: str, end: str, command: str
) -> None:
    """Two DAG runs at once: both look, both send; the second command reaches a service
    already on its way and is refused (400), and both jobs still end well."""
    sandbox.transition_seconds = 0.3
    sandbox.add_service(ORG, id=SERVICE, state=start)
    # Both commands are held until both callers have looked.
    sandbox.delay_next(0.4, times=2, method="PATCH", path=STATE)
    clients = [sandbox.client(organization_id=ORG, max_retries=0) for _ in range(2)]
    results = both(*(lambda c=c: getattr(c, job)(SERVICE, **FAST) for c in clients))
    assert [getattr(r, "state", r) for r in results] == [end, end]
    assert sent(sandbox) == [command, command]
    assert state(sandbox) == end


def test_a_second_caller_with_the_same_command_async(sandbox: Sandbox) -> None:
    sandbox.transition_seconds = 0.3
    sandbox.add_service(ORG, id=SERVICE, state="stopped")
    sandbox.delay_next(0.4, times=2, method="PATCH", path=STATE)

    async def main() -> list[Any]:
        async with sandbox.async_client(organization_id=ORG, max_retries=0) as a:
            async with sandbox.async_client(organization_id=ORG, max_retries=0) as b:
                return list(
                    await asyncio.gather(
                        a.ensure_running(SERVICE, **FAST), b.ensure_running(SERVICE, **FAST)
                    )
                )

    assert [s.state for s in asyncio.run(main())] == ["running", "running"]
    assert sent(sandbox) == ["start", "start"]


def test_a_second_caller_deleting_the_same_service(sandbox: Sandbox) -> None:
    sandbox.transition_seconds = 0.3
    sandbox.add_service(ORG, id=SERVICE, state="stopped")
    sandbox.delay_next(0.4, times=2, method="DELETE")
    clients = [sandbox.client(organization_id=ORG, max_retries=0) for _ in range(2)]
    results = both(*(lambda c=c: c.delete_service(SERVICE, **FAST) for c in clients))
    assert results == [None, None]
    assert state(sandbox) == "gone"


def test_the_sandbox_refuses_a_command_on_the_way(sandbox: Sandbox, api: chc.Client) -> None:
    """The rule the tests above stand on, as the API states it."""
    sandbox.transition_seconds = 30
    sandbox.add_service(ORG, id=SERVICE, state="stopped")
    api.services.update_state(SERVICE, command="start")
    with pytest.raises(chc.BadRequestError, match="Cannot start a service in state starting"):
        api.services.update_state(SERVICE, command="start")


# -- without waiting ---------------------------------------------------------------------


def test_without_waiting_a_job_returns_once_its_command_is_taken(
    sandbox: Sandbox, api: chc.Client
) -> None:
    sandbox.transition_seconds = 30
    sandbox.add_service(ORG, id=SERVICE, state="stopped")
    began = time.monotonic()
    assert api.ensure_running(SERVICE, wait=False, **FAST).state == "starting"
    assert api.ensure_running(SERVICE, wait=False, **FAST).state == "starting"  # on its way
    assert time.monotonic() - began < 2
    assert sent(sandbox) == ["start"]
    sandbox.set_service_state(ORG, SERVICE, "running")
    assert api.stop_service(SERVICE, wait=False, **FAST).state == "stopping"
    assert api.stop_service(SERVICE, wait=False, **FAST).state == "stopping"
    assert sent(sandbox) == ["start", "stop"]


# -- ClickPipes: look first, and each kind's stopped state --------------------------------

POSTGRES = {
    "postgres": {
        "host": "db.example.com",
        "port": 5432,
        "database": "app",
        "type": "postgres",
        "authentication": "basic",
    }
}


def pipes_path() -> str:
    return f"/v1/organizations/{ORG}/services/{SERVICE}/clickpipes"


def test_a_restart_after_a_failed_change_goes_on_from_stopped(
    sandbox: Sandbox, api: chc.Client
) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    pipe = sandbox.add_clickpipe(ORG, SERVICE, state="Running")["id"]

    def failing() -> None:
        raise RuntimeError("migration failed")

    with pytest.raises(RuntimeError, match="migration failed"):
        api.restart_clickpipe(SERVICE, pipe, failing, **FAST)
    assert api.clickpipes.get(SERVICE, pipe).state == "Stopped"
    ran: list[str] = []
    restarted = api.restart_clickpipe(SERVICE, pipe, lambda: ran.append("change"), **FAST)
    assert restarted.state == "Running" and ran == ["change"]
    assert sent(sandbox, PIPE_STATE) == ["stop", "start"]  # the rerun sent no stop


@pytest.mark.parametrize("kind", ["postgres", "mysql", "mongodb", "bigquery"])
def test_a_database_pipe_pauses_and_restarts(sandbox: Sandbox, api: chc.Client, kind: str) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    pipe = sandbox.add_clickpipe(ORG, SERVICE, state="Running", source={kind: {}})["id"]
    seen: list[str] = []
    began = time.monotonic()
    restarted = api.restart_clickpipe(
        SERVICE, pipe, lambda: seen.append(str(api.clickpipes.get(SERVICE, pipe).state)), **FAST
    )
    assert restarted.state == "Running"
    assert seen == ["Paused"]
    assert time.monotonic() - began < 5
    assert sent(sandbox, PIPE_STATE) == ["stop", "start"]


def test_stop_and_start_a_pipe_are_safe_to_run_again(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    pipe = sandbox.add_clickpipe(ORG, SERVICE, state="Running", source=POSTGRES)["id"]
    assert api.stop_clickpipe(SERVICE, pipe, **FAST).state == "Paused"
    assert api.stop_clickpipe(SERVICE, pipe, **FAST).state == "Paused"
    assert api.start_clickpipe(SERVICE, pipe, **FAST).state == "Running"
    assert api.start_clickpipe(SERVICE, pipe, **FAST).state == "Running"
    assert sent(sandbox, PIPE_STATE) == ["stop", "start"]


def test_a_pipe_command_under_a_5xx_and_a_failed_pipe(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    pipe = sandbox.add_clickpipe(ORG, SERVICE, state="Running")["id"]
    sandbox.fail_next(500, json=BOOM, method="PATCH", path=PIPE_STATE)
    assert api.stop_clickpipe(SERVICE, pipe, **FAST).state == "Stopped"
    assert sent(sandbox, PIPE_STATE) == ["stop", "stop"]
    # A failed pipe has stopped (on its error): a restart runs the fix and starts it.
    failed = sandbox.add_clickpipe(ORG, SERVICE, name="cdc", state="Failed")["id"]
    sandbox.clear_requests()
    assert api.restart_clickpipe(SERVICE, failed, lambda: None, **FAST).state == "Running"
    assert sent(sandbox, PIPE_STATE) == ["start"]
    broken = sandbox.add_clickpipe(ORG, SERVICE, name="broken", state="InternalError")["id"]
    with pytest.raises(chc.ClickPipeFailedError):
        api.stop_clickpipe(SERVICE, broken, **FAST)


def test_async_pipe_jobs(sandbox: Sandbox) -> None:
    sandbox.transition_seconds = 0.1
    sandbox.add_service(ORG, id=SERVICE)
    pipe = sandbox.add_clickpipe(ORG, SERVICE, state="Running", source=POSTGRES)["id"]

    async def main() -> list[str]:
        async with sandbox.async_client(organization_id=ORG, max_retries=0) as client:

            async def change() -> None:
                await asyncio.sleep(0)

            paused = await client.stop_clickpipe(SERVICE, pipe, **FAST)
            restarted = await client.restart_clickpipe(SERVICE, pipe, change, **FAST)
            return [str(paused.state), str(restarted.state)]

    assert asyncio.run(main()) == ["Paused", "Running"]
    assert sent(sandbox, PIPE_STATE) == ["stop", "start"]


def test_every_pipe_kind_has_its_stop_states() -> None:
    from clickhouse_cloud._native import clickpipe_stop_states

    assert clickpipe_stop_states({"source": POSTGRES}) == (["Pausing"], ["Paused"])
    assert clickpipe_stop_states(chc.ClickPipe.from_dict({"source": {"kafka": {}}})) == (
        ["Stopping"],
        ["Stopped"],
    )
    assert clickpipe_stop_states({}) == (["Stopping", "Pausing"], ["Stopped", "Paused"])


# -- a write whose answer was lost --------------------------------------------------------


def test_the_sandbox_can_lose_the_answer_of_a_write_it_carried_out(
    sandbox: Sandbox, api: chc.Client
) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    sandbox.fail_next(500, json=BOOM, method="PATCH", handled=True)
    with pytest.raises(chc.InternalServerError):
        api.services.update_state(SERVICE, command="stop")
    assert state(sandbox) == "stopping"


def test_a_job_whose_command_was_carried_out_despite_a_5xx(
    sandbox: Sandbox, api: chc.Client
) -> None:
    """The start reached the service, its answer was a 500: the next look shows it
    starting, and nothing is sent again."""
    sandbox.add_service(ORG, id=SERVICE, state="stopped")
    sandbox.fail_next(500, json=BOOM, method="PATCH", path=STATE, handled=True)
    assert api.ensure_running(SERVICE, **FAST).state == "running"
    assert sent(sandbox) == ["start"]


@pytest.mark.parametrize("fault", ["500", "drop"])
def test_a_restore_whose_answer_was_lost_leaves_no_service_behind(
    sandbox: Sandbox, api: chc.Client, fault: str
) -> None:
    sandbox.add_service(ORG, id=SERVICE, name="warehouse")
    sandbox.add_service(ORG, name="drill", state="stopped")  # the user's own, kept
    backup = sandbox.add_backup(ORG, SERVICE)
    if fault == "500":
        sandbox.fail_next(500, json=BOOM, method="POST", path="/services$", handled=True)
    else:
        sandbox.drop_next(method="POST", path="/services$", handled=True)
    with pytest.raises((chc.InternalServerError, chc.APIConnectionError)) as caught:
        with api.restored(backup.id, name="drill", provider="aws", region="us-east-1", **FAST):
            pytest.fail("the drill ran without a service")
    names = sorted((s.name, s.state) for s in api.services.list())
    assert names == [("drill", "stopped"), ("warehouse", "running")]
    if hasattr(caught.value, "__notes__"):
        assert any("it was deleted" in note for note in caught.value.__notes__)


def test_a_restore_whose_answer_was_lost_async(sandbox: Sandbox) -> None:
    sandbox.transition_seconds = 0.1
    sandbox.provisioning_seconds = 0.1
    sandbox.add_service(ORG, id=SERVICE, name="warehouse")
    backup = sandbox.add_backup(ORG, SERVICE)
    sandbox.fail_next(502, json=BOOM, method="POST", path="/services$", handled=True)

    async def main() -> None:
        async with sandbox.async_client(organization_id=ORG, max_retries=0) as client:
            async with client.restored(
                backup.id, name="drill", provider="aws", region="us-east-1", **FAST
            ):
                pytest.fail("the drill ran without a service")

    with pytest.raises(chc.InternalServerError):
        asyncio.run(main())
    client = sandbox.client(organization_id=ORG)
    assert [s.name for s in client.services.list()] == ["warehouse"]
