"""Contract tests against the official OpenAPI spec (spec/cloud-openapi.json, the copy
in this repository), so our sandbox cannot hide a misunderstanding we share with it:

- bodies generated from each Backup operation's response schema parse, `to_dict()` of
  the result validates against the schema again and holds what the body held;
- every number the spec allows parses: negative, fractional and huge ones included;
- every request the client sends validates against the operation's parameters and
  request body.

The spec is looser than its intent in a few places, and the generator follows the
intent: a schema with `properties` is an object, ids are UUIDs and timestamps are ones
a `datetime` can hold. The one deliberate loosening: PATCH backupConfiguration may send
`null`, which the API documents as "reset to default" though the schema types those
fields as number/string.
"""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import json
import math
import re
import uuid
from decimal import ROUND_HALF_UP, Context, Decimal
from pathlib import Path
from typing import Any

# Test dependencies (requirements-test.txt): when one is missing the suite fails, never
# skips.
import hypothesis_jsonschema
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_every_response import same_json

import clickhouse_cloud as chc
from clickhouse_cloud.testing import Sandbox

from conftest import ORG, QUICK, SERVICE

pytestmark = pytest.mark.filterwarnings("ignore:Overriding standard format")

SPEC_FILE = Path(__file__).resolve().parent.parent / "spec" / "cloud-openapi.json"
SPEC = json.loads(SPEC_FILE.read_text())
# What the client covers: the Backup operations, and listing, creating and reading
# services.
COVERED = {
    ("/v1/organizations/{organizationId}/services", "get"),
    ("/v1/organizations/{organizationId}/services", "post"),
    ("/v1/organizations/{organizationId}/services/{serviceId}", "get"),
}
EXAMPLES = 40 if QUICK else 300


def _objects_are_objects(node: Any) -> None:
    if isinstance(node, dict):
        if "properties" in node and "type" not in node:
            node["type"] = "object"
        for value in node.values():
            _objects_are_objects(value)
    elif isinstance(node, list):
        for value in node:
            _objects_are_objects(value)


def intent_components() -> dict[str, Any]:
    """The spec's components, tightened to what the API means (see the module doc)."""
    components = copy.deepcopy(SPEC["components"])
    _objects_are_objects(components)
    return components


COMPONENTS = intent_components()

# Timestamps a datetime can hold, with any whole-minute offset and any fraction.
_OFFSETS = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda m: dt.timezone(dt.timedelta(minutes=m))
)
DATE_TIMES = st.builds(
    lambda d, tz: d.replace(tzinfo=tz).isoformat(),
    st.datetimes(min_value=dt.datetime(2, 1, 1), max_value=dt.datetime(9998, 12, 31)),
    _OFFSETS,
)
FORMATS = {"uuid": st.uuids().map(str), "date-time": DATE_TIMES}


def schema_of(ref: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{ref}", "components": COMPONENTS}


def validate(instance: Any, schema: dict[str, Any]) -> None:
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    validator.validate(instance)


def whole(value: float) -> int:
    """A JSON number rounded as the client rounds a count: half away from zero."""
    exact = Decimal(repr(value))  # repr is what json.dumps sent
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP, context=Context(prec=400)))


def same_number(ours: Any, sent: Any) -> bool:
    # Above 2**53 a JSON parser holds an integer as a float (one rounding), so exact
    # equality is asked only where both sides are exact.
    if abs(sent) >= 2**53:
        return math.isclose(ours, sent, rel_tol=1e-15)
    return bool(ours == sent)


def same_instant(ours: str, sent: str) -> bool:
    parse = dt.datetime.fromisoformat
    a, b = parse(ours.replace("Z", "+00:00")), parse(sent.replace("Z", "+00:00"))
    return a == b and a.utcoffset() == b.utcoffset()


# The fields each result type keeps, and how each must come back.
BUCKET_FIELDS = {
    "AWS": {"bucketPath", "iamRoleArn", "iamRoleSessionName", "iamRoleExternalId"},
    "GCP": {"bucketPath", "accessKeyId"},
    "AZURE": {"containerName"},
}


def assert_holds(schema_name: str, ours: dict[str, Any], sent: dict[str, Any]) -> None:
    """`ours` (a `to_dict()`) holds every field of `sent` the type knows, as sent;
    an empty dict passes only for an empty body."""
    if schema_name == "BackupBucket":
        provider = sent.get("bucketProvider")
        known = BUCKET_FIELDS.get(provider) if isinstance(provider, str) else None
        # A provider the client does not know keeps every field, as sent.
        if known is None:
            expected = {k: v for k, v in sent.items() if v is not None}
        else:
            # The provider's fields as sent (null is absence); any other, kept as sent.
            fields = {"id", "bucketProvider"} | known
            expected = {k: v for k, v in sent.items() if k not in fields or v is not None}
        assert same_json(ours, expected), (ours, sent)
        return
    properties = COMPONENTS["schemas"][schema_name]["properties"]
    # Known fields as sent (null is absence); a field the spec does not know, kept as sent.
    expected = {k: v for k, v in sent.items() if k not in properties or v is not None}
    assert set(ours) == set(expected), (ours, sent)
    for key, value in expected.items():
        mine = ours[key]
        if key == "sizeInBytes":
            assert isinstance(mine, (int, float)) and same_number(mine, whole(value)), (key, mine)
        elif key in ("startedAt", "finishedAt"):
            assert same_instant(mine, value), (key, mine, value)
        elif key not in properties:
            assert same_json(mine, value), (key, mine, value)
        elif key == "bucket":
            assert_holds("BackupBucket", mine, value)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            assert same_number(mine, value), (key, mine, value)
        else:
            assert mine == value, (key, mine, value)


@pytest.fixture(scope="module")
def sandbox() -> Any:
    with Sandbox() as s:
        yield s


RESPONSE_CASES = [
    ("Backup", "get_backup", lambda c: c.get_backup(ORG, SERVICE, uuid.uuid4())),
    (
        "BackupConfiguration",
        "get_backup_configuration",
        lambda c: c.get_backup_configuration(ORG, SERVICE),
    ),
    ("BackupBucket", "get_backup_bucket", lambda c: c.get_backup_bucket(ORG, SERVICE)),
]


@pytest.mark.parametrize(
    ("schema_name", "name", "call"), RESPONSE_CASES, ids=[c[1] for c in RESPONSE_CASES]
)
def test_every_spec_valid_result_parses_and_round_trips(
    sandbox: Sandbox, schema_name: str, name: str, call: Any
) -> None:
    schema = schema_of(schema_name)
    client = sandbox.client(max_retries=0)

    @given(hypothesis_jsonschema.from_schema(schema, custom_formats=FORMATS))
    @settings(
        max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    def check(result: Any) -> None:
        sandbox.fail_next(
            200, json={"status": 200, "requestId": str(uuid.uuid4()), "result": result}
        )
        parsed = call(client)
        validate(parsed.to_dict(), schema)
        assert_holds(schema_name, parsed.to_dict(), result)

    check()


EDGE_NUMBERS = [
    0,
    -0.0,
    -1,
    0.5,
    1.5,
    2.5,
    -2.5,
    1234.4999,
    2**53 + 1,
    2**63,
    2**64 + 7,
    1e30,
    -1e30,
    1.7976931348623157e308,
    5e-324,
]
# Sizes as a spec-driven server may send them: any JSON number.
NUMBERS = (
    st.sampled_from(EDGE_NUMBERS)
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.floats(allow_nan=False, allow_infinity=False)
)


def test_every_spec_valid_list_parses(sandbox: Sandbox) -> None:
    schema = {"type": "array", "items": schema_of("Backup"), "components": COMPONENTS}
    client = sandbox.client(max_retries=0)

    @given(hypothesis_jsonschema.from_schema(schema, custom_formats=FORMATS), st.data())
    @settings(
        max_examples=EXAMPLES // 2,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(result: Any, data: st.DataObject) -> None:
        for backup in result:
            # One odd size must not hide the whole list.
            backup["sizeInBytes"] = data.draw(NUMBERS)
        sandbox.fail_next(200, json={"result": result})
        backups = client.list_backups(ORG, SERVICE)
        assert len(backups) == len(result)
        validate([b.to_dict() for b in backups], schema)
        for backup, sent in zip(backups, result):
            assert_holds("Backup", backup.to_dict(), sent)

    check()


@pytest.mark.parametrize("number", EDGE_NUMBERS, ids=repr)
def test_every_number_the_spec_allows_parses(sandbox: Sandbox, number: float) -> None:
    """Backup.sizeInBytes and durationInSeconds, BackupConfiguration's hours and an
    endpoint's port are plain JSON numbers in the spec: all of them parse; a count is
    an int (rounded), the rest floats."""
    client = sandbox.client(max_retries=0)
    sandbox.fail_next(200, json={"result": {"sizeInBytes": number, "durationInSeconds": number}})
    backup = client.get_backup(ORG, SERVICE, uuid.uuid4())
    assert type(backup.size_in_bytes) is int
    assert same_number(backup.size_in_bytes, whole(number))
    assert type(backup.duration_in_seconds) is float
    assert same_number(backup.duration_in_seconds, number)
    assert chc_from_dict_round_trips(backup)
    sandbox.fail_next(200, json={"result": [{"sizeInBytes": number}, {"sizeInBytes": 1}]})
    assert len(client.list_backups(ORG, SERVICE)) == 2
    sandbox.fail_next(
        200, json={"result": {"backupPeriodInHours": number, "backupRetentionPeriodInHours": 24}}
    )
    configuration = client.get_backup_configuration(ORG, SERVICE)
    assert same_number(configuration.backup_period_in_hours, number)
    sandbox.fail_next(200, json={"result": {"endpoints": [{"protocol": "https", "port": number}]}})
    service = client.get_service(ORG, SERVICE)
    port = service.endpoints[0].port
    assert type(port) is int and same_number(port, whole(number))


def chc_from_dict_round_trips(backup: Any) -> bool:
    return bool(type(backup).from_dict(backup.to_dict()) == backup)


@pytest.mark.parametrize("bad", ['"12"', "{}", "[1]", "true"])
def test_a_number_of_the_wrong_json_type_is_an_invalid_response(sandbox: Sandbox, bad: str) -> None:
    client = sandbox.client(max_retries=0)
    body = '{"result": [{"sizeInBytes": 1}, {"sizeInBytes": ' + bad + "}]}"
    sandbox.fail_next(200, body)
    with pytest.raises(chc.InvalidResponseError, match=r"result\[1\]\.sizeInBytes"):
        client.list_backups(ORG, SERVICE)


def _operations() -> list[tuple[str, re.Pattern[str], dict[str, Any]]]:
    found = []
    for path, operations in SPEC["paths"].items():
        pattern = re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", path) + "$")
        for method, operation in operations.items():
            if not isinstance(operation, dict):
                continue
            if "Backup" in operation.get("tags", []) or (path, method) in COVERED:
                found.append((method.upper(), pattern, operation))
    return found


OPERATIONS = _operations()
NULLABLE_PATCH = {"BackupConfigurationPatchRequest"}


def check_request(method: str, path: str, body: Any) -> str:
    """Validates one sent request against the spec; returns the operation id."""
    matches = [(p.match(path), op) for m, p, op in OPERATIONS if m == method and p.match(path)]
    assert len(matches) == 1, f"{method} {path} is no operation of the spec"
    match, operation = matches[0]
    assert match is not None
    for parameter in operation.get("parameters", []):
        if parameter["in"] == "path":
            value = match.group(parameter["name"])
            validate(value, parameter["schema"])
            if parameter["schema"].get("format") == "uuid":
                assert str(uuid.UUID(value)) == value, "canonical lower-case UUID"
    request_body = operation.get("requestBody")
    if request_body is None:
        assert body is None, f"{operation['operationId']} takes no body"
        return str(operation["operationId"])
    schema_ref = request_body["content"]["application/json"]["schema"]["$ref"]
    name = schema_ref.rsplit("/", 1)[-1]
    schema = copy.deepcopy(schema_of(name))
    if name in NULLABLE_PATCH:
        for prop in schema["components"]["schemas"][name]["properties"].values():
            # The newer spec says so itself (`["number", "null"]`); the older did not.
            if not isinstance(prop.get("type"), list):
                prop["type"] = [prop["type"], "null"]
    validate(body, schema)
    # No key the spec does not declare (the schemas do not forbid extra keys).
    target = SPEC["components"]["schemas"][name]
    variants = [
        SPEC["components"]["schemas"][v["$ref"].rsplit("/", 1)[-1]] for v in target.get("oneOf", [])
    ] or [target]
    assert any(set(body) <= set(v["properties"]) for v in variants), body
    return str(operation["operationId"])


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_every_request_the_client_sends_validates(kind: str) -> None:
    with Sandbox(provisioning_seconds=0.05) as sandbox:
        backup = sandbox.add_backup(ORG, SERVICE)
        if kind == "sync":
            client: Any = sandbox.client(max_retries=0)

            def run(op: str, *args: Any, **kwargs: Any) -> Any:
                return getattr(client, op)(*args, **kwargs)
        else:
            aclient = sandbox.async_client(max_retries=0)

            def run(op: str, *args: Any, **kwargs: Any) -> Any:
                return asyncio.run(getattr(aclient, op)(*args, **kwargs))

        run("get_backup", ORG, SERVICE, backup.id)
        run("list_backups", ORG, SERVICE)
        run("latest_backup", ORG, SERVICE)
        run("get_backup_configuration", ORG, SERVICE)
        run("update_backup_configuration", ORG, SERVICE, backup_retention_period_in_hours=168)
        run(
            "update_backup_configuration",
            ORG,
            SERVICE,
            backup_start_time="02:00",
            backup_period_in_hours=None,
        )
        for provider, fields in [
            (
                "AWS",
                {
                    "bucket_path": "s3://b",
                    "iam_role_arn": "arn:aws:iam::1:role/r",
                    "iam_role_session_name": "s",
                },
            ),
            (
                "GCP",
                {"bucket_path": "gs://b", "access_key_id": "AK", "secret_access_key": "secret"},
            ),
            ("AZURE", {"container_name": "c", "connection_string": "secret"}),
        ]:
            run("create_backup_bucket", ORG, SERVICE, provider=provider, **fields)
            run("update_backup_bucket", ORG, SERVICE, provider=provider, **fields)
            run("get_backup_bucket", ORG, SERVICE)
            run("delete_backup_bucket", ORG, SERVICE)
        restored = run(
            "restore_backup",
            ORG,
            backup.id,
            name="scratch",
            provider="aws",
            region="us-east-1",
            min_replica_memory_gb=16,
            idle_scaling=True,
        )
        run("get_service", ORG, restored.service.id)
        run("list_services", ORG)
        run("wait_for_service", ORG, restored.service.id, poll_interval=0.05)
        run("wait_for_backup", ORG, SERVICE, backup.id, poll_interval=0.05)

        seen = {check_request(r.method, r.path, r.json()) for r in sandbox.requests}
    backup_operations = {
        op["operationId"] for _, _, op in OPERATIONS if "Backup" in op.get("tags", [])
    }
    assert backup_operations <= seen  # every Backup operation was exercised
