from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.observability_otel_collector_destination_type import (
    ObservabilityOtelCollectorDestinationType,
    check_observability_otel_collector_destination_type,
)
from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    guarded as _guarded,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.observability_filter_rules_config import ObservabilityFilterRulesConfig
    from ..models.observability_otel_collector_destination_config import ObservabilityOtelCollectorDestinationConfig
else:
    ObservabilityFilterRulesConfig = _LazyModel(
        globals(), "observability_filter_rules_config", "ObservabilityFilterRulesConfig"
    )
    ObservabilityOtelCollectorDestinationConfig = _LazyModel(
        globals(), "observability_otel_collector_destination_config", "ObservabilityOtelCollectorDestinationConfig"
    )


@_attrs_define(repr=False, eq=False)
class ObservabilityOtelCollectorDestination(_ModelBase):
    """
    Example:
        {'api_key_hashes': None, 'broadcast_generation_cost': False, 'broadcast_generation_identity': False,
            'broadcast_generation_request_context': False, 'config': {'endpoint': 'https://otel.example.com:4318'},
            'created_at': '2025-08-24T10:30:00Z', 'enabled': True, 'filter_rules': None, 'id': '99999999-aaaa-bbbb-cccc-
            dddddddddddd', 'name': 'Production OTel Collector', 'privacy_mode': False, 'sampling_rate': 1, 'type': 'otel-
            collector', 'updated_at': '2025-08-24T15:45:00Z', 'workspace_id': '550e8400-e29b-41d4-a716-446655440000'}

    Attributes:
        api_key_hashes (list[str] | None): Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) whose
            traffic is forwarded to this destination. `null` means all keys.
        broadcast_generation_cost (bool): When true, include cost and billing generation metadata. Example: False.
        broadcast_generation_identity (bool): When true, include identity generation metadata. Example: False.
        broadcast_generation_request_context (bool): When true, include request-context generation metadata. Example:
            False.
        created_at (str): ISO timestamp of when the destination was created. Example: 2025-08-24T10:30:00Z.
        enabled (bool): Whether this destination is currently enabled. Example: True.
        id (str): Stable public identifier for this destination. Example: 99999999-aaaa-bbbb-cccc-dddddddddddd.
        name (None | str): Human-readable name for the destination. Example: Production Langfuse.
        privacy_mode (bool): When true, request/response bodies are not forwarded to this destination — only metadata.
            Example: False.
        sampling_rate (float): Sampling rate for events sent to this destination, between 0.0001 and 1 (1 = 100%).
            Example: 1.
        updated_at (str): ISO timestamp of when the destination was last updated. Example: 2025-08-24T15:45:00Z.
        workspace_id (str): ID of the workspace this destination belongs to. Example:
            550e8400-e29b-41d4-a716-446655440000.
    """

    api_key_hashes: list[str] | None
    broadcast_generation_cost: bool
    broadcast_generation_identity: bool
    broadcast_generation_request_context: bool
    config: ObservabilityOtelCollectorDestinationConfig
    created_at: str
    enabled: bool
    filter_rules: None | ObservabilityFilterRulesConfig
    id: str
    name: None | str
    privacy_mode: bool
    sampling_rate: float
    type_: ObservabilityOtelCollectorDestinationType
    updated_at: str
    workspace_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("api_key_hashes", _union_field((("list[str]", _guarded((list,))),), plain=(_NoneType,), skip=(_NoneType,))),
        "broadcast_generation_cost",
        "broadcast_generation_identity",
        "broadcast_generation_request_context",
        ("config", _model_field(ObservabilityOtelCollectorDestinationConfig)),
        "created_at",
        "enabled",
        (
            "filter_rules",
            _union_field(
                (("ObservabilityFilterRulesConfig", ObservabilityFilterRulesConfig),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        "id",
        (
            "name",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        "privacy_mode",
        "sampling_rate",
        ("type", check_observability_otel_collector_destination_type, "type_"),
        "updated_at",
        "workspace_id",
    )
