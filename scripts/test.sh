#!/usr/bin/env bash
# Runs every test and check, from a fresh machine: installs what it needs itself.
#
#   Rust:   cargo fmt --check, cargo clippy -D warnings, cargo test
#   Python: one release abi3 wheel, the manylinux2014 x86_64 one that is published,
#           built once, installed into CPython 3.11 (full suite + mypy.stubtest + ruff +
#           the quick-start notebook in a Jupyter kernel + schemathesis + the benchmark
#           harness in quick mode), then into 3.9 and 3.13 (full suite); auditwheel on
#           it, the sdist's contents and the release workflow (scripts/check-wheels.sh,
#           quick).
#
# Environment: QUICK=1 (CI sets it) runs fewer generated cases in the long tests:
#              random response bodies, contract examples, fuzz rounds, the soak and
#              schemathesis (CONTRIBUTING.md has the table and how
#              long each mode takes); the variant sweep runs whole in both modes;
#              PYTHON_VERSIONS overrides "3.11 3.9 3.13" (the first is the main one);
#              WHEELS=all also builds and checks every other Linux wheel, runs the
#              aarch64 one under qemu and builds the sdist from source
#              (scripts/check-wheels.sh --all; slow, not in CI).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
versions=${PYTHON_VERSIONS:-"3.11 3.9 3.13"}
main_version=${versions%% *}

started=$SECONDS
step() { printf '\n=== [%dm%02ds] %s\n' $(((SECONDS - started) / 60)) $(((SECONDS - started) % 60)) "$*"; }

find_python() {
    # pyenv's interpreters first (this machine has 3.9 to 3.13), then PATH.
    local v=$1 candidate
    for candidate in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/"$v".*/bin/python"$v"; do
        [ -x "$candidate" ] && { echo "$candidate"; return; }
    done
    command -v "python$v" || { echo "no Python $v found" >&2; return 1; }
}

make_venv() {
    local v=$1 venv="$root/.venv-test/$1"
    if [ ! -x "$venv/bin/python" ]; then
        "$(find_python "$v")" -m venv "$venv"
    fi
    "$venv/bin/python" -m pip install -q --upgrade pip >/dev/null
    echo "$venv"
}

# Every Python environment is set up in the background while Rust builds (pip mostly
# waits on the network and the disk); wait_envs is called before the first one is used,
# and the installs in the steps below then find everything in place.
prepare_envs() {
    local v venv
    for v in $versions; do
        venv=$(make_venv "$v")
        "$venv/bin/python" -m pip install -q -r requirements-test.txt
    done
    "$root/.venv-test/$main_version/bin/python" -m pip install -q -r requirements-dev.txt \
        -r tests/notebook/requirements.txt -r benches/requirements.txt
    for venv in schemathesis airflow; do
        [ -x "$root/.venv-test/$venv/bin/python" ] ||
            "$(find_python "$main_version")" -m venv "$root/.venv-test/$venv"
    done
    "$root/.venv-test/schemathesis/bin/python" -m pip install -q "schemathesis==4.32.5"
    "$root/.venv-test/airflow/bin/python" -m pip install -q "apache-airflow>=3.0,<4" pytest
    # The release tools of scripts/build-wheels.sh and check-wheels.sh (maturin, zig, ...).
    [ -x "$root/.venv-test/wheels/bin/python" ] ||
        "$(find_python "$main_version")" -m venv "$root/.venv-test/wheels"
    "$root/.venv-test/wheels/bin/python" -m pip install -q -r scripts/requirements-wheels.txt
}
prepare_log=$(mktemp)
prepare_envs >"$prepare_log" 2>&1 &
prepare_pid=$!
wait_envs() {
    [ -n "$prepare_pid" ] || return 0
    if ! wait "$prepare_pid"; then
        cat "$prepare_log" >&2
        echo "setting up the Python environments failed" >&2
        exit 1
    fi
    prepare_pid=
}

step "Generated code: the committed files are what spec/ and codegen/ give"
python3 codegen/generate.py --check

step "Rust: format, lints, unit and integration tests"
cargo fmt --check
# The binding (feature `python`) is linted too; the core and the sandbox test without it.
cargo clippy --all-targets --all-features --locked -- -D warnings
cargo test --locked

step "Python $main_version: tools and the release wheel (manylinux2014 x86_64)"
wait_envs
main_venv=$(make_venv "$main_version")
"$main_venv/bin/python" -m pip install -q -r requirements-dev.txt
rm -rf dist
# The x86_64 release wheel itself, as published: manylinux2014 (glibc 2.17), zig as the
# linker (scripts/build-wheels.sh, its tools in .venv-test/wheels). Everything below
# runs on this one wheel.
wheel_tools() { env WHEELS_VENV="$root/.venv-test/wheels" PYTHON="$(find_python "$main_version")" "$@"; }
wheel_tools MATURIN_ARGS=-q bash scripts/build-wheels.sh -o dist manylinux-x86_64
wheel=$(ls dist/clickhouse_cloud-*-manylinux2014_x86_64*.whl)

step "Release files: auditwheel on the wheel, the sdist's contents, the release workflow"
wheel_tools bash scripts/check-wheels.sh dist

step "Python lint and stubs"
"$main_venv/bin/ruff" check python tests scripts benches codegen examples
"$main_venv/bin/ruff" format --check python tests scripts benches codegen examples
"$main_venv/bin/python" -m mypy --strict python/clickhouse_cloud

run_suite() {
    local v=$1 venv
    shift
    venv=$(make_venv "$v")
    "$venv/bin/python" -m pip install -q -r requirements-test.txt
    "$venv/bin/python" -m pip install -q --force-reinstall --no-deps "$wheel"
    step "pytest on Python $v (installed wheel)"
    # From outside the checkout, so the installed package is what gets imported.
    (cd "$root/tests" && "$venv/bin/python" -m pytest -q -p no:cacheprovider --rootdir "$root/tests" \
        --ignore "$root/tests/airflow" "$@" "$root/tests")
}

run_suite "$main_version"
step "mypy.stubtest against the installed module"
(cd /tmp && "$main_venv/bin/python" -m mypy.stubtest clickhouse_cloud._native \
    --allowlist "$root/scripts/stubtest-allowlist.txt")

step "examples/quickstart.ipynb in a real Jupyter kernel (nbclient)"
# The main venv has the wheel and requirements-test.txt (pandas) from the suite above.
"$main_venv/bin/python" -m pip install -q -r tests/notebook/requirements.txt
(cd "$root/tests/notebook" && "$main_venv/bin/python" -m pytest -q -p no:cacheprovider \
    --rootdir "$root/tests/notebook" --confcutdir "$root/tests/notebook" "$root/tests/notebook")

step "schemathesis: the sandbox against the official spec, all 142 operations"
# Its own venv: schemathesis pins a newer hypothesis than hypothesis-jsonschema takes.
st_venv="$root/.venv-test/schemathesis"
[ -x "$st_venv/bin/python" ] || "$(find_python "$main_version")" -m venv "$st_venv"
"$st_venv/bin/python" -m pip install -q "schemathesis==4.32.5"
port_file=$(mktemp)
"$main_venv/bin/python" -m clickhouse_cloud.testing serve --port 0 > "$port_file" &
serve_pid=$!
trap 'kill "$serve_pid" 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q "listening on" "$port_file" && break; sleep 0.1; done
sandbox_url=$(grep -o "http://127.0.0.1:[0-9]*" "$port_file" | head -n 1)
schemathesis() {
    "$st_venv/bin/schemathesis" --config-file "$root/tests/spec/schemathesis.toml" run \
        "$root/spec/cloud-openapi.json" --url "$sandbox_url" \
        --auth sandbox-key-id:sandbox-key-secret --seed 20261127 --no-color "$@"
}
quick() { if [ "${QUICK:-0}" = "1" ]; then echo "$1"; else echo "$2"; fi; }
# Every operation, valid and invalid data: no 5xx, the documented content types.
schemathesis --checks not_a_server_error,content_type_conformance --max-examples "$(quick 10 50)"
# Where the sandbox composes its answers itself (backups, costs, keys, metrics), every
# answer also conforms to the response schema. Elsewhere its store echoes the bodies
# it was sent, and a field the response schema requires but no request carries comes
# back null: the client's side of those schemas is tests/test_every_response.py.
schemathesis --checks not_a_server_error,response_schema_conformance,content_type_conformance \
    --include-tag Backup --include-tag Billing --include-tag OpenAPI --include-tag Prometheus \
    --max-examples "$(quick 30 200)"
kill "$serve_pid" 2>/dev/null || true
trap - EXIT

step "Airflow provider in real Airflow 3 (its own venv: the rest of the suite needs no Airflow)"
af_venv="$root/.venv-test/airflow"
[ -x "$af_venv/bin/python" ] || "$(find_python "$main_version")" -m venv "$af_venv"
"$af_venv/bin/python" -m pip install -q "apache-airflow>=3.0,<4" pytest
"$af_venv/bin/python" -m pip install -q --force-reinstall --no-deps "$wheel"
(cd "$root/tests/airflow" && "$af_venv/bin/python" -m pytest -q -p no:cacheprovider \
    --rootdir "$root/tests/airflow" --confcutdir "$root/tests/airflow" "$root/tests/airflow")

step "benchmarks, quick mode: the harness runs end to end (no speed is asserted)"
"$main_venv/bin/python" -m pip install -q -r benches/requirements.txt
bench_out=$(mktemp -d)
"$main_venv/bin/python" benches/run.py --quick --wheel "$wheel" --out "$bench_out/BENCHMARKS.md"
grep -q "## Targets" "$bench_out/BENCHMARKS.md"

# The other Pythons run the whole suite but the generated response bodies of every
# operation (tests/test_every_response.py, the longest file): those are parsed in Rust,
# by the same abi3 binary, and every operation's Python side still runs on each version
# in tests/test_every_operation.py.
for v in $versions; do
    [ "$v" = "$main_version" ] && continue
    run_suite "$v" --ignore "$root/tests/test_every_response.py"
done

if [ "${WHEELS:-}" = "all" ]; then
    step "WHEELS=all: every Linux wheel, the aarch64 wheel under qemu, the sdist from source"
    wheel_tools bash scripts/check-wheels.sh --all
fi

step "all checks passed"
