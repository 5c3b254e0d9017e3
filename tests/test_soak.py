"""Load and soak on loopback, bounded in count and time: 20,000 async requests at
concurrency 256 and 16 threads x 1,000 sync calls with zero errors, resident memory
after the run within a few MB of after warm-up, and no file descriptor leaked.

CI runs a tenth of it (QUICK=1); `QUICK=0 pytest tests/test_soak.py` runs it in full.
The sandbox serves from its own process, so this process's memory is the client's.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import pytest

import clickhouse_cloud as chc
from clickhouse_cloud.testing import DEMO_ORGANIZATION_ID as ORG
from clickhouse_cloud.testing import DEMO_SERVICE_ID as SERVICE
from clickhouse_cloud.testing import Sandbox

from conftest import QUICK

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc"),
]

SCALE = 10 if QUICK else 1
ASYNC_REQUESTS = 20_000 // SCALE
CONCURRENCY = 256
THREADS = 16
CALLS_PER_THREAD = 1_000 // SCALE
BACKUP = "d2b3c4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e"  # a demo backup
RSS_SLACK_KB = 8 * 1024


def rss_kb() -> int:
    with open("/proc/self/status") as f:
        match = re.search(r"VmRSS:\s+(\d+) kB", f.read())
    assert match
    return int(match.group(1))


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "clickhouse_cloud.testing", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        match = re.search(r"http://127\.0\.0\.1:\d+", process.stdout.readline())
        assert match
        yield match.group(0)
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=10)


def client_args(url: str) -> dict:
    return {
        "key_id": Sandbox.DEFAULT_KEY_ID,
        "key_secret": Sandbox.DEFAULT_KEY_SECRET,
        "base_url": url,
        "max_retries": 0,
        "timeout": 30,
    }


async def async_load(aclient: chc.AsyncClient, total: int) -> int:
    semaphore = asyncio.Semaphore(CONCURRENCY)
    errors = 0

    async def one() -> None:
        nonlocal errors
        async with semaphore:
            try:
                backup = await aclient.get_backup(ORG, SERVICE, BACKUP)
                assert str(backup.id) == BACKUP
            except Exception:
                errors += 1

    await asyncio.gather(*(one() for _ in range(total)))
    return errors


def thread_load(client: chc.Client, calls: int) -> int:
    errors = 0
    lock = threading.Lock()

    def work() -> None:
        nonlocal errors
        for _ in range(calls):
            try:
                client.get_backup(ORG, SERVICE, BACKUP)
            except Exception:
                with lock:
                    errors += 1

    threads = [threading.Thread(target=work) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=600)
    return errors


def test_load_and_soak(server_url: str) -> None:
    # The runtime keeps a few descriptors of its own (epoll, wakers): start it first.
    with chc.Client(**client_args(server_url)) as first:
        first.get_backup(ORG, SERVICE, BACKUP)
    time.sleep(0.2)
    fds_before = open_fds()
    client = chc.Client(**client_args(server_url))
    aclient = chc.AsyncClient(**client_args(server_url))
    # Warm-up: the same load once, so pools, runtime, the allocator's arenas and the
    # cyclic garbage between collections reach their working size; a leak shows as
    # growth on top of that in the measured second round.
    assert asyncio.run(async_load(aclient, ASYNC_REQUESTS)) == 0
    assert thread_load(client, CALLS_PER_THREAD) == 0
    warm_rss = rss_kb()

    started = time.monotonic()
    assert asyncio.run(async_load(aclient, ASYNC_REQUESTS)) == 0
    async_seconds = time.monotonic() - started
    after_async = rss_kb() - warm_rss
    started = time.monotonic()
    assert thread_load(client, CALLS_PER_THREAD) == 0
    sync_seconds = time.monotonic() - started

    grown = rss_kb() - warm_rss
    print(
        f"\n{ASYNC_REQUESTS} async in {async_seconds:.1f}s (RSS {after_async:+} kB), "
        f"{THREADS}x{CALLS_PER_THREAD} sync in {sync_seconds:.1f}s (RSS {grown:+} kB in all)"
    )
    assert grown < RSS_SLACK_KB

    client.close()
    asyncio.run(aclient.aclose())
    deadline = time.monotonic() + 5
    while open_fds() > fds_before and time.monotonic() < deadline:
        time.sleep(0.05)  # connections close as their tasks notice
    assert open_fds() <= fds_before
