"""The model of the API the emitters read: the spec and the overlay (spec/overlay.json)
read into models, unions and operations (`load`), and the helpers every emitter shares."""

from __future__ import annotations

import hashlib
import json
import keyword
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "cloud-openapi.json"
OVERLAY = ROOT / "spec" / "overlay.json"
LOCK = ROOT / "spec" / "cloud-openapi.lock"
ORG_PREFIX = "/v1/organizations/{organizationId}"
HEADER = "generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit"


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
        return (self.paging == "cursor" and p.json == "cursor") or (
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
    # Request schema -> the overlay's checks beyond the schema (`at_least_one`, `fields`).
    checks: dict[str, dict[str, Any]] = field(default_factory=dict)
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
        return name, self.merged(self.schemas[name])

    def merged(self, node: dict[str, Any]) -> dict[str, Any]:
        """A schema with its `allOf` parts folded in (properties and required joined): a
        variant that extends another (`allOf: [Input, {id}]`) is one object."""
        if "allOf" not in node:
            return node
        out: dict[str, Any] = {k: v for k, v in node.items() if k != "allOf"}
        for part in node["allOf"]:
            part = self.deref(part)[1] if "$ref" in part else self.merged(part)
            for key, value in part.items():
                if key == "properties":
                    out["properties"] = {**out.get("properties", {}), **value}
                elif key == "required":
                    out["required"] = list(dict.fromkeys(out.get("required", []) + value))
                else:
                    out.setdefault(key, value)
        return out

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
            return self.type_of(self.merged(node), owner, prop, request)
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
            if not node.get("properties"):
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
        """An object with fields (a map is `additionalProperties` with no properties)."""
        if node.get("properties"):
            return True
        return node.get("type") == "object" and not node.get("additionalProperties")

    def named(self, schema: str, request: bool) -> Type:
        schema = self.same_as.get(schema, schema)
        node = self.merged(self.schemas[schema])
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
            targets.append((target_name, self.merged(self.schemas[target_name])))
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
        for schema, checks in self.overlay.get("checks", {}).items():
            if schema not in self.schemas:
                raise SystemExit(f"overlay checks: no schema {schema}")
            self.api.checks[schema] = checks
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
            if item.get("type") == "string" and item.get("format") == "boolean":
                # A flag written as text in the query (`filtered_metrics=true`).
                item = {**item, "type": "boolean"}
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
        if result is not None and result.kind == "object" and "cursor" in names:
            # The 2026-07-31 copy paged in the result (`{items, pagination}`); --diff
            # reads that copy too.
            items = {f.json: f.type for f in self.api.models[result.name].fields}
            if "pagination" in items and items.get("items", Type("")).kind == "list":
                result = items["items"]
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


def hand_written_models(api: Api) -> set[str]:
    """Models whose Python classes are written by hand (variants of a hand-written union)."""
    out = set()
    for union in api.unions.values():
        if union.hand_written:
            out |= {name for _, name in union.variants}
    return out
