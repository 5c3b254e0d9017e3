"""What the generated resource namespaces (`resources/`) stand on: the call into the
engine, the default organization, the body's "not given" marker, and paging."""

from __future__ import annotations

import datetime
import uuid
import warnings
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, Optional, Union

from ._paging import AsyncPager, Pager

if TYPE_CHECKING:
    from ._client import AsyncClient, Client

__all__ = [
    "NOT_GIVEN",
    "AsyncResource",
    "DateLike",
    "Id",
    "NotGiven",
    "Operation",
    "Resource",
    "warn_deprecated",
]

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
    # The API-key permission ids the spec names for it, in its order (empty: none).
    permissions: tuple[str, ...] = ()
    deprecated: bool = False


def warn_deprecated(name: str) -> None:
    """A deprecated operation was called (the spec marks it so)."""
    warnings.warn(
        f"client.{name}() calls an operation the API has deprecated",
        DeprecationWarning,
        stacklevel=3,
    )


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

    def _pager(
        self, index: int, path: Sequence[Any], query: Mapping[str, Any], param: str, name: str
    ) -> Pager[Any]:
        """The paged list of operation `index` (`name`): `param` ("cursor" or "offset")
        moves it on, page by page."""
        path = tuple(path)
        return Pager(lambda q: self._call(index, path, q), dict(query), param, name)


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

    def _pager(
        self, index: int, path: Sequence[Any], query: Mapping[str, Any], param: str, name: str
    ) -> AsyncPager[Any]:
        path = tuple(path)
        return AsyncPager(lambda q: self._call(index, path, q), dict(query), param, name)
