"""The command line of codegen/generate.py: which files are generated (`outputs`),
writing them (each headed on its first line as generated), `--check`, `--list` and
`--diff`. A generated file that no output gives any more (a namespace gone) is removed."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from codegen.diff import diff
from codegen.enums import emit_enums
from codegen.model import HEADER, OVERLAY, ROOT, SPEC, Api, load
from codegen.py_classes import emit_py_classes
from codegen.py_resources import PACKAGE, emit_py_resources
from codegen.reference import emit_reference
from codegen.rust_models import emit_rust_models
from codegen.rust_operations import emit_rust_operations
from codegen.stubs import emit_stubs

# Where generated files live that an output may stop giving (a namespace's module).
GENERATED_DIRS = (PACKAGE,)


def first_line(path: str) -> str:
    """The line that heads a generated file, in the file's own comment syntax."""
    if path.endswith(".rs"):
        return f"// {HEADER}.\n"
    if path.endswith(".md"):
        return f"<!-- {HEADER} -->\n"
    return f"# {HEADER}.\n"


def outputs(api: Api, overlay: dict[str, Any]) -> dict[str, str]:
    """Every generated file, by path from the repository root, with its first line."""
    files = {
        "src/core/api/models.rs": emit_rust_models(api, request=False),
        "src/core/api/requests.rs": emit_rust_models(api, request=True),
        "src/core/api/operations.rs": emit_rust_operations(api),
        "src/py/api.rs": emit_py_classes(api, overlay),
        **emit_py_resources(api),
        "python/clickhouse_cloud/_enums.py": emit_enums(api),
        "docs/reference.md": emit_reference(api),
        "python/clickhouse_cloud/_native.pyi": emit_stubs(
            api, overlay, (ROOT / "codegen" / "templates" / "_native.pyi").read_text()
        ),
    }
    return {path: first_line(path) + text for path, text in files.items()}


def generated_files(root: Path) -> set[str]:
    """The files under GENERATED_DIRS that say on their first line that they are generated."""
    found = set()
    for directory in GENERATED_DIRS:
        for path in (root / directory).glob("*"):
            if path.is_file():
                with path.open(encoding="utf-8") as f:
                    if HEADER in f.readline():
                        found.add(str(path.relative_to(root)))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="codegen/generate.py",
        description="Generates the API surface from spec/cloud-openapi.json and spec/overlay.json.",
    )
    parser.add_argument("--check", action="store_true", help="fail if a committed file differs")
    parser.add_argument("--spec", type=Path, default=SPEC, help="another spec (no lock check)")
    parser.add_argument("--overlay", type=Path, default=OVERLAY)
    parser.add_argument("--out", type=Path, default=ROOT, help="where to write the files")
    parser.add_argument("--list", action="store_true", help="print the operations and their names")
    parser.add_argument(
        "--diff",
        nargs=2,
        type=Path,
        metavar=("OLD", "NEW"),
        help="print what NEW changes against OLD (Markdown), breaking changes marked",
    )
    args = parser.parse_args()
    if args.diff:
        print(diff(args.diff[0], args.diff[1], args.overlay), end="")
        return
    api = load(args.spec, args.overlay, check_lock=args.spec == SPEC)
    if args.list:
        for op in api.operations:
            call = ", ".join(p.py for p in op.path_params)
            print(f"{op.id:42s} {op.method:6s} client.{op.python_name}({call})")
        return
    files = outputs(api, json.loads(args.overlay.read_text()))
    stale = []
    for relative, text in files.items():
        path = args.out / relative
        current = path.read_text() if path.exists() else None
        if current == text:
            continue
        if args.check:
            stale.append(relative)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
            print(f"wrote {relative}")
    for relative in sorted(generated_files(args.out) - set(files)):
        if args.check:
            stale.append(f"{relative} (no longer generated)")
        else:
            (args.out / relative).unlink()
            print(f"removed {relative}")
    if stale:
        print("generated files differ from what spec/ and codegen/ give:", *stale, sep="\n  ")
        print("run: python codegen/generate.py")
        sys.exit(1)
