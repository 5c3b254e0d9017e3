#!/usr/bin/env bash
# Takes a new copy of the official spec: prints what it changes against the current one
# (codegen/generate.py --diff: operations, schemas and Python names, breaking ones
# marked), then copies it into spec/, writes its sha256 to the lock and regenerates.
#
#   scripts/update-spec.sh NEW.json [REPORT.md]    # the report also goes to REPORT.md
set -euo pipefail
new=${1:?usage: scripts/update-spec.sh NEW.json [REPORT.md]}
cd "$(dirname "$0")/.."
report=${2:-/dev/null}
python3 codegen/generate.py --diff spec/cloud-openapi.json "$new" | tee "$report"
cp "$new" spec/cloud-openapi.json
sha256sum spec/cloud-openapi.json | cut -d' ' -f1 > spec/cloud-openapi.lock
python3 codegen/generate.py
echo "spec/ updated (sha256 $(cat spec/cloud-openapi.lock)); review: git diff --stat"
