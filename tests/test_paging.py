"""Paged lists read through the client: every item once and in order, one request per
page (counted on the sandbox), lazily, with the cursor or offset the spec names, and an
answer that cannot be followed raised instead of looped on."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from typing import Any, Optional
from urllib.parse import parse_qsl

import pytest

import clickhouse_cloud as chc
from clickhouse_cloud.testing import Sandbox

from conftest import ORG, SECRET, SERVICE

KEYS_PATH = f"/v1/organizations/{ORG}/keys"
ALERTS_PATH = f"/v1/organizations/{ORG}/services/{SERVICE}/clickstack/alerts"
UDFS_PATH = f"/v1/organizations/{ORG}/udfs"


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """conftest's sandbox, with a rate limit far above what any test here sends: a pager
    that stopped moving on would meet a 429 (no retries) instead of hanging the run."""
    with Sandbox(key_id="test-key", key_secret=SECRET, rate_limit=40) as s:
        yield s


@pytest.fixture
def api(sandbox: Sandbox) -> Iterator[chc.Client]:
    with sandbox.client(organization_id=ORG, timeout=5.0, max_retries=0) as c:
        yield c


def seed_keys(sandbox: Sandbox, count: int) -> list[str]:
    """`count` keys, oldest first; their names (unique, in the order the API lists them)."""
    names = [f"key-{i:03d}" for i in range(count)]
    for name in names:
        sandbox.add_key(ORG, name=name)
    sandbox.clear_requests()
    return names


def queries(sandbox: Sandbox, path: str) -> list[dict[str, str]]:
    """The query parameters of each GET of `path`, in order (each sent once at most)."""
    sent: list[dict[str, str]] = []
    for request in sandbox.requests:
        if request.method == "GET" and request.path == path:
            pairs = parse_qsl(request.query or "", keep_blank_values=True)
            assert len({k for k, _ in pairs}) == len(pairs), request.query
            sent.append(dict(pairs))
    return sent


def alert(api: chc.Client, name: str) -> None:
    api.clickstack.alerts.create(
        SERVICE,
        name=name,
        source="saved_search",
        saved_search_id="search-1",
        threshold=1.0,
        threshold_type="above",
        interval="5m",
        channel={"type": "webhook", "webhookId": "hook-1"},
    )


# -- API keys: cursor pages of 250 by default -----------------------------------------


def test_keys_over_two_default_pages(sandbox: Sandbox, api: chc.Client) -> None:
    names = seed_keys(sandbox, 300)
    # A plain for loop: lazy iteration, page by page.
    got = [k.name for k in api.keys.list()]
    assert got == names  # all of them, in order, none twice
    # The spec's default (250) is the sandbox's page: two pages, the second by cursor.
    assert queries(sandbox, KEYS_PATH) == [{}, {"cursor": "250"}]


def test_keys_with_a_limit_send_it_on_every_page(sandbox: Sandbox, api: chc.Client) -> None:
    names = seed_keys(sandbox, 300)
    assert [k.name for k in api.keys.list(limit=100)] == names
    assert queries(sandbox, KEYS_PATH) == [
        {"limit": "100"},
        {"limit": "100", "cursor": "100"},
        {"limit": "100", "cursor": "200"},
    ]


def test_keys_async_for_reads_every_page(sandbox: Sandbox) -> None:
    names = seed_keys(sandbox, 300)

    async def collect() -> list[Optional[str]]:
        async with sandbox.async_client(organization_id=ORG, max_retries=0) as client:
            return [k.name async for k in client.keys.list(limit=100)]

    assert asyncio.run(collect()) == names
    assert queries(sandbox, KEYS_PATH) == [
        {"limit": "100"},
        {"limit": "100", "cursor": "100"},
        {"limit": "100", "cursor": "200"},
    ]


def test_the_first_item_costs_one_request(sandbox: Sandbox, api: chc.Client) -> None:
    names = seed_keys(sandbox, 300)
    pager = api.keys.list(limit=100)
    assert sandbox.requests == []  # nothing is sent until the list is read
    items = iter(pager)
    assert next(items).name == names[0]
    assert queries(sandbox, KEYS_PATH) == [{"limit": "100"}]
    # The second page is asked for only when the first one is used up.
    for _ in range(99):
        next(items)
    assert len(sandbox.requests) == 1
    assert next(items).name == names[100]
    assert queries(sandbox, KEYS_PATH) == [{"limit": "100"}, {"limit": "100", "cursor": "100"}]


def test_a_pager_reads_as_a_list_and_reads_once(sandbox: Sandbox, api: chc.Client) -> None:
    names = seed_keys(sandbox, 300)
    pager = api.keys.list(limit=100)
    assert "not read yet" in repr(pager)
    assert len(pager) == 300
    assert len(sandbox.requests) == 3
    # Everything below answers from the list read once: no further request.
    assert pager[0].name == names[0] and pager[-1].name == names[-1]
    assert [k.name for k in pager[100:102]] == names[100:102]
    assert bool(pager)
    assert [k.name for k in pager] == names
    assert pager == pager.to_list() and pager.to_list() is pager.to_list()
    assert isinstance(pager.to_list(), chc.ResultList)
    assert "300 items" in repr(pager)
    assert len(sandbox.requests) == 3
    # Equal to the same list read in pages of another size (which reads it afresh).
    assert pager == api.keys.list()
    assert len(sandbox.requests) == 5


def test_equality_reads_the_whole_list_once(sandbox: Sandbox, api: chc.Client) -> None:
    seed_keys(sandbox, 300)
    expected = list(api.keys.list())
    sandbox.clear_requests()
    pager = api.keys.list(limit=100)
    assert pager == expected
    assert len(sandbox.requests) == 3
    assert pager != expected[:-1] and pager != expected[::-1]
    assert len(pager) == 300 and pager[299] == expected[299]
    assert len(sandbox.requests) == 3


def test_pages_have_the_size_asked_for(sandbox: Sandbox, api: chc.Client) -> None:
    seed_keys(sandbox, 250)
    pages = list(api.keys.list(limit=100).pages())
    assert [len(p) for p in pages] == [100, 100, 50]
    assert all(isinstance(p, chc.ResultList) for p in pages)
    assert len(sandbox.requests) == 3


def test_awaiting_an_async_pager_gives_the_whole_list(sandbox: Sandbox) -> None:
    names = seed_keys(sandbox, 300)

    async def read() -> tuple[Any, list[int]]:
        async with sandbox.async_client(organization_id=ORG, max_retries=0) as client:
            whole = await client.keys.list(limit=100)
            sizes = [len(p) async for p in client.keys.list(limit=120).pages()]
            return whole, sizes

    whole, sizes = asyncio.run(read())
    assert isinstance(whole, chc.ResultList)
    assert [k.name for k in whole] == names
    assert sizes == [120, 120, 60]
    assert len(sandbox.requests) == 3 + 3


# -- organizations: the same cursor paging, without an organization in the path -------


def seed_organizations(sandbox: Sandbox, count: int) -> list[str]:
    ids = [str(uuid.UUID(int=i + 1, version=4)) for i in range(count)]
    for i, org in enumerate(ids):
        sandbox.add_organization(id=org, name=f"org-{i:03d}")
    sandbox.clear_requests()
    return ids


def test_organizations_over_two_pages(sandbox: Sandbox, api: chc.Client) -> None:
    ids = seed_organizations(sandbox, 260)
    assert [str(o.id) for o in api.organizations.list()] == ids
    assert queries(sandbox, "/v1/organizations") == [{}, {"cursor": "250"}]
    sandbox.clear_requests()
    assert [str(o.id) for o in api.organizations.list(limit=100)] == ids
    assert queries(sandbox, "/v1/organizations") == [
        {"limit": "100"},
        {"limit": "100", "cursor": "100"},
        {"limit": "100", "cursor": "200"},
    ]


def test_organizations_async(sandbox: Sandbox) -> None:
    ids = seed_organizations(sandbox, 260)

    async def collect() -> tuple[list[str], list[str]]:
        async with sandbox.async_client(max_retries=0) as client:
            lazily = [str(o.id) async for o in client.organizations.list()]
            whole = [str(o.id) for o in await client.organizations.list(limit=200)]
            return lazily, whole

    lazily, whole = asyncio.run(collect())
    assert lazily == ids and whole == ids
    assert queries(sandbox, "/v1/organizations") == [
        {},
        {"cursor": "250"},
        {"limit": "200"},
        {"limit": "200", "cursor": "200"},
    ]


# -- ClickStack alerts: limit/offset paging, ended by a short page --------------------


@pytest.mark.parametrize(
    ("count", "offsets"),
    [
        (5, [2, 4]),  # the third page is short (1 item): the last
        (4, [2, 4]),  # both pages full: an empty third page ends it
        (2, [2]),
        (1, []),
        (0, []),
    ],
)
def test_alerts_page_by_offset(
    sandbox: Sandbox, api: chc.Client, count: int, offsets: list[int]
) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    names = [f"alert-{i}" for i in range(count)]
    for name in names:
        alert(api, name)
    sandbox.clear_requests()
    assert [a.name for a in api.clickstack.alerts.list(SERVICE, limit=2)] == names
    # The first page asks from the start (no offset), each next one after the items read.
    assert queries(sandbox, ALERTS_PATH) == [{"limit": "2"}] + [
        {"limit": "2", "offset": str(o)} for o in offsets
    ]


def test_alerts_default_page_is_one_request(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    for i in range(3):
        alert(api, f"alert-{i}")
    sandbox.clear_requests()
    # Fewer than the default limit (1000): the first page is short, so it is the last.
    assert len(api.clickstack.alerts.list(SERVICE)) == 3
    assert queries(sandbox, ALERTS_PATH) == [{}]


def test_alerts_async_by_offset(sandbox: Sandbox, api: chc.Client) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    names = [f"alert-{i}" for i in range(5)]
    for name in names:
        alert(api, name)
    sandbox.clear_requests()

    async def collect() -> list[Optional[str]]:
        async with sandbox.async_client(organization_id=ORG, max_retries=0) as client:
            return [a.name async for a in client.clickstack.alerts.list(SERVICE, limit=2)]

    assert asyncio.run(collect()) == names
    assert queries(sandbox, ALERTS_PATH) == [
        {"limit": "2"},
        {"limit": "2", "offset": "2"},
        {"limit": "2", "offset": "4"},
    ]


# -- UDFs: cursor pages of 100 by default ---------------------------------------------


def seed_udfs(sandbox: Sandbox, count: int) -> list[str]:
    names = [f"fn_{i:02d}" for i in range(count)]
    for name in names:
        sandbox.seed(UDFS_PATH, {"functionName": name, "version": 1, "status": "ready"}, key=name)
    sandbox.clear_requests()
    return names


def test_udfs_page_with_a_limit(sandbox: Sandbox, api: chc.Client) -> None:
    names = seed_udfs(sandbox, 7)
    assert [u.function_name for u in api.udfs.list(limit=3)] == names
    assert queries(sandbox, UDFS_PATH) == [
        {"limit": "3"},
        {"limit": "3", "cursor": "3"},
        {"limit": "3", "cursor": "6"},
    ]


def test_udfs_page_with_a_limit_async(sandbox: Sandbox) -> None:
    names = seed_udfs(sandbox, 7)

    async def collect() -> tuple[list[Optional[str]], list[int]]:
        async with sandbox.async_client(organization_id=ORG, max_retries=0) as client:
            lazily = [u.function_name async for u in client.udfs.list(limit=3)]
            sizes = [len(p) async for p in client.udfs.list(limit=4).pages()]
            return lazily, sizes

    lazily, sizes = asyncio.run(collect())
    assert lazily == names and sizes == [4, 3]
    assert queries(sandbox, UDFS_PATH) == [
        {"limit": "3"},
        {"limit": "3", "cursor": "3"},
        {"limit": "3", "cursor": "6"},
        {"limit": "4"},
        {"limit": "4", "cursor": "4"},
    ]


# -- answers that cannot be followed ---------------------------------------------------


def page_answer(next_cursor: Any, result: Optional[list[Any]] = None) -> dict[str, Any]:
    return {"status": 200, "result": result or [], "limit": 250, "nextCursor": next_cursor}


def test_a_cursor_that_does_not_move_is_refused(sandbox: Sandbox, api: chc.Client) -> None:
    # Every answer says "next: abc": the second request sent cursor=abc and got it back.
    # Scripted five times so that a client that kept following would show it in the
    # request count (and then meet the sandbox's 400 for a bad cursor), never hang.
    key = sandbox.add_key(ORG, name="only")
    sandbox.clear_requests()
    sandbox.fail_next(200, json=page_answer("abc", [key]), path="/keys$", times=5)
    seen: list[Optional[str]] = []
    with pytest.raises(chc.InvalidResponseError, match="nextCursor") as caught:
        for k in api.keys.list():
            seen.append(k.name)
    assert "abc" in str(caught.value)
    assert seen == ["only"]  # the first page reached the caller before the refusal
    assert queries(sandbox, KEYS_PATH) == [{}, {"cursor": "abc"}]


def test_a_cursor_that_does_not_move_is_refused_async(sandbox: Sandbox) -> None:
    sandbox.fail_next(200, json=page_answer("abc"), path="/keys$", times=5)

    async def read() -> None:
        async with sandbox.async_client(organization_id=ORG, max_retries=0) as client:
            await client.keys.list(limit=10)

    with pytest.raises(chc.InvalidResponseError, match="nextCursor"):
        asyncio.run(read())
    assert queries(sandbox, KEYS_PATH) == [{"limit": "10"}, {"limit": "10", "cursor": "abc"}]


@pytest.mark.parametrize("next_cursor", [5, True, {"at": 1}, ["abc"]])
def test_a_cursor_that_is_not_text_is_refused(
    sandbox: Sandbox, api: chc.Client, next_cursor: Any
) -> None:
    sandbox.fail_next(200, json=page_answer(next_cursor), path="/keys$", times=5)
    with pytest.raises(chc.InvalidResponseError, match="nextCursor"):
        list(api.keys.list())
    assert len(sandbox.requests) == 1


@pytest.mark.parametrize("next_cursor", [None, ""])
def test_a_null_or_empty_cursor_ends_the_list(
    sandbox: Sandbox, api: chc.Client, next_cursor: Optional[str]
) -> None:
    key = sandbox.add_key(ORG, name="only")
    sandbox.clear_requests()
    sandbox.fail_next(200, json=page_answer(next_cursor, [key]), path="/keys$", times=5)
    assert [k.name for k in api.keys.list()] == ["only"]
    assert len(sandbox.requests) == 1
