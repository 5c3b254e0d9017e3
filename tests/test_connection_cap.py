"""`max_connections`: at most that many connections open or being opened per client,
shared by every thread and task, counted by the sandbox at its end of each connection."""

from __future__ import annotations

import asyncio
import os
import sys
import threading
import time
import uuid

import pytest

import clickhouse_cloud as chc
from clickhouse_cloud.testing import Sandbox

from conftest import ORG, SERVICE

ROUNDS = 3


def settle(sandbox: Sandbox) -> None:
    """Waits until the sandbox has seen every earlier connection close."""
    deadline = time.monotonic() + 5
    while sandbox.open_connections and time.monotonic() < deadline:
        time.sleep(0.005)
    assert sandbox.open_connections == 0
    sandbox.reset_peak_connections()


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.fixture
def backup_id(sandbox: Sandbox) -> uuid.UUID:
    backup = sandbox.add_backup(ORG, SERVICE)
    assert backup.id is not None
    return backup.id


@pytest.mark.parametrize("cap", [1, 3, 100])
def test_300_concurrent_async_calls_stay_under_the_cap(
    sandbox: Sandbox, backup_id: uuid.UUID, cap: int
) -> None:
    async def burst() -> list[chc.Backup]:
        async with sandbox.async_client(max_connections=cap, max_retries=0) as client:
            return await asyncio.gather(
                *(client.get_backup(ORG, SERVICE, backup_id) for _ in range(300))
            )

    for _ in range(ROUNDS):
        settle(sandbox)
        sandbox.clear_requests()
        results = asyncio.run(burst())
        assert len(results) == 300 and all(b.id == backup_id for b in results)
        assert len(sandbox.requests) == 300
        assert 1 <= sandbox.peak_connections <= cap
    # Closing the client closed every connection.
    settle(sandbox)


@pytest.mark.parametrize("cap", [1, 4, 100])
def test_32_threads_on_one_sync_client_stay_under_the_cap(
    sandbox: Sandbox, backup_id: uuid.UUID, cap: int
) -> None:
    errors: list[BaseException] = []

    def calls(client: chc.Client) -> None:
        try:
            for _ in range(10):
                assert client.get_backup(ORG, SERVICE, backup_id).id == backup_id
        except BaseException as e:  # reported below
            errors.append(e)

    for _ in range(ROUNDS):
        settle(sandbox)
        with sandbox.client(max_connections=cap, max_retries=0) as client:
            threads = [threading.Thread(target=calls, args=(client,)) for _ in range(32)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=60)
            assert not any(t.is_alive() for t in threads)
        assert errors == []
        assert 1 <= sandbox.peak_connections <= cap
    settle(sandbox)


def test_the_cap_holds_while_answers_overlap(sandbox: Sandbox, backup_id: uuid.UUID) -> None:
    """With every answer delayed, all 40 calls want a connection at once."""

    async def burst(cap: int | None) -> float:
        sandbox.delay_next(0.2, times=40)
        started = time.monotonic()
        async with sandbox.async_client(max_connections=cap, max_retries=0) as client:
            await asyncio.gather(*(client.get_backup(ORG, SERVICE, backup_id) for _ in range(40)))
        return time.monotonic() - started

    settle(sandbox)
    elapsed = asyncio.run(burst(10))
    assert sandbox.peak_connections == 10
    # Four turns of ten calls, each waiting 0.2 s: the calls did queue.
    assert elapsed >= 0.75
    settle(sandbox)
    asyncio.run(burst(None))  # no cap: every call has its own connection
    assert sandbox.peak_connections == 40


def test_default_cap_is_100(sandbox: Sandbox, backup_id: uuid.UUID) -> None:
    assert sandbox.client().max_connections == 100
    assert sandbox.async_client().max_connections == 100
    assert sandbox.client(max_connections=None).max_connections is None
    sandbox.delay_next(0.3, times=150)
    settle(sandbox)

    async def burst() -> None:
        async with sandbox.async_client(max_retries=0) as client:
            await asyncio.gather(*(client.get_backup(ORG, SERVICE, backup_id) for _ in range(150)))

    asyncio.run(burst())
    assert sandbox.peak_connections == 100


def test_waiting_for_a_connection_counts_against_the_timeout(
    sandbox: Sandbox, backup_id: uuid.UUID
) -> None:
    """The second call waits 0.35 s for the only connection, then its answer is slow:
    it times out 0.5 s after it was made, not 0.5 s after it got the connection."""
    sandbox.delay_next(0.4, times=2)
    with sandbox.client(max_connections=1, max_retries=0, timeout=0.5) as client:
        first = threading.Thread(target=client.get_backup, args=(ORG, SERVICE, backup_id))
        first.start()
        time.sleep(0.05)
        started = time.monotonic()
        with pytest.raises(chc.APITimeoutError):
            client.get_backup(ORG, SERVICE, backup_id)
        elapsed = time.monotonic() - started
        first.join()
        assert 0.45 < elapsed < 0.7, elapsed
        # The client is still usable and has its connection back.
        assert client.get_backup(ORG, SERVICE, backup_id).id == backup_id


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_no_connection_or_descriptor_is_leaked(sandbox: Sandbox, backup_id: uuid.UUID) -> None:
    async def burst(client: chc.AsyncClient) -> None:
        await asyncio.gather(*(client.get_backup(ORG, SERVICE, backup_id) for _ in range(300)))

    async def rounds() -> None:
        async with sandbox.async_client(max_connections=20, max_retries=0) as client:
            for _ in range(5):
                await burst(client)
                assert sandbox.peak_connections <= 20

    asyncio.run(rounds())  # warm-up: the runtime's own descriptors exist from here
    settle(sandbox)
    before = open_fds()
    asyncio.run(rounds())
    settle(sandbox)
    # Descriptors close on the I/O threads a moment after the pool is dropped.
    deadline = time.monotonic() + 3
    while open_fds() > before and time.monotonic() < deadline:
        time.sleep(0.01)
    assert open_fds() <= before
    # A client keeps its connections for reuse: one burst after another opens no new ones.
    with sandbox.client(max_connections=4, max_retries=0) as client:
        for _ in range(50):
            client.get_backup(ORG, SERVICE, backup_id)
    connections = {r.connection for r in sandbox.requests[-50:]}
    assert len(connections) == 1


@pytest.mark.parametrize("value", [0, -1, 10_001])
def test_bad_caps_are_value_errors(value: int) -> None:
    with pytest.raises(ValueError, match="max_connections"):
        chc.Client("k", "s", max_connections=value)
    with pytest.raises(ValueError, match="max_connections"):
        chc.AsyncClient("k", "s", max_connections=value)


@pytest.mark.parametrize("value", [1.5, True, "10"])
def test_caps_of_the_wrong_type_are_type_errors(value: object) -> None:
    with pytest.raises(TypeError, match="max_connections"):
        chc.Client("k", "s", max_connections=value)  # type: ignore[arg-type]
