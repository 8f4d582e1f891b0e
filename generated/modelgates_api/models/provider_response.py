from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.provider_response_provider_name import ProviderResponseProviderName, check_provider_response_provider_name
from ..models.provider_response_routed_service_tier import (
    ProviderResponseRoutedServiceTier,
    check_provider_response_routed_service_tier,
)
from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


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

    _required_ = (
        (
            "status",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
    )
    _optional_ = (
        "endpoint_id",
        "id",
        "is_byok",
        "latency",
        "model_permaslug",
        ("provider_name", check_provider_response_provider_name),
        ("routed_service_tier", check_provider_response_routed_service_tier),
    )
