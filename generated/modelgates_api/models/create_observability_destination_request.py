from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_observability_destination_request_type import (
    CreateObservabilityDestinationRequestType,
    check_create_observability_destination_request_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.create_observability_destination_request_config import CreateObservabilityDestinationRequestConfig
    from ..models.observability_filter_rules_config_nullable import ObservabilityFilterRulesConfigNullable


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

    _json_fields_ = (
        "config",
        "name",
        ("type_", "type"),
        "api_key_hashes",
        "broadcast_generation_cost",
        "broadcast_generation_identity",
        "broadcast_generation_request_context",
        "enabled",
        "filter_rules",
        "privacy_mode",
        "sampling_rate",
        "workspace_id",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "config"
            config = CreateObservabilityDestinationRequestConfig.from_dict(d.pop("config"))

            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "type"
            type_ = check_create_observability_destination_request_type(d.pop("type"))

            _at_field_ = "api_key_hashes"
            api_key_hashes = d.pop("api_key_hashes", UNSET)
            if not isinstance(api_key_hashes, (_NoneType, Unset)):

                def _api_key_hashes_member_0(data: object) -> list[str]:
                    if not isinstance(data, list):
                        raise TypeError()
                    api_key_hashes_type_0 = cast(list[str], data)

                    return api_key_hashes_type_0

                api_key_hashes = _parse_union(
                    api_key_hashes,
                    (("list[str]", _api_key_hashes_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "broadcast_generation_cost"
            broadcast_generation_cost = d.pop("broadcast_generation_cost", UNSET)

            _at_field_ = "broadcast_generation_identity"
            broadcast_generation_identity = d.pop("broadcast_generation_identity", UNSET)

            _at_field_ = "broadcast_generation_request_context"
            broadcast_generation_request_context = d.pop("broadcast_generation_request_context", UNSET)

            _at_field_ = "enabled"
            enabled = d.pop("enabled", UNSET)

            _at_field_ = "filter_rules"
            filter_rules = d.pop("filter_rules", UNSET)
            if not isinstance(filter_rules, (_NoneType, Unset)):
                filter_rules = _parse_union(
                    filter_rules,
                    (("ObservabilityFilterRulesConfigNullable", ObservabilityFilterRulesConfigNullable),),
                    plain=(_NoneType,),
                )

            _at_field_ = "privacy_mode"
            privacy_mode = d.pop("privacy_mode", UNSET)

            _at_field_ = "sampling_rate"
            sampling_rate = d.pop("sampling_rate", UNSET)

            _at_field_ = "workspace_id"
            workspace_id = d.pop("workspace_id", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        create_observability_destination_request = cls(
            config=config,
            name=name,
            type_=type_,
            api_key_hashes=api_key_hashes,
            broadcast_generation_cost=broadcast_generation_cost,
            broadcast_generation_identity=broadcast_generation_identity,
            broadcast_generation_request_context=broadcast_generation_request_context,
            enabled=enabled,
            filter_rules=filter_rules,
            privacy_mode=privacy_mode,
            sampling_rate=sampling_rate,
            workspace_id=workspace_id,
        )

        create_observability_destination_request.additional_properties = d
        return create_observability_destination_request


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    CreateObservabilityDestinationRequestConfig = _LazyModel(
        globals(),
        "modelgates_api.models.create_observability_destination_request_config",
        "CreateObservabilityDestinationRequestConfig",
    )
    ObservabilityFilterRulesConfigNullable = _LazyModel(
        globals(),
        "modelgates_api.models.observability_filter_rules_config_nullable",
        "ObservabilityFilterRulesConfigNullable",
    )
