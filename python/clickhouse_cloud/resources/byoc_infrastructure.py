# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.byoc_infrastructure` and `async_client.byoc_infrastructure`: the sync and async resource classes
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
    ByocConfig,
    ByocInfrastructureDetails,
    ByocInfrastructurePrivateEndpointConfig,
    ByocInfrastructureProgress,
    ByocInfrastructureTagsResponse,
    ByocInfrastructureValidation,
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


class ByocInfrastructureResource(Resource):
    """`client.byoc_infrastructure`: Organization operations."""

    __slots__ = ()

    def create(
        self,
        *,
        region_id: Union[str, NotGiven] = NOT_GIVEN,
        account_id: Union[str, NotGiven] = NOT_GIVEN,
        availability_zone_suffixes: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        vpc_cidr_range: Union[str, NotGiven] = NOT_GIVEN,
        external_id: Union[str, NotGiven] = NOT_GIVEN,
        tenant_id: Union[str, NotGiven] = NOT_GIVEN,
        service_principal_client_id: Union[str, NotGiven] = NOT_GIVEN,
        vpc_id: Union[str, NotGiven] = NOT_GIVEN,
        private_subnet_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        public_subnet_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        gcp_pod_cidr_range_names: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        gcp_shared_vpc_host_project_id: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        display_name: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ByocConfig:
        """Create BYOC Infrastructure

        Create a new BYOC Infrastructure in the organization. Returns the configuration of the newly created infrastructure

        `POST /v1/organizations/{organizationId}/byocInfrastructure` (organizationByocInfrastructureCreate)

        Permissions: `control-plane:organization:manage`.

        Args:
            region_id: Region in which the BYOC infrastructure will be located
            account_id: Cloud account ID the BYOC infrastructure is configured for: AWS account ID, GCP project ID, or Azure subscription ID
            availability_zone_suffixes: List of availability zone suffixes
            vpc_cidr_range: CIDR range for the ClickHouse-managed VPC. Mutually exclusive with the BYO-VPC fields (`vpcId`, `privateSubnetIds`, `publicSubnetIds`)
            external_id: AWS only: ExternalID baked into the ClickHouse management role trust policy in your account
            tenant_id: Azure only (required for Azure regions): Entra tenant ID of the subscription
            service_principal_client_id: Azure only (required for Azure regions): client ID of the service principal ClickHouse uses to manage the infrastructure
            vpc_id: BYO-VPC only (AWS and GCP): ID or network name of the customer-provided VPC to deploy into. Requires `privateSubnetIds`
            private_subnet_ids: BYO-VPC only: private subnet IDs or names (1-6 entries on AWS, exactly one on GCP)
            public_subnet_ids: AWS BYO-VPC only: public subnet IDs (at most 6 entries)
            gcp_pod_cidr_range_names: GCP BYO-VPC only: secondary IP range names on the subnet to use for pod IPs. Omitted: all secondary ranges are used
            gcp_shared_vpc_host_project_id: GCP BYO-VPC only: Shared VPC host project owning the VPC and subnet, when different from `accountId`
            display_name: Human readable name for infrastructure
        """
        return self._call(139, (self._org(organization_id),), None, body_of({'region_id': region_id, 'account_id': account_id, 'availability_zone_suffixes': availability_zone_suffixes, 'vpc_cidr_range': vpc_cidr_range, 'external_id': external_id, 'tenant_id': tenant_id, 'service_principal_client_id': service_principal_client_id, 'vpc_id': vpc_id, 'private_subnet_ids': private_subnet_ids, 'public_subnet_ids': public_subnet_ids, 'gcp_pod_cidr_range_names': gcp_pod_cidr_range_names, 'gcp_shared_vpc_host_project_id': gcp_shared_vpc_host_project_id, 'tags': tags, 'display_name': display_name}))

    def validate(
        self,
        *,
        region_id: Union[str, NotGiven] = NOT_GIVEN,
        account_id: Union[str, NotGiven] = NOT_GIVEN,
        availability_zone_suffixes: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        vpc_cidr_range: Union[str, NotGiven] = NOT_GIVEN,
        external_id: Union[str, NotGiven] = NOT_GIVEN,
        tenant_id: Union[str, NotGiven] = NOT_GIVEN,
        service_principal_client_id: Union[str, NotGiven] = NOT_GIVEN,
        vpc_id: Union[str, NotGiven] = NOT_GIVEN,
        private_subnet_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        public_subnet_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        gcp_pod_cidr_range_names: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        gcp_shared_vpc_host_project_id: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ByocInfrastructureValidation:
        """Validate BYOC infrastructure prerequisites

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Preflight-validates that a cloud account is ready for BYOC infrastructure creation: simulates the cloud permissions ClickHouse needs (and, for BYO-VPC, checks the provided network resources) without creating anything. Takes the same parameters as infrastructure creation, so a payload that passes validation will not be rejected by create for the same inputs.

        `POST /v1/organizations/{organizationId}/byocInfrastructure/validate` (organizationByocInfrastructureValidate)

        Permissions: `control-plane:organization:manage`.

        Args:
            region_id: Region in which the BYOC infrastructure will be located
            account_id: Cloud account ID the BYOC infrastructure is configured for: AWS account ID, GCP project ID, or Azure subscription ID
            availability_zone_suffixes: List of availability zone suffixes
            vpc_cidr_range: CIDR range for the ClickHouse-managed VPC. Mutually exclusive with the BYO-VPC fields (`vpcId`, `privateSubnetIds`, `publicSubnetIds`)
            external_id: AWS only: ExternalID baked into the ClickHouse management role trust policy in your account
            tenant_id: Azure only (required for Azure regions): Entra tenant ID of the subscription
            service_principal_client_id: Azure only (required for Azure regions): client ID of the service principal ClickHouse uses to manage the infrastructure
            vpc_id: BYO-VPC only (AWS and GCP): ID or network name of the customer-provided VPC to deploy into. Requires `privateSubnetIds`
            private_subnet_ids: BYO-VPC only: private subnet IDs or names (1-6 entries on AWS, exactly one on GCP)
            public_subnet_ids: AWS BYO-VPC only: public subnet IDs (at most 6 entries)
            gcp_pod_cidr_range_names: GCP BYO-VPC only: secondary IP range names on the subnet to use for pod IPs. Omitted: all secondary ranges are used
            gcp_shared_vpc_host_project_id: GCP BYO-VPC only: Shared VPC host project owning the VPC and subnet, when different from `accountId`
        """
        return self._call(140, (self._org(organization_id),), None, body_of({'region_id': region_id, 'account_id': account_id, 'availability_zone_suffixes': availability_zone_suffixes, 'vpc_cidr_range': vpc_cidr_range, 'external_id': external_id, 'tenant_id': tenant_id, 'service_principal_client_id': service_principal_client_id, 'vpc_id': vpc_id, 'private_subnet_ids': private_subnet_ids, 'public_subnet_ids': public_subnet_ids, 'gcp_pod_cidr_range_names': gcp_pod_cidr_range_names, 'gcp_shared_vpc_host_project_id': gcp_shared_vpc_host_project_id, 'tags': tags}))

    def get(
        self,
        infrastructure_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ByocInfrastructureDetails:
        """Get BYOC infrastructure details

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns the full configuration of a BYOC infrastructure, including private link and load balancer state, network layout, and BYO-VPC settings read from the data plane.

        `GET /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}` (organizationByocInfrastructureGet)

        Permissions: `control-plane:organization:view`.

        Args:
            infrastructure_id: ID of the requested BYOC Infrastructure
        """
        return self._call(141, (self._org(organization_id), infrastructure_id))

    def delete(
        self,
        infrastructure_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Remove a BYOC infrastructure

        Removes a BYOC Infrastructure from the organization

        `DELETE /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}` (organizationByocInfrastructureDelete)

        Permissions: `control-plane:organization:manage`.

        Args:
            infrastructure_id: ID of the requested BYOC Infrastructure
        """
        return self._call(142, (self._org(organization_id), infrastructure_id))

    def update(
        self,
        infrastructure_id: Id,
        *,
        display_name: Union[str, NotGiven] = NOT_GIVEN,
        enable_private_link: Union[bool, NotGiven] = NOT_GIVEN,
        gcp_psc_subnet_id: Union[str, NotGiven] = NOT_GIVEN,
        enable_private_load_balancer: Union[bool, NotGiven] = NOT_GIVEN,
        enable_public_load_balancer: Union[bool, NotGiven] = NOT_GIVEN,
        tags: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ByocConfig:
        """Update BYOC Infrastructure

        Update configuration of the BYOC infrastructure: rename it, toggle private link and load balancers, or replace its tags. The request is validated as a whole before anything is applied. If applying a field then fails in the data plane, client errors name the fields already applied, while internal errors return a generic message; retrying the same request is safe either way and converges the infrastructure to the requested state. Returns the modified infrastructure

        `PATCH /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}` (organizationByocInfrastructureUpdate)

        Permissions: `control-plane:organization:manage`.

        Args:
            infrastructure_id: ID of the requested BYOC Infrastructure
            display_name: Human readable name for infrastructure object
            enable_private_link: Enable or disable private link connectivity on the infrastructure. Disabling is rejected while any service in the organization has active private endpoints
            gcp_psc_subnet_id: GCP BYO-VPC only: customer-provided Private Service Connect NAT subnet name required to enable private link. Only accepted together with `enablePrivateLink: true`
            enable_private_load_balancer: Enable or disable the private (internal) load balancer of the infrastructure
            enable_public_load_balancer: Enable or disable the public (internet-facing) load balancer of the infrastructure
        """
        return self._call(143, (self._org(organization_id), infrastructure_id), None, body_of({'display_name': display_name, 'enable_private_link': enable_private_link, 'gcp_psc_subnet_id': gcp_psc_subnet_id, 'enable_private_load_balancer': enable_private_load_balancer, 'enable_public_load_balancer': enable_public_load_balancer, 'tags': tags}))

    def get_progress(
        self,
        infrastructure_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ByocInfrastructureProgress:
        """Get BYOC infrastructure provisioning progress

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the stage-by-stage provisioning progress of a BYOC infrastructure, more granular than the `state` field: overall status plus a tree of provisioning stages down to individual cloud resources.

        `GET /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}/progress` (organizationByocInfrastructureProgressGet)

        Permissions: `control-plane:organization:view`.

        Args:
            infrastructure_id: ID of the requested BYOC Infrastructure
        """
        return self._call(144, (self._org(organization_id), infrastructure_id))

    def get_tags(
        self,
        infrastructure_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ByocInfrastructureTagsResponse:
        """Get BYOC infrastructure tags

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns the additional tags currently applied to the cloud resources of the BYOC infrastructure. Tags are replaced as a whole through the infrastructure update endpoint.

        `GET /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}/tags` (organizationByocInfrastructureTagsGet)

        Permissions: `control-plane:organization:view`.

        Args:
            infrastructure_id: ID of the requested BYOC Infrastructure
        """
        return self._call(145, (self._org(organization_id), infrastructure_id))

    def get_private_endpoint_config(
        self,
        infrastructure_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ByocInfrastructurePrivateEndpointConfig:
        """Get BYOC infrastructure private endpoint configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns the private link endpoint service details of a BYOC infrastructure. For BYOC organizations this replaces the deprecated organization-level `privateEndpointConfig` endpoint.

        `GET /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}/privateEndpointConfig` (organizationByocInfrastructurePrivateEndpointConfigGet)

        Permissions: `control-plane:organization:view`.

        Args:
            infrastructure_id: ID of the requested BYOC Infrastructure
        """
        return self._call(146, (self._org(organization_id), infrastructure_id))


class AsyncByocInfrastructureResource(AsyncResource):
    """`async_client.byoc_infrastructure`: Organization operations."""

    __slots__ = ()

    async def create(
        self,
        *,
        region_id: Union[str, NotGiven] = NOT_GIVEN,
        account_id: Union[str, NotGiven] = NOT_GIVEN,
        availability_zone_suffixes: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        vpc_cidr_range: Union[str, NotGiven] = NOT_GIVEN,
        external_id: Union[str, NotGiven] = NOT_GIVEN,
        tenant_id: Union[str, NotGiven] = NOT_GIVEN,
        service_principal_client_id: Union[str, NotGiven] = NOT_GIVEN,
        vpc_id: Union[str, NotGiven] = NOT_GIVEN,
        private_subnet_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        public_subnet_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        gcp_pod_cidr_range_names: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        gcp_shared_vpc_host_project_id: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        display_name: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ByocConfig:
        """Create BYOC Infrastructure

        Create a new BYOC Infrastructure in the organization. Returns the configuration of the newly created infrastructure

        `POST /v1/organizations/{organizationId}/byocInfrastructure` (organizationByocInfrastructureCreate)

        Permissions: `control-plane:organization:manage`.

        Args:
            region_id: Region in which the BYOC infrastructure will be located
            account_id: Cloud account ID the BYOC infrastructure is configured for: AWS account ID, GCP project ID, or Azure subscription ID
            availability_zone_suffixes: List of availability zone suffixes
            vpc_cidr_range: CIDR range for the ClickHouse-managed VPC. Mutually exclusive with the BYO-VPC fields (`vpcId`, `privateSubnetIds`, `publicSubnetIds`)
            external_id: AWS only: ExternalID baked into the ClickHouse management role trust policy in your account
            tenant_id: Azure only (required for Azure regions): Entra tenant ID of the subscription
            service_principal_client_id: Azure only (required for Azure regions): client ID of the service principal ClickHouse uses to manage the infrastructure
            vpc_id: BYO-VPC only (AWS and GCP): ID or network name of the customer-provided VPC to deploy into. Requires `privateSubnetIds`
            private_subnet_ids: BYO-VPC only: private subnet IDs or names (1-6 entries on AWS, exactly one on GCP)
            public_subnet_ids: AWS BYO-VPC only: public subnet IDs (at most 6 entries)
            gcp_pod_cidr_range_names: GCP BYO-VPC only: secondary IP range names on the subnet to use for pod IPs. Omitted: all secondary ranges are used
            gcp_shared_vpc_host_project_id: GCP BYO-VPC only: Shared VPC host project owning the VPC and subnet, when different from `accountId`
            display_name: Human readable name for infrastructure
        """
        return await self._call(139, (self._org(organization_id),), None, body_of({'region_id': region_id, 'account_id': account_id, 'availability_zone_suffixes': availability_zone_suffixes, 'vpc_cidr_range': vpc_cidr_range, 'external_id': external_id, 'tenant_id': tenant_id, 'service_principal_client_id': service_principal_client_id, 'vpc_id': vpc_id, 'private_subnet_ids': private_subnet_ids, 'public_subnet_ids': public_subnet_ids, 'gcp_pod_cidr_range_names': gcp_pod_cidr_range_names, 'gcp_shared_vpc_host_project_id': gcp_shared_vpc_host_project_id, 'tags': tags, 'display_name': display_name}))

    async def validate(
        self,
        *,
        region_id: Union[str, NotGiven] = NOT_GIVEN,
        account_id: Union[str, NotGiven] = NOT_GIVEN,
        availability_zone_suffixes: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        vpc_cidr_range: Union[str, NotGiven] = NOT_GIVEN,
        external_id: Union[str, NotGiven] = NOT_GIVEN,
        tenant_id: Union[str, NotGiven] = NOT_GIVEN,
        service_principal_client_id: Union[str, NotGiven] = NOT_GIVEN,
        vpc_id: Union[str, NotGiven] = NOT_GIVEN,
        private_subnet_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        public_subnet_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        gcp_pod_cidr_range_names: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        gcp_shared_vpc_host_project_id: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ByocInfrastructureValidation:
        """Validate BYOC infrastructure prerequisites

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Preflight-validates that a cloud account is ready for BYOC infrastructure creation: simulates the cloud permissions ClickHouse needs (and, for BYO-VPC, checks the provided network resources) without creating anything. Takes the same parameters as infrastructure creation, so a payload that passes validation will not be rejected by create for the same inputs.

        `POST /v1/organizations/{organizationId}/byocInfrastructure/validate` (organizationByocInfrastructureValidate)

        Permissions: `control-plane:organization:manage`.

        Args:
            region_id: Region in which the BYOC infrastructure will be located
            account_id: Cloud account ID the BYOC infrastructure is configured for: AWS account ID, GCP project ID, or Azure subscription ID
            availability_zone_suffixes: List of availability zone suffixes
            vpc_cidr_range: CIDR range for the ClickHouse-managed VPC. Mutually exclusive with the BYO-VPC fields (`vpcId`, `privateSubnetIds`, `publicSubnetIds`)
            external_id: AWS only: ExternalID baked into the ClickHouse management role trust policy in your account
            tenant_id: Azure only (required for Azure regions): Entra tenant ID of the subscription
            service_principal_client_id: Azure only (required for Azure regions): client ID of the service principal ClickHouse uses to manage the infrastructure
            vpc_id: BYO-VPC only (AWS and GCP): ID or network name of the customer-provided VPC to deploy into. Requires `privateSubnetIds`
            private_subnet_ids: BYO-VPC only: private subnet IDs or names (1-6 entries on AWS, exactly one on GCP)
            public_subnet_ids: AWS BYO-VPC only: public subnet IDs (at most 6 entries)
            gcp_pod_cidr_range_names: GCP BYO-VPC only: secondary IP range names on the subnet to use for pod IPs. Omitted: all secondary ranges are used
            gcp_shared_vpc_host_project_id: GCP BYO-VPC only: Shared VPC host project owning the VPC and subnet, when different from `accountId`
        """
        return await self._call(140, (self._org(organization_id),), None, body_of({'region_id': region_id, 'account_id': account_id, 'availability_zone_suffixes': availability_zone_suffixes, 'vpc_cidr_range': vpc_cidr_range, 'external_id': external_id, 'tenant_id': tenant_id, 'service_principal_client_id': service_principal_client_id, 'vpc_id': vpc_id, 'private_subnet_ids': private_subnet_ids, 'public_subnet_ids': public_subnet_ids, 'gcp_pod_cidr_range_names': gcp_pod_cidr_range_names, 'gcp_shared_vpc_host_project_id': gcp_shared_vpc_host_project_id, 'tags': tags}))

    async def get(
        self,
        infrastructure_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ByocInfrastructureDetails:
        """Get BYOC infrastructure details

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns the full configuration of a BYOC infrastructure, including private link and load balancer state, network layout, and BYO-VPC settings read from the data plane.

        `GET /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}` (organizationByocInfrastructureGet)

        Permissions: `control-plane:organization:view`.

        Args:
            infrastructure_id: ID of the requested BYOC Infrastructure
        """
        return await self._call(141, (self._org(organization_id), infrastructure_id))

    async def delete(
        self,
        infrastructure_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Remove a BYOC infrastructure

        Removes a BYOC Infrastructure from the organization

        `DELETE /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}` (organizationByocInfrastructureDelete)

        Permissions: `control-plane:organization:manage`.

        Args:
            infrastructure_id: ID of the requested BYOC Infrastructure
        """
        return await self._call(142, (self._org(organization_id), infrastructure_id))

    async def update(
        self,
        infrastructure_id: Id,
        *,
        display_name: Union[str, NotGiven] = NOT_GIVEN,
        enable_private_link: Union[bool, NotGiven] = NOT_GIVEN,
        gcp_psc_subnet_id: Union[str, NotGiven] = NOT_GIVEN,
        enable_private_load_balancer: Union[bool, NotGiven] = NOT_GIVEN,
        enable_public_load_balancer: Union[bool, NotGiven] = NOT_GIVEN,
        tags: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ByocConfig:
        """Update BYOC Infrastructure

        Update configuration of the BYOC infrastructure: rename it, toggle private link and load balancers, or replace its tags. The request is validated as a whole before anything is applied. If applying a field then fails in the data plane, client errors name the fields already applied, while internal errors return a generic message; retrying the same request is safe either way and converges the infrastructure to the requested state. Returns the modified infrastructure

        `PATCH /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}` (organizationByocInfrastructureUpdate)

        Permissions: `control-plane:organization:manage`.

        Args:
            infrastructure_id: ID of the requested BYOC Infrastructure
            display_name: Human readable name for infrastructure object
            enable_private_link: Enable or disable private link connectivity on the infrastructure. Disabling is rejected while any service in the organization has active private endpoints
            gcp_psc_subnet_id: GCP BYO-VPC only: customer-provided Private Service Connect NAT subnet name required to enable private link. Only accepted together with `enablePrivateLink: true`
            enable_private_load_balancer: Enable or disable the private (internal) load balancer of the infrastructure
            enable_public_load_balancer: Enable or disable the public (internet-facing) load balancer of the infrastructure
        """
        return await self._call(143, (self._org(organization_id), infrastructure_id), None, body_of({'display_name': display_name, 'enable_private_link': enable_private_link, 'gcp_psc_subnet_id': gcp_psc_subnet_id, 'enable_private_load_balancer': enable_private_load_balancer, 'enable_public_load_balancer': enable_public_load_balancer, 'tags': tags}))

    async def get_progress(
        self,
        infrastructure_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ByocInfrastructureProgress:
        """Get BYOC infrastructure provisioning progress

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the stage-by-stage provisioning progress of a BYOC infrastructure, more granular than the `state` field: overall status plus a tree of provisioning stages down to individual cloud resources.

        `GET /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}/progress` (organizationByocInfrastructureProgressGet)

        Permissions: `control-plane:organization:view`.

        Args:
            infrastructure_id: ID of the requested BYOC Infrastructure
        """
        return await self._call(144, (self._org(organization_id), infrastructure_id))

    async def get_tags(
        self,
        infrastructure_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ByocInfrastructureTagsResponse:
        """Get BYOC infrastructure tags

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns the additional tags currently applied to the cloud resources of the BYOC infrastructure. Tags are replaced as a whole through the infrastructure update endpoint.

        `GET /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}/tags` (organizationByocInfrastructureTagsGet)

        Permissions: `control-plane:organization:view`.

        Args:
            infrastructure_id: ID of the requested BYOC Infrastructure
        """
        return await self._call(145, (self._org(organization_id), infrastructure_id))

    async def get_private_endpoint_config(
        self,
        infrastructure_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ByocInfrastructurePrivateEndpointConfig:
        """Get BYOC infrastructure private endpoint configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns the private link endpoint service details of a BYOC infrastructure. For BYOC organizations this replaces the deprecated organization-level `privateEndpointConfig` endpoint.

        `GET /v1/organizations/{organizationId}/byocInfrastructure/{byocInfrastructureId}/privateEndpointConfig` (organizationByocInfrastructurePrivateEndpointConfigGet)

        Permissions: `control-plane:organization:view`.

        Args:
            infrastructure_id: ID of the requested BYOC Infrastructure
        """
        return await self._call(146, (self._org(organization_id), infrastructure_id))
