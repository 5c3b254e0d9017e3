#!/usr/bin/env bash
# rustls' crypto providers compared (README: "The TLS crypto provider"): for aws-lc-rs
# and for ring, a release build of this small crate natively (gcc) and for aarch64 with
# zig as the C compiler and linker (as the wheels are built), the crypto crates' share
# of each build (cargo --timings), the binaries' sizes, and full TLS 1.3 handshakes per
# second on this machine. Uses .venv-test/wheels (scripts/build-wheels.sh makes it).
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
py=${WHEELS_VENV:-$root/.venv-test/wheels}/bin/python
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target/tls-providers}
work=$CARGO_TARGET_DIR/work
mkdir -p "$work"
bash certs.sh "$work/certs"
# zig cc for aarch64, without the --target=... that cc-rs adds (zig takes -target).
cat > "$work/zigcc-aarch64" <<SH
#!/usr/bin/env bash
args=()
for a in "\$@"; do case \$a in --target=*) ;; *) args+=("\$a") ;; esac; done
exec "$py" -m ziglang cc -target aarch64-linux-gnu.2.17 "\${args[@]}"
SH
printf '#!/bin/sh\nexec "%s" -m ziglang ar "$@"\n' "$py" > "$work/zigar"
chmod +x "$work/zigcc-aarch64" "$work/zigar"

crypto_seconds() {
    "$py" - "$CARGO_TARGET_DIR/cargo-timings/cargo-timing.html" <<'PY'
import json, re, sys
units = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);\n", open(sys.argv[1]).read(), re.S)[1])
print(round(sum(u["duration"] for u in units if u["name"] in ("aws-lc-sys", "aws-lc-rs", "ring"))))
PY
}

for provider in aws-lc-rs ring; do
    for target in native aarch64-unknown-linux-gnu; do
        rm -rf "$CARGO_TARGET_DIR/release" "$CARGO_TARGET_DIR/aarch64-unknown-linux-gnu"
        start=$(date +%s)
        if [ $target = native ]; then
            cargo build -q --release --features "$provider" --timings
            bin=$CARGO_TARGET_DIR/release/tls-providers
        else
            CC_aarch64_unknown_linux_gnu=$work/zigcc-aarch64 AR_aarch64_unknown_linux_gnu=$work/zigar \
                CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=$work/zigcc-aarch64 \
                cargo build -q --release --features "$provider" --target $target --timings
            bin=$CARGO_TARGET_DIR/$target/release/tls-providers
        fi
        echo "$provider $target: build $(( $(date +%s) - start )) s (crypto crates $(crypto_seconds) s)," \
            "binary $(stat -c %s "$bin") bytes, gzip $(gzip -6 -c "$bin" | wc -c) bytes"
        [ $target = native ] && cp "$bin" "$work/tls-$provider"
    done
done
for provider in aws-lc-rs ring; do "$work/tls-$provider" "$work/certs" 1000; done
