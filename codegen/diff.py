"""`--diff OLD.json NEW.json`: what a new copy of the spec changes, for review and the
CHANGELOG. Both copies are read by today's generator and overlay, so the report is in
the names and types users see: operations and schemas added, removed and changed, and
every public Python name or type that changes, the breaking ones marked."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from codegen.model import Api, Model, Operation, body_fields, load
from codegen.python_types import py_arg_type, py_result_type, result_annotation

BREAKING = "**breaking**"


def method_params(api: Api, op: Operation) -> dict[str, tuple[str, bool]]:
    """A method's arguments: name -> (annotation, required)."""
    params = {p.py: (py_arg_type(api, p.type), True) for p in op.path_params}
    for p in op.query_params:
        if not op.is_page_param(p):
            params[p.py] = (py_arg_type(api, p.type), p.required)
    for f in body_fields(api, op):
        params[f.py] = (py_arg_type(api, f.type), False)
    return params


def class_fields(api: Api, model: Model) -> dict[str, str]:
    return {f.py: py_result_type(api, f.type) for f in model.fields}


def diff(old_path: Path, new_path: Path, overlay: Path) -> str:
    old, new = load(old_path, overlay, check_lock=False), load(new_path, overlay, check_lock=False)
    old_raw: dict[str, Any] = json.loads(old_path.read_text())["components"]["schemas"]
    new_raw: dict[str, Any] = json.loads(new_path.read_text())["components"]["schemas"]
    out = [f"# Spec changes: {old_path.name} -> {new_path.name}\n"]

    old_ops = {op.id: op for op in old.operations}
    new_ops = {op.id: op for op in new.operations}
    added = [new_ops[i] for i in new_ops if i not in old_ops]
    removed = [old_ops[i] for i in old_ops if i not in new_ops]
    out.append(f"\n## Operations: {len(old_ops)} -> {len(new_ops)}\n")
    out.append(f"\n### Added ({len(added)})\n\n")
    out += [f"- `client.{op.python_name}()`: `{op.method} {op.path}` ({op.id})\n" for op in added]
    out.append(f"\n### Removed ({len(removed)})\n\n")
    out += [f"- {BREAKING} `client.{op.python_name}()` ({op.id})\n" for op in removed]
    out.append("\n### Changed\n\n")
    for op_id, before in old_ops.items():
        after = new_ops.get(op_id)
        if after is None:
            continue
        notes = []
        if before.python_name != after.python_name:
            notes.append(f"{BREAKING} renamed to `client.{after.python_name}()`")
        if (before.method, before.path) != (after.method, after.path):
            notes.append(f"now `{after.method} {after.path}`")
        old_result = result_annotation(old, before, False)
        new_result = result_annotation(new, after, False)
        if old_result != new_result:
            notes.append(f"{BREAKING} returns `{new_result}` (was `{old_result}`)")
        old_params, new_params = method_params(old, before), method_params(new, after)
        for name, (kind, required) in new_params.items():
            if name not in old_params:
                mark = f"{BREAKING} required " if required else ""
                notes.append(f"{mark}new argument `{name}: {kind}`")
            elif old_params[name][0] != kind:
                notes.append(
                    f"{BREAKING} argument `{name}` is `{kind}` (was `{old_params[name][0]}`)"
                )
        for name in old_params:
            if name not in new_params:
                notes.append(f"{BREAKING} argument `{name}` removed")
        if before.permissions != after.permissions:
            notes.append("permissions: " + (", ".join(after.permissions) or "none"))
        if after.deprecated and not before.deprecated:
            notes.append("deprecated")
        if before.paging != after.paging:
            notes.append(f"paged by {after.paging or 'nothing'} (was {before.paging or 'none'})")
        if before.accept != after.accept:
            notes.append(f"answers `{after.accept}`")
        if notes:
            out.append(f"- `client.{after.python_name}()` ({op_id}): " + "; ".join(notes) + "\n")

    added_schemas = sorted(set(new_raw) - set(old_raw))
    removed_schemas = sorted(set(old_raw) - set(new_raw))
    changed_schemas = sorted(n for n in set(old_raw) & set(new_raw) if old_raw[n] != new_raw[n])
    out.append(f"\n## Schemas: {len(old_raw)} -> {len(new_raw)}\n\n")
    out.append(f"- added ({len(added_schemas)}): " + ", ".join(added_schemas) + "\n")
    out.append(f"- removed ({len(removed_schemas)}): " + ", ".join(removed_schemas) + "\n")
    out.append(f"- changed ({len(changed_schemas)}): " + ", ".join(changed_schemas) + "\n")

    out.append("\n## Python classes\n\n")
    for name in sorted(set(new.models) - set(old.models)):
        out.append(f"- new class `{name}`\n")
    for name in sorted(set(old.models) - set(new.models)):
        out.append(f"- {BREAKING} class `{name}` removed\n")
    for name in sorted(set(old.models) & set(new.models)):
        before_fields = class_fields(old, old.models[name])
        after_fields = class_fields(new, new.models[name])
        notes = []
        notes += [f"new `{f}: {t}`" for f, t in after_fields.items() if f not in before_fields]
        notes += [f"{BREAKING} `{f}` removed" for f in before_fields if f not in after_fields]
        notes += [
            f"{BREAKING} `{f}` is `{t}` (was `{before_fields[f]}`)"
            for f, t in after_fields.items()
            if f in before_fields and before_fields[f] != t
        ]
        if notes:
            out.append(f"- `{name}`: " + "; ".join(notes) + "\n")
    return "".join(out)
