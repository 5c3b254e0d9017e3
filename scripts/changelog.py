"""The version (set once, in Cargo.toml) and its CHANGELOG.md section.

    python scripts/changelog.py version        prints the version
    python scripts/changelog.py check          CI: CHANGELOG.md has a section for it
    python scripts/changelog.py notes v1.2.3   release: the tag is v + the version, its
                                               section is dated; prints the section

Stdlib only (Python 3.11+ for tomllib), so the release workflow runs it before anything
is installed.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parent.parent
HEADING = re.compile(r"^## (?P<version>\S+) - (?P<date>\d{4}-\d{2}-\d{2}|unreleased)\s*$")


def version() -> str:
    with open(ROOT / "Cargo.toml", "rb") as f:
        return str(tomllib.load(f)["package"]["version"])


def sections() -> dict[str, tuple[str, str]]:
    """version -> (date or "unreleased", the section's text without its heading)."""
    found: dict[str, tuple[str, str]] = {}
    current: str | None = None
    date = ""
    lines: list[str] = []
    for line in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            if current is not None:
                found[current] = (date, "\n".join(lines).strip() + "\n")
            match = HEADING.match(line)
            if match is None:
                raise SystemExit(
                    f"CHANGELOG.md: a heading not in the form `## VERSION - DATE`: {line!r}"
                )
            current, date, lines = match["version"], match["date"], []
            if current in found:
                raise SystemExit(f"CHANGELOG.md: two sections for {current}")
        elif current is not None:
            lines.append(line)
    if current is not None:
        found[current] = (date, "\n".join(lines).strip() + "\n")
    return found


def main(argv: list[str]) -> int:
    if argv == ["version"]:
        print(version())
        return 0
    v = version()
    entry = sections().get(v)
    if argv == ["check"]:
        if entry is None:
            raise SystemExit(f"CHANGELOG.md has no section for {v} (the version in Cargo.toml)")
        print(f"CHANGELOG.md: {v} ({entry[0]})")
        return 0
    if len(argv) == 2 and argv[0] == "notes":
        tag = argv[1].removeprefix("refs/tags/")
        if tag != f"v{v}":
            raise SystemExit(f"tag {tag} is not v{v}, the version in Cargo.toml")
        if entry is None:
            raise SystemExit(f"CHANGELOG.md has no section for {v}")
        if entry[0] == "unreleased":
            raise SystemExit(f"CHANGELOG.md: {v} is still `unreleased`: date it before tagging")
        sys.stdout.write(entry[1])
        return 0
    raise SystemExit(__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
