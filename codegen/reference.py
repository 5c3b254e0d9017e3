"""docs/reference.md: every method of the client, its signature, its operation and
the permissions it needs."""

from __future__ import annotations

from codegen.model import HEADER, Api, Operation, body_fields, one_line
from codegen.python_types import permissions_line, py_arg_type, result_annotation


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
