"""src/core/api/operations.rs: every operation as data (method, path, parameters,
Accept, paging, permissions) and how its answer is parsed and its body checked."""

from __future__ import annotations

from typing import Any, Optional

from codegen.model import HEADER, Api, Field, Operation, Type, body_fields, pascal, snake
from codegen.rust_models import rust_str, rust_type


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
        "use crate::core::checks;\n",
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
        "/// The sandbox checks with this alone: what the API refuses beyond the schema, it\n"
        "/// words in its own way.\n"
        "pub fn check_schema(index: usize, body: Value) -> Result<Value, Error> {\n"
        "    match index {\n"
    )
    rules: list[str] = []
    arms: list[str] = []
    for op in api.operations:
        if op.body is None:
            continue
        out.append(
            f"        id::{const_name(op)} => crate::core::operation::checked::<requests::{op.body}>(body),\n"
        )
        target = api.request_models.get(op.body) or api.request_unions.get(op.body)
        checks = api.checks.get(target.schema) if target is not None else None
        if checks is None:
            continue
        name = f"CHECKS_{const_name(op)}"
        fields = body_fields(api, op)
        rules.append(emit_rules(name, checks, fields))
        names = ", ".join(rust_str(f.py) for f in fields)
        arms.append(
            f"        id::{const_name(op)} => checks::apply(&{name}, {rust_str(op.python_name)}, "
            f"&[{names}], body),\n"
        )
    out.append(
        '        _ => Err(Error::InvalidArgument(format!("{} takes no body", OPERATIONS.get(index).map_or("?", |o| o.python_name)))),\n    }\n}\n\n'
    )
    out.append(
        "/// [`check_schema`] and what the API refuses beyond the schema (spec/overlay.json,\n"
        "/// `checks`): what every entry point of the client checks before sending.\n"
        "pub fn check_body(index: usize, body: Value) -> Result<Value, Error> {\n"
        "    let body = check_schema(index, body)?;\n"
        "    match index {\n"
    )
    out += arms
    out.append("        _ => Ok(body),\n    }\n}\n")
    out += rules
    return "".join(out)


def emit_rules(name: str, checks: dict[str, Any], fields: list[Field]) -> str:
    """The overlay's checks of one body as a `checks::Rules` (core/checks.rs)."""
    py = {f.json: f.py for f in fields}
    hint = checks.get("at_least_one")
    lines = [
        f"\n/// Checks beyond the schema (spec/overlay.json, `checks`).\nstatic {name}: checks::Rules = checks::Rules {{\n",
        f"    at_least_one: {f'Some({rust_str(hint)})' if hint else 'None'},\n",
        "    fields: &[\n",
    ]
    for rule in checks.get("fields", []):
        field_name = rule["field"]
        if field_name not in py:
            raise SystemExit(f"overlay checks: {name} has no field {field_name}")
        when = rule.get("when")
        if "pattern" in rule:
            kind = f"checks::Rule::Pattern {{ pattern: {rust_str(rule['pattern'])}, what: {rust_str(rule['what'])} }}"
        elif rule.get("positive"):
            kind = "checks::Rule::Positive"
        elif "required" in rule:
            kind = f"checks::Rule::Required {{ why: {rust_str(rule['required'])} }}"
        else:
            raise SystemExit(f"overlay checks: {name}.{field_name}: no rule")
        lines.append(
            f"        checks::FieldRule {{ field: {rust_str(field_name)}, py_name: {rust_str(py[field_name])}, "
            f"when: {f'Some(({rust_str(when[0])}, {rust_str(when[1])}))' if when else 'None'}, rule: {kind} }},\n"
        )
    lines.append("    ],\n};\n")
    return "".join(lines)
