"""The jobs users come with, on `Client` and `AsyncClient`: keep a service running,
stop it, delete it safely, prove a backup restores (`restored()`), read costs over any
range, rotate a key, stop, start or restart a ClickPipe around a change.

The waiting and the state decisions are in the core (`src/core/jobs.rs`): the sync
methods release the GIL and answer Ctrl-C, the async ones never block the loop and
stop when cancelled. What is here composes them.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Any, Callable, Optional, Union

from ._errors import (
    APIConnectionError,
    ClickHouseCloudError,
    InternalServerError,
    KeyRotationError,
)
from ._native import (
    DEFAULT_SERVICE_POLL_INTERVAL,
    DEFAULT_SERVICE_WAIT,
    ClickPipe,
    CreatedKey,
    RestoredService,
    Service,
    UsageCost,
)
from ._progress import ProgressArg, reporter
from ._resource import ENV_ORGANIZATION, DateLike, Id

logger = logging.getLogger("clickhouse_cloud")

# The core's defaults (src/core/waiters.rs), set there once.
SERVICE_TIMEOUT = DEFAULT_SERVICE_WAIT
SERVICE_POLL = DEFAULT_SERVICE_POLL_INTERVAL
PIPE_TIMEOUT = 900.0
PIPE_POLL = 10.0
RETIRE = ("keep", "disable", "delete")


def _filters(filter: Union[str, Sequence[str], None]) -> list[str]:
    if filter is None:
        return []
    if isinstance(filter, str):
        return [filter]
    return [str(f) for f in filter]


def _check_retire(retire: str) -> None:
    if retire not in RETIRE:
        raise ValueError(f"retire must be 'keep', 'disable' or 'delete', not {retire!r}")


class _Organization:
    __slots__ = ()
    organization_id: Optional[Id]

    def _org(self, organization_id: Optional[Id]) -> Id:
        if organization_id is not None:
            return organization_id
        if self.organization_id is None:
            raise ValueError(
                "no organization: pass organization_id=, create the client with "
                f"Client(organization_id=...), or set ${ENV_ORGANIZATION}"
            )
        return self.organization_id


def _not_stored(created: CreatedKey, error: Exception) -> KeyRotationError:
    return KeyRotationError(
        f"the new key was created, but storing it failed, so the old key was left as it is: "
        f"{type(error).__name__}: {error}",
        created=created,
    )


# A write that failed this way may still have been carried out.
MAY_HAVE_ACTED = (InternalServerError, APIConnectionError)


def _named(services: Sequence[Service], name: str) -> set[Any]:
    """The ids of the services called `name` that are not on their way out."""
    gone = {"terminating", "terminated", "softdeleting", "softdeleted"}
    return {s.id for s in services if s.name == name and (s.state or "").lower() not in gone}


def _note(error: BaseException, note: str) -> None:
    logger.warning("%s", note)
    if hasattr(error, "add_note"):  # Python 3.11+
        error.add_note(note)


def _cleanup_failed(error: BaseException, cleanup: BaseException, service: Any) -> None:
    logger.error("could not delete the restored service %s: %s", service, cleanup)
    if hasattr(error, "add_note"):  # Python 3.11+
        error.add_note(f"and deleting the restored service {service} failed: {cleanup}")


class Jobs(_Organization):
    """The jobs of `Client` (mixed in)."""

    __slots__ = ()
    _core: Any

    def ensure_running(
        self,
        service_id: Id,
        *,
        wait: bool = True,
        organization_id: Optional[Id] = None,
        timeout: float = SERVICE_TIMEOUT,
        poll_interval: float = SERVICE_POLL,
        progress: ProgressArg = None,
    ) -> Service:
        """Makes sure the service runs, and returns it running: at once if it runs;
        started if stopped, woken if idle; waited for through `starting`,
        `provisioning`, `awaking` (and `stopping`, then started). Raises
        `ServiceFailedError` at once on a state it cannot leave, `WaitTimeoutError`
        after `timeout` seconds. Safe to call again, and beside a second caller.
        With `wait=False`, returns as soon as the start (or wake) is taken, or the
        service is on its way by itself."""
        result: Service = self._core.ensure_running(
            self._org(organization_id),
            service_id,
            wait=wait,
            timeout=timeout,
            poll_interval=poll_interval,
            progress=reporter(progress),
        )
        return result

    def stop_service(
        self,
        service_id: Id,
        *,
        wait: bool = True,
        organization_id: Optional[Id] = None,
        timeout: float = SERVICE_TIMEOUT,
        poll_interval: float = SERVICE_POLL,
        progress: ProgressArg = None,
    ) -> Service:
        """Stops the service and returns it once `stopped` (at once if it is). A service
        still starting is let start first: the API cannot stop it before. With
        `wait=False`, returns as soon as the stop is taken, or the service is
        stopping."""
        result: Service = self._core.stop_service(
            self._org(organization_id),
            service_id,
            wait=wait,
            timeout=timeout,
            poll_interval=poll_interval,
            progress=reporter(progress),
        )
        return result

    def delete_service(
        self,
        service_id: Id,
        *,
        stop: bool = True,
        wait: bool = True,
        organization_id: Optional[Id] = None,
        timeout: float = SERVICE_TIMEOUT,
        poll_interval: float = SERVICE_POLL,
        progress: ProgressArg = None,
    ) -> None:
        """Deletes the service and returns once it is gone. With `stop` (default), a
        service that is not stopped is stopped first, as the API requires. A service
        already gone is success, so a retried task does no harm. With `wait=False`,
        returns as soon as the delete is taken (after the stop, which is waited for).
        (`services.delete` is the bare operation.)"""
        self._core.delete_service(
            self._org(organization_id),
            service_id,
            stop=stop,
            wait=wait,
            timeout=timeout,
            poll_interval=poll_interval,
            progress=reporter(progress),
        )

    @contextlib.contextmanager
    def restored(
        self,
        backup_id: Id,
        *,
        name: str,
        provider: str,
        region: str,
        organization_id: Optional[Id] = None,
        timeout: float = SERVICE_TIMEOUT,
        poll_interval: float = SERVICE_POLL,
        progress: ProgressArg = None,
        **options: Any,
    ) -> Iterator[RestoredService]:
        """A restore drill: restores the backup into a new service `name`, waits until
        it runs, and gives the `RestoredService` (its running `service` and one-time
        `password`); on exit, also when the block raised, stops and deletes the service
        and waits until it is gone. `options` are service options as for
        `restore_backup` (`min_replica_memory_gb=16`)."""
        org = self._org(organization_id)
        show = reporter(progress)
        services: Any = getattr(self, "list_services")  # noqa: B009 (of the client)
        before = _named(services(org), name)
        try:
            created: RestoredService = self._core.restore_backup(
                org, backup_id, name=name, provider=provider, region=region, **options
            )
        except MAY_HAVE_ACTED as error:
            # The restore may have made the service, its answer lost: find it, delete it.
            for orphan in _named(services(org), name) - before:
                try:
                    self._core.delete_service(
                        org, orphan, stop=True, timeout=timeout, poll_interval=poll_interval
                    )
                    _note(error, f"the restore had made service {orphan}; it was deleted")
                except BaseException as cleanup_error:
                    _cleanup_failed(error, cleanup_error, orphan)
            raise
        service_id = created.service.id if created.service is not None else None
        if service_id is None:  # restore_backup raises InvalidResponseError before this
            raise ClickHouseCloudError("the restore answered no service id")

        def cleanup() -> None:
            self._core.delete_service(
                org,
                service_id,
                stop=True,
                timeout=timeout,
                poll_interval=poll_interval,
                progress=show,
            )

        try:
            running = self._core.wait_for_service(
                org,
                service_id,
                state="running",
                timeout=timeout,
                poll_interval=poll_interval,
                progress=show,
            )
            yield RestoredService(service=running, password=created.password)
        except BaseException as error:
            try:
                cleanup()
            except BaseException as cleanup_error:
                _cleanup_failed(error, cleanup_error, service_id)
            raise
        cleanup()

    def usage_costs(
        self,
        from_date: DateLike,
        to_date: DateLike,
        *,
        filter: Union[str, Sequence[str], None] = None,
        organization_id: Optional[Id] = None,
    ) -> UsageCost:
        """Usage costs from `from_date` to `to_date` (both included, any length): one
        request per 31 days, the records merged by date (`locked` kept), the grand
        total summed. `filter` (`"tag:env=prod"`, `["entityType:service", ...]`) goes
        to every request."""
        result: UsageCost = self._core.usage_costs(
            self._org(organization_id), from_date, to_date, filters=_filters(filter)
        )
        return result

    def rotate_key(
        self,
        key_id: Id,
        *,
        name: Optional[str] = None,
        retire: str = "keep",
        store: Optional[Callable[[CreatedKey], Any]] = None,
        organization_id: Optional[Id] = None,
    ) -> CreatedKey:
        """Creates a key with the roles (and IP access list) of key `key_id` and returns
        it with its secret, which the API shows only this once. `store(created)`, when
        given, is called with the new key before anything else happens: put the secret
        in your secret manager there; if it raises, the old key is left as it is and
        `KeyRotationError` holds the new key (`.created`). Then the old key is kept
        (`retire="keep"`), disabled (`"disable"`) or deleted (`"delete"`); if that
        fails, `KeyRotationError` holds the new key too."""
        _check_retire(retire)
        org = self._org(organization_id)
        created: CreatedKey = self._core.rotate_key(org, key_id, name=name)
        if store is not None:
            try:
                store(created)
            except Exception as error:
                raise _not_stored(created, error) from error
        if retire != "keep":
            try:
                self._core.retire_key(org, key_id, retire)
            except ClickHouseCloudError as error:
                raise KeyRotationError(
                    f"the new key was created, but the old one could not be {retire}d: {error}",
                    created=created,
                ) from error
        return created

    def wait_for_clickpipe(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        state: str = "Running",
        organization_id: Optional[Id] = None,
        timeout: float = PIPE_TIMEOUT,
        poll_interval: float = PIPE_POLL,
        progress: ProgressArg = None,
    ) -> ClickPipe:
        """Polls until the ClickPipe is in `state` (any case); `ClickPipeFailedError`
        at once on `Failed` or `InternalError` (unless that is the state asked for)."""
        result: ClickPipe = self._core.wait_for_clickpipe(
            self._org(organization_id),
            service_id,
            clickpipe_id,
            state=state,
            timeout=timeout,
            poll_interval=poll_interval,
            progress=reporter(progress),
        )
        return result

    def restart_clickpipe(
        self,
        service_id: Id,
        clickpipe_id: Id,
        change: Optional[Callable[[], Any]] = None,
        *,
        organization_id: Optional[Id] = None,
        timeout: float = PIPE_TIMEOUT,
        poll_interval: float = PIPE_POLL,
        progress: ProgressArg = None,
    ) -> ClickPipe:
        """Stops the ClickPipe (`stop_clickpipe`), runs `change()` (a schema change, a
        new table), then starts it and returns it running (`start_clickpipe`). If
        `change` raises, the pipe is left stopped and the error propagates; running the
        job again then finds it stopped and goes on from there. `timeout` is for each
        of the two waits."""
        org = self._org(organization_id)
        wait = dict(timeout=timeout, poll_interval=poll_interval, progress=reporter(progress))
        self._core.stop_clickpipe(org, service_id, clickpipe_id, **wait)
        if change is not None:
            change()
        result: ClickPipe = self._core.start_clickpipe(org, service_id, clickpipe_id, **wait)
        return result

    def stop_clickpipe(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        organization_id: Optional[Id] = None,
        timeout: float = PIPE_TIMEOUT,
        poll_interval: float = PIPE_POLL,
        progress: ProgressArg = None,
    ) -> ClickPipe:
        """Stops the ClickPipe and returns it once stopped: `Stopped`, or `Paused` for a
        database (Postgres, MySQL, MongoDB, BigQuery) pipe, which pauses instead. At
        once if it is (or if it stopped on an error, `Failed`); `ClickPipeFailedError`
        on `InternalError`. Safe to call again."""
        result: ClickPipe = self._core.stop_clickpipe(
            self._org(organization_id),
            service_id,
            clickpipe_id,
            timeout=timeout,
            poll_interval=poll_interval,
            progress=reporter(progress),
        )
        return result

    def start_clickpipe(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        organization_id: Optional[Id] = None,
        timeout: float = PIPE_TIMEOUT,
        poll_interval: float = PIPE_POLL,
        progress: ProgressArg = None,
    ) -> ClickPipe:
        """Starts the ClickPipe (from `Stopped`, `Paused` or `Failed`) and returns it
        once `Running` (or `Completed`, an object-storage batch); at once if it runs. A
        pipe still stopping is let stop first. `ClickPipeFailedError` if it fails after
        the start, or on `InternalError`. Safe to call again."""
        result: ClickPipe = self._core.start_clickpipe(
            self._org(organization_id),
            service_id,
            clickpipe_id,
            timeout=timeout,
            poll_interval=poll_interval,
            progress=reporter(progress),
        )
        return result


class AsyncJobs(_Organization):
    """The jobs of `AsyncClient` (mixed in): the same, as coroutines."""

    __slots__ = ()
    _core: Any

    async def ensure_running(
        self,
        service_id: Id,
        *,
        wait: bool = True,
        organization_id: Optional[Id] = None,
        timeout: float = SERVICE_TIMEOUT,
        poll_interval: float = SERVICE_POLL,
        progress: ProgressArg = None,
    ) -> Service:
        """See `Client.ensure_running`."""
        result: Service = await self._core.ensure_running(
            self._org(organization_id),
            service_id,
            wait=wait,
            timeout=timeout,
            poll_interval=poll_interval,
            progress=reporter(progress),
        )
        return result

    async def stop_service(
        self,
        service_id: Id,
        *,
        wait: bool = True,
        organization_id: Optional[Id] = None,
        timeout: float = SERVICE_TIMEOUT,
        poll_interval: float = SERVICE_POLL,
        progress: ProgressArg = None,
    ) -> Service:
        """See `Client.stop_service`."""
        result: Service = await self._core.stop_service(
            self._org(organization_id),
            service_id,
            wait=wait,
            timeout=timeout,
            poll_interval=poll_interval,
            progress=reporter(progress),
        )
        return result

    async def delete_service(
        self,
        service_id: Id,
        *,
        stop: bool = True,
        wait: bool = True,
        organization_id: Optional[Id] = None,
        timeout: float = SERVICE_TIMEOUT,
        poll_interval: float = SERVICE_POLL,
        progress: ProgressArg = None,
    ) -> None:
        """See `Client.delete_service`."""
        await self._core.delete_service(
            self._org(organization_id),
            service_id,
            stop=stop,
            wait=wait,
            timeout=timeout,
            poll_interval=poll_interval,
            progress=reporter(progress),
        )

    @contextlib.asynccontextmanager
    async def restored(
        self,
        backup_id: Id,
        *,
        name: str,
        provider: str,
        region: str,
        organization_id: Optional[Id] = None,
        timeout: float = SERVICE_TIMEOUT,
        poll_interval: float = SERVICE_POLL,
        progress: ProgressArg = None,
        **options: Any,
    ) -> AsyncIterator[RestoredService]:
        """See `Client.restored` (`async with`)."""
        org = self._org(organization_id)
        show = reporter(progress)
        services: Any = getattr(self, "list_services")  # noqa: B009 (of the client)
        before = _named(await services(org), name)
        try:
            created: RestoredService = await self._core.restore_backup(
                org, backup_id, name=name, provider=provider, region=region, **options
            )
        except MAY_HAVE_ACTED as error:
            for orphan in _named(await services(org), name) - before:
                try:
                    await self._core.delete_service(
                        org, orphan, stop=True, timeout=timeout, poll_interval=poll_interval
                    )
                    _note(error, f"the restore had made service {orphan}; it was deleted")
                except BaseException as cleanup_error:
                    _cleanup_failed(error, cleanup_error, orphan)
            raise
        service_id = created.service.id if created.service is not None else None
        if service_id is None:
            raise ClickHouseCloudError("the restore answered no service id")

        async def cleanup() -> None:
            await self._core.delete_service(
                org,
                service_id,
                stop=True,
                timeout=timeout,
                poll_interval=poll_interval,
                progress=show,
            )

        try:
            running = await self._core.wait_for_service(
                org,
                service_id,
                state="running",
                timeout=timeout,
                poll_interval=poll_interval,
                progress=show,
            )
            yield RestoredService(service=running, password=created.password)
        except BaseException as error:
            try:
                await cleanup()
            except BaseException as cleanup_error:
                _cleanup_failed(error, cleanup_error, service_id)
            raise
        await cleanup()

    async def usage_costs(
        self,
        from_date: DateLike,
        to_date: DateLike,
        *,
        filter: Union[str, Sequence[str], None] = None,
        organization_id: Optional[Id] = None,
    ) -> UsageCost:
        """See `Client.usage_costs`."""
        result: UsageCost = await self._core.usage_costs(
            self._org(organization_id), from_date, to_date, filters=_filters(filter)
        )
        return result

    async def rotate_key(
        self,
        key_id: Id,
        *,
        name: Optional[str] = None,
        retire: str = "keep",
        store: Optional[Callable[[CreatedKey], Any]] = None,
        organization_id: Optional[Id] = None,
    ) -> CreatedKey:
        """See `Client.rotate_key`; `store` may be a coroutine function."""
        _check_retire(retire)
        org = self._org(organization_id)
        created: CreatedKey = await self._core.rotate_key(org, key_id, name=name)
        if store is not None:
            try:
                outcome = store(created)
                if hasattr(outcome, "__await__"):
                    await outcome
            except Exception as error:
                raise _not_stored(created, error) from error
        if retire != "keep":
            try:
                await self._core.retire_key(org, key_id, retire)
            except ClickHouseCloudError as error:
                raise KeyRotationError(
                    f"the new key was created, but the old one could not be {retire}d: {error}",
                    created=created,
                ) from error
        return created

    async def wait_for_clickpipe(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        state: str = "Running",
        organization_id: Optional[Id] = None,
        timeout: float = PIPE_TIMEOUT,
        poll_interval: float = PIPE_POLL,
        progress: ProgressArg = None,
    ) -> ClickPipe:
        """See `Client.wait_for_clickpipe`."""
        result: ClickPipe = await self._core.wait_for_clickpipe(
            self._org(organization_id),
            service_id,
            clickpipe_id,
            state=state,
            timeout=timeout,
            poll_interval=poll_interval,
            progress=reporter(progress),
        )
        return result

    async def restart_clickpipe(
        self,
        service_id: Id,
        clickpipe_id: Id,
        change: Optional[Callable[[], Any]] = None,
        *,
        organization_id: Optional[Id] = None,
        timeout: float = PIPE_TIMEOUT,
        poll_interval: float = PIPE_POLL,
        progress: ProgressArg = None,
    ) -> ClickPipe:
        """See `Client.restart_clickpipe`; `change` may be a coroutine function."""
        org = self._org(organization_id)
        wait = dict(timeout=timeout, poll_interval=poll_interval, progress=reporter(progress))
        await self._core.stop_clickpipe(org, service_id, clickpipe_id, **wait)
        if change is not None:
            outcome = change()
            if hasattr(outcome, "__await__"):
                await outcome
        result: ClickPipe = await self._core.start_clickpipe(org, service_id, clickpipe_id, **wait)
        return result

    async def stop_clickpipe(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        organization_id: Optional[Id] = None,
        timeout: float = PIPE_TIMEOUT,
        poll_interval: float = PIPE_POLL,
        progress: ProgressArg = None,
    ) -> ClickPipe:
        """See `Client.stop_clickpipe`."""
        result: ClickPipe = await self._core.stop_clickpipe(
            self._org(organization_id),
            service_id,
            clickpipe_id,
            timeout=timeout,
            poll_interval=poll_interval,
            progress=reporter(progress),
        )
        return result

    async def start_clickpipe(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        organization_id: Optional[Id] = None,
        timeout: float = PIPE_TIMEOUT,
        poll_interval: float = PIPE_POLL,
        progress: ProgressArg = None,
    ) -> ClickPipe:
        """See `Client.start_clickpipe`."""
        result: ClickPipe = await self._core.start_clickpipe(
            self._org(organization_id),
            service_id,
            clickpipe_id,
            timeout=timeout,
            poll_interval=poll_interval,
            progress=reporter(progress),
        )
        return result
