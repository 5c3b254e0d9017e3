"""Where W2's time goes: runs W2 (async get_backup at a given concurrency) in this
process and prints, per thread of the process, the CPU time and the context switches
per call, read from /proc at the end (Linux only).

    python benches/profile_w2.py URL [N] [CONCURRENCY]

The threads: the event loop's (the main thread), the runtime's I/O workers and its
blocking-pool threads (both named `clickhouse-cloud-io`; the workers are taken to be
the busiest of them). CPU time is the scheduler's (`/proc/self/task/*/schedstat`).
With `py-spy record --native` around it, the loop thread's time splits by function too
(BENCHMARKS.md's findings).
"""

from __future__ import annotations

import asyncio
import os
import sys
import threading
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from competitors import async_get_factory, concurrent_calls


def threads() -> dict[int, dict[str, Any]]:
    """Per thread id: name, CPU seconds (the scheduler's run time), context switches."""
    seen = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            stat = (task / "stat").read_text()
            status = (task / "status").read_text()
            run_ns = int((task / "schedstat").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            continue
        counted = (line.split(":\t") for line in status.splitlines() if "ctxt_switches" in line)
        switches = {k: int(v) for k, v in counted}
        seen[int(task.name)] = {
            "name": stat[stat.index("(") + 1 : stat.rindex(")")],
            "cpu": run_ns / 1e9,
            "voluntary": switches.get("voluntary_ctxt_switches", 0),
            "involuntary": switches.get("nonvoluntary_ctxt_switches", 0),
        }
    return seen


def main() -> None:
    url = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    concurrency = int(sys.argv[3]) if len(sys.argv) > 3 else 64

    async def run() -> tuple[float, dict[int, dict[str, Any]]]:
        get = async_get_factory("ours", url, concurrency)
        await get()
        before = threads()
        return await concurrent_calls(get, n, concurrency), before

    seconds, before = asyncio.run(run())
    after = threads()
    main_id = threading.main_thread().native_id
    # The runtime has 2 to 4 I/O workers (one per core) and a blocking pool, all named
    # `clickhouse-cloud-io`; under load the workers are the busiest of them.
    workers = min(max(os.cpu_count() or 2, 2), 4)
    busiest = sorted(
        (t for t, v in after.items() if str(v["name"]).startswith("clickhouse-clou")),
        key=lambda t: after[t]["cpu"] - before.get(t, {"cpu": 0.0})["cpu"],
        reverse=True,
    )
    print(f"{n} calls at concurrency {concurrency}: {n / seconds:,.0f} calls/s")
    print(f"{'thread':<28} {'CPU µs/call':>12} {'switches/call':>14} {'(involuntary)':>14}")
    total = 0.0
    for tid, now in sorted(after.items()):
        was = before.get(tid, {"cpu": 0.0, "voluntary": 0, "involuntary": 0})
        cpu = (now["cpu"] - was["cpu"]) / n * 1e6
        vol = (now["voluntary"] - was["voluntary"]) / n
        invol = (now["involuntary"] - was["involuntary"]) / n
        if cpu == 0 and vol == 0:
            continue
        total += cpu
        if tid == main_id:
            label = "event loop (main thread)"
        elif tid in busiest:
            label = "I/O worker" if busiest.index(tid) < workers else "blocking pool"
        else:
            label = str(now["name"])
        print(f"{label:<28} {cpu:>12.1f} {vol + invol:>14.2f} {invol:>14.2f}")
    print(f"{'all threads':<28} {total:>12.1f}")
    print(f"wall time per call: {seconds / n * 1e6:.1f} µs")


if __name__ == "__main__":
    main()
