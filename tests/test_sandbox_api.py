"""The sandbox's behaviours beyond backups, seen through the client: services' states
over time, one-time secrets, usage costs, ClickPipes, UDF pages, seeding by path."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import json
import time
import urllib.error
import urllib.request
import uuid

import pytest

import clickhouse_cloud as chc
from clickhouse_cloud.testing import Sandbox

from conftest import ORG, SERVICE


@pytest.fixture
def api(sandbox: Sandbox) -> chc.Client:
    return sandbox.client(organization_id=ORG, max_retries=0)


def wait_state(client: chc.Client, service_id: object, state: str, limit: float = 5.0) -> float:
    """Seconds until the service is in `state`."""
    start = time.monotonic()
    while client.services.get(service_id).state != state:
        assert time.monotonic() - start < limit, f"never {state}"
        time.sleep(0.02)
    return time.monotonic() - start


def test_a_new_service_provisions_then_runs(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.provisioning_seconds = 0.3
    created = api.services.create(name="etl", provider="aws", region="eu-west-1", ip_access_list=[])
    assert created.service is not None and created.service.state == "provisioning"
    assert created.password and created.password not in repr(created)
    took = wait_state(api, created.service.id, "running")
    assert 0.2 <= took < 2.0
    listed = {s.id for s in api.services.list()}
    assert created.service.id in listed


def test_stop_start_and_delete(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.transition_seconds = 0.2
    sandbox.add_service(ORG, id=SERVICE)
    # The answer shows where the service is heading; GET, where it is.
    assert api.services.update_state(SERVICE, command="stop").state == "stopped"
    assert api.services.get(SERVICE).state == "stopping"
    with pytest.raises(chc.BadRequestError, match="stopped"):
        api.services.delete(SERVICE)  # not yet stopped
    wait_state(api, SERVICE, "stopped")
    assert api.services.update_state(SERVICE, command="start").state == "running"
    assert api.services.get(SERVICE).state == "starting"
    wait_state(api, SERVICE, "running")
    api.services.update_state(SERVICE, command="stop")
    wait_state(api, SERVICE, "stopped")
    assert api.services.delete(SERVICE) is None
    assert api.services.get(SERVICE).state == "terminating"
    time.sleep(0.3)
    with pytest.raises(chc.NotFoundError):
        api.services.get(SERVICE)
    assert SERVICE not in {s.id for s in api.services.list()}


def test_an_unknown_command_is_a_bad_request(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    with pytest.raises(chc.BadRequestError):
        api.services.update_state(SERVICE, command="explode")
    assert sandbox.service(ORG, SERVICE)["state"] == "running"  # type: ignore[index]


def test_a_password_reset_answers_a_fresh_secret_once(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    first = api.services.reset_password(SERVICE)
    second = api.services.reset_password(SERVICE)
    assert first.password and second.password and first.password != second.password
    assert first.password not in repr(first)
    assert "password" not in first.to_dict()
    assert first.to_dict(include_secrets=True)["password"] == first.password


def test_keys_are_listed_without_their_secret(sandbox: Sandbox, api: chc.Client) -> None:
    seeded = sandbox.add_key(ORG, name="dbt", roles=["admin"])
    created = api.keys.create(name="ci", roles=["developer"])
    assert created.key_secret and created.key_id
    assert created.key_secret not in repr(created)
    keys = {k.name: k for k in api.keys.list()}
    assert set(keys) == {"dbt", "ci"}
    assert keys["dbt"].id == uuid.UUID(seeded["id"]) and keys["dbt"].roles == ["admin"]
    assert created.key_secret not in str([k.to_dict() for k in keys.values()])
    api.keys.delete(keys["dbt"].id)
    assert [k.name for k in api.keys.list()] == ["ci"]


def test_members_organizations_and_any_path(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.add_organization(id=ORG, name="Acme")
    assert api.organizations.get().name == "Acme"
    assert [o.name for o in api.organizations.list()] == ["Acme"]
    member = sandbox.add_member(ORG, name="Grace Hopper", role="admin")
    got = api.members.get(member["userId"])
    assert (got.name, got.email, got.role) == ("Grace Hopper", "grace@example.com", "admin")
    role_path = f"/v1/organizations/{ORG}/roles"
    role_id = str(uuid.uuid4())
    sandbox.seed(role_path, {"id": role_id, "name": "readers", "actors": []}, key=role_id)
    assert api.roles.get(role_id).name == "readers"
    api.roles.update(role_id, name="auditors")
    assert [r["name"] for r in sandbox.stored(role_path)] == ["auditors"]
    api.roles.delete(role_id)
    assert sandbox.stored(role_path) == []
    with pytest.raises(chc.NotFoundError):
        api.roles.get(role_id)


def test_usage_costs_by_date_and_filter(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.add_usage_cost(ORG, date="2026-11-02", total_chc=3.0, tags={"env": "prod"})
    sandbox.add_usage_cost(ORG, date="2026-11-03", total_chc=4.0, tags={"env": "dev"})
    sandbox.add_usage_cost(ORG, date="2026-11-04", total_chc=5.0, entity_type="clickpipe")
    costs = api.usage_cost.get(from_date=dt.date(2026, 11, 1), to_date="2026-11-30")
    assert costs.grand_total_chc == 12.0 and len(costs.costs or []) == 3
    prod = api.usage_cost.get(from_date="2026-11-01", to_date="2026-11-30", filter="tag:env=prod")
    assert prod.grand_total_chc == 3.0
    both = api.usage_cost.get(
        from_date="2026-11-01",
        to_date="2026-11-30",
        filter=["entityType:service", "tag:env=dev"],
    )
    assert both.grand_total_chc == 4.0
    assert "_tags" not in str(costs.to_dict())
    with pytest.raises(chc.BadRequestError, match="31 days"):
        api.usage_cost.get(from_date="2026-10-01", to_date="2026-11-30")


def test_a_pipe_stops_and_starts(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.transition_seconds = 0.2
    sandbox.add_service(ORG, id=SERVICE)
    pipe = sandbox.add_clickpipe(ORG, SERVICE, state="Running")["id"]
    assert api.clickpipes.update_state(SERVICE, pipe, command="stop").state == "Stopped"
    assert api.clickpipes.get(SERVICE, pipe).state == "Stopping"
    time.sleep(0.3)
    assert api.clickpipes.get(SERVICE, pipe).state == "Stopped"
    api.clickpipes.update_state(SERVICE, pipe, command="start")
    time.sleep(0.3)
    assert api.clickpipes.get(SERVICE, pipe).state == "Running"
    with pytest.raises(chc.BadRequestError, match="Stopped, Paused or Failed"):
        api.clickpipes.update_state(SERVICE, pipe, command="start")
    # A database pipe pauses instead; a pipe stopped already is not stopped again.
    cdc = sandbox.add_clickpipe(ORG, SERVICE, name="cdc", state="Running", source={"mysql": {}})
    assert api.clickpipes.update_state(SERVICE, cdc["id"], command="stop").state == "Paused"
    assert api.clickpipes.get(SERVICE, cdc["id"]).state == "Pausing"
    time.sleep(0.3)
    with pytest.raises(chc.BadRequestError, match="Paused cannot be stopped"):
        api.clickpipes.update_state(SERVICE, cdc["id"], command="stop")


def test_a_new_pipe_provisions_then_runs(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.transition_seconds = 0.2
    sandbox.add_service(ORG, id=SERVICE)
    pipe = api.clickpipes.create(
        SERVICE,
        name="events",
        source={"kafka": {"type": "kafka", "format": "JSONEachRow", "brokers": "b:9092"}},
        destination={"database": "default", "table": "events", "managed_table": True},
    )
    assert pipe.state == "Provisioning" and pipe.service_id == SERVICE
    time.sleep(0.3)
    assert api.clickpipes.get(SERVICE, pipe.id).state == "Running"
    sent = sandbox.requests[-2].json()
    assert sent["destination"] == {"database": "default", "table": "events", "managedTable": True}


def test_udfs_page_with_a_cursor(sandbox: Sandbox, api: chc.Client) -> None:
    path = f"/v1/organizations/{ORG}/udfs"
    names = [f"fn_{i:03d}" for i in range(250)]
    for name in names:
        sandbox.seed(path, {"functionName": name, "version": 1, "status": "ready"}, key=name)
    sandbox.clear_requests()
    assert [u.function_name for u in api.udfs.list()] == names
    queries = [r.query for r in sandbox.requests]
    assert queries == [None, "cursor=100", "cursor=200"]
    sandbox.clear_requests()
    assert len(list(api.udfs.list(limit=50))) == 250
    assert len(sandbox.requests) == 5
    # Lazy: taking the first item fetches one page.
    sandbox.clear_requests()
    first = next(iter(api.udfs.list(limit=10)))
    assert first.function_name == "fn_000" and len(sandbox.requests) == 1

    async def collect() -> list[str]:
        async with sandbox.async_client(organization_id=ORG) as client:
            return [u.function_name async for u in client.udfs.list(limit=99)]

    assert asyncio.run(collect()) == names


def test_a_bad_body_is_refused_in_the_api_shape(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    raw = sandbox.client(organization_id=ORG)
    with pytest.raises(TypeError, match="command"):
        raw.services.update_state(SERVICE, command=5)  # type: ignore[arg-type]
    assert sandbox.requests == []  # refused before sending
    request = urllib.request.Request(
        f"{sandbox.url}/v1/organizations/{ORG}/services/{SERVICE}/state",
        data=json.dumps({"comand": "stop"}).encode(),
        method="PATCH",
        headers={"Content-Type": "application/json"},
    )
    token = base64.b64encode(f"{sandbox.key_id}:{sandbox.key_secret}".encode()).decode()
    request.add_header("Authorization", f"Basic {token}")
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(request, timeout=5)
    assert caught.value.code == 400
    body = json.loads(caught.value.read())
    assert body["error"].startswith("BAD_REQUEST: ") and "comand" in body["error"]
    assert body["status"] == 400 and uuid.UUID(body["requestId"])
