"""The README's table of the permissions each job needs is what the jobs really call:
each job runs against the sandbox, its requests are matched to the spec's operations,
and the permissions those operations name (chc.operations()) must be the table's row."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Callable

import pytest

import clickhouse_cloud as chc
from clickhouse_cloud.testing import Sandbox

from conftest import ORG, SERVICE

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()
FAST: dict[str, Any] = {"poll_interval": 0.02, "timeout": 5.0, "progress": False}


def table() -> dict[str, set[str]]:
    """The README's rows: the first cell's text -> the permissions of the second."""
    section = README.split("**A key for each job, with no more than it needs.**", 1)[1]
    rows = re.findall(r"^\| (.+?) \| (.+?) \|$", section.split("\n\n", 2)[1], re.M)
    return {job: set(re.findall(r"`(control-plane:[\w:-]+)`", cells)) for job, cells in rows[1:]}


def operation_of(method: str, path: str) -> chc.Operation:
    for op in chc.operations():
        pattern = re.sub(r"\\\{\w+\\\}", "[^/]+", re.escape(op.path))
        if op.http_method == method and re.fullmatch(pattern, path):
            return op
    raise AssertionError(f"no operation for {method} {path}")


def needed(requests: Iterable[Any]) -> set[str]:
    return {p for r in requests for p in operation_of(r.method, r.path).permissions}


def run(sandbox: Sandbox, job: Callable[[chc.Client], Any]) -> set[str]:
    sandbox.transition_seconds = 0.05
    sandbox.provisioning_seconds = 0.05
    with sandbox.client(organization_id=ORG, max_retries=0) as client:
        job(client)
    return needed(sandbox.requests)


def ensure_running(sandbox: Sandbox) -> Callable[[chc.Client], Any]:
    sandbox.add_service(ORG, id=SERVICE, state="stopped")
    return lambda c: c.ensure_running(SERVICE, **FAST)


def delete_service(sandbox: Sandbox) -> Callable[[chc.Client], Any]:
    sandbox.add_service(ORG, id=SERVICE, state="stopped")
    return lambda c: c.delete_service(SERVICE, **FAST)


def restore_drill(sandbox: Sandbox) -> Callable[[chc.Client], Any]:
    backup = sandbox.add_backup(ORG, SERVICE)

    def job(client: chc.Client) -> None:
        with client.restored(backup.id, name="drill", provider="aws", region="us-east-1", **FAST):
            pass

    return job


def wait_for_backup(sandbox: Sandbox) -> Callable[[chc.Client], Any]:
    backup = sandbox.add_backup(ORG, SERVICE)
    return lambda c: (
        c.wait_for_backup(ORG, SERVICE, backup.id, poll_interval=0.02),
        c.latest_backup(ORG, SERVICE),
    )


def backup_configuration(sandbox: Sandbox) -> Callable[[chc.Client], Any]:
    sandbox.add_service(ORG, id=SERVICE)
    return lambda c: c.backup_configuration.update(SERVICE, backup_period_in_hours=24)


def usage_costs(sandbox: Sandbox) -> Callable[[chc.Client], Any]:
    sandbox.add_usage_cost(ORG, date="2026-07-01", total_chc=1.0)
    return lambda c: c.usage_costs("2026-07-01", "2026-07-31")


def rotate_key(sandbox: Sandbox) -> Callable[[chc.Client], Any]:
    old = sandbox.add_key(ORG, name="ci")["id"]
    return lambda c: c.rotate_key(old, retire="disable")


def restart_clickpipe(sandbox: Sandbox) -> Callable[[chc.Client], Any]:
    sandbox.add_service(ORG, id=SERVICE)
    pipe = sandbox.add_clickpipe(ORG, SERVICE, state="Running")["id"]
    return lambda c: c.restart_clickpipe(SERVICE, pipe, **FAST)


JOBS = {
    "`ensure_running`, `stop_service`, `wait_for_service`": ensure_running,
    "`delete_service`": delete_service,
    "restore drill (`restored`, `restore_backup`)": restore_drill,
    "`wait_for_backup`, `latest_backup`, backups' reads": wait_for_backup,
    "backup configuration changes": backup_configuration,
    "`usage_costs`": usage_costs,
    "`rotate_key`": rotate_key,
    "`restart_clickpipe`, `stop_clickpipe`, `start_clickpipe`": restart_clickpipe,
}


def test_the_table_has_a_row_for_each_job_checked_here() -> None:
    assert set(table()) == set(JOBS)


@pytest.mark.parametrize("row", list(JOBS))
def test_a_jobs_row_names_what_its_operations_need(sandbox: Sandbox, row: str) -> None:
    assert run(sandbox, JOBS[row](sandbox)) == table()[row]


def test_an_operation_names_its_permissions_in_spec_order() -> None:
    by_id = {op.operation_id: op for op in chc.operations()}
    assert by_id["instanceCreate"].permissions == (
        "control-plane:organization:create-service",
        "control-plane:service:manage",
    )
    assert by_id["whoamiGet"].permissions == ()
