# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.clickhouse_settings` and `async_client.clickhouse_settings`: the sync and async resource classes
side by side.

generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""

# mypy: disable-error-code="no-any-return"
# ruff: noqa
from __future__ import annotations

import datetime
import uuid
from collections.abc import Mapping, Sequence
from typing import Any, Optional, Union

from .._display import ResultList
from .._paging import AsyncPager, Pager
from .._native import (
    ServiceClickhouseSetting,
    ServiceClickhouseSettingsList,
    ServiceClickhouseSettingsPatchResponse,
    ServiceClickhouseSettingsSchema,
)
from .._resource import (
    NOT_GIVEN,
    AsyncResource,
    DateLike,
    DateTimeLike,
    Id,
    NotGiven,
    Resource,
    body_of,
    warn_deprecated,
)


class ClickhouseSettingsResource(Resource):
    """`client.clickhouse_settings`: Service operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ServiceClickhouseSettingsList:
        """List ClickHouse settings

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the configured ClickHouse settings for the service. Only settings that have been explicitly set are included.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings` (serviceClickhouseSettingsListGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the service.
        """
        return self._call(35, (self._org(organization_id), service_id))

    def update(
        self,
        service_id: Id,
        *,
        settings: Union[Mapping[str, Union[str, int]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ServiceClickhouseSettingsPatchResponse:
        """Update ClickHouse settings

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Updates one or more ClickHouse settings for the service. To reset a setting to its platform default, use the [DELETE single setting](#tag/Service/operation/serviceClickhouseSettingDelete) endpoint. Use the [schema endpoint](#tag/Service/operation/serviceClickhouseSettingsSchemaGet) to discover which settings are configurable.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings` (serviceClickhouseSettingsUpdate)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the service.
        """
        return self._call(36, (self._org(organization_id), service_id), None, body_of({'settings': settings}))

    def get_schema(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ServiceClickhouseSettingsSchema:
        """Get ClickHouse settings schema

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the schema of all configurable ClickHouse settings, including types, valid values, descriptions, and warnings.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/schema` (serviceClickhouseSettingsSchemaGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the service.
        """
        return self._call(37, (self._org(organization_id), service_id))

    def get(
        self,
        service_id: Id,
        setting_name: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> ServiceClickhouseSetting:
        """Get ClickHouse setting

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the current value of a ClickHouse setting for the service. Use the [schema endpoint](#tag/Service/operation/serviceClickhouseSettingsSchemaGet) to discover which settings are configurable.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/{settingName}` (serviceClickhouseSettingGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the service.
            setting_name: Name of the setting to retrieve.
        """
        return self._call(38, (self._org(organization_id), service_id, setting_name))

    def delete(
        self,
        service_id: Id,
        setting_name: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Reset ClickHouse setting to default

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Removes a previously-configured ClickHouse setting, reverting its effective value to the platform default. Settings under `spec.extraConfig.server.*` (e.g. `keep_alive_timeout`, `shared_merge_tree_disable_merges_and_mutations_assignment`) trigger a ClickHouse server rollout restart; other settings propagate to all replicas after a short delay. Deleting a setting that was never configured is a no-op (200 OK).

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/{settingName}` (serviceClickhouseSettingDelete)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the service.
            setting_name: Name of the setting to reset.
        """
        return self._call(39, (self._org(organization_id), service_id, setting_name))


class AsyncClickhouseSettingsResource(AsyncResource):
    """`async_client.clickhouse_settings`: Service operations."""

    __slots__ = ()

    async def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ServiceClickhouseSettingsList:
        """List ClickHouse settings

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the configured ClickHouse settings for the service. Only settings that have been explicitly set are included.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings` (serviceClickhouseSettingsListGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the service.
        """
        return await self._call(35, (self._org(organization_id), service_id))

    async def update(
        self,
        service_id: Id,
        *,
        settings: Union[Mapping[str, Union[str, int]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ServiceClickhouseSettingsPatchResponse:
        """Update ClickHouse settings

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Updates one or more ClickHouse settings for the service. To reset a setting to its platform default, use the [DELETE single setting](#tag/Service/operation/serviceClickhouseSettingDelete) endpoint. Use the [schema endpoint](#tag/Service/operation/serviceClickhouseSettingsSchemaGet) to discover which settings are configurable.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings` (serviceClickhouseSettingsUpdate)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the service.
        """
        return await self._call(36, (self._org(organization_id), service_id), None, body_of({'settings': settings}))

    async def get_schema(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ServiceClickhouseSettingsSchema:
        """Get ClickHouse settings schema

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the schema of all configurable ClickHouse settings, including types, valid values, descriptions, and warnings.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/schema` (serviceClickhouseSettingsSchemaGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the service.
        """
        return await self._call(37, (self._org(organization_id), service_id))

    async def get(
        self,
        service_id: Id,
        setting_name: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> ServiceClickhouseSetting:
        """Get ClickHouse setting

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the current value of a ClickHouse setting for the service. Use the [schema endpoint](#tag/Service/operation/serviceClickhouseSettingsSchemaGet) to discover which settings are configurable.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/{settingName}` (serviceClickhouseSettingGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the service.
            setting_name: Name of the setting to retrieve.
        """
        return await self._call(38, (self._org(organization_id), service_id, setting_name))

    async def delete(
        self,
        service_id: Id,
        setting_name: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Reset ClickHouse setting to default

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Removes a previously-configured ClickHouse setting, reverting its effective value to the platform default. Settings under `spec.extraConfig.server.*` (e.g. `keep_alive_timeout`, `shared_merge_tree_disable_merges_and_mutations_assignment`) trigger a ClickHouse server rollout restart; other settings propagate to all replicas after a short delay. Deleting a setting that was never configured is a no-op (200 OK).

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings/{settingName}` (serviceClickhouseSettingDelete)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the service.
            setting_name: Name of the setting to reset.
        """
        return await self._call(39, (self._org(organization_id), service_id, setting_name))
