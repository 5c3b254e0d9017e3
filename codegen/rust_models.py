"""src/core/api/models.rs and requests.rs: the response types (lenient, open, unknown
fields kept) and the request types (strict) as serde structs and tagged enums."""

from __future__ import annotations

import json

from codegen.model import HEADER, Api, Model, Type, Union, one_line, snake


def rust_doc(text: str, indent: str = "") -> str:
    text = one_line(text)
    if not text:
        return ""
    return f"{indent}/// {text}\n"


def rust_str(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


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
        # A response type reads itself field by field (wire::Fields), keeping unknown ones.
        derives = "Debug, Clone, Default, PartialEq, Serialize" + (
            ", Deserialize" if request else ""
        )
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
        if not request:
            out.append(emit_fields_reader(model))
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


def emit_fields_reader(model: Model) -> str:
    """A response type's `Deserialize`: each known field read into its place, any other
    kept in `unknown` (wire::Fields)."""
    arms = []
    for f in model.fields:
        if f.type.kind in ("float", "number"):
            read = f"self.{f.rust} = map.next_value::<numbers::Float>()?.0"
        else:
            read = f"self.{f.rust} = map.next_value()?"
        arms.append(f"            {rust_str(f.json)} => {read},\n")
    return (
        f"\nimpl<'de> crate::core::wire::Fields<'de> for {model.name} {{\n"
        "    fn read_field<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {\n"
        "        match key {\n" + "".join(arms) + "            _ => return Ok(false),\n"
        "        }\n"
        "        Ok(true)\n"
        "    }\n"
        "    fn unknown_fields(&mut self) -> &mut Map<String, Value> {\n"
        "        &mut self.unknown\n"
        "    }\n"
        "}\n\n"
        f"impl<'de> Deserialize<'de> for {model.name} {{\n"
        "    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {\n"
        f"        crate::core::wire::deserialize_fields(d, {rust_str(model.name)})\n"
        "    }\n"
        "}\n"
    )
