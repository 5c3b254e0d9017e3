"""Fork and process safety: clients used before `os.fork`, multiprocessing pools with the
fork start method and ProcessPoolExecutor, as Airflow and Celery workers use them."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

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

# The sandbox (in this, the parent process) numbers every TCP connection it accepts:
# the parent's two connections, before any fork.
PARENT = {r.connection for r in sandbox.requests}
assert len(PARENT) == 2

def connections(start=0):
    return [r.connection for r in sandbox.requests[start:]]

def report(**values):
    import json
    print(json.dumps(values))
"""


def check(code: str) -> dict[str, Any]:
    result = run_python(PRELUDE + code, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:] + result.stdout
    return dict(json.loads(result.stdout))


def assert_apart(seen: dict[str, Any]) -> None:
    """The children's requests came on connections the parent never used, and the
    parent's calls after the children still go over its own two connections."""
    parent = set(seen["parent"])
    assert len(parent) == 2, seen
    assert seen["children"] and not set(seen["children"]) & parent, seen
    assert seen["after"] and set(seen["after"]) <= parent, seen


def test_sync_and_async_clients_survive_os_fork_in_child_and_parent() -> None:
    seen = check("""
start = len(sandbox.requests)
pid = os.fork()
if pid == 0:
    ok = fetch(ids[1]) == str(ids[1]) and afetch(ids[2]) == str(ids[2])
    os._exit(0 if ok else 3)
_, status = os.waitpid(pid, 0)
children = connections(start)
ok = [fetch(ids[3]) == str(ids[3]), afetch(ids[4]) == str(ids[4])]
report(code=os.waitstatus_to_exitcode(status), ok=ok, parent=sorted(PARENT),
       children=children, after=connections(start + len(children)))
""")
    assert seen["code"] == 0 and seen["ok"] == [True, True], seen
    assert len(seen["children"]) == 2 and len(seen["after"]) == 2, seen
    assert_apart(seen)
    # Each client in the parent kept its own connection: sync first, then async.
    sync_connection, async_connection = seen["parent"]
    assert seen["after"] == [sync_connection, async_connection], seen


def test_multiprocessing_pool_with_fork() -> None:
    seen = check("""
import multiprocessing
start = len(sandbox.requests)
with multiprocessing.get_context("fork").Pool(4) as pool:
    got = pool.map(fetch, ids) + pool.map(afetch, ids)
children = connections(start)
ok = [got == [str(i) for i in ids] * 2, fetch(ids[0]) == str(ids[0])]
report(ok=ok, parent=sorted(PARENT), children=children,
       after=connections(start + len(children)))
""")
    assert seen["ok"] == [True, True], seen
    assert len(seen["children"]) == 16 and len(seen["after"]) == 1, seen
    assert_apart(seen)


def test_process_pool_executor_with_fork() -> None:
    seen = check("""
import concurrent.futures, multiprocessing
ctx = multiprocessing.get_context("fork")
start = len(sandbox.requests)
with concurrent.futures.ProcessPoolExecutor(3, mp_context=ctx) as pool:
    got = list(pool.map(fetch, ids)) + list(pool.map(afetch, ids))
children = connections(start)
ok = [got == [str(i) for i in ids] * 2, afetch(ids[0]) == str(ids[0])]
report(ok=ok, parent=sorted(PARENT), children=children,
       after=connections(start + len(children)))
""")
    assert seen["ok"] == [True, True], seen
    assert len(seen["children"]) == 16 and len(seen["after"]) == 1, seen
    assert_apart(seen)


def test_exceptions_cross_process_boundaries() -> None:
    seen = check("""
import concurrent.futures, multiprocessing
import clickhouse_cloud as chc
ctx = multiprocessing.get_context("fork")
def missing(_):
    return fetch(uuid.uuid4())
with concurrent.futures.ProcessPoolExecutor(1, mp_context=ctx) as pool:
    try:
        pool.submit(missing, None).result()
    except chc.NotFoundError as e:
        report(error=[type(e).__name__, e.status_code, e.code, bool(e.request_id)])
""")
    assert seen["error"] == ["NotFoundError", 404, "NOT_FOUND", True]


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
