from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.observability_filter_rules_config_nullable import ObservabilityFilterRulesConfigNullable
    from ..models.update_observability_destination_request_config import UpdateObservabilityDestinationRequestConfig
else:
    ObservabilityFilterRulesConfigNullable = _LazyModel(
        globals(), "observability_filter_rules_config_nullable", "ObservabilityFilterRulesConfigNullable"
    )
    UpdateObservabilityDestinationRequestConfig = _LazyModel(
        globals(), "update_observability_destination_request_config", "UpdateObservabilityDestinationRequestConfig"
    )


@_attrs_define(repr=False, eq=False)
class UpdateObservabilityDestinationRequest(_ModelBase):
    """
    Example:
        {'enabled': False, 'name': 'Updated Langfuse'}

    Attributes:
        api_key_hashes (list[str] | None | Unset): Optional allowlist of OpenRouter API key hashes. `null` clears the
            filter (all keys). Omitting leaves the current value. Must contain at least one hash if provided.
        broadcast_generation_cost (bool | Unset): Whether to include cost and billing generation metadata. Example:
            False.
        broadcast_generation_identity (bool | Unset): Whether to include identity generation metadata. Example: False.
        broadcast_generation_request_context (bool | Unset): Whether to include request-context generation metadata.
            Example: False.
        config (UpdateObservabilityDestinationRequestConfig | Unset): Provider-specific configuration fields to update.
            Masked values are ignored; unset fields keep their current value. Example: {'baseUrl':
            'https://us.cloud.langfuse.com', 'publicKey': 'pk-l...EfGh', 'secretKey': 'sk-l...AbCd'}.
        enabled (bool | Unset): Whether the destination is enabled. Example: True.
        filter_rules (None | ObservabilityFilterRulesConfigNullable | Unset): Optional structured filter rules. `null`
            clears the rules. Omitting keeps the current value.
        name (str | Unset): Human-readable name for the destination. Example: Production Langfuse.
        privacy_mode (bool | Unset): When true, request/response bodies are not forwarded — only metadata. Example:
            False.
        sampling_rate (float | Unset): Sampling rate between 0.0001 and 1 (1 = 100%). Example: 1.
    """

    api_key_hashes: list[str] | None | Unset = UNSET
    broadcast_generation_cost: bool | Unset = UNSET
    broadcast_generation_identity: bool | Unset = UNSET
    broadcast_generation_request_context: bool | Unset = UNSET
    config: UpdateObservabilityDestinationRequestConfig | Unset = UNSET
    enabled: bool | Unset = UNSET
    filter_rules: None | ObservabilityFilterRulesConfigNullable | Unset = UNSET
    name: str | Unset = UNSET
    privacy_mode: bool | Unset = UNSET
    sampling_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        ("api_key_hashes", _union_field((("list[str]", _guarded((list,))),), plain=(_NoneType,), skip=(_NoneType,))),
        "broadcast_generation_cost",
        "broadcast_generation_identity",
        "broadcast_generation_request_context",
        ("config", _model_field(UpdateObservabilityDestinationRequestConfig)),
        "enabled",
        (
            "filter_rules",
            _union_field(
                (("ObservabilityFilterRulesConfigNullable", ObservabilityFilterRulesConfigNullable),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        "name",
        "privacy_mode",
        "sampling_rate",
    )
