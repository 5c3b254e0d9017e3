"""The `clickhouse-cloud` command (also `python -m clickhouse_cloud`).

    clickhouse-cloud backups list|get|latest|wait ...
    clickhouse-cloud backup-config get|update ...
    clickhouse-cloud backup-bucket get|create|update|delete ...
    clickhouse-cloud restore ORG BACKUP --name N --provider P --region R [--wait]
    clickhouse-cloud services get|wait|ensure-running|stop [--wait]|delete [--stop] [--wait] ...
    clickhouse-cloud costs [ORG] --from DATE --to DATE [--filter F] [--csv]
    clickhouse-cloud keys rotate [ORG] KEY [--retire R] --show-secret|--secret-file F
    clickhouse-cloud demo

Credentials come from CLICKHOUSE_CLOUD_API_KEY / CLICKHOUSE_CLOUD_API_SECRET, and a
bucket's secret from an environment variable or stdin: never from argv, where other
users could read them. `--json` prints the API's JSON shape. Errors are one line on
stderr with the request id, and a non-zero exit code: 1 for API and network errors
(including a failed backup or a wait that timed out), 2 for bad arguments or
configuration, 130 for Ctrl-C.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import Any, Optional

from . import (
    Backup,
    BackupBucket,
    BackupConfiguration,
    ClickHouseCloudError,
    Client,
    InvalidResponseError,
    Service,
    __version__,
)
from ._cli_jobs import REPLACED, add_job_commands, run_job
from ._commands import add_generated
from ._display import readable_duration, readable_size
from ._native import DEFAULT_BACKUP_POLL_INTERVAL, DEFAULT_TIMEOUT

EXIT_API_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


BUCKET_SECRET_ENV = "CLICKHOUSE_CLOUD_BUCKET_SECRET"
ORGANIZATION_ENV = "CLICKHOUSE_CLOUD_ORGANIZATION_ID"

# The commands written by hand (nicer output, waits, secrets kept off argv) in the
# generated namespaces: these replace the generated command of the same name.
HAND_WRITTEN = {
    ("backups", "list"),
    ("backups", "get"),
    ("backup_bucket", "get"),
    ("backup_bucket", "create"),
    ("backup_bucket", "update"),
    ("backup_bucket", "delete"),
    ("services", "get"),
} | REPLACED


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clickhouse-cloud",
        description="ClickHouse Cloud API client. Credentials: $CLICKHOUSE_CLOUD_API_KEY "
        "and $CLICKHOUSE_CLOUD_API_SECRET; server: $CLICKHOUSE_CLOUD_API_URL.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--base-url", help="API root (default: $CLICKHOUSE_CLOUD_API_URL)")
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        help=f"seconds per attempt ({DEFAULT_TIMEOUT:g})",
    )
    parser.add_argument(
        "--org",
        dest="org_option",
        metavar="ORG",
        help="organization id (default: $CLICKHOUSE_CLOUD_ORGANIZATION_ID)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    # One namespace's subparsers, shared by its generated and hand-written commands.
    groups: dict[str, Any] = {}
    add_generated(commands, groups, HAND_WRITTEN)

    def command(group: Any, name: str, help: str, *ids: str) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = group.add_parser(name, help=help)
        for id_name in ids:
            # The organization may come first, or from --org or the environment.
            optional = {"nargs": "?"} if id_name == "ORG" else {}
            sub.add_argument(id_name.lower(), metavar=id_name, **optional)  # type: ignore[arg-type]
        sub.add_argument("--json", action="store_true", help="print the API's JSON shape")
        sub.set_defaults(command=command_of[id(group)], action=name)
        return sub

    command_of: dict[int, str] = {id(commands): ""}

    def hand_group(name: str, help: str) -> Any:
        """A namespace's subparsers: the generated one's, or a hand-written command's own."""
        if name.replace("-", "_") in groups:
            group = groups[name.replace("-", "_")]
        else:
            top = commands.add_parser(name, help=help)
            group = top.add_subparsers(dest="action", required=True, metavar="ACTION")
        command_of[id(group)] = name
        return group

    b = hand_group("backups", "backups of a service")
    command(b, "list", "all backups, newest first", "ORG", "SERVICE")
    command(b, "get", "one backup", "ORG", "SERVICE", "BACKUP")
    latest = command(b, "latest", "the newest backup with a status", "ORG", "SERVICE")
    latest.add_argument(
        "--status", default="done", help="done (default), error, in_progress, or 'any'"
    )
    wait = command(b, "wait", "wait until a backup is done", "ORG", "SERVICE", "BACKUP")
    wait.add_argument("--wait-timeout", type=float, default=3600.0, help="seconds (3600)")
    wait.add_argument(
        "--poll-interval",
        type=float,
        default=DEFAULT_BACKUP_POLL_INTERVAL,
        help=f"seconds ({DEFAULT_BACKUP_POLL_INTERVAL:g})",
    )

    c = hand_group("backup-config", "a service's backup schedule")
    command(c, "get", "show the schedule", "ORG", "SERVICE")
    update = command(c, "update", "change the schedule (only what is given)", "ORG", "SERVICE")
    update.add_argument("--period", type=float, metavar="HOURS", help="hours between backups")
    update.add_argument("--retention", type=float, metavar="HOURS", help="hours to keep backups")
    update.add_argument("--start-time", metavar="HH:MM", help="daily start time (UTC)")
    for name in ("period", "retention", "start-time"):
        update.add_argument(
            f"--reset-{name}", action="store_true", help=f"reset {name} to its default"
        )

    k = hand_group("backup-bucket", "a service's own backup bucket")
    command(k, "get", "show the bucket", "ORG", "SERVICE")
    command(k, "delete", "remove the bucket", "ORG", "SERVICE")
    for name in ("create", "update"):
        sub = command(k, name, f"{name} the bucket", "ORG", "SERVICE")
        sub.add_argument(
            "--provider", required=True, choices=["AWS", "GCP", "AZURE"], type=str.upper
        )
        sub.add_argument("--bucket-path")
        sub.add_argument("--iam-role-arn")
        sub.add_argument("--iam-role-session-name")
        sub.add_argument("--iam-role-external-id")
        sub.add_argument("--access-key-id")
        sub.add_argument("--container-name")
        secret = sub.add_mutually_exclusive_group()
        secret.add_argument(
            "--secret-env",
            metavar="VAR",
            default=BUCKET_SECRET_ENV,
            help="environment variable holding the GCP secret access key "
            f"or Azure connection string (default {BUCKET_SECRET_ENV})",
        )
        secret.add_argument(
            "--secret-stdin", action="store_true", help="read the secret from standard input"
        )

    restore = command(commands, "restore", "restore a backup into a new service", "ORG", "BACKUP")
    restore.set_defaults(command="restore")
    restore.add_argument("--name", required=True)
    restore.add_argument("--provider", required=True, help="aws, gcp or azure")
    restore.add_argument("--region", required=True)
    restore.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="KEY=JSON",
        help="another service option, e.g. min_replica_memory_gb=16",
    )
    restore.add_argument("--wait", action="store_true", help="wait until it is running")
    restore.add_argument("--wait-timeout", type=float, default=1800.0)
    restore.add_argument("--poll-interval", type=float, default=15.0)
    restore.add_argument(
        "--show-password", action="store_true", help="print the new service's one-time password"
    )

    v = hand_group("services", "services")
    command(v, "get", "one service", "ORG", "SERVICE")
    swait = command(v, "wait", "wait until a service is in a state", "ORG", "SERVICE")
    swait.add_argument("--state", default="running")
    swait.add_argument("--wait-timeout", type=float, default=1800.0)
    swait.add_argument("--poll-interval", type=float, default=15.0)
    add_job_commands(command, v, hand_group("keys", "API keys"), commands)

    demo = commands.add_parser(
        "demo", help="start the local sandbox with demo data and fetch it with the real client"
    )
    demo.set_defaults(command="demo")
    return parser


def _size(n: Optional[int]) -> str:
    return "-" if n is None else readable_size(n)


def _duration(seconds: Optional[float]) -> str:
    return "-" if seconds is None else readable_duration(seconds)


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
    ("iam_role_external_id", "IAM role external id"),
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


def _table(rows: Sequence[tuple[str, str]]) -> str:
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k:<{width}}  {v}" for k, v in rows)


def format_configuration(config: BackupConfiguration) -> str:
    return _table(
        [
            ("period", f"{_text(config.backup_period_in_hours)} h"),
            ("retention", f"{_text(config.backup_retention_period_in_hours)} h"),
            (
                "start time",
                _text(config.backup_start_time) + (" UTC" if config.backup_start_time else ""),
            ),
        ]
    )


def format_bucket(bucket: BackupBucket) -> str:
    return _table([("id", _text(bucket.id)), *_bucket_rows(bucket)])


def format_service(service: Service) -> str:
    rows = [
        ("id", _text(service.id)),
        ("name", _text(service.name)),
        ("state", _text(service.state)),
        ("provider", _text(service.provider)),
        ("region", _text(service.region)),
        ("version", _text(service.clickhouse_version)),
        ("created at", _text(service.created_at)),
    ]
    rows += [(f"endpoint {e.protocol}", f"{e.host}:{e.port}") for e in service.endpoints or []]
    return _table(rows)


def _client(args: argparse.Namespace) -> Client:
    return Client(base_url=args.base_url, timeout=args.timeout)


def _show(args: argparse.Namespace, value: Any, text: str) -> None:
    if args.json:
        data = value.to_dict() if hasattr(value, "to_dict") else value
        print(json.dumps(data, indent=2))
    else:
        print(text)


def _bucket_secret(args: argparse.Namespace) -> Optional[str]:
    if args.secret_stdin:
        secret = sys.stdin.read().strip()
        if not secret:
            raise ValueError("--secret-stdin: standard input is empty")
        return secret
    return os.environ.get(args.secret_env) or None


def _organization(args: argparse.Namespace) -> str:
    org: Optional[str] = (
        getattr(args, "org", None) or args.org_option or os.environ.get(ORGANIZATION_ENV)
    )
    if not org:
        raise ValueError(f"no organization: give it first, with --org, or in ${ORGANIZATION_ENV}")
    return org


def _run(args: argparse.Namespace, client: Client) -> int:
    generated = getattr(args, "generated", None)
    if generated is not None:
        return int(generated.run(args, client))
    org: Any = _organization(args)
    job = run_job(args, client, org)
    if job is not None:
        return job
    service: Any = getattr(args, "service", None)
    key = (args.command, getattr(args, "action", None))
    if key == ("backups", "list"):
        backups = client.list_backups(org, service)
        if args.json:
            print(json.dumps([b.to_dict() for b in backups], indent=2))
        else:
            print(format_backup_table(backups) if backups else "no backups")
    elif key == ("backups", "get"):
        backup = client.get_backup(org, service, args.backup)
        _show(args, backup, format_backup(backup))
    elif key == ("backups", "latest"):
        status = None if args.status == "any" else args.status
        found = client.latest_backup(org, service, status=status)
        if found is None:
            print("null" if args.json else f"no backup with status {args.status}")
            return EXIT_API_ERROR
        _show(args, found, format_backup(found))
    elif key == ("backups", "wait"):
        backup = client.wait_for_backup(
            org, service, args.backup, timeout=args.wait_timeout, poll_interval=args.poll_interval
        )
        _show(args, backup, format_backup(backup))
    elif key == ("backup-config", "get"):
        config = client.get_backup_configuration(org, service)
        _show(args, config, format_configuration(config))
    elif key == ("backup-config", "update"):
        fields: dict[str, Any] = {}
        for flag, name in (
            ("period", "backup_period_in_hours"),
            ("retention", "backup_retention_period_in_hours"),
            ("start_time", "backup_start_time"),
        ):
            value, reset = getattr(args, flag), getattr(args, f"reset_{flag}")
            if value is not None and reset:
                raise ValueError(f"give --{flag.replace('_', '-')} or its reset, not both")
            if value is not None:
                fields[name] = value
            elif reset:
                fields[name] = None
        if not fields:
            raise ValueError(
                "give at least one of --period, --retention, --start-time or a --reset-* flag"
            )
        config = client.update_backup_configuration(org, service, **fields)
        _show(args, config, format_configuration(config))
    elif key == ("backup-bucket", "get"):
        bucket = client.get_backup_bucket(org, service)
        _show(args, bucket, format_bucket(bucket))
    elif key == ("backup-bucket", "delete"):
        client.delete_backup_bucket(org, service)
        print("{}" if args.json else "backup bucket deleted")
    elif key in (("backup-bucket", "create"), ("backup-bucket", "update")):
        secret = _bucket_secret(args)
        if args.provider in ("GCP", "AZURE") and secret is None:
            raise ValueError(
                f"a {args.provider} bucket needs its secret: set ${args.secret_env} "
                "(or name another variable with --secret-env) or use --secret-stdin"
            )
        kwargs: dict[str, Any] = {
            "provider": args.provider,
            "bucket_path": args.bucket_path,
            "iam_role_arn": args.iam_role_arn,
            "iam_role_session_name": args.iam_role_session_name,
            "iam_role_external_id": args.iam_role_external_id,
            "access_key_id": args.access_key_id,
            "container_name": args.container_name,
        }
        if args.provider == "GCP":
            kwargs["secret_access_key"] = secret
        elif args.provider == "AZURE":
            kwargs["connection_string"] = secret
        method = (
            client.create_backup_bucket
            if args.action == "create"
            else (client.update_backup_bucket)
        )
        bucket = method(org, service, **kwargs)
        _show(args, bucket, format_bucket(bucket))
    elif args.command == "restore":
        options: dict[str, Any] = {}
        for option in args.option:
            name, sep, raw = option.partition("=")
            if not sep or not name:
                raise ValueError(f"--option {option!r}: expected KEY=VALUE")
            try:
                options[name] = json.loads(raw)
            except ValueError:
                options[name] = raw
        restored = client.restore_backup(
            org,
            args.backup,
            name=args.name,
            provider=args.provider,
            region=args.region,
            **options,
        )
        service = restored.service
        if service is None:  # restore_backup raises InvalidResponseError before this
            raise InvalidResponseError("the answer holds no service")
        # Shown at once: the service exists now, and its password is never shown again,
        # whatever happens while waiting.
        created: dict[str, Any] = {"service": service.to_dict()}
        if args.show_password:
            created["password"] = restored.password
        if not args.json:
            print(format_service(service))
            if args.show_password:
                print(f"password  {restored.password}")
            else:
                print(
                    "(the one-time password of the default user is shown with --show-password only)"
                )
        if not (args.wait and service.id is not None):
            if args.json:
                print(json.dumps(created, indent=2))
            return 0
        if not args.json:
            print(f"\nwaiting for service {service.id} to be running...", flush=True)
        try:
            running = client.wait_for_service(
                org,
                service.id,
                timeout=args.wait_timeout,
                poll_interval=args.poll_interval,
            )
        except BaseException:
            if args.json:
                print(json.dumps(created, indent=2))
            raise
        if args.json:
            created["service"] = running.to_dict()
            print(json.dumps(created, indent=2))
        else:
            print(format_service(running))
    elif key == ("services", "get"):
        found_service = client.get_service(org, service)
        _show(args, found_service, format_service(found_service))
    elif key == ("services", "wait"):
        found_service = client.wait_for_service(
            org,
            service,
            state=args.state,
            timeout=args.wait_timeout,
            poll_interval=args.poll_interval,
        )
        _show(args, found_service, format_service(found_service))
    else:
        return EXIT_USAGE
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
        with _client(args) as client:
            return _run(args, client)
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
    except OSError as e:  # a file the command reads or writes
        where = f"{e.filename}: " if e.filename else ""
        print(f"clickhouse-cloud: error: {where}{e.strerror or e}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
