"""What the sensor and its trigger both decide, given what the API answered."""

from __future__ import annotations

import datetime as dt
from typing import Any, Optional, Union

import clickhouse_cloud as chc

# Worth another look at the next poke: the client has already retried these.
TRANSIENT_ERRORS = (
    chc.RateLimitError,
    chc.InternalServerError,
    chc.APIConnectionError,
)

DONE = "done"
ERROR = "error"


def parse_started_after(value: Union[dt.datetime, str, None]) -> Optional[dt.datetime]:
    """An aware datetime (ISO text accepted; a naive value is UTC, the API's zone)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value


def newest_started_after(
    backups: list[chc.Backup], started_after: Optional[dt.datetime]
) -> Optional[chc.Backup]:
    """The newest backup that started at or after ``started_after`` (any backup with a
    start time when it is None)."""
    best: Optional[chc.Backup] = None
    for backup in backups:
        started = backup.started_at
        if started is None or (started_after is not None and started < started_after):
            continue
        if best is None or started > best.started_at:  # type: ignore[operator]
            best = backup
    return best


def describe(backup: chc.Backup) -> str:
    return f"backup {backup.id} (status {backup.status!r}, request id {backup.request_id})"


def event_for(backup: chc.Backup) -> Optional[dict[str, Any]]:
    """The trigger's event for a backup that reached an end, or None to keep waiting."""
    if backup.status == DONE:
        return {"status": "success", "backup": backup.to_dict(), "request_id": backup.request_id}
    if backup.status == ERROR:
        return {
            "status": "error",
            "message": f"{describe(backup)} ended in error",
            "backup": backup.to_dict(),
            "request_id": backup.request_id,
        }
    return None
