"""Contract tests against the official OpenAPI spec (tests/spec/backup-api.json, made by
scripts/extract_spec.py from ../shared/spec/cloud-openapi.json), so our sandbox cannot
hide a misunderstanding we share with it:

- bodies generated from each Backup operation's response schema parse, and `to_dict()`
  of the result validates against the schema again;
- every request the client sends validates against the operation's parameters and
  request body.

The spec is looser than its intent in a few places, and the generator follows the
intent (each tightening is listed in INTENT below): a schema with `properties` is an
object, ids are UUIDs, timestamps are ones a `datetime` can hold, and a byte count is
a whole number from 0 to 2**63 - 1. The one deliberate loosening: PATCH
backupConfiguration may send `null`, which the API documents as "reset to default"
though the schema types those fields as number/string.
"""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import json
import re
import uuid
from pathlib import Path
from typing import Any

import pytest

from clickhouse_cloud.testing import Sandbox

from conftest import ORG, QUICK, SERVICE

hypothesis = pytest.importorskip("hypothesis")
hypothesis_jsonschema = pytest.importorskip("hypothesis_jsonschema")
jsonschema = pytest.importorskip("jsonschema")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore:Overriding standard format")

SPEC = json.loads((Path(__file__).parent / "spec" / "backup-api.json").read_text())
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
    size = components["schemas"]["Backup"]["properties"]["sizeInBytes"]
    size.update({"type": "integer", "minimum": 0, "maximum": 2**63 - 1})
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

    check()


def test_every_spec_valid_list_parses(sandbox: Sandbox) -> None:
    schema = {"type": "array", "items": schema_of("Backup"), "components": COMPONENTS}
    client = sandbox.client(max_retries=0)

    @given(hypothesis_jsonschema.from_schema(schema, custom_formats=FORMATS))
    @settings(
        max_examples=EXAMPLES // 2,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(result: Any) -> None:
        sandbox.fail_next(200, json={"result": result})
        backups = client.list_backups(ORG, SERVICE)
        assert len(backups) == len(result)
        validate([b.to_dict() for b in backups], schema)

    check()


def _operations() -> list[tuple[str, re.Pattern[str], dict[str, Any]]]:
    found = []
    for path, operations in SPEC["paths"].items():
        pattern = re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", path) + "$")
        for method, operation in operations.items():
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
        run("wait_for_service", ORG, restored.service.id, poll_interval=0.05)
        run("wait_for_backup", ORG, SERVICE, backup.id, poll_interval=0.05)

        seen = {check_request(r.method, r.path, r.json()) for r in sandbox.requests}
    backup_operations = {
        op["operationId"] for _, _, op in OPERATIONS if "Backup" in op.get("tags", [])
    }
    assert backup_operations <= seen  # every Backup operation was exercised
