"""What the generated resource namespaces (`_resources.py`) stand on: the call into the
engine, the default organization, the body's "not given" marker, and paging."""

from __future__ import annotations

import datetime
import uuid
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, Optional, Union

if TYPE_CHECKING:
    from ._client import AsyncClient, Client

__all__ = ["NOT_GIVEN", "AsyncResource", "DateLike", "Id", "NotGiven", "Operation", "Resource"]

Id = Union[str, uuid.UUID]
DateLike = Union[datetime.date, str]
DateTimeLike = Union[datetime.datetime, str]

ENV_ORGANIZATION = "CLICKHOUSE_CLOUD_ORGANIZATION_ID"


class NotGiven:
    """A keyword argument left out: nothing is sent for it (`None` sends `null`, which
    a PATCH reads as "reset to the default")."""

    _instance: Optional[NotGiven] = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


class Operation(NamedTuple):
    """One operation of the API, as `clickhouse_cloud.operations()` lists them."""

    operation_id: str
    http_method: str
    path: str
    python_name: str
    tag: str


def body_of(fields: Mapping[str, Any]) -> dict[str, Any]:
    """The body's fields that were given."""
    return {name: value for name, value in fields.items() if value is not NOT_GIVEN}


class _Base:
    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def _org(self, organization_id: Optional[Id]) -> Id:
        if organization_id is not None:
            return organization_id
        default: Optional[Id] = self._client.organization_id
        if default is None:
            raise ValueError(
                "no organization: pass organization_id=, create the client with "
                f"Client(organization_id=...), or set ${ENV_ORGANIZATION}"
            )
        return default

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class Resource(_Base):
    """A namespace of operations on a `Client`."""

    __slots__ = ()
    _client: Client

    def _call(
        self,
        index: int,
        path: Sequence[Any],
        query: Optional[Mapping[str, Any]] = None,
        body: Optional[Mapping[str, Any]] = None,
    ) -> Any:
        return self._client._core.call(index, tuple(path), dict(query) if query else None, body)

    def _pages(
        self,
        index: int,
        path: Sequence[Any],
        query: Mapping[str, Any],
    ) -> Iterator[Any]:
        """Every item of a cursor-paginated list, fetching the next page when the
        previous one is used up."""
        query = dict(query)
        while True:
            page = self._call(index, path, query)
            yield from page.items or []
            cursor = page.pagination.next_cursor if page.pagination is not None else None
            if not cursor:
                return
            query["cursor"] = cursor


class AsyncResource(_Base):
    """A namespace of operations on an `AsyncClient`."""

    __slots__ = ()
    _client: AsyncClient

    async def _call(
        self,
        index: int,
        path: Sequence[Any],
        query: Optional[Mapping[str, Any]] = None,
        body: Optional[Mapping[str, Any]] = None,
    ) -> Any:
        return await self._client._core.call(
            index, tuple(path), dict(query) if query else None, body
        )

    async def _pages(
        self,
        index: int,
        path: Sequence[Any],
        query: Mapping[str, Any],
    ) -> AsyncIterator[Any]:
        query = dict(query)
        while True:
            page = await self._call(index, path, query)
            for item in page.items or []:
                yield item
            cursor = page.pagination.next_cursor if page.pagination is not None else None
            if not cursor:
                return
            query["cursor"] = cursor
