"""What the newer spec added, through the client and the sandbox: whoami, ClickHouse
settings as a map, text answers and their Accept, the permissions a 403 names, the
operations table against the spec file, unknown fields kept, snapshots and their
configuration, and Prometheus discovery's bare JSON array."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import uuid
import warnings
from collections.abc import Awaitable, Iterator
from functools import reduce
from pathlib import Path
from typing import Any, Callable

import pytest

import clickhouse_cloud as chc

# From the extension: the package itself does not export these model classes.
from clickhouse_cloud._native import PrometheusDiscoveryTargetGroup, WhoamiApiKey
from clickhouse_cloud.testing import Sandbox

from conftest import ORG, SERVICE

SPEC = Path(__file__).resolve().parent.parent / "spec" / "cloud-openapi.json"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SERVICE_PATH = f"/v1/organizations/{ORG}/services/{SERVICE}"
POSTGRES = uuid.UUID("44444444-4444-4444-8444-444444444444")


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    with SPEC.open(encoding="utf-8") as f:
        loaded: dict[str, Any] = json.load(f)
    return loaded


@pytest.fixture(scope="module")
def spec_operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every operation of the spec file by operationId, with its method and path."""
    found: dict[str, dict[str, Any]] = {}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in METHODS:
                found[operation["operationId"]] = {**operation, "_method": method, "_path": path}
    return found


def spec_permissions(spec: dict[str, Any], operation: dict[str, Any]) -> tuple[str, ...]:
    """The key permissions an operation's `security` lists (the document's when it has
    none of its own): the scopes of its requirement objects, in order."""
    security = operation.get("security", spec.get("security", []))
    return tuple(
        scope for requirement in security for scopes in requirement.values() for scope in scopes
    )


def operation(operation_id: str) -> chc.Operation:
    return next(o for o in chc.operations() if o.operation_id == operation_id)


@pytest.fixture
def api(sandbox: Sandbox) -> Iterator[chc.Client]:
    with sandbox.client(organization_id=ORG, timeout=5.0, max_retries=0) as c:
        yield c


def run(sandbox: Sandbox, body: Callable[[chc.AsyncClient], Awaitable[Any]]) -> Any:
    """`body(client)` on a fresh AsyncClient of the sandbox, in a fresh event loop."""

    async def main() -> Any:
        async with sandbox.async_client(organization_id=ORG, timeout=5.0, max_retries=0) as c:
            return await body(c)

    return asyncio.run(main())


def last_accept(sandbox: Sandbox) -> str:
    request = sandbox.last_request
    assert request is not None
    return request.headers["accept"]


# -- whoami ----------------------------------------------------------------------------


def test_whoami_answers_for_the_sandbox_key(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.add_organization(id=ORG, name="Acme")
    me = api.organizations.whoami()
    assert isinstance(me, WhoamiApiKey)
    assert me.actor_type == "apiKey"
    assert me.key_id == sandbox.key_id == "test-key"
    assert str(me.organization_id) == str(ORG)
    request = sandbox.last_request
    assert request is not None and (request.method, request.path) == ("GET", "/v1/whoami")


def test_whoami_async(sandbox: Sandbox) -> None:
    sandbox.add_organization(id=ORG, name="Acme")
    me = run(sandbox, lambda c: c.organizations.whoami())
    assert isinstance(me, WhoamiApiKey)
    assert (me.actor_type, me.key_id, str(me.organization_id)) == ("apiKey", "test-key", str(ORG))


# -- ClickHouse settings: a map of str and int values ------------------------------------


def test_settings_are_sent_and_answered_as_a_map(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    sandbox.clear_requests()
    answer = api.clickhouse_settings.update(SERVICE, settings={"max_threads": 8, "timezone": "UTC"})
    request = sandbox.last_request
    assert request is not None
    assert (request.method, request.path) == ("PATCH", f"{SERVICE_PATH}/clickhouseSettings")
    assert request.headers["content-type"] == "application/json"
    # A JSON object of the values in their own types: not a list of pairs, no "8".
    assert request.json() == {"settings": {"max_threads": 8, "timezone": "UTC"}}
    settings = answer.settings
    assert settings == {"max_threads": 8, "timezone": "UTC"}
    assert isinstance(settings, dict)
    assert type(settings["max_threads"]) is int and type(settings["timezone"]) is str
    assert answer.to_dict() == {"settings": {"max_threads": 8, "timezone": "UTC"}, "warnings": []}


def test_settings_update_async(sandbox: Sandbox) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    answer = run(
        sandbox, lambda c: c.clickhouse_settings.update(SERVICE, settings={"max_threads": 4})
    )
    assert answer.settings == {"max_threads": 4}
    assert sandbox.requests[-1].json() == {"settings": {"max_threads": 4}}


def test_a_setting_reads_back_in_its_own_type(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    path = f"{SERVICE_PATH}/clickhouseSettings"
    sandbox.seed(path, {"name": "max_threads", "value": 8}, key="max_threads")
    sandbox.seed(path, {"name": "timezone", "value": "UTC"}, key="timezone")
    threads = api.clickhouse_settings.get(SERVICE, "max_threads")
    zone = api.clickhouse_settings.get(SERVICE, "timezone")
    assert (threads.name, threads.value, type(threads.value)) == ("max_threads", 8, int)
    assert (zone.name, zone.value, type(zone.value)) == ("timezone", "UTC", str)


def test_settings_set_by_update_are_listed(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    api.clickhouse_settings.update(SERVICE, settings={"max_threads": 8, "timezone": "UTC"})
    listed = api.clickhouse_settings.list(SERVICE)
    assert {s.name: s.value for s in listed.settings or []} == {
        "max_threads": 8,
        "timezone": "UTC",
    }
    assert api.clickhouse_settings.get(SERVICE, "max_threads").value == 8


@pytest.mark.parametrize("value", [8.5, 1.0, [8], {"n": 8}, True, None])
def test_a_setting_neither_str_nor_int_is_refused_before_sending(
    sandbox: Sandbox, api: chc.Client, value: Any
) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    sandbox.clear_requests()
    with pytest.raises(TypeError, match="max_threads"):
        api.clickhouse_settings.update(SERVICE, settings={"timezone": "UTC", "max_threads": value})
    assert sandbox.requests == []


# -- text answers: the spec's content type in Accept -------------------------------------


def media_type(content_type: str) -> str:
    return content_type.split(";")[0].strip()


# operationId -> the call, on a Client or an AsyncClient (the same names on both).
TEXT_CALLS: dict[str, Callable[[Any], Any]] = {
    "instancePrometheusGet": lambda c: c.prometheus.get_service_metrics(SERVICE),
    "organizationPrometheusGet": lambda c: c.prometheus.get_organization_metrics(),
    "postgresOrgPrometheusGet": lambda c: c.prometheus.get_postgres_organization_metrics(),
    "postgresInstancePrometheusGet": lambda c: c.prometheus.get_postgres_metrics(POSTGRES),
    "postgresServiceCertsGet": lambda c: c.postgres.get_ca_certificates(POSTGRES),
}


def spec_content_type(spec_operations: dict[str, dict[str, Any]], operation_id: str) -> str:
    (content_type,) = spec_operations[operation_id]["responses"]["200"]["content"]
    return str(content_type)


def test_every_text_operation_is_covered(spec_operations: dict[str, dict[str, Any]]) -> None:
    # Should the spec grow another non-JSON answer, TEXT_CALLS must name it.
    text = {
        op_id
        for op_id, op in spec_operations.items()
        if any(ct != "application/json" for ct in op["responses"].get("200", {}).get("content", {}))
    }
    assert text == set(TEXT_CALLS)


@pytest.mark.parametrize("operation_id", sorted(TEXT_CALLS))
def test_a_text_answer_is_str_and_asked_for_by_its_type(
    sandbox: Sandbox,
    api: chc.Client,
    spec_operations: dict[str, dict[str, Any]],
    operation_id: str,
) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    wanted = media_type(spec_content_type(spec_operations, operation_id))
    assert wanted != "application/json"
    deprecated = spec_operations[operation_id].get("deprecated", False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        text = TEXT_CALLS[operation_id](api)
    # Deprecated in the spec: a DeprecationWarning pointing at the caller; else none.
    warned = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    assert len(warned) == (1 if deprecated else 0)
    if deprecated:
        assert warned[0].filename == __file__
    assert isinstance(text, str) and text
    assert text.startswith("-----BEGIN CERTIFICATE-----" if "pem" in wanted else "# HELP")
    # The sandbox answers 406 to an Accept its answer does not meet: asked for by type.
    assert media_type(last_accept(sandbox)) == wanted


def test_organization_metrics_are_deprecated(sandbox: Sandbox, api: chc.Client) -> None:
    with pytest.warns(DeprecationWarning, match="get_organization_metrics"):
        text = api.prometheus.get_organization_metrics()
    assert isinstance(text, str) and "ClickHouse_ServiceInfo" in text
    assert last_accept(sandbox) == "text/plain"


def test_text_answers_async(sandbox: Sandbox) -> None:
    sandbox.add_service(ORG, id=SERVICE)

    async def read(c: chc.AsyncClient) -> tuple[str, str, str, str]:
        metrics = await c.prometheus.get_service_metrics(SERVICE)
        metrics_accept = last_accept(sandbox)
        pem = await c.postgres.get_ca_certificates(POSTGRES)
        return metrics, metrics_accept, pem, last_accept(sandbox)

    metrics, metrics_accept, pem, pem_accept = run(sandbox, read)
    assert isinstance(metrics, str) and metrics.startswith("# HELP")
    assert metrics_accept == "text/plain"
    assert isinstance(pem, str) and pem.startswith("-----BEGIN CERTIFICATE-----")
    assert pem_accept == "application/x-pem-file"
    with pytest.warns(DeprecationWarning, match="get_organization_metrics"):
        run(sandbox, lambda c: c.prometheus.get_organization_metrics())


def test_json_operations_still_accept_json(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    api.organizations.whoami()
    assert last_accept(sandbox) == "application/json"
    list(api.keys.list())
    assert last_accept(sandbox) == "application/json"
    api.prometheus.get_discovery()
    assert last_accept(sandbox) == "application/json"


@pytest.mark.parametrize(
    ("accept", "status"),
    [("application/json", 406), ("text/plain", 200), ("*/*", 200), ("text/*", 200)],
)
def test_the_sandbox_honours_accept(sandbox: Sandbox, accept: str, status: int) -> None:
    """A server that honours `Accept`: a text answer to a JSON-only request is a 406, so
    the client's text operations pass against it only by asking for text."""
    import base64
    import urllib.error
    import urllib.request

    sandbox.add_service(ORG, id=SERVICE)
    token = base64.b64encode(f"{sandbox.key_id}:{sandbox.key_secret}".encode()).decode()
    request = urllib.request.Request(
        f"{sandbox.url}{SERVICE_PATH}/prometheus",
        headers={"Authorization": f"Basic {token}", "Accept": accept},
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            got = response.status
    except urllib.error.HTTPError as error:
        got = error.code
        assert json.loads(error.read())["error"].startswith("NOT_ACCEPTABLE")
    assert got == status


# -- a 403 names the permissions the operation needs ---------------------------------


def forbid(sandbox: Sandbox, path: str) -> None:
    sandbox.fail_next(
        403,
        json={"status": 403, "error": "FORBIDDEN: the key lacks a permission", "requestId": "r-1"},
        path=path,
    )


def test_a_403_names_the_permissions(
    sandbox: Sandbox,
    api: chc.Client,
    spec: dict[str, Any],
    spec_operations: dict[str, dict[str, Any]],
) -> None:
    forbid(sandbox, "/keys$")
    with pytest.raises(chc.PermissionDeniedError) as caught:
        list(api.keys.list())
    error = caught.value
    needed = operation("openapiKeyGetList").permissions
    assert needed == spec_permissions(spec, spec_operations["openapiKeyGetList"])
    assert needed == ("control-plane:organization:view-api-keys",)
    assert error.permissions == needed
    assert (error.status_code, error.code, error.request_id) == (403, "FORBIDDEN", "r-1")
    assert str(error) == (
        "403 FORBIDDEN: the key lacks a permission (request id r-1); the operation needs "
        "the key permissions control-plane:organization:view-api-keys"
    )


def test_a_403_names_every_permission_in_the_spec_order(
    sandbox: Sandbox,
    api: chc.Client,
    spec: dict[str, Any],
    spec_operations: dict[str, dict[str, Any]],
) -> None:
    needed = spec_permissions(spec, spec_operations["instanceCreate"])
    assert len(needed) == 2
    forbid(sandbox, "/services$")
    with pytest.raises(chc.PermissionDeniedError) as caught:
        api.services.create(name="etl", provider="aws", region="us-east-1")
    assert caught.value.permissions == needed
    assert str(caught.value).endswith("needs the key permissions " + ", ".join(needed))


def test_the_sandbox_own_403_names_the_permissions(sandbox: Sandbox, api: chc.Client) -> None:
    # Not scripted: the sandbox refuses a BASIC service's backup schedule itself.
    sandbox.add_service(ORG, id=SERVICE)
    sandbox.set_basic_tier(ORG, SERVICE)
    with pytest.raises(chc.PermissionDeniedError, match="BASIC") as caught:
        api.backup_configuration.update(SERVICE, backup_period_in_hours=12)
    assert caught.value.permissions == operation("backupConfigurationUpdate").permissions
    assert caught.value.permissions == ("control-plane:service:manage-backups",)


def test_a_403_of_an_operation_without_permissions(sandbox: Sandbox, api: chc.Client) -> None:
    assert operation("whoamiGet").permissions == ()
    forbid(sandbox, "/whoami$")
    with pytest.raises(chc.PermissionDeniedError) as caught:
        api.organizations.whoami()
    assert caught.value.permissions == ()
    assert "needs" not in str(caught.value)


def test_a_403_names_the_permissions_async(sandbox: Sandbox) -> None:
    forbid(sandbox, "/keys$")
    with pytest.raises(chc.PermissionDeniedError) as caught:
        run(sandbox, lambda c: c.keys.list())
    assert caught.value.permissions == ("control-plane:organization:view-api-keys",)
    assert "control-plane:organization:view-api-keys" in str(caught.value)


# -- operations(): the table, against the spec file ------------------------------------


def test_operations_match_the_spec_file(
    spec: dict[str, Any], spec_operations: dict[str, dict[str, Any]]
) -> None:
    ops = chc.operations()
    assert len(ops) == 174 == len(spec_operations)
    assert len({o.operation_id for o in ops}) == len(ops)
    assert {o.operation_id for o in ops} == set(spec_operations)
    for op in ops:
        described = spec_operations[op.operation_id]
        assert isinstance(op.permissions, tuple), op.operation_id
        assert all(isinstance(p, str) and p for p in op.permissions), op.operation_id
        assert type(op.deprecated) is bool, op.operation_id
        assert op.permissions == spec_permissions(spec, described), op.operation_id
        assert op.deprecated == bool(described.get("deprecated", False)), op.operation_id
        assert (op.http_method, op.path) == (described["_method"].upper(), described["_path"])


def test_known_operations_in_the_table() -> None:
    assert operation("organizationPrometheusGet").deprecated is True
    assert operation("instancePrometheusGet").deprecated is False
    assert operation("openapiKeyGetList").permissions == (
        "control-plane:organization:view-api-keys",
    )
    assert operation("instanceCreate").permissions == (
        "control-plane:organization:create-service",
        "control-plane:service:manage",
    )
    assert operation("whoamiGet").permissions == ()


def test_every_python_name_is_a_method_of_both_clients() -> None:
    sync = chc.Client("k", "s", organization_id=ORG)
    asynchronous = chc.AsyncClient("k", "s", organization_id=ORG)
    for op in chc.operations():
        names = op.python_name.split(".")
        assert callable(reduce(getattr, names, sync)), op.python_name
        assert callable(reduce(getattr, names, asynchronous)), op.python_name
    sync.close()
    asyncio.run(asynchronous.aclose())


# -- unknown fields survive -------------------------------------------------------------


def seed_key_with_unknown_fields(sandbox: Sandbox) -> str:
    key = sandbox.add_key(
        ORG,
        name="future",
        newTopField=1,
        anotherOne={"deep": [1, 2]},
        ipAccessList=[{"source": "10.0.0.0/8", "description": "office", "nestedNew": "x"}],
    )
    return str(key["id"])


def check_key_extras(key: chc.ApiKey) -> None:
    assert key.model_extra == {"newTopField": 1, "anotherOne": {"deep": [1, 2]}}
    data = key.to_dict()
    assert data["newTopField"] == 1 and data["anotherOne"] == {"deep": [1, 2]}
    (entry,) = key.ip_access_list or []
    assert entry.model_extra == {"nestedNew": "x"}
    assert data["ipAccessList"] == [
        {"source": "10.0.0.0/8", "description": "office", "nestedNew": "x"}
    ]
    assert key.name == "future"  # the known fields are read as usual


def test_unknown_key_fields_survive(sandbox: Sandbox, api: chc.Client) -> None:
    key_id = seed_key_with_unknown_fields(sandbox)
    check_key_extras(api.keys.get(key_id))
    (listed,) = api.keys.list()
    check_key_extras(listed)


def test_unknown_key_fields_survive_async(sandbox: Sandbox) -> None:
    key_id = seed_key_with_unknown_fields(sandbox)

    async def read(c: chc.AsyncClient) -> tuple[chc.ApiKey, Any]:
        return await c.keys.get(key_id), await c.keys.list()

    got, listed = run(sandbox, read)
    check_key_extras(got)
    check_key_extras(listed[0])


def test_unknown_clickpipe_fields_survive(sandbox: Sandbox, api: chc.Client) -> None:
    destination = {"database": "d", "table": "t", "managedTable": True, "futureFlag": True}
    pipe = sandbox.add_clickpipe(ORG, SERVICE, newPipeField="x", destination=destination)
    for got in (
        api.clickpipes.get(SERVICE, pipe["id"]),
        run(sandbox, lambda c: c.clickpipes.get(SERVICE, pipe["id"])),
    ):
        assert got.model_extra == {"newPipeField": "x"}
        assert got.destination is not None
        assert got.destination.model_extra == {"futureFlag": True}
        assert got.to_dict()["destination"] == destination
        assert got.to_dict()["newPipeField"] == "x"


# -- snapshots ----------------------------------------------------------------------------


def test_snapshots_are_listed_newest_first(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    path = f"{SERVICE_PATH}/snapshots"
    started = ["2026-01-02T00:00:00Z", "2026-01-05T00:00:00Z", "2026-01-01T00:00:00Z"]
    ids = [str(uuid.UUID(int=i + 1, version=4)) for i in range(len(started))]
    for snapshot_id, at in zip(ids, started):
        body = {"id": snapshot_id, "serviceId": str(SERVICE), "status": "done", "startedAt": at}
        sandbox.seed(path, body, key=snapshot_id)
    listed = list(api.snapshots.list(SERVICE))
    assert [str(s.id) for s in listed] == [ids[1], ids[0], ids[2]]
    utc = dt.timezone.utc
    assert [s.started_at for s in listed] == [
        dt.datetime(2026, 1, d, tzinfo=utc) for d in (5, 2, 1)
    ]


def test_snapshot_configuration_defaults(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    config = api.snapshot_configuration.get(SERVICE)
    assert (config.enabled, config.gap, config.time_frame) == (False, 30, 1440)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"gap": 60}, "together"),
        ({"time_frame": 2880}, "together"),
        ({"gap": 60, "time_frame": 1440}, "preset"),
    ],
)
def test_snapshot_configuration_refusals(
    sandbox: Sandbox, api: chc.Client, change: dict[str, Any], message: str
) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    with pytest.raises(chc.BadRequestError, match=message):
        api.snapshot_configuration.update(SERVICE, **change)
    config = api.snapshot_configuration.get(SERVICE)  # unchanged
    assert (config.enabled, config.gap, config.time_frame) == (False, 30, 1440)


def test_an_empty_snapshot_configuration_update_is_not_sent(
    sandbox: Sandbox, api: chc.Client
) -> None:
    """The overlay's check: an update that changes nothing is refused before sending."""
    sandbox.add_service(ORG, id=SERVICE)
    sandbox.clear_requests()
    with pytest.raises(ValueError, match="needs at least one of enabled, gap, time_frame"):
        api.snapshot_configuration.update(SERVICE)
    assert sandbox.requests == []


def test_snapshot_configuration_preset_accepted(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    answer = api.snapshot_configuration.update(SERVICE, gap=60, time_frame=2880)
    request = sandbox.last_request
    assert request is not None and request.json() == {"gap": 60, "timeFrame": 2880}
    assert (answer.enabled, answer.gap, answer.time_frame) == (False, 60, 2880)
    api.snapshot_configuration.update(SERVICE, enabled=True)
    config = api.snapshot_configuration.get(SERVICE)
    assert (config.enabled, config.gap, config.time_frame) == (True, 60, 2880)


# -- Prometheus discovery: a bare JSON array -------------------------------------------


def test_discovery_lists_a_target_group_per_service(sandbox: Sandbox, api: chc.Client) -> None:
    assert api.prometheus.get_discovery() == []
    other = uuid.UUID("55555555-5555-4555-8555-555555555555")
    sandbox.add_service(ORG, id=other, name="b")
    sandbox.add_service(ORG, id=SERVICE, name="a")
    sandbox.add_service(uuid.uuid4(), name="elsewhere")  # another organization's
    groups = api.prometheus.get_discovery()
    assert isinstance(groups, chc.ResultList) and len(groups) == 2
    assert all(isinstance(g, PrometheusDiscoveryTargetGroup) for g in groups)
    by_service = {str(g.labels.clickhouse_service_id): g for g in groups if g.labels}
    assert set(by_service) == {str(SERVICE), str(other)}
    group = by_service[str(SERVICE)]
    assert group.labels is not None
    assert group.targets == ["api.clickhouse.cloud"]
    assert group.to_dict()["labels"]["__metrics_path__"] == f"{SERVICE_PATH}/prometheus"
    assert str(group.labels.clickhouse_org_id) == str(ORG)


def test_discovery_reads_a_bare_array_and_refuses_an_envelope(
    sandbox: Sandbox, api: chc.Client
) -> None:
    group = {
        "targets": ["api.example.com:443"],
        "labels": {"clickhouse_org_id": str(ORG), "clickhouse_service_id": str(SERVICE)},
    }
    sandbox.fail_next(200, json=[group])
    (got,) = api.prometheus.get_discovery()
    assert got.targets == ["api.example.com:443"]
    assert got.to_dict() == group
    # The JSON envelope of every other operation is not this one's shape.
    sandbox.fail_next(200, json={"status": 200, "result": [group]})
    with pytest.raises(chc.InvalidResponseError):
        api.prometheus.get_discovery()


def test_discovery_async(sandbox: Sandbox) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    groups = run(sandbox, lambda c: c.prometheus.get_discovery())
    assert len(groups) == 1 and groups[0].targets == ["api.clickhouse.cloud"]
