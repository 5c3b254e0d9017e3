"""Contract tests over every response schema of the spec: for each operation that
answers JSON, bodies generated from its `result` schema (hypothesis-jsonschema) are
served by the sandbox, parsed by the client, and `to_dict()` of what it returns
validates against the schema again and holds every field the body held, as sent
(timestamps as the same instant, numbers as the same number, a count rounded).

Generated bodies reach corners a hand-written fixture never does: empty objects,
nulls, huge and negative numbers, every variant of every union, unknown enum values.
"""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import inspect
import math
import re
import uuid
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import Any

import hypothesis_jsonschema
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_every_operation import (
    INTENT_COMPONENTS,
    OPERATIONS,
    SCHEMAS,
    Case,
    method_of,
    result_schema,
    spec_operation,
)
from variant_sweep import Sweep, describe

import clickhouse_cloud as chc
from clickhouse_cloud.testing import Sandbox

from conftest import ORG, QUICK

pytestmark = pytest.mark.filterwarnings("ignore:Overriding standard format")

EXAMPLES = 8 if QUICK else 60

# Timestamps a datetime can hold, with any whole-minute offset and any fraction.
_OFFSETS = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda m: dt.timezone(dt.timedelta(minutes=m))
)
DATE_TIMES = st.builds(
    lambda d, tz: d.replace(tzinfo=tz).isoformat(),
    st.datetimes(min_value=dt.datetime(2, 1, 1), max_value=dt.datetime(9998, 12, 31)),
    _OFFSETS,
)
DATES = st.dates(min_value=dt.date(1, 1, 1)).map(dt.date.isoformat)
FORMATS = {"uuid": st.uuids().map(str), "date-time": DATE_TIMES, "date": DATES}

JSON_RESULTS = [op for op in OPERATIONS if result_schema(spec_operation(op)) is not None]


def full(schema: dict[str, Any]) -> dict[str, Any]:
    if recursive(schema, ()):
        return unrolled(schema, ())
    return {**schema, "components": INTENT_COMPONENTS}


def recursive(node: Any, stack: tuple[str, ...]) -> bool:
    """The schema refers to itself (a BYOC progress step holds steps)."""
    if isinstance(node, list):
        return any(recursive(n, stack) for n in node)
    if not isinstance(node, dict):
        return False
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        return name in stack or recursive(INTENT_COMPONENTS["schemas"][name], (*stack, name))
    return any(recursive(v, stack) for v in node.values())


def unrolled(node: Any, stack: tuple[str, ...]) -> Any:
    """The schema with its references written out, a reference back into itself cut to
    null (absent, to the client): hypothesis-jsonschema cannot resolve recursive ones."""
    if isinstance(node, list):
        return [unrolled(n, stack) for n in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        if name in stack:
            return {"type": "null"}
        return unrolled(INTENT_COMPONENTS["schemas"][name], (*stack, name))
    return {k: unrolled(v, stack) for k, v in node.items()}


def intent(schema: dict[str, Any]) -> dict[str, Any]:
    """A schema node of the spec, read through INTENT_COMPONENTS (objects typed)."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        node: dict[str, Any] = INTENT_COMPONENTS["schemas"][name]
        return intent(node)
    return schema


def whole(value: float) -> int:
    """A JSON number rounded as the client rounds a count: half away from zero."""
    exact = Decimal(repr(value))
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP, context=Context(prec=400)))


def same_number(ours: Any, sent: Any) -> bool:
    if isinstance(ours, bool) or not isinstance(ours, (int, float)):
        return False
    if ours == sent:
        return True
    if isinstance(ours, int) and not isinstance(sent, bool):
        # A count (`whole`) is rounded; above 2**53 a float carries one rounding.
        rounded = whole(sent)
        return ours == rounded or math.isclose(ours, rounded, rel_tol=1e-15)
    return math.isclose(ours, sent, rel_tol=1e-15)


def same_json(ours: Any, sent: Any) -> bool:
    """Free-form JSON (a map of any values) held as sent: equal, numbers by the rule of
    typed ones (`same_number`). The core holds such JSON as serde_json does: integers
    exact within 64 bits, the nearest float beyond (docs/guide.md, Objects)."""
    if isinstance(sent, dict):
        return (
            isinstance(ours, dict)
            and ours.keys() == sent.keys()
            and all(same_json(ours[k], v) for k, v in sent.items())
        )
    if isinstance(sent, list):
        return (
            isinstance(ours, list)
            and len(ours) == len(sent)
            and all(same_json(a, b) for a, b in zip(ours, sent))
        )
    if isinstance(sent, (int, float)) and not isinstance(sent, bool):
        if isinstance(sent, int) and -(2**63) <= sent < 2**64:
            return type(ours) is int and ours == sent  # exact within 64 bits
        return same_number(ours, sent)
    return bool(ours == sent and type(ours) is type(sent))


def same_instant(ours: Any, sent: str) -> bool:
    parse = dt.datetime.fromisoformat
    a, b = parse(ours.replace("Z", "+00:00")), parse(sent.replace("Z", "+00:00"))
    return a == b and a.utcoffset() == b.utcoffset()


def variants(schema: dict[str, Any]) -> list[dict[str, Any]]:
    schema = intent(schema)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return [v for o in schema[key] for v in variants(o)]
    if "allOf" in schema:
        merged: dict[str, Any] = {"type": "object", "properties": {}}
        for part in schema["allOf"]:
            for v in variants(part):
                merged["properties"].update(v.get("properties", {}))
        return [merged]
    return [schema]


def can_be_object(schema: dict[str, Any]) -> bool:
    """Whether a variant admits a JSON object (no `type`, or `object` among its types)."""
    kind = schema.get("type")
    if kind is None:
        return True
    return "object" in (kind if isinstance(kind, list) else [kind])


def test_a_nullable_object_is_not_read_as_a_map() -> None:
    """`oneOf: [X, {type: null}]` is an object X: its fields are demanded back as X types
    them, and a field X does not know as it was sent (kept, not dropped)."""
    nullable = {"oneOf": [{"type": "object", "properties": {"a": {}}}, {"type": "null"}]}
    holds({"a": 1, "": []}, {"a": 1, "": []}, nullable)
    with pytest.raises(AssertionError):
        holds({"a": 1}, {"a": 1, "": []}, nullable)
    with pytest.raises(AssertionError):
        holds({}, {"a": 1}, nullable)
    # A map (no properties) does demand every key back.
    with pytest.raises(AssertionError):
        holds({}, {"k": 1}, {"type": "object", "additionalProperties": {}})


def test_free_form_json_is_held_exactly_within_64_bits() -> None:
    free = {"type": "object", "additionalProperties": True}
    holds({"c": {"": [2**63 - 1, -(2**63)]}}, {"c": {"": [2**63 - 1, -(2**63)]}}, free)
    holds({"c": [float(-(2**63) - 1)]}, {"c": [-(2**63) - 1]}, free)  # beyond: a float
    for wrong in ({"c": [1.0]}, {"c": [2]}, {"c": [True]}, {"c": {}}):
        with pytest.raises(AssertionError):
            holds(wrong, {"c": [1]}, free)


def holds(ours: Any, sent: Any, schema: dict[str, Any], where: str = "result") -> None:
    """`ours` (from `to_dict()`) holds `sent` as the schema types it."""
    if sent is None:
        return
    options = variants(schema)
    if isinstance(sent, dict):
        assert isinstance(ours, dict), (where, ours, sent)
        # Only the variants a JSON object can be: a nullable object's `{type: null}`
        # has no properties, but it is no map either.
        objects = [o for o in options if can_be_object(o)]
        props: dict[str, Any] = {}
        for option in objects:
            for name, prop in option.get("properties", {}).items():
                props.setdefault(name, prop)
        maps = [o.get("additionalProperties") for o in objects if "properties" not in o]
        for name, value in sent.items():
            at = f"{where}.{name}"
            if name in props:
                if value is None:
                    continue
                assert name in ours, (at, ours, sent)
                holds(ours[name], value, props[name], at)
            elif maps and isinstance(maps[0], dict):
                holds(ours.get(name), value, maps[0], at)
            else:
                # A map's entry, or a field the spec does not know: kept as sent.
                assert same_json(ours.get(name), value), (at, ours.get(name), value)
        return
    if isinstance(sent, list):
        assert isinstance(ours, list) and len(ours) == len(sent), (where, ours, sent)
        items = [o.get("items", {}) for o in options if o.get("type") == "array"]
        for i, (mine, theirs) in enumerate(zip(ours, sent)):
            holds(mine, theirs, items[0] if items else {}, f"{where}[{i}]")
        return
    formats = {o.get("format") for o in options}
    if isinstance(sent, str) and "date-time" in formats:
        assert isinstance(ours, str) and same_instant(ours, sent), (where, ours, sent)
    elif isinstance(sent, (int, float)) and not isinstance(sent, bool):
        assert same_number(ours, sent), (where, ours, sent)
    else:
        assert ours == sent, (where, ours, sent)


def as_data(value: Any) -> Any:
    """What a result is in the API's shape."""
    if isinstance(value, list):
        return [as_data(v) for v in value]
    if hasattr(value, "to_dict"):
        parameters = inspect.signature(value.to_dict).parameters
        if "include_secrets" in parameters:
            return value.to_dict(include_secrets=True)
        return value.to_dict()
    return value


class Served:
    """One operation's method, called with a body the sandbox serves in its place."""

    def __init__(self, sandbox: Sandbox, kind: str, record: Any) -> None:
        self.sandbox, self.kind = sandbox, kind
        self.schema = result_schema(spec_operation(record))
        assert self.schema is not None
        case = Case(record)
        client: Any = sandbox.client(max_retries=0, organization_id=ORG)
        aclient: Any = sandbox.async_client(max_retries=0, organization_id=ORG)
        self.method = method_of(client if kind == "sync" else aclient, record.python_name)
        self.args, self.kwargs = case.arguments(method_of(client, record.python_name))

    def check(self, result: Any) -> None:
        """Serves `result`; what the client returns validates and holds it."""
        schema = self.schema
        # A paged list's one page: no `nextCursor`, and shorter than any page size.
        envelope = {"status": 200, "requestId": str(uuid.uuid4()), "result": result}
        self.sandbox.fail_next(200, json=envelope)
        if self.kind == "sync":
            answer = self.method(*self.args, **self.kwargs)
            if isinstance(answer, chc.Pager):
                answer = answer.to_list()
        else:
            answer = asyncio.run(self._call_async())
        data = as_data(answer)
        jsonschema.Draft202012Validator(full(schema)).validate(data)
        holds(data, result, schema)

    async def _call_async(self) -> Any:
        answer = self.method(*self.args, **self.kwargs)
        if isinstance(answer, chc.AsyncPager):
            return [item async for item in answer]
        return await answer


def check_operation(sandbox: Sandbox, kind: str, record: Any) -> None:
    served = Served(sandbox, kind, record)
    assert served.schema is not None
    strategy = hypothesis_jsonschema.from_schema(full(served.schema), custom_formats=FORMATS)

    @given(strategy)
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(result: Any) -> None:
        served.check(result)

    check()


@pytest.fixture(scope="module")
def sandbox() -> Any:
    with Sandbox() as s:
        yield s


@pytest.mark.parametrize("record", JSON_RESULTS, ids=[op.python_name for op in JSON_RESULTS])
def test_every_response_parses_and_round_trips(sandbox: Sandbox, record: Any) -> None:
    check_operation(sandbox, "sync", record)


@pytest.mark.parametrize("record", JSON_RESULTS, ids=[op.python_name for op in JSON_RESULTS])
def test_every_variant_parses_and_round_trips(sandbox: Sandbox, record: Any) -> None:
    """Deterministic bodies reaching every variant of the response schema, every
    property set and an unknown field in every object (`variant_sweep.py`): what
    random bodies reach only with many examples, in every mode."""
    served = Served(sandbox, "sync", record)
    assert served.schema is not None
    for body in Sweep(served.schema, INTENT_COMPONENTS).bodies():
        try:
            served.check(copy.deepcopy(body))
        except AssertionError as error:
            raise AssertionError(f"{error}\nbody: {describe(body)}") from None


# The async client parses with the same code; a sample of shapes proves the path.
ASYNC_SAMPLE = [
    op
    for op in JSON_RESULTS
    if op.python_name in ("services.get", "udfs.list", "keys.create", "backup_bucket.get")
]


@pytest.mark.parametrize("record", ASYNC_SAMPLE, ids=[op.python_name for op in ASYNC_SAMPLE])
def test_async_responses_parse_alike(sandbox: Sandbox, record: Any) -> None:
    check_operation(sandbox, "async", record)


def test_every_json_result_is_covered() -> None:
    assert len(JSON_RESULTS) > 100
    assert all(re.fullmatch(r"[a-z_.]+", op.python_name) for op in JSON_RESULTS)
    assert {r.operation_id for r in JSON_RESULTS} >= {"backupGet", "instanceGet", "usageCostGet"}
    assert SCHEMAS  # the spec loaded
