"""`python -m clickhouse_cloud.testing serve --port N`: the sandbox on its own, with demo data."""

from __future__ import annotations

import argparse
import signal
import sys
import time
from typing import Optional

from . import DEMO_ORGANIZATION_ID, DEMO_SERVICE_ID, Sandbox
from ._demo import seed_bulk


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m clickhouse_cloud.testing")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the sandbox API until interrupted")
    serve.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: free)")
    serve.add_argument("--key-id", default=Sandbox.DEFAULT_KEY_ID)
    serve.add_argument("--key-secret", default=Sandbox.DEFAULT_KEY_SECRET)
    serve.add_argument("--rate-limit", type=int, default=None, help="requests per 10 s")
    serve.add_argument("--no-demo", action="store_true", help="start empty")
    serve.add_argument(
        "--bulk-backups",
        type=int,
        default=0,
        metavar="N",
        help="also give the demo organization's bulk service N backups",
    )
    serve.add_argument(
        "--no-record",
        action="store_true",
        help="do not keep received requests (load tests, benchmarks)",
    )
    args = parser.parse_args(argv)

    try:
        sandbox = Sandbox(
            key_id=args.key_id,
            key_secret=args.key_secret,
            port=args.port,
            rate_limit=args.rate_limit,
        )
    except OSError as e:
        print(f"clickhouse-cloud sandbox: {e}", file=sys.stderr)
        return 1
    # Ctrl-C (SIGINT) is a clean stop whenever it comes, even while the banner prints,
    # and also when this process was started with SIGINT ignored (as a shell script's
    # `&` job is), where Python would leave it ignored.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with sandbox:
            if not args.no_demo:
                sandbox.seed_demo()
            if args.bulk_backups:
                seed_bulk(sandbox, args.bulk_backups)
            if args.no_record:
                sandbox.set_recording(False)
            print(f"ClickHouse Cloud sandbox listening on {sandbox.url}", flush=True)
            print(f"  export CLICKHOUSE_CLOUD_API_URL={sandbox.url}")
            print(f"  export CLICKHOUSE_CLOUD_API_KEY={args.key_id}")
            print(f"  export CLICKHOUSE_CLOUD_API_SECRET={args.key_secret}")
            if not args.no_demo:
                print(f"  demo organization {DEMO_ORGANIZATION_ID}, service {DEMO_SERVICE_ID}")
            print("Press Ctrl-C to stop.", flush=True)
            while True:
                time.sleep(3600)
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
