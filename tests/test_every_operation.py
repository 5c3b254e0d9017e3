"""Every operation of the spec, called through its namespaced method, sync and async,
against the sandbox: the request goes out as the spec says (method, path, a body that
validates against the operation's request schema), and the answer comes back as the
type the method declares.

The arguments are built from the spec alone (examples, enums, formats), so a new
operation is tested the day the generator adds it. What a person must decide is in
`ARGUMENTS` and `SEEDS` below: the values the sandbox's hand-written behaviours need
(a service is deleted only once stopped, a ClickPipe starts only from Stopped, at most
31 days of costs).
"""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import inspect
import json
import re
import uuid
from pathlib import Path
from typing import Any, Callable

import jsonschema
import pytest

import clickhouse_cloud as chc
from clickhouse_cloud.testing import Sandbox

from conftest import ORG

pytestmark = pytest.mark.filterwarnings("ignore:Overriding standard format")

ROOT = Path(__file__).resolve().parent.parent
SPEC = json.loads((ROOT / "spec" / "cloud-openapi.json").read_text())
SCHEMAS = SPEC["components"]["schemas"]
OPERATIONS = chc.operations()


def _intent(node: Any) -> Any:
    """The spec as the API means it: few fields are required, so an object matches
    every variant of a oneOf (read as anyOf); a schema with properties is an object
    (the spec often leaves `type` out, which would let a string pass)."""
    if isinstance(node, dict):
        out = {("anyOf" if k == "oneOf" else k): _intent(v) for k, v in node.items()}
        if "properties" in out and "type" not in out:
            out["type"] = "object"
        return out
    if isinstance(node, list):
        return [_intent(v) for v in node]
    return node


INTENT_COMPONENTS = _intent(SPEC["components"])
TODAY = dt.date(2026, 11, 30)

# Arguments the behaviours need, by operation id (Python names, merged over the ones
# built from the spec; None removes one).
ARGUMENTS: dict[str, dict[str, Any]] = {
    "instanceCreate": {"backup_id": None},  # restoring needs a real backup: test_waiters
    "instanceStateUpdate": {"command": "stop"},
    "clickPipeStateUpdate": {"command": "start"},
    "backupConfigurationUpdate": {
        "backup_period_in_hours": 24,
        "backup_retention_period_in_hours": 168,
        "backup_start_time": "02:00",
    },
    "snapshotConfigurationUpdate": {"gap": 60, "time_frame": 2880},  # a preset pair
    "usageCostGet": {"from_date": TODAY - dt.timedelta(days=6), "to_date": TODAY, "filter": None},
}

# The state a seeded item must be in for the operation to be allowed.
SEEDS: dict[str, dict[str, Any]] = {
    "instanceDelete": {"state": "stopped"},
    "clickPipeStateUpdate": {"state": "Stopped"},
}


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


# Meets every string rule of the spec: identifiers (`^[A-Za-z][A-Za-z0-9_]*$`) and
# passwords (12 characters or more, a lower, an upper and a digit).
STRING = "Sandbox_value_1"
FORMATS = {
    "date-time": "2026-11-30T12:00:00Z",
    "date": "2026-11-30",
    "email": "ada@example.com",
    "uri": "https://example.com/hook",
    "url": "https://example.com/hook",
    "hostname": "example.com",
    "ipv4": "10.0.0.1",
}


def valid(value: Any, schema: dict[str, Any]) -> bool:
    full = {**schema, "components": INTENT_COMPONENTS}
    checker = jsonschema.Draft202012Validator.FORMAT_CHECKER
    return bool(jsonschema.Draft202012Validator(full, format_checker=checker).is_valid(value))


def example(schema: dict[str, Any], seen: frozenset[str] = frozenset()) -> Any:
    """A deterministic value that validates against `schema`: formats first (examples
    are often loose there), then the spec's example, an enum's first value, the type's.
    A schema met again inside itself stops there (None: left out)."""
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        if name in seen:
            return None
        seen = seen | {name}
        schema = SCHEMAS[name]
    if "const" in schema:
        return schema["const"]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind is None and "properties" in schema:
        kind = "object"
    if "properties" not in schema and kind in (None, "object"):
        for key in ("oneOf", "anyOf"):
            if key in schema:
                variants = [v for v in schema[key] if resolve(v).get("type") != "null"]
                return example(variants[0], seen) if variants else None
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                value = example(part, seen)
                if isinstance(value, dict):
                    merged.update(value)
            return merged
    fmt = schema.get("format")
    if kind == "string" and fmt == "uuid":
        return str(uuid.uuid5(uuid.NAMESPACE_OID, json.dumps(schema, sort_keys=True)))
    if kind == "string" and fmt in FORMATS:
        return FORMATS[fmt]
    if "enum" in schema:
        # (Some enums list strings for a number: those values cannot be sent.)
        fits = [v for v in schema["enum"] if v is not None and valid(v, schema)]
        if fits:
            return fits[0]
    # The spec's example when it is valid: some are not (JSON text for objects, strings
    # for numbers, a required field missing).
    if "example" in schema and valid(schema["example"], schema):
        return schema["example"]
    if kind == "object":
        if "properties" not in schema:
            extra = schema.get("additionalProperties")
            value = example(extra, seen) if isinstance(extra, dict) else None
            return {} if value is None else {"key_1": value}
        return {
            name: value
            for name, prop in schema["properties"].items()
            # (A field no value fits, like a number with a string enum, is left out.)
            if (value := example(prop, seen)) is not None and valid(value, prop)
        }
    if kind == "array":
        item = example(schema.get("items", {}), seen)
        return [] if item is None else [item]
    if kind in ("integer", "number"):
        low = schema.get("minimum", schema.get("exclusiveMinimum", 0))
        value = max(1, low + (1 if "exclusiveMinimum" in schema else 0))
        high = schema.get("maximum")
        value = min(value, high) if high is not None else value
        return value if kind == "integer" else value + 0.5 if high is None else value
    if kind == "string":
        return STRING
    if kind == "boolean":
        return True
    return None


def is_list(schema: dict[str, Any]) -> bool:
    """An array, or a page of one (`{items, pagination}`)."""
    return schema.get("type") == "array" or "pagination" in schema.get("properties", {})


def norm(name: str) -> str:
    return name.replace("_", "").lower()


def spec_operation(record: chc.Operation) -> dict[str, Any]:
    found: dict[str, Any] = SPEC["paths"][record.path][record.http_method.lower()]
    return found


def result_schema(operation: dict[str, Any]) -> Any:
    for status in ("200", "201"):
        content = operation.get("responses", {}).get(status, {}).get("content", {})
        schema = content.get("application/json", {}).get("schema")
        if schema is not None:
            return resolve(schema).get("properties", {}).get("result")
    return None


def request_schema(operation: dict[str, Any]) -> Any:
    body = operation.get("requestBody")
    if body is None:
        return None
    return body["content"]["application/json"]["schema"]


class Case:
    """One operation's call: its path values, the seeds it needs, its arguments."""

    def __init__(self, record: chc.Operation) -> None:
        self.record = record
        self.operation = spec_operation(record)
        self.names = re.findall(r"\{(\w+)\}", record.path)
        self.values: dict[str, str] = {"organizationId": str(ORG)}
        for parameter in self.operation.get("parameters", []):
            name = parameter["name"]
            if parameter["in"] == "path" and name != "organizationId":
                schema = parameter.get("schema", {})
                if schema.get("format") == "uuid" or name.endswith("Id"):
                    self.values[name] = str(uuid.uuid4())
                else:
                    self.values[name] = str(example(schema))
        self.path = record.path.format(**self.values)

    def seed(self, sandbox: Sandbox) -> None:
        """Every item the path names exists (as the GET of that item would serve it)."""
        template = self.record.path
        if template.endswith("/prometheus/discovery"):
            sandbox.add_service(ORG)  # a target group per service
        for name in self.names[1:]:
            prefix = template[: template.index("{" + name + "}") + len(name) + 2]
            if prefix == template and self.record.http_method == "POST":
                continue
            self._seed_item(sandbox, prefix, name, name == self.names[-1])
        result = resolve(result_schema(self.operation) or {})
        if self.record.http_method == "GET" and is_list(result):
            self._seed_collection(sandbox, result)
            return
        changes = self.record.http_method in ("GET", "PATCH", "DELETE")
        single = changes and not template.endswith("}")
        if single and self._single_schema():
            self._seed_single(sandbox)

    def _seed_collection(self, sandbox: Sandbox, result: dict[str, Any]) -> None:
        """One item, so that a list cannot pass by being empty."""
        name = {
            "/v1/organizations": "organizationId",
            "/v1/organizations/{organizationId}/services": "serviceId",
            "/v1/organizations/{organizationId}/services/{serviceId}/backups": "backupId",
        }.get(self.record.path)
        if name is not None:
            if name == "organizationId":
                sandbox.add_organization(id=ORG)
            else:
                self.values[name] = str(uuid.uuid4())
                self._seed_item(sandbox, self.record.path + "/{" + name + "}", name, False)
            return
        items = result.get("items") or result.get("properties", {}).get("items", {})
        item = example(resolve(items).get("items", items) if items else {})
        if isinstance(item, dict):
            sandbox.seed(self.path, item, key=str(item.get("id", uuid.uuid4())))

    def _seed_item(self, sandbox: Sandbox, prefix: str, name: str, last: bool) -> None:
        value = self.values[name]
        state = SEEDS.get(self.record.operation_id, {}) if last else {}
        if prefix.endswith("/services/{serviceId}"):
            sandbox.add_service(ORG, id=value, **state)
            return
        if prefix.endswith("/backups/{backupId}"):
            sandbox.add_backup(ORG, self.values["serviceId"], id=value)
            return
        item = example(self._item_schema(prefix) or {"type": "object"})
        if not isinstance(item, dict):
            item = {}
        # The item is keyed by the path's parameter: a field of that name (a member's
        # `userId`, a UDF's `functionName`) or else `id`.
        item[name if name in item else "id"] = value
        item.update(state)
        parent = prefix.rsplit("/", 1)[0].format(**self.values)
        sandbox.seed(parent, item, key=value)

    def _seed_single(self, sandbox: Sandbox) -> None:
        if "/backupBucket" in self.record.path:
            bucket = {"bucketProvider": "AWS", "bucketPath": "s3://b", "iamRoleArn": "arn:r"}
            sandbox.set_backup_bucket(ORG, self.values["serviceId"], bucket)
            return
        value = example(self._single_schema())
        if isinstance(value, dict):
            sandbox.seed(self.path, value)

    def _single_schema(self) -> Any:
        """What GET on this path answers (a DELETE answers nothing)."""
        get = SPEC["paths"][self.record.path].get("get")
        return result_schema(get) if get else None

    def _item_schema(self, prefix: str) -> Any:
        get = SPEC["paths"].get(prefix, {}).get("get")
        return result_schema(get) if get else None

    def _argument(self, name: str) -> Any:
        """A path value as the method takes it (a UDF's version is an int)."""
        for parameter in self.operation.get("parameters", []):
            if parameter["name"] == name and parameter.get("schema", {}).get("type") == "integer":
                return int(self.values[name])
        return self.values[name]

    def arguments(self, method: Callable[..., Any]) -> tuple[list[Any], dict[str, Any]]:
        positional = [self._argument(n) for n in self.names[1:]]
        accepted = {norm(p): p for p in inspect.signature(method).parameters}
        keywords: dict[str, Any] = {}
        for parameter in self.operation.get("parameters", []):
            if parameter["in"] == "query" and norm(parameter["name"]) in accepted:
                schema_of_param = parameter.get("schema", {})
                value = example(schema_of_param)
                if schema_of_param.get("format") == "boolean":
                    value = True  # a flag the spec writes as text: the client takes a bool
                keywords[accepted[norm(parameter["name"])]] = value
        schema = request_schema(self.operation)
        if schema is not None:
            body = example(schema)
            for field, value in (body or {}).items():
                keywords[accepted[norm(field)]] = value
        for name, value in ARGUMENTS.get(self.record.operation_id, {}).items():
            if value is None:
                keywords.pop(name, None)
            else:
                keywords[name] = value
        return positional, keywords


def method_of(client: Any, python_name: str) -> Callable[..., Any]:
    target = client
    for part in python_name.split("."):
        target = getattr(target, part)
    return target  # type: ignore[no-any-return]


def is_a(value: Any, name: str) -> bool:
    """`value` is of the class `name` (or a subclass: an AwsBackupBucket is a
    BackupBucket); `Union[...]` means any of its members, `dict[...]` a dict."""
    if name.startswith("Union["):
        members = re.split(r",\s*(?![^\[]*\])", name[len("Union[") : -1])
        return any(is_a(value, member) for member in members)
    if name.startswith("dict[") or name.startswith("Mapping["):
        return isinstance(value, dict)
    if name == "Any":
        return True
    return any(cls.__name__ == name for cls in type(value).__mro__)


def check_result(result: Any, annotation: str) -> None:
    """The result is what the method's annotation says; a list holds the seeded item."""
    annotation = re.sub(r"[\w.]+\.(\w+)", r"\1", annotation)
    if annotation == "None":
        assert result is None
    elif annotation == "str":
        assert isinstance(result, str) and result
    elif annotation.startswith("ResultList["):
        assert type(result) is chc.ResultList and result
        inner = annotation[len("ResultList[") : -1]
        assert all(is_a(item, inner) for item in result), (inner, result)
    elif annotation.startswith("list["):  # the items a Pager gave
        assert isinstance(result, list) and result
        inner = annotation[len("list[") : -1]
        assert all(is_a(item, inner) for item in result), (inner, result)
    else:
        assert is_a(result, annotation), (annotation, result)


def check_request(sandbox: Sandbox, case: Case) -> None:
    """The last request is the operation's, and its body validates against the spec."""
    sent = [r for r in sandbox.requests if r.method == case.record.http_method]
    assert sent, f"no {case.record.http_method} was sent"
    request = sent[-1]
    assert request.path == case.path
    schema = request_schema(case.operation)
    body = request.json()
    if schema is None:
        assert body is None
        return
    full = {**copy.deepcopy(schema), "components": INTENT_COMPONENTS}
    jsonschema.Draft202012Validator(
        full, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    ).validate(body)


def run(kind: str, record: chc.Operation) -> None:
    case = Case(record)
    with Sandbox(provisioning_seconds=0, key_id="k", key_secret="s") as sandbox:
        sandbox.transition_seconds = 0
        case.seed(sandbox)
        client: Any = sandbox.client(max_retries=0, organization_id=ORG)
        declared = method_of(client, record.python_name)
        annotation = str(inspect.signature(declared).return_annotation)
        if kind == "sync":
            args, kwargs = case.arguments(declared)
            result = declared(*args, **kwargs)
            if annotation.startswith("Pager["):
                assert isinstance(result, chc.Pager)
                result = result.to_list()
        else:
            aclient: Any = sandbox.async_client(max_retries=0, organization_id=ORG)
            method = method_of(aclient, record.python_name)
            args, kwargs = case.arguments(method)

            async def go() -> Any:
                answer = method(*args, **kwargs)
                if isinstance(answer, chc.AsyncPager):
                    return [item async for item in answer]  # every page
                return await answer

            result = asyncio.run(go())
        check_request(sandbox, case)
    if annotation.startswith("Pager["):
        annotation = "list[" + annotation[len("Pager[") :]
    check_result(result, annotation)


@pytest.mark.parametrize("record", OPERATIONS, ids=[op.python_name for op in OPERATIONS])
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_every_operation(kind: str, record: chc.Operation) -> None:
    run(kind, record)


def test_every_operation_of_the_spec_is_tested() -> None:
    spec_ids = {
        op["operationId"]
        for item in SPEC["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    assert {op.operation_id for op in OPERATIONS} == spec_ids
    assert len(spec_ids) == 174
