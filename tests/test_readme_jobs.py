"""The README's common jobs run as written, against the sandbox, and do what they say.

Each `<!-- job: NAME -->` code block of README.md is executed with the variables it
uses, after the sandbox is seeded for it; the test then checks the sandbox's state.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import io
import re
import uuid
from pathlib import Path
from typing import Any

import pytest

import clickhouse_cloud as chc
from clickhouse_cloud.testing import Sandbox

from conftest import ORG, SERVICE

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()
JOBS = dict(re.findall(r"<!-- job: ([\w-]+) -->\n```python\n(.*?)```", README, re.S))


class FastPolls:
    """The client, with the jobs' and waiters' polls 10 ms apart (their defaults are
    tens of seconds, the sandbox's state changes are instant here)."""

    def __init__(self, client: chc.Client) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._client, name)
        if callable(attribute) and "poll_interval" in inspect.signature(attribute).parameters:
            return functools.partial(attribute, poll_interval=0.01)
        return attribute


def run_job(name: str, sandbox: Sandbox, **variables: Any) -> str:
    client = FastPolls(sandbox.client(organization_id=ORG, max_retries=0))
    scope = {"chc": chc, "client": client, "org_id": ORG, **variables}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(JOBS[name], f"README.md job {name}", "exec"), scope)
    return out.getvalue()


@pytest.fixture
def api(sandbox: Sandbox) -> Sandbox:
    sandbox.provisioning_seconds = 0
    sandbox.transition_seconds = 0
    return sandbox


def test_the_readme_has_the_jobs() -> None:
    assert set(JOBS) == {
        "start-a-service",
        "restore-drill",
        "stop-services",
        "delete-scratch",
        "read-costs",
        "rotate-key",
        "restart-pipe",
    }


def test_start_a_service(api: Sandbox) -> None:
    api.add_service(ORG, id=SERVICE, state="stopped")
    run_job("start-a-service", api, service_id=SERVICE)
    assert api.service(ORG, SERVICE)["state"] == "running"  # type: ignore[index]
    commands = [r.json() for r in api.requests if r.method == "PATCH"]
    assert commands == [{"command": "start"}]


def test_restore_drill(api: Sandbox) -> None:
    api.add_service(ORG, id=SERVICE, name="warehouse")
    api.add_backup(ORG, SERVICE, status="done")
    look = api.client(organization_id=ORG)
    seen: list[Any] = []

    def names() -> dict[str, str]:
        return {str(s.name): str(s.state) for s in look.services.list()}

    def run_checks(host: str, password: str) -> None:
        seen.append((names(), host, password))

    run_job("restore-drill", api, service_id=SERVICE, run_checks=run_checks)
    [(during, host, password)] = seen
    assert during == {"warehouse": "running", "restore-drill": "running"}
    assert host.endswith(".clickhouse.cloud") and password
    assert names() == {"warehouse": "running"}

    def failing_checks(host: str, password: str) -> None:
        raise AssertionError("row counts differ")

    with pytest.raises(AssertionError, match="row counts differ"):
        run_job("restore-drill", api, service_id=SERVICE, run_checks=failing_checks)
    assert names() == {"warehouse": "running"}  # cleaned up anyway


def test_stop_services(api: Sandbox) -> None:
    dev = api.add_service(ORG, name="dev-alice")["id"]
    prod = api.add_service(ORG, name="prod")["id"]
    idle = api.add_service(ORG, name="dev-idle", state="stopped")["id"]
    run_job("stop-services", api)
    assert api.service(ORG, dev)["state"] == "stopped"  # type: ignore[index]
    assert api.service(ORG, prod)["state"] == "running"  # type: ignore[index]
    assert api.service(ORG, idle)["state"] == "stopped"  # type: ignore[index]
    assert [r.path for r in api.requests if r.method == "PATCH"] == [
        f"/v1/organizations/{ORG}/services/{dev}/state"
    ]


def test_delete_a_scratch_service(api: Sandbox) -> None:
    scratch = api.add_service(ORG, name="scratch")["id"]
    run_job("delete-scratch", api, scratch_id=scratch)
    assert api.service(ORG, scratch) is None
    with pytest.raises(chc.NotFoundError):
        api.client(organization_id=ORG).services.get(scratch)
    assert [r.json() for r in api.requests if r.method == "PATCH"] == [{"command": "stop"}]
    run_job("delete-scratch", api, scratch_id=scratch)  # already gone: success


def test_read_costs(api: Sandbox) -> None:
    for day, analytics, etl in [(3, 10.5, 2.0), (17, 4.5, 1.0)]:
        date = f"2026-11-{day:02d}"
        api.add_usage_cost(ORG, date=date, total_chc=analytics, entity_name="analytics")
        api.add_usage_cost(ORG, date=date, total_chc=etl, entity_name="etl")
    api.add_usage_cost(ORG, date="2026-11-05", total_chc=99.0, entity_type="clickpipe")
    api.add_usage_cost(ORG, date="2026-09-30", total_chc=2.0, entity_name="analytics")
    api.add_usage_cost(ORG, date="2026-08-31", total_chc=99.0, entity_name="analytics")
    out = run_job("read-costs", api)
    assert out.strip() == "20.00 CHC {'analytics': 17.0, 'etl': 3.0}"
    windows = [r.query for r in api.requests]
    assert len(windows) == 3 and all("filter=entityType%3Aservice" in q for q in windows)


def test_read_costs_of_a_range_without_costs(api: Sandbox) -> None:
    """An empty range is a report of nothing, not a KeyError from `groupby`."""
    assert run_job("read-costs", api).strip() == "0.00 CHC {}"


def test_rotate_a_key(api: Sandbox) -> None:
    old = api.add_key(ORG, name="airflow-2026-11")["id"]
    keep = api.add_key(ORG, name="dbt")["id"]
    scope: dict[str, Any] = {}
    client = api.client(organization_id=ORG)
    exec(JOBS["rotate-key"], {"client": client, "old_key_id": old}, scope)
    assert len(scope["new_secret"]) >= 20
    keys = {key["name"]: key for key in api.stored(f"/v1/organizations/{ORG}/keys")}
    assert set(keys) == {"airflow-2026-12", "dbt"}
    assert keys["dbt"]["id"] == keep
    assert scope["new_secret"] not in str(keys)  # the API keeps no secret to serve


def test_restart_a_pipe(api: Sandbox) -> None:
    api.add_service(ORG, id=SERVICE)
    pipe = api.add_clickpipe(ORG, SERVICE, state="Running")["id"]
    states: list[str] = []

    def apply_schema_change() -> None:
        [stored] = api.stored(f"/v1/organizations/{ORG}/services/{SERVICE}/clickpipes")
        states.append(stored["state"])

    run_job(
        "restart-pipe",
        api,
        service_id=SERVICE,
        pipe_id=pipe,
        apply_schema_change=apply_schema_change,
    )
    assert states == ["Stopped"]
    [stored] = api.stored(f"/v1/organizations/{ORG}/services/{SERVICE}/clickpipes")
    assert stored["state"] == "Running"
    commands = [r.json()["command"] for r in api.requests if r.method == "PATCH"]
    assert commands == ["stop", "start"]


def test_a_pipe_is_not_started_from_running(api: Sandbox) -> None:
    """The sandbox enforces the rule the restart job checks for."""
    api.add_service(ORG, id=SERVICE)
    pipe = api.add_clickpipe(ORG, SERVICE, state="Running")["id"]
    with pytest.raises(chc.BadRequestError, match="Stopped, Paused or Failed"):
        api.client(organization_id=ORG).clickpipes.update_state(SERVICE, pipe, command="start")
    assert uuid.UUID(pipe)
