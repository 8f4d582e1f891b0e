from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provider_response_provider_name import ProviderResponseProviderName, check_provider_response_provider_name
from ..models.provider_response_routed_service_tier import (
    ProviderResponseRoutedServiceTier,
    check_provider_response_routed_service_tier,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ProviderResponse(_ModelBase):
    """Details of a provider response for a generation attempt

    Example:
        {'endpoint_id': 'ep_abc123', 'id': 'chatcmpl-abc123', 'is_byok': False, 'latency': 1200, 'model_permaslug':
            'openai/gpt-4', 'provider_name': 'OpenAI', 'status': 200}

    Attributes:
        status (int | None): HTTP status code from the provider Example: 200.
        endpoint_id (str | Unset): Internal endpoint identifier Example: ep_abc123.
        id (str | Unset): Upstream provider response identifier Example: chatcmpl-abc123.
        is_byok (bool | Unset): Whether the request used a bring-your-own-key Example: False.
        latency (float | Unset): Response latency in milliseconds Example: 1200.
        model_permaslug (str | Unset): Canonical model slug Example: openai/gpt-4.
        provider_name (ProviderResponseProviderName | Unset): Name of the provider Example: OpenAI.
        routed_service_tier (ProviderResponseRoutedServiceTier | Unset): The service tier this request was routed to
            (e.g. flex, priority). The tier actually applied and billed is determined by the provider response and may
            differ. Example: priority.
    """

    status: int | None
    endpoint_id: str | Unset = UNSET
    id: str | Unset = UNSET
    is_byok: bool | Unset = UNSET
    latency: float | Unset = UNSET
    model_permaslug: str | Unset = UNSET
    provider_name: ProviderResponseProviderName | Unset = UNSET
    routed_service_tier: ProviderResponseRoutedServiceTier | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "status",
        "endpoint_id",
        "id",
        "is_byok",
        "latency",
        "model_permaslug",
        "provider_name",
        "routed_service_tier",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "status"
            status = d.pop("status")
            if not isinstance(status, (int, _NoneType)):
                status = _parse_union(
                    status,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "endpoint_id"
            endpoint_id = d.pop("endpoint_id", UNSET)

            _at_field_ = "id"
            id = d.pop("id", UNSET)

            _at_field_ = "is_byok"
            is_byok = d.pop("is_byok", UNSET)

            _at_field_ = "latency"
            latency = d.pop("latency", UNSET)

            _at_field_ = "model_permaslug"
            model_permaslug = d.pop("model_permaslug", UNSET)

            _at_field_ = "provider_name"
            _provider_name = d.pop("provider_name", UNSET)
            provider_name: ProviderResponseProviderName | Unset
            if isinstance(_provider_name, Unset):
                provider_name = UNSET
            else:
                provider_name = check_provider_response_provider_name(_provider_name)

            _at_field_ = "routed_service_tier"
            _routed_service_tier = d.pop("routed_service_tier", UNSET)
            routed_service_tier: ProviderResponseRoutedServiceTier | Unset
            if isinstance(_routed_service_tier, Unset):
                routed_service_tier = UNSET
            else:
                routed_service_tier = check_provider_response_routed_service_tier(_routed_service_tier)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        provider_response = cls(
            status=status,
            endpoint_id=endpoint_id,
            id=id,
            is_byok=is_byok,
            latency=latency,
            model_permaslug=model_permaslug,
            provider_name=provider_name,
            routed_service_tier=routed_service_tier,
        )

        provider_response.additional_properties = d
        return provider_response
