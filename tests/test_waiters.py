"""Waiters, sync and async: the three outcomes, transient failures while polling,
no busy loop, Ctrl-C and cancellation."""

from __future__ import annotations

import asyncio
import time
import uuid
from typing import Any, Callable

import pytest
from test_runtime import CTRL_C_BOUND, run_ctrl_c

import clickhouse_cloud as chc
from clickhouse_cloud.testing import Sandbox

from conftest import ORG, SERVICE


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest, sandbox: Sandbox) -> Callable[..., Any]:
    if request.param == "sync":
        client = sandbox.client(max_retries=0, timeout=5)

        def sync_call(op: str, /, *args: Any, **kwargs: Any) -> Any:
            return getattr(client, op)(*args, **kwargs)

        return sync_call
    aclient = sandbox.async_client(max_retries=0, timeout=5)

    def async_call(op: str, /, *args: Any, **kwargs: Any) -> Any:
        return asyncio.run(getattr(aclient, op)(*args, **kwargs))

    return async_call


def test_wait_for_backup_returns_when_done(sandbox: Sandbox, call: Callable[..., Any]) -> None:
    backup = sandbox.add_backup(ORG, SERVICE, finishes_in=0.5)
    assert backup.status == "in_progress"
    started = time.monotonic()
    done = call("wait_for_backup", ORG, SERVICE, backup.id, timeout=10, poll_interval=0.1)
    elapsed = time.monotonic() - started
    assert done.status == "done" and done.id == backup.id and done.finished_at is not None
    assert 0.45 < elapsed < 3
    polls = len(sandbox.requests)
    assert 4 <= polls <= 12  # about one per 0.1 s: never a busy loop


def test_wait_for_backup_raises_on_error(sandbox: Sandbox, call: Callable[..., Any]) -> None:
    backup = sandbox.add_backup(ORG, SERVICE, finishes_in=0.2, final_status="error")
    with pytest.raises(chc.BackupFailedError) as info:
        call("wait_for_backup", ORG, SERVICE, backup.id, timeout=10, poll_interval=0.05)
    assert isinstance(info.value.backup, chc.Backup)
    assert info.value.backup.status == "error" and info.value.backup.id == backup.id
    assert str(backup.id) in str(info.value)
    import pickle

    assert pickle.loads(pickle.dumps(info.value)).backup == info.value.backup


def test_wait_for_backup_times_out(sandbox: Sandbox, call: Callable[..., Any]) -> None:
    backup = sandbox.add_backup(ORG, SERVICE, status="in_progress")
    started = time.monotonic()
    with pytest.raises(chc.WaitTimeoutError) as info:
        call("wait_for_backup", ORG, SERVICE, backup.id, timeout=0.5, poll_interval=0.1)
    assert 0.45 < time.monotonic() - started < 2
    assert isinstance(info.value, TimeoutError) and isinstance(info.value, chc.ClickHouseCloudError)
    assert "in_progress" in str(info.value)


def test_transient_failures_while_polling_are_waited_out(
    sandbox: Sandbox, call: Callable[..., Any]
) -> None:
    backup = sandbox.add_backup(ORG, SERVICE, finishes_in=0.4)
    sandbox.fail_next(
        429, json={"error": "TOO_MANY_REQUESTS"}, headers={"X-RateLimit-Reset": "0.1"}
    )
    sandbox.fail_next(503, "<html>busy</html>")
    sandbox.drop_next()
    done = call("wait_for_backup", ORG, SERVICE, backup.id, timeout=10, poll_interval=0.05)
    assert done.status == "done"
    assert sandbox.pending_faults == 0


def test_permanent_failures_while_polling_are_raised(
    sandbox: Sandbox, call: Callable[..., Any]
) -> None:
    with pytest.raises(chc.NotFoundError):
        call("wait_for_backup", ORG, SERVICE, uuid.uuid4(), timeout=10, poll_interval=0.05)
    assert len(sandbox.requests) == 1


@pytest.mark.parametrize(
    "kwargs",
    [
        {"timeout": 0},
        {"timeout": -1},
        {"poll_interval": 0},
        {"poll_interval": float("inf")},
        {"timeout": float("nan")},
    ],
)
def test_waiter_arguments(sandbox: Sandbox, call: Callable[..., Any], kwargs: dict) -> None:
    with pytest.raises(ValueError):
        call("wait_for_backup", ORG, SERVICE, uuid.uuid4(), **kwargs)
    assert sandbox.requests == []


def test_restore_then_wait_until_running(sandbox: Sandbox, call: Callable[..., Any]) -> None:
    sandbox.provisioning_seconds = 0.4
    backup = sandbox.add_backup(ORG, SERVICE)
    restored = call(
        "restore_backup", ORG, backup.id, name="scratch", provider="aws", region="us-east-1"
    )
    assert restored.service.state == "provisioning"
    service = call("wait_for_service", ORG, restored.service.id, timeout=10, poll_interval=0.1)
    assert service.state == "running" and service.id == restored.service.id


@pytest.mark.parametrize(
    "state", ["failed", "terminated", "terminating", "softdeleted", "softdeleting"]
)
def test_wait_for_service_fails_fast(
    sandbox: Sandbox, call: Callable[..., Any], state: str
) -> None:
    sandbox.add_service(ORG, id=SERVICE, state=state)
    started = time.monotonic()
    with pytest.raises(chc.ServiceFailedError) as info:
        call("wait_for_service", ORG, SERVICE, timeout=30, poll_interval=5)
    assert time.monotonic() - started < 2
    assert type(info.value) is chc.ServiceFailedError
    assert info.value.service.state == state and info.value.service.id == SERVICE
    assert len(sandbox.requests) == 1  # a dead end at the first look: no second poll


def test_wait_for_service_for_another_state(sandbox: Sandbox, call: Callable[..., Any]) -> None:
    sandbox.add_service(ORG, id=SERVICE, state="stopped")
    service = call("wait_for_service", ORG, SERVICE, state="stopped", poll_interval=0.1)
    assert service.state == "stopped"
    with pytest.raises(chc.WaitTimeoutError):
        call("wait_for_service", ORG, SERVICE, timeout=0.3, poll_interval=0.1)


def test_default_poll_intervals_respect_the_rate_limit() -> None:
    import inspect

    for cls in (chc.Client, chc.AsyncClient):
        for name in ("wait_for_backup", "wait_for_service"):
            sig = inspect.signature(getattr(cls, name))
            # 10 requests per 10 s per key: one waiter must stay far below 1 per second.
            assert sig.parameters["poll_interval"].default >= 10, (cls, name)


@pytest.mark.usefixtures("sigint_default")
def test_ctrl_c_interrupts_a_sync_wait_quickly() -> None:
    """Ctrl-C in the pause between two polls (poll_interval=10) ends the wait within
    tens of ms, no later poll is sent, and the client works afterwards."""
    seen = run_ctrl_c("""
        org, svc = uuid.uuid4(), uuid.uuid4()
        with Sandbox() as sandbox:
            b = sandbox.add_backup(org, svc, status="in_progress")
            client = sandbox.client()
            interrupt_in(0.3)
            waited = latency(
                lambda: client.wait_for_backup(org, svc, b.id, timeout=60, poll_interval=10)
            )
            polls = len(sandbox.requests)
            then = client.get_backup(org, svc, b.id).id == b.id
            print(json.dumps({"latency": waited, "polls": polls, "then": then}))
    """)
    assert seen["latency"] is not None, "not interrupted"
    assert seen["latency"] < CTRL_C_BOUND, seen
    assert seen["polls"] == 1 and seen["then"] is True, seen


def test_async_wait_keeps_the_event_loop_responsive(sandbox: Sandbox) -> None:
    backup = sandbox.add_backup(ORG, SERVICE, finishes_in=0.6)
    aclient = sandbox.async_client()

    async def main() -> tuple[int, chc.Backup]:
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.01)
                ticks += 1

        task = asyncio.create_task(ticker())
        done = await aclient.wait_for_backup(ORG, SERVICE, backup.id, poll_interval=0.1)
        task.cancel()
        return ticks, done

    ticks, done = asyncio.run(main())
    assert done.status == "done"
    assert ticks > 30  # ~60 if the loop never blocked


def test_async_wait_is_cancellable(sandbox: Sandbox) -> None:
    backup = sandbox.add_backup(ORG, SERVICE, status="in_progress")
    aclient = sandbox.async_client()

    async def main() -> float:
        task = asyncio.create_task(
            aclient.wait_for_backup(ORG, SERVICE, backup.id, poll_interval=0.05)
        )
        await asyncio.sleep(0.3)
        task.cancel()
        started = time.monotonic()
        with pytest.raises(asyncio.CancelledError):
            await task
        return time.monotonic() - started

    assert asyncio.run(main()) < 0.2
    polls = len(sandbox.requests)
    time.sleep(0.3)
    assert len(sandbox.requests) == polls  # the poll loop stopped with the task


def test_async_wait_for_with_asyncio_timeout(sandbox: Sandbox) -> None:
    backup = sandbox.add_backup(ORG, SERVICE, status="in_progress")
    aclient = sandbox.async_client()

    async def main() -> None:
        await asyncio.wait_for(
            aclient.wait_for_backup(ORG, SERVICE, backup.id, poll_interval=0.05), 0.3
        )

    with pytest.raises(asyncio.TimeoutError):
        asyncio.run(main())


def test_a_last_look_at_the_deadline(sandbox: Sandbox, call: Callable[..., Any]) -> None:
    """Finished during the last pause: regular polls at 0 and 0.6 s see it in progress,
    it is done at 0.8 s, the next regular poll (1.2 s) would be past the 1.0 s deadline:
    only the look the waiter takes at the deadline itself can see it done."""
    backup = sandbox.add_backup(ORG, SERVICE, finishes_in=0.8)
    started = time.monotonic()
    done = call("wait_for_backup", ORG, SERVICE, backup.id, timeout=1.0, poll_interval=0.6)
    elapsed = time.monotonic() - started
    assert done.status == "done"
    first, regular, last = (r.at for r in sandbox.requests)  # exactly three looks
    assert 0.55 <= regular - first <= 0.75
    assert 0.95 <= last - first <= 1.15  # at the deadline, not at 1.2 s
    assert 0.95 <= elapsed < 1.5


def test_too_small_a_poll_interval_is_refused(sandbox: Sandbox, call: Callable[..., Any]) -> None:
    with pytest.raises(ValueError, match="poll_interval"):
        call("wait_for_backup", ORG, SERVICE, uuid.uuid4(), poll_interval=1e-12)
    assert sandbox.requests == []


def test_a_429_while_polling_is_honoured(sandbox: Sandbox, call: Callable[..., Any]) -> None:
    backup = sandbox.add_backup(ORG, SERVICE, finishes_in=0.1)
    sandbox.fail_next(
        429, json={"error": "TOO_MANY_REQUESTS"}, headers={"X-RateLimit-Reset": "0.5"}
    )
    call("wait_for_backup", ORG, SERVICE, backup.id, timeout=10, poll_interval=0.05)
    first, second = sandbox.requests[0].at, sandbox.requests[1].at
    assert second - first >= 0.45


@pytest.mark.parametrize(
    ("now", "target"), [("terminating", "terminated"), ("softdeleting", "softdeleted")]
)
def test_waiting_for_an_end_state_passes_through_its_way_there(
    sandbox: Sandbox, call: Callable[..., Any], now: str, target: str
) -> None:
    sandbox.add_service(ORG, id=SERVICE, state=now)
    with pytest.raises(chc.WaitTimeoutError):
        call("wait_for_service", ORG, SERVICE, state=target, timeout=0.3, poll_interval=0.1)
    sandbox.set_service_state(ORG, SERVICE, target)
    assert (
        call("wait_for_service", ORG, SERVICE, state=target.upper(), poll_interval=0.1).state
        == target
    )
