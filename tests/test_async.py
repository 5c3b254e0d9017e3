"""AsyncClient as an asyncio user meets it: coroutines, concurrency, cancellation,
fresh loops, the same exceptions as the sync client, and a clean exit."""

from __future__ import annotations

import asyncio
import inspect
import time
import uuid
from typing import Any

import pytest
from test_runtime import run_python

import clickhouse_cloud as chc
from clickhouse_cloud.testing import Sandbox

from conftest import ORG, SECRET, SERVICE


def test_methods_are_coroutine_functions_matching_the_sync_client() -> None:
    sync_methods = {n for n, _ in inspect.getmembers(chc.Client, callable) if not n.startswith("_")}
    sync_methods -= {"close", "restored"}
    for name in sync_methods:
        method = getattr(chc.AsyncClient, name)
        assert inspect.iscoroutinefunction(method), name
    assert inspect.iscoroutinefunction(chc.AsyncClient.aclose)
    # The restore drill is a context manager: `with` in one, `async with` in the other.
    client = chc.AsyncClient("k", "s", organization_id=ORG)
    drill = client.restored(uuid.uuid4(), name="n", provider="aws", region="r")
    assert hasattr(drill, "__aenter__") and not hasattr(drill, "__enter__")


def test_300_concurrent_calls(sandbox: Sandbox) -> None:
    backups = [sandbox.add_backup(ORG, SERVICE) for _ in range(30)]

    async def main() -> list[chc.Backup]:
        async with sandbox.async_client() as aclient:
            return await asyncio.gather(
                *(aclient.get_backup(ORG, SERVICE, backups[i % 30].id) for i in range(300))
            )

    results = asyncio.run(main())
    assert results == [backups[i % 30] for i in range(300)]
    assert len(sandbox.requests) == 300


def test_cancellation_mid_request_then_a_successful_call(sandbox: Sandbox) -> None:
    backup = sandbox.add_backup(ORG, SERVICE)
    sandbox.delay_next(5.0)
    aclient = sandbox.async_client()

    async def main() -> tuple[float, chc.Backup]:
        task = asyncio.create_task(aclient.get_backup(ORG, SERVICE, backup.id))
        await asyncio.sleep(0.2)
        task.cancel()
        started = time.monotonic()
        with pytest.raises(asyncio.CancelledError):
            await task
        cancelled_in = time.monotonic() - started
        return cancelled_in, await aclient.get_backup(ORG, SERVICE, backup.id)

    cancelled_in, again = asyncio.run(main())
    assert cancelled_in < 0.1
    assert again == backup


def test_cancelling_closes_the_connection(sandbox: Sandbox) -> None:
    backup = sandbox.add_backup(ORG, SERVICE)
    sandbox.delay_next(10.0)
    aclient = sandbox.async_client()

    async def main() -> None:
        task = asyncio.create_task(aclient.get_backup(ORG, SERVICE, backup.id))
        await asyncio.sleep(0.2)
        assert sandbox.in_flight == 1
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())
    deadline = time.monotonic() + 1
    while sandbox.in_flight and time.monotonic() < deadline:
        time.sleep(0.01)
    assert sandbox.in_flight == 0  # the request was aborted, not left to run for 10 s


def test_a_fresh_event_loop_per_call(sandbox: Sandbox) -> None:
    backup = sandbox.add_backup(ORG, SERVICE)
    aclient = sandbox.async_client()
    for _ in range(5):
        assert asyncio.run(aclient.get_backup(ORG, SERVICE, backup.id)) == backup
    loop = asyncio.new_event_loop()
    try:
        assert loop.run_until_complete(aclient.get_backup(ORG, SERVICE, backup.id)) == backup
    finally:
        loop.close()


def test_works_inside_an_already_running_loop_in_another_thread(sandbox: Sandbox) -> None:
    # What Jupyter does: a loop runs in its own thread while cells submit coroutines.
    import threading

    backup = sandbox.add_backup(ORG, SERVICE)
    aclient = sandbox.async_client()
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever)
    thread.start()
    try:
        future = asyncio.run_coroutine_threadsafe(aclient.get_backup(ORG, SERVICE, backup.id), loop)
        assert future.result(timeout=10) == backup
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join()
        loop.close()


class CountingLoop(asyncio.SelectorEventLoop):
    """Counts how often the client's reader wakes the loop (one drain of the inbox)."""

    def __init__(self) -> None:
        super().__init__()
        self.readers = 0
        self.wakeups = 0

    def add_reader(self, fd: Any, callback: Any, *args: Any) -> None:
        self.readers += 1

        def counted(*a: Any) -> None:
            self.wakeups += 1
            callback(*a)

        super().add_reader(fd, counted, *args)


class NoReadersLoop(asyncio.SelectorEventLoop):
    """A loop that cannot watch a socket, as Windows' Proactor loop."""

    def __init__(self) -> None:
        super().__init__()
        self.refused = 0
        self.wakeups = 0

    def add_reader(self, fd: Any, callback: Any, *args: Any) -> None:
        self.refused += 1
        raise NotImplementedError

    def call_soon_threadsafe(self, callback: Any, *args: Any, **kwargs: Any) -> Any:
        self.wakeups += 1
        return super().call_soon_threadsafe(callback, *args, **kwargs)


def run_in(loop: asyncio.AbstractEventLoop, coroutine: Any) -> Any:
    try:
        return loop.run_until_complete(asyncio.wait_for(coroutine, 30))
    finally:
        loop.close()


@pytest.mark.parametrize("make_loop", [CountingLoop, NoReadersLoop])
def test_answers_ready_together_take_one_wakeup(sandbox: Sandbox, make_loop: Any) -> None:
    """Answers that arrive while the loop is busy are all settled by one wake-up of
    the loop (a byte on its socket, or one `call_soon_threadsafe`), not one each."""
    backups = [sandbox.add_backup(ORG, SERVICE) for _ in range(5)]
    aclient = sandbox.async_client()
    loop = make_loop()

    async def main() -> list[chc.Backup]:
        await aclient.get_backup(ORG, SERVICE, backups[0].id)  # the connections exist
        before = loop.wakeups
        tasks = [
            asyncio.ensure_future(aclient.get_backup(ORG, SERVICE, backups[i % 5].id))
            for i in range(50)
        ]
        await asyncio.sleep(0)  # every task has sent its call
        deadline = time.monotonic() + 20
        while len(sandbox.requests) < 51 and time.monotonic() < deadline:
            time.sleep(0.01)  # the loop is busy: answers queue up meanwhile
        time.sleep(0.3)
        results = await asyncio.gather(*tasks)
        assert loop.wakeups - before <= 2, loop.wakeups - before
        return results

    assert run_in(loop, main()) == [backups[i % 5] for i in range(50)]
    if isinstance(loop, CountingLoop):
        assert loop.readers == 1  # one inbox for the loop, made at its first call


def test_a_loop_without_readers_is_woken_threadsafe(sandbox: Sandbox) -> None:
    backups = [sandbox.add_backup(ORG, SERVICE) for _ in range(10)]
    sandbox.delay_next(10.0)
    aclient = sandbox.async_client()
    loop = NoReadersLoop()

    async def main() -> list[Any]:
        slow = asyncio.ensure_future(aclient.get_backup(ORG, SERVICE, backups[0].id))
        await asyncio.sleep(0.2)
        slow.cancel()  # cancellation still aborts the request
        results = await asyncio.gather(
            *(aclient.get_backup(ORG, SERVICE, backups[i % 10].id) for i in range(200)),
            aclient.get_backup(ORG, SERVICE, uuid.uuid4()),
            return_exceptions=True,
        )
        with pytest.raises(asyncio.CancelledError):
            await slow
        return results

    results = run_in(loop, main())
    assert results[:200] == [backups[i % 10] for i in range(200)]
    assert isinstance(results[200], chc.NotFoundError)
    assert loop.refused == 1
    deadline = time.monotonic() + 2
    while sandbox.in_flight and time.monotonic() < deadline:
        time.sleep(0.01)
    assert sandbox.in_flight == 0


def test_many_event_loops_leave_no_descriptors_behind(sandbox: Sandbox) -> None:
    """Each loop gets an inbox (a socket pair); a closed loop's is let go when the next
    loop makes its first call on the thread."""
    import os

    backup = sandbox.add_backup(ORG, SERVICE)
    aclient = sandbox.async_client()
    assert asyncio.run(aclient.get_backup(ORG, SERVICE, backup.id)) == backup
    fds = os.listdir("/proc/self/fd") if os.path.isdir("/proc/self/fd") else None
    for _ in range(40):
        assert asyncio.run(aclient.get_backup(ORG, SERVICE, backup.id)) == backup
    if fds is not None:
        import gc

        gc.collect()
        assert len(os.listdir("/proc/self/fd")) <= len(fds) + 4


def test_loops_in_short_lived_threads(sandbox: Sandbox) -> None:
    import threading

    backup = sandbox.add_backup(ORG, SERVICE)
    aclient = sandbox.async_client()
    got: list[Any] = []

    def one() -> None:
        got.append(asyncio.run(aclient.get_backup(ORG, SERVICE, backup.id)))

    for _ in range(10):
        threads = [threading.Thread(target=one) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
    assert got == [backup] * 40


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, chc.BadRequestError),
        (401, chc.AuthenticationError),
        (404, chc.NotFoundError),
        (429, chc.RateLimitError),
        (502, chc.InternalServerError),
    ],
)
def test_same_exceptions_as_the_sync_client(sandbox: Sandbox, status: int, cls: type) -> None:
    sandbox.fail_next(status, json={"status": status, "error": "X: y", "requestId": "r"})
    aclient = sandbox.async_client(max_retries=0)
    with pytest.raises(cls) as info:
        asyncio.run(aclient.get_backup(ORG, SERVICE, uuid.uuid4()))
    assert type(info.value) is cls
    assert info.value.request_id == "r" and info.value.status_code == status


def test_timeout_and_connection_errors(sandbox: Sandbox) -> None:
    sandbox.delay_next(3)
    aclient = sandbox.async_client(timeout=0.3, max_retries=0)
    with pytest.raises(chc.APITimeoutError):
        asyncio.run(aclient.get_backup(ORG, SERVICE, uuid.uuid4()))
    sandbox.drop_next()
    with pytest.raises(chc.APIConnectionError) as info:
        asyncio.run(aclient.get_backup(ORG, SERVICE, uuid.uuid4()))
    assert type(info.value) is chc.APIConnectionError  # reset, not a timeout


def test_bad_arguments_raise_at_await(sandbox: Sandbox) -> None:
    aclient = sandbox.async_client()
    with pytest.raises(ValueError, match="backup_id"):
        asyncio.run(aclient.get_backup(ORG, SERVICE, "nope"))
    assert sandbox.requests == []


def test_async_with_and_aclose(sandbox: Sandbox) -> None:
    backup = sandbox.add_backup(ORG, SERVICE)

    async def main() -> chc.AsyncClient:
        async with sandbox.async_client() as aclient:
            await aclient.get_backup(ORG, SERVICE, backup.id)
        return aclient

    aclient = asyncio.run(main())
    assert aclient.closed
    with pytest.raises(RuntimeError, match="closed"):
        asyncio.run(aclient.get_backup(ORG, SERVICE, backup.id))
    other = sandbox.async_client()
    asyncio.run(other.aclose())
    asyncio.run(other.aclose())
    assert other.closed


def test_repr_and_pickle_hide_the_secret() -> None:
    import pickle

    aclient = chc.AsyncClient("key", SECRET)
    assert SECRET not in repr(aclient) and "AsyncClient(" in repr(aclient)
    with pytest.raises(TypeError):
        pickle.dumps(aclient)


def test_exit_with_requests_in_flight_is_clean(sandbox: Sandbox) -> None:
    """Daemon threads blocked in sync calls and an event loop awaiting calls, all on
    answers 30 s away, when the interpreter exits: exit code 0, nothing on stderr, and
    the exit takes no longer than the runtime's shutdown."""
    import subprocess
    import sys
    import textwrap

    backup = sandbox.add_backup(ORG, SERVICE)
    sandbox.delay_next(30, times=5)
    code = textwrap.dedent(f"""
        import asyncio, sys, threading, uuid
        import clickhouse_cloud as chc
        org, svc, bk = uuid.UUID("{ORG}"), uuid.UUID("{SERVICE}"), uuid.UUID("{backup.id}")
        client = chc.Client("test-key", "{SECRET}", base_url="{sandbox.url}")
        aclient = chc.AsyncClient("test-key", "{SECRET}", base_url="{sandbox.url}")
        for _ in range(3):
            threading.Thread(target=client.get_backup, args=(org, svc, bk), daemon=True).start()
        def loop():
            async def main():
                await asyncio.gather(*(aclient.get_backup(org, svc, bk) for _ in range(2)))
            asyncio.run(main())
        threading.Thread(target=loop, daemon=True).start()
        print("started", flush=True)
        sys.stdin.readline()
        print("end", flush=True)
    """)
    child = subprocess.Popen(
        [sys.executable, "-c", code],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdin is not None
    assert child.stdout.readline().strip() == "started"
    deadline = time.monotonic() + 10
    while sandbox.in_flight < 5 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert sandbox.in_flight == 5  # every call is waiting for its answer
    started = time.monotonic()
    out, err = child.communicate("\n", timeout=20)
    elapsed = time.monotonic() - started
    assert child.returncode == 0
    assert err == ""
    assert out.strip() == "end"
    assert elapsed < 4  # the 2 s grace for blocking work at most, never the 30 s answers


def test_exit_during_a_pending_async_wait_is_clean() -> None:
    result = run_python("""
        import asyncio, uuid
        from clickhouse_cloud.testing import Sandbox
        org, svc = uuid.uuid4(), uuid.uuid4()
        sandbox = Sandbox()
        b = sandbox.add_backup(org, svc, status="in_progress")
        aclient = sandbox.async_client()
        async def main():
            asyncio.create_task(aclient.wait_for_backup(org, svc, b.id, poll_interval=0.01))
            await asyncio.sleep(0.2)
        asyncio.run(main())
        print("end")
    """)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stderr == ""
    assert result.stdout.strip() == "end"
