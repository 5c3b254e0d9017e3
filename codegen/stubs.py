"""python/clickhouse_cloud/_native.pyi: the stubs of the native module, from
codegen/templates/_native.pyi and the generated classes."""

from __future__ import annotations

import re
from typing import Any

from codegen.model import HEADER, Api, hand_written_models
from codegen.python_types import py_docstring, stub_arg_type, stub_field_type


def emit_stubs(api: Api, overlay: dict[str, Any], template: str) -> str:
    hand = hand_written_models(api)
    positional: dict[str, list[str]] = overlay.get("positional", {})
    head, _, rest = template.partition('"""\n\n')
    names = sorted(
        {m.name for m in api.models.values() if m.name not in hand}
        | set(re.findall(r"^class (\w+)", rest, re.M))
        | set(re.findall(r"^def (\w+)", rest, re.M))
        | set(re.findall(r"^([A-Z][A-Z_]+): ", rest, re.M))
        | {"__version__"}
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
