"""The benchmark harness: one command runs every competitor against the same sandbox
server (a separate process), several rounds with the competitors' order alternating,
and writes BENCHMARKS.md (and benchmarks.png when matplotlib is installed).

    python benches/run.py            # full: about 6 minutes on 2 cores
    python benches/run.py --quick    # a few iterations, to check the harness (CI)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import signal
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

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
}
# (workload, competitor, least ratio): the targets; the floor's is "within 1.3x".
TARGETS = [
    ("W1", "httpx", 3.0),
    ("W1", "requests", 4.0),
    ("W1", "floor", 1 / 1.3),
    ("W2", "aiohttp", 1.2),
    ("W2", "httpx-async", 5.0),
    ("W3", "httpx", 5.0),
]
FINDINGS = HERE / "findings.md"


def start_server() -> tuple[subprocess.Popen[str], str]:
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
    return ROOT / "target" / ("debug" if quick else "release") / "examples" / "floor"


def one_run(
    competitor: str, workload: str, url: str, n: int, floor: Path | None
) -> dict[str, float]:
    if competitor == "floor":
        assert floor is not None
        command = [str(floor), workload, url, str(n)]
    else:
        command = [sys.executable, str(HERE / "competitors.py"), competitor, workload, url, str(n)]
    out = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=900,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


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
    args = parser.parse_args()
    rounds = args.rounds or (2 if args.quick else 5)
    if args.wheel and not args.wheel.is_file():
        parser.error(f"no wheel at {args.wheel}")

    floor = build_floor(args.quick)
    server, url = start_server()
    results: dict[str, dict[str, list[dict[str, float]]]] = {}
    imports: dict[str, list[float]] = {m: [] for m in IMPORTS}
    try:
        for r in range(rounds):
            for workload, (_, competitors, full_n, quick_n, _) in WORKLOADS.items():
                n = quick_n if args.quick else full_n
                present = [c for c in competitors if c != "floor" or floor is not None]
                order = present if r % 2 == 0 else list(reversed(present))
                for competitor in order:
                    run = one_run(competitor, workload, url, n, floor)
                    results.setdefault(workload, {}).setdefault(competitor, []).append(run)
                    print(
                        f"round {r + 1} {workload} {competitor}: {run['seconds']:.3f}s", flush=True
                    )
            for module in IMPORTS if r % 2 == 0 else list(reversed(IMPORTS)):
                imports[module].append(import_time(module))
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=10)

    write_report(args, rounds, results, imports)


def median_seconds(results: dict[str, Any], workload: str, competitor: str) -> float | None:
    runs = results.get(workload, {}).get(competitor)
    return statistics.median(r["seconds"] for r in runs) if runs else None


def targets_table(results: dict[str, Any], imports: dict[str, list[float]]) -> list[str]:
    """The issue's targets against this run's medians."""
    lines = [
        "## Targets",
        "",
        "| target | this run | met |",
        "|---|---|---|",
    ]
    for workload, competitor, least in TARGETS:
        ours = median_seconds(results, workload, "ours")
        theirs = median_seconds(results, workload, competitor)
        if ours is None or theirs is None:
            continue
        ratio = theirs / ours
        if competitor == "floor":
            goal = f"{workload}: within 1.3x of the Rust floor"
            shown = f"{1 / ratio:.2f}x the floor's time"
        else:
            goal = f"{workload}: at least {least:g}x {LABELS[competitor]}"
            shown = f"{ratio:.2f}x"
        lines.append(f"| {goal} | {shown} | {'yes' if ratio >= least else 'no'} |")
    ours_import = statistics.median(imports["clickhouse_cloud"])
    httpx_import = statistics.median(imports["httpx"])
    lines.append(
        f"| W4: import at most half of `import httpx` | "
        f"{ours_import / httpx_import:.2f} of it | "
        f"{'yes' if ours_import <= httpx_import / 2 else 'no'} |"
    )
    return [*lines, ""]


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
        "- Method: the sandbox serves from its own process on loopback (request recording "
        "off); every measurement runs in a fresh Python process; "
        f"{rounds} rounds, the competitors' order alternating; figures are the median "
        "(min-max) over rounds. Ratios are our throughput over theirs (above 1: we are "
        "faster). The Rust floor is `examples/floor.rs`"
        + (" (a debug build in quick mode)" if args.quick else " (release build)")
        + ": the same core, requests and parsing on the same runtime, with no Python.",
        f"- Wheel: {wheel_size(args.wheel)}.",
        "",
    ]
    chart: dict[str, float] = {}
    for workload, (description, competitors, full_n, quick_n, unit) in WORKLOADS.items():
        n = quick_n if args.quick else full_n
        lines += [
            f"## {workload}: {description}",
            "",
            f"| client | {unit}/s median | min | max | peak RSS | ratio (ours / it) |",
            "|---|---|---|---|---|---|",
        ]
        ours = statistics.median(r["seconds"] for r in results[workload]["ours"])
        for competitor in competitors:
            if competitor not in results[workload]:
                continue
            runs = results[workload][competitor]
            secs = [r["seconds"] for r in runs]
            med = statistics.median(secs)
            rss = max(r["peak_rss_kb"] for r in runs) / 1024
            ratio = med / ours
            if competitor != "ours":
                chart[f"{workload} vs {competitor}"] = ratio
            lines.append(
                f"| {LABELS[competitor]} | {n / med:,.0f} | {n / max(secs):,.0f} | "
                f"{n / min(secs):,.0f} | {rss:.0f} MB | "
                + ("1.00" if competitor == "ours" else f"{ratio:.2f}")
                + " |"
            )
        lines.append("")
    lines += [
        "## W4: cold import in a fresh interpreter",
        "",
        "| module | median ms | min | max | ratio (it / ours) |",
        "|---|---|---|---|---|",
    ]
    ours_import = statistics.median(imports["clickhouse_cloud"])
    for module, times in imports.items():
        med = statistics.median(times)
        if module != "clickhouse_cloud":
            chart[f"W4 import vs {module}"] = med / ours_import
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
    except ImportError:
        print("matplotlib is not installed: no chart")
        return
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(chart) + 1))
    names = list(chart)
    ax.barh(names, [chart[k] for k in names], color="#2b6cb0")
    ax.axvline(1.0, color="black", linewidth=0.8)
    ax.set_xlabel("speed ratio, clickhouse-cloud / alternative (above 1: faster)")
    ax.invert_yaxis()
    fig.tight_layout()
    png = Path(args.out).with_name("benchmarks.png")
    fig.savefig(png, dpi=120)
    print(f"wrote {png}")


if __name__ == "__main__":
    main()
