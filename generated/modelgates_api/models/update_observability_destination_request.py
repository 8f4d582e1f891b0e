from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.observability_filter_rules_config_nullable import ObservabilityFilterRulesConfigNullable
    from ..models.update_observability_destination_request_config import UpdateObservabilityDestinationRequestConfig


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

    _json_fields_ = (
        "api_key_hashes",
        "broadcast_generation_cost",
        "broadcast_generation_identity",
        "broadcast_generation_request_context",
        "config",
        "enabled",
        "filter_rules",
        "name",
        "privacy_mode",
        "sampling_rate",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
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

            _at_field_ = "config"
            _config = d.pop("config", UNSET)
            config: UpdateObservabilityDestinationRequestConfig | Unset
            if isinstance(_config, Unset):
                config = UNSET
            else:
                config = UpdateObservabilityDestinationRequestConfig.from_dict(_config)

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

            _at_field_ = "name"
            name = d.pop("name", UNSET)

            _at_field_ = "privacy_mode"
            privacy_mode = d.pop("privacy_mode", UNSET)

            _at_field_ = "sampling_rate"
            sampling_rate = d.pop("sampling_rate", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        update_observability_destination_request = cls(
            api_key_hashes=api_key_hashes,
            broadcast_generation_cost=broadcast_generation_cost,
            broadcast_generation_identity=broadcast_generation_identity,
            broadcast_generation_request_context=broadcast_generation_request_context,
            config=config,
            enabled=enabled,
            filter_rules=filter_rules,
            name=name,
            privacy_mode=privacy_mode,
            sampling_rate=sampling_rate,
        )

        update_observability_destination_request.additional_properties = d
        return update_observability_destination_request


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ObservabilityFilterRulesConfigNullable = _LazyModel(
        globals(),
        "modelgates_api.models.observability_filter_rules_config_nullable",
        "ObservabilityFilterRulesConfigNullable",
    )
    UpdateObservabilityDestinationRequestConfig = _LazyModel(
        globals(),
        "modelgates_api.models.update_observability_destination_request_config",
        "UpdateObservabilityDestinationRequestConfig",
    )
