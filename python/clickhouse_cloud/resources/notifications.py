# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.notifications` and `async_client.notifications`: the sync and async resource classes
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
    Notification,
    NotificationType,
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


class NotificationsResource(Resource):
    """`client.notifications`: Notifications operations."""

    __slots__ = ()

    def list(
        self,
        *,
        limit: Optional[int] = None,
        severity: Optional[str] = None,
        type: Optional[str] = None,
        resource_id: Optional[str] = None,
        resource_type: Optional[str] = None,
        from_date: Optional[DateTimeLike] = None,
        to_date: Optional[DateTimeLike] = None,
        organization_id: Optional[Id] = None,
    ) -> Pager[Notification]:
        """List of organization notifications

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns notifications for the organization, most recent first. Only notifications about resources the caller can access are returned, so two keys in the same organization can see different results. The [notification types endpoint](#tag/Notifications/operation/notificationTypesGetList) lists the types this organization can receive, so it shows what to expect here. Notifications are retained for 180 days. A page holds at most `limit` notifications (default 100, maximum 250; a larger value is clamped) and the server may return fewer. Every response carries `limit` and `nextCursor`; pass `nextCursor` as the `cursor` query parameter to fetch the next page, repeating until it is null.

        `GET /v1/organizations/{organizationId}/notifications` (notificationGetList)

        Permissions: none beyond a valid key.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            limit: Maximum number of results to return.
            severity: Filter to notifications of this severity: 'info', 'warning', 'critical'.
            type: Filter to notifications of this type. New types are added over time; the [notification types endpoint](#tag/Notifications/operation/notificationTypesGetList) lists the ones this organization can receive.
            resource_id: Filter to notifications about this resource. A service also matches the notifications of its ClickPipes; pass `resource_type` to narrow to one kind of resource.
            resource_type: Filter to notifications about resources of this kind. One of 'service', 'organization', 'clickpipe', 'postgres'.
            from_date: Return notifications created at or after this time. An RFC 3339 timestamp, not a bare date.
            to_date: Return notifications created at or before this time. An RFC 3339 timestamp, not a bare date.
        """
        return self._pager(69, (self._org(organization_id),), {'limit': limit, 'severity': severity, 'type': type, 'resource_id': resource_id, 'resource_type': resource_type, 'from_date': from_date, 'to_date': to_date}, 'cursor', 'notifications.list')

    def list_types(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[NotificationType]:
        """List notification types

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns every notification type the organization is entitled to, each flagged with whether the caller may use it. Types the organization is not entitled to are omitted; types the caller lacks permission to use are returned with `isAvailable` set to false. Every type supports the `ui`, `email` and `slack` channels, so channels are a property of the API rather than of a type. The effective delivery default is a function of type, role and channel, so no per-type default is reported here.

        `GET /v1/organizations/{organizationId}/notificationTypes` (notificationTypesGetList)

        Permissions: `control-plane:organization:view`.
        """
        return self._call(70, (self._org(organization_id),))


class AsyncNotificationsResource(AsyncResource):
    """`async_client.notifications`: Notifications operations."""

    __slots__ = ()

    def list(
        self,
        *,
        limit: Optional[int] = None,
        severity: Optional[str] = None,
        type: Optional[str] = None,
        resource_id: Optional[str] = None,
        resource_type: Optional[str] = None,
        from_date: Optional[DateTimeLike] = None,
        to_date: Optional[DateTimeLike] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncPager[Notification]:
        """List of organization notifications

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns notifications for the organization, most recent first. Only notifications about resources the caller can access are returned, so two keys in the same organization can see different results. The [notification types endpoint](#tag/Notifications/operation/notificationTypesGetList) lists the types this organization can receive, so it shows what to expect here. Notifications are retained for 180 days. A page holds at most `limit` notifications (default 100, maximum 250; a larger value is clamped) and the server may return fewer. Every response carries `limit` and `nextCursor`; pass `nextCursor` as the `cursor` query parameter to fetch the next page, repeating until it is null.

        `GET /v1/organizations/{organizationId}/notifications` (notificationGetList)

        Permissions: none beyond a valid key.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            limit: Maximum number of results to return.
            severity: Filter to notifications of this severity: 'info', 'warning', 'critical'.
            type: Filter to notifications of this type. New types are added over time; the [notification types endpoint](#tag/Notifications/operation/notificationTypesGetList) lists the ones this organization can receive.
            resource_id: Filter to notifications about this resource. A service also matches the notifications of its ClickPipes; pass `resource_type` to narrow to one kind of resource.
            resource_type: Filter to notifications about resources of this kind. One of 'service', 'organization', 'clickpipe', 'postgres'.
            from_date: Return notifications created at or after this time. An RFC 3339 timestamp, not a bare date.
            to_date: Return notifications created at or before this time. An RFC 3339 timestamp, not a bare date.
        """
        return self._pager(69, (self._org(organization_id),), {'limit': limit, 'severity': severity, 'type': type, 'resource_id': resource_id, 'resource_type': resource_type, 'from_date': from_date, 'to_date': to_date}, 'cursor', 'notifications.list')

    async def list_types(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[NotificationType]:
        """List notification types

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns every notification type the organization is entitled to, each flagged with whether the caller may use it. Types the organization is not entitled to are omitted; types the caller lacks permission to use are returned with `isAvailable` set to false. Every type supports the `ui`, `email` and `slack` channels, so channels are a property of the API rather than of a type. The effective delivery default is a function of type, role and channel, so no per-type default is reported here.

        `GET /v1/organizations/{organizationId}/notificationTypes` (notificationTypesGetList)

        Permissions: `control-plane:organization:view`.
        """
        return await self._call(70, (self._org(organization_id),))
