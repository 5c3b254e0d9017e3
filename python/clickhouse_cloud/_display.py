"""How results look in a notebook, and how lists become data frames.

Every value class's `_repr_html_` (drawn by the Rust binding) calls `html()`; every
list the API answers is a `ResultList`. Plain `repr` is the binding's and stays
as it is. pandas and polars are imported only when a conversion is asked for.
"""

from __future__ import annotations

import datetime
import html as _html
import json
import re
import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, List, TypeVar  # noqa: UP035

if TYPE_CHECKING:
    # Optional: type checkers without them see Any.
    import pandas  # type: ignore[import-untyped, import-not-found, unused-ignore]
    import polars  # type: ignore[import-not-found, unused-ignore]

__all__ = ["ResultList", "html"]

T = TypeVar("T")

# A notebook renders this many rows of a list; the rest are counted, not drawn.
MAX_ROWS = 100

_STYLE = (
    "<style>"
    ".chc-table{border-collapse:collapse;font-size:12px;margin:2px 0}"
    ".chc-table caption{text-align:left;font-weight:bold;padding:2px 0}"
    ".chc-table th,.chc-table td{text-align:left;padding:2px 8px;"
    "border-bottom:1px solid rgba(127,127,127,.25);vertical-align:top}"
    ".chc-table th{font-weight:600}"
    ".chc-table .chc-more{font-style:italic;opacity:.7}"
    "</style>"
)


# typing.List, not list[T]: subscriptable at run time (ResultList[Backup]) on 3.9 too.
class ResultList(List[T]):  # noqa: UP006
    """A list the API answered: a plain `list` that also renders as a table in
    Jupyter (one row per object) and converts to a data frame. It knows the class of
    its items (set by the client), so that an empty list still has its columns."""

    __slots__ = ("_of",)

    def _repr_html_(self) -> str:
        return _list_table(self)

    def to_pandas(self) -> pandas.DataFrame:
        """A `pandas.DataFrame`, one row per item and one column per field (nested
        objects flattened to `parent.child` columns; ids as `str`; secrets left
        out). Needs `pip install 'clickhouse-cloud[pandas]'`."""
        pd = _import("pandas")
        rows = [_record(item) for item in self]
        columns = self._columns(rows)
        frame: pandas.DataFrame = pd.DataFrame.from_records(rows, columns=columns)
        for name in columns:
            values = [row[name] for row in rows if row.get(name) is not None]
            if not values or len(values) == len(rows):
                continue
            # pandas would make whole numbers with gaps float64 and aware times objects.
            if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
                frame[name] = frame[name].astype("Int64")
        for name in columns:
            if any(isinstance(row.get(name), datetime.datetime) for row in rows):
                frame[name] = pd.to_datetime(frame[name], utc=True)
        return frame

    def to_polars(self) -> polars.DataFrame:
        """A `polars.DataFrame`, shaped as `to_pandas()`. Needs
        `pip install 'clickhouse-cloud[polars]'`."""
        pl = _import("polars")
        rows = [_record(item) for item in self]
        columns = self._columns(rows)
        data = {name: [row.get(name) for row in rows] for name in columns}
        frame: polars.DataFrame = pl.DataFrame(data, strict=False)
        return frame

    def _columns(self, rows: list[dict[str, Any]]) -> list[str]:
        """The columns of the list's `rows` (its items as `_record`s). An empty list has
        one per field of its items' class: the columns a list of such items has where
        none sets a nested object."""
        if rows:
            return _columns(rows)
        of = getattr(self, "_of", None)
        return list(_class_fields(of)) if of is not None else []


def html(value: Any) -> str:
    """One object as a two-column table of the fields that are set."""
    return _STYLE + _object_table(value)


def _import(name: str) -> Any:
    import importlib

    try:
        return importlib.import_module(name)
    except ImportError as error:
        raise ImportError(
            f"{name} is not installed: pip install 'clickhouse-cloud[{name}]'"
        ) from error


# --- rows and columns -------------------------------------------------------


def _fields(value: Any) -> tuple[str, ...]:
    """The fields of a value object, secrets left out; () for anything else."""
    return _class_fields(type(value))


def _class_fields(cls: Any) -> tuple[str, ...]:
    """The fields of a value class, secrets left out; () for any other class."""
    names: tuple[str, ...] = getattr(cls, "_fields", ())
    if not names:
        return ()
    secrets = {_snake(name) for name in getattr(cls, "_secrets", ())}
    return tuple(name for name in names if name not in secrets)


def _snake(json_name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", json_name).lower()


def _items(value: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """(column, value) of every field, nested objects flattened as `a.b`."""
    for name in _fields(value):
        field = getattr(value, name)
        if _fields(field):
            yield from _items(field, f"{prefix}{name}.")
        else:
            yield f"{prefix}{name}", field


def _record(item: Any) -> dict[str, Any]:
    if _fields(item):
        return {name: _plain(field) for name, field in _items(item)}
    return {"value": _plain(item)}


def _plain(value: Any) -> Any:
    """A value a data frame stores well: ids as text, objects as dicts."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if _fields(value):
        return {name: _plain(field) for name, field in _items(value)}
    return value


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    """Every column any row has, in the order they first appear."""
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row))
    # An object missing from some rows: its `a.b` columns stand for it, not `a`.
    return [
        name
        for name in seen
        if not (
            any(other.startswith(name + ".") for other in seen)
            and all(row.get(name) is None for row in rows)
        )
    ]


# --- HTML -------------------------------------------------------------------


def _object_table(value: Any) -> str:
    rows = []
    for name in _fields(value):
        field = getattr(value, name)
        if field is None:
            continue
        if _fields(field):
            cell = _object_table(field)
        else:
            cell = _cell(name, field)
        rows.append(f"<tr><th>{_html.escape(name)}</th><td>{cell}</td></tr>")
    caption = _html.escape(type(value).__name__)
    if not rows:
        rows.append('<tr><td class="chc-more">no fields set</td></tr>')
    return f'<table class="chc-table"><caption>{caption}</caption>{"".join(rows)}</table>'


def _list_table(items: list[Any]) -> str:
    kinds = sorted({type(item).__name__ for item in items})
    noun = kinds[0] if len(kinds) == 1 else "item"
    caption = f"{len(items)} \u00d7 {noun}" if items else "empty list"
    shown = items[:MAX_ROWS]
    if any(_fields(item) for item in shown):
        columns: dict[str, None] = {}
        cells = []
        for item in shown:
            row = dict(_items(item)) if _fields(item) else {"value": item}
            cells.append(row)
            columns.update((name, None) for name, field in row.items() if field is not None)
        names = list(columns)
    else:
        names = ["value"]
        cells = [{"value": item} for item in shown]
    head = "".join(f"<th>{_html.escape(name)}</th>" for name in names)
    body = [
        "<tr>"
        + "".join(f"<td>{_cell(name, row.get(name), short=True)}</td>" for name in names)
        + "</tr>"
        for row in cells
    ]
    if len(items) > MAX_ROWS:
        body.append(
            f'<tr><td class="chc-more" colspan="{max(len(names), 1)}">'
            f"… {len(items) - MAX_ROWS} more (to_pandas() has them all)</td></tr>"
        )
    table = f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody>" if items else ""
    caption = _html.escape(caption)
    return f'{_STYLE}<table class="chc-table"><caption>{caption}</caption>{table}</table>'


def _cell(name: str, value: Any, *, short: bool = False) -> str:
    """One value, readable: sizes in KiB/MiB/GiB, durations in h/m/s, times in UTC
    without microseconds; the exact value in the cell's tooltip."""
    if value is None:
        return ""
    text, exact = _readable(name, value, short=short)
    if exact is not None and exact != text:
        return f'<span title="{_html.escape(exact)}">{_html.escape(text)}</span>'
    return _html.escape(text)


def _readable(name: str, value: Any, *, short: bool) -> tuple[str, str | None]:
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if number and (name.endswith("_bytes") or name.endswith("size_in_bytes")):
        return readable_size(value), f"{value:,} bytes"
    if number and name.endswith("_seconds"):
        return readable_duration(float(value)), f"{value} s"
    if number and name.endswith("_minutes"):
        return readable_duration(float(value) * 60), f"{value} min"
    if number and name.endswith("duration_us"):
        return readable_duration(float(value) / 1e6), f"{value} µs"
    if isinstance(value, datetime.datetime):
        return _time(value), value.isoformat()
    if isinstance(value, (datetime.date, uuid.UUID)):
        return str(value), None
    if isinstance(value, list):
        if len(value) <= 5 and not any(_fields(item) for item in value):
            return ", ".join(_readable(name, item, short=True)[0] for item in value), None
        return f"[{len(value)} items]", None
    if isinstance(value, dict):
        text = json.dumps(value, default=str, separators=(",", ":"))
        return (text[:77] + "…", text) if short and len(text) > 80 else (text, None)
    if _fields(value):
        text = repr(value)
        return (text[:77] + "…", text) if len(text) > 80 else (text, None)
    return str(value), None


def readable_size(count: float) -> str:
    """`45.0 GiB`: bytes in binary units (the CLI's tables too)."""
    if abs(count) < 1024:
        return f"{count:g} B"
    units = ["KiB", "MiB", "GiB", "TiB", "PiB"]
    count /= 1024
    while abs(count) >= 1024 and len(units) > 1:
        count /= 1024
        units.pop(0)
    return f"{count:.1f} {units[0]}"


def readable_duration(seconds: float) -> str:
    """`11m 44s`, `1h 02m 03s`, `4.25 s`."""
    if abs(seconds) < 60:
        return f"{seconds:.3g} s"
    sign = "-" if seconds < 0 else ""
    total = round(abs(seconds))
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return f"{sign}{days}d {hours}h {minutes:02d}m"
    if hours:
        return f"{sign}{hours}h {minutes:02d}m {secs:02d}s"
    return f"{sign}{minutes}m {secs:02d}s"


def _time(value: datetime.datetime) -> str:
    if value.tzinfo is not None and value.utcoffset() == datetime.timedelta(0):
        return value.strftime("%Y-%m-%d %H:%M:%S UTC")
    return value.replace(microsecond=0).isoformat(sep=" ")
