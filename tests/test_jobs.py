"""The jobs: a service kept running, stopped, deleted safely; a restore drill; costs over
any range; a key rotated; a ClickPipe restarted around a change. Each against the
sandbox, sync and async, with the requests they send checked."""

from __future__ import annotations

import asyncio
import io
import logging
import time
import uuid
from typing import Any

import pytest

import clickhouse_cloud as chc
from clickhouse_cloud._progress import LogProgress, TerminalProgress
from clickhouse_cloud.testing import Sandbox

from conftest import ORG, SERVICE

FAST = {"poll_interval": 0.02, "timeout": 5.0}


@pytest.fixture
def api(sandbox: Sandbox) -> chc.Client:
    sandbox.transition_seconds = 0.1
    sandbox.provisioning_seconds = 0.1
    return sandbox.client(organization_id=ORG, max_retries=0)


def commands(sandbox: Sandbox) -> list[str]:
    return [r.json()["command"] for r in sandbox.requests if r.path.endswith("/state")]


def state(sandbox: Sandbox, service: Any = SERVICE) -> str:
    found = sandbox.service(ORG, service)
    return "gone" if found is None else str(found["state"])


# -- ensure_running ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "sent"),
    [("stopped", ["start"]), ("idle", ["awake"]), ("running", []), ("provisioning", [])],
)
def test_ensure_running_from_each_state(
    sandbox: Sandbox, api: chc.Client, start: str, sent: list[str]
) -> None:
    sandbox.add_service(ORG, id=SERVICE, state=start)
    if start == "provisioning":
        sandbox.set_service_state(ORG, SERVICE, "running")  # settles at once
    service = api.ensure_running(SERVICE, progress=False, **FAST)
    assert service.state == "running" and service.id == SERVICE
    assert commands(sandbox) == sent
    assert state(sandbox) == "running"


def test_ensure_running_waits_for_a_stop_then_starts(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    api.services.update_state(SERVICE, command="stop")  # now stopping for 0.1 s
    sandbox.clear_requests()
    assert api.ensure_running(SERVICE, progress=False, **FAST).state == "running"
    assert commands(sandbox) == ["start"]  # once, only after it stopped


@pytest.mark.parametrize("dead", ["failed", "terminated", "softdeleted"])
def test_ensure_running_fails_fast_on_a_dead_end(
    sandbox: Sandbox, api: chc.Client, dead: str
) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    sandbox.set_service_state(ORG, SERVICE, dead)
    started = time.monotonic()
    with pytest.raises(chc.ServiceFailedError) as caught:
        api.ensure_running(SERVICE, progress=False, poll_interval=1.0, timeout=30)
    assert time.monotonic() - started < 0.5
    assert type(caught.value) is chc.ServiceFailedError
    assert caught.value.service.state == dead
    assert commands(sandbox) == []


def test_ensure_running_times_out(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.transition_seconds = 60
    sandbox.add_service(ORG, id=SERVICE, state="stopped")
    with pytest.raises(chc.WaitTimeoutError, match="starting"):
        api.ensure_running(SERVICE, progress=False, poll_interval=0.05, timeout=0.3)
    assert commands(sandbox) == ["start"]


def test_ensure_running_needs_an_organization(sandbox: Sandbox) -> None:
    client = sandbox.client()
    with pytest.raises(ValueError, match="organization_id"):
        client.ensure_running(SERVICE)
    assert sandbox.requests == []


# -- stop and delete -----------------------------------------------------------------------


def test_stop_service(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    assert api.stop_service(SERVICE, progress=False, **FAST).state == "stopped"
    assert api.stop_service(SERVICE, progress=False, **FAST).state == "stopped"
    assert commands(sandbox) == ["stop"]  # the second call found it stopped


def test_delete_service_stops_first_and_waits_until_gone(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    assert api.delete_service(SERVICE, progress=False, **FAST) is None
    assert state(sandbox) == "gone"
    assert commands(sandbox) == ["stop"]
    assert [r.method for r in sandbox.requests].count("DELETE") == 1
    # Again, as a retried task would: nothing to do, no error.
    sandbox.clear_requests()
    api.delete_service(SERVICE, progress=False, **FAST)
    assert [r.method for r in sandbox.requests] == ["GET"]


def test_delete_without_stop_is_refused_while_running(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    with pytest.raises(chc.BadRequestError, match="stopped"):
        api.delete_service(SERVICE, stop=False, progress=False, **FAST)
    assert state(sandbox) == "running"


def test_async_jobs(sandbox: Sandbox) -> None:
    sandbox.transition_seconds = 0.1
    sandbox.add_service(ORG, id=SERVICE, state="stopped")

    async def main() -> list[str]:
        async with sandbox.async_client(organization_id=ORG) as client:
            running = await client.ensure_running(SERVICE, progress=False, **FAST)
            stopped = await client.stop_service(SERVICE, progress=False, **FAST)
            await client.delete_service(SERVICE, progress=False, **FAST)
            return [running.state, stopped.state]

    assert asyncio.run(main()) == ["running", "stopped"]
    assert state(sandbox) == "gone"
    assert commands(sandbox) == ["start", "stop"]


def test_a_cancelled_async_job_sends_nothing_more(sandbox: Sandbox) -> None:
    sandbox.transition_seconds = 60
    sandbox.add_service(ORG, id=SERVICE, state="stopped")

    async def main() -> None:
        async with sandbox.async_client(organization_id=ORG) as client:
            task = asyncio.ensure_future(
                client.ensure_running(SERVICE, progress=False, poll_interval=0.05, timeout=30)
            )
            await asyncio.sleep(0.3)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    asyncio.run(main())
    seen = len(sandbox.requests)
    time.sleep(0.3)
    assert len(sandbox.requests) == seen  # no more polling once cancelled
    assert commands(sandbox) == ["start"]


# -- the restore drill -------------------------------------------------------------------


def test_restored_hands_over_a_running_service_and_deletes_it(
    sandbox: Sandbox, api: chc.Client
) -> None:
    backup = sandbox.add_backup(ORG, SERVICE)
    with api.restored(
        backup.id, name="drill", provider="aws", region="us-east-1", progress=False, **FAST
    ) as restored:
        assert restored.service is not None and restored.service.state == "running"
        assert restored.service.name == "drill"
        assert restored.password and restored.password not in repr(restored)
        drill = restored.service.id
        assert state(sandbox, drill) == "running"
    assert state(sandbox, drill) == "gone"
    sent = [r.json() for r in sandbox.requests if r.method == "POST"]
    assert sent == [
        {
            "name": "drill",
            "provider": "aws",
            "region": "us-east-1",
            "backupId": str(backup.id),
            "ipAccessList": [],  # the spec requires one; none given opens to no address
        }
    ]


def test_restored_cleans_up_when_the_block_raises(sandbox: Sandbox, api: chc.Client) -> None:
    backup = sandbox.add_backup(ORG, SERVICE)
    with pytest.raises(RuntimeError, match="checks failed"):
        with api.restored(
            backup.id, name="drill", provider="aws", region="us-east-1", progress=False, **FAST
        ) as restored:
            assert restored.service is not None
            drill = restored.service.id
            raise RuntimeError("checks failed")
    assert state(sandbox, drill) == "gone"


def test_restored_async(sandbox: Sandbox) -> None:
    sandbox.transition_seconds = 0.1
    sandbox.provisioning_seconds = 0.1
    backup = sandbox.add_backup(ORG, SERVICE)

    async def main() -> uuid.UUID:
        async with sandbox.async_client(organization_id=ORG) as client:
            async with client.restored(
                backup.id, name="drill", provider="gcp", region="us-east1", progress=False, **FAST
            ) as restored:
                assert restored.service is not None and restored.service.state == "running"
                return restored.service.id

    drill = asyncio.run(main())
    assert state(sandbox, drill) == "gone"


# -- costs, keys, pipes ------------------------------------------------------------------


def test_usage_costs_over_a_quarter(sandbox: Sandbox, api: chc.Client) -> None:
    days = ["2026-07-01", "2026-07-31", "2026-08-01", "2026-08-31", "2026-09-15", "2026-09-30"]
    for i, day in enumerate(reversed(days)):
        sandbox.add_usage_cost(ORG, date=day, total_chc=float(i + 1), locked=i % 2 == 0)
    sandbox.add_usage_cost(ORG, date="2026-10-01", total_chc=100.0)
    costs = api.usage_costs("2026-07-01", "2026-09-30")
    assert costs.grand_total_chc == 21.0
    records = costs.costs or []
    assert [str(r.date) for r in records] == days
    assert [r.locked for r in records] == [False, True, False, True, False, True]
    queries = [r.query for r in sandbox.requests]
    assert queries == [
        "from_date=2026-07-01&to_date=2026-07-31",
        "from_date=2026-08-01&to_date=2026-08-31",
        "from_date=2026-09-01&to_date=2026-09-30",
    ]
    sandbox.clear_requests()
    api.usage_costs("2026-07-01", "2026-07-02", filter="tag:env=prod")
    assert (
        sandbox.requests[0].query
        == "from_date=2026-07-01&to_date=2026-07-02&filter=tag%3Aenv%3Dprod"
    )
    with pytest.raises(ValueError, match="before"):
        api.usage_costs("2026-07-02", "2026-07-01")


def test_rotate_a_key(sandbox: Sandbox, api: chc.Client) -> None:
    access = [{"source": "10.0.0.0/8", "description": "vpn"}]
    old = sandbox.add_key(ORG, name="airflow", roles=["developer"], ipAccessList=access)["id"]
    created = api.rotate_key(old)
    assert created.key_secret and created.key is not None
    assert created.key.name == "airflow (rotated)" and created.key.roles == ["developer"]
    assert [e.to_dict() for e in created.key.ip_access_list or []] == access
    names = {k["name"]: k["state"] for k in sandbox.stored(f"/v1/organizations/{ORG}/keys")}
    assert names == {"airflow": "enabled", "airflow (rotated)": "enabled"}
    second = api.rotate_key(old, name="airflow-2", retire="disable")
    assert second.key is not None and second.key.name == "airflow-2"
    names = {k["name"]: k["state"] for k in sandbox.stored(f"/v1/organizations/{ORG}/keys")}
    assert names["airflow"] == "disabled"
    api.rotate_key(old, name="airflow-3", retire="delete")
    names = {k["name"] for k in sandbox.stored(f"/v1/organizations/{ORG}/keys")}
    assert "airflow" not in names and "airflow-3" in names


def test_a_failed_retirement_keeps_the_new_key(sandbox: Sandbox, api: chc.Client) -> None:
    old = sandbox.add_key(ORG, name="ci")["id"]
    sandbox.delay_next(0, times=2)  # the GET and the POST go through
    sandbox.fail_next(500, json={"error": "INTERNAL_SERVER_ERROR: try later"})
    with pytest.raises(chc.KeyRotationError) as caught:
        api.rotate_key(old, retire="delete")
    created = caught.value.created
    assert created.key_secret and created.key_secret not in str(caught.value)
    assert isinstance(caught.value.__cause__, chc.InternalServerError)
    with pytest.raises(ValueError, match="retire"):
        api.rotate_key(old, retire="burn")


def test_rotate_a_key_stores_the_new_one_before_retiring(sandbox: Sandbox, api: chc.Client) -> None:
    old = sandbox.add_key(ORG, name="ci")["id"]
    vault: list[str] = []

    def store(created: chc.CreatedKey) -> None:
        names = {k["name"] for k in sandbox.stored(f"/v1/organizations/{ORG}/keys")}
        assert names == {"ci", "ci (rotated)"}  # the old key is still there
        vault.append(str(created.key_secret))

    created = api.rotate_key(old, retire="delete", store=store)
    assert vault == [created.key_secret]
    assert {k["name"] for k in sandbox.stored(f"/v1/organizations/{ORG}/keys")} == {"ci (rotated)"}

    def broken(created: chc.CreatedKey) -> None:
        raise OSError("vault unreachable")

    survivor = sandbox.add_key(ORG, name="dbt")["id"]
    with pytest.raises(chc.KeyRotationError, match="old key was left as it is") as caught:
        api.rotate_key(survivor, retire="delete", store=broken)
    assert caught.value.created.key_secret
    assert isinstance(caught.value.__cause__, OSError)
    names = {k["name"] for k in sandbox.stored(f"/v1/organizations/{ORG}/keys")}
    assert names == {"ci (rotated)", "dbt", "dbt (rotated)"}  # dbt not deleted


def test_rotate_a_key_async_store(sandbox: Sandbox) -> None:
    old = sandbox.add_key(ORG, name="ci")["id"]
    vault: list[str] = []

    async def main() -> None:
        async with sandbox.async_client(organization_id=ORG) as client:

            async def store(created: chc.CreatedKey) -> None:
                await asyncio.sleep(0)
                vault.append(str(created.key_secret))

            await client.rotate_key(old, retire="disable", store=store)

    asyncio.run(main())
    assert len(vault) == 1 and len(vault[0]) >= 20
    states = {k["name"]: k["state"] for k in sandbox.stored(f"/v1/organizations/{ORG}/keys")}
    assert states == {"ci": "disabled", "ci (rotated)": "enabled"}


def test_restart_a_pipe_around_a_change(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    pipe = sandbox.add_clickpipe(ORG, SERVICE, state="Running")["id"]
    seen: list[str] = []

    def change() -> None:
        seen.append(api.clickpipes.get(SERVICE, pipe).state or "")

    restarted = api.restart_clickpipe(SERVICE, pipe, change, progress=False, **FAST)
    assert restarted.state == "Running"
    assert seen == ["Stopped"]  # the change ran while the pipe was stopped
    sent = [r.json()["command"] for r in sandbox.requests if r.method == "PATCH"]
    assert sent == ["stop", "start"]


def test_a_failed_change_leaves_the_pipe_stopped(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    pipe = sandbox.add_clickpipe(ORG, SERVICE, state="Running")["id"]

    def change() -> None:
        raise RuntimeError("migration failed")

    with pytest.raises(RuntimeError, match="migration failed"):
        api.restart_clickpipe(SERVICE, pipe, change, progress=False, **FAST)
    assert api.clickpipes.get(SERVICE, pipe).state == "Stopped"


def test_wait_for_a_failed_pipe(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    pipe = sandbox.add_clickpipe(ORG, SERVICE, state="Failed")["id"]
    with pytest.raises(chc.ClickPipeFailedError) as caught:
        api.wait_for_clickpipe(SERVICE, pipe, progress=False, **FAST)
    assert caught.value.clickpipe.state == "Failed"
    assert api.wait_for_clickpipe(SERVICE, pipe, state="failed", **FAST).state == "Failed"


# -- progress ----------------------------------------------------------------------------


def test_progress_reports_each_look(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.add_service(ORG, id=SERVICE, state="stopped")
    looks: list[tuple[str, str, float]] = []
    api.ensure_running(SERVICE, progress=lambda *look: looks.append(look), **FAST)
    assert looks[0][:2] == (f"service {SERVICE}", "stopped")
    assert looks[-1][1] == "done"
    assert "starting" in [state for _, state, _ in looks]
    elapsed = [t for _, _, t in looks]
    assert elapsed == sorted(elapsed)


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_failing_progress_callback_does_not_end_the_wait(
    sandbox: Sandbox, api: chc.Client
) -> None:
    sandbox.add_service(ORG, id=SERVICE, state="stopped")

    def broken(*_: Any) -> None:
        raise RuntimeError("display broke")

    assert api.ensure_running(SERVICE, progress=broken, **FAST).state == "running"


def test_progress_in_a_log_and_on_a_terminal(caplog: pytest.LogCaptureFixture) -> None:
    log = LogProgress()
    with caplog.at_level(logging.INFO, logger="clickhouse_cloud"):
        for look in [
            ("service s", "stopped", 0.0),
            ("service s", "starting", 1.0),
            ("service s", "starting", 2.0),
            ("service s", "done", 65.0),
        ]:
            log(*look)
    assert [r.getMessage() for r in caplog.records] == [
        "service s: stopped after 0.0s",
        "service s: starting after 1.0s",
        "service s: done after 1m 05s",
    ]
    stream = io.StringIO()
    terminal = TerminalProgress(stream)
    terminal("service s", "starting", 1.5)
    terminal("service s", "done", 3.0)
    assert stream.getvalue() == (
        "\r\x1b[Kservice s: starting (1.5s)\r\x1b[Kservice s: done (3.0s)\n"
    )


def test_waiters_take_progress_too(sandbox: Sandbox, api: chc.Client) -> None:
    backup = sandbox.add_backup(ORG, SERVICE, finishes_in=0.1)
    looks: list[str] = []
    api.wait_for_backup(
        ORG, SERVICE, backup.id, progress=lambda w, s, t: looks.append(s), poll_interval=0.02
    )
    assert looks[0] == "in_progress" and looks[-1] == "done"
