"""The jobs as commands: `services ensure-running | stop --wait | delete --stop --wait`,
`costs --from --to [--csv]` and `keys rotate`.

Waits show a live line on a terminal (stderr) and nothing in a pipe or a log;
`--no-progress` turns the line off. A new key's secret is printed only when asked
(`--show-secret`) or written to a file only its owner can read (`--secret-file`).
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import os
import sys
from typing import Any, Callable, Optional

from ._display import ResultList, _record
from ._errors import KeyRotationError

# (namespace, command) pairs of generated commands these replace.
REPLACED = {("services", "delete")}

Command = Callable[..., argparse.ArgumentParser]


def _waiting(parser: argparse.ArgumentParser, timeout: float, poll: float) -> None:
    parser.add_argument(
        "--wait-timeout", type=float, default=timeout, help=f"seconds ({timeout:g})"
    )
    parser.add_argument("--poll-interval", type=float, default=poll, help=f"seconds ({poll:g})")
    parser.add_argument(
        "--no-progress", action="store_true", help="no live line on the terminal while waiting"
    )


def add_job_commands(command: Command, services: Any, keys: Any, commands: Any) -> None:
    """Adds the job commands; `command(group, name, help, *IDS)` is cli.py's helper."""
    ensure = command(
        services,
        "ensure-running",
        "start or wake the service if needed and wait until it runs",
        "ORG",
        "SERVICE",
    )
    _waiting(ensure, 1800.0, 15.0)

    stop = command(services, "stop", "stop the service (--wait: until stopped)", "ORG", "SERVICE")
    stop.add_argument("--wait", action="store_true", help="wait until it is stopped")
    _waiting(stop, 1800.0, 15.0)

    delete = command(
        services,
        "delete",
        "delete the service (--stop: stop it first; --wait: until it is gone)",
        "ORG",
        "SERVICE",
    )
    delete.add_argument("--stop", action="store_true", help="stop it first (the API requires it)")
    delete.add_argument("--wait", action="store_true", help="wait until it is gone")
    _waiting(delete, 1800.0, 15.0)

    costs = command(
        commands, "costs", "usage costs over any date range (one request per 31 days)", "ORG"
    )
    costs.set_defaults(command="costs", action=None)
    costs.add_argument("--from", dest="from_date", required=True, metavar="YYYY-MM-DD")
    costs.add_argument("--to", dest="to_date", required=True, metavar="YYYY-MM-DD")
    costs.add_argument(
        "--filter",
        action="append",
        default=[],
        metavar="FILTER",
        help="e.g. tag:env=prod or entityType:service (repeatable)",
    )
    costs.add_argument("--csv", action="store_true", help="every record as CSV on stdout")

    rotate = command(
        keys,
        "rotate",
        "create a key with the roles of KEY, then keep, disable or delete KEY",
        "ORG",
        "KEY",
    )
    rotate.add_argument("--name", help="the new key's name (default: '<old name> (rotated)')")
    rotate.add_argument(
        "--retire",
        choices=["keep", "disable", "delete"],
        default="keep",
        help="what to do with the old key once the new one exists (keep)",
    )
    secret = rotate.add_mutually_exclusive_group(required=True)
    secret.add_argument(
        "--show-secret", action="store_true", help="print the new key's secret (shown only once)"
    )
    secret.add_argument(
        "--secret-file",
        metavar="PATH",
        help="write the new key's id and secret as JSON to PATH (mode 0600; must not exist)",
    )


def run_job(args: argparse.Namespace, client: Any, org: Any) -> Optional[int]:
    """Runs a job command; None when `args` names another command."""
    key = (args.command, getattr(args, "action", None))
    progress = False if getattr(args, "no_progress", False) else None
    wait = {
        "timeout": getattr(args, "wait_timeout", None),
        "poll_interval": getattr(args, "poll_interval", None),
    }
    if key == ("services", "ensure-running"):
        service = client.ensure_running(
            args.service, organization_id=org, progress=progress, **wait
        )
        _service(args, service)
    elif key == ("services", "stop"):
        # Without --wait too, the job looks first: a stopped service is left alone.
        service = client.stop_service(
            args.service, wait=args.wait, organization_id=org, progress=progress, **wait
        )
        _service(args, service)
    elif key == ("services", "delete"):
        client.delete_service(
            args.service,
            stop=args.stop,
            wait=args.wait,
            organization_id=org,
            progress=progress,
            **wait,
        )
        gone = " and gone" if args.wait else ""
        print(
            json.dumps({"id": args.service})
            if args.json
            else f"service {args.service} deleted{gone}"
        )
    elif args.command == "costs":
        _costs(args, client, org)
    elif key == ("keys", "rotate"):
        _rotate(args, client, org)
    else:
        return None
    return 0


def _service(args: argparse.Namespace, service: Any) -> None:
    from .cli import format_service  # cli imports this module

    if args.json:
        print(json.dumps(service.to_dict(), indent=2))
    else:
        print(format_service(service))


def _costs(args: argparse.Namespace, client: Any, org: Any) -> None:
    usage = client.usage_costs(
        args.from_date, args.to_date, filter=args.filter or None, organization_id=org
    )
    records = usage.costs if usage.costs is not None else ResultList()
    if args.json:
        print(json.dumps(usage.to_dict(), indent=2))
        return
    if args.csv:
        rows = [_record(record) for record in records]
        # An empty range still has its header.
        columns = records._columns(rows)
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({name: _csv_value(value) for name, value in row.items()})
        return
    from .cli import _table  # the plain two-column table of the other commands

    lines = [("date", "entity", "type", "total CHC", "locked")]
    for record in records:
        lines.append(
            (
                str(record.date or ""),
                str(record.entity_name or record.entity_id or ""),
                str(record.entity_type or ""),
                f"{record.total_chc or 0:.2f}",
                "yes" if record.locked else "",
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(5)]
    for line in lines:
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths)).rstrip())
    total = usage.grand_total_chc or 0.0
    print(_table([("records", str(len(records))), ("grand total", f"{total:.2f} CHC")]))


def _csv_value(value: Any) -> Any:
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, (dict, list)):
        return json.dumps(value, default=str)
    return value


def _rotate(args: argparse.Namespace, client: Any, org: Any) -> None:
    # The secret's destination is made first (exclusively, 0600: never overwritten, for
    # its owner only): a path that cannot be written fails before any key changes.
    secret_file = _open_secret_file(args.secret_file) if args.secret_file else None
    shown = False

    def show(created: Any) -> None:
        nonlocal shown
        shown = True
        if args.json:
            print(json.dumps(created.to_dict(include_secrets=args.show_secret), indent=2))
            return
        new_key = created.key
        new_id = new_key.id if new_key is not None else None
        print(f"new key   {new_key.name if new_key is not None else None} ({new_id})")
        print(f"key id    {created.key_id}")
        if args.show_secret:
            print(f"secret    {created.key_secret}")
        elif secret_file is not None and secret_file.closed:
            print(f"secret    written to {args.secret_file}")
        else:
            print("secret    not stored: the old key was left as it is (see the error)")
        sys.stdout.flush()

    def store(created: Any) -> None:
        # Called before the old key is retired: the new secret is saved (or shown)
        # first, so that no failure after it can leave it nowhere.
        if secret_file is not None:
            new_id = created.key.id if created.key is not None else None
            record = {
                "keyId": created.key_id,
                "keySecret": created.key_secret,
                "id": str(new_id) if new_id is not None else None,
            }
            secret_file.write(json.dumps(record) + "\n")
            secret_file.flush()
            os.fsync(secret_file.fileno())
            secret_file.close()
        show(created)

    failure: Optional[KeyRotationError] = None
    try:
        created = client.rotate_key(
            args.key, name=args.name, retire=args.retire, store=store, organization_id=org
        )
    except KeyRotationError as error:
        # The new key exists (and the old one is untouched when storing failed).
        created, failure = error.created, error
    finally:
        if secret_file is not None and not secret_file.closed:
            # Nothing stored: no key was made, or storing failed. No empty file is left.
            secret_file.close()
            os.unlink(args.secret_file)
    if not shown:
        show(created)
    if failure is None and args.retire != "keep" and not args.json:
        print(f"old key   {args.key} {args.retire}d")
    if failure is not None:
        raise failure


def _open_secret_file(path: str) -> Any:
    """`path` created for writing, exclusively and readable by its owner only."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise ValueError(f"--secret-file {path}: already exists") from None
    except OSError as error:
        raise ValueError(f"--secret-file {path}: {error.strerror or error}") from None
    return os.fdopen(fd, "w", encoding="utf-8")
