# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.clickstack` and `async_client.clickstack`: the sync and async resource classes
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
    ClickStackAlertResponse,
    ClickStackClickHouseCASLPermission,
    ClickStackDashboardContainer,
    ClickStackDashboardResponse,
    ClickStackGenericWebhook,
    ClickStackHighlightedAttributeExpression,
    ClickStackIncidentIOWebhook,
    ClickStackLogSource,
    ClickStackLogSourceMetadataMaterializedViews,
    ClickStackMaterializedView,
    ClickStackMetricSource,
    ClickStackMetricTables,
    ClickStackMongoDBCASLPermission,
    ClickStackPagerDutyAPIWebhook,
    ClickStackPrometheusLabelFilter,
    ClickStackPromqlSource,
    ClickStackQueryExpressionFilter,
    ClickStackQuerySetting,
    ClickStackRole,
    ClickStackSavedSearch,
    ClickStackSavedSearchFilter,
    ClickStackSessionSource,
    ClickStackSlackAPIWebhook,
    ClickStackSlackWebhook,
    ClickStackSourceFilter,
    ClickStackSourceFilterSettings,
    ClickStackSourceFrom,
    ClickStackSqlSavedFilterValue,
    ClickStackStaticListFilter,
    ClickStackTraceSource,
    ClickStackValidateDashboardResponse,
    ClickStackValidateWebhookResponse,
    ClickStackVariableSavedFilterValue,
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


class ClickstackAlertsResource(Resource):
    """`client.clickstack.alerts`: ClickStack operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Pager[ClickStackAlertResponse]:
        """ClickStack: List Alerts

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves alerts for the authenticated team (paginated). Results are capped at `limit` (default and maximum 1000). When `totalCount` exceeds the number of returned items, page with `limit`/`offset` to retrieve them all.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts` (clickStackListAlerts)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            service_id: ID of the ClickStack service.
            limit: Maximum number of results to return.
        """
        return self._pager(93, (self._org(organization_id), service_id), {'limit': limit}, 'offset', 'clickstack.alerts.list')

    def create(
        self,
        service_id: Id,
        *,
        dashboard_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tile_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_search_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        group_by: Union[Optional[str], NotGiven] = NOT_GIVEN,
        chart_config: Union[Any, NotGiven] = NOT_GIVEN,
        threshold: Union[float, NotGiven] = NOT_GIVEN,
        threshold_max: Union[Optional[float], NotGiven] = NOT_GIVEN,
        interval: Union[str, NotGiven] = NOT_GIVEN,
        schedule_offset_minutes: Union[Optional[int], NotGiven] = NOT_GIVEN,
        schedule_start_at: Union[Optional[DateTimeLike], NotGiven] = NOT_GIVEN,
        source: Union[str, NotGiven] = NOT_GIVEN,
        threshold_type: Union[str, NotGiven] = NOT_GIVEN,
        channel: Union[Any, NotGiven] = NOT_GIVEN,
        channels: Union[Sequence[Any], NotGiven] = NOT_GIVEN,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        display_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        note: Union[Optional[str], NotGiven] = NOT_GIVEN,
        num_consecutive_windows: Union[Optional[int], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackAlertResponse:
        """ClickStack: Create Alert

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new alert

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts` (clickStackCreateAlert)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            dashboard_id: Dashboard ID for tile-based alerts.
            tile_id: Tile ID for tile-based alerts. Must be a line, stacked bar, or number type tile.
            saved_search_id: Saved search ID for saved_search alerts.
            group_by: Group-by key for saved search alerts.
            threshold: Threshold value for triggering the alert. For between and not_between threshold types, this is the lower bound.
            threshold_max: Upper bound for between and not_between threshold types. Required when thresholdType is between or not_between, must be >= threshold.
            interval: Evaluation interval for the alert. `30s` requires the 30s alert interval feature to be enabled for your team. Anomaly alerts (detectionMode "anomaly") support only `5m`, `15m`, `30m`, and `1h`; other intervals are rejected with 400.
            schedule_offset_minutes: Offset from the interval boundary in minutes. For example, 2 with a 5m interval evaluates windows at :02, :07, :12, etc. (UTC).
            schedule_start_at: Absolute UTC start time anchor. Alert windows start from this timestamp and repeat every interval.
            source: Alert source type (tile-based or saved search).
            threshold_type: Threshold comparison direction.
            name: Alert name template (Handlebars), rendered as the notification title. When omitted, a default title is generated from the display name, value and threshold.
            display_name: Display name shown in the alerts list and in notification titles. Defaults to the name of the referenced saved search, dashboard tile, or inline chart when omitted or null.
            tags: Tags for the alert. Defaults to the tags of the referenced saved search or dashboard when omitted or null; inline alerts have no parent to inherit from and default to an empty list.
            message: Alert message template.
            note: Freeform note for the alert. Supports markdown formatting.
            num_consecutive_windows: Fire the alert only after its condition has been met for this many consecutive evaluation windows. While the condition is met but fewer than this many consecutive windows have violated, the alert is in the PENDING state.
        """
        return self._call(94, (self._org(organization_id), service_id), None, body_of({'dashboard_id': dashboard_id, 'tile_id': tile_id, 'saved_search_id': saved_search_id, 'group_by': group_by, 'chart_config': chart_config, 'threshold': threshold, 'threshold_max': threshold_max, 'interval': interval, 'schedule_offset_minutes': schedule_offset_minutes, 'schedule_start_at': schedule_start_at, 'source': source, 'threshold_type': threshold_type, 'channel': channel, 'channels': channels, 'name': name, 'display_name': display_name, 'tags': tags, 'message': message, 'note': note, 'num_consecutive_windows': num_consecutive_windows}))

    def get(
        self,
        service_id: Id,
        alert_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickStackAlertResponse:
        """ClickStack: Get Alert

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves a specific alert by ID

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}` (clickStackGetAlert)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            alert_id: ClickStack Alert ID
        """
        return self._call(100, (self._org(organization_id), service_id, alert_id))

    def update(
        self,
        service_id: Id,
        alert_id: str,
        *,
        dashboard_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tile_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_search_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        group_by: Union[Optional[str], NotGiven] = NOT_GIVEN,
        chart_config: Union[Any, NotGiven] = NOT_GIVEN,
        threshold: Union[float, NotGiven] = NOT_GIVEN,
        threshold_max: Union[Optional[float], NotGiven] = NOT_GIVEN,
        interval: Union[str, NotGiven] = NOT_GIVEN,
        schedule_offset_minutes: Union[Optional[int], NotGiven] = NOT_GIVEN,
        schedule_start_at: Union[Optional[DateTimeLike], NotGiven] = NOT_GIVEN,
        source: Union[str, NotGiven] = NOT_GIVEN,
        threshold_type: Union[str, NotGiven] = NOT_GIVEN,
        channel: Union[Any, NotGiven] = NOT_GIVEN,
        channels: Union[Sequence[Any], NotGiven] = NOT_GIVEN,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        display_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        note: Union[Optional[str], NotGiven] = NOT_GIVEN,
        num_consecutive_windows: Union[Optional[int], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackAlertResponse:
        """ClickStack: Update Alert

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Updates an existing alert

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}` (clickStackUpdateAlert)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            alert_id: ClickStack Alert ID
            dashboard_id: Dashboard ID for tile-based alerts.
            tile_id: Tile ID for tile-based alerts. Must be a line, stacked bar, or number type tile.
            saved_search_id: Saved search ID for saved_search alerts.
            group_by: Group-by key for saved search alerts.
            threshold: Threshold value for triggering the alert. For between and not_between threshold types, this is the lower bound.
            threshold_max: Upper bound for between and not_between threshold types. Required when thresholdType is between or not_between, must be >= threshold.
            interval: Evaluation interval for the alert. `30s` requires the 30s alert interval feature to be enabled for your team. Anomaly alerts (detectionMode "anomaly") support only `5m`, `15m`, `30m`, and `1h`; other intervals are rejected with 400.
            schedule_offset_minutes: Offset from the interval boundary in minutes. For example, 2 with a 5m interval evaluates windows at :02, :07, :12, etc. (UTC).
            schedule_start_at: Absolute UTC start time anchor. Alert windows start from this timestamp and repeat every interval.
            source: Alert source type (tile-based or saved search).
            threshold_type: Threshold comparison direction.
            name: Alert name template (Handlebars), rendered as the notification title. When omitted, a default title is generated from the display name, value and threshold.
            display_name: Display name shown in the alerts list and in notification titles. Defaults to the name of the referenced saved search, dashboard tile, or inline chart when omitted or null.
            tags: Tags for the alert. Defaults to the tags of the referenced saved search or dashboard when omitted or null; inline alerts have no parent to inherit from and default to an empty list.
            message: Alert message template.
            note: Freeform note for the alert. Supports markdown formatting.
            num_consecutive_windows: Fire the alert only after its condition has been met for this many consecutive evaluation windows. While the condition is met but fewer than this many consecutive windows have violated, the alert is in the PENDING state.
        """
        return self._call(101, (self._org(organization_id), service_id, alert_id), None, body_of({'dashboard_id': dashboard_id, 'tile_id': tile_id, 'saved_search_id': saved_search_id, 'group_by': group_by, 'chart_config': chart_config, 'threshold': threshold, 'threshold_max': threshold_max, 'interval': interval, 'schedule_offset_minutes': schedule_offset_minutes, 'schedule_start_at': schedule_start_at, 'source': source, 'threshold_type': threshold_type, 'channel': channel, 'channels': channels, 'name': name, 'display_name': display_name, 'tags': tags, 'message': message, 'note': note, 'num_consecutive_windows': num_consecutive_windows}))

    def delete(
        self,
        service_id: Id,
        alert_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """ClickStack: Delete Alert

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Deletes an alert

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}` (clickStackDeleteAlert)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            alert_id: ClickStack Alert ID
        """
        return self._call(102, (self._org(organization_id), service_id, alert_id))


class AsyncClickstackAlertsResource(AsyncResource):
    """`async_client.clickstack.alerts`: ClickStack operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncPager[ClickStackAlertResponse]:
        """ClickStack: List Alerts

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves alerts for the authenticated team (paginated). Results are capped at `limit` (default and maximum 1000). When `totalCount` exceeds the number of returned items, page with `limit`/`offset` to retrieve them all.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts` (clickStackListAlerts)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            service_id: ID of the ClickStack service.
            limit: Maximum number of results to return.
        """
        return self._pager(93, (self._org(organization_id), service_id), {'limit': limit}, 'offset', 'clickstack.alerts.list')

    async def create(
        self,
        service_id: Id,
        *,
        dashboard_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tile_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_search_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        group_by: Union[Optional[str], NotGiven] = NOT_GIVEN,
        chart_config: Union[Any, NotGiven] = NOT_GIVEN,
        threshold: Union[float, NotGiven] = NOT_GIVEN,
        threshold_max: Union[Optional[float], NotGiven] = NOT_GIVEN,
        interval: Union[str, NotGiven] = NOT_GIVEN,
        schedule_offset_minutes: Union[Optional[int], NotGiven] = NOT_GIVEN,
        schedule_start_at: Union[Optional[DateTimeLike], NotGiven] = NOT_GIVEN,
        source: Union[str, NotGiven] = NOT_GIVEN,
        threshold_type: Union[str, NotGiven] = NOT_GIVEN,
        channel: Union[Any, NotGiven] = NOT_GIVEN,
        channels: Union[Sequence[Any], NotGiven] = NOT_GIVEN,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        display_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        note: Union[Optional[str], NotGiven] = NOT_GIVEN,
        num_consecutive_windows: Union[Optional[int], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackAlertResponse:
        """ClickStack: Create Alert

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new alert

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts` (clickStackCreateAlert)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            dashboard_id: Dashboard ID for tile-based alerts.
            tile_id: Tile ID for tile-based alerts. Must be a line, stacked bar, or number type tile.
            saved_search_id: Saved search ID for saved_search alerts.
            group_by: Group-by key for saved search alerts.
            threshold: Threshold value for triggering the alert. For between and not_between threshold types, this is the lower bound.
            threshold_max: Upper bound for between and not_between threshold types. Required when thresholdType is between or not_between, must be >= threshold.
            interval: Evaluation interval for the alert. `30s` requires the 30s alert interval feature to be enabled for your team. Anomaly alerts (detectionMode "anomaly") support only `5m`, `15m`, `30m`, and `1h`; other intervals are rejected with 400.
            schedule_offset_minutes: Offset from the interval boundary in minutes. For example, 2 with a 5m interval evaluates windows at :02, :07, :12, etc. (UTC).
            schedule_start_at: Absolute UTC start time anchor. Alert windows start from this timestamp and repeat every interval.
            source: Alert source type (tile-based or saved search).
            threshold_type: Threshold comparison direction.
            name: Alert name template (Handlebars), rendered as the notification title. When omitted, a default title is generated from the display name, value and threshold.
            display_name: Display name shown in the alerts list and in notification titles. Defaults to the name of the referenced saved search, dashboard tile, or inline chart when omitted or null.
            tags: Tags for the alert. Defaults to the tags of the referenced saved search or dashboard when omitted or null; inline alerts have no parent to inherit from and default to an empty list.
            message: Alert message template.
            note: Freeform note for the alert. Supports markdown formatting.
            num_consecutive_windows: Fire the alert only after its condition has been met for this many consecutive evaluation windows. While the condition is met but fewer than this many consecutive windows have violated, the alert is in the PENDING state.
        """
        return await self._call(94, (self._org(organization_id), service_id), None, body_of({'dashboard_id': dashboard_id, 'tile_id': tile_id, 'saved_search_id': saved_search_id, 'group_by': group_by, 'chart_config': chart_config, 'threshold': threshold, 'threshold_max': threshold_max, 'interval': interval, 'schedule_offset_minutes': schedule_offset_minutes, 'schedule_start_at': schedule_start_at, 'source': source, 'threshold_type': threshold_type, 'channel': channel, 'channels': channels, 'name': name, 'display_name': display_name, 'tags': tags, 'message': message, 'note': note, 'num_consecutive_windows': num_consecutive_windows}))

    async def get(
        self,
        service_id: Id,
        alert_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickStackAlertResponse:
        """ClickStack: Get Alert

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves a specific alert by ID

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}` (clickStackGetAlert)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            alert_id: ClickStack Alert ID
        """
        return await self._call(100, (self._org(organization_id), service_id, alert_id))

    async def update(
        self,
        service_id: Id,
        alert_id: str,
        *,
        dashboard_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tile_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_search_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        group_by: Union[Optional[str], NotGiven] = NOT_GIVEN,
        chart_config: Union[Any, NotGiven] = NOT_GIVEN,
        threshold: Union[float, NotGiven] = NOT_GIVEN,
        threshold_max: Union[Optional[float], NotGiven] = NOT_GIVEN,
        interval: Union[str, NotGiven] = NOT_GIVEN,
        schedule_offset_minutes: Union[Optional[int], NotGiven] = NOT_GIVEN,
        schedule_start_at: Union[Optional[DateTimeLike], NotGiven] = NOT_GIVEN,
        source: Union[str, NotGiven] = NOT_GIVEN,
        threshold_type: Union[str, NotGiven] = NOT_GIVEN,
        channel: Union[Any, NotGiven] = NOT_GIVEN,
        channels: Union[Sequence[Any], NotGiven] = NOT_GIVEN,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        display_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        note: Union[Optional[str], NotGiven] = NOT_GIVEN,
        num_consecutive_windows: Union[Optional[int], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackAlertResponse:
        """ClickStack: Update Alert

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Updates an existing alert

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}` (clickStackUpdateAlert)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            alert_id: ClickStack Alert ID
            dashboard_id: Dashboard ID for tile-based alerts.
            tile_id: Tile ID for tile-based alerts. Must be a line, stacked bar, or number type tile.
            saved_search_id: Saved search ID for saved_search alerts.
            group_by: Group-by key for saved search alerts.
            threshold: Threshold value for triggering the alert. For between and not_between threshold types, this is the lower bound.
            threshold_max: Upper bound for between and not_between threshold types. Required when thresholdType is between or not_between, must be >= threshold.
            interval: Evaluation interval for the alert. `30s` requires the 30s alert interval feature to be enabled for your team. Anomaly alerts (detectionMode "anomaly") support only `5m`, `15m`, `30m`, and `1h`; other intervals are rejected with 400.
            schedule_offset_minutes: Offset from the interval boundary in minutes. For example, 2 with a 5m interval evaluates windows at :02, :07, :12, etc. (UTC).
            schedule_start_at: Absolute UTC start time anchor. Alert windows start from this timestamp and repeat every interval.
            source: Alert source type (tile-based or saved search).
            threshold_type: Threshold comparison direction.
            name: Alert name template (Handlebars), rendered as the notification title. When omitted, a default title is generated from the display name, value and threshold.
            display_name: Display name shown in the alerts list and in notification titles. Defaults to the name of the referenced saved search, dashboard tile, or inline chart when omitted or null.
            tags: Tags for the alert. Defaults to the tags of the referenced saved search or dashboard when omitted or null; inline alerts have no parent to inherit from and default to an empty list.
            message: Alert message template.
            note: Freeform note for the alert. Supports markdown formatting.
            num_consecutive_windows: Fire the alert only after its condition has been met for this many consecutive evaluation windows. While the condition is met but fewer than this many consecutive windows have violated, the alert is in the PENDING state.
        """
        return await self._call(101, (self._org(organization_id), service_id, alert_id), None, body_of({'dashboard_id': dashboard_id, 'tile_id': tile_id, 'saved_search_id': saved_search_id, 'group_by': group_by, 'chart_config': chart_config, 'threshold': threshold, 'threshold_max': threshold_max, 'interval': interval, 'schedule_offset_minutes': schedule_offset_minutes, 'schedule_start_at': schedule_start_at, 'source': source, 'threshold_type': threshold_type, 'channel': channel, 'channels': channels, 'name': name, 'display_name': display_name, 'tags': tags, 'message': message, 'note': note, 'num_consecutive_windows': num_consecutive_windows}))

    async def delete(
        self,
        service_id: Id,
        alert_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """ClickStack: Delete Alert

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Deletes an alert

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/alerts/{clickStackAlertId}` (clickStackDeleteAlert)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            alert_id: ClickStack Alert ID
        """
        return await self._call(102, (self._org(organization_id), service_id, alert_id))


class ClickstackDashboardsResource(Resource):
    """`client.clickstack.dashboards`: ClickStack operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[ClickStackDashboardResponse]:
        """ClickStack: List Dashboards

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves a list of all dashboards for the authenticated team

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards` (clickStackListDashboards)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
        """
        return self._call(87, (self._org(organization_id), service_id))

    def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        tiles: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        filters: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        saved_query: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_query_language: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_filter_values: Union[Sequence[Union[Union[ClickStackSqlSavedFilterValue, ClickStackVariableSavedFilterValue, dict[str, Any]], Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        containers: Union[Sequence[Union[ClickStackDashboardContainer, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackDashboardResponse:
        """ClickStack: Create Dashboard

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new dashboard

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards` (clickStackCreateDashboard)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            name: Dashboard name.
            tiles: List of tiles/charts to include in the dashboard.
            tags: Tags for organizing and filtering dashboards.
            filters: Dropdown filters added to the dashboard. Each one broadcasts its selected value as a condition, acts as a variable which can be referenced in tile queries, or both.
            saved_query: Optional default dashboard query to persist on the dashboard.
            saved_query_language: Query language used by savedQuery.
            saved_filter_values: Optional default dashboard filter values to persist on the dashboard.
            containers: Optional grouping containers. Each tile may join a container via tile.containerId, and a tab inside it via tile.tabId.
        """
        return self._call(88, (self._org(organization_id), service_id), None, body_of({'name': name, 'tiles': tiles, 'tags': tags, 'filters': filters, 'saved_query': saved_query, 'saved_query_language': saved_query_language, 'saved_filter_values': saved_filter_values, 'containers': containers}))

    def get(
        self,
        service_id: Id,
        dashboard_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickStackDashboardResponse:
        """ClickStack: Get Dashboard

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves a specific dashboard by ID

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}` (clickStackGetDashboard)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            dashboard_id: ClickStack Dashboard ID
        """
        return self._call(89, (self._org(organization_id), service_id, dashboard_id))

    def update(
        self,
        service_id: Id,
        dashboard_id: str,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        tiles: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        filters: Union[Sequence[Union[Union[ClickStackQueryExpressionFilter, ClickStackStaticListFilter, ClickStackPrometheusLabelFilter, ClickStackSourceFilter, dict[str, Any]], Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        saved_query: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_query_language: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_filter_values: Union[Sequence[Union[Union[ClickStackSqlSavedFilterValue, ClickStackVariableSavedFilterValue, dict[str, Any]], Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        containers: Union[Sequence[Union[ClickStackDashboardContainer, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackDashboardResponse:
        """ClickStack: Update Dashboard

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Updates an existing dashboard.  **Concurrency:** This endpoint does not support optimistic concurrency control. Concurrent PUT requests for the same dashboard may silently overwrite each other, which can leave orphan tile-to-container references on layout-shape edits. Clients should serialize edits to a given dashboard.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}` (clickStackUpdateDashboard)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            dashboard_id: ClickStack Dashboard ID
            name: Dashboard name.
            tiles: Full list of tiles for the dashboard. Existing tiles are matched by ID; tiles with an ID that does not match an existing tile will be assigned a new generated ID.
            tags: Tags for organizing and filtering dashboards.
            filters: Dropdown filters added to the dashboard. Each one broadcasts its selected value as a condition, acts as a variable which can be referenced in tile queries, or both.
            saved_query: Optional default dashboard query to persist on the dashboard.
            saved_query_language: Query language used by savedQuery.
            saved_filter_values: Optional default dashboard filter values to persist on the dashboard.
            containers: Optional grouping containers. Each tile may join a container via tile.containerId, and a tab inside it via tile.tabId.
        """
        return self._call(90, (self._org(organization_id), service_id, dashboard_id), None, body_of({'name': name, 'tiles': tiles, 'tags': tags, 'filters': filters, 'saved_query': saved_query, 'saved_query_language': saved_query_language, 'saved_filter_values': saved_filter_values, 'containers': containers}))

    def delete(
        self,
        service_id: Id,
        dashboard_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """ClickStack: Delete Dashboard

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Deletes a dashboard

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}` (clickStackDeleteDashboard)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            dashboard_id: ClickStack Dashboard ID
        """
        return self._call(91, (self._org(organization_id), service_id, dashboard_id))

    def validate(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        tiles: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        filters: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        saved_query: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_query_language: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_filter_values: Union[Sequence[Union[Union[ClickStackSqlSavedFilterValue, ClickStackVariableSavedFilterValue, dict[str, Any]], Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        containers: Union[Sequence[Union[ClickStackDashboardContainer, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackValidateDashboardResponse:
        """ClickStack: Validate Dashboard

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Validates a dashboard body against the same schema and tile rules used by POST /api/v2/dashboards. The dashboard is **never persisted**. Use this endpoint at plan time (e.g. from a Terraform provider) to check that a dashboard configuration is valid before applying it.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/validate` (clickStackValidateDashboard)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            name: Dashboard name.
            tiles: List of tiles/charts to include in the dashboard.
            tags: Tags for organizing and filtering dashboards.
            filters: Dropdown filters added to the dashboard. Each one broadcasts its selected value as a condition, acts as a variable which can be referenced in tile queries, or both.
            saved_query: Optional default dashboard query to persist on the dashboard.
            saved_query_language: Query language used by savedQuery.
            saved_filter_values: Optional default dashboard filter values to persist on the dashboard.
            containers: Optional grouping containers. Each tile may join a container via tile.containerId, and a tab inside it via tile.tabId.
        """
        return self._call(92, (self._org(organization_id), service_id), None, body_of({'name': name, 'tiles': tiles, 'tags': tags, 'filters': filters, 'saved_query': saved_query, 'saved_query_language': saved_query_language, 'saved_filter_values': saved_filter_values, 'containers': containers}))


class AsyncClickstackDashboardsResource(AsyncResource):
    """`async_client.clickstack.dashboards`: ClickStack operations."""

    __slots__ = ()

    async def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[ClickStackDashboardResponse]:
        """ClickStack: List Dashboards

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves a list of all dashboards for the authenticated team

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards` (clickStackListDashboards)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
        """
        return await self._call(87, (self._org(organization_id), service_id))

    async def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        tiles: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        filters: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        saved_query: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_query_language: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_filter_values: Union[Sequence[Union[Union[ClickStackSqlSavedFilterValue, ClickStackVariableSavedFilterValue, dict[str, Any]], Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        containers: Union[Sequence[Union[ClickStackDashboardContainer, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackDashboardResponse:
        """ClickStack: Create Dashboard

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new dashboard

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards` (clickStackCreateDashboard)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            name: Dashboard name.
            tiles: List of tiles/charts to include in the dashboard.
            tags: Tags for organizing and filtering dashboards.
            filters: Dropdown filters added to the dashboard. Each one broadcasts its selected value as a condition, acts as a variable which can be referenced in tile queries, or both.
            saved_query: Optional default dashboard query to persist on the dashboard.
            saved_query_language: Query language used by savedQuery.
            saved_filter_values: Optional default dashboard filter values to persist on the dashboard.
            containers: Optional grouping containers. Each tile may join a container via tile.containerId, and a tab inside it via tile.tabId.
        """
        return await self._call(88, (self._org(organization_id), service_id), None, body_of({'name': name, 'tiles': tiles, 'tags': tags, 'filters': filters, 'saved_query': saved_query, 'saved_query_language': saved_query_language, 'saved_filter_values': saved_filter_values, 'containers': containers}))

    async def get(
        self,
        service_id: Id,
        dashboard_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickStackDashboardResponse:
        """ClickStack: Get Dashboard

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves a specific dashboard by ID

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}` (clickStackGetDashboard)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            dashboard_id: ClickStack Dashboard ID
        """
        return await self._call(89, (self._org(organization_id), service_id, dashboard_id))

    async def update(
        self,
        service_id: Id,
        dashboard_id: str,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        tiles: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        filters: Union[Sequence[Union[Union[ClickStackQueryExpressionFilter, ClickStackStaticListFilter, ClickStackPrometheusLabelFilter, ClickStackSourceFilter, dict[str, Any]], Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        saved_query: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_query_language: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_filter_values: Union[Sequence[Union[Union[ClickStackSqlSavedFilterValue, ClickStackVariableSavedFilterValue, dict[str, Any]], Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        containers: Union[Sequence[Union[ClickStackDashboardContainer, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackDashboardResponse:
        """ClickStack: Update Dashboard

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Updates an existing dashboard.  **Concurrency:** This endpoint does not support optimistic concurrency control. Concurrent PUT requests for the same dashboard may silently overwrite each other, which can leave orphan tile-to-container references on layout-shape edits. Clients should serialize edits to a given dashboard.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}` (clickStackUpdateDashboard)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            dashboard_id: ClickStack Dashboard ID
            name: Dashboard name.
            tiles: Full list of tiles for the dashboard. Existing tiles are matched by ID; tiles with an ID that does not match an existing tile will be assigned a new generated ID.
            tags: Tags for organizing and filtering dashboards.
            filters: Dropdown filters added to the dashboard. Each one broadcasts its selected value as a condition, acts as a variable which can be referenced in tile queries, or both.
            saved_query: Optional default dashboard query to persist on the dashboard.
            saved_query_language: Query language used by savedQuery.
            saved_filter_values: Optional default dashboard filter values to persist on the dashboard.
            containers: Optional grouping containers. Each tile may join a container via tile.containerId, and a tab inside it via tile.tabId.
        """
        return await self._call(90, (self._org(organization_id), service_id, dashboard_id), None, body_of({'name': name, 'tiles': tiles, 'tags': tags, 'filters': filters, 'saved_query': saved_query, 'saved_query_language': saved_query_language, 'saved_filter_values': saved_filter_values, 'containers': containers}))

    async def delete(
        self,
        service_id: Id,
        dashboard_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """ClickStack: Delete Dashboard

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Deletes a dashboard

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/{clickStackDashboardId}` (clickStackDeleteDashboard)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            dashboard_id: ClickStack Dashboard ID
        """
        return await self._call(91, (self._org(organization_id), service_id, dashboard_id))

    async def validate(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        tiles: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        filters: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        saved_query: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_query_language: Union[Optional[str], NotGiven] = NOT_GIVEN,
        saved_filter_values: Union[Sequence[Union[Union[ClickStackSqlSavedFilterValue, ClickStackVariableSavedFilterValue, dict[str, Any]], Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        containers: Union[Sequence[Union[ClickStackDashboardContainer, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackValidateDashboardResponse:
        """ClickStack: Validate Dashboard

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Validates a dashboard body against the same schema and tile rules used by POST /api/v2/dashboards. The dashboard is **never persisted**. Use this endpoint at plan time (e.g. from a Terraform provider) to check that a dashboard configuration is valid before applying it.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/dashboards/validate` (clickStackValidateDashboard)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            name: Dashboard name.
            tiles: List of tiles/charts to include in the dashboard.
            tags: Tags for organizing and filtering dashboards.
            filters: Dropdown filters added to the dashboard. Each one broadcasts its selected value as a condition, acts as a variable which can be referenced in tile queries, or both.
            saved_query: Optional default dashboard query to persist on the dashboard.
            saved_query_language: Query language used by savedQuery.
            saved_filter_values: Optional default dashboard filter values to persist on the dashboard.
            containers: Optional grouping containers. Each tile may join a container via tile.containerId, and a tab inside it via tile.tabId.
        """
        return await self._call(92, (self._org(organization_id), service_id), None, body_of({'name': name, 'tiles': tiles, 'tags': tags, 'filters': filters, 'saved_query': saved_query, 'saved_query_language': saved_query_language, 'saved_filter_values': saved_filter_values, 'containers': containers}))


class ClickstackRolesResource(Resource):
    """`client.clickstack.roles`: ClickStack operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[ClickStackRole]:
        """ClickStack: List Roles

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves all roles for the authenticated team, including predefined roles.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles` (clickStackListRoles)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
        """
        return self._call(108, (self._org(organization_id), service_id))

    def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        permissions: Union[Sequence[Union[Union[ClickStackMongoDBCASLPermission, ClickStackClickHouseCASLPermission, dict[str, Any]], Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackRole:
        """ClickStack: Create Role

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new custom role for the team.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles` (clickStackCreateRole)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            name: Role name. Must be unique within the team and not collide with a predefined role.
            description: Human-readable role description.
            permissions: The CASL permissions to grant to the role.
        """
        return self._call(109, (self._org(organization_id), service_id), None, body_of({'name': name, 'description': description, 'permissions': permissions}))

    def get(
        self,
        service_id: Id,
        role_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickStackRole:
        """ClickStack: Get Role

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves a specific role by ID.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}` (clickStackGetRole)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            role_id: id parameter
        """
        return self._call(110, (self._org(organization_id), service_id, role_id))

    def update(
        self,
        service_id: Id,
        role_id: str,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        permissions: Union[Sequence[Union[Union[ClickStackMongoDBCASLPermission, ClickStackClickHouseCASLPermission, dict[str, Any]], Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackRole:
        """ClickStack: Update Role

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Updates a custom role's permissions, name, and description. Predefined roles cannot be modified.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}` (clickStackUpdateRole)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            role_id: id parameter
            name: New role name. Omit to leave the name unchanged.
            description: New role description.
            permissions: The replacement set of CASL permissions for the role.
        """
        return self._call(111, (self._org(organization_id), service_id, role_id), None, body_of({'name': name, 'description': description, 'permissions': permissions}))

    def delete(
        self,
        service_id: Id,
        role_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """ClickStack: Delete Role

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Deletes a custom role. Predefined roles, the team default user role, and roles assigned to users cannot be deleted.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}` (clickStackDeleteRole)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            role_id: id parameter
        """
        return self._call(112, (self._org(organization_id), service_id, role_id))


class AsyncClickstackRolesResource(AsyncResource):
    """`async_client.clickstack.roles`: ClickStack operations."""

    __slots__ = ()

    async def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[ClickStackRole]:
        """ClickStack: List Roles

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves all roles for the authenticated team, including predefined roles.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles` (clickStackListRoles)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
        """
        return await self._call(108, (self._org(organization_id), service_id))

    async def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        permissions: Union[Sequence[Union[Union[ClickStackMongoDBCASLPermission, ClickStackClickHouseCASLPermission, dict[str, Any]], Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackRole:
        """ClickStack: Create Role

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new custom role for the team.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles` (clickStackCreateRole)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            name: Role name. Must be unique within the team and not collide with a predefined role.
            description: Human-readable role description.
            permissions: The CASL permissions to grant to the role.
        """
        return await self._call(109, (self._org(organization_id), service_id), None, body_of({'name': name, 'description': description, 'permissions': permissions}))

    async def get(
        self,
        service_id: Id,
        role_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickStackRole:
        """ClickStack: Get Role

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves a specific role by ID.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}` (clickStackGetRole)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            role_id: id parameter
        """
        return await self._call(110, (self._org(organization_id), service_id, role_id))

    async def update(
        self,
        service_id: Id,
        role_id: str,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        permissions: Union[Sequence[Union[Union[ClickStackMongoDBCASLPermission, ClickStackClickHouseCASLPermission, dict[str, Any]], Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackRole:
        """ClickStack: Update Role

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Updates a custom role's permissions, name, and description. Predefined roles cannot be modified.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}` (clickStackUpdateRole)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            role_id: id parameter
            name: New role name. Omit to leave the name unchanged.
            description: New role description.
            permissions: The replacement set of CASL permissions for the role.
        """
        return await self._call(111, (self._org(organization_id), service_id, role_id), None, body_of({'name': name, 'description': description, 'permissions': permissions}))

    async def delete(
        self,
        service_id: Id,
        role_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """ClickStack: Delete Role

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Deletes a custom role. Predefined roles, the team default user role, and roles assigned to users cannot be deleted.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/roles/{clickStackRoleId}` (clickStackDeleteRole)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            role_id: id parameter
        """
        return await self._call(112, (self._org(organization_id), service_id, role_id))


class ClickstackSavedSearchesResource(Resource):
    """`client.clickstack.saved_searches`: ClickStack operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Pager[ClickStackSavedSearch]:
        """ClickStack: List Saved Searches

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves saved searches for the authenticated team (paginated). Results are capped at `limit` (default and maximum 1000). When `totalCount` exceeds the number of returned items, page with `limit`/`offset` to retrieve them all.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches` (clickStackListSavedSearches)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            service_id: ID of the ClickStack service.
            limit: Maximum number of results to return.
        """
        return self._pager(113, (self._org(organization_id), service_id), {'limit': limit}, 'offset', 'clickstack.saved_searches.list')

    def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        source_id: Union[str, NotGiven] = NOT_GIVEN,
        select: Union[str, NotGiven] = NOT_GIVEN,
        where: Union[str, NotGiven] = NOT_GIVEN,
        where_language: Union[str, NotGiven] = NOT_GIVEN,
        order_by: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        filters: Union[Sequence[Union[ClickStackSavedSearchFilter, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackSavedSearch:
        """ClickStack: Create Saved Search

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new saved search.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches` (clickStackCreateSavedSearch)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            name: Display name for the saved search.
            source_id: ID of the source to query. Must belong to the team.
            select: Comma-separated list of column expressions to display. Empty uses the source default.
            where: Row filter expression. The language is controlled by whereLanguage.
            where_language: Language used for the where filter.
            order_by: ORDER BY expression. Empty uses the source default.
            tags: Tags used to organize saved searches.
            filters: Structured pinned filters applied to the search.
        """
        return self._call(114, (self._org(organization_id), service_id), None, body_of({'name': name, 'source_id': source_id, 'select': select, 'where': where, 'where_language': where_language, 'order_by': order_by, 'tags': tags, 'filters': filters}))

    def get(
        self,
        service_id: Id,
        saved_search_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickStackSavedSearch:
        """ClickStack: Get Saved Search

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves a specific saved search by ID.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches/{clickStackSavedSearchId}` (clickStackGetSavedSearch)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            saved_search_id: Saved search ID
        """
        return self._call(115, (self._org(organization_id), service_id, saved_search_id))

    def update(
        self,
        service_id: Id,
        saved_search_id: str,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        source_id: Union[str, NotGiven] = NOT_GIVEN,
        select: Union[str, NotGiven] = NOT_GIVEN,
        where: Union[str, NotGiven] = NOT_GIVEN,
        where_language: Union[str, NotGiven] = NOT_GIVEN,
        order_by: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        filters: Union[Sequence[Union[ClickStackSavedSearchFilter, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackSavedSearch:
        """ClickStack: Update Saved Search

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Updates an existing saved search. This is a full replace: send the full object. Every optional field (`select`, `where`, `whereLanguage`, `orderBy`, `tags`, `filters`) is always written and falls back to its default when omitted, so omitting a field resets it rather than preserving the stored value.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches/{clickStackSavedSearchId}` (clickStackUpdateSavedSearch)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            saved_search_id: Saved search ID
            name: Display name for the saved search.
            source_id: ID of the source to query. Must belong to the team.
            select: Comma-separated list of column expressions to display. Empty uses the source default.
            where: Row filter expression. The language is controlled by whereLanguage.
            where_language: Language used for the where filter.
            order_by: ORDER BY expression. Empty uses the source default.
            tags: Tags used to organize saved searches.
            filters: Structured pinned filters applied to the search.
        """
        return self._call(116, (self._org(organization_id), service_id, saved_search_id), None, body_of({'name': name, 'source_id': source_id, 'select': select, 'where': where, 'where_language': where_language, 'order_by': order_by, 'tags': tags, 'filters': filters}))

    def delete(
        self,
        service_id: Id,
        saved_search_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """ClickStack: Delete Saved Search

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Deletes a saved search and any alerts attached to it.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches/{clickStackSavedSearchId}` (clickStackDeleteSavedSearch)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            saved_search_id: Saved search ID
        """
        return self._call(117, (self._org(organization_id), service_id, saved_search_id))


class AsyncClickstackSavedSearchesResource(AsyncResource):
    """`async_client.clickstack.saved_searches`: ClickStack operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncPager[ClickStackSavedSearch]:
        """ClickStack: List Saved Searches

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves saved searches for the authenticated team (paginated). Results are capped at `limit` (default and maximum 1000). When `totalCount` exceeds the number of returned items, page with `limit`/`offset` to retrieve them all.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches` (clickStackListSavedSearches)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            service_id: ID of the ClickStack service.
            limit: Maximum number of results to return.
        """
        return self._pager(113, (self._org(organization_id), service_id), {'limit': limit}, 'offset', 'clickstack.saved_searches.list')

    async def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        source_id: Union[str, NotGiven] = NOT_GIVEN,
        select: Union[str, NotGiven] = NOT_GIVEN,
        where: Union[str, NotGiven] = NOT_GIVEN,
        where_language: Union[str, NotGiven] = NOT_GIVEN,
        order_by: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        filters: Union[Sequence[Union[ClickStackSavedSearchFilter, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackSavedSearch:
        """ClickStack: Create Saved Search

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new saved search.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches` (clickStackCreateSavedSearch)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            name: Display name for the saved search.
            source_id: ID of the source to query. Must belong to the team.
            select: Comma-separated list of column expressions to display. Empty uses the source default.
            where: Row filter expression. The language is controlled by whereLanguage.
            where_language: Language used for the where filter.
            order_by: ORDER BY expression. Empty uses the source default.
            tags: Tags used to organize saved searches.
            filters: Structured pinned filters applied to the search.
        """
        return await self._call(114, (self._org(organization_id), service_id), None, body_of({'name': name, 'source_id': source_id, 'select': select, 'where': where, 'where_language': where_language, 'order_by': order_by, 'tags': tags, 'filters': filters}))

    async def get(
        self,
        service_id: Id,
        saved_search_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickStackSavedSearch:
        """ClickStack: Get Saved Search

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves a specific saved search by ID.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches/{clickStackSavedSearchId}` (clickStackGetSavedSearch)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            saved_search_id: Saved search ID
        """
        return await self._call(115, (self._org(organization_id), service_id, saved_search_id))

    async def update(
        self,
        service_id: Id,
        saved_search_id: str,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        source_id: Union[str, NotGiven] = NOT_GIVEN,
        select: Union[str, NotGiven] = NOT_GIVEN,
        where: Union[str, NotGiven] = NOT_GIVEN,
        where_language: Union[str, NotGiven] = NOT_GIVEN,
        order_by: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        filters: Union[Sequence[Union[ClickStackSavedSearchFilter, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackSavedSearch:
        """ClickStack: Update Saved Search

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Updates an existing saved search. This is a full replace: send the full object. Every optional field (`select`, `where`, `whereLanguage`, `orderBy`, `tags`, `filters`) is always written and falls back to its default when omitted, so omitting a field resets it rather than preserving the stored value.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches/{clickStackSavedSearchId}` (clickStackUpdateSavedSearch)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            saved_search_id: Saved search ID
            name: Display name for the saved search.
            source_id: ID of the source to query. Must belong to the team.
            select: Comma-separated list of column expressions to display. Empty uses the source default.
            where: Row filter expression. The language is controlled by whereLanguage.
            where_language: Language used for the where filter.
            order_by: ORDER BY expression. Empty uses the source default.
            tags: Tags used to organize saved searches.
            filters: Structured pinned filters applied to the search.
        """
        return await self._call(116, (self._org(organization_id), service_id, saved_search_id), None, body_of({'name': name, 'source_id': source_id, 'select': select, 'where': where, 'where_language': where_language, 'order_by': order_by, 'tags': tags, 'filters': filters}))

    async def delete(
        self,
        service_id: Id,
        saved_search_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """ClickStack: Delete Saved Search

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Deletes a saved search and any alerts attached to it.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/saved-searches/{clickStackSavedSearchId}` (clickStackDeleteSavedSearch)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            saved_search_id: Saved search ID
        """
        return await self._call(117, (self._org(organization_id), service_id, saved_search_id))


class ClickstackSourcesResource(Resource):
    """`client.clickstack.sources`: ClickStack operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[Union[ClickStackLogSource, ClickStackTraceSource, ClickStackMetricSource, ClickStackSessionSource, ClickStackPromqlSource, dict[str, Any]]]:
        """ClickStack: List Sources

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves a list of all sources for the authenticated team

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources` (clickStackListSources)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
        """
        return self._call(95, (self._org(organization_id), service_id))

    def create(
        self,
        service_id: Id,
        *,
        id: Union[str, NotGiven] = NOT_GIVEN,
        name: Union[str, NotGiven] = NOT_GIVEN,
        section: Union[str, NotGiven] = NOT_GIVEN,
        disabled: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        kind: Union[str, NotGiven] = NOT_GIVEN,
        connection: Union[str, NotGiven] = NOT_GIVEN,
        from_: Union[Union[ClickStackSourceFrom, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        query_settings: Union[Sequence[Union[ClickStackQuerySetting, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        filter_settings: Union[Optional[Union[ClickStackSourceFilterSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        default_table_select_expression: Union[str, NotGiven] = NOT_GIVEN,
        timestamp_value_expression: Union[str, NotGiven] = NOT_GIVEN,
        service_name_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        service_version_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        severity_text_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        body_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        event_attributes_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        resource_attributes_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        displayed_timestamp_value_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        order_by_expression: Union[str, NotGiven] = NOT_GIVEN,
        metric_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        trace_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        trace_id_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        span_id_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        implicit_column_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        known_columns_list_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        use_text_index_for_implicit_column: Union[Optional[str], NotGiven] = NOT_GIVEN,
        highlighted_trace_attribute_expressions: Union[Sequence[Union[ClickStackHighlightedAttributeExpression, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        highlighted_row_attribute_expressions: Union[Sequence[Union[ClickStackHighlightedAttributeExpression, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        materialized_views: Union[Sequence[Union[ClickStackMaterializedView, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        metadata_materialized_views: Union[Optional[Union[ClickStackLogSourceMetadataMaterializedViews, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        duration_expression: Union[str, NotGiven] = NOT_GIVEN,
        duration_precision: Union[int, NotGiven] = NOT_GIVEN,
        parent_span_id_expression: Union[str, NotGiven] = NOT_GIVEN,
        span_name_expression: Union[str, NotGiven] = NOT_GIVEN,
        span_kind_expression: Union[str, NotGiven] = NOT_GIVEN,
        log_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        session_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        status_code_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        status_message_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sample_rate_expression: Union[str, NotGiven] = NOT_GIVEN,
        span_events_value_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        span_links_value_expression: Union[str, NotGiven] = NOT_GIVEN,
        metric_tables: Union[Union[ClickStackMetricTables, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Union[ClickStackLogSource, ClickStackTraceSource, ClickStackMetricSource, ClickStackSessionSource, ClickStackPromqlSource, dict[str, Any]]:
        """ClickStack: Create Source

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new source.  The request body is a source object without the `id` field. If an `id` is sent anyway it is silently ignored (stripped before validation — the request is never rejected because of it). Granularity fields (`materializedViews[].minGranularity` and `metadataMaterializedViews.granularity`) accept the same short format the API returns (e.g. `5m`, `15s`, `1h`, `1d`).

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources` (clickStackCreateSource)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            id: Unique source ID. Server-generated; ignored if sent in create/update requests.
            name: Display name for the source.
            section: Optional grouping label used to organize sources in the source selector. Sources that share a section value are displayed together.
            disabled: When true, the source is hidden from source selectors in the UI. Defaults to false.
            kind: Source kind discriminator. Must be "log" for log sources.
            connection: ID of the ClickHouse connection used by this source.
            query_settings: Optional ClickHouse query settings applied when querying this source.
            default_table_select_expression: Default columns selected in search results (this can be customized per search later)
            timestamp_value_expression: DateTime column or expression that is part of your table's primary key.
            service_name_expression: Expression to extract the service name from log rows.
            service_version_expression: Expression identifying the running release of a service. Defaults to the OpenTelemetry service.version resource attribute when unset. Where services carry the release on different attributes, fall back across them with coalesce(nullIf(a, ''), nullIf(b, '')).
            severity_text_expression: Expression to extract the severity/log level text.
            body_expression: Expression to extract the log message body.
            event_attributes_expression: Expression to extract event-level attributes.
            resource_attributes_expression: Expression to extract resource-level attributes.
            displayed_timestamp_value_expression: This DateTime column is used to display and order search results.
            order_by_expression: Custom ORDER BY expression that overrides the default ordering. Leave empty to use the auto-detected default.
            metric_source_id: HyperDX Source for metrics associated with logs. Optional
            trace_source_id: HyperDX Source for traces associated with logs. Optional
            trace_id_expression: Expression to extract the trace ID for correlating logs with traces.
            span_id_expression: Expression to extract the span ID for correlating logs with traces.
            implicit_column_expression: Column used for full text search if no property is specified in a Lucene-based search. Typically the message body of a log.
            known_columns_list_expression: For Distributed table sources whose target tables have non-matching column sets. A list of columns supported across all target tables, used instead of SELECT * when fetching full row data. Leave blank to select all columns.
            use_text_index_for_implicit_column: Controls whether lucene rendering uses ClickHouse text indices via hasAllTokens() against the implicit column. "auto" detects a covering index at query time, "enabled" forces text index usage, "disabled" forces a LIKE/hasToken fallback.
            highlighted_trace_attribute_expressions: Expressions defining trace-level attributes which are displayed in the trace view for the selected trace.
            highlighted_row_attribute_expressions: Expressions defining row-level attributes which are displayed in the row side panel for the selected row.
            materialized_views: Configure materialized views for query optimization. These pre-aggregated views can significantly improve query performance on aggregation queries.
            duration_expression: Expression to extract span duration.
            duration_precision: Number of decimal digits in the duration value (e.g., 3 for milliseconds, 6 for microseconds, 9 for nanoseconds).
            parent_span_id_expression: Expression to extract the parent span ID.
            span_name_expression: Expression to extract the span name.
            span_kind_expression: Expression to extract the span kind (e.g., client, server, internal).
            log_source_id: HyperDX Source for logs associated with traces. Optional
            session_source_id: HyperDX Source for sessions associated with traces. Optional
            status_code_expression: Expression to extract the span status code.
            status_message_expression: Expression to extract the span status message.
            sample_rate_expression: Column or expression for upstream sampling weight (1/N). When set, aggregations (count, avg, sum, quantile) are corrected for sampling. Percentiles use quantileTDigestWeighted, which is an approximation. Leave empty if spans are not sampled.
            span_events_value_expression: Expression to extract span events. Used to capture events associated with spans. Expected to be Nested ( Timestamp DateTime64(9), Name LowCardinality(String), Attributes Map(LowCardinality(String), String)
            span_links_value_expression: Expression to extract span links. Used to capture links from a span to spans in other traces. Expected to be Nested ( TraceId String, SpanId String, TraceState String, Attributes Map(LowCardinality(String), String) )
        """
        return self._call(96, (self._org(organization_id), service_id), None, body_of({'id': id, 'name': name, 'section': section, 'disabled': disabled, 'kind': kind, 'connection': connection, 'from': from_, 'query_settings': query_settings, 'filter_settings': filter_settings, 'default_table_select_expression': default_table_select_expression, 'timestamp_value_expression': timestamp_value_expression, 'service_name_expression': service_name_expression, 'service_version_expression': service_version_expression, 'severity_text_expression': severity_text_expression, 'body_expression': body_expression, 'event_attributes_expression': event_attributes_expression, 'resource_attributes_expression': resource_attributes_expression, 'displayed_timestamp_value_expression': displayed_timestamp_value_expression, 'order_by_expression': order_by_expression, 'metric_source_id': metric_source_id, 'trace_source_id': trace_source_id, 'trace_id_expression': trace_id_expression, 'span_id_expression': span_id_expression, 'implicit_column_expression': implicit_column_expression, 'known_columns_list_expression': known_columns_list_expression, 'use_text_index_for_implicit_column': use_text_index_for_implicit_column, 'highlighted_trace_attribute_expressions': highlighted_trace_attribute_expressions, 'highlighted_row_attribute_expressions': highlighted_row_attribute_expressions, 'materialized_views': materialized_views, 'metadata_materialized_views': metadata_materialized_views, 'duration_expression': duration_expression, 'duration_precision': duration_precision, 'parent_span_id_expression': parent_span_id_expression, 'span_name_expression': span_name_expression, 'span_kind_expression': span_kind_expression, 'log_source_id': log_source_id, 'session_source_id': session_source_id, 'status_code_expression': status_code_expression, 'status_message_expression': status_message_expression, 'sample_rate_expression': sample_rate_expression, 'span_events_value_expression': span_events_value_expression, 'span_links_value_expression': span_links_value_expression, 'metric_tables': metric_tables}))

    def get(
        self,
        service_id: Id,
        source_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> Union[ClickStackLogSource, ClickStackTraceSource, ClickStackMetricSource, ClickStackSessionSource, ClickStackPromqlSource, dict[str, Any]]:
        """ClickStack: Get Source

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves a specific source by ID

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}` (clickStackGetSource)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            source_id: Source ID
        """
        return self._call(97, (self._org(organization_id), service_id, source_id))

    def update(
        self,
        service_id: Id,
        source_id: str,
        *,
        id: Union[str, NotGiven] = NOT_GIVEN,
        name: Union[str, NotGiven] = NOT_GIVEN,
        section: Union[str, NotGiven] = NOT_GIVEN,
        disabled: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        kind: Union[str, NotGiven] = NOT_GIVEN,
        connection: Union[str, NotGiven] = NOT_GIVEN,
        from_: Union[Union[ClickStackSourceFrom, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        query_settings: Union[Sequence[Union[ClickStackQuerySetting, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        filter_settings: Union[Optional[Union[ClickStackSourceFilterSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        default_table_select_expression: Union[str, NotGiven] = NOT_GIVEN,
        timestamp_value_expression: Union[str, NotGiven] = NOT_GIVEN,
        service_name_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        service_version_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        severity_text_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        body_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        event_attributes_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        resource_attributes_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        displayed_timestamp_value_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        order_by_expression: Union[str, NotGiven] = NOT_GIVEN,
        metric_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        trace_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        trace_id_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        span_id_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        implicit_column_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        known_columns_list_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        use_text_index_for_implicit_column: Union[Optional[str], NotGiven] = NOT_GIVEN,
        highlighted_trace_attribute_expressions: Union[Sequence[Union[ClickStackHighlightedAttributeExpression, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        highlighted_row_attribute_expressions: Union[Sequence[Union[ClickStackHighlightedAttributeExpression, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        materialized_views: Union[Sequence[Union[ClickStackMaterializedView, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        metadata_materialized_views: Union[Optional[Union[ClickStackLogSourceMetadataMaterializedViews, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        duration_expression: Union[str, NotGiven] = NOT_GIVEN,
        duration_precision: Union[int, NotGiven] = NOT_GIVEN,
        parent_span_id_expression: Union[str, NotGiven] = NOT_GIVEN,
        span_name_expression: Union[str, NotGiven] = NOT_GIVEN,
        span_kind_expression: Union[str, NotGiven] = NOT_GIVEN,
        log_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        session_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        status_code_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        status_message_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sample_rate_expression: Union[str, NotGiven] = NOT_GIVEN,
        span_events_value_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        span_links_value_expression: Union[str, NotGiven] = NOT_GIVEN,
        metric_tables: Union[Union[ClickStackMetricTables, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Union[ClickStackLogSource, ClickStackTraceSource, ClickStackMetricSource, ClickStackSessionSource, ClickStackPromqlSource, dict[str, Any]]:
        """ClickStack: Update Source

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Updates an existing source. The full source object must be provided; this is a replace, not a patch.  The request body is a source object without the `id` field. If an `id` is sent anyway it is silently ignored (stripped before validation — never a 400); the path parameter alone identifies the source. Granularity fields (`materializedViews[].minGranularity` and `metadataMaterializedViews.granularity`) accept the same short format the API returns (e.g. `5m`, `15s`, `1h`, `1d`).

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}` (clickStackUpdateSource)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            source_id: Source ID
            id: Unique source ID. Server-generated; ignored if sent in create/update requests.
            name: Display name for the source.
            section: Optional grouping label used to organize sources in the source selector. Sources that share a section value are displayed together.
            disabled: When true, the source is hidden from source selectors in the UI. Defaults to false.
            kind: Source kind discriminator. Must be "log" for log sources.
            connection: ID of the ClickHouse connection used by this source.
            query_settings: Optional ClickHouse query settings applied when querying this source.
            default_table_select_expression: Default columns selected in search results (this can be customized per search later)
            timestamp_value_expression: DateTime column or expression that is part of your table's primary key.
            service_name_expression: Expression to extract the service name from log rows.
            service_version_expression: Expression identifying the running release of a service. Defaults to the OpenTelemetry service.version resource attribute when unset. Where services carry the release on different attributes, fall back across them with coalesce(nullIf(a, ''), nullIf(b, '')).
            severity_text_expression: Expression to extract the severity/log level text.
            body_expression: Expression to extract the log message body.
            event_attributes_expression: Expression to extract event-level attributes.
            resource_attributes_expression: Expression to extract resource-level attributes.
            displayed_timestamp_value_expression: This DateTime column is used to display and order search results.
            order_by_expression: Custom ORDER BY expression that overrides the default ordering. Leave empty to use the auto-detected default.
            metric_source_id: HyperDX Source for metrics associated with logs. Optional
            trace_source_id: HyperDX Source for traces associated with logs. Optional
            trace_id_expression: Expression to extract the trace ID for correlating logs with traces.
            span_id_expression: Expression to extract the span ID for correlating logs with traces.
            implicit_column_expression: Column used for full text search if no property is specified in a Lucene-based search. Typically the message body of a log.
            known_columns_list_expression: For Distributed table sources whose target tables have non-matching column sets. A list of columns supported across all target tables, used instead of SELECT * when fetching full row data. Leave blank to select all columns.
            use_text_index_for_implicit_column: Controls whether lucene rendering uses ClickHouse text indices via hasAllTokens() against the implicit column. "auto" detects a covering index at query time, "enabled" forces text index usage, "disabled" forces a LIKE/hasToken fallback.
            highlighted_trace_attribute_expressions: Expressions defining trace-level attributes which are displayed in the trace view for the selected trace.
            highlighted_row_attribute_expressions: Expressions defining row-level attributes which are displayed in the row side panel for the selected row.
            materialized_views: Configure materialized views for query optimization. These pre-aggregated views can significantly improve query performance on aggregation queries.
            duration_expression: Expression to extract span duration.
            duration_precision: Number of decimal digits in the duration value (e.g., 3 for milliseconds, 6 for microseconds, 9 for nanoseconds).
            parent_span_id_expression: Expression to extract the parent span ID.
            span_name_expression: Expression to extract the span name.
            span_kind_expression: Expression to extract the span kind (e.g., client, server, internal).
            log_source_id: HyperDX Source for logs associated with traces. Optional
            session_source_id: HyperDX Source for sessions associated with traces. Optional
            status_code_expression: Expression to extract the span status code.
            status_message_expression: Expression to extract the span status message.
            sample_rate_expression: Column or expression for upstream sampling weight (1/N). When set, aggregations (count, avg, sum, quantile) are corrected for sampling. Percentiles use quantileTDigestWeighted, which is an approximation. Leave empty if spans are not sampled.
            span_events_value_expression: Expression to extract span events. Used to capture events associated with spans. Expected to be Nested ( Timestamp DateTime64(9), Name LowCardinality(String), Attributes Map(LowCardinality(String), String)
            span_links_value_expression: Expression to extract span links. Used to capture links from a span to spans in other traces. Expected to be Nested ( TraceId String, SpanId String, TraceState String, Attributes Map(LowCardinality(String), String) )
        """
        return self._call(98, (self._org(organization_id), service_id, source_id), None, body_of({'id': id, 'name': name, 'section': section, 'disabled': disabled, 'kind': kind, 'connection': connection, 'from': from_, 'query_settings': query_settings, 'filter_settings': filter_settings, 'default_table_select_expression': default_table_select_expression, 'timestamp_value_expression': timestamp_value_expression, 'service_name_expression': service_name_expression, 'service_version_expression': service_version_expression, 'severity_text_expression': severity_text_expression, 'body_expression': body_expression, 'event_attributes_expression': event_attributes_expression, 'resource_attributes_expression': resource_attributes_expression, 'displayed_timestamp_value_expression': displayed_timestamp_value_expression, 'order_by_expression': order_by_expression, 'metric_source_id': metric_source_id, 'trace_source_id': trace_source_id, 'trace_id_expression': trace_id_expression, 'span_id_expression': span_id_expression, 'implicit_column_expression': implicit_column_expression, 'known_columns_list_expression': known_columns_list_expression, 'use_text_index_for_implicit_column': use_text_index_for_implicit_column, 'highlighted_trace_attribute_expressions': highlighted_trace_attribute_expressions, 'highlighted_row_attribute_expressions': highlighted_row_attribute_expressions, 'materialized_views': materialized_views, 'metadata_materialized_views': metadata_materialized_views, 'duration_expression': duration_expression, 'duration_precision': duration_precision, 'parent_span_id_expression': parent_span_id_expression, 'span_name_expression': span_name_expression, 'span_kind_expression': span_kind_expression, 'log_source_id': log_source_id, 'session_source_id': session_source_id, 'status_code_expression': status_code_expression, 'status_message_expression': status_message_expression, 'sample_rate_expression': sample_rate_expression, 'span_events_value_expression': span_events_value_expression, 'span_links_value_expression': span_links_value_expression, 'metric_tables': metric_tables}))

    def delete(
        self,
        service_id: Id,
        source_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """ClickStack: Delete Source

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Deletes a source

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}` (clickStackDeleteSource)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            source_id: Source ID
        """
        return self._call(99, (self._org(organization_id), service_id, source_id))


class AsyncClickstackSourcesResource(AsyncResource):
    """`async_client.clickstack.sources`: ClickStack operations."""

    __slots__ = ()

    async def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[Union[ClickStackLogSource, ClickStackTraceSource, ClickStackMetricSource, ClickStackSessionSource, ClickStackPromqlSource, dict[str, Any]]]:
        """ClickStack: List Sources

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves a list of all sources for the authenticated team

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources` (clickStackListSources)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
        """
        return await self._call(95, (self._org(organization_id), service_id))

    async def create(
        self,
        service_id: Id,
        *,
        id: Union[str, NotGiven] = NOT_GIVEN,
        name: Union[str, NotGiven] = NOT_GIVEN,
        section: Union[str, NotGiven] = NOT_GIVEN,
        disabled: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        kind: Union[str, NotGiven] = NOT_GIVEN,
        connection: Union[str, NotGiven] = NOT_GIVEN,
        from_: Union[Union[ClickStackSourceFrom, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        query_settings: Union[Sequence[Union[ClickStackQuerySetting, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        filter_settings: Union[Optional[Union[ClickStackSourceFilterSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        default_table_select_expression: Union[str, NotGiven] = NOT_GIVEN,
        timestamp_value_expression: Union[str, NotGiven] = NOT_GIVEN,
        service_name_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        service_version_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        severity_text_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        body_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        event_attributes_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        resource_attributes_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        displayed_timestamp_value_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        order_by_expression: Union[str, NotGiven] = NOT_GIVEN,
        metric_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        trace_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        trace_id_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        span_id_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        implicit_column_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        known_columns_list_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        use_text_index_for_implicit_column: Union[Optional[str], NotGiven] = NOT_GIVEN,
        highlighted_trace_attribute_expressions: Union[Sequence[Union[ClickStackHighlightedAttributeExpression, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        highlighted_row_attribute_expressions: Union[Sequence[Union[ClickStackHighlightedAttributeExpression, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        materialized_views: Union[Sequence[Union[ClickStackMaterializedView, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        metadata_materialized_views: Union[Optional[Union[ClickStackLogSourceMetadataMaterializedViews, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        duration_expression: Union[str, NotGiven] = NOT_GIVEN,
        duration_precision: Union[int, NotGiven] = NOT_GIVEN,
        parent_span_id_expression: Union[str, NotGiven] = NOT_GIVEN,
        span_name_expression: Union[str, NotGiven] = NOT_GIVEN,
        span_kind_expression: Union[str, NotGiven] = NOT_GIVEN,
        log_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        session_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        status_code_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        status_message_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sample_rate_expression: Union[str, NotGiven] = NOT_GIVEN,
        span_events_value_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        span_links_value_expression: Union[str, NotGiven] = NOT_GIVEN,
        metric_tables: Union[Union[ClickStackMetricTables, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Union[ClickStackLogSource, ClickStackTraceSource, ClickStackMetricSource, ClickStackSessionSource, ClickStackPromqlSource, dict[str, Any]]:
        """ClickStack: Create Source

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new source.  The request body is a source object without the `id` field. If an `id` is sent anyway it is silently ignored (stripped before validation — the request is never rejected because of it). Granularity fields (`materializedViews[].minGranularity` and `metadataMaterializedViews.granularity`) accept the same short format the API returns (e.g. `5m`, `15s`, `1h`, `1d`).

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources` (clickStackCreateSource)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            id: Unique source ID. Server-generated; ignored if sent in create/update requests.
            name: Display name for the source.
            section: Optional grouping label used to organize sources in the source selector. Sources that share a section value are displayed together.
            disabled: When true, the source is hidden from source selectors in the UI. Defaults to false.
            kind: Source kind discriminator. Must be "log" for log sources.
            connection: ID of the ClickHouse connection used by this source.
            query_settings: Optional ClickHouse query settings applied when querying this source.
            default_table_select_expression: Default columns selected in search results (this can be customized per search later)
            timestamp_value_expression: DateTime column or expression that is part of your table's primary key.
            service_name_expression: Expression to extract the service name from log rows.
            service_version_expression: Expression identifying the running release of a service. Defaults to the OpenTelemetry service.version resource attribute when unset. Where services carry the release on different attributes, fall back across them with coalesce(nullIf(a, ''), nullIf(b, '')).
            severity_text_expression: Expression to extract the severity/log level text.
            body_expression: Expression to extract the log message body.
            event_attributes_expression: Expression to extract event-level attributes.
            resource_attributes_expression: Expression to extract resource-level attributes.
            displayed_timestamp_value_expression: This DateTime column is used to display and order search results.
            order_by_expression: Custom ORDER BY expression that overrides the default ordering. Leave empty to use the auto-detected default.
            metric_source_id: HyperDX Source for metrics associated with logs. Optional
            trace_source_id: HyperDX Source for traces associated with logs. Optional
            trace_id_expression: Expression to extract the trace ID for correlating logs with traces.
            span_id_expression: Expression to extract the span ID for correlating logs with traces.
            implicit_column_expression: Column used for full text search if no property is specified in a Lucene-based search. Typically the message body of a log.
            known_columns_list_expression: For Distributed table sources whose target tables have non-matching column sets. A list of columns supported across all target tables, used instead of SELECT * when fetching full row data. Leave blank to select all columns.
            use_text_index_for_implicit_column: Controls whether lucene rendering uses ClickHouse text indices via hasAllTokens() against the implicit column. "auto" detects a covering index at query time, "enabled" forces text index usage, "disabled" forces a LIKE/hasToken fallback.
            highlighted_trace_attribute_expressions: Expressions defining trace-level attributes which are displayed in the trace view for the selected trace.
            highlighted_row_attribute_expressions: Expressions defining row-level attributes which are displayed in the row side panel for the selected row.
            materialized_views: Configure materialized views for query optimization. These pre-aggregated views can significantly improve query performance on aggregation queries.
            duration_expression: Expression to extract span duration.
            duration_precision: Number of decimal digits in the duration value (e.g., 3 for milliseconds, 6 for microseconds, 9 for nanoseconds).
            parent_span_id_expression: Expression to extract the parent span ID.
            span_name_expression: Expression to extract the span name.
            span_kind_expression: Expression to extract the span kind (e.g., client, server, internal).
            log_source_id: HyperDX Source for logs associated with traces. Optional
            session_source_id: HyperDX Source for sessions associated with traces. Optional
            status_code_expression: Expression to extract the span status code.
            status_message_expression: Expression to extract the span status message.
            sample_rate_expression: Column or expression for upstream sampling weight (1/N). When set, aggregations (count, avg, sum, quantile) are corrected for sampling. Percentiles use quantileTDigestWeighted, which is an approximation. Leave empty if spans are not sampled.
            span_events_value_expression: Expression to extract span events. Used to capture events associated with spans. Expected to be Nested ( Timestamp DateTime64(9), Name LowCardinality(String), Attributes Map(LowCardinality(String), String)
            span_links_value_expression: Expression to extract span links. Used to capture links from a span to spans in other traces. Expected to be Nested ( TraceId String, SpanId String, TraceState String, Attributes Map(LowCardinality(String), String) )
        """
        return await self._call(96, (self._org(organization_id), service_id), None, body_of({'id': id, 'name': name, 'section': section, 'disabled': disabled, 'kind': kind, 'connection': connection, 'from': from_, 'query_settings': query_settings, 'filter_settings': filter_settings, 'default_table_select_expression': default_table_select_expression, 'timestamp_value_expression': timestamp_value_expression, 'service_name_expression': service_name_expression, 'service_version_expression': service_version_expression, 'severity_text_expression': severity_text_expression, 'body_expression': body_expression, 'event_attributes_expression': event_attributes_expression, 'resource_attributes_expression': resource_attributes_expression, 'displayed_timestamp_value_expression': displayed_timestamp_value_expression, 'order_by_expression': order_by_expression, 'metric_source_id': metric_source_id, 'trace_source_id': trace_source_id, 'trace_id_expression': trace_id_expression, 'span_id_expression': span_id_expression, 'implicit_column_expression': implicit_column_expression, 'known_columns_list_expression': known_columns_list_expression, 'use_text_index_for_implicit_column': use_text_index_for_implicit_column, 'highlighted_trace_attribute_expressions': highlighted_trace_attribute_expressions, 'highlighted_row_attribute_expressions': highlighted_row_attribute_expressions, 'materialized_views': materialized_views, 'metadata_materialized_views': metadata_materialized_views, 'duration_expression': duration_expression, 'duration_precision': duration_precision, 'parent_span_id_expression': parent_span_id_expression, 'span_name_expression': span_name_expression, 'span_kind_expression': span_kind_expression, 'log_source_id': log_source_id, 'session_source_id': session_source_id, 'status_code_expression': status_code_expression, 'status_message_expression': status_message_expression, 'sample_rate_expression': sample_rate_expression, 'span_events_value_expression': span_events_value_expression, 'span_links_value_expression': span_links_value_expression, 'metric_tables': metric_tables}))

    async def get(
        self,
        service_id: Id,
        source_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> Union[ClickStackLogSource, ClickStackTraceSource, ClickStackMetricSource, ClickStackSessionSource, ClickStackPromqlSource, dict[str, Any]]:
        """ClickStack: Get Source

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves a specific source by ID

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}` (clickStackGetSource)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            source_id: Source ID
        """
        return await self._call(97, (self._org(organization_id), service_id, source_id))

    async def update(
        self,
        service_id: Id,
        source_id: str,
        *,
        id: Union[str, NotGiven] = NOT_GIVEN,
        name: Union[str, NotGiven] = NOT_GIVEN,
        section: Union[str, NotGiven] = NOT_GIVEN,
        disabled: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        kind: Union[str, NotGiven] = NOT_GIVEN,
        connection: Union[str, NotGiven] = NOT_GIVEN,
        from_: Union[Union[ClickStackSourceFrom, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        query_settings: Union[Sequence[Union[ClickStackQuerySetting, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        filter_settings: Union[Optional[Union[ClickStackSourceFilterSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        default_table_select_expression: Union[str, NotGiven] = NOT_GIVEN,
        timestamp_value_expression: Union[str, NotGiven] = NOT_GIVEN,
        service_name_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        service_version_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        severity_text_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        body_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        event_attributes_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        resource_attributes_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        displayed_timestamp_value_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        order_by_expression: Union[str, NotGiven] = NOT_GIVEN,
        metric_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        trace_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        trace_id_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        span_id_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        implicit_column_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        known_columns_list_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        use_text_index_for_implicit_column: Union[Optional[str], NotGiven] = NOT_GIVEN,
        highlighted_trace_attribute_expressions: Union[Sequence[Union[ClickStackHighlightedAttributeExpression, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        highlighted_row_attribute_expressions: Union[Sequence[Union[ClickStackHighlightedAttributeExpression, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        materialized_views: Union[Sequence[Union[ClickStackMaterializedView, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        metadata_materialized_views: Union[Optional[Union[ClickStackLogSourceMetadataMaterializedViews, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        duration_expression: Union[str, NotGiven] = NOT_GIVEN,
        duration_precision: Union[int, NotGiven] = NOT_GIVEN,
        parent_span_id_expression: Union[str, NotGiven] = NOT_GIVEN,
        span_name_expression: Union[str, NotGiven] = NOT_GIVEN,
        span_kind_expression: Union[str, NotGiven] = NOT_GIVEN,
        log_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        session_source_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        status_code_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        status_message_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sample_rate_expression: Union[str, NotGiven] = NOT_GIVEN,
        span_events_value_expression: Union[Optional[str], NotGiven] = NOT_GIVEN,
        span_links_value_expression: Union[str, NotGiven] = NOT_GIVEN,
        metric_tables: Union[Union[ClickStackMetricTables, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Union[ClickStackLogSource, ClickStackTraceSource, ClickStackMetricSource, ClickStackSessionSource, ClickStackPromqlSource, dict[str, Any]]:
        """ClickStack: Update Source

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Updates an existing source. The full source object must be provided; this is a replace, not a patch.  The request body is a source object without the `id` field. If an `id` is sent anyway it is silently ignored (stripped before validation — never a 400); the path parameter alone identifies the source. Granularity fields (`materializedViews[].minGranularity` and `metadataMaterializedViews.granularity`) accept the same short format the API returns (e.g. `5m`, `15s`, `1h`, `1d`).

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}` (clickStackUpdateSource)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            source_id: Source ID
            id: Unique source ID. Server-generated; ignored if sent in create/update requests.
            name: Display name for the source.
            section: Optional grouping label used to organize sources in the source selector. Sources that share a section value are displayed together.
            disabled: When true, the source is hidden from source selectors in the UI. Defaults to false.
            kind: Source kind discriminator. Must be "log" for log sources.
            connection: ID of the ClickHouse connection used by this source.
            query_settings: Optional ClickHouse query settings applied when querying this source.
            default_table_select_expression: Default columns selected in search results (this can be customized per search later)
            timestamp_value_expression: DateTime column or expression that is part of your table's primary key.
            service_name_expression: Expression to extract the service name from log rows.
            service_version_expression: Expression identifying the running release of a service. Defaults to the OpenTelemetry service.version resource attribute when unset. Where services carry the release on different attributes, fall back across them with coalesce(nullIf(a, ''), nullIf(b, '')).
            severity_text_expression: Expression to extract the severity/log level text.
            body_expression: Expression to extract the log message body.
            event_attributes_expression: Expression to extract event-level attributes.
            resource_attributes_expression: Expression to extract resource-level attributes.
            displayed_timestamp_value_expression: This DateTime column is used to display and order search results.
            order_by_expression: Custom ORDER BY expression that overrides the default ordering. Leave empty to use the auto-detected default.
            metric_source_id: HyperDX Source for metrics associated with logs. Optional
            trace_source_id: HyperDX Source for traces associated with logs. Optional
            trace_id_expression: Expression to extract the trace ID for correlating logs with traces.
            span_id_expression: Expression to extract the span ID for correlating logs with traces.
            implicit_column_expression: Column used for full text search if no property is specified in a Lucene-based search. Typically the message body of a log.
            known_columns_list_expression: For Distributed table sources whose target tables have non-matching column sets. A list of columns supported across all target tables, used instead of SELECT * when fetching full row data. Leave blank to select all columns.
            use_text_index_for_implicit_column: Controls whether lucene rendering uses ClickHouse text indices via hasAllTokens() against the implicit column. "auto" detects a covering index at query time, "enabled" forces text index usage, "disabled" forces a LIKE/hasToken fallback.
            highlighted_trace_attribute_expressions: Expressions defining trace-level attributes which are displayed in the trace view for the selected trace.
            highlighted_row_attribute_expressions: Expressions defining row-level attributes which are displayed in the row side panel for the selected row.
            materialized_views: Configure materialized views for query optimization. These pre-aggregated views can significantly improve query performance on aggregation queries.
            duration_expression: Expression to extract span duration.
            duration_precision: Number of decimal digits in the duration value (e.g., 3 for milliseconds, 6 for microseconds, 9 for nanoseconds).
            parent_span_id_expression: Expression to extract the parent span ID.
            span_name_expression: Expression to extract the span name.
            span_kind_expression: Expression to extract the span kind (e.g., client, server, internal).
            log_source_id: HyperDX Source for logs associated with traces. Optional
            session_source_id: HyperDX Source for sessions associated with traces. Optional
            status_code_expression: Expression to extract the span status code.
            status_message_expression: Expression to extract the span status message.
            sample_rate_expression: Column or expression for upstream sampling weight (1/N). When set, aggregations (count, avg, sum, quantile) are corrected for sampling. Percentiles use quantileTDigestWeighted, which is an approximation. Leave empty if spans are not sampled.
            span_events_value_expression: Expression to extract span events. Used to capture events associated with spans. Expected to be Nested ( Timestamp DateTime64(9), Name LowCardinality(String), Attributes Map(LowCardinality(String), String)
            span_links_value_expression: Expression to extract span links. Used to capture links from a span to spans in other traces. Expected to be Nested ( TraceId String, SpanId String, TraceState String, Attributes Map(LowCardinality(String), String) )
        """
        return await self._call(98, (self._org(organization_id), service_id, source_id), None, body_of({'id': id, 'name': name, 'section': section, 'disabled': disabled, 'kind': kind, 'connection': connection, 'from': from_, 'query_settings': query_settings, 'filter_settings': filter_settings, 'default_table_select_expression': default_table_select_expression, 'timestamp_value_expression': timestamp_value_expression, 'service_name_expression': service_name_expression, 'service_version_expression': service_version_expression, 'severity_text_expression': severity_text_expression, 'body_expression': body_expression, 'event_attributes_expression': event_attributes_expression, 'resource_attributes_expression': resource_attributes_expression, 'displayed_timestamp_value_expression': displayed_timestamp_value_expression, 'order_by_expression': order_by_expression, 'metric_source_id': metric_source_id, 'trace_source_id': trace_source_id, 'trace_id_expression': trace_id_expression, 'span_id_expression': span_id_expression, 'implicit_column_expression': implicit_column_expression, 'known_columns_list_expression': known_columns_list_expression, 'use_text_index_for_implicit_column': use_text_index_for_implicit_column, 'highlighted_trace_attribute_expressions': highlighted_trace_attribute_expressions, 'highlighted_row_attribute_expressions': highlighted_row_attribute_expressions, 'materialized_views': materialized_views, 'metadata_materialized_views': metadata_materialized_views, 'duration_expression': duration_expression, 'duration_precision': duration_precision, 'parent_span_id_expression': parent_span_id_expression, 'span_name_expression': span_name_expression, 'span_kind_expression': span_kind_expression, 'log_source_id': log_source_id, 'session_source_id': session_source_id, 'status_code_expression': status_code_expression, 'status_message_expression': status_message_expression, 'sample_rate_expression': sample_rate_expression, 'span_events_value_expression': span_events_value_expression, 'span_links_value_expression': span_links_value_expression, 'metric_tables': metric_tables}))

    async def delete(
        self,
        service_id: Id,
        source_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """ClickStack: Delete Source

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Deletes a source

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/sources/{clickStackSourceId}` (clickStackDeleteSource)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            source_id: Source ID
        """
        return await self._call(99, (self._org(organization_id), service_id, source_id))


class ClickstackWebhooksResource(Resource):
    """`client.clickstack.webhooks`: ClickStack operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Pager[Union[ClickStackSlackWebhook, ClickStackIncidentIOWebhook, ClickStackGenericWebhook, ClickStackSlackAPIWebhook, ClickStackPagerDutyAPIWebhook, dict[str, Any]]]:
        """ClickStack: List Webhooks

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves webhooks for the authenticated team (paginated). Results are capped at `limit` (default and maximum 1000). When `totalCount` exceeds the number of returned items, page with `limit`/`offset` to retrieve them all.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks` (clickStackListWebhooks)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            service_id: ID of the ClickStack service.
            limit: Maximum number of results to return.
        """
        return self._pager(103, (self._org(organization_id), service_id), {'limit': limit}, 'offset', 'clickstack.webhooks.list')

    def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        service: Union[str, NotGiven] = NOT_GIVEN,
        url: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        body: Union[str, NotGiven] = NOT_GIVEN,
        headers: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        query_params: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Union[ClickStackSlackWebhook, ClickStackIncidentIOWebhook, ClickStackGenericWebhook, ClickStackSlackAPIWebhook, ClickStackPagerDutyAPIWebhook, dict[str, Any]]:
        """ClickStack: Create Webhook

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new webhook for the authenticated team.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks` (clickStackCreateWebhook)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            name: Webhook name. Must be unique per service within the team.
            service: Webhook service type.
            url: Webhook destination URL.
            description: Webhook description, shown in the UI.
            body: Optional Handlebars request body template. Only for generic/incidentio; rejected for slack. Rejected with a 400 if it does not compile or calls a helper other than `eq` and the Handlebars built-ins.
        """
        return self._call(104, (self._org(organization_id), service_id), None, body_of({'name': name, 'service': service, 'url': url, 'description': description, 'body': body, 'headers': headers, 'query_params': query_params}))

    def validate(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        service: Union[str, NotGiven] = NOT_GIVEN,
        url: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        body: Union[str, NotGiven] = NOT_GIVEN,
        headers: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        query_params: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackValidateWebhookResponse:
        """ClickStack: Validate Webhook

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Validates a webhook body against the same schema, URL rules, and body template check used by POST /api/v2/webhooks. The webhook is **never persisted**. Use this endpoint at plan time (e.g. from a Terraform provider) to check that a webhook configuration is valid before applying it. Name uniqueness is not checked.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks/validate` (clickStackValidateWebhook)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            name: Webhook name. Must be unique per service within the team.
            service: Webhook service type.
            url: Webhook destination URL.
            description: Webhook description, shown in the UI.
            body: Optional Handlebars request body template. Only for generic/incidentio; rejected for slack. Rejected with a 400 if it does not compile or calls a helper other than `eq` and the Handlebars built-ins.
        """
        return self._call(105, (self._org(organization_id), service_id), None, body_of({'name': name, 'service': service, 'url': url, 'description': description, 'body': body, 'headers': headers, 'query_params': query_params}))

    def update(
        self,
        service_id: Id,
        webhook_id: str,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        service: Union[str, NotGiven] = NOT_GIVEN,
        url: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        body: Union[str, NotGiven] = NOT_GIVEN,
        headers: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        query_params: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Union[ClickStackSlackWebhook, ClickStackIncidentIOWebhook, ClickStackGenericWebhook, ClickStackSlackAPIWebhook, ClickStackPagerDutyAPIWebhook, dict[str, Any]]:
        """ClickStack: Update Webhook

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Replaces an existing webhook. Readable optional fields (`description`, `body`) are a full replace: omitting them clears them. The write-only fields `headers` and `queryParams` are never returned on read, so omitting them preserves the stored values; send an explicit empty object (`{}`) to clear them. Exception: if the destination (`url` or `service`) changes, omitted `headers`/ `queryParams` are cleared rather than preserved so stored secrets are never forwarded to a new destination.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks/{clickStackWebhookId}` (clickStackUpdateWebhook)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            webhook_id: Webhook ID
            name: Webhook name. Must be unique per service within the team.
            service: Webhook service type.
            url: Webhook destination URL.
            description: Webhook description, shown in the UI.
            body: Optional Handlebars request body template. Only for generic/incidentio; rejected for slack. Rejected with a 400 if it does not compile or calls a helper other than `eq` and the Handlebars built-ins.
        """
        return self._call(106, (self._org(organization_id), service_id, webhook_id), None, body_of({'name': name, 'service': service, 'url': url, 'description': description, 'body': body, 'headers': headers, 'query_params': query_params}))

    def delete(
        self,
        service_id: Id,
        webhook_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """ClickStack: Delete Webhook

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Deletes a webhook. Blocked with a 409 while any alert still references it — reassign or remove those alerts first — so deletion never leaves an alert pointing at a missing webhook (which would silently drop notifications). Mirrors the internal webhook delete guard.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks/{clickStackWebhookId}` (clickStackDeleteWebhook)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            webhook_id: Webhook ID
        """
        return self._call(107, (self._org(organization_id), service_id, webhook_id))


class AsyncClickstackWebhooksResource(AsyncResource):
    """`async_client.clickstack.webhooks`: ClickStack operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncPager[Union[ClickStackSlackWebhook, ClickStackIncidentIOWebhook, ClickStackGenericWebhook, ClickStackSlackAPIWebhook, ClickStackPagerDutyAPIWebhook, dict[str, Any]]]:
        """ClickStack: List Webhooks

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Retrieves webhooks for the authenticated team (paginated). Results are capped at `limit` (default and maximum 1000). When `totalCount` exceeds the number of returned items, page with `limit`/`offset` to retrieve them all.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks` (clickStackListWebhooks)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            service_id: ID of the ClickStack service.
            limit: Maximum number of results to return.
        """
        return self._pager(103, (self._org(organization_id), service_id), {'limit': limit}, 'offset', 'clickstack.webhooks.list')

    async def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        service: Union[str, NotGiven] = NOT_GIVEN,
        url: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        body: Union[str, NotGiven] = NOT_GIVEN,
        headers: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        query_params: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Union[ClickStackSlackWebhook, ClickStackIncidentIOWebhook, ClickStackGenericWebhook, ClickStackSlackAPIWebhook, ClickStackPagerDutyAPIWebhook, dict[str, Any]]:
        """ClickStack: Create Webhook

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Creates a new webhook for the authenticated team.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks` (clickStackCreateWebhook)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            name: Webhook name. Must be unique per service within the team.
            service: Webhook service type.
            url: Webhook destination URL.
            description: Webhook description, shown in the UI.
            body: Optional Handlebars request body template. Only for generic/incidentio; rejected for slack. Rejected with a 400 if it does not compile or calls a helper other than `eq` and the Handlebars built-ins.
        """
        return await self._call(104, (self._org(organization_id), service_id), None, body_of({'name': name, 'service': service, 'url': url, 'description': description, 'body': body, 'headers': headers, 'query_params': query_params}))

    async def validate(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        service: Union[str, NotGiven] = NOT_GIVEN,
        url: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        body: Union[str, NotGiven] = NOT_GIVEN,
        headers: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        query_params: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickStackValidateWebhookResponse:
        """ClickStack: Validate Webhook

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Validates a webhook body against the same schema, URL rules, and body template check used by POST /api/v2/webhooks. The webhook is **never persisted**. Use this endpoint at plan time (e.g. from a Terraform provider) to check that a webhook configuration is valid before applying it. Name uniqueness is not checked.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks/validate` (clickStackValidateWebhook)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            name: Webhook name. Must be unique per service within the team.
            service: Webhook service type.
            url: Webhook destination URL.
            description: Webhook description, shown in the UI.
            body: Optional Handlebars request body template. Only for generic/incidentio; rejected for slack. Rejected with a 400 if it does not compile or calls a helper other than `eq` and the Handlebars built-ins.
        """
        return await self._call(105, (self._org(organization_id), service_id), None, body_of({'name': name, 'service': service, 'url': url, 'description': description, 'body': body, 'headers': headers, 'query_params': query_params}))

    async def update(
        self,
        service_id: Id,
        webhook_id: str,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        service: Union[str, NotGiven] = NOT_GIVEN,
        url: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        body: Union[str, NotGiven] = NOT_GIVEN,
        headers: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        query_params: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Union[ClickStackSlackWebhook, ClickStackIncidentIOWebhook, ClickStackGenericWebhook, ClickStackSlackAPIWebhook, ClickStackPagerDutyAPIWebhook, dict[str, Any]]:
        """ClickStack: Update Webhook

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Replaces an existing webhook. Readable optional fields (`description`, `body`) are a full replace: omitting them clears them. The write-only fields `headers` and `queryParams` are never returned on read, so omitting them preserves the stored values; send an explicit empty object (`{}`) to clear them. Exception: if the destination (`url` or `service`) changes, omitted `headers`/ `queryParams` are cleared rather than preserved so stored secrets are never forwarded to a new destination.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks/{clickStackWebhookId}` (clickStackUpdateWebhook)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            webhook_id: Webhook ID
            name: Webhook name. Must be unique per service within the team.
            service: Webhook service type.
            url: Webhook destination URL.
            description: Webhook description, shown in the UI.
            body: Optional Handlebars request body template. Only for generic/incidentio; rejected for slack. Rejected with a 400 if it does not compile or calls a helper other than `eq` and the Handlebars built-ins.
        """
        return await self._call(106, (self._org(organization_id), service_id, webhook_id), None, body_of({'name': name, 'service': service, 'url': url, 'description': description, 'body': body, 'headers': headers, 'query_params': query_params}))

    async def delete(
        self,
        service_id: Id,
        webhook_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """ClickStack: Delete Webhook

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> ClickStack: Deletes a webhook. Blocked with a 409 while any alert still references it — reassign or remove those alerts first — so deletion never leaves an alert pointing at a missing webhook (which would silently drop notifications). Mirrors the internal webhook delete guard.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickstack/webhooks/{clickStackWebhookId}` (clickStackDeleteWebhook)

        Permissions: `control-plane:service:manage-clickstack-api`.

        Args:
            service_id: ID of the ClickStack service.
            webhook_id: Webhook ID
        """
        return await self._call(107, (self._org(organization_id), service_id, webhook_id))


class ClickstackResource(Resource):
    """`client.clickstack`: clickstack operations."""

    __slots__ = ()

    @property
    def alerts(self) -> ClickstackAlertsResource:
        return ClickstackAlertsResource(self._client)

    @property
    def dashboards(self) -> ClickstackDashboardsResource:
        return ClickstackDashboardsResource(self._client)

    @property
    def roles(self) -> ClickstackRolesResource:
        return ClickstackRolesResource(self._client)

    @property
    def saved_searches(self) -> ClickstackSavedSearchesResource:
        return ClickstackSavedSearchesResource(self._client)

    @property
    def sources(self) -> ClickstackSourcesResource:
        return ClickstackSourcesResource(self._client)

    @property
    def webhooks(self) -> ClickstackWebhooksResource:
        return ClickstackWebhooksResource(self._client)


class AsyncClickstackResource(AsyncResource):
    """`async_client.clickstack`: clickstack operations."""

    __slots__ = ()

    @property
    def alerts(self) -> AsyncClickstackAlertsResource:
        return AsyncClickstackAlertsResource(self._client)

    @property
    def dashboards(self) -> AsyncClickstackDashboardsResource:
        return AsyncClickstackDashboardsResource(self._client)

    @property
    def roles(self) -> AsyncClickstackRolesResource:
        return AsyncClickstackRolesResource(self._client)

    @property
    def saved_searches(self) -> AsyncClickstackSavedSearchesResource:
        return AsyncClickstackSavedSearchesResource(self._client)

    @property
    def sources(self) -> AsyncClickstackSourcesResource:
        return AsyncClickstackSourcesResource(self._client)

    @property
    def webhooks(self) -> AsyncClickstackWebhooksResource:
        return AsyncClickstackWebhooksResource(self._client)
