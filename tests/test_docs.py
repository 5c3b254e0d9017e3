"""The documents stay true to the tree: ARCHITECTURE.md names only files that exist and
names every source folder; every relative link of the README, docs/ and CONTRIBUTING.md
leads to a file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARCHITECTURE = (ROOT / "ARCHITECTURE.md").read_text()
DOCUMENTS = [
    "README.md",
    "CONTRIBUTING.md",
    "ARCHITECTURE.md",
    *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "docs").glob("*.md")),
]
SOURCE_FILE = re.compile(r"`([\w./-]+\.(?:rs|py|pyi|md|json|sh))(?:::\w+)?`")
# Where a bare file name (`client.rs`) is looked for.
SOURCE_DIRS = ["src", "python/clickhouse_cloud", "codegen", "scripts", "spec", "tests", "benches"]


def named_files() -> set[str]:
    return set(SOURCE_FILE.findall(ARCHITECTURE))


def exists(name: str) -> bool:
    name = name.replace("python/.../", "python/clickhouse_cloud/")
    if (ROOT / name).exists():
        return True
    return any(list((ROOT / d).rglob(Path(name).name)) for d in SOURCE_DIRS)


def test_architecture_names_only_files_that_exist() -> None:
    names = named_files()
    assert len(names) > 30  # the code map is read, not skipped
    missing = sorted(n for n in names if not exists(n))
    assert missing == []


def source_folders() -> list[str]:
    folders = [p for p in (ROOT / "src").rglob("*") if p.is_dir()]
    folders += [p for p in (ROOT / "python" / "clickhouse_cloud").iterdir() if p.is_dir()]
    folders.append(ROOT / "codegen")
    return sorted(
        str(p.relative_to(ROOT)) for p in folders if p.name not in ("__pycache__", "templates")
    )


@pytest.mark.parametrize("folder", source_folders())
def test_architecture_names_every_source_folder(folder: str) -> None:
    last = folder.rsplit("/", 1)[-1]
    assert f"{folder}/" in ARCHITECTURE or f"`{last}/`" in ARCHITECTURE, folder


@pytest.mark.parametrize("document", DOCUMENTS)
def test_relative_links_lead_to_files(document: str) -> None:
    text = (ROOT / document).read_text()
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if target.startswith(("http://", "https://", "mailto:", "#")):
            continue
        path = target.split("#", 1)[0]
        assert (ROOT / document).parent.joinpath(path).exists(), (document, target)


def test_the_readme_is_a_readme() -> None:
    readme = (ROOT / "README.md").read_text()
    assert len(readme.splitlines()) < 350
    # It opens with the two commands that set everything up.
    head = readme.split("```bash\n", 1)[1].split("```", 1)[0].splitlines()
    assert head[0].startswith("pip install . && python -m clickhouse_cloud demo")
    assert head[1].startswith("bash scripts/test.sh")
