"""The benchmark harness: one command runs every competitor against two servers, each
in its own process, several rounds with the competitors' order alternating, and writes
BENCHMARKS.md (and benchmarks.png when matplotlib is installed).

The servers: nginx (Debian's nginx-light, installed with apt-get where missing) serving
the sandbox's own answers from files, the headline, since it costs every client the
same; and the sandbox itself.

    python benches/run.py            # full: about 15 minutes on 2 cores
    python benches/run.py --quick    # a few iterations, to check the harness (CI)
    python benches/run.py --before .venv-before/bin/python --workloads W2,W2-256,W2-1
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import json
import os
import platform
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from competitors import BACKUP, BULK_SERVICE, KEY, ORG, SECRET, SERVICE

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# workload: (description, competitors (ours first), full n, quick n, unit)
WORKLOADS: dict[str, tuple[str, list[str], int, int, str]] = {
    "W1": (
        "5,000 sequential get_backup calls on one keep-alive connection",
        ["ours", "floor", "httpx", "requests"],
        5000,
        100,
        "calls",
    ),
    "W2": (
        "10,000 async get_backup calls at concurrency 64",
        ["ours", "floor", "aiohttp", "httpx-async"],
        10000,
        200,
        "calls",
    ),
    "W2-256": (
        "W2 at concurrency 256",
        ["ours", "floor", "aiohttp", "httpx-async"],
        10000,
        200,
        "calls",
    ),
    "W2-1": (
        "W2 at concurrency 1: one awaited call at a time (its latency is 1 / the rate)",
        ["ours", "floor", "aiohttp", "httpx-async"],
        3000,
        100,
        "calls",
    ),
    "W3": (
        "list_backups of a service holding 2,000 backups, repeated",
        ["ours", "floor", "httpx", "requests"],
        30,
        2,
        "lists",
    ),
    "W3R": (
        "W3, then every field of every backup read (our fields become Python objects "
        "only when read)",
        ["ours", "httpx", "requests"],
        30,
        2,
        "lists",
    ),
    "W5": (
        "8 threads sharing one sync client, get_backup",
        ["ours", "floor", "httpx", "requests"],
        4000,
        80,
        "calls",
    ),
}
IMPORTS = ["clickhouse_cloud", "httpx", "requests", "aiohttp"]
LABELS = {
    "ours": "clickhouse-cloud",
    "httpx": "httpx.Client + pydantic v2",
    "requests": "requests.Session + json + dataclass",
    "aiohttp": "aiohttp + pydantic v2",
    "httpx-async": "httpx.AsyncClient + pydantic v2",
    "floor": "Rust floor (our core, no Python)",
    "before": "clickhouse-cloud before (`--before`)",
}
# (workload, competitor, least ratio): the targets; the floor's is "within 1.3x".
TARGETS = [
    ("W1", "httpx", 3.0),
    ("W1", "requests", 4.0),
    ("W1", "floor", 1 / 1.3),
    ("W2", "floor", 0.7),
    ("W2", "aiohttp", 1.2),
    ("W2", "httpx-async", 5.0),
    ("W3", "httpx", 5.0),
]
FINDINGS = HERE / "findings.md"
# `--before PYTHON`: an interpreter with an earlier build of ours, measured beside it.
BEFORE_PYTHON: Path | None = None
# The servers, headline first.
SERVERS = ["nginx", "sandbox"]
SERVER_LABELS = {"nginx": "nginx", "sandbox": "sandbox"}
# What the workloads request (competitors.py's URLs), served by nginx from files.
SERVED_PATHS = [
    f"/v1/organizations/{ORG}/services/{SERVICE}/backups/{BACKUP}",  # W1, W2, W5
    f"/v1/organizations/{ORG}/services/{BULK_SERVICE}/backups",  # W3, W3R
]


def start_sandbox() -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "clickhouse_cloud.testing",
            "serve",
            "--port",
            "0",
            "--bulk-backups",
            "2000",
            "--no-record",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    match = re.search(r"http://127\.0\.0\.1:\d+", process.stdout.readline())
    if not match:
        process.kill()
        raise SystemExit("the sandbox did not start")
    return process, match.group(0)


# Loopback only: no proxy from the environment.
URLOPEN = urllib.request.build_opener(urllib.request.ProxyHandler({})).open


def fetch_bodies(url: str) -> dict[str, bytes]:
    """The sandbox's answer to each request the workloads make, byte for byte."""
    token = base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
    bodies = {}
    for path in SERVED_PATHS:
        request = urllib.request.Request(url + path, headers={"Authorization": f"Basic {token}"})
        with URLOPEN(request, timeout=30) as response:
            bodies[path] = response.read()
    return bodies


def find_nginx() -> str:
    """nginx's path, installing Debian's nginx-light first where it is missing."""
    found = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")
    if found:
        return found
    if not shutil.which("apt-get") or os.geteuid() != 0:
        raise SystemExit(
            "nginx is not installed: install it (Debian: apt-get install nginx-light), "
            "or run this script as root on Debian, where it installs nginx-light itself"
        )
    print("installing nginx-light with apt-get", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    # The package starts its own service (port 80) unless policy-rc.d says no: this
    # harness wants the binary only. Debian's containers ship such a file already.
    policy = Path("/usr/sbin/policy-rc.d")
    made_policy = not policy.exists()
    if made_policy:
        policy.write_text("#!/bin/sh\n# benches/run.py: no service started\nexit 101\n")
        policy.chmod(0o755)
    try:
        install = ["apt-get", "install", "-y", "-q", "--no-install-recommends", "nginx-light"]
        if subprocess.run(install, env=env).returncode != 0:
            subprocess.run(["apt-get", "update", "-q"], env=env, check=True)
            subprocess.run(install, env=env, check=True)
    finally:
        if made_policy:
            policy.unlink()
    found = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
    if not found:
        raise SystemExit("nginx-light installed no nginx binary")
    return found


NGINX_CONF = """\
# Written by benches/run.py. One worker: nginx then never takes more than one of the
# machine's cores from the client measured, and one worker answers these static files
# faster than the fastest client here asks.
daemon off;
master_process on;
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{
    worker_connections 1024;
}}
http {{
    access_log off;
    default_type application/json;
    types {{ }}
    # As in Debian's own nginx.conf: the file goes out with sendfile, and tcp_nopush
    # (TCP_CORK) makes the head and a small body leave in one segment, as the
    # sandbox's answers do. Without it every answer is two segments (see findings).
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 600s;
    # W1 makes 5,000 calls on one connection; the default would close it after 1,000.
    keepalive_requests 10000000;
    client_body_temp_path {tmp}/client_body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {tmp}/www;
        location / {{
            try_files $uri =404;
        }}
    }}
}}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def start_nginx(bodies: dict[str, bytes], tmp: Path) -> tuple[subprocess.Popen[bytes], str]:
    """nginx serving `bodies` (path -> bytes) from files under `tmp`, on a free port."""
    nginx = find_nginx()
    # Readable by the worker, which runs as nobody when nginx is started as root.
    tmp.chmod(0o755)
    for path, body in bodies.items():
        file = tmp / "www" / path.lstrip("/")
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_bytes(body)
    for entry in tmp.rglob("*"):
        entry.chmod(0o755 if entry.is_dir() else 0o644)
    for _ in range(5):  # another program may take the port between its choice and nginx
        port = free_port()
        conf = tmp / "nginx.conf"
        conf.write_text(NGINX_CONF.format(tmp=tmp, port=port))
        process = subprocess.Popen(
            [nginx, "-p", str(tmp), "-c", str(conf), "-e", str(tmp / "error.log")],
            stdin=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and process.poll() is None:
            try:
                with URLOPEN(url + SERVED_PATHS[0], timeout=1) as response:
                    if response.read() == bodies[SERVED_PATHS[0]]:
                        return process, url
            except OSError:
                time.sleep(0.05)
        stop(process, signal.SIGTERM)
    log = tmp / "error.log"
    raise SystemExit("nginx did not start: " + (log.read_text() if log.exists() else "no log"))


def stop(process: subprocess.Popen[Any], sig: int) -> None:
    if process.poll() is None:
        process.send_signal(sig)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def build_floor(quick: bool) -> Path | None:
    """The Rust floor program (examples/floor.rs); a debug build in quick mode, which
    only checks that it runs."""
    profile = "dev" if quick else "release"
    try:
        subprocess.run(
            ["cargo", "build", "--quiet", "--profile", profile, "--example", "floor"],
            cwd=ROOT,
            check=True,
        )
    except OSError as e:  # no cargo here: the other competitors still run
        print(f"no Rust floor: {e}")
        return None
    target = ROOT / os.environ.get("CARGO_TARGET_DIR", "target")
    return target / ("debug" if quick else "release") / "examples" / "floor"


def one_run(
    competitor: str, workload: str, url: str, n: int, floor: Path | None
) -> dict[str, float]:
    if competitor == "floor":
        assert floor is not None
        command = [str(floor), workload, url, str(n)]
    elif competitor == "before":
        command = [str(BEFORE_PYTHON), str(HERE / "competitors.py"), "ours", workload, url, str(n)]
    else:
        command = [sys.executable, str(HERE / "competitors.py"), competitor, workload, url, str(n)]
    out = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=900,
        check=True,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


class Load:
    """What else runs on the machine. On 2 cores, a compile next door takes CPU from
    the Python competitors, which need a whole core, far more than from our client,
    which mostly waits on the network: it inflates every ratio (see findings). So each
    measurement starts on an idle machine, and the CPU that processes other than the
    measured client and the servers used during it is recorded."""

    def __init__(self, server_pids: list[int]) -> None:
        self.server_pids = server_pids
        self.hz = os.sysconf("SC_CLK_TCK")

    def machine(self) -> tuple[float, float]:
        """(busy, total) CPU seconds of the whole machine so far."""
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
        return (sum(fields) - fields[3] - fields[4]) / self.hz, sum(fields) / self.hz

    def servers(self) -> float:
        total = 0.0
        for pid in self.server_pids:
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += (int(fields[11]) + int(fields[12])) / self.hz
        return total

    def wait_idle(self, limit: float = 120.0) -> None:
        """Waits (at most `limit` seconds) for a moment with under 10% of the CPU busy."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            busy, total = self.machine()
            time.sleep(0.3)
            busy2, total2 = self.machine()
            if busy2 - busy < 0.1 * (total2 - total):
                return

    def measure(self, run: Any) -> dict[str, float]:
        """`run()`'s result, with "foreign": the share of the machine's CPU used by
        other processes meanwhile."""
        busy, total = self.machine()
        servers = self.servers()
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        me = resource.getrusage(resource.RUSAGE_SELF)
        result: dict[str, float] = run()
        busy2, total2 = self.machine()
        children2 = resource.getrusage(resource.RUSAGE_CHILDREN)
        me2 = resource.getrusage(resource.RUSAGE_SELF)
        ours = (
            self.servers()
            - servers
            + sum(
                getattr(after, f) - getattr(before, f)
                for before, after in ((children, children2), (me, me2))
                for f in ("ru_utime", "ru_stime")
            )
        )
        result["foreign"] = max(0.0, busy2 - busy - ours) / max(total2 - total, 1e-9)
        return result


def measured_run(
    load: Load,
    idle_wait: float,
    competitor: str,
    workload: str,
    url: str,
    n: int,
    floor: Path | None,
) -> dict[str, float]:
    """One measurement, started once the machine is idle (waiting at most `idle_wait`
    seconds) and taken again (up to twice) when other processes used more than 10% of
    the machine meanwhile, keeping the least disturbed. `idle_wait` 0: neither."""
    tries: list[dict[str, float]] = []
    for _ in range(3 if idle_wait > 0 else 1):
        if idle_wait > 0:
            load.wait_idle(idle_wait)
        tries.append(load.measure(lambda: one_run(competitor, workload, url, n, floor)))
        if tries[-1]["foreign"] <= 0.1:
            break
    best = min(tries, key=lambda r: r["foreign"])
    best["retries"] = len(tries) - 1
    return best


def import_time(module: str) -> float:
    code = (
        "import time; t = time.perf_counter(); import "
        + module
        + "; print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout)


def machine() -> str:
    cpu = "unknown CPU"
    try:
        text = Path("/proc/cpuinfo").read_text()
        found = re.search(r"model name\s*:\s*(.+)", text)
        if found:
            cpu = found.group(1).strip()
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"CPython {platform.python_version()}"
    )


def wheel_size(wheel: Path | None) -> str:
    wheels = [wheel] if wheel else sorted((ROOT / "dist").glob("clickhouse_cloud-*.whl"))
    if wheels:
        return f"{wheels[-1].stat().st_size / 1e6:.1f} MB ({wheels[-1].name})"
    import clickhouse_cloud._native as native

    so = Path(native.__file__)
    return f"{so.stat().st_size / 1e6:.1f} MB (installed extension {so.name}, no wheel in dist/)"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="few iterations (CI)")
    parser.add_argument("--rounds", type=int, default=None)
    parser.add_argument("--out", default=str(ROOT / "BENCHMARKS.md"))
    parser.add_argument("--wheel", type=Path, help="the wheel whose size to report")
    parser.add_argument(
        "--idle-wait",
        type=float,
        default=None,
        help="seconds to wait for an idle machine before each measurement, which is taken "
        "again when other processes used over 10%% of the CPU; 0: neither (default: 120, "
        "0 with --quick)",
    )
    parser.add_argument(
        "--before",
        type=Path,
        metavar="PYTHON",
        help="an interpreter whose clickhouse_cloud is an earlier build: measured beside "
        "ours in every workload, as 'clickhouse-cloud before'",
    )
    parser.add_argument(
        "--workloads",
        help="a comma-separated subset of " + ", ".join(WORKLOADS) + " (default: all)",
    )
    args = parser.parse_args()
    global BEFORE_PYTHON
    BEFORE_PYTHON = args.before
    if args.before and not args.before.exists():
        parser.error(f"no interpreter at {args.before}")
    chosen = args.workloads.split(",") if args.workloads else list(WORKLOADS)
    if unknown := set(chosen) - set(WORKLOADS):
        parser.error(f"unknown workloads: {', '.join(sorted(unknown))}")
    for name in list(WORKLOADS):
        if name not in chosen:
            del WORKLOADS[name]
    if args.before:
        for _, competitors, *_ in WORKLOADS.values():
            competitors.insert(1, "before")
    if args.idle_wait is None:
        args.idle_wait = 0 if args.quick else 120
    idle_wait = args.idle_wait
    rounds = args.rounds or (1 if args.quick else 5)
    if args.wheel and not args.wheel.is_file():
        parser.error(f"no wheel at {args.wheel}")

    # A plain `kill` of the harness still stops both servers (see `servers`).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    floor = build_floor(args.quick)
    # results[server][workload][competitor]: one dict per round
    results: dict[str, dict[str, dict[str, list[dict[str, float]]]]] = {s: {} for s in SERVERS}
    imports: dict[str, list[float]] = {m: [] for m in IMPORTS}
    with servers() as (urls, pids):
        load = Load(pids)
        for r in range(rounds):
            for workload, (_, competitors, full_n, quick_n, _) in WORKLOADS.items():
                n = quick_n if args.quick else full_n
                present = [c for c in competitors if c != "floor" or floor is not None]
                order = present if r % 2 == 0 else list(reversed(present))
                for server in SERVERS if r % 2 == 0 else list(reversed(SERVERS)):
                    for competitor in order:
                        run = measured_run(
                            load, idle_wait, competitor, workload, urls[server], n, floor
                        )
                        results[server].setdefault(workload, {}).setdefault(competitor, []).append(
                            run
                        )
                        print(
                            f"round {r + 1} {workload} {server} {competitor}: "
                            f"{run['seconds']:.3f}s (other processes: {run['foreign']:.0%})",
                            flush=True,
                        )
            for module in IMPORTS if r % 2 == 0 else list(reversed(IMPORTS)):
                imports[module].append(import_time(module))

    write_report(args, rounds, results, imports)


@contextlib.contextmanager
def servers() -> Iterator[tuple[dict[str, str], list[int]]]:
    """Both servers, stopped again however the run ends (Ctrl-C included)."""
    with contextlib.ExitStack() as stack:
        sandbox, sandbox_url = start_sandbox()
        stack.callback(stop, sandbox, signal.SIGTERM)
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="chc-bench-")))
        nginx, nginx_url = start_nginx(fetch_bodies(sandbox_url), tmp)
        stack.callback(stop, nginx, signal.SIGTERM)
        print(f"sandbox at {sandbox_url}, nginx at {nginx_url}", flush=True)
        pids = [sandbox.pid, nginx.pid]
        try:  # nginx's workers
            children = Path(f"/proc/{nginx.pid}/task/{nginx.pid}/children").read_text()
            pids += [int(pid) for pid in children.split()]
        except OSError:
            pass
        yield {"sandbox": sandbox_url, "nginx": nginx_url}, pids


def median_seconds(
    results: dict[str, Any], server: str, workload: str, competitor: str
) -> float | None:
    runs = results[server].get(workload, {}).get(competitor)
    return statistics.median(r["seconds"] for r in runs) if runs else None


def targets_table(results: dict[str, Any], imports: dict[str, list[float]]) -> list[str]:
    """The issue's targets against this run's medians: met or not against nginx."""
    lines = [
        "## Targets",
        "",
        "Met or not against nginx; the sandbox's figure for comparison.",
        "",
        "| target | against nginx | met | against the sandbox |",
        "|---|---|---|---|",
    ]
    for workload, competitor, least in TARGETS:
        shown = {}
        for server in SERVERS:
            ours = median_seconds(results, server, workload, "ours")
            theirs = median_seconds(results, server, workload, competitor)
            if ours is None or theirs is None:
                continue
            ratio = theirs / ours
            shown[server] = (
                ratio,
                f"{1 / ratio:.2f}x the floor's time"
                if competitor == "floor" and workload == "W1"
                else f"{ratio:.2f}x the floor's rate"
                if competitor == "floor"
                else f"{ratio:.2f}x",
            )
        if "nginx" not in shown:
            continue
        if competitor == "floor" and least < 1 and workload != "W1":
            goal = f"{workload}: at least {least:g}x the Rust floor's rate"
        elif competitor == "floor":
            goal = f"{workload}: within 1.3x of the Rust floor"
        else:
            goal = f"{workload}: at least {least:g}x {LABELS[competitor]}"
        met = "yes" if shown["nginx"][0] >= least else "no"
        other = shown["sandbox"][1] if "sandbox" in shown else "-"
        lines.append(f"| {goal} | {shown['nginx'][1]} | {met} | {other} |")
    ours_import = statistics.median(imports["clickhouse_cloud"])
    httpx_import = statistics.median(imports["httpx"])
    lines.append(
        f"| W4: import at most half of `import httpx` | "
        f"{ours_import / httpx_import:.2f} of it | "
        f"{'yes' if ours_import <= httpx_import / 2 else 'no'} | (no server) |"
    )
    return [*lines, ""]


def load_line(results: dict[str, Any], args: Any) -> str:
    runs = [r for by in results.values() for w in by.values() for c in w.values() for r in c]
    shares = [r["foreign"] for r in runs]
    retried = sum(1 for r in runs if r["retries"])
    waited = args.idle_wait != 0
    niceness = os.nice(0)
    try:  # with autogroups, nice orders processes only within their session's group
        group = int(Path("/proc/self/autogroup").read_text().split()[-1])
    except (OSError, ValueError, IndexError):
        group = 0
    ahead = (
        " The harness, the servers and the clients ran ahead of other processes "
        f"(nice {niceness}, their session's scheduling group at nice {group})."
        if niceness < 0 or group < 0
        else ""
    )
    return (
        (
            "each measurement started on an idle machine, or after "
            f"{args.idle_wait:g} s of waiting for one; "
            if waited
            else "no waiting for an idle machine; "
        )
        + "other processes used "
        f"{statistics.median(shares):.1%} of its CPU during the median measurement and "
        f"{max(shares):.1%} at most"
        + (
            f" ({retried} of {len(runs)} measurements taken again because they used over 10%)."
            if waited
            else "."
        )
        + ahead
    )


def rate_cell(n: int, runs: list[dict[str, float]]) -> str:
    secs = [r["seconds"] for r in runs]
    return f"{n / statistics.median(secs):,.0f} ({n / max(secs):,.0f}-{n / min(secs):,.0f})"


def write_report(
    args: Any, rounds: int, results: dict[str, Any], imports: dict[str, list[float]]
) -> None:
    lines = [
        "# Benchmarks",
        "",
        "Made by `python benches/run.py`"
        + (" --quick (a harness check: the figures are not meaningful)" if args.quick else "")
        + ".",
        "",
        f"- Machine: {machine()}.",
        "- Servers, each in its own process on loopback: **nginx** (the headline; Debian's "
        "nginx-light, one worker, keep-alive) serving from files exactly the bytes the "
        "sandbox answers to the same requests, and the **sandbox** itself "
        "(`python -m clickhouse_cloud.testing serve`, request recording off). Every "
        "workload runs against both in the same run; why their figures differ is in the "
        "findings below.",
        "- Method: every measurement runs in a fresh process; "
        f"{rounds} rounds, the servers' and the competitors' order alternating; figures "
        "are the median (min-max) over rounds. Ratios are our throughput over theirs "
        "(above 1: we are faster). The Rust floor is `examples/floor.rs`"
        + (" (a debug build in quick mode)" if args.quick else " (release build)")
        + ": the same core, requests and parsing on the same runtime, with no Python.",
        f"- Wheel: {wheel_size(args.wheel)}.",
        "- Load: " + ("not checked in quick mode." if args.quick else load_line(results, args)),
        "",
    ]
    chart: dict[str, dict[str, float]] = {s: {} for s in SERVERS}
    for workload, (description, competitors, full_n, quick_n, unit) in WORKLOADS.items():
        n = quick_n if args.quick else full_n
        lines += [
            f"## {workload}: {description}",
            "",
            f"| client | nginx: {unit}/s, median (min-max) | ratio (ours / it) "
            f"| sandbox: {unit}/s | ratio | peak RSS |",
            "|---|---|---|---|---|---|",
        ]
        for competitor in competitors:
            if competitor not in results["nginx"].get(workload, {}):
                continue
            cells = []
            for server in SERVERS:
                runs = results[server][workload][competitor]
                ours = median_seconds(results, server, workload, "ours")
                ratio = statistics.median(r["seconds"] for r in runs) / (ours or 1)
                if competitor != "ours":
                    chart[server][f"{workload} vs {competitor}"] = ratio
                cells += [
                    rate_cell(n, runs),
                    "1.00" if competitor == "ours" else f"{ratio:.2f}",
                ]
            rss = max(r["peak_rss_kb"] for s in SERVERS for r in results[s][workload][competitor])
            row = " | ".join([LABELS[competitor], *cells, f"{rss / 1024:.0f} MB"])
            lines.append(f"| {row} |")
        lines.append("")
    lines += [
        "## W4: cold import in a fresh interpreter",
        "",
        "| module | median ms | min | max | ratio (it / ours) |",
        "|---|---|---|---|---|",
    ]
    ours_import = statistics.median(imports["clickhouse_cloud"])
    imports_chart = {}
    for module, times in imports.items():
        med = statistics.median(times)
        if module != "clickhouse_cloud":
            imports_chart[f"W4 import vs {module}"] = med / ours_import
        lines.append(
            f"| `import {module}` | {med * 1000:.1f} | {min(times) * 1000:.1f} | "
            f"{max(times) * 1000:.1f} | "
            + ("1.00" if module == "clickhouse_cloud" else f"{med / ours_import:.2f}")
            + " |"
        )
    lines.append("")
    lines += targets_table(results, imports)
    if FINDINGS.exists() and not args.quick:
        lines += [FINDINGS.read_text().rstrip(), ""]
    Path(args.out).write_text("\n".join(lines))
    print(f"wrote {args.out}")
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import matplotlib.ticker
    except ImportError:
        print("matplotlib is not installed: no chart")
        return
    names = list(chart["nginx"]) + list(imports_chart)
    fig, ax = plt.subplots(figsize=(8, 0.5 * len(names) + 1.2))
    rows = list(range(len(names)))
    height = 0.4
    served = [r for r, k in zip(rows, names) if k in chart["nginx"]]
    ax.barh(
        [r - height / 2 for r in served],
        [chart["nginx"][names[r]] for r in served],
        height,
        color="#2b6cb0",
        label="against nginx (headline)",
    )
    ax.barh(
        [r + height / 2 for r in served],
        [chart["sandbox"].get(names[r], 0.0) for r in served],
        height,
        color="#a0aec0",
        label="against the sandbox",
    )
    unserved = [r for r, k in zip(rows, names) if k in imports_chart]
    ax.barh(
        unserved,
        [imports_chart[names[r]] for r in unserved],
        height,
        color="#38a169",
        label="import time (no server)",
    )
    ax.set_yticks(rows, names)
    ax.set_xscale("log")
    values = [v for v in [*chart["nginx"].values(), *imports_chart.values()] if v > 0]
    ticks = [0.2, 0.5, 1, 2, 3, 5, 10, 20, 50, 100]
    ax.set_xticks([t for t in ticks if min(values) / 1.5 <= t <= max(values) * 1.5])
    ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda x, _: f"{x:g}"))
    ax.xaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())
    ax.axvline(1.0, color="black", linewidth=0.8)
    ax.set_xlabel("speed ratio, clickhouse-cloud / alternative (above 1: faster; log scale)")
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=3, frameon=False)
    ax.invert_yaxis()
    fig.tight_layout()
    png = Path(args.out).with_name("benchmarks.png")
    fig.savefig(png, dpi=120)
    print(f"wrote {png}")


if __name__ == "__main__":
    main()
