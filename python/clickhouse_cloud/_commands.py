"""The CLI's commands for every operation of the API, made from the generated client.

Each namespaced method (`client.services.update_state`) becomes a command
(`clickhouse-cloud services update-state SERVICE_ID --command stop`): its positional
parameters (path ids) are positional arguments, its keyword parameters (query
parameters, body fields) are options. Values are read as JSON when the parameter takes
more than text (`--min-replica-memory-gb 16`, `--ip-access-list '[...]'`), as text
otherwise. `--data` gives a whole body (`@file.json`, `-` for stdin, or inline JSON,
camelCase or snake_case keys); options override its fields. The organization comes
from `--org` or `$CLICKHOUSE_CLOUD_ORGANIZATION_ID`.

Nothing here knows one operation from another: a new operation in the spec is a new
command the day the generator adds its method.
"""

from __future__ import annotations

import argparse
import inspect
import json
import sys
from collections.abc import Iterable, Mapping
from typing import Any, Callable

from . import operations
from ._paging import Pager
from ._resource import NOT_GIVEN, Operation
from .resources import Namespaces, resource_class

# The columns a listing shows first, when its items have them.
PREFERRED_COLUMNS = (
    "id",
    "name",
    "functionName",
    "userId",
    "email",
    "state",
    "status",
    "provider",
    "region",
    "role",
    "createdAt",
    "date",
    "totalCHC",
)
MAX_COLUMNS = 6

# Annotations whose values are text as typed (anything else is read as JSON first).
TEXT_TYPES = ("str", "Id", "DateLike", "DateTimeLike")


def command_name(python_name: str) -> str:
    return python_name.replace("_", "-")


def _resource_class(namespace: str) -> type:
    """The sync resource class of a dotted namespace (`clickpipes.reverse_private_endpoints`)."""
    owner: Any = Namespaces
    for part in namespace.split("."):
        prop = getattr(owner, part)
        owner = inspect.signature(prop.fget).return_annotation
        if isinstance(owner, str):
            owner = resource_class(owner)
    return owner  # type: ignore[no-any-return]


def _is_text(annotation: str) -> bool:
    inner = annotation.replace("Optional[", "").replace("Union[", "").rstrip("]")
    kinds = {k.strip() for k in inner.split(",")} - {"NotGiven", "None"}
    return bool(kinds) and kinds <= set(TEXT_TYPES)


def _is_repeated(annotation: str) -> bool:
    """A list of text (roles, tags, a repeated query parameter): the option repeats."""
    return any(f"Sequence[{t}]" in annotation for t in TEXT_TYPES)


def _value(text: str, as_text: bool) -> Any:
    if as_text:
        return text
    try:
        return json.loads(text)
    except ValueError:
        return text


class GeneratedCommand:
    """One operation's command: how to build its parser and run it."""

    def __init__(self, record: Operation) -> None:
        self.record = record
        namespace, _, verb = record.python_name.rpartition(".")
        self.namespace = namespace
        self.verb = verb
        self.method = getattr(_resource_class(namespace), verb)
        params = list(inspect.signature(self.method).parameters.values())[1:]
        self.positional = [p for p in params if p.kind is p.POSITIONAL_OR_KEYWORD]
        self.keywords = [
            p for p in params if p.kind is p.KEYWORD_ONLY and p.name != "organization_id"
        ]
        self.has_organization = any(p.name == "organization_id" for p in params)
        self.takes_body = any(p.default is NOT_GIVEN for p in self.keywords)

    def help(self) -> str:
        doc = (self.method.__doc__ or "").strip().splitlines()
        return (doc[0] if doc else self.record.operation_id).rstrip(".")

    def add_to(self, group: Any) -> None:
        doc = inspect.getdoc(self.method) or ""
        description, _, args_section = doc.partition("\nArgs:\n")
        helps = dict(
            line.strip().partition(": ")[::2] for line in args_section.splitlines() if ": " in line
        )
        parser: argparse.ArgumentParser = group.add_parser(
            command_name(self.verb),
            help=self.help(),
            description=description.replace("`", "").strip(),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        for p in self.positional:
            number = str(p.annotation) == "int"  # a UDF's version
            parser.add_argument(
                p.name,
                metavar=p.name.upper(),
                type=int if number else str,
                help=helps.get(p.name),
            )
        for p in self.keywords:
            annotation = str(p.annotation)
            flag = "--" + p.name.rstrip("_").replace("_", "-")
            required = p.default is inspect.Parameter.empty
            kind = helps.get(p.name, "") + ("" if _is_text(annotation) else " (JSON)")
            if _is_repeated(annotation):
                parser.add_argument(
                    flag,
                    dest=p.name,
                    action="append",
                    required=required,
                    metavar="VALUE",
                    help=helps.get(p.name, "") + " (repeatable, or one JSON list)",
                )
            else:
                parser.add_argument(
                    flag, dest=p.name, required=required, metavar="VALUE", help=kind
                )
        if self.takes_body:
            parser.add_argument(
                "--data",
                metavar="JSON|@FILE",
                help="the body as JSON, @file.json or @- (stdin); options override its fields",
            )
        if self.has_organization:
            # Also after the command; SUPPRESS keeps a top-level --org from being reset.
            parser.add_argument(
                "--org",
                dest="org_option",
                metavar="ORG",
                default=argparse.SUPPRESS,
                help="organization id (default: $CLICKHOUSE_CLOUD_ORGANIZATION_ID)",
            )
        parser.add_argument("--json", action="store_true", help="print the API's JSON shape")
        parser.add_argument(
            "--show-secrets",
            action="store_true",
            help="print secrets the API returns once (a new key's secret, a password)",
        )
        parser.set_defaults(generated=self)

    def run(self, args: argparse.Namespace, client: Any) -> int:
        resource = client
        for part in self.namespace.split("."):
            resource = getattr(resource, part)
        method: Callable[..., Any] = getattr(resource, self.verb)
        positional = [getattr(args, p.name) for p in self.positional]
        keywords = self._body(args)
        for p in self.keywords:
            given = getattr(args, p.name)
            if given is None:
                continue
            as_text = _is_text(str(p.annotation))
            if isinstance(given, list):
                # `--roles admin --roles developer`, or one JSON list.
                values: list[Any] = []
                for text in given:
                    parsed = _value(text, False)
                    values.extend(parsed if isinstance(parsed, list) else [text])
                keywords[p.name] = values
            else:
                keywords[p.name] = _value(given, as_text)
        if self.has_organization and getattr(args, "org_option", None):
            keywords["organization_id"] = args.org_option
        result = method(*positional, **keywords)
        if isinstance(result, Pager):
            result = result.to_list()  # every page, shown as one list
        show(result, as_json=args.json, secrets=args.show_secrets)
        return 0

    def _body(self, args: argparse.Namespace) -> dict[str, Any]:
        raw = getattr(args, "data", None)
        if raw is None:
            return {}
        if raw == "@-":
            text = sys.stdin.read()
        elif raw.startswith("@"):
            with open(raw[1:], encoding="utf-8") as f:
                text = f.read()
        else:
            text = raw
        try:
            data = json.loads(text)
        except ValueError as e:
            raise ValueError(f"--data is not JSON: {e}") from None
        if not isinstance(data, dict):
            raise ValueError("--data must be a JSON object")
        # The API's camelCase names or the Python ones.
        names = {p.name.rstrip("_").replace("_", "").lower(): p.name for p in self.keywords}
        body: dict[str, Any] = {}
        for key, value in data.items():
            name = names.get(key.replace("_", "").lower())
            if name is None:
                raise ValueError(f"--data: {key!r} is not a field of {self.record.python_name}")
            body[name] = value
        return body


def generated_commands() -> list[GeneratedCommand]:
    return [GeneratedCommand(record) for record in operations()]


def add_generated(
    commands: Any,
    groups: dict[str, Any],
    hand_written: set[tuple[str, str]],
) -> None:
    """Adds a command per operation under `commands` (the top-level subparsers);
    `groups` collects each namespace's subparsers (the hand-written commands join
    them), and `hand_written` names the (namespace, command) pairs they take over."""
    for generated in generated_commands():
        key = (generated.namespace, command_name(generated.verb))
        if key in hand_written:
            continue
        generated.add_to(namespace_group(commands, groups, generated.namespace))


def namespace_group(commands: Any, groups: dict[str, Any], namespace: str) -> Any:
    """The subparsers of a dotted namespace, made on first use."""
    if namespace in groups:
        return groups[namespace]
    parent_name, _, last = namespace.rpartition(".")
    parent = namespace_group(commands, groups, parent_name) if parent_name else commands
    count = sum(1 for op in operations() if op.python_name.startswith(namespace + "."))
    parser = parent.add_parser(
        command_name(last), help=f"client.{namespace}: {count} operation{'s' * (count != 1)}"
    )
    group = parser.add_subparsers(
        dest=f"action_{namespace.replace('.', '_')}", required=True, metavar="ACTION"
    )
    groups[namespace] = group
    return group


# -- output ----------------------------------------------------------------------------


def as_data(value: Any, secrets: bool) -> Any:
    if isinstance(value, list):
        return [as_data(v, secrets) for v in value]
    to_dict = getattr(value, "to_dict", None)
    if to_dict is None:
        return value
    if secrets and "include_secrets" in inspect.signature(to_dict).parameters:
        return to_dict(include_secrets=True)
    return to_dict()


def _has_secrets(value: Any) -> bool:
    values = value if isinstance(value, list) else [value]
    for item in values:
        to_dict = getattr(item, "to_dict", None)
        if to_dict is not None and "include_secrets" in inspect.signature(to_dict).parameters:
            if item.to_dict(include_secrets=True) != item.to_dict():
                return True
    return False


def show(result: Any, *, as_json: bool, secrets: bool) -> None:
    if result is None:
        if as_json:
            print("null")
        else:
            print("done")
        return
    if isinstance(result, str):
        sys.stdout.write(result if result.endswith("\n") else result + "\n")
        return
    data = as_data(result, secrets)
    if as_json:
        print(json.dumps(data, indent=2))
    elif isinstance(data, list):
        print(table(data) if data else "(none)")
    elif isinstance(data, Mapping):
        print(fields(data))
    else:
        print(data)
    if not secrets and _has_secrets(result):
        print(
            "(a secret the API shows only once was hidden: run again with --show-secrets "
            "to print it)",
            file=sys.stderr,
        )


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value)
    return str(value)


def table(rows: list[Any]) -> str:
    """Rows of dicts as aligned columns: the preferred ones they have, else the first
    scalar ones."""
    if not all(isinstance(r, Mapping) for r in rows):
        return "\n".join(_cell(r) for r in rows)
    present: list[str] = []
    for row in rows:
        for key, value in row.items():
            if key not in present and not isinstance(value, (dict, list)):
                present.append(key)
    columns = [c for c in PREFERRED_COLUMNS if c in present]
    columns += [c for c in present if c not in columns]
    columns = columns[:MAX_COLUMNS] or list(rows[0])[:MAX_COLUMNS]
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip()]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


def fields(data: Mapping[str, Any]) -> str:
    width = max((len(k) for k in data), default=0)
    return "\n".join(f"{k.ljust(width)}  {_cell(v)}" for k, v in data.items())


def namespaces() -> Iterable[str]:
    return sorted({op.python_name.rpartition(".")[0] for op in operations()})
