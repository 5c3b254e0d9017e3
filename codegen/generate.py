#!/usr/bin/env python3
"""Generates the API surface from the official spec and the hand-kept overlay.

    python codegen/generate.py            # writes the generated files
    python codegen/generate.py --check    # fails if a committed file differs
    python codegen/generate.py --spec X --out DIR   # another spec, into DIR (tests)

Inputs: spec/cloud-openapi.json (checked against spec/cloud-openapi.lock, its sha256)
and spec/overlay.json (what the spec does not say). Outputs, each headed "generated;
do not edit", are listed in OUTPUTS. Standard library only.

The pipeline: load -> a model of the API (Model, Union, Operation below) -> one
emitter per output file. ARCHITECTURE.md says where each output is used.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import keyword
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "cloud-openapi.json"
OVERLAY = ROOT / "spec" / "overlay.json"
LOCK = ROOT / "spec" / "cloud-openapi.lock"
ORG_PREFIX = "/v1/organizations/{organizationId}"


# --------------------------------------------------------------------------------------
# The model


@dataclass(frozen=True)
class Type:
    """A field's type. kind: string, uuid, datetime, date, whole (an int), float, number
    (an int when whole, else a float), bool, str_or_int (a scalar union: a string or an
    integer), json, map (string keys; values of type `of`, any JSON when None), list
    (of `of`), object / union (named `name`)."""

    kind: str
    of: Optional[Type] = None
    name: str = ""


@dataclass
class Field:
    json: str
    py: str
    rust: str
    type: Type
    doc: str
    nullable: bool = False
    secret: bool = False
    # The schema lists it as required: `to_dict()` shows it even when null.
    required: bool = False


@dataclass
class Model:
    """An object schema, as a response type (all fields optional, lenient) or a
    request type (strict)."""

    schema: str
    name: str
    doc: str
    fields: list[Field]
    request: bool
    nullable_fields: bool = False


@dataclass
class Union:
    schema: str
    name: str
    doc: str
    discriminator: str
    variants: list[tuple[str, str]]  # (discriminator value, model name)
    request: bool
    hand_written: bool = False


@dataclass
class Param:
    json: str
    py: str
    type: Type
    location: str  # path or query
    required: bool
    doc: str
    pattern: str = ""
    repeated: bool = False


@dataclass
class Operation:
    id: str
    method: str
    path: str
    tag: str
    summary: str
    doc: str
    namespace: str
    verb: str
    params: list[Param]
    body: Optional[str]  # the request model or union name
    body_inline: bool
    result: Optional[Type]  # None: no result (a DELETE)
    text: bool = False  # the answer is text (Prometheus, PEM), not JSON
    # "cursor" (`cursor` in, the envelope's `nextCursor` out), "offset" (`limit` and
    # `offset`, read until a page comes short) or "" (not paged).
    paging: str = ""
    # The spec's page size by default (offset paging: a shorter page is the last) and
    # at most (the spec's maximum, else the default).
    default_limit: int = 0
    max_limit: int = 0
    # The media type the success answer is declared in: the request's Accept.
    accept: str = "application/json"
    # The success answer is the result itself, without the `{status, requestId, result}`
    # envelope (Prometheus discovery).
    bare: bool = False
    # The API-key permission ids the spec names (`security`), in its order.
    permissions: list[str] = field(default_factory=list)
    deprecated: bool = False
    # The body's fields the spec requires (the sandbox refuses a body without them;
    # the client leaves that to the server).
    body_required: list[str] = field(default_factory=list)

    @property
    def python_name(self) -> str:
        return f"{self.namespace}.{self.verb}"

    @property
    def paginated(self) -> bool:
        return bool(self.paging)

    def is_page_param(self, p: Param) -> bool:
        """`cursor` / `offset`: the pager sets them, the caller does not."""
        return self.paging == "cursor" and p.json == "cursor" or (
            self.paging == "offset" and p.json == "offset"
        )

    @property
    def path_params(self) -> list[Param]:
        return [p for p in self.params if p.location == "path" and p.json != "organizationId"]

    @property
    def query_params(self) -> list[Param]:
        return [p for p in self.params if p.location == "query"]

    @property
    def has_organization(self) -> bool:
        return "{organizationId}" in self.path


@dataclass
class Api:
    models: dict[str, Model] = field(default_factory=dict)  # by name
    unions: dict[str, Union] = field(default_factory=dict)
    request_models: dict[str, Model] = field(default_factory=dict)
    request_unions: dict[str, Union] = field(default_factory=dict)
    operations: list[Operation] = field(default_factory=list)
    enums: dict[str, tuple[str, list[str]]] = field(default_factory=dict)  # name: (field, values)
    spec_sha256: str = ""


def snake(name: str) -> str:
    """camelCase / PascalCase / kebab-case to snake_case (`grandTotalCHC` -> `grand_total_chc`)."""
    name = re.sub(r"[^0-9A-Za-z]+", "_", name).strip("_")
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    name = name.lower()
    return f"_{name}" if name[:1].isdigit() else name


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[_\-\s.]+", name) if part)


RUST_KEYWORDS = {
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn",
    "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
    "return", "self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use",
    "where", "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final",
    "macro", "override", "priv", "typeof", "unsized", "virtual", "yield", "try",
}  # fmt: skip


def rust_ident(name: str) -> str:
    return f"r#{name}" if name in RUST_KEYWORDS else name


def py_ident(name: str) -> str:
    return f"{name}_" if keyword.iskeyword(name) or name in ("self",) else name


def one_line(text: str) -> str:
    return " ".join((text or "").split())


def one_value(node: dict[str, Any]) -> Optional[str]:
    """The one value a property may take (`const`, or an enum of one): a discriminator."""
    if isinstance(node.get("const"), str):
        return str(node["const"])
    values = node.get("enum")
    if isinstance(values, list) and len(values) == 1 and isinstance(values[0], str):
        return values[0]
    return None


class Builder:
    """Reads the spec into an Api."""

    def __init__(self, spec: dict[str, Any], overlay: dict[str, Any]) -> None:
        self.spec = spec
        self.schemas: dict[str, Any] = spec["components"]["schemas"]
        self.overlay = overlay
        self.api = Api()
        self.secrets = {tuple(s.split(".", 1)) for s in overlay.get("secrets", [])}
        self.whole = {tuple(s.split(".", 1)) for s in overlay.get("whole", [])}
        self.int_when_whole = {tuple(s.split(".", 1)) for s in overlay.get("int_when_whole", [])}
        self.same_as: dict[str, str] = overlay.get("same_as", {})
        self.class_names: dict[str, str] = overlay.get("class_names", {})

    # -- types --------------------------------------------------------------------------

    def class_name(self, schema: str) -> str:
        schema = self.same_as.get(schema, schema)
        return self.class_names.get(schema, pascal(schema))

    def deref(self, node: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        name = node["$ref"].rsplit("/", 1)[-1]
        return name, self.schemas[name]

    def type_of(self, node: dict[str, Any], owner: str, prop: str, request: bool) -> Type:
        """The Type of a schema node; object schemas become models on the way."""
        if not node:
            return Type("json")
        if "$ref" in node:
            name, target = self.deref(node)
            scalar = self.scalar_union(target)
            if scalar is not None:
                return scalar
            if self._is_object(target) or "oneOf" in target:
                return self.named(name, request)
            return self.type_of(target, owner, prop, request)
        if "allOf" in node:
            parts = [self.deref(p)[1] if "$ref" in p else p for p in node["allOf"]]
            merged: dict[str, Any] = {k: v for k, v in node.items() if k != "allOf"}
            for part in parts:
                for key, value in part.items():
                    if key == "properties":
                        merged.setdefault("properties", {}).update(value)
                    else:
                        merged.setdefault(key, value)
            return self.type_of(merged, owner, prop, request)
        scalar = self.scalar_union(node)
        if scalar is not None:
            return scalar
        for key in ("oneOf", "anyOf"):
            if key in node:
                options = [o for o in node[key] if o.get("type") != "null"]
                if len(options) == 1:
                    return self.type_of(options[0], owner, prop, request)
                if all("$ref" in o for o in options) and key == "oneOf":
                    return self.inline_union(node, options, owner, prop, request)
                return Type("json")
        kind = node.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            if len(kinds) != 1:
                return Type("json")
            kind = kinds[0]
        if kind == "array":
            return Type("list", self.type_of(node.get("items", {}), owner, prop, request))
        if kind == "object" or "properties" in node:
            if "properties" not in node:
                values = node.get("additionalProperties")
                if isinstance(values, dict) and values:
                    of = self.type_of(values, owner, prop, request)
                    return Type("map", None if of.kind == "json" else of)
                return Type("map")
            return self.inline_model(node, owner, prop, request)
        if kind == "string":
            fmt = node.get("format")
            if fmt == "uuid":
                return Type("uuid")
            if fmt == "date-time":
                return Type("datetime")
            if fmt == "date":
                return Type("date")
            return Type("string")
        if kind == "integer":
            return Type("whole")
        if kind == "number":
            if (owner, prop) in self.whole:
                return Type("whole")
            return Type("number" if (owner, prop) in self.int_when_whole else "float")
        if kind == "boolean":
            return Type("bool")
        return Type("json")

    @staticmethod
    def scalar_union(node: dict[str, Any]) -> Optional[Type]:
        """A oneOf of a string and an integer (a ClickHouse setting's value)."""
        options = [o for o in node.get("oneOf", []) if o.get("type") != "null"]
        if options and all("$ref" not in o for o in options):
            kinds = {o.get("type") for o in options}
            if kinds == {"string", "integer"}:
                return Type("str_or_int")
        return None

    @staticmethod
    def _is_object(node: dict[str, Any]) -> bool:
        return "properties" in node or (
            node.get("type") == "object" and "additionalProperties" not in node
        )

    def named(self, schema: str, request: bool) -> Type:
        schema = self.same_as.get(schema, schema)
        node = self.schemas[schema]
        if "oneOf" in node and not self._is_object(node):
            options = [o for o in node["oneOf"] if o.get("type") != "null"]
            if any("$ref" not in o for o in options):
                # Inline variants (a UDF's two runtimes): one model of all their fields.
                return self.model(schema, node, request)
            return self.union(schema, node, options, request)
        return self.model(schema, node, request)

    def model(self, schema: str, node: dict[str, Any], request: bool, name: str = "") -> Type:
        name = name or self.class_name(schema)
        table = self.api.request_models if request else self.api.models
        if name in table:
            return Type("object", name=name)
        model = Model(
            schema=schema,
            name=name,
            doc=one_line(node.get("description") or node.get("title") or ""),
            fields=[],
            request=request,
            nullable_fields=schema in self.overlay.get("nullable_patch", []),
        )
        table[name] = model  # before the fields: schemas may refer to themselves
        for prop, sub in self.properties(node).items():
            sub_kind = sub.get("type")
            nullable = (isinstance(sub_kind, list) and "null" in sub_kind) or any(
                o.get("type") == "null" for o in sub.get("oneOf", []) + sub.get("anyOf", [])
            )
            py = py_ident(snake(prop))
            model.fields.append(
                Field(
                    json=prop,
                    py=py,
                    rust=rust_ident(py),
                    type=self.type_of(sub, schema, prop, request),
                    doc=one_line(sub.get("description") or sub.get("title") or ""),
                    nullable=nullable or model.nullable_fields,
                    secret=(schema, prop) in self.secrets,
                    required=prop in node.get("required", []),
                )
            )
        return Type("object", name=name)

    @staticmethod
    def properties(node: dict[str, Any]) -> dict[str, Any]:
        """An object's properties; for an object that is a oneOf of inline object variants
        (a UDF's two runtimes), all the variants' properties: the API tells them apart."""
        if "properties" in node:
            return dict(node["properties"])
        merged: dict[str, Any] = {}
        for key in ("oneOf", "anyOf"):
            for option in node.get(key, []):
                if "$ref" not in option:
                    for prop, sub in option.get("properties", {}).items():
                        merged.setdefault(prop, sub)
        return merged

    def inline_model(self, node: dict[str, Any], owner: str, prop: str, request: bool) -> Type:
        schema = f"{owner}{pascal(prop)}"
        return self.model(schema, node, request, name=self.class_name(schema))

    def union(
        self, schema: str, node: dict[str, Any], options: list[dict[str, Any]], request: bool
    ) -> Type:
        name = self.class_name(schema)
        table = self.api.request_unions if request else self.api.unions
        if name in table:
            return Type("union", name=name)
        union = Union(
            schema=schema,
            name=name,
            doc=one_line(node.get("description") or ""),
            discriminator="",
            variants=[],
            request=request,
            hand_written=name in self.overlay.get("hand_written", []),
        )
        table[name] = union
        targets = []
        for option in options:
            target_name = self.same_as.get(option["$ref"].rsplit("/", 1)[-1])
            target_name = target_name or option["$ref"].rsplit("/", 1)[-1]
            targets.append((target_name, self.schemas[target_name]))
        union.discriminator = self.overlay.get("discriminators", {}).get(
            schema
        ) or self.discriminator(targets)
        for target_name, target in targets:
            t = self.named(target_name, request)
            if t.kind != "object" or not union.discriminator:
                # Not a tagged union of objects: read it as plain JSON.
                del table[name]
                return Type("json")
            value = one_value(target.get("properties", {}).get(union.discriminator, {})) or ""
            union.variants.append((value, t.name))
        return Type("union", name=name)

    def inline_union(
        self,
        node: dict[str, Any],
        options: list[dict[str, Any]],
        owner: str,
        prop: str,
        request: bool,
    ) -> Type:
        refs = [o["$ref"].rsplit("/", 1)[-1] for o in options]
        canonical = {self.same_as.get(r, r) for r in refs}
        for union_schema, union_node in self.schemas.items():
            members = {
                self.same_as.get(o.get("$ref", "").rsplit("/", 1)[-1], "")
                for o in union_node.get("oneOf", [])
            }
            if members == canonical and not self._is_object(union_node):
                return self.named(union_schema, request)
        schema = f"{owner}{pascal(prop)}"
        return self.union(schema, node, options, request)

    def discriminator(self, targets: list[tuple[str, dict[str, Any]]]) -> str:
        """A property every variant has as a one-value enum, different in each."""
        common = None
        for _, target in targets:
            props = {k for k, v in target.get("properties", {}).items() if one_value(v)}
            common = props if common is None else common & props
        for prop in sorted(common or ()):
            values = [one_value(t["properties"][prop]) for _, t in targets]
            if len(set(values)) == len(values):
                return prop
        return ""

    # -- operations -----------------------------------------------------------------------

    def build(self) -> Api:
        namespaces: dict[str, str] = self.overlay["namespaces"]
        verbs: dict[str, str] = self.overlay.get("verbs", {})
        seen: dict[str, str] = {}
        for path, item in self.spec["paths"].items():
            for method, op in item.items():
                if method not in ("get", "post", "put", "patch", "delete"):
                    continue
                operation = self.operation(path, method, op, namespaces, verbs)
                if operation.python_name in seen:
                    raise SystemExit(
                        f"{operation.id} and {seen[operation.python_name]} are both "
                        f"{operation.python_name}: name one in the overlay's verbs"
                    )
                seen[operation.python_name] = operation.id
                self.api.operations.append(operation)
        for enum_name, target in self.overlay.get("enums", {}).items():
            schema, prop = target.split(".", 1)
            values = self.schemas[schema]["properties"][prop].get("enum", [])
            self.api.enums[enum_name] = (target, list(values))
        return self.api

    def operation(
        self,
        path: str,
        method: str,
        op: dict[str, Any],
        namespaces: dict[str, str],
        verbs: dict[str, str],
    ) -> Operation:
        op_id = op["operationId"]
        rest = path[len(ORG_PREFIX) :] if path.startswith(ORG_PREFIX) else None
        if rest is None:
            namespace = "organizations"
        else:
            prefixes = [p for p in namespaces if rest == p or rest.startswith(p + "/") or p == ""]
            if not prefixes:
                raise SystemExit(f"{op_id}: no namespace in the overlay for {path}")
            namespace = namespaces[max(prefixes, key=len)]
        params = []
        for raw in op.get("parameters", []):
            schema = raw.get("schema", {})
            repeated = schema.get("type") == "array"
            item = schema.get("items", {}) if repeated else schema
            params.append(
                Param(
                    json=raw["name"],
                    py=self.overlay.get("param_names", {}).get(raw["name"])
                    or py_ident(snake(raw["name"])),
                    type=self.type_of(item, op_id, raw["name"], request=True),
                    location=raw["in"],
                    required=bool(raw.get("required")),
                    doc=one_line(raw.get("description") or schema.get("description") or ""),
                    pattern=item.get("pattern", ""),
                    repeated=repeated,
                )
            )
        order = re.findall(r"\{(\w+)\}", path)
        params.sort(
            key=lambda p: (p.location != "path", order.index(p.json) if p.json in order else 0)
        )
        body = None
        body_inline = False
        body_required: list[str] = []
        if "requestBody" in op:
            schema = op["requestBody"]["content"]["application/json"]["schema"]
            target = self.deref(schema)[1] if "$ref" in schema else schema
            body_required = list(target.get("required", []))
            if "$ref" in schema:
                t = self.named(schema["$ref"].rsplit("/", 1)[-1], request=True)
            else:
                body_inline = True
                t = self.model(f"{pascal(op_id)}Request", schema, request=True)
            if t.kind not in ("object", "union"):
                raise SystemExit(f"{op_id}: request body is not an object")
            body = t.name
        ok = next((r for code, r in op["responses"].items() if code.startswith("2")), {})
        content = ok.get("content", {})
        text = bare = False
        accept = "application/json"
        result: Optional[Type] = None
        if "application/json" in content:
            schema = content["application/json"]["schema"]
            props = schema.get("properties", {})
            node = props.get("result")
            if node is not None:
                result = self.type_of(node, pascal(op_id), "Result", request=False)
            elif "status" not in props and "requestId" not in props:
                bare = True  # the answer is the result itself
                result = self.type_of(schema, pascal(op_id), "Result", request=False)
        elif content:
            text = True
            accept = next(iter(content)).split(";")[0].strip()
            result = Type("string")
        names = {p.json for p in params}
        listing = result is not None and result.kind == "list"
        paging = ""
        if listing and "cursor" in names:
            paging = "cursor"
        elif listing and {"limit", "offset"} <= names:
            paging = "offset"
        limit = next((r for r in op.get("parameters", []) if r["name"] == "limit"), {})
        limit_schema = limit.get("schema", {}) if paging else {}
        default_limit = int(limit_schema.get("default") or 0)
        max_limit = int(limit_schema.get("maximum") or default_limit)
        permissions = [
            scope
            for requirement in op.get("security") or []
            for scopes in requirement.values()
            for scope in scopes
        ]
        verb = verbs.get(op_id) or self.default_verb(method, result, bool(paging))
        return Operation(
            id=op_id,
            method=method.upper(),
            path=path,
            tag=(op.get("tags") or [""])[0],
            summary=one_line(op.get("summary") or ""),
            doc=(op.get("description") or "").strip(),
            namespace=namespace,
            verb=verb,
            params=params,
            body=body,
            body_inline=body_inline,
            result=result,
            text=text,
            paging=paging,
            default_limit=default_limit,
            max_limit=max_limit,
            accept=accept,
            bare=bare,
            permissions=permissions,
            deprecated=bool(op.get("deprecated")),
            body_required=body_required,
        )

    @staticmethod
    def default_verb(method: str, result: Optional[Type], paginated: bool) -> str:
        if method == "get":
            listing = paginated or (result is not None and result.kind == "list")
            return "list" if listing else "get"
        verb = {"post": "create", "patch": "update", "put": "update", "delete": "delete"}[method]
        return verb


def load(spec_path: Path, overlay_path: Path, check_lock: bool) -> Api:
    raw = spec_path.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if check_lock:
        locked = LOCK.read_text().split()[0] if LOCK.exists() else ""
        if locked != digest:
            raise SystemExit(
                f"{spec_path} has sha256 {digest}, the lock says {locked or 'nothing'}: "
                "review the spec change, then write the new hash to spec/cloud-openapi.lock"
            )
    api = Builder(json.loads(raw), json.loads(overlay_path.read_text())).build()
    api.spec_sha256 = digest
    return api


# --------------------------------------------------------------------------------------
# Emitters: Rust core (no Python)

HEADER = "generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit"


def rust_doc(text: str, indent: str = "") -> str:
    text = one_line(text)
    if not text:
        return ""
    return f"{indent}/// {text}\n"


def recursive_models(models: dict[str, Model], unions: dict[str, Union]) -> set[tuple[str, str]]:
    """(model, field) pairs that must be boxed: the field's type leads back to the model."""

    def targets(t: Type) -> set[str]:
        if t.kind == "list" and t.of is not None:
            return targets(t.of)
        if t.kind == "object":
            return {t.name}
        if t.kind == "union" and t.name in unions:
            return {v for _, v in unions[t.name].variants}
        return set()

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        if start == goal:
            return True
        if start in seen or start not in models:
            return False
        seen.add(start)
        return any(reaches(n, goal, seen) for f in models[start].fields for n in targets(f.type))

    boxed = set()
    for model in models.values():
        for f in model.fields:
            if f.type.kind == "list":
                continue  # a Vec already puts its items on the heap
            if any(reaches(n, model.name, set()) for n in targets(f.type)):
                boxed.add((model.name, f.rust))
    return boxed


def rust_type(t: Type, request: bool) -> str:
    simple = {
        "string": "String",
        "uuid": "Uuid",
        "datetime": "Timestamp",
        "date": "Date",
        "whole": "i64" if request else "Whole",
        "float": "f64",
        "number": "f64",
        "bool": "bool",
        "json": "Value",
        # Checked in a request; a response keeps whatever the server sends.
        "str_or_int": "StrOrInt" if request else "Value",
        "map": "Map<String, Value>",
    }
    if t.kind == "map" and t.of is not None and request:
        return f"BTreeMap<String, {rust_type(t.of, request)}>"
    if t.kind in simple:
        return simple[t.kind]
    if t.kind == "list":
        assert t.of is not None
        return f"Vec<{rust_type(t.of, request)}>"
    return t.name


def emit_rust_models(api: Api, request: bool) -> str:
    models = api.request_models if request else api.models
    unions = api.request_unions if request else api.unions
    boxed = recursive_models(models, unions)
    what = (
        "request bodies: strict (no unknown field, exact types; snake_case names accepted too)"
        if request
        else (
            "response types: every field optional, any JSON number where the spec allows one, "
            "enums open (a new value is kept as it comes), unknown fields kept (`unknown`)"
        )
    )
    out = [
        f"//! The API's {what}.\n",
        f"//! {HEADER}.\n\n",
        "#![allow(clippy::all, unused_imports)]\n\n",
        "use serde::{Deserialize, Serialize};\n",
        "use serde_json::{Map, Value};\n",
        "use uuid::Uuid;\n\n",
        "use crate::core::secret::Secret;\n",
        "use crate::core::numbers::{self, Whole};\n",
        "use crate::core::wire::{Date, StrOrInt, Timestamp};\n",
        "use std::collections::BTreeMap;\n",
    ]
    if request:
        out.append("use crate::core::wire::Patch;\n")
    for model in sorted(models.values(), key=lambda m: m.name):
        out.append("\n")
        out.append(rust_doc(model.doc))
        derives = "Debug, Clone, Default, PartialEq, Serialize, Deserialize"
        out.append(f"#[derive({derives})]\n")
        if request:
            out.append("#[serde(deny_unknown_fields)]\n")
        out.append(f"pub struct {model.name} {{\n")
        for f in model.fields:
            out.append(rust_doc(f.doc, "    "))
            inner = "Secret" if f.secret and not request else rust_type(f.type, request)
            if (model.name, f.rust) in boxed:
                inner = f"Box<{inner}>"
            attrs = [f'rename = "{f.json}"']
            if request:
                if snake(f.json) != f.json:
                    attrs.append(f'alias = "{snake(f.json)}"')
                if f.nullable:
                    attrs += ["default", 'skip_serializing_if = "Patch::is_omitted"']
                    ty = f"Patch<{inner}>"
                else:
                    attrs += ["default", 'skip_serializing_if = "Option::is_none"']
                    ty = f"Option<{inner}>"
            else:
                attrs.append("default")
                if not f.required:
                    attrs.append('skip_serializing_if = "Option::is_none"')
                if f.type.kind in ("float", "number"):
                    attrs.append('deserialize_with = "numbers::float"')
                if f.type.kind == "number":
                    attrs.append('serialize_with = "numbers::integral_when_whole"')
                ty = f"Option<{inner}>"
            out.append(f"    #[serde({', '.join(attrs)})]\n")
            out.append(f"    pub {f.rust}: {ty},\n")
        if not request:
            if any(f.rust == "unknown" for f in model.fields):
                raise SystemExit(f"{model.name} has a field `unknown`: rename the catch-all")
            out.append("    /// Fields this version does not know, kept as the server sent them.\n")
            out.append("    #[serde(flatten)]\n    pub unknown: Map<String, Value>,\n")
        out.append("}\n")
    for union in sorted(unions.values(), key=lambda u: u.name):
        out.append(emit_rust_union(union, request))
    return "".join(out)


def emit_rust_union(union: Union, request: bool) -> str:
    disc = union.discriminator
    lines = ["\n", rust_doc(union.doc or f"One of the {union.name} variants, by `{disc}`.")]
    lines.append("#[derive(Debug, Clone, PartialEq)]\n")
    lines.append(f"pub enum {union.name} {{\n")
    for value, variant in union.variants:
        lines.append(f"    /// `{disc}` is `{value}`.\n    {variant}({variant}),\n")
    if not request:
        lines.append("    /// A variant this version does not know, kept as the server sent it.\n")
        lines.append("    Unknown(Map<String, Value>),\n")
    lines.append("}\n\n")
    lines.append(f"impl {union.name} {{\n")
    lines.append(f"    /// The `{disc}` value that names the variant.\n")
    lines.append("    pub fn discriminator(&self) -> Option<&str> {\n        match self {\n")
    for value, variant in union.variants:
        lines.append(f'            Self::{variant}(_) => Some("{value}"),\n')
    if not request:
        lines.append(
            f'            Self::Unknown(fields) => fields.get("{disc}").and_then(Value::as_str),\n'
        )
    lines.append("        }\n    }\n}\n\n")
    lines.append(f"impl Serialize for {union.name} {{\n")
    lines.append(
        "    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {\n"
    )
    lines.append("        match self {\n")
    for _, variant in union.variants:
        lines.append(f"            Self::{variant}(v) => v.serialize(s),\n")
    if not request:
        lines.append("            Self::Unknown(v) => v.serialize(s),\n")
    lines.append("        }\n    }\n}\n\n")
    lines.append(f"impl<'de> Deserialize<'de> for {union.name} {{\n")
    lines.append(
        "    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {\n"
    )
    lines.append("        let fields = Map::<String, Value>::deserialize(d)?;\n")
    if request and snake(disc) != disc:
        # A request may name its fields in snake_case, the discriminator too.
        lines.append(
            f'        let tag = fields.get("{disc}").or_else(|| fields.get("{snake(disc)}"));\n'
        )
    else:
        lines.append(f'        let tag = fields.get("{disc}");\n')
    lines.append("        match tag.and_then(Value::as_str) {\n")
    for value, variant in union.variants:
        lines.append(
            f'            Some("{value}") => numbers::from_fields(fields).map(Self::{variant}),\n'
        )
    if request:
        allowed = ", ".join(v for v, _ in union.variants)
        lines.append(
            f'            _ => Err(serde::de::Error::custom("{disc} must be one of: {allowed}")),\n'
        )
    else:
        lines.append("            _ => Ok(Self::Unknown(fields)),\n")
    lines.append("        }\n    }\n}\n")
    return "".join(lines)


def output_variant(t: Optional[Type], text: bool = False) -> str:
    """The `Output` variant an operation's result is parsed into."""
    if t is None:
        return "Empty"
    if text:
        return "Text"
    if t.kind in ("object", "union"):
        return t.name
    if t.kind == "list":
        assert t.of is not None
        return f"ListOf{output_variant(t.of)}"
    return pascal(t.kind)


def output_type(t: Type) -> str:
    """A result's Rust type, from the operations module."""
    if t.kind in ("object", "union"):
        return f"models::{t.name}"
    if t.kind == "list":
        assert t.of is not None
        return f"Vec<{output_type(t.of)}>"
    return rust_type(t, request=False)


def const_name(op: Operation) -> str:
    return snake(op.id).upper()


def rust_str(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


PARAM_KINDS = {
    "uuid": "Uuid",
    "string": "Text",
    "date": "Date",
    "datetime": "DateTime",
    "whole": "Integer",
    "bool": "Boolean",
}


def emit_rust_operations(api: Api) -> str:
    out = [
        "//! Every operation of the spec as data, over the one executor (`Client::call`): its\n",
        "//! method, path, parameters, body and answer; how its body is checked and its\n",
        "//! answer parsed.\n",
        f"//! {HEADER}.\n\n",
        "#![allow(clippy::all)]\n\n",
        "use reqwest::Method;\n",
        "use serde_json::Value;\n\n",
        "use super::{models, requests};\n",
        "use crate::core::client::{parse_bare, parse_result_with_id};\n",
        "use crate::core::error::Error;\n",
        "use crate::core::operation::{Answer, Location, Operation, Param, ParamKind, Paging, Shape};\n",
        "use crate::core::transport::RawResponse;\n\n",
        "/// The sha256 of the spec this table was generated from.\n",
        f'pub const SPEC_SHA256: &str = "{api.spec_sha256}";\n\n',
        "/// Each operation's index in [`OPERATIONS`].\n",
        "pub mod id {\n",
    ]
    for index, op in enumerate(api.operations):
        out.append(
            f"    /// `{op.method} {op.path}`\n    pub const {const_name(op)}: usize = {index};\n"
        )
    out.append("}\n\n")
    out.append(f"pub static OPERATIONS: [Operation; {len(api.operations)}] = [\n")
    for op in api.operations:
        params = []
        for p in op.params:
            kind = PARAM_KINDS.get(p.type.kind, "Text")
            params.append(
                "        Param { "
                f"name: {rust_str(p.json)}, py_name: {rust_str(p.py)}, "
                f"location: Location::{'Path' if p.location == 'path' else 'Query'}, "
                f"kind: ParamKind::{kind}, required: {str(p.required).lower()}, "
                f"repeated: {str(p.repeated).lower()}, pattern: {rust_str(p.pattern)} }},\n"
            )
        answer = "Text" if op.text else ("Empty" if op.result is None else "Json")
        if op.bare:
            answer = "Bare"
        paging = {
            "": "Paging::None",
            "cursor": "Paging::Cursor",
            "offset": "Paging::Offset",
        }[op.paging]
        if op.paging:
            paging += f" {{ default_limit: {op.default_limit}, max_limit: {op.max_limit} }}"
        if op.result is not None and op.result.kind == "list":
            shape = "List"
        elif op.result is not None and not op.text:
            shape = "Object"
        else:
            shape = "None"
        out.append(
            "    Operation {\n"
            f"        id: {rust_str(op.id)},\n"
            f"        python_name: {rust_str(op.python_name)},\n"
            f"        tag: {rust_str(op.tag)},\n"
            f"        method: Method::{op.method},\n"
            f"        path: {rust_str(op.path)},\n"
            f"        params: &[\n{''.join('    ' + p for p in params)}        ],\n"
            f"        body: {str(op.body is not None).lower()},\n"
            f"        body_required: &[{', '.join(rust_str(r) for r in op.body_required)}],\n"
            f"        answer: Answer::{answer},\n"
            f"        accept: {rust_str(op.accept)},\n"
            f"        shape: Shape::{shape},\n"
            f"        paging: {paging},\n"
            f"        permissions: &[{', '.join(rust_str(p) for p in op.permissions)}],\n"
            f"        deprecated: {str(op.deprecated).lower()},\n"
            f"        idempotent: {str(op.method == 'GET').lower()},\n"
            f"        summary: {rust_str(op.summary)},\n"
            "    },\n"
        )
    out.append("];\n\n")
    # Output
    variants: dict[str, str] = {}
    for op in api.operations:
        variant = output_variant(op.result, op.text)
        if variant not in ("Empty", "Text"):
            assert op.result is not None
            variants[variant] = output_type(op.result)
    out.append(
        "/// An operation's answer, parsed.\n#[derive(Debug, Clone, PartialEq)]\npub enum Output {\n"
    )
    out.append(
        "    /// A success without a result.\n    Empty,\n    /// A text answer.\n    Text(String),\n"
    )
    for variant, ty in sorted(variants.items()):
        out.append(f"    {variant}({ty}),\n")
    out.append("}\n\n")
    out.append(
        "/// Parses a success answer of operation `index` (its `requestId` too).\n"
        "pub fn parse(index: usize, response: &RawResponse) -> Result<(Output, Option<String>), Error> {\n"
        "    Ok(match index {\n"
    )
    for op in api.operations:
        variant = output_variant(op.result, op.text)
        if variant == "Empty":
            out.append(
                f"        id::{const_name(op)} => crate::core::client::parse_no_result(response).map(|id| (Output::Empty, id))?,\n"
            )
        elif variant == "Text":
            out.append(
                f"        id::{const_name(op)} => (Output::Text(String::from_utf8_lossy(&response.body).into_owned()), None),\n"
            )
        else:
            assert op.result is not None
            # serde's structs also read an array of their fields: an object must be one.
            wrapper = "crate::core::wire::Object" if op.result.kind == "object" else ""
            if op.bare:
                out.append(
                    f"        id::{const_name(op)} => {{\n"
                    f"            let (value, rid) = parse_bare::<{variants[variant]}>(response)?;\n"
                    f"            (Output::{variant}(value), rid)\n        }}\n"
                )
            elif wrapper:
                out.append(
                    f"        id::{const_name(op)} => {{\n"
                    f"            let (value, rid) = parse_result_with_id::<{wrapper}<{variants[variant]}>>(response)?;\n"
                    f"            (Output::{variant}(value.0), rid)\n        }}\n"
                )
            else:
                out.append(
                    f"        id::{const_name(op)} => {{\n"
                    f"            let (value, rid) = parse_result_with_id::<{variants[variant]}>(response)?;\n"
                    f"            (Output::{variant}(value), rid)\n        }}\n"
                )
    out.append(
        '        _ => return Err(Error::InvalidArgument(format!("no operation {index}"))),\n    })\n}\n\n'
    )
    out.append(
        "/// A result read as operation `index`'s result type and written back: the spec's\n"
        "/// shape (unknown fields dropped, required ones present). The sandbox answers so.\n"
        "pub fn shape_result(index: usize, result: Value) -> Result<Value, Error> {\n"
        "    match index {\n"
    )
    for op in api.operations:
        variant = output_variant(op.result, op.text)
        if variant in ("Empty", "Text"):
            continue
        out.append(
            f"        id::{const_name(op)} => crate::core::operation::checked::<{variants[variant]}>(result),\n"
        )
    out.append("        _ => Ok(result),\n    }\n}\n\n")
    out.append(
        "/// Checks a request body against operation `index`'s schema (unknown fields and\n"
        "/// wrong types refused, snake_case names accepted) and gives it in the API's shape.\n"
        "pub fn check_body(index: usize, body: Value) -> Result<Value, Error> {\n"
        "    match index {\n"
    )
    for op in api.operations:
        if op.body is None:
            continue
        out.append(
            f"        id::{const_name(op)} => crate::core::operation::checked::<requests::{op.body}>(body),\n"
        )
    out.append(
        '        _ => Err(Error::InvalidArgument(format!("{} takes no body", OPERATIONS.get(index).map_or("?", |o| o.python_name)))),\n    }\n}\n'
    )
    return "".join(out)


# --------------------------------------------------------------------------------------
# Emitters: the pyo3 binding


def hand_written_models(api: Api) -> set[str]:
    """Models whose Python classes are written by hand (variants of a hand-written union)."""
    out = set()
    for union in api.unions.values():
        if union.hand_written:
            out |= {name for _, name in union.variants}
    return out


def default_repr(model: Model) -> list[Field]:
    preferred = ["id", "name", "state", "status", "provider", "region"]
    chosen = [f for name in preferred for f in model.fields if f.json == name]
    for f in model.fields:
        if len(chosen) >= 4:
            break
        if f not in chosen and f.type.kind in ("string", "uuid", "whole", "bool", "datetime"):
            chosen.append(f)
    return chosen


def emit_py_classes(api: Api, overlay: dict[str, Any]) -> str:
    hand = hand_written_models(api)
    reprs: dict[str, list[str]] = overlay.get("repr", {})
    positional: dict[str, list[str]] = overlay.get("positional", {})
    out = [
        "//! The Python classes of the API's response types, and each operation's result as\n",
        "//! Python objects. Every class is one `value_class!` (py/value.rs).\n",
        f"//! {HEADER}.\n\n",
        "#![allow(clippy::all, unused_imports)]\n\n",
        "use pyo3::prelude::*;\n",
        "use pyo3::types::PyList;\n\n",
        "use crate::core::api::models;\n",
        "use crate::core::api::operations::Output;\n",
        "use crate::py::value::{field, number_to_py, FromPy, ReprField, ToPy};\n",
        "use crate::value_class;\n",
    ]
    defaults: dict[str, list[tuple[str, str]]] = {}
    for union in api.unions.values():
        for value, variant in union.variants:
            model = api.models[variant]
            for f in model.fields:
                if f.json == union.discriminator:
                    defaults.setdefault(variant, []).append((f.rust, value))
    classes = []
    for model in sorted(api.models.values(), key=lambda m: m.name):
        if model.name in hand:
            continue
        classes.append(model)
        py_class = f"Py{model.name}"
        shown = reprs.get(model.schema)
        shown_fields = (
            [f for name in shown for f in model.fields if f.json == name]
            if shown is not None
            else default_repr(model)
        )
        first = positional.get(model.schema, [])
        pos = [f for name in first for f in model.fields if f.json == name]
        rest = [f for f in model.fields if f not in pos]
        sig = [f"{f.rust} = None" for f in pos]
        if rest:
            sig.append("*")
            sig += [f"{f.rust} = None" for f in rest]
        convs = []
        for f in model.fields:
            conv = "number_to_py" if f.type.kind == "number" else "field"
            convs.append(f"        {f.rust}: {conv},\n")
        secrets = ", ".join(rust_str(f.json) for f in model.fields if f.secret)
        doc = model.doc or f"{model.name}, as the API answers it."
        out.append(
            "\nvalue_class! {\n"
            f"    #[doc = {rust_str(doc)}]\n"
            f"    class {py_class}({rust_str(model.name)}) for models::{model.name};\n"
            f"    new ({', '.join(sig)});\n"
            "    fields {\n" + "".join(convs) + "    }\n"
            f"    repr {{ {', '.join(f.rust for f in shown_fields)} }}\n"
            f"    secrets [{secrets}]\n"
            f"    defaults {{ {', '.join(f'{k}: {rust_str(v)}' for k, v in defaults.get(model.name, []))} }}\n"
            "}\n"
        )
    for union in sorted(api.unions.values(), key=lambda u: u.name):
        if union.hand_written:
            continue
        out.append(emit_py_union(union))
    out.append("\n/// Adds every generated class to the module.\n")
    out.append("pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {\n")
    for model in classes:
        out.append(f"    m.add_class::<Py{model.name}>()?;\n")
    out.append("    Ok(())\n}\n")
    out.append(emit_py_output(api, hand))
    return "".join(out)


def emit_py_union(union: Union) -> str:
    arms = "".join(
        f"            models::{union.name}::{v}(value) => value.to_py(py),\n"
        for _, v in union.variants
    )
    tries = "".join(
        f"        if let Ok(object) = value.cast::<Py{v}>() {{\n"
        f"            return Ok(models::{union.name}::{v}(object.get().inner.clone()));\n        }}\n"
        for _, v in union.variants
    )
    return (
        f"\nimpl ToPy for models::{union.name} {{\n"
        "    /// The variant's class; a variant this version does not know, as a dict.\n"
        "    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {\n"
        "        match self {\n"
        + arms
        + f"            models::{union.name}::Unknown(fields) => fields.to_py(py),\n"
        "        }\n    }\n}\n\n"
        f"impl FromPy for models::{union.name} {{\n"
        "    fn from_py(name: &str, value: &Bound<'_, PyAny>) -> PyResult<Self> {\n"
        "        use pyo3::types::PyAnyMethods;\n"
        + tries
        + f"        crate::py::value::nested(name, {rust_str(union.name)}, value)\n"
        "    }\n}\n\n"
        f"impl ReprField for models::{union.name} {{\n"
        "    fn repr_field(&self) -> String {\n"
        '        self.discriminator().unwrap_or("?").to_owned()\n'
        "    }\n}\n"
    )


def emit_py_output(api: Api, hand: set[str]) -> str:
    variants: dict[str, Type] = {}
    for op in api.operations:
        variant = output_variant(op.result, op.text)
        if variant not in ("Empty", "Text") and op.result is not None:
            variants[variant] = op.result
    out = [
        "\n/// An operation's result as Python: objects carry the response's request id.\n",
        "pub fn output_to_py<'py>(py: Python<'py>, output: Output, request_id: Option<String>) -> PyResult<Bound<'py, PyAny>> {\n",
        "    Ok(match output {\n",
        "        Output::Empty => py.None().into_bound(py),\n",
        "        Output::Text(text) => text.to_py(py)?,\n",
    ]
    for variant, t in sorted(variants.items()):
        if t.kind == "object" and t.name not in hand:
            out.append(
                f"        Output::{variant}(inner) => Bound::new(py, Py{t.name} {{ inner, request_id }})?.into_any(),\n"
            )
        elif (
            t.kind == "list"
            and t.of is not None
            and t.of.kind == "object"
            and t.of.name not in hand
        ):
            out.append(
                f"        Output::{variant}(items) => {{\n"
                f"            let list = crate::py::value::result_list(py, Some(py.get_type::<Py{t.of.name}>()))?;\n"
                "            for inner in items {\n"
                f"                list.append(Bound::new(py, Py{t.of.name} {{ inner, request_id: request_id.clone() }})?)?;\n"
                "            }\n"
                "            list.into_any()\n"
                "        }\n"
            )
        else:
            out.append(f"        Output::{variant}(value) => value.to_py(py)?,\n")
    out.append("    })\n}\n")
    return "".join(out)


# --------------------------------------------------------------------------------------
# Emitters: Python (the resource namespaces, the stubs of the native module)


# Each scalar kind's Python annotation: (as a result, as an argument a caller gives).
PY_SCALARS = {
    "string": ("str", "str"),
    "uuid": ("uuid.UUID", "Id"),
    "datetime": ("datetime.datetime", "DateTimeLike"),
    "date": ("datetime.date", "DateLike"),
    "whole": ("int", "int"),
    "float": ("float", "float"),
    "number": ("Union[int, float]", "float"),
    "bool": ("bool", "bool"),
    "str_or_int": ("Union[str, int]", "Union[str, int]"),
    "json": ("Any", "Any"),
}


def py_result_type(api: Api, t: Optional[Type]) -> str:
    """A result's annotation: the value classes of `_native`."""
    if t is None:
        return "None"
    if t.kind == "object":
        return t.name
    if t.kind == "union":
        union = api.unions[t.name]
        if union.hand_written:
            return union.name
        return "Union[" + ", ".join([v for _, v in union.variants] + ["dict[str, Any]"]) + "]"
    if t.kind == "list":
        # Every list the API answers is a ResultList (a list that renders as a
        # table in Jupyter and converts to data frames).
        return f"ResultList[{py_result_type(api, t.of)}]"
    if t.kind == "map":
        return f"dict[str, {py_result_type(api, t.of) if t.of else 'Any'}]"
    return PY_SCALARS[t.kind][0]


def py_arg_type(api: Api, t: Type) -> str:
    """An argument's annotation: what a caller may give."""
    if t.kind == "object":
        if t.name in api.models:
            return f"Union[{t.name}, Mapping[str, Any]]"
        return "Mapping[str, Any]"
    if t.kind == "union":
        if t.name in api.unions:
            return f"Union[{py_result_type(api, t)}, Mapping[str, Any]]"
        return "Mapping[str, Any]"
    if t.kind == "list":
        assert t.of is not None
        return f"Sequence[{py_arg_type(api, t.of)}]"
    if t.kind == "map":
        return f"Mapping[str, {py_arg_type(api, t.of) if t.of else 'Any'}]"
    return PY_SCALARS[t.kind][1]


def body_fields(api: Api, op: Operation) -> list[Field]:
    """The body's top-level fields: those of its model, or of every variant of its union."""
    if op.body is None:
        return []
    if op.body in api.request_unions:
        fields: dict[str, Field] = {}
        for _, variant in api.request_unions[op.body].variants:
            for f in api.request_models[variant].fields:
                fields.setdefault(f.py, f)
        return list(fields.values())
    return api.request_models[op.body].fields


def resource_class(namespace: str, asynchronous: bool) -> str:
    return ("Async" if asynchronous else "") + pascal(namespace.replace(".", "_")) + "Resource"


def namespace_tree(api: Api) -> dict[str, list[str]]:
    """Each namespace and its direct children ("" is the client)."""
    names = {op.namespace for op in api.operations}
    for name in list(names):
        parts = name.split(".")
        for i in range(1, len(parts)):
            names.add(".".join(parts[:i]))
    tree: dict[str, list[str]] = {"": []}
    for name in sorted(names):
        tree.setdefault(name, [])
        parent = name.rsplit(".", 1)[0] if "." in name else ""
        tree.setdefault(parent, []).append(name)
    return tree


def py_docstring(text: str, indent: str) -> str:
    text = text.strip().replace("\\", "\\\\").replace('"""', "'''")
    lines = [line.rstrip() for line in text.splitlines()] or [""]
    if len(lines) == 1:
        return f'{indent}"""{lines[0]}"""\n'
    body = "\n".join((indent + line) if line else "" for line in lines[1:])
    return f'{indent}"""{lines[0]}\n{body}\n{indent}"""\n'


def op_doc(op: Operation, api: Optional[Api] = None) -> str:
    text = op.summary or op.id
    if op.doc and one_line(op.doc) != one_line(op.summary):
        text += "\n\n" + op.doc
    text += f"\n\n`{op.method} {op.path}` ({op.id})"
    text += "\n\n" + permissions_line(op)
    if op.deprecated:
        text += "\n\nDeprecated: the API marks this operation deprecated (calling it warns)."
    if op.paginated:
        text += "\n\nPaged: read page by page as it is iterated; `limit=` sets the page size."
    args = [(p.py, p.doc) for p in op.path_params]
    args += [(p.py, p.doc) for p in op.query_params if not op.is_page_param(p)]
    if api is not None:
        args += [(f.py, f.doc) for f in body_fields(api, op)]
    documented = [(name, doc) for name, doc in args if doc]
    if documented:
        # One line each: the CLI's option help reads them.
        text += "\n\nArgs:\n" + "\n".join(f"    {name}: {doc}" for name, doc in documented)
    return text


def permissions_line(op: Operation) -> str:
    if not op.permissions:
        return "Permissions: none beyond a valid key."
    return "Permissions: " + ", ".join(f"`{p}`" for p in op.permissions) + "."


def result_annotation(api: Api, op: Operation, asynchronous: bool) -> str:
    if op.paginated:
        assert op.result is not None and op.result.of is not None
        pager = "AsyncPager" if asynchronous else "Pager"
        return f"{pager}[{py_result_type(api, op.result.of)}]"
    return py_result_type(api, op.result)


def emit_py_method(api: Api, op: Operation, index: int, asynchronous: bool) -> str:
    params = ["self"]
    for p in op.path_params:
        params.append(f"{p.py}: {'Id' if p.type.kind == 'uuid' else py_arg_type(api, p.type)}")
    keyword = []
    query_params = [p for p in op.query_params if not op.is_page_param(p)]
    for p in query_params:
        t = py_arg_type(api, p.type)
        if p.repeated:
            t = f"Union[{t}, Sequence[{t}]]"
        keyword.append(f"{p.py}: {t}" if p.required else f"{p.py}: Optional[{t}] = None")
    taken = {p.py for p in op.params} | {"organization_id", "self"}
    fields = body_fields(api, op)
    for f in fields:
        if f.py in taken:
            raise SystemExit(f"{op.id}: body field {f.py} collides with a parameter")
        t = py_arg_type(api, f.type)
        if f.nullable:
            t = f"Optional[{t}]"
        keyword.append(f"{f.py}: Union[{t}, NotGiven] = NOT_GIVEN")
    if op.has_organization:
        keyword.append("organization_id: Optional[Id] = None")
    if keyword:
        params.append("*")
        params += keyword
    org = ["self._org(organization_id)"] if op.has_organization else []
    path_values = org + [p.py for p in op.path_params]
    path = "(" + ", ".join(path_values) + ("," if len(path_values) == 1 else "") + ")"
    query = "{" + ", ".join(f"{p.py!r}: {p.py}" for p in query_params) + "}"
    # Keyed by the names the core accepts (`from`, not the Python-safe `from_`).
    body = "body_of({" + ", ".join(f"{snake(f.json)!r}: {f.py}" for f in fields) + "})"
    if op.paginated:
        call = f"self._pager({index}, {path}, {query}, {op.paging!r}, {op.python_name!r})"
    else:
        args = [str(index), path]
        if query_params or fields:
            args.append(query if query_params else "None")
        if fields:
            args.append(body)
        call = f"self._call({', '.join(args)})"
        if asynchronous:
            call = "await " + call
    prefix = "async def" if asynchronous and not op.paginated else "def"
    lines = [f"    {prefix} {op.verb}(\n"]
    lines += [f"        {p},\n" for p in params]
    lines.append(f"    ) -> {result_annotation(api, op, asynchronous)}:\n")
    lines.append(py_docstring(op_doc(op, api), "        "))
    if op.deprecated:
        lines.append(f"        warn_deprecated({op.python_name!r})\n")
    lines.append(f"        return {call}\n")
    return "".join(lines)


def types_used(api: Api) -> set[str]:
    used: set[str] = set()
    for op in api.operations:
        stack: list[Optional[Type]] = [op.result] + [f.type for f in body_fields(api, op)]
        while stack:
            t = stack.pop()
            if t is None:
                continue
            if t.kind == "list":
                stack.append(t.of)
            elif t.kind == "object" and t.name in api.models:
                used.add(t.name)
            elif t.kind == "union" and t.name in api.unions:
                union = api.unions[t.name]
                if union.hand_written:
                    used.add(union.name)
                used.update(v for _, v in union.variants)
    return used


def emit_py_resources(api: Api) -> str:
    tree = namespace_tree(api)
    out = [
        '"""The API\'s operations as resource namespaces of `Client` and `AsyncClient`: one\n',
        "method per operation of the spec, in both.\n\n",
        f'{HEADER}.\n"""\n\n',
        '# mypy: disable-error-code="no-any-return"\n',
        "from __future__ import annotations\n\n",
        "import datetime\n",
        "import uuid\n",
        "from collections.abc import Mapping, Sequence\n",
        "from typing import Any, Optional, Union\n\n",
        "from ._display import ResultList\n",
        "from ._paging import AsyncPager, Pager\n",
        "from ._native import (\n",
    ]
    out += [f"    {name},\n" for name in sorted(types_used(api))]
    out += [
        ")\n",
        "from ._resource import (\n    NOT_GIVEN,\n    AsyncResource,\n    DateLike,\n    DateTimeLike,\n",
        "    Id,\n    NotGiven,\n    Operation,\n    Resource,\n    body_of,\n    warn_deprecated,\n)\n\n",
        f'SPEC_SHA256 = "{api.spec_sha256}"\n\n',
        "# One record per operation, in the order of the engine's table (its index).\n",
        "OPERATIONS = (\n",
    ]
    for op in api.operations:
        permissions = "".join(f"{p!r}, " for p in op.permissions)
        out.append(
            f"    Operation({op.id!r}, {op.method!r}, {op.path!r}, {op.python_name!r}, {op.tag!r}, "
            f"({permissions.rstrip(' ')}), {op.deprecated}),\n"
        )
    out.append(")\n\n")
    out.append("# Each operation's index in the engine's table, by operationId.\n")
    out.append("INDEX = {op.operation_id: i for i, op in enumerate(OPERATIONS)}\n")
    by_namespace: dict[str, list[tuple[int, Operation]]] = {}
    for index, op in enumerate(api.operations):
        by_namespace.setdefault(op.namespace, []).append((index, op))
    for asynchronous in (False, True):
        base = "AsyncResource" if asynchronous else "Resource"
        for namespace in sorted(tree, key=lambda n: (-n.count("."), n)):
            if not namespace:
                continue
            cls = resource_class(namespace, asynchronous)
            tag = next((op.tag for _, op in by_namespace.get(namespace, [])), "")
            out.append(f"\n\nclass {cls}({base}):\n")
            out.append(f'    """`client.{namespace}`: {tag or namespace} operations."""\n\n')
            out.append("    __slots__ = ()\n")
            for child in tree[namespace]:
                name = child.rsplit(".", 1)[-1]
                child_cls = resource_class(child, asynchronous)
                out.append(
                    f"\n    @property\n    def {name}(self) -> {child_cls}:\n"
                    f"        return {child_cls}(self._client)\n"
                )
            for index, op in by_namespace.get(namespace, []):
                out.append("\n" + emit_py_method(api, op, index, asynchronous))
        mixin = "AsyncNamespaces" if asynchronous else "Namespaces"
        who = "an `AsyncClient`" if asynchronous else "a `Client`"
        out.append(f"\n\nclass {mixin}:\n")
        out.append(f'    """The resource namespaces of {who}."""\n\n    __slots__ = ()\n')
        for child in tree[""]:
            child_cls = resource_class(child, asynchronous)
            out.append(
                f"\n    @property\n    def {child}(self) -> {child_cls}:\n"
                f"        return {child_cls}(self)\n"
            )
    return "".join(out)


def stub_field_type(api: Api, f: Field) -> str:
    if f.secret:
        return "str"
    return py_result_type(api, f.type)


def stub_arg_type(api: Api, t: Type) -> str:
    if t.kind in ("object", "union"):
        return f"Union[{py_result_type(api, t)}, Mapping[str, Any]]"
    if t.kind == "list":
        assert t.of is not None
        return f"list[{stub_arg_type(api, t.of)}]"
    if t.kind == "map":
        return f"Mapping[str, {stub_arg_type(api, t.of) if t.of else 'Any'}]"
    # What a value class's constructor takes (the stubs name their own aliases).
    return {"uuid": "_Id", "datetime": "datetime.datetime", "date": "Union[datetime.date, str]"}.get(
        t.kind, PY_SCALARS[t.kind][1]
    )


def emit_stubs(api: Api, overlay: dict[str, Any], template: str) -> str:
    hand = hand_written_models(api)
    positional: dict[str, list[str]] = overlay.get("positional", {})
    head, _, rest = template.partition('"""\n\n')
    names = sorted(
        {m.name for m in api.models.values() if m.name not in hand}
        | set(re.findall(r"^class (\w+)", rest, re.M))
        | set(re.findall(r"^def (\w+)", rest, re.M))
        | {"__version__", "USER_AGENT"}
    )
    imports, _, declarations = rest.partition("__version__: str\n")
    out = [
        head,
        f"\n{HEADER} (and codegen/templates/_native.pyi).\n",
        '"""\n\n',
        imports,
        "__all__ = [\n" + "".join(f"    {n!r},\n" for n in names) + "]\n\n",
        "__version__: str\n",
        declarations,
    ]
    for model in sorted(api.models.values(), key=lambda m: m.name):
        if model.name in hand:
            continue
        doc = model.doc or f"{model.name}, as the API answers it."
        out.append(f"\n@final\nclass {model.name}:\n")
        out.append(py_docstring(doc, "    "))
        first = positional.get(model.schema, [])
        pos = [f for name in first for f in model.fields if f.json == name]
        rest_fields = [f for f in model.fields if f not in pos]
        args = ["cls"]
        args += [f"{f.py}: Optional[{stub_arg_type(api, f.type)}] = None" for f in pos]
        if rest_fields:
            args.append("*")
            args += [f"{f.py}: Optional[{stub_arg_type(api, f.type)}] = None" for f in rest_fields]
        out.append(
            "    def __new__(\n" + "".join(f"        {a},\n" for a in args) + "    ) -> Self: ...\n"
        )
        for f in model.fields:
            out.append("    @property\n")
            out.append(f"    def {f.py}(self) -> Optional[{stub_field_type(api, f)}]:")
            out.append(f"\n{py_docstring(f.doc, '        ')}" if f.doc else " ...\n")
        out.append(
            "    @property\n"
            "    def request_id(self) -> Optional[str]:\n"
            '        """The `requestId` of the response this came in (for logs and support tickets)."""\n'
            "    @property\n"
            "    def model_extra(self) -> dict[str, Any]:\n"
            '        """The fields the API sent that this version\'s spec does not know, as sent."""\n'
            "    def to_dict(\n"
            "        self, *, include_secrets: bool = False, include_password: bool = False\n"
            "    ) -> dict[str, Any]:\n"
            '        """The API\'s JSON shape (camelCase keys, JSON-native values)."""\n'
            "    @classmethod\n"
            "    def from_dict(cls, data: Any) -> Self:\n"
            '        """Rebuilds the object from `to_dict()`\'s shape."""\n'
            "    def __reduce__(self) -> tuple[Any, ...]: ...\n"
            "    def __eq__(self, other: object, /) -> bool: ...\n"
            "    def __ne__(self, other: object, /) -> bool: ...\n"
            "    def __hash__(self) -> int: ...\n"
            "    def __copy__(self) -> Self: ...\n"
            "    def __deepcopy__(self, memo: Any, /) -> Self: ...\n"
            "    def _repr_html_(self) -> str: ...\n"
            "    _fields: ClassVar[tuple[str, ...]]\n"
            "    _secrets: ClassVar[tuple[str, ...]]\n"
        )
    return "".join(out)


# --------------------------------------------------------------------------------------
# Driver


def md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def emit_reference(api: Api) -> str:
    """docs/reference.md: every method of the client, its signature and its operation."""
    out = [
        "# API reference\n\n",
        f"<!-- {HEADER} -->\n\n",
        f"Every operation of the ClickHouse Cloud API ({len(api.operations)}), as a method of ",
        "`Client` (and, with `await`, of `AsyncClient`; paged lists are `async for` there). ",
        "The organization is the keyword `organization_id=` on every method, by default ",
        "`Client(organization_id=...)` or `$CLICKHOUSE_CLOUD_ORGANIZATION_ID`. Body fields ",
        "not given are not sent. On the command line, `client.services.update_state(id, ",
        'command="stop")` is `clickhouse-cloud services update-state ID --command stop`.\n\n',
    ]
    by_namespace: dict[str, list[Operation]] = {}
    for op in api.operations:
        by_namespace.setdefault(op.namespace, []).append(op)
    out.append("## Namespaces\n\n")
    for namespace in sorted(by_namespace):
        anchor = namespace.replace(".", "")
        count = len(by_namespace[namespace])
        out.append(f"- [`client.{namespace}`](#client{anchor}): {count}\n")
    for namespace in sorted(by_namespace):
        out.append(f"\n## `client.{namespace}`\n")
        for op in by_namespace[namespace]:
            params = [p.py for p in op.path_params]
            keyword = [p.py for p in op.query_params if not op.is_page_param(p)]
            keyword += [f.py for f in body_fields(api, op)]
            if keyword:
                params.append("*")
                params += [f"{k}=..." for k in keyword]
            signature = f"client.{op.python_name}({', '.join(params)})"
            result = result_annotation(api, op, asynchronous=False)
            out.append(f"\n### `{op.python_name}`\n\n")
            out.append(f"```python\n{signature} -> {result}\n```\n\n")
            summary = md_escape(op.summary or op.id).rstrip(".")
            out.append(f"{summary}. `{op.method} {op.path}` ({op.id})\n\n")
            out.append(permissions_line(op) + "\n")
            if op.deprecated:
                out.append("\n**Deprecated** by the API.\n")
            rows = [(p.py, py_arg_type(api, p.type), p.doc) for p in op.path_params]
            rows += [
                (p.py, py_arg_type(api, p.type), p.doc)
                for p in op.query_params
                if not op.is_page_param(p)
            ]
            rows += [(f.py, py_arg_type(api, f.type), f.doc) for f in body_fields(api, op)]
            if rows:
                out.append("\n| argument | type | |\n|---|---|---|\n")
                for name, kind, doc in rows:
                    out.append(f"| `{name}` | `{md_escape(kind)}` | {md_escape(one_line(doc))} |\n")
    return "".join(out)


def outputs(api: Api, overlay: dict[str, Any]) -> dict[str, str]:
    """Every generated file, by path from the repository root."""
    return {
        "src/core/api/models.rs": emit_rust_models(api, request=False),
        "src/core/api/requests.rs": emit_rust_models(api, request=True),
        "src/core/api/operations.rs": emit_rust_operations(api),
        "src/py/api.rs": emit_py_classes(api, overlay),
        "python/clickhouse_cloud/_resources.py": emit_py_resources(api),
        "docs/reference.md": emit_reference(api),
        "python/clickhouse_cloud/_native.pyi": emit_stubs(
            api, overlay, (ROOT / "codegen" / "templates" / "_native.pyi").read_text()
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="fail if a committed file differs")
    parser.add_argument("--spec", type=Path, default=SPEC, help="another spec (no lock check)")
    parser.add_argument("--overlay", type=Path, default=OVERLAY)
    parser.add_argument("--out", type=Path, default=ROOT, help="where to write the files")
    parser.add_argument("--list", action="store_true", help="print the operations and their names")
    args = parser.parse_args()
    api = load(args.spec, args.overlay, check_lock=args.spec == SPEC)
    if args.list:
        for op in api.operations:
            call = ", ".join(p.py for p in op.path_params)
            print(f"{op.id:42s} {op.method:6s} client.{op.python_name}({call})")
        return
    stale = []
    for relative, text in outputs(api, json.loads(args.overlay.read_text())).items():
        path = args.out / relative
        current = path.read_text() if path.exists() else None
        if current == text:
            continue
        if args.check:
            stale.append(relative)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
            print(f"wrote {relative}")
    if stale:
        print("generated files differ from what spec/ and codegen/ give:", *stale, sep="\n  ")
        print("run: python codegen/generate.py")
        sys.exit(1)


if __name__ == "__main__":
    main()
