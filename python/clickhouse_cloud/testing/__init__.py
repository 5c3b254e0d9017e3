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
import math as _math
import uuid as _uuid
from collections.abc import Mapping, Sequence
from typing import Any, Optional, Union

from .._client import AsyncClient, Client
from .._native import Backup, BackupBucket
from .._native import SandboxRequest as SandboxRequest
from .._native import SandboxServer as _SandboxServer
from ._demo import DEMO_ORGANIZATION_ID, DEMO_SERVICE_ID, seed_demo

__all__ = ["DEMO_ORGANIZATION_ID", "DEMO_SERVICE_ID", "Sandbox", "SandboxRequest"]

IdLike = Union[str, _uuid.UUID]


def _now() -> str:
    return _iso(_dt.datetime.now(_dt.timezone.utc).replace(microsecond=0))


def _org_path(organization_id: IdLike, rest: str) -> str:
    return f"/v1/organizations/{organization_id}/{rest}"


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
        provisioning_seconds: float = 2.0,
        transition_seconds: float = 1.0,
    ) -> None:
        """Starts serving at once. `rate_limit` = requests per 10 s before 429, like the API;
        `provisioning_seconds` = how long a restored service stays `provisioning`;
        `transition_seconds` = how long a stop, start or delete takes."""
        self.key_id = key_id
        self._key_secret = key_secret
        self._server = _SandboxServer(
            key_id,
            key_secret,
            port=port,
            rate_limit=rate_limit,
            provisioning_seconds=provisioning_seconds,
        )
        self._server.transition_seconds = transition_seconds

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

    @property
    def provisioning_seconds(self) -> float:
        """How long services created by a restore stay `provisioning`."""
        return self._server.provisioning_seconds

    @provisioning_seconds.setter
    def provisioning_seconds(self, value: float) -> None:
        self._server.provisioning_seconds = value

    def client(self, **kwargs: Any) -> Client:
        """A `Client` bound to this sandbox (keyword arguments go to `Client`)."""
        return Client(self.key_id, self._key_secret, base_url=self.url, **kwargs)

    def async_client(self, **kwargs: Any) -> AsyncClient:
        """An `AsyncClient` bound to this sandbox (keyword arguments go to `AsyncClient`)."""
        return AsyncClient(self.key_id, self._key_secret, base_url=self.url, **kwargs)

    # -- seeding -------------------------------------------------------------

    def add_backup(
        self,
        organization_id: IdLike,
        service_id: IdLike,
        *,
        id: Optional[IdLike] = None,
        status: Optional[str] = None,
        started_at: Union[_dt.datetime, str, None] = None,
        finished_at: Union[_dt.datetime, str, None] = None,
        size_in_bytes: Union[int, float, None] = None,
        duration_in_seconds: Union[int, float, None] = None,
        type: Optional[str] = "full",
        backup_name: Optional[str] = None,
        bucket: Union[BackupBucket, Mapping[str, Any], None] = None,
        finishes_in: Optional[float] = None,
        final_status: str = "done",
    ) -> Backup:
        """Stores a backup with realistic defaults and returns it as the client will see it.

        A finished backup (`done` or `error`) gets a `finishedAt`; one in progress does not.
        With `finishes_in`, the backup (status `in_progress` by default) becomes
        `final_status` after that many seconds, with `finishedAt` (and for `done`,
        `sizeInBytes`) set.
        """
        now = _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0)
        started = started_at if started_at is not None else now - _dt.timedelta(hours=1)
        if status is None:
            status = "done" if finishes_in is None else "in_progress"
        if duration_in_seconds is None:
            duration_in_seconds = 600.0
        final: Optional[dict[str, Any]] = None
        if finishes_in is not None:
            if not (_math.isfinite(finishes_in) and finishes_in >= 0):
                raise ValueError("finishes_in must be a non-negative number of seconds")
            try:
                finish = _dt.datetime.now(_dt.timezone.utc) + _dt.timedelta(seconds=finishes_in)
            except OverflowError:
                raise ValueError("finishes_in is too large") from None
            final = {"status": final_status, "finishedAt": _iso(finish.replace(microsecond=0))}
            if isinstance(started, _dt.datetime):
                final["durationInSeconds"] = round((finish - started).total_seconds(), 1)
            if final_status == "done":
                final["sizeInBytes"] = size_in_bytes if size_in_bytes is not None else 1_073_741_824
        body: dict[str, Any] = {
            "id": str(id if id is not None else _uuid.uuid4()),
            "status": status,
            "serviceId": str(service_id),
            "startedAt": _iso(started),
            "durationInSeconds": duration_in_seconds,
        }
        if finished_at is not None:
            body["finishedAt"] = _iso(finished_at)
        elif final is None and status in ("done", "error") and isinstance(started, _dt.datetime):
            body["finishedAt"] = _iso(started + _dt.timedelta(seconds=duration_in_seconds))
        if size_in_bytes is not None and final is None:
            body["sizeInBytes"] = size_in_bytes
        elif status == "done" and final is None:
            body["sizeInBytes"] = 1_073_741_824
        if type is not None:
            body["type"] = type
        if backup_name is not None:
            body["backupName"] = backup_name
        if bucket is not None:
            body["bucket"] = bucket.to_dict() if isinstance(bucket, BackupBucket) else dict(bucket)
        if final is None:
            self._server.add_backup(organization_id, service_id, body)
        else:
            self._server.add_backup_finishing(
                organization_id, service_id, body, float(finishes_in or 0), final
            )
        return Backup.from_dict(body)

    def add_raw_backup(
        self, organization_id: IdLike, service_id: IdLike, data: Mapping[str, Any]
    ) -> None:
        """Stores a backup exactly as given (the API's camelCase shape), served verbatim."""
        self._server.add_backup(organization_id, service_id, dict(data))

    def seed_demo(self) -> list[_uuid.UUID]:
        """Adds the demo service, its backups, backup configuration and bucket (see
        `DEMO_ORGANIZATION_ID`/`DEMO_SERVICE_ID`); returns the backup ids, newest first."""
        return seed_demo(self)

    # -- services ------------------------------------------------------------

    def add_service(
        self,
        organization_id: IdLike,
        *,
        id: Optional[IdLike] = None,
        name: str = "analytics",
        provider: str = "aws",
        region: str = "us-east-1",
        state: str = "running",
        **fields: Any,
    ) -> dict[str, Any]:
        """Stores a service with realistic defaults; `fields` (camelCase) go in verbatim.
        Returns it as served, with its id."""
        service_id = str(id if id is not None else _uuid.uuid4())
        host = f"{service_id[:8]}.{region}.{provider}.clickhouse.cloud"
        body: dict[str, Any] = {
            "id": service_id,
            "name": name,
            "provider": provider,
            "region": region,
            "state": state,
            "clickhouseVersion": "25.8.1.8344",
            "createdAt": _iso(_dt.datetime.now(_dt.timezone.utc).replace(microsecond=0)),
            "endpoints": [
                {"protocol": "https", "host": host, "port": 8443, "username": None},
                {"protocol": "nativesecure", "host": host, "port": 9440, "username": None},
            ],
            "tier": "production",
            "minReplicaMemoryGb": 8,
            "maxReplicaMemoryGb": 120,
            "numReplicas": 3,
            "autoscalingMode": "vertical",
            "idleScaling": True,
            "idleTimeoutMinutes": 15,
            "ipAccessList": [],
            "currentScaling": {
                "effectiveAutoscalingMode": "vertical",
                "effectiveMinReplicaMemoryGb": 8,
                "effectiveMaxReplicaMemoryGb": 120,
                "effectiveMinReplicas": 3,
                "effectiveMaxReplicas": 3,
            },
        }
        body.update(fields)
        return self._server.add_service(organization_id, body)

    def set_service_state(self, organization_id: IdLike, service_id: IdLike, state: str) -> None:
        """Sets a service's state for good (e.g. `failed`, `terminated`)."""
        self._server.set_service_state(organization_id, service_id, state)

    def service(self, organization_id: IdLike, service_id: IdLike) -> Optional[dict[str, Any]]:
        """The service as the API serves it now (state included), or None if unknown."""
        return self._server.service(organization_id, service_id)

    @property
    def transition_seconds(self) -> float:
        """How long a state change takes: a service's stop, start, awake or delete (then
        it is gone), a ClickPipe's start or stop. 0 makes them immediate."""
        return self._server.transition_seconds

    @transition_seconds.setter
    def transition_seconds(self, value: float) -> None:
        self._server.transition_seconds = value

    # -- organizations, keys, members, ClickPipes, costs --------------------------

    def add_organization(
        self, *, id: Optional[IdLike] = None, name: str = "Acme", **fields: Any
    ) -> dict[str, Any]:
        """Stores an organization (served by `organizations.get` and listed by
        `organizations.list`); `fields` (camelCase) go in verbatim. Returns it as served."""
        body: dict[str, Any] = {
            "id": str(id if id is not None else _uuid.uuid4()),
            "name": name,
            "createdAt": _now(),
            "privateEndpoints": [],
            "byocConfig": [],
            "enableCoreDumps": False,
        }
        body.update(fields)
        return self._server.add_organization(body)

    def add_key(
        self,
        organization_id: IdLike,
        *,
        id: Optional[IdLike] = None,
        name: str = "ci",
        roles: Sequence[str] = ("developer",),
        state: str = "enabled",
        **fields: Any,
    ) -> dict[str, Any]:
        """Stores an API key of the organization (its metadata: the API never serves a
        secret again); `fields` (camelCase) go in verbatim. Returns it as served."""
        key_id = str(id if id is not None else _uuid.uuid4())
        body: dict[str, Any] = {
            "id": key_id,
            "name": name,
            "state": state,
            "roles": list(roles),
            "keySuffix": key_id.replace("-", "")[-4:],
            "createdAt": _now(),
            "expireAt": None,
            "ipAccessList": [{"source": "0.0.0.0/0", "description": "anywhere"}],
        }
        body.update(fields)
        return self._server.seed(_org_path(organization_id, "keys"), body, body["id"])

    def add_member(
        self,
        organization_id: IdLike,
        *,
        user_id: Optional[str] = None,
        name: str = "Ada Lovelace",
        email: Optional[str] = None,
        role: str = "developer",
        **fields: Any,
    ) -> dict[str, Any]:
        """Stores a member of the organization; `fields` (camelCase) go in verbatim.
        Returns it as served."""
        user = user_id if user_id is not None else str(_uuid.uuid4())
        body: dict[str, Any] = {
            "userId": user,
            "name": name,
            "email": email if email is not None else f"{name.split()[0].lower()}@example.com",
            "role": role,
            "joinedAt": _now(),
        }
        body.update(fields)
        return self._server.seed(_org_path(organization_id, "members"), body, body["userId"])

    def add_clickpipe(
        self,
        organization_id: IdLike,
        service_id: IdLike,
        *,
        id: Optional[IdLike] = None,
        name: str = "events",
        state: str = "Running",
        **fields: Any,
    ) -> dict[str, Any]:
        """Stores a ClickPipe of the service (a Kafka source by default); `fields`
        (camelCase) go in verbatim. Returns it as served."""
        now = _now()
        body: dict[str, Any] = {
            "id": str(id if id is not None else _uuid.uuid4()),
            "serviceId": str(service_id),
            "name": name,
            "state": state,
            "source": {
                "kafka": {
                    "type": "kafka",
                    "format": "JSONEachRow",
                    "brokers": "broker-1.example.com:9092",
                    "topics": "events",
                    "authentication": "PLAIN",
                }
            },
            "destination": {"database": "default", "table": "events", "managedTable": True},
            "createdAt": now,
            "updatedAt": now,
        }
        body.update(fields)
        path = _org_path(organization_id, f"services/{service_id}/clickpipes")
        return self._server.seed(path, body, body["id"])

    def add_snapshot(
        self,
        organization_id: IdLike,
        service_id: IdLike,
        *,
        id: Optional[IdLike] = None,
        status: str = "done",
        started_at: Optional[str] = None,
        **fields: Any,
    ) -> dict[str, Any]:
        """Stores a snapshot of the service (`snapshots.list` serves them newest first, by
        `startedAt`); `fields` (camelCase) go in verbatim. Returns it as served."""
        body: dict[str, Any] = {
            "id": str(id if id is not None else _uuid.uuid4()),
            "status": status,
            "serviceId": str(service_id),
            "startedAt": started_at if started_at is not None else _now(),
        }
        body.update(fields)
        path = _org_path(organization_id, f"services/{service_id}/snapshots")
        return self._server.seed(path, body, body["id"])

    def add_usage_cost(
        self,
        organization_id: IdLike,
        *,
        date: Union[_dt.date, str],
        total_chc: float,
        entity_type: str = "service",
        entity_id: Optional[IdLike] = None,
        entity_name: str = "analytics",
        service_id: Optional[IdLike] = None,
        metrics: Optional[Mapping[str, float]] = None,
        tags: Optional[Mapping[str, str]] = None,
        **fields: Any,
    ) -> None:
        """Stores one day's cost of one entity, as `usage_cost.get` reports it (dates
        asked for, at most 31 days; `filter=["tag:env=prod"]` matches `tags`).
        Without `metrics`, the whole cost is compute."""
        entity = str(entity_id if entity_id is not None else service_id or _uuid.uuid4())
        if service_id is None and entity_type == "service":
            service_id = entity
        record: dict[str, Any] = {
            "dataWarehouseId": str(_uuid.uuid5(_uuid.NAMESPACE_URL, str(organization_id))),
            "serviceId": None if service_id is None else str(service_id),
            "date": date if isinstance(date, str) else date.isoformat(),
            "entityType": entity_type,
            "entityId": entity,
            "entityName": entity_name,
            "metrics": dict(metrics) if metrics is not None else {"computeCHC": total_chc},
            "totalCHC": total_chc,
            "locked": False,
        }
        if tags:
            record["_tags"] = dict(tags)
        record.update(fields)
        self._server.add_usage_cost(organization_id, record)

    def seed(self, path: str, value: Mapping[str, Any], *, key: Optional[str] = None) -> Any:
        """Stores any resource by its API path, for the operations without a helper:
        `seed("/v1/organizations/{org}/roles", role, key=role_id)` adds an item to a
        collection; without `key`, `value` is the resource at `path`. Returns it as served."""
        return self._server.seed(path, dict(value), key)

    def stored(self, path: str) -> Any:
        """What the sandbox holds at an API path: a collection's items (a list), or the
        resource (a dict)."""
        return self._server.stored(path)

    # -- backup configuration and bucket ---------------------------------------

    def set_backup_configuration(
        self,
        organization_id: IdLike,
        service_id: IdLike,
        *,
        backup_period_in_hours: Optional[float] = None,
        backup_retention_period_in_hours: Optional[float] = None,
        backup_start_time: Optional[str] = None,
    ) -> dict[str, Any]:
        """Seeds the backup configuration: the fields given, the others at their defaults.
        The API's rules apply (ValueError otherwise)."""
        config: dict[str, Any] = {}
        if backup_period_in_hours is not None:
            config["backupPeriodInHours"] = backup_period_in_hours
        if backup_retention_period_in_hours is not None:
            config["backupRetentionPeriodInHours"] = backup_retention_period_in_hours
        if backup_start_time is not None:
            config["backupStartTime"] = backup_start_time
        return self._server.set_backup_configuration(organization_id, service_id, config)

    def backup_configuration(
        self, organization_id: IdLike, service_id: IdLike
    ) -> Optional[dict[str, Any]]:
        """The current backup configuration, or None if the service is unknown."""
        return self._server.backup_configuration(organization_id, service_id)

    def set_basic_tier(self, organization_id: IdLike, service_id: IdLike, on: bool = True) -> None:
        """On the BASIC tier, every PATCH of the backup configuration answers 403."""
        self._server.set_basic_tier(organization_id, service_id, on)

    def set_backup_bucket(
        self,
        organization_id: IdLike,
        service_id: IdLike,
        bucket: Union[BackupBucket, Mapping[str, Any], None],
        *,
        secret: Optional[str] = None,
    ) -> Optional[dict[str, Any]]:
        """Seeds the service's backup bucket (None removes it); `secret` is the GCP
        `secretAccessKey` or AZURE `connectionString`. Returns the bucket as served."""
        if bucket is None:
            if secret is not None:
                raise ValueError("a secret needs a bucket")
            return self._server.set_backup_bucket(organization_id, service_id, None)
        data = bucket.to_dict() if isinstance(bucket, BackupBucket) else dict(bucket)
        if secret is not None:
            key = {"GCP": "secretAccessKey", "AZURE": "connectionString"}.get(
                str(data.get("bucketProvider"))
            )
            if key is None:
                raise ValueError("only GCP and AZURE buckets have a secret")
            data[key] = secret
        return self._server.set_backup_bucket(organization_id, service_id, data)

    def backup_bucket(
        self, organization_id: IdLike, service_id: IdLike
    ) -> Optional[dict[str, Any]]:
        """The backup bucket as the API serves it (no secret), or None."""
        return self._server.backup_bucket(organization_id, service_id)

    def backup_bucket_secret(self, organization_id: IdLike, service_id: IdLike) -> Optional[str]:
        """The write-only secret last sent for the bucket, or None."""
        return self._server.backup_bucket_secret(organization_id, service_id)

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
        method: Optional[str] = None,
        path: Optional[str] = None,
        handled: bool = False,
    ) -> None:
        """Answers the next `times` requests with `status` and `body` (or `json`).

        With `method` and/or `path` (a regular expression searched in the request's
        path), only the requests that match count: `fail_next(500, method="PATCH",
        path="/state$")` fails a job's state command and none of its reads. With
        `handled=True` the request is carried out first and only its answer is
        replaced: a write that reached the server, whose answer was lost."""
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
            status=status,
            body=raw,
            headers=header_list,
            delay=delay,
            times=times,
            method=method,
            path=path,
            handled=handled,
        )

    def delay_next(
        self,
        seconds: float,
        *,
        times: int = 1,
        method: Optional[str] = None,
        path: Optional[str] = None,
    ) -> None:
        """Waits `seconds` before answering the next `times` requests normally (those
        that match `method` and `path`, as in `fail_next`)."""
        self._server.push_fault(delay=seconds, times=times, method=method, path=path)

    def drop_next(
        self,
        *,
        times: int = 1,
        delay: float = 0.0,
        method: Optional[str] = None,
        path: Optional[str] = None,
        handled: bool = False,
    ) -> None:
        """Closes the connection without an answer for the next `times` requests (those
        that match `method` and `path`; `handled`: carried out first, as in
        `fail_next`)."""
        self._server.push_fault(
            drop=True, delay=delay, times=times, method=method, path=path, handled=handled
        )

    def stream_next(
        self,
        status: int = 200,
        body: bytes = b"",
        *,
        total_bytes: Optional[int] = None,
        chunk_size: int = 65536,
        pause: float = 0.0,
        content_length: Optional[int] = None,
        abort: bool = False,
        headers: Optional[Mapping[str, str]] = None,
        times: int = 1,
        delay: float = 0.0,
        method: Optional[str] = None,
        path: Optional[str] = None,
    ) -> None:
        """Answers the next `times` requests (those that match `method` and `path`, as
        in `fail_next`) with a body sent piece by piece, for the
        faults a plain answer cannot make:

        - cut mid-body: `stream_next(200, b'{"result": {', abort=True)`
        - shorter than announced: `stream_next(200, b"{}", content_length=100, abort=True)`
        - a slow drip: `stream_next(200, body, chunk_size=1, pause=0.2)`
        - a huge body: `stream_next(200, b"x", total_bytes=100 * 2**20)`

        `body` is repeated until `total_bytes` (default: its length) have been sent,
        `pause` seconds before each chunk; `content_length` is announced as given (none:
        chunked); `abort` breaks the connection at the end instead of finishing cleanly.
        """
        self._server.push_stream_fault(
            status=status,
            headers=list((headers or {}).items()),
            pattern=body,
            total_bytes=len(body) if total_bytes is None else total_bytes,
            chunk_size=chunk_size,
            pause=pause,
            content_length=content_length,
            abort=abort,
            delay=delay,
            times=times,
            method=method,
            path=path,
        )

    def clear_faults(self) -> None:
        self._server.clear_faults()

    @property
    def in_flight(self) -> int:
        """Requests being handled right now; a client that gave up (a cancelled task, a
        timeout) closes its connection and its request stops counting."""
        return self._server.in_flight

    @property
    def open_connections(self) -> int:
        """TCP connections from clients open right now."""
        return self._server.connection_stats()[0]

    @property
    def peak_connections(self) -> int:
        """The most connections open at once since the start or the last
        `reset_peak_connections()`: a client's `max_connections` is checked with it."""
        return self._server.connection_stats()[1]

    @property
    def accepted_connections(self) -> int:
        """Connections accepted since the start: with `requests`' `connection`
        numbers, shows whether a client reuses its connections."""
        return self._server.connection_stats()[2]

    def reset_peak_connections(self) -> None:
        self._server.reset_peak_connections()

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

    def set_recording(self, on: bool) -> None:
        """Keep received requests for `requests` (on by default). Off for load tests and
        benchmarks, where keeping every request would grow the server without bound."""
        self._server.set_recording(on)

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
