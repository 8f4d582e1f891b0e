from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.create_observability_destination_request_type import (
    CreateObservabilityDestinationRequestType,
    check_create_observability_destination_request_type,
)
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
    from ..models.create_observability_destination_request_config import CreateObservabilityDestinationRequestConfig
    from ..models.observability_filter_rules_config_nullable import ObservabilityFilterRulesConfigNullable
else:
    CreateObservabilityDestinationRequestConfig = _LazyModel(
        globals(), "create_observability_destination_request_config", "CreateObservabilityDestinationRequestConfig"
    )
    ObservabilityFilterRulesConfigNullable = _LazyModel(
        globals(), "observability_filter_rules_config_nullable", "ObservabilityFilterRulesConfigNullable"
    )


@_attrs_define(repr=False, eq=False)
class CreateObservabilityDestinationRequest(_ModelBase):
    """
    Example:
        {'config': {'baseUrl': 'https://us.cloud.langfuse.com', 'publicKey': 'pk-l...EfGh', 'secretKey': 'sk-l...AbCd'},
            'name': 'Production Langfuse', 'type': 'langfuse'}

    Attributes:
        config (CreateObservabilityDestinationRequestConfig): Provider-specific configuration. The shape depends on
            `type` and is validated server-side. Example: {'baseUrl': 'https://us.cloud.langfuse.com', 'publicKey':
            'pk-l...EfGh', 'secretKey': 'sk-l...AbCd'}.
        name (str): Human-readable name for the destination. Example: Production Langfuse.
        type_ (CreateObservabilityDestinationRequestType): The destination type. Only stable destination types are
            accepted. Example: langfuse.
        api_key_hashes (list[str] | None | Unset): Optional allowlist of OpenRouter API key hashes whose traffic is
            forwarded. `null` or omitted means all keys. Must contain at least one hash if provided.
        broadcast_generation_cost (bool | Unset): When true, include cost and billing generation metadata. Default:
            False. Example: False.
        broadcast_generation_identity (bool | Unset): When true, include identity generation metadata. Default: False.
            Example: False.
        broadcast_generation_request_context (bool | Unset): When true, include request-context generation metadata.
            Default: False. Example: False.
        enabled (bool | Unset): Whether this destination should be enabled immediately. Default: True. Example: True.
        privacy_mode (bool | Unset): When true, request/response bodies are not forwarded — only metadata. Default:
            False. Example: False.
        sampling_rate (float | Unset): Sampling rate between 0.0001 and 1 (1 = 100%). Example: 1.
        workspace_id (str | Unset): Optional workspace ID. Defaults to the authenticated entity's default workspace.
            Example: 550e8400-e29b-41d4-a716-446655440000.
    """

    config: CreateObservabilityDestinationRequestConfig
    name: str
    type_: CreateObservabilityDestinationRequestType
    api_key_hashes: list[str] | None | Unset = UNSET
    broadcast_generation_cost: bool | Unset = False
    broadcast_generation_identity: bool | Unset = False
    broadcast_generation_request_context: bool | Unset = False
    enabled: bool | Unset = True
    filter_rules: None | ObservabilityFilterRulesConfigNullable | Unset = UNSET
    privacy_mode: bool | Unset = False
    sampling_rate: float | Unset = UNSET
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("config", _model_field(CreateObservabilityDestinationRequestConfig)),
        "name",
        ("type", check_create_observability_destination_request_type, "type_"),
    )
    _optional_ = (
        ("api_key_hashes", _union_field((("list[str]", _guarded((list,))),), plain=(_NoneType,), skip=(_NoneType,))),
        "broadcast_generation_cost",
        "broadcast_generation_identity",
        "broadcast_generation_request_context",
        "enabled",
        (
            "filter_rules",
            _union_field(
                (("ObservabilityFilterRulesConfigNullable", ObservabilityFilterRulesConfigNullable),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        "privacy_mode",
        "sampling_rate",
        "workspace_id",
    )
