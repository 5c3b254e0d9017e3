"""The generator (codegen/generate.py): the committed files are what it gives, and a
field added to a schema of the spec reaches every generated surface by regenerating
alone: the Rust model (and so `to_dict()` and parsing), the Python class, the stubs."""

from __future__ import annotations

import difflib
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import clickhouse_cloud as chc

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = ROOT / "codegen" / "generate.py"
SPEC = ROOT / "spec" / "cloud-openapi.json"


def generate(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(GENERATOR), *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


def test_the_committed_files_are_what_the_generator_gives() -> None:
    result = generate("--check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_changed_spec_must_be_locked_anew(tmp_path: Path) -> None:
    """A new copy of the spec is a visible change: the generator refuses it until its
    sha256 is written to the lock."""
    shutil.copytree(ROOT / "codegen", tmp_path / "codegen")
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    spec = json.loads(SPEC.read_text())
    spec["info"]["title"] += " (a newer copy)"
    (tmp_path / "spec" / "cloud-openapi.json").write_text(json.dumps(spec))
    copy = [sys.executable, str(tmp_path / "codegen" / "generate.py"), "--out", str(tmp_path)]
    refused = subprocess.run(copy, capture_output=True, text=True, timeout=120)
    assert refused.returncode != 0
    assert "cloud-openapi.lock" in refused.stdout + refused.stderr
    digest = hashlib.sha256((tmp_path / "spec" / "cloud-openapi.json").read_bytes()).hexdigest()
    (tmp_path / "spec" / "cloud-openapi.lock").write_text(digest + "\n")
    accepted = subprocess.run(copy, capture_output=True, text=True, timeout=120)
    assert accepted.returncode == 0, accepted.stderr
    assert digest in (tmp_path / "src" / "core" / "api" / "operations.rs").read_text()


def test_a_new_field_reaches_every_surface_by_regenerating(tmp_path: Path) -> None:
    spec = json.loads(SPEC.read_text())
    spec["components"]["schemas"]["Backup"]["properties"]["retentionClass"] = {
        "description": "How long the backup is kept.",
        "type": "string",
    }
    modified = tmp_path / "spec.json"
    modified.write_text(json.dumps(spec))
    before, after = tmp_path / "before", tmp_path / "after"
    assert generate("--out", str(before)).returncode == 0
    result = generate("--spec", str(modified), "--out", str(after))
    assert result.returncode == 0, result.stderr

    def added(relative: str) -> list[str]:
        old = (before / relative).read_text().splitlines()
        new = (after / relative).read_text().splitlines()
        diff = difflib.unified_diff(old, new, lineterm="", n=0)
        # The spec's hash is in the generated files: a new spec, a new hash.
        return [
            line
            for line in diff
            if line.startswith(("+", "-"))
            and line[:3] not in ("+++", "---")
            and "SPEC_SHA256" not in line
        ]

    models = added("src/core/api/models.rs")
    assert "+    pub retention_class: Option<String>," in models
    assert any('rename = "retentionClass"' in line for line in models)
    assert all(line.startswith("+") for line in models)  # nothing else changed
    classes = added("src/py/api.rs")
    assert "+        retention_class: field," in classes
    assert any("retention_class = None" in line for line in classes)  # the constructor
    stubs = added("python/clickhouse_cloud/_native.pyi")
    assert "+    def retention_class(self) -> Optional[str]:" in stubs
    assert any("retention_class: Optional[str] = None" in line for line in stubs)
    # The Python surface of the operations does not change for a response field, nor
    # does any other generated file. (The sandbox answers through these models, its
    # `shape_result`, so the field reaches its store with them.)
    for relative in ("python/clickhouse_cloud/resources/backups.py", "src/core/api/requests.rs"):
        assert added(relative) == [], relative


def test_a_new_body_field_reaches_the_method_the_core_and_the_reference(tmp_path: Path) -> None:
    spec = json.loads(SPEC.read_text())
    spec["components"]["schemas"]["ServiceStatePatchRequest"]["properties"]["reason"] = {
        "description": "Why the state changes.",
        "type": "string",
    }
    modified = tmp_path / "spec.json"
    modified.write_text(json.dumps(spec))
    result = generate("--spec", str(modified), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    requests = (tmp_path / "src/core/api/requests.rs").read_text()
    assert 'rename = "reason"' in requests
    resources = (tmp_path / "python/clickhouse_cloud/resources/services.py").read_text()
    services = resources.split("\nclass ServicesResource(", 1)[1].split("\nclass ", 1)[0]
    method = services.split("def update_state(", 1)[1].split("    def ", 1)[0]
    assert "reason: Union[str, NotGiven] = NOT_GIVEN," in method
    assert "'reason': reason" in method
    assert "reason: Why the state changes." in method  # documented, for --help too
    reference = (tmp_path / "docs/reference.md").read_text()
    assert "| `reason` | `str` | Why the state changes. |" in reference


def test_operations_lists_every_operation_of_the_spec() -> None:
    spec = json.loads(SPEC.read_text())
    expected = {
        (op["operationId"], method.upper(), path)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in ("get", "post", "put", "patch", "delete")
    }
    records = chc.operations()
    assert len(records) == len(expected) == 174
    assert {(r.operation_id, r.http_method, r.path) for r in records} == expected
    # Permissions and deprecation as the spec says, for every operation.
    for item in spec["paths"].values():
        for method, op in item.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            record = next(r for r in records if r.operation_id == op["operationId"])
            scopes = tuple(s for req in op.get("security") or [] for v in req.values() for s in v)
            assert record.permissions == scopes, record
            assert record.deprecated is bool(op.get("deprecated")), record
    names = [r.python_name for r in records]
    assert len(set(names)) == len(names)
    by_id = {r.operation_id: r for r in records}
    assert by_id["instanceStateUpdate"].python_name == "services.update_state"
    assert by_id["backupGet"].python_name == "backups.get"
    assert by_id["usageCostGet"].tag == "Billing"
    client = chc.Client("k", "s")
    for record in records:
        target: object = client
        for part in record.python_name.split("."):
            target = getattr(target, part)
        assert callable(target), record


@pytest.mark.parametrize("name", ["services", "backups", "clickpipes", "usage_cost"])
def test_namespaces_exist_in_both_clients(name: str) -> None:
    assert hasattr(chc.Client("k", "s"), name)
    assert hasattr(chc.AsyncClient("k", "s"), name)
