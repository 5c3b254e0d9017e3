"""Checks of the release files, for scripts/check-wheels.sh. Stdlib only.

python scripts/wheel_checks.py auditwheel AUDITWHEEL WHEEL...
    `auditwheel show` on each Linux wheel: the platform tag auditwheel finds is one of
    the wheel's own tags, and the wheel needs no shared library outside the policy.
python scripts/wheel_checks.py sdist TARBALL
    The sdist holds the licence, the spec, the generator and every file it generates
    (`codegen/generate.py --check` passes in the unpacked sdist), the lock file and
    the metadata (License-Expression, License-File, the version of Cargo.toml).
python scripts/wheel_checks.py musl-loader LOADER SO [--qemu QEMU --prefix ROOT]
    musl's dynamic loader resolves every symbol of the extension module except
    CPython's own (an extension module takes those from the interpreter).
python scripts/wheel_checks.py musl-soname PATCHELF WHEEL
    The one fix-up (scripts/build-wheels.sh): a musllinux wheel's extension names
    musl's libc as Alpine does, libc.musl-ARCH.so.1, not zig's libc.so.
python scripts/wheel_checks.py table FILE...
    file, platform tag and size of each wheel or sdist.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# What an sdist must hold to build from itself and to regenerate and check its own code.
SDIST_FILES = [
    "LICENSE",
    "README.md",
    "CHANGELOG.md",
    "pyproject.toml",
    "Cargo.toml",
    "Cargo.lock",
    "spec/cloud-openapi.json",
    "spec/cloud-openapi.lock",
    "spec/overlay.json",
    "codegen/generate.py",
    "codegen/__init__.py",
    "codegen/cli.py",
    "codegen/model.py",
    "codegen/templates/_native.pyi",
    "python/clickhouse_cloud/py.typed",
    "src/lib.rs",
]
# The generator's output (codegen/generate.py, outputs()).
GENERATED = [
    "src/core/api/models.rs",
    "src/core/api/requests.rs",
    "src/core/api/operations.rs",
    "src/py/api.rs",
    "python/clickhouse_cloud/resources/__init__.py",
    "python/clickhouse_cloud/_enums.py",
    "python/clickhouse_cloud/_native.pyi",
    "docs/reference.md",
]


def fail(message: str) -> None:
    raise SystemExit(f"FAIL: {message}")


def wheel_tags(name: str) -> tuple[str, set[str]]:
    """(python-abi, {platform tags}) of a wheel's file name; manylinux2014 is also
    written manylinux_2_17."""
    stem = name[: -len(".whl")]
    parts = stem.split("-")
    python, abi, platforms = parts[-3], parts[-2], parts[-1]
    tags = set(platforms.split("."))
    for tag in list(tags):
        if tag.startswith("manylinux2014_"):
            tags.add("manylinux_2_17_" + tag[len("manylinux2014_") :])
    return f"{python}-{abi}", tags


def auditwheel(tool: str, wheels: list[str]) -> None:
    for wheel in wheels:
        name = Path(wheel).name
        python_abi, tags = wheel_tags(name)
        if python_abi != "cp39-abi3":
            fail(f"{name}: {python_abi}, not one abi3 wheel for CPython 3.9 and later")
        with tempfile.TemporaryDirectory() as nothing:
            # A musllinux wheel is audited against no library of this (glibc) machine.
            ldpaths = ["--ldpaths", nothing] if "musllinux" in name else []
            show = subprocess.run(
                [tool, "show", "--json", *ldpaths, wheel], capture_output=True, text=True
            )
        if show.returncode != 0:
            fail(f"{name}: auditwheel show exited {show.returncode}:\n{show.stdout}{show.stderr}")
        report = json.loads(show.stdout)
        tag = report["overall_tag"]
        if tag not in tags:
            fail(f"{name}: auditwheel says {tag}, the file name says {sorted(tags)}:\n{report}")
        if report["external_libs"]:
            fail(f"{name}: needs libraries outside the policy: {report['external_libs']}")
        if report["pyfpe"] or report["ucs2"] or report["unsupported_isa"]:
            fail(f"{name}: {report}")
        libs = ", ".join(
            f"{lib} ({max(versions, key=_version_key)})" if versions else lib
            for lib, versions in report["versioned_symbols"].items()
        )
        print(f"ok  {name}: auditwheel: {tag}; no external library; symbols: {libs or 'none'}")


def _version_key(version: str) -> tuple[int, ...]:
    """GLIBC_2.17 -> (2, 17), for the newest version a wheel needs."""
    return tuple(int(n) for n in re.findall(r"\d+", version))


def musl_soname(patchelf: str, wheel: str) -> None:
    """zig links a musl extension against `libc.so`; Alpine's toolchains and the
    musllinux policy (auditwheel) name musl's libc `libc.musl-ARCH.so.1` (musl's loader
    takes either as itself). Renames the DT_NEEDED entry in each extension of the wheel
    and rewrites the wheel's RECORD."""
    found = re.search(r"musllinux_\d+_\d+_(\w+)\.whl$", Path(wheel).name)
    if found is None:
        fail(f"{wheel}: not a musllinux wheel")
    musl = f"libc.musl-{found[1]}.so.1"
    with tempfile.TemporaryDirectory() as scratch:
        with zipfile.ZipFile(wheel) as z:
            infos = z.infolist()
            z.extractall(scratch)
        changed = []
        for info in infos:
            if not info.filename.endswith(".so"):
                continue
            path = Path(scratch) / info.filename
            needed = subprocess.run(
                [patchelf, "--print-needed", str(path)], check=True, capture_output=True, text=True
            ).stdout.split()
            if "libc.so" in needed:
                replace = [patchelf, "--replace-needed", "libc.so", musl, str(path)]
                subprocess.run(replace, check=True)
                changed.append(info.filename)
        if not changed:
            print(f"{Path(wheel).name}: no extension needs libc.so")
            return
        record_name = next(i.filename for i in infos if i.filename.endswith(".dist-info/RECORD"))
        record_path = Path(scratch) / record_name
        rows = []
        for line in record_path.read_text().splitlines():
            file = line.split(",")[0]
            if file in changed:
                data = (Path(scratch) / file).read_bytes()
                digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
                line = f"{file},sha256={digest.decode()},{len(data)}"
            rows.append(line)
        record_path.write_text("\n".join(rows) + "\n")
        patched = Path(scratch) / "patched.whl"
        with zipfile.ZipFile(patched, "w", zipfile.ZIP_DEFLATED) as out:
            for info in infos:
                out.write(Path(scratch) / info.filename, info.filename)
        shutil.move(str(patched), wheel)
    print(f"{Path(wheel).name}: DT_NEEDED libc.so -> {musl} in {', '.join(changed)}")


def sdist(tarball: str) -> None:
    name = Path(tarball).name
    with tarfile.open(tarball) as tar:
        members = tar.getnames()
        top = members[0].split("/")[0]
        present = {m.split("/", 1)[1] for m in members if "/" in m}
        missing = [f for f in SDIST_FILES + GENERATED if f not in present]
        if missing:
            fail(f"{name}: missing {missing}")
        pkg_info = tar.extractfile(f"{top}/PKG-INFO")
        assert pkg_info is not None
        metadata = pkg_info.read().decode()
        with tempfile.TemporaryDirectory() as scratch:
            tar.extractall(scratch, filter="data")
            check = subprocess.run(
                [sys.executable, "codegen/generate.py", "--check"],
                cwd=Path(scratch) / top,
                capture_output=True,
                text=True,
            )
            if check.returncode != 0:
                fail(f"{name}: codegen/generate.py --check in the sdist:\n{check.stdout}")
    sys.path.insert(0, str(ROOT / "scripts"))
    from changelog import version

    for line in (
        "License-Expression: Apache-2.0",
        "License-File: LICENSE",
        f"Version: {version()}",
    ):
        if line not in metadata.splitlines():
            fail(f"{name}: PKG-INFO has no line {line!r}")
    print(
        f"ok  {name}: {len(members)} files; LICENSE, the spec, the generator and its "
        f"{len(GENERATED)} outputs; generate.py --check passes in it"
    )


PY_SYMBOL = re.compile(r"^_?Py|^PyExc_|^_Py_")


def musl_loader(argv: list[str]) -> None:
    """musl's loader, as `ld-musl-ARCH.so.1 --list SO`, relocates the object and prints
    each symbol it cannot resolve."""
    loader, shared_object, *rest = argv
    prefix_cmd: list[str] = []
    if rest:
        if rest[0] != "--qemu" or rest[2] != "--prefix":
            fail("usage: musl-loader LOADER SO [--qemu QEMU --prefix ROOT]")
        prefix_cmd = [rest[1], "-L", rest[3]]
    run = subprocess.run(
        [*prefix_cmd, loader, "--list", shared_object], capture_output=True, text=True
    )
    text = run.stdout + run.stderr
    unresolved = re.findall(r"Error relocating [^:]+: (\S+): symbol not found", text)
    others = [s for s in unresolved if not PY_SYMBOL.match(s)]
    if others:
        fail(f"{shared_object}: musl cannot resolve {sorted(set(others))}")
    other_errors = [
        line for line in text.splitlines() if "rror" in line and "symbol not found" not in line
    ]
    if other_errors:
        fail(f"{shared_object}: musl's loader: {other_errors}")
    needed = sorted(
        {line.split()[0] for line in run.stdout.splitlines() if "=>" in line or "ld-musl" in line}
    )
    print(
        f"ok  {Path(shared_object).name}: musl resolves every symbol but CPython's "
        f"({len(set(unresolved))} Py*); needs {', '.join(needed) or 'libc only'}"
    )


def table(files: list[str]) -> None:
    print(f"{'file':78} {'platform tag':44} {'size':>9}")
    for file in files:
        path = Path(file)
        if path.suffix == ".whl":
            tag = path.name[: -len(".whl")].split("-")[-1]
            with zipfile.ZipFile(path) as z:
                inner = sum(i.file_size for i in z.infolist() if i.filename.endswith(".so"))
            extra = f"  (extension {inner / 2**20:.1f} MiB unpacked)" if inner else ""
        else:
            tag, extra = "(source)", ""
        print(f"{path.name:78} {tag:44} {path.stat().st_size / 2**20:6.2f} MiB{extra}")


def main(argv: list[str]) -> None:
    if len(argv) >= 3 and argv[0] == "auditwheel":
        auditwheel(argv[1], argv[2:])
    elif len(argv) == 3 and argv[0] == "musl-soname":
        musl_soname(argv[1], argv[2])
    elif len(argv) == 2 and argv[0] == "sdist":
        sdist(argv[1])
    elif len(argv) >= 3 and argv[0] == "musl-loader":
        musl_loader(argv[1:])
    elif len(argv) >= 2 and argv[0] == "table":
        table(argv[1:])
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
