"""One benchmark measurement in a fresh process: `python competitors.py COMPETITOR
WORKLOAD URL N` prints one JSON line {"seconds": ..., "peak_rss_kb": ...}.

Each competitor is written the way a competent user would write it, parsing into typed
objects with the same fields as our `Backup` (UUID, aware datetimes, int size, the
bucket as one of three classes).
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import json
import resource
import sys
import threading
import time
import uuid
from typing import Any, Callable, Literal, Optional, Union

ORG = "5f0a8b6e-3d1c-4b9a-8e7f-2c4d6e8f0a1b"
SERVICE = "9b8c7d6e-5f4a-4b3c-9d2e-1f0a9b8c7d6e"
BULK_SERVICE = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f"
BACKUP = "d2b3c4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e"
KEY, SECRET = "sandbox-key-id", "sandbox-key-secret"
CONCURRENCY = 64  # W2; W2-256 and W2-1 say theirs in their name
THREADS = 8


def one_path(url: str) -> str:
    return f"{url}/v1/organizations/{ORG}/services/{SERVICE}/backups/{BACKUP}"


def list_path(url: str) -> str:
    return f"{url}/v1/organizations/{ORG}/services/{BULK_SERVICE}/backups"


# -- requests + json + dataclasses -------------------------------------------------


@dataclasses.dataclass(frozen=True)
class DcBucket:
    provider: Optional[str]
    bucket_path: Optional[str] = None
    iam_role_arn: Optional[str] = None
    iam_role_session_name: Optional[str] = None
    access_key_id: Optional[str] = None
    container_name: Optional[str] = None


@dataclasses.dataclass(frozen=True)
class DcBackup:
    id: Optional[uuid.UUID]
    status: Optional[str]
    service_id: Optional[str]
    started_at: Optional[dt.datetime]
    finished_at: Optional[dt.datetime]
    size_in_bytes: Optional[int]
    duration_in_seconds: Optional[float]
    type: Optional[str]
    backup_name: Optional[str]
    bucket: Optional[DcBucket]


def _ts(text: Optional[str]) -> Optional[dt.datetime]:
    if text is None:
        return None
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def dc_backup(d: dict[str, Any]) -> DcBackup:
    b = d.get("bucket")
    size = d.get("sizeInBytes")
    return DcBackup(
        id=uuid.UUID(d["id"]) if d.get("id") else None,
        status=d.get("status"),
        service_id=d.get("serviceId"),
        started_at=_ts(d.get("startedAt")),
        finished_at=_ts(d.get("finishedAt")),
        size_in_bytes=round(size) if size is not None else None,
        duration_in_seconds=float(d["durationInSeconds"])
        if d.get("durationInSeconds") is not None
        else None,
        type=d.get("type"),
        backup_name=d.get("backupName"),
        bucket=DcBucket(
            provider=b.get("bucketProvider"),
            bucket_path=b.get("bucketPath"),
            iam_role_arn=b.get("iamRoleArn"),
            iam_role_session_name=b.get("iamRoleSessionName"),
            access_key_id=b.get("accessKeyId"),
            container_name=b.get("containerName"),
        )
        if b
        else None,
    )


def requests_client(url: str) -> tuple[Callable[[], Any], Callable[[], Any]]:
    import requests

    session = requests.Session()
    session.auth = (KEY, SECRET)

    def get() -> DcBackup:
        r = session.get(one_path(url), timeout=30)
        r.raise_for_status()
        return dc_backup(r.json()["result"])

    def listing() -> list[DcBackup]:
        r = session.get(list_path(url), timeout=30)
        r.raise_for_status()
        return [dc_backup(x) for x in r.json()["result"]]

    return get, listing


# -- httpx / aiohttp + pydantic v2 ---------------------------------------------------


def pydantic_models() -> Any:
    from pydantic import BaseModel, ConfigDict, Field

    class Model(BaseModel):
        model_config = ConfigDict(frozen=True, populate_by_name=True, extra="ignore")

    class AwsBucket(Model):
        bucket_provider: Literal["AWS"] = Field(alias="bucketProvider")
        bucket_path: Optional[str] = Field(None, alias="bucketPath")
        iam_role_arn: Optional[str] = Field(None, alias="iamRoleArn")
        iam_role_session_name: Optional[str] = Field(None, alias="iamRoleSessionName")

    class GcpBucket(Model):
        bucket_provider: Literal["GCP"] = Field(alias="bucketProvider")
        bucket_path: Optional[str] = Field(None, alias="bucketPath")
        access_key_id: Optional[str] = Field(None, alias="accessKeyId")

    class AzureBucket(Model):
        bucket_provider: Literal["AZURE"] = Field(alias="bucketProvider")
        container_name: Optional[str] = Field(None, alias="containerName")

    class Backup(Model):
        id: Optional[uuid.UUID] = None
        status: Optional[str] = None
        service_id: Optional[str] = Field(None, alias="serviceId")
        started_at: Optional[dt.datetime] = Field(None, alias="startedAt")
        finished_at: Optional[dt.datetime] = Field(None, alias="finishedAt")
        size_in_bytes: Optional[int] = Field(None, alias="sizeInBytes")
        duration_in_seconds: Optional[float] = Field(None, alias="durationInSeconds")
        type: Optional[str] = None
        backup_name: Optional[str] = Field(None, alias="backupName")
        bucket: Optional[Union[AwsBucket, GcpBucket, AzureBucket]] = Field(
            None, discriminator="bucket_provider"
        )

    class One(Model):
        result: Backup

    class Many(Model):
        result: list[Backup]

    return One, Many


def httpx_client(url: str) -> tuple[Callable[[], Any], Callable[[], Any]]:
    import httpx

    one, many = pydantic_models()
    client = httpx.Client(auth=(KEY, SECRET), timeout=30)

    def get() -> Any:
        r = client.get(one_path(url))
        r.raise_for_status()
        return one.model_validate_json(r.content).result

    def listing() -> Any:
        r = client.get(list_path(url))
        r.raise_for_status()
        return many.model_validate_json(r.content).result

    return get, listing


def ours_client(url: str) -> tuple[Callable[[], Any], Callable[[], Any]]:
    import clickhouse_cloud as chc

    client = chc.Client(KEY, SECRET, base_url=url)
    return (
        lambda: client.get_backup(ORG, SERVICE, BACKUP),
        lambda: client.list_backups(ORG, BULK_SERVICE),
    )


SYNC = {"ours": ours_client, "requests": requests_client, "httpx": httpx_client}


def async_get_factory(name: str, url: str, concurrency: int) -> Callable[[], Any]:
    """A coroutine function making one typed get_backup; every client may open as many
    connections as there are concurrent calls (ours caps at 100 by default)."""
    if name == "ours":
        import clickhouse_cloud as chc

        aclient = chc.AsyncClient(KEY, SECRET, base_url=url, max_connections=concurrency)
        return lambda: aclient.get_backup(ORG, SERVICE, BACKUP)
    one, _ = pydantic_models()
    if name == "httpx-async":
        import httpx

        client = httpx.AsyncClient(
            auth=(KEY, SECRET), timeout=30, limits=httpx.Limits(max_connections=concurrency)
        )

        async def get() -> Any:
            r = await client.get(one_path(url))
            r.raise_for_status()
            return one.model_validate_json(r.content).result

        return get
    if name == "aiohttp":
        import aiohttp

        holder: dict[str, Any] = {}

        async def get() -> Any:
            if "s" not in holder:
                holder["s"] = aiohttp.ClientSession(
                    auth=aiohttp.BasicAuth(KEY, SECRET),
                    connector=aiohttp.TCPConnector(limit=concurrency),
                )
            async with holder["s"].get(one_path(url)) as r:
                r.raise_for_status()
                return one.model_validate_json(await r.read()).result

        return get
    raise SystemExit(f"unknown async competitor {name}")


FIELDS = (
    "id",
    "status",
    "service_id",
    "started_at",
    "finished_at",
    "size_in_bytes",
    "duration_in_seconds",
    "type",
    "backup_name",
)


def read_every_field(backup: Any) -> None:
    """Touches what a report over the list would: our objects convert a field to Python
    only when it is read, so W3 alone would not count that work."""
    for name in FIELDS:
        getattr(backup, name)
    bucket = backup.bucket
    if bucket is not None:
        getattr(bucket, "bucket_path", None)


def measure(competitor: str, workload: str, url: str, n: int) -> float:
    if workload == "W1":  # sequential get_backup on one keep-alive connection
        get, _ = SYNC[competitor](url)
        get()
        started = time.perf_counter()
        for _ in range(n):
            get()
        return time.perf_counter() - started
    if workload == "W3":  # list_backups of a service with 2,000 backups, repeated
        _, listing = SYNC[competitor](url)
        assert len(listing()) >= 2000
        started = time.perf_counter()
        for _ in range(n):
            listing()
        return time.perf_counter() - started
    if workload == "W3R":  # the same list, then every field of every backup read
        _, listing = SYNC[competitor](url)
        assert len(listing()) >= 2000
        started = time.perf_counter()
        for _ in range(n):
            for backup in listing():
                read_every_field(backup)
        return time.perf_counter() - started
    if workload == "W5":  # 8 threads sharing one client
        get, _ = SYNC[competitor](url)
        get()
        per_thread = n // THREADS

        def work() -> None:
            for _ in range(per_thread):
                get()

        threads = [threading.Thread(target=work) for _ in range(THREADS)]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return time.perf_counter() - started
    if workload.startswith("W2"):  # async get_backup at concurrency 64 (W2-N: N)
        concurrency = int(workload.partition("-")[2] or CONCURRENCY)

        async def run() -> float:
            get = async_get_factory(competitor, url, concurrency)
            await get()
            return await concurrent_calls(get, n, concurrency)

        return asyncio.run(run())
    raise SystemExit(f"unknown workload {workload}")


async def concurrent_calls(get: Callable[[], Any], n: int, concurrency: int) -> float:
    """Seconds for `n` awaited calls of `get`, `concurrency` at a time."""
    remaining = n

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await get()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return time.perf_counter() - started


def main() -> None:
    competitor, workload, url, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    seconds = measure(competitor, workload, url, n)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "peak_rss_kb": peak}))


if __name__ == "__main__":
    main()
