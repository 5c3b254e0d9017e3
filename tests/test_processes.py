"""Fork and process safety: clients used before `os.fork`, multiprocessing pools with the
fork start method and ProcessPoolExecutor, as Airflow and Celery workers use them."""

from __future__ import annotations

import os
import sys

import pytest
from test_runtime import run_python

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")

PRELUDE = """
import asyncio, os, uuid, warnings
warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+: fork with threads running
from clickhouse_cloud.testing import Sandbox
org, svc = uuid.uuid4(), uuid.uuid4()
sandbox = Sandbox()
ids = [sandbox.add_backup(org, svc).id for _ in range(8)]
client = sandbox.client(timeout=5, max_retries=0)
aclient = sandbox.async_client(timeout=5, max_retries=0)
# Both clients are in use before any fork: runtime, pools and connections exist.
assert client.get_backup(org, svc, ids[0]).id == ids[0]
assert asyncio.run(aclient.get_backup(org, svc, ids[0])).id == ids[0]

def fetch(backup_id):
    return str(client.get_backup(org, svc, backup_id).id)

def afetch(backup_id):
    return str(asyncio.run(aclient.get_backup(org, svc, backup_id)).id)
"""


def check(code: str) -> list[str]:
    result = run_python(PRELUDE + code, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:] + result.stdout
    return result.stdout.split()


def test_sync_and_async_clients_survive_os_fork_in_child_and_parent() -> None:
    out = check("""
pid = os.fork()
if pid == 0:
    ok = fetch(ids[1]) == str(ids[1]) and afetch(ids[2]) == str(ids[2])
    os._exit(0 if ok else 3)
_, status = os.waitpid(pid, 0)
print(os.waitstatus_to_exitcode(status), fetch(ids[3]) == str(ids[3]),
      afetch(ids[4]) == str(ids[4]))
""")
    assert out == ["0", "True", "True"]


def test_multiprocessing_pool_with_fork() -> None:
    out = check("""
import multiprocessing
with multiprocessing.get_context("fork").Pool(4) as pool:
    got = pool.map(fetch, ids) + pool.map(afetch, ids)
print(got == [str(i) for i in ids] * 2, fetch(ids[0]) == str(ids[0]))
""")
    assert out == ["True", "True"]


def test_process_pool_executor_with_fork() -> None:
    out = check("""
import concurrent.futures, multiprocessing
ctx = multiprocessing.get_context("fork")
with concurrent.futures.ProcessPoolExecutor(3, mp_context=ctx) as pool:
    got = list(pool.map(fetch, ids)) + list(pool.map(afetch, ids))
print(got == [str(i) for i in ids] * 2, afetch(ids[0]) == str(ids[0]))
""")
    assert out == ["True", "True"]


def test_exceptions_cross_process_boundaries() -> None:
    out = check("""
import concurrent.futures, multiprocessing
import clickhouse_cloud as chc
ctx = multiprocessing.get_context("fork")
def missing(_):
    return fetch(uuid.uuid4())
with concurrent.futures.ProcessPoolExecutor(1, mp_context=ctx) as pool:
    try:
        pool.submit(missing, None).result()
    except chc.NotFoundError as e:
        print(type(e).__name__, e.status_code, e.code, bool(e.request_id))
""")
    assert out == ["NotFoundError", "404", "NOT_FOUND", "True"]


@pytest.mark.skipif(sys.platform != "linux", reason="counts threads in /proc")
def test_no_thread_before_the_first_call() -> None:
    result = run_python("""
import os
def threads():
    return len(os.listdir("/proc/self/task"))
start = threads()
import clickhouse_cloud as chc
from clickhouse_cloud import _native
c, a = chc.Client("k", "s"), chc.AsyncClient("k", "s")
print(start, threads(), _native.runtime_started())
""")
    assert result.returncode == 0, result.stderr
    before, after, started = result.stdout.split()
    assert before == after and started == "False"
