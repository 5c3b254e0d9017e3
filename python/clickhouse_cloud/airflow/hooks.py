"""``ClickHouseCloudHook``: API clients built from an Airflow connection.

The connection (type ``clickhouse_cloud``): login = API key id, password = API key
secret, host = API URL (optional; the public API when empty), extra ``organization_id``
(optional default for every task).
"""

from __future__ import annotations

import asyncio
import uuid
from typing import Any, Optional

from airflow.sdk import BaseHook
from airflow.sdk.exceptions import AirflowFailException

import clickhouse_cloud as chc

from . import CONN_TYPE, DEFAULT_CONN_ID

# What the API answers to a well-formed id it does not know, once the key is accepted.
_KEY_ACCEPTED = (chc.NotFoundError, chc.BadRequestError)


class ClickHouseCloudHook(BaseHook):
    """Builds ``clickhouse_cloud.Client`` / ``AsyncClient`` from a connection.

    ``client_options`` (``timeout``, ``max_retries``, ``rate_limit``, ``verify``) are
    passed to the client. The connection's organization is the clients' default
    ``organization_id``, so the namespaced methods and the jobs need none:
    ``hook.get_client().usage_costs(first, last)``.
    """

    conn_name_attr = "clickhouse_cloud_conn_id"
    default_conn_name = DEFAULT_CONN_ID
    conn_type = CONN_TYPE
    hook_name = "ClickHouse Cloud"

    def __init__(
        self, clickhouse_cloud_conn_id: str = DEFAULT_CONN_ID, **client_options: Any
    ) -> None:
        super().__init__()
        self.clickhouse_cloud_conn_id = clickhouse_cloud_conn_id
        self.client_options = client_options
        self._connection: Any = None

    # -- the connection ----------------------------------------------------------------

    @property
    def connection(self) -> Any:
        if self._connection is None:
            self._connection = self.get_connection(self.clickhouse_cloud_conn_id)
        return self._connection

    async def aconnection(self) -> Any:
        """The connection, looked up without blocking the event loop (triggers)."""
        if self._connection is None:
            lookup = getattr(type(self), "aget_connection", None)
            if lookup is not None:
                self._connection = await lookup(self.clickhouse_cloud_conn_id)
            else:
                self._connection = await asyncio.to_thread(
                    self.get_connection, self.clickhouse_cloud_conn_id
                )
        return self._connection

    @property
    def organization_id(self) -> Optional[str]:
        """The connection's default organization (extra ``organization_id``), if any."""
        return _organization_id(self.connection)

    def require_organization(self, explicit: Optional[str]) -> str:
        """``explicit``, else the connection's default; a task without either fails."""
        organization = explicit or self.organization_id
        if not organization:
            raise AirflowFailException(
                "no organization_id: pass one to the task or set it in the connection "
                f"{self.clickhouse_cloud_conn_id!r}"
            )
        return str(organization)

    # -- clients -----------------------------------------------------------------------

    def get_client(self) -> chc.Client:
        """A blocking client (close it, or use it in a ``with`` block)."""
        return chc.Client(**self._client_arguments(self.connection))

    def get_conn(self) -> chc.Client:
        return self.get_client()

    async def get_async_client(self) -> chc.AsyncClient:
        """An ``AsyncClient``; the connection lookup does not block the event loop, so
        triggers can call it."""
        return chc.AsyncClient(**self._client_arguments(await self.aconnection()))

    def _client_arguments(self, conn: Any) -> dict[str, Any]:
        if not conn.login or not conn.password:
            raise ValueError(
                f"connection {self.clickhouse_cloud_conn_id!r} needs the API key id as "
                "login and the key secret as password"
            )
        arguments: dict[str, Any] = {
            "key_id": conn.login,
            "key_secret": conn.password,
            **self.client_options,
        }
        base_url = _base_url(conn)
        if base_url:
            arguments["base_url"] = base_url
        organization = _organization_id(conn)
        if organization:
            # The default of the namespaced methods and jobs (`client.services.get`,
            # `client.usage_costs`, ...).
            arguments.setdefault("organization_id", organization)
        return arguments

    # -- the UI's "Test" button --------------------------------------------------------

    def test_connection(self) -> tuple[bool, str]:
        """One cheap read: a service that does not exist, in the default organization
        (or a made-up one). The key is good when the API gets as far as the ids."""
        organization = self.organization_id
        try:
            with self.get_client() as client:
                client.get_service(organization or uuid.UUID(int=0), uuid.UUID(int=0))
        except _KEY_ACCEPTED:
            if organization:
                return True, f"Connected: the key can read organization {organization}."
            return True, "Connected: the API accepted the key."
        except chc.PermissionDeniedError as e:
            if organization:
                return False, f"The key has no access to organization {organization}: {e}"
            return True, "Connected: the API accepted the key."
        except Exception as e:  # the form shows the message
            return False, f"{type(e).__name__}: {e}"
        return True, "Connected."


def _organization_id(conn: Any) -> Optional[str]:
    extra = conn.extra_dejson or {}
    value = extra.get("organization_id") or extra.get(f"extra__{CONN_TYPE}__organization_id")
    return str(value) if value else None


def _base_url(conn: Any) -> Optional[str]:
    """The host field as a URL: a full URL is kept, a bare host gets ``https://``."""
    host = (conn.host or "").strip()
    if not host:
        return None
    if "://" in host:
        return host.rstrip("/")
    schema = (conn.schema or "https").strip() or "https"
    port = f":{conn.port}" if conn.port else ""
    return f"{schema}://{host}{port}"
