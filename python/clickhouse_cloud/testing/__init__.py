"""A local stand-in for the ClickHouse Cloud API, for tests and demos.

    from clickhouse_cloud.testing import Sandbox

    with Sandbox() as sandbox:
        backup = sandbox.add_backup(org_id, service_id, status="in_progress")
        client = sandbox.client()
        assert client.get_backup(org_id, service_id, backup.id) == backup
        sandbox.fail_next(429, json={"error": "TOO_MANY_REQUESTS"})

The server is written in Rust and runs inside the extension on 127.0.0.1 (a free
port by default), without holding the GIL. With pytest, the fixture
`clickhouse_cloud_sandbox` gives a fresh one per test.
"""

from __future__ import annotations

import datetime as _dt
import json as _json
import uuid as _uuid
from collections.abc import Mapping
from typing import Any, Optional, Union

from .._native import Backup, BackupBucket, Client
from .._native import SandboxRequest as SandboxRequest
from .._native import SandboxServer as _SandboxServer
from ._demo import DEMO_ORGANIZATION_ID, DEMO_SERVICE_ID, seed_demo

__all__ = ["DEMO_ORGANIZATION_ID", "DEMO_SERVICE_ID", "Sandbox", "SandboxRequest"]

IdLike = Union[str, _uuid.UUID]


def _iso(value: Union[_dt.datetime, str]) -> str:
    if isinstance(value, str):
        return value
    if value.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    return value.isoformat().replace("+00:00", "Z")


class Sandbox:
    """A local ClickHouse Cloud API on 127.0.0.1, seeded by the test."""

    DEFAULT_KEY_ID = "sandbox-key-id"
    DEFAULT_KEY_SECRET = "sandbox-key-secret"

    def __init__(
        self,
        *,
        key_id: str = DEFAULT_KEY_ID,
        key_secret: str = DEFAULT_KEY_SECRET,
        port: int = 0,
        rate_limit: Optional[int] = None,
    ) -> None:
        """Starts serving at once. `rate_limit` = requests per 10 s before 429, like the API."""
        self.key_id = key_id
        self._key_secret = key_secret
        self._server = _SandboxServer(key_id, key_secret, port=port, rate_limit=rate_limit)

    @property
    def url(self) -> str:
        """The base URL to give a client, e.g. `http://127.0.0.1:41234`."""
        return self._server.url

    @property
    def port(self) -> int:
        return self._server.port

    @property
    def key_secret(self) -> str:
        return self._key_secret

    def client(self, **kwargs: Any) -> Client:
        """A `Client` bound to this sandbox (keyword arguments go to `Client`)."""
        return Client(self.key_id, self._key_secret, base_url=self.url, **kwargs)

    # -- seeding -------------------------------------------------------------

    def add_backup(
        self,
        organization_id: IdLike,
        service_id: IdLike,
        *,
        id: Optional[IdLike] = None,
        status: str = "done",
        started_at: Union[_dt.datetime, str, None] = None,
        finished_at: Union[_dt.datetime, str, None] = None,
        size_in_bytes: Union[int, float, None] = None,
        duration_in_seconds: Union[int, float, None] = None,
        type: Optional[str] = "full",
        backup_name: Optional[str] = None,
        bucket: Union[BackupBucket, Mapping[str, Any], None] = None,
    ) -> Backup:
        """Stores a backup with realistic defaults and returns it as the client will see it.

        A finished backup (`done` or `error`) gets a `finishedAt`; one in progress does not.
        """
        now = _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0)
        started = started_at if started_at is not None else now - _dt.timedelta(hours=1)
        if duration_in_seconds is None:
            duration_in_seconds = 600.0
        body: dict[str, Any] = {
            "id": str(id if id is not None else _uuid.uuid4()),
            "status": status,
            "serviceId": str(service_id),
            "startedAt": _iso(started),
            "durationInSeconds": duration_in_seconds,
        }
        if finished_at is not None:
            body["finishedAt"] = _iso(finished_at)
        elif status in ("done", "error") and isinstance(started, _dt.datetime):
            body["finishedAt"] = _iso(started + _dt.timedelta(seconds=duration_in_seconds))
        if size_in_bytes is not None:
            body["sizeInBytes"] = size_in_bytes
        elif status == "done":
            body["sizeInBytes"] = 1_073_741_824
        if type is not None:
            body["type"] = type
        if backup_name is not None:
            body["backupName"] = backup_name
        if bucket is not None:
            body["bucket"] = bucket.to_dict() if isinstance(bucket, BackupBucket) else dict(bucket)
        self._server.add_backup(organization_id, service_id, body)
        return Backup.from_dict(body)

    def add_raw_backup(
        self, organization_id: IdLike, service_id: IdLike, data: Mapping[str, Any]
    ) -> None:
        """Stores a backup exactly as given (the API's camelCase shape), served verbatim."""
        self._server.add_backup(organization_id, service_id, dict(data))

    def seed_demo(self) -> list[_uuid.UUID]:
        """Adds the demo service's backups (see `DEMO_ORGANIZATION_ID`/`DEMO_SERVICE_ID`)."""
        return seed_demo(self)

    # -- faults --------------------------------------------------------------

    def fail_next(
        self,
        status: int,
        body: Union[str, bytes, None] = None,
        *,
        json: Any = None,
        headers: Optional[Mapping[str, str]] = None,
        times: int = 1,
        delay: float = 0.0,
    ) -> None:
        """Answers the next `times` requests with `status` and `body` (or `json`)."""
        if json is not None and body is not None:
            raise ValueError("give body or json, not both")
        header_list = list((headers or {}).items())
        if json is not None:
            raw = _json.dumps(json).encode()
            if not any(k.lower() == "content-type" for k, _ in header_list):
                header_list.append(("content-type", "application/json"))
        elif isinstance(body, str):
            raw = body.encode()
        else:
            raw = body or b""
        self._server.push_fault(
            status=status, body=raw, headers=header_list, delay=delay, times=times
        )

    def delay_next(self, seconds: float, *, times: int = 1) -> None:
        """Waits `seconds` before answering the next `times` requests normally."""
        self._server.push_fault(delay=seconds, times=times)

    def drop_next(self, *, times: int = 1, delay: float = 0.0) -> None:
        """Closes the connection without an answer for the next `times` requests."""
        self._server.push_fault(drop=True, delay=delay, times=times)

    def clear_faults(self) -> None:
        self._server.clear_faults()

    @property
    def pending_faults(self) -> int:
        """Scripted faults not used yet."""
        return self._server.pending_faults

    # -- inspection ----------------------------------------------------------

    @property
    def requests(self) -> list[SandboxRequest]:
        """Every request received so far, oldest first."""
        return self._server.requests()

    @property
    def last_request(self) -> Optional[SandboxRequest]:
        requests = self._server.requests()
        return requests[-1] if requests else None

    def clear_requests(self) -> None:
        self._server.clear_requests()

    # -- life cycle ----------------------------------------------------------

    def close(self) -> None:
        """Stops the server and closes its connections. Idempotent."""
        self._server.close()

    @property
    def closed(self) -> bool:
        return self._server.closed

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else self.url
        return f"Sandbox({state})"
