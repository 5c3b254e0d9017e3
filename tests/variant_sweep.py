"""Deterministic bodies that reach every variant of a response schema.

Random bodies (hypothesis-jsonschema) find corners no one thought of, but how many
variants they reach depends on how many examples are drawn: a nullable object with a
field the client does not know showed up only at 60 examples a schema, never at 8. The
sweep makes that part certain and cheap: body `i` takes variant `i` (modulo their
number) of every union and type list, sets every property and an unknown field in every
object that allows one, gives a map two entries and an array its items, and bodies are
made until every variant of every union met has been taken (`Sweep.uncovered`).
Numbers sit at their bounds and past 2**53; strings meet their format, pattern and
lengths. Every body is checked against the schema, so a generator mistake fails loudly.
"""

from __future__ import annotations

import json
import uuid
from typing import Any, Callable

import jsonschema
from hypothesis import HealthCheck, find, settings
from hypothesis import strategies as st

Node = dict[str, Any]
Seen = frozenset[str]  # the schemas met on the way down

# A field no spec copy has: objects that allow unknown fields get it.
UNKNOWN = "x-sweep-unknown"
OMIT = object()  # a schema met again inside itself: the property is left out
MAX_BODIES = 256
MAX_DEPTH = 12

_DATE_TIMES = [
    "2026-11-30T12:00:00Z",
    "2026-11-30T23:59:59.123456+05:30",
    "0002-01-01T00:00:00-14:00",
    "9998-12-31T23:59:59.999999+14:00",
]
_FORMATS: dict[str, list[str]] = {
    "date": ["2026-11-30", "0001-01-01", "9999-12-31"],
    "email": ["ada@example.com"],
    "uri": ["https://example.com/hook"],
    "url": ["https://example.com/hook"],
    "hostname": ["example.com", "a.b.c.example.com"],
    "ipv4": ["10.0.0.1"],
}
_INTEGERS = [0, -1, 2**53 + 1, 7, -(2**63), 2**64 - 1]
_NUMBERS = [0.5, -1.25, 3.0, 1e300, -2.5e-300, 9007199254740993.0]


class Sweep:
    """The bodies for one schema; `components` resolves its `$ref`s."""

    def __init__(self, schema: dict[str, Any], components: dict[str, Any]) -> None:
        self.schema = schema
        self.components = components
        # union path -> how many variants; (path, variant) pairs taken so far
        self.unions: dict[str, int] = {}
        self.taken: set[tuple[str, int]] = set()
        self.turns: dict[str, int] = {}

    @property
    def uncovered(self) -> set[tuple[str, int]]:
        every = {(path, k) for path, n in self.unions.items() for k in range(n)}
        return every - self.taken

    def bodies(self) -> list[Any]:
        out: list[Any] = []
        validator = jsonschema.Draft202012Validator({**self.schema, "components": self.components})
        for i in range(MAX_BODIES):
            body = self.value(self.schema, i, "#", frozenset(), 0)
            if body is OMIT:
                body = {}
            errors = sorted(validator.iter_errors(body), key=str)
            assert not errors, (
                f"the sweep made an invalid body {i} at {list(errors[0].absolute_path)}: "
                f"{errors[0].message[:300]} (schema {list(errors[0].absolute_schema_path)})"
            )
            out.append(body)
            if not self.uncovered:
                return out
        raise AssertionError(f"{len(self.uncovered)} variants not reached: {self.uncovered}")

    # -- values --------------------------------------------------------------------

    def value(self, node: Node, i: int, path: str, seen: Seen, depth: int) -> Any:
        while "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[-1]
            if name in seen or depth > MAX_DEPTH:
                return OMIT
            seen, path = seen | {name}, name
            node = self.components["schemas"][name]
        if "const" in node:
            return node["const"]
        for key in ("oneOf", "anyOf"):
            if key in node and "properties" not in node:
                options = [v for v in node[key] if not self._is_null(v)]
                if not options:
                    return None
                k = self._choose(f"{path}/{key}", len(options), i)
                return self.value(options[k], i, f"{path}/{key}/{k}", seen, depth + 1)
        if "allOf" in node:
            merged: dict[str, Any] = {}
            for n, part in enumerate(node["allOf"]):
                part_value = self.value(part, i, f"{path}/allOf/{n}", seen, depth + 1)
                if isinstance(part_value, dict):
                    merged.update(part_value)
            return merged
        kind = node.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            if not kinds:
                return None
            kind = (
                kinds[self._choose(f"{path}/type", len(kinds), i)] if len(kinds) > 1 else kinds[0]
            )
        if kind is None and ("properties" in node or "additionalProperties" in node):
            kind = "object"
        if "enum" in node:
            # Rotated, not counted: every value of a long enum is no variant to reach.
            # (Some enums of the spec list strings for a number: no value can be sent.)
            values = [v for v in node["enum"] if v is not None and _is_a(v, kind)]
            return values[(i + len(path)) % len(values)] if values else OMIT
        make: Callable[..., Any] = {
            "object": self._object,
            "array": self._array,
            "string": self._string,
            "integer": self._integer,
            "number": self._number,
            "boolean": lambda node, i, path, seen, depth: i % 2 == 0,
            "null": lambda node, i, path, seen, depth: None,
        }.get(kind or "", self._anything)
        return make(node, i, path, seen, depth)

    def _choose(self, path: str, n: int, i: int) -> int:
        # Each union turns to its next variant each time it is met, so a union inside
        # a variant turns too when that variant comes round again.
        self.unions[path] = n
        k = self.turns.get(path, 0) % n
        self.turns[path] = k + 1
        self.taken.add((path, k))
        return k

    def _is_null(self, node: dict[str, Any]) -> bool:
        while "$ref" in node:
            node = self.components["schemas"][node["$ref"].rsplit("/", 1)[-1]]
        return node.get("type") == "null"

    def _object(self, node: Node, i: int, path: str, seen: Seen, depth: int) -> Any:
        out: dict[str, Any] = {}
        for name, prop in node.get("properties", {}).items():
            value = self.value(prop, i, f"{path}/{name}", seen, depth + 1)
            if value is not OMIT:
                out[name] = value
        extra = node.get("additionalProperties", True)
        if isinstance(extra, dict):  # a map
            for n in range(2):
                value = self.value(extra, i + n, f"{path}/*", seen, depth + 1)
                if value is not OMIT:
                    out[f"key-{n}"] = value
        elif extra is not False:
            out[UNKNOWN] = self._anything(node, i, path, seen, depth)
        return out

    def _array(self, node: Node, i: int, path: str, seen: Seen, depth: int) -> Any:
        count = max(node.get("minItems", 2), 2)
        count = min(count, node.get("maxItems", count))
        items = node.get("items", {})
        out = []
        for n in range(count + 2 if node.get("uniqueItems") else count):
            value = self.value(items, i + n, f"{path}/items", seen, depth + 1)
            if value is OMIT:
                return []
            if node.get("uniqueItems") and value in out:
                continue
            out.append(value)
        return out[:count] if len(out) >= count else out

    def _string(self, node: Node, i: int, path: str, seen: Seen, depth: int) -> Any:
        fmt = node.get("format")
        if fmt == "uuid":
            return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{path}/{i}"))
        if fmt == "date-time":
            return _DATE_TIMES[i % len(_DATE_TIMES)]
        if isinstance(fmt, str) and fmt in _FORMATS:
            return _FORMATS[fmt][i % len(_FORMATS[fmt])]
        if "pattern" in node:
            return _matching(node["pattern"], node.get("minLength", 0), node.get("maxLength"))
        text = ["sweep value", "", 'caf\u00e9 \u2603 "quoted" \\ back', "x" * 300][i % 4]
        low, high = node.get("minLength", 0), node.get("maxLength")
        if len(text) < low:
            text = text + "y" * (low - len(text))
        return text if high is None else text[:high]

    def _integer(self, node: Node, i: int, path: str, seen: Seen, depth: int) -> Any:
        return _bounded(node, _INTEGERS[i % len(_INTEGERS)], whole=True)

    def _number(self, node: Node, i: int, path: str, seen: Seen, depth: int) -> Any:
        return _bounded(node, _NUMBERS[i % len(_NUMBERS)], whole=False)

    def _anything(self, node: Node, i: int, path: str, seen: Seen, depth: int) -> Any:
        """Free-form JSON: every JSON type, nested."""
        return {
            "n": [i, -(2**63), 2**64 - 1, -(2**63) - 1, 0.5, None, True],
            "s": "s",
            "o": {"": []},
        }


def _is_a(value: Any, kind: Any) -> bool:
    """Whether a JSON value is of the schema type `kind` (any, when None)."""
    checks: dict[str, Callable[[Any], bool]] = {
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "boolean": lambda v: isinstance(v, bool),
        "object": lambda v: isinstance(v, dict),
        "array": lambda v: isinstance(v, list),
    }
    return kind is None or checks.get(kind, lambda v: True)(value)


def _bounded(node: dict[str, Any], value: float, *, whole: bool) -> Any:
    low = node.get("minimum", node.get("exclusiveMinimum"))
    high = node.get("maximum", node.get("exclusiveMaximum"))
    step = node.get("multipleOf")
    if (low is not None and value < low) or ("exclusiveMinimum" in node and value <= low):
        value = low + (step or 1) if "exclusiveMinimum" in node else low
    if (high is not None and value > high) or ("exclusiveMaximum" in node and value >= high):
        value = high - (step or 1) if "exclusiveMaximum" in node else high
    if step:
        value = round(value / step) * step
        if low is not None and value < low:
            value += step
    return int(value) if whole else value


def _matching(pattern: str, low: int, high: int | None) -> str:
    """The shortest string the pattern fully matches within the lengths (found by
    hypothesis, which shrinks deterministically)."""
    key = (pattern, low, high)
    if key not in _MATCHES:
        _MATCHES[key] = _find_match(pattern, low, high)
    return _MATCHES[key]


def _find_match(pattern: str, low: int, high: int | None) -> str:
    strategy = st.from_regex(pattern, fullmatch=True)
    quiet = settings(database=None, derandomize=True, suppress_health_check=list(HealthCheck))
    return str(
        find(strategy, lambda s: len(s) >= low and (high is None or len(s) <= high), settings=quiet)
    )


_MATCHES: dict[tuple[str, int, int | None], str] = {}


def describe(body: Any) -> str:
    return json.dumps(body)[:300]
