"""python/clickhouse_cloud/resources/: one module per top-level namespace, the sync and
async classes side by side, and the package's index of operations (`__init__.py`)."""

from __future__ import annotations

from typing import Optional

from codegen.model import (
    HEADER,
    Api,
    Operation,
    Type,
    body_fields,
    namespace_tree,
    pascal,
    snake,
)
from codegen.python_types import op_doc, py_arg_type, py_docstring, result_annotation


def resource_class(namespace: str, asynchronous: bool) -> str:
    return ("Async" if asynchronous else "") + pascal(namespace.replace(".", "_")) + "Resource"


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


def types_used(api: Api, operations: list[Operation]) -> set[str]:
    """The value classes the methods of `operations` name in their annotations."""
    used: set[str] = set()
    for op in operations:
        stack: list[Optional[Type]] = [op.result] + [f.type for f in body_fields(api, op)]
        while stack:
            t = stack.pop()
            if t is None:
                continue
            if t.kind in ("list", "map"):
                stack.append(t.of)
            elif t.kind == "object" and t.name in api.models:
                used.add(t.name)
            elif t.kind == "union" and t.name in api.unions:
                union = api.unions[t.name]
                if union.hand_written:
                    used.add(union.name)
                used.update(v for _, v in union.variants)
    return used


PACKAGE = "python/clickhouse_cloud/resources"


def module_of(namespace: str) -> str:
    """The module of a namespace: its top-level namespace's (`clickstack.alerts` is in
    `clickstack.py`)."""
    return namespace.split(".", 1)[0]


def emit_py_resources(api: Api) -> dict[str, str]:
    """The resources package: `__init__.py` (the index of operations and the client's
    namespaces, each module loaded when first used) and one module per top-level
    namespace."""
    tree = namespace_tree(api)
    by_namespace: dict[str, list[tuple[int, Operation]]] = {}
    for index, op in enumerate(api.operations):
        by_namespace.setdefault(op.namespace, []).append((index, op))
    files = {f"{PACKAGE}/__init__.py": emit_index(api, tree)}
    for top in tree[""]:
        members = sorted(
            (n for n in tree if n and module_of(n) == top), key=lambda n: (-n.count("."), n)
        )
        files[f"{PACKAGE}/{top}.py"] = emit_module(api, top, members, tree, by_namespace)
    return files


def emit_index(api: Api, tree: dict[str, list[str]]) -> str:
    out = [
        '"""The API\'s operations as resource namespaces of `Client` and `AsyncClient`: one\n',
        "method per operation of the spec, in both; one module per top-level namespace,\n",
        "imported when the namespace is first used.\n\n",
        f'{HEADER}.\n"""\n\n',
        '# mypy: disable-error-code="no-any-return"\n',
        "from __future__ import annotations\n\n",
        "import importlib\n",
        "from typing import TYPE_CHECKING, Any\n\n",
        "from .._resource import Operation\n\n",
        "if TYPE_CHECKING:\n",
    ]
    for top in tree[""]:
        classes = [resource_class(top, False), resource_class(top, True)]
        out.append(f"    from .{top} import {', '.join(sorted(classes))}\n")
    out += [
        "\n",
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
    out.append("INDEX = {op.operation_id: i for i, op in enumerate(OPERATIONS)}\n\n")
    out.append("# Each resource class, by name: the module that defines it.\n")
    out.append("_CLASSES = {\n")
    for namespace in sorted(n for n in tree if n):
        for asynchronous in (False, True):
            out.append(
                f"    {resource_class(namespace, asynchronous)!r}: {module_of(namespace)!r},\n"
            )
    out.append("}\n")
    out.append("_LOADED: dict[str, Any] = {}\n\n\n")
    out.append(
        "def resource_class(name: str) -> Any:\n"
        '    """A resource class by name (`BackupsResource`), its module imported on first use."""\n'
        "    cls = _LOADED.get(name)\n"
        "    if cls is None:\n"
        '        module = importlib.import_module(f"{__name__}.{_CLASSES[name]}")\n'
        "        cls = _LOADED[name] = getattr(module, name)\n"
        "    return cls\n"
    )
    for asynchronous in (False, True):
        mixin = "AsyncNamespaces" if asynchronous else "Namespaces"
        who = "an `AsyncClient`" if asynchronous else "a `Client`"
        out.append(f"\n\nclass {mixin}:\n")
        out.append(f'    """The resource namespaces of {who}."""\n\n    __slots__ = ()\n')
        for child in tree[""]:
            child_cls = resource_class(child, asynchronous)
            out.append(
                f"\n    @property\n    def {child}(self) -> {child_cls}:\n"
                f'        return resource_class("{child_cls}")(self)\n'
            )
    return "".join(out)


def emit_module(
    api: Api,
    top: str,
    members: list[str],
    tree: dict[str, list[str]],
    by_namespace: dict[str, list[tuple[int, Operation]]],
) -> str:
    operations = [op for n in members for _, op in by_namespace.get(n, [])]
    used = sorted(types_used(api, operations))
    out = [
        f'"""`client.{top}` and `async_client.{top}`: the sync and async resource classes\n',
        "side by side.\n\n",
        f'{HEADER}.\n"""\n\n',
        '# mypy: disable-error-code="no-any-return"\n',
        "# ruff: noqa\n",
        "from __future__ import annotations\n\n",
        "import datetime\n",
        "import uuid\n",
        "from collections.abc import Mapping, Sequence\n",
        "from typing import Any, Optional, Union\n\n",
        "from .._display import ResultList\n",
        "from .._paging import AsyncPager, Pager\n",
    ]
    if used:
        out.append("from .._native import (\n" + "".join(f"    {n},\n" for n in used) + ")\n")
    out.append(
        "from .._resource import (\n    NOT_GIVEN,\n    AsyncResource,\n    DateLike,\n"
        "    DateTimeLike,\n    Id,\n    NotGiven,\n    Resource,\n    body_of,\n"
        "    warn_deprecated,\n)\n"
    )
    for namespace in members:
        for asynchronous in (False, True):
            base = "AsyncResource" if asynchronous else "Resource"
            cls = resource_class(namespace, asynchronous)
            tag = next((op.tag for _, op in by_namespace.get(namespace, [])), "")
            client = "async_client" if asynchronous else "client"
            out.append(f"\n\nclass {cls}({base}):\n")
            out.append(f'    """`{client}.{namespace}`: {tag or namespace} operations."""\n\n')
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
    return "".join(out)
