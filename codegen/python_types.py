"""The Python annotations of the generated code: one table of scalar kinds, the
types of results and arguments, and the docstrings made from the spec."""

from __future__ import annotations

from typing import Optional

from codegen.model import Api, Field, Operation, Type, body_fields, one_line

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
    return {
        "uuid": "_Id",
        "datetime": "datetime.datetime",
        "date": "Union[datetime.date, str]",
    }.get(t.kind, PY_SCALARS[t.kind][1])


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
