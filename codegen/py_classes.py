"""src/py/api.rs: a pyo3 value class per response type (`value_class!`) and each
operation's result as Python objects."""

from __future__ import annotations

from typing import Any

from codegen.model import HEADER, Api, Field, Model, Type, Union, hand_written_models
from codegen.rust_models import rust_str
from codegen.rust_operations import output_variant


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
