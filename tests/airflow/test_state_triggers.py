"""The service and ClickPipe triggers outside a DAG: they serialize to JSON and back
(as the triggerer stores and rebuilds them) and end with the right event."""

from __future__ import annotations

import asyncio
import importlib
import json
import time
from typing import Any

import pytest

from clickhouse_cloud.testing import Sandbox

from conftest import ORG_ID, SERVICE_ID

SVC = str(SERVICE_ID)
ORG = str(ORG_ID)


def rebuilt(trigger: Any) -> Any:
    """The trigger as the triggerer gets it: serialized, stored as JSON, rebuilt."""
    path, arguments = trigger.serialize()
    stored = json.loads(json.dumps(arguments))
    module, _, name = path.rpartition(".")
    again = getattr(importlib.import_module(module), name)(**stored)
    assert type(again) is type(trigger)
    assert again.serialize() == (path, arguments)
    return again


async def first_event(trigger: Any) -> dict[str, Any]:
    async for event in trigger.run():
        return dict(event.payload)
    raise AssertionError("no event")


def run(trigger: Any) -> dict[str, Any]:
    return asyncio.run(first_event(rebuilt(trigger)))


@pytest.fixture(autouse=True)
def fast(sandbox: Sandbox, connection: dict[str, Any]) -> None:
    sandbox.transition_seconds = 0.3


def service_trigger(service_id: str, **kwargs: Any) -> Any:
    from clickhouse_cloud.airflow.triggers import ClickHouseCloudServiceTrigger

    kwargs.setdefault("end_time", time.time() + 15)  # a wrong wait fails, not hangs
    return ClickHouseCloudServiceTrigger(
        service_id=service_id, organization_id=ORG, poll_interval=0.1, **kwargs
    )


def pipe_trigger(pipe_id: str, **kwargs: Any) -> Any:
    from clickhouse_cloud.airflow.triggers import ClickHouseCloudClickPipeTrigger

    kwargs.setdefault("end_time", time.time() + 15)
    return ClickHouseCloudClickPipeTrigger(
        service_id=SVC, clickpipe_id=pipe_id, organization_id=ORG, poll_interval=0.1, **kwargs
    )


def test_service_trigger_round_trips_and_reports_each_end(sandbox: Sandbox) -> None:
    stopping = str(sandbox.add_service(ORG_ID, state="running")["id"])
    deleting = str(sandbox.add_service(ORG_ID, state="stopped")["id"])
    failed = str(sandbox.add_service(ORG_ID, state="failed")["id"])
    with sandbox.client(organization_id=ORG_ID) as client:
        client.services.update_state(stopping, command="stop")
        client.services.delete(deleting)
    resume = {"deadline": 1.5, "final": False, "memo": {"id": stopping}}
    # One state, several, with what the operator goes on from.
    stopped = run(service_trigger(stopping, state="stopped", resume=resume))
    assert stopped["status"] == "success" and stopped["state"] == "stopped"
    assert stopped["service"]["id"] == stopping and stopped["resume"] == resume
    either = run(service_trigger(stopping, state=["running", "stopped"]))
    assert either["status"] == "success" and "resume" not in either
    gone = run(service_trigger(deleting, state="gone"))
    assert gone == {"status": "success", "service": None, "state": "gone"}
    error = run(service_trigger(failed, resume=resume))
    assert error["status"] == "error" and failed in error["message"]
    assert "it is failed and cannot become running" in error["message"]
    assert error["resume"] == resume
    timeout = run(service_trigger(stopping, state="running", end_time=time.time() + 0.3))
    assert timeout["status"] == "timeout" and "to be running" in timeout["message"]
    # A service the API does not know, when not waiting for it to be gone.
    missing = run(service_trigger(deleting))
    assert missing["status"] == "failed" and "NotFoundError" in missing["message"]
    # The restore operator's trigger, serialized by an earlier version (no state).
    old = service_trigger(stopping)
    path, arguments = old.serialize()
    arguments.pop("state")
    module, _, name = path.rpartition(".")
    assert getattr(importlib.import_module(module), name)(**arguments).states == ["running"]


def test_clickpipe_trigger_round_trips_and_reports_each_end(sandbox: Sandbox) -> None:
    sandbox.add_service(ORG_ID, id=SERVICE_ID)
    add = lambda state: str(sandbox.add_clickpipe(ORG_ID, SERVICE_ID, state=state)["id"])  # noqa: E731
    resyncing, failed, running = add("Running"), add("Failed"), add("Running")
    with sandbox.client(organization_id=ORG_ID) as client:
        client.clickpipes.update_state(SVC, resyncing, command="resync")
    done = run(pipe_trigger(resyncing, from_state="Running", resume={"final": True}))
    assert done["status"] == "success" and done["state"] == "Running"
    assert done["clickpipe"]["id"] == resyncing and done["resume"] == {"final": True}
    several = run(pipe_trigger(running, state=["stopped", "running"]))
    assert several["status"] == "success"
    error = run(pipe_trigger(failed))
    assert error["status"] == "error" and error["state"] == "Failed"
    assert f"ClickPipe {failed} ('events') of service {SVC} failed" in error["message"]
    assert run(pipe_trigger(failed, state="failed"))["status"] == "success"
    # The state a command was sent from is no answer until the pipe has left it: a
    # read that lags behind a resync still shows Running, and a start from Failed
    # may still show Failed.
    lagging = run(pipe_trigger(running, from_state="Running", end_time=time.time() + 0.4))
    assert lagging["status"] == "timeout" and "to be Running" in lagging["message"]
    not_yet = run(pipe_trigger(failed, from_state="Failed", end_time=time.time() + 0.4))
    assert not_yet["status"] == "timeout"
