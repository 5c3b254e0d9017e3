"""The `clickhouse-cloud` command (also `python -m clickhouse_cloud`).

    clickhouse-cloud backups get ORG SERVICE BACKUP [--json]
    clickhouse-cloud demo

Credentials come from CLICKHOUSE_CLOUD_API_KEY / CLICKHOUSE_CLOUD_API_SECRET (never
from argv, where other users could read them). Errors are one line on stderr with
the request id, and a non-zero exit code: 1 for API and network errors, 2 for bad
arguments or configuration, 130 for Ctrl-C.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, Optional

from . import Backup, BackupBucket, ClickHouseCloudError, Client, __version__

EXIT_API_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clickhouse-cloud",
        description="ClickHouse Cloud API client. Credentials: $CLICKHOUSE_CLOUD_API_KEY "
        "and $CLICKHOUSE_CLOUD_API_SECRET; server: $CLICKHOUSE_CLOUD_API_URL.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--base-url", help="API root (default: $CLICKHOUSE_CLOUD_API_URL)")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per attempt")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    backups = commands.add_parser("backups", help="backups of a service")
    backup_commands = backups.add_subparsers(dest="action", required=True, metavar="ACTION")
    get = backup_commands.add_parser("get", help="show one backup")
    get.add_argument("organization_id", metavar="ORG")
    get.add_argument("service_id", metavar="SERVICE")
    get.add_argument("backup_id", metavar="BACKUP")
    get.add_argument("--json", action="store_true", help="print the API's JSON shape")

    commands.add_parser(
        "demo", help="start the local sandbox with demo data and fetch it with the real client"
    )
    return parser


def _size(n: Optional[int]) -> str:
    if n is None:
        return "-"
    value = float(n)
    for unit in ("B", "KiB", "MiB", "GiB", "TiB", "PiB"):
        if value < 1024 or unit == "PiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{n} B"


def _duration(seconds: Optional[float]) -> str:
    if seconds is None:
        return "-"
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h {minutes:02d}m {secs:02d}s"
    if minutes:
        return f"{minutes}m {secs:02d}s"
    return f"{seconds:.1f}s"


def _text(value: Any) -> str:
    if value is None:
        return "-"
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


_BUCKET_FIELDS = (
    ("bucket_path", "bucket path"),
    ("iam_role_arn", "IAM role ARN"),
    ("iam_role_session_name", "IAM role session name"),
    ("access_key_id", "access key id"),
    ("container_name", "container name"),
)


def _bucket_rows(bucket: Optional[BackupBucket]) -> list[tuple[str, str]]:
    if bucket is None:
        return [("bucket", "- (ClickHouse Cloud storage)")]
    rows = [("bucket provider", _text(bucket.provider))]
    for name, label in _BUCKET_FIELDS:
        if hasattr(bucket, name):
            rows.append((label, _text(getattr(bucket, name))))
    return rows


def format_backup(backup: Backup) -> str:
    """A readable two-column table of one backup."""
    size = _size(backup.size_in_bytes)
    if backup.size_in_bytes is not None:
        size += f" ({backup.size_in_bytes:,} bytes)"
    rows = [
        ("id", _text(backup.id)),
        ("status", _text(backup.status)),
        ("type", _text(backup.type)),
        ("service id", _text(backup.service_id)),
        ("started at", _text(backup.started_at)),
        ("finished at", _text(backup.finished_at)),
        ("duration", _duration(backup.duration_in_seconds)),
        ("size", size),
        ("backup name", _text(backup.backup_name)),
        *_bucket_rows(backup.bucket),
    ]
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k:<{width}}  {v}" for k, v in rows)


def format_backup_table(backups: Sequence[Backup]) -> str:
    """One line per backup, with a header."""
    header = ("ID", "STATUS", "TYPE", "STARTED", "DURATION", "SIZE", "BUCKET")
    rows = [header] + [
        (
            _text(b.id),
            _text(b.status),
            _text(b.type),
            b.started_at.strftime("%Y-%m-%d %H:%M %z") if b.started_at else "-",
            _duration(b.duration_in_seconds),
            _size(b.size_in_bytes),
            (b.bucket.provider or "?") if b.bucket is not None else "-",
        )
        for b in backups
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)


def _client(args: argparse.Namespace) -> Client:
    return Client(base_url=args.base_url, timeout=args.timeout)


def _backups_get(args: argparse.Namespace) -> int:
    with _client(args) as client:
        backup = client.get_backup(args.organization_id, args.service_id, args.backup_id)
    if args.json:
        print(json.dumps(backup.to_dict(), indent=2))
    else:
        print(format_backup(backup))
    return 0


def _demo(args: argparse.Namespace) -> int:
    from .testing import DEMO_ORGANIZATION_ID, DEMO_SERVICE_ID, Sandbox

    with Sandbox() as sandbox:
        backup_ids = sandbox.seed_demo()
        print(f"Sandbox API listening on {sandbox.url} (a local stand-in for ClickHouse Cloud)")
        print(f"Fetching {len(backup_ids)} backups of service {DEMO_SERVICE_ID} over HTTP:\n")
        with sandbox.client() as client:
            backups = [
                client.get_backup(DEMO_ORGANIZATION_ID, DEMO_SERVICE_ID, backup_id)
                for backup_id in backup_ids
            ]
            print(format_backup_table(backups))
            done = next(b for b in backups if b.status == "done")
            print(f"\nclient.get_backup(org, service, {str(done.id)!r}):\n")
            print(format_backup(done))
            print("\nAn unknown backup raises NotFoundError:")
            try:
                client.get_backup(
                    DEMO_ORGANIZATION_ID, DEMO_SERVICE_ID, "00000000-0000-4000-8000-000000000000"
                )
            except ClickHouseCloudError as e:
                print(f"  {type(e).__name__}: {e}")
        print(f"\n{len(sandbox.requests)} requests served by the sandbox.")
    return 0


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "demo":
            return _demo(args)
        if args.command == "backups" and args.action == "get":
            return _backups_get(args)
    except ClickHouseCloudError as e:
        print(f"clickhouse-cloud: error: {type(e).__name__}: {e}", file=sys.stderr)
        return EXIT_API_ERROR
    except (ValueError, TypeError) as e:
        print(f"clickhouse-cloud: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("clickhouse-cloud: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_API_ERROR
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
