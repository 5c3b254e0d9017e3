"""Copies the part of the official ClickHouse Cloud OpenAPI spec that the client covers
(the operations tagged Backup, plus creating and reading a service) into
tests/spec/backup-api.json, with every schema they reference.

    python scripts/extract_spec.py ../shared/spec/cloud-openapi.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OPERATIONS = {
    ("/v1/organizations/{organizationId}/services", "post"),
    ("/v1/organizations/{organizationId}/services/{serviceId}", "get"),
}


def refs(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                found.add(value.rsplit("/", 1)[-1])
            else:
                found |= refs(value)
    elif isinstance(node, list):
        for value in node:
            found |= refs(value)
    return found


def main(source: str) -> None:
    spec = json.loads(Path(source).read_text())
    paths: dict[str, dict[str, Any]] = {}
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            if not isinstance(operation, dict):
                continue
            if "Backup" in operation.get("tags", []) or (path, method) in OPERATIONS:
                paths.setdefault(path, {})[method] = operation
    schemas = spec["components"]["schemas"]
    wanted = refs(paths)
    done: set[str] = set()
    while wanted - done:
        name = sorted(wanted - done)[0]
        done.add(name)
        wanted |= refs(schemas[name])
    subset = {
        "openapi": spec["openapi"],
        "info": spec["info"],
        "servers": spec.get("servers", []),
        "paths": paths,
        "components": {
            "schemas": {name: schemas[name] for name in sorted(done)},
            "securitySchemes": spec["components"].get("securitySchemes", {}),
        },
        "security": spec.get("security", []),
    }
    target = Path(__file__).resolve().parent.parent / "tests" / "spec" / "backup-api.json"
    target.write_text(json.dumps(subset, indent=1, sort_keys=True) + "\n")
    print(f"{target}: {sum(len(v) for v in paths.values())} operations, {len(done)} schemas")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/spec/cloud-openapi.json")
