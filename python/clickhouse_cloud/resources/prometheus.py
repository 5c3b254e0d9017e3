# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.prometheus` and `async_client.prometheus`: the sync and async resource classes
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
    PrometheusDiscoveryTargetGroup,
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


class PrometheusResource(Resource):
    """`client.prometheus`: Prometheus operations."""

    __slots__ = ()

    def get_organization_metrics(
        self,
        *,
        filtered_metrics: Optional[bool] = None,
        organization_id: Optional[Id] = None,
    ) -> str:
        """Get organization metrics

        **Deprecated.** This endpoint is disabled on 1 January 2027. It is already disabled for new organizations.

        Migrate before then to the service discovery endpoint, `GET /v1/organizations/{organizationId}/prometheus/discovery`. It returns one scrape target per service in the [`http_sd`](https://prometheus.io/docs/prometheus/latest/http_sd/) format, and Prometheus picks up new and deleted services automatically. The [Prometheus integration guide](https://clickhouse.com/docs/integrations/prometheus) has a `prometheus.yml` example.

        If you need this endpoint after 1 January 2027, contact ClickHouse support to have it enabled for your organization.

        Returns Prometheus metrics for the services in the organization. Only services the API key is authorized to view are included.

        `GET /v1/organizations/{organizationId}/prometheus` (organizationPrometheusGet)

        Permissions: none beyond a valid key.

        Deprecated: the API marks this operation deprecated (calling it warns).

        Args:
            filtered_metrics: Return a filtered list of Prometheus metrics.
        """
        warn_deprecated('prometheus.get_organization_metrics')
        return self._call(4, (self._org(organization_id),), {'filtered_metrics': filtered_metrics})

    def get_discovery(
        self,
        *,
        filtered_metrics: Optional[bool] = None,
        organization_id: Optional[Id] = None,
    ) -> ResultList[PrometheusDiscoveryTargetGroup]:
        """Get Prometheus service discovery targets

        Returns one Prometheus scrape target per service in the organization, in the [HTTP service discovery](https://prometheus.io/docs/prometheus/latest/http_sd/) (`http_sd`) format. Only services the API key is authorized to view are included; services that are being deleted or have been deleted are omitted.

        Point an [`http_sd_configs`](https://prometheus.io/docs/prometheus/latest/configuration/configuration/#http_sd_config) job at this endpoint to discover and scrape all services in the organization automatically. Prometheus refreshes the target list on every discovery poll, so newly created and deleted services are picked up without configuration changes.

        Filter targets in `relabel_configs` by `__meta_clickhouse_region`, `__meta_clickhouse_provider` or `__meta_clickhouse_tag_<key>`. Invalid label name characters in tag keys become `_`. `__meta_clickhouse_tagpresent_<key>` is `true` for every tag, including tags without a value.

        Discovered targets scrape with `filtered_metrics=true` by default; pass `?filtered_metrics=false` to this endpoint to discover unfiltered targets. See the [Prometheus integration guide](https://clickhouse.com/docs/integrations/prometheus) for more on the exported metrics.

        `GET /v1/organizations/{organizationId}/prometheus/discovery` (organizationPrometheusDiscoveryGet)

        Permissions: none beyond a valid key.

        Args:
            filtered_metrics: Whether discovered targets scrape a filtered list of metrics. Sets the filtered_metrics parameter on each discovered target. Defaults to true.
        """
        return self._call(5, (self._org(organization_id),), {'filtered_metrics': filtered_metrics})

    def get_service_metrics(
        self,
        service_id: Id,
        *,
        filtered_metrics: Optional[bool] = None,
        organization_id: Optional[Id] = None,
    ) -> str:
        """Get service metrics

        Returns prometheus metrics for a service.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/prometheus` (instancePrometheusGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the requested service.
            filtered_metrics: Return a filtered list of Prometheus metrics.
        """
        return self._call(28, (self._org(organization_id), service_id), {'filtered_metrics': filtered_metrics})

    def get_postgres_organization_metrics(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> str:
        """Get organization PostgreSQL metrics

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns Prometheus metrics for all PostgreSQL services in an organization. Maximum 100 services supported.

        `GET /v1/organizations/{organizationId}/postgres/prometheus` (postgresOrgPrometheusGet)

        Permissions: `control-plane:organization:view`.
        """
        return self._call(120, (self._org(organization_id),))

    def get_postgres_metrics(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> str:
        """Get PostgreSQL service metrics

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns Prometheus metrics for a PostgreSQL service.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/prometheus` (postgresInstancePrometheusGet)

        Permissions: `control-plane:postgres-service:view`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(132, (self._org(organization_id), postgres_id))


class AsyncPrometheusResource(AsyncResource):
    """`async_client.prometheus`: Prometheus operations."""

    __slots__ = ()

    async def get_organization_metrics(
        self,
        *,
        filtered_metrics: Optional[bool] = None,
        organization_id: Optional[Id] = None,
    ) -> str:
        """Get organization metrics

        **Deprecated.** This endpoint is disabled on 1 January 2027. It is already disabled for new organizations.

        Migrate before then to the service discovery endpoint, `GET /v1/organizations/{organizationId}/prometheus/discovery`. It returns one scrape target per service in the [`http_sd`](https://prometheus.io/docs/prometheus/latest/http_sd/) format, and Prometheus picks up new and deleted services automatically. The [Prometheus integration guide](https://clickhouse.com/docs/integrations/prometheus) has a `prometheus.yml` example.

        If you need this endpoint after 1 January 2027, contact ClickHouse support to have it enabled for your organization.

        Returns Prometheus metrics for the services in the organization. Only services the API key is authorized to view are included.

        `GET /v1/organizations/{organizationId}/prometheus` (organizationPrometheusGet)

        Permissions: none beyond a valid key.

        Deprecated: the API marks this operation deprecated (calling it warns).

        Args:
            filtered_metrics: Return a filtered list of Prometheus metrics.
        """
        warn_deprecated('prometheus.get_organization_metrics')
        return await self._call(4, (self._org(organization_id),), {'filtered_metrics': filtered_metrics})

    async def get_discovery(
        self,
        *,
        filtered_metrics: Optional[bool] = None,
        organization_id: Optional[Id] = None,
    ) -> ResultList[PrometheusDiscoveryTargetGroup]:
        """Get Prometheus service discovery targets

        Returns one Prometheus scrape target per service in the organization, in the [HTTP service discovery](https://prometheus.io/docs/prometheus/latest/http_sd/) (`http_sd`) format. Only services the API key is authorized to view are included; services that are being deleted or have been deleted are omitted.

        Point an [`http_sd_configs`](https://prometheus.io/docs/prometheus/latest/configuration/configuration/#http_sd_config) job at this endpoint to discover and scrape all services in the organization automatically. Prometheus refreshes the target list on every discovery poll, so newly created and deleted services are picked up without configuration changes.

        Filter targets in `relabel_configs` by `__meta_clickhouse_region`, `__meta_clickhouse_provider` or `__meta_clickhouse_tag_<key>`. Invalid label name characters in tag keys become `_`. `__meta_clickhouse_tagpresent_<key>` is `true` for every tag, including tags without a value.

        Discovered targets scrape with `filtered_metrics=true` by default; pass `?filtered_metrics=false` to this endpoint to discover unfiltered targets. See the [Prometheus integration guide](https://clickhouse.com/docs/integrations/prometheus) for more on the exported metrics.

        `GET /v1/organizations/{organizationId}/prometheus/discovery` (organizationPrometheusDiscoveryGet)

        Permissions: none beyond a valid key.

        Args:
            filtered_metrics: Whether discovered targets scrape a filtered list of metrics. Sets the filtered_metrics parameter on each discovered target. Defaults to true.
        """
        return await self._call(5, (self._org(organization_id),), {'filtered_metrics': filtered_metrics})

    async def get_service_metrics(
        self,
        service_id: Id,
        *,
        filtered_metrics: Optional[bool] = None,
        organization_id: Optional[Id] = None,
    ) -> str:
        """Get service metrics

        Returns prometheus metrics for a service.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/prometheus` (instancePrometheusGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the requested service.
            filtered_metrics: Return a filtered list of Prometheus metrics.
        """
        return await self._call(28, (self._org(organization_id), service_id), {'filtered_metrics': filtered_metrics})

    async def get_postgres_organization_metrics(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> str:
        """Get organization PostgreSQL metrics

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns Prometheus metrics for all PostgreSQL services in an organization. Maximum 100 services supported.

        `GET /v1/organizations/{organizationId}/postgres/prometheus` (postgresOrgPrometheusGet)

        Permissions: `control-plane:organization:view`.
        """
        return await self._call(120, (self._org(organization_id),))

    async def get_postgres_metrics(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> str:
        """Get PostgreSQL service metrics

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns Prometheus metrics for a PostgreSQL service.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/prometheus` (postgresInstancePrometheusGet)

        Permissions: `control-plane:postgres-service:view`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(132, (self._org(organization_id), postgres_id))
