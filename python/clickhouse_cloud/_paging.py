"""Paged lists: what a paged operation (`client.keys.list()`, ClickStack alerts, UDFs...)
answers. The list is read lazily, one request per page, as it is iterated; where the
next page starts (a cursor or an offset) the engine reads from each answer
(src/core/paging.rs)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any, Generic, Optional, TypeVar, Union, overload

from ._display import ResultList
from ._errors import InvalidResponseError

if TYPE_CHECKING:
    # Optional: type checkers without them see Any.
    import pandas  # type: ignore[import-untyped, import-not-found, unused-ignore]
    import polars  # type: ignore[import-not-found, unused-ignore]

__all__ = ["AsyncPager", "Pager"]

T = TypeVar("T")

# Where the next page starts: a cursor, an offset, or None after the last page.
Next = Union[str, int, None]
Page = tuple[ResultList[Any], Next]


def _with_next(query: dict[str, Any], param: str, next_page: Next) -> dict[str, Any]:
    return {**query, param: next_page}


class _Seen:
    """The places a list has been read from: a server that sends the reader back to one
    (cursors A, B, A, ...) would be followed forever. The engine refuses a cursor that
    repeats the one just sent; this catches longer cycles."""

    __slots__ = ("_name", "_seen")

    def __init__(self, name: str) -> None:
        self._name = name
        self._seen: set[Next] = set()

    def check(self, next_page: Next) -> None:
        if next_page in self._seen:
            raise InvalidResponseError(
                f"client.{self._name}(): the next page ({next_page!r}) was read already: "
                "the list would never end"
            )
        self._seen.add(next_page)


def _result_list(items: list[Any], of: Any) -> ResultList[Any]:
    """A list of `items` of class `of`: the pages joined, or a pickled pager back."""
    joined: ResultList[Any] = ResultList(items)
    if of is not None:
        joined._of = of  # type: ignore[attr-defined]
    return joined


def _joined(pages: list[ResultList[T]]) -> ResultList[T]:
    return _result_list(
        [item for page in pages for item in page],
        getattr(pages[0], "_of", None) if pages else None,
    )


class Pager(Generic[T]):
    """Every item of a paged list, page by page as it is iterated:
    `for key in client.keys.list(): ...`. `pages()` gives the pages themselves;
    `to_list()` reads to the end once and keeps the result, which `len()`, indexing,
    `==` and the data-frame methods use, so a paged list still reads as a list."""

    __slots__ = ("_all", "_fetch", "_name", "_param", "_query")

    def __init__(
        self,
        fetch: Callable[[dict[str, Any]], Page],
        query: dict[str, Any],
        param: str,
        name: str,
    ) -> None:
        self._fetch = fetch
        self._query = query
        self._param = param  # "cursor" or "offset"
        self._name = name
        self._all: Optional[ResultList[T]] = None

    def pages(self) -> Iterator[ResultList[T]]:
        """Each page as the API answers it, one request each."""
        query, seen = self._query, _Seen(self._name)
        while True:
            items, next_page = self._fetch(query)
            yield items
            if next_page is None:
                return
            seen.check(next_page)
            query = _with_next(self._query, self._param, next_page)

    def __iter__(self) -> Iterator[T]:
        if self._all is not None:
            yield from self._all
            return
        for page in self.pages():
            yield from page

    def to_list(self) -> ResultList[T]:
        """Every item, read to the end (once: later calls answer the same list)."""
        if self._all is None:
            self._all = _joined(list(self.pages()))
        return self._all

    def __len__(self) -> int:
        return len(self.to_list())

    def __bool__(self) -> bool:
        return bool(self.to_list())

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: Union[int, slice]) -> Union[T, list[T]]:
        return self.to_list()[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Pager):
            other = other.to_list()
        return self.to_list() == other

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> Any:
        """A pager pickles as the list it reads (a connection does not pickle)."""
        items = self.to_list()
        return (_result_list, (list(items), getattr(items, "_of", None)))

    def to_pandas(self) -> pandas.DataFrame:
        """`to_list().to_pandas()`."""
        return self.to_list().to_pandas()

    def to_polars(self) -> polars.DataFrame:
        """`to_list().to_polars()`."""
        return self.to_list().to_polars()

    def _repr_html_(self) -> str:
        return self.to_list()._repr_html_()

    def __repr__(self) -> str:
        state = f"{len(self._all)} items" if self._all is not None else "not read yet"
        return f"<Pager of client.{self._name}(): {state}>"


class AsyncPager(Generic[T]):
    """Every item of a paged list on an `AsyncClient`, page by page:
    `async for key in client.keys.list(): ...`; `pages()` gives the pages;
    `await client.keys.list()` reads to the end and answers the whole list."""

    __slots__ = ("_fetch", "_name", "_param", "_query")

    def __init__(
        self,
        fetch: Callable[[dict[str, Any]], Awaitable[Page]],
        query: dict[str, Any],
        param: str,
        name: str,
    ) -> None:
        self._fetch = fetch
        self._query = query
        self._param = param
        self._name = name

    async def pages(self) -> AsyncIterator[ResultList[T]]:
        """Each page as the API answers it, one request each."""
        query, seen = self._query, _Seen(self._name)
        while True:
            items, next_page = await self._fetch(query)
            yield items
            if next_page is None:
                return
            seen.check(next_page)
            query = _with_next(self._query, self._param, next_page)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page:
                yield item

    async def to_list(self) -> ResultList[T]:
        """Every item, read to the end."""
        return _joined([page async for page in self.pages()])

    def __await__(self) -> Generator[Any, None, ResultList[T]]:
        return self.to_list().__await__()

    def __repr__(self) -> str:
        return f"<AsyncPager of client.{self._name}()>"
