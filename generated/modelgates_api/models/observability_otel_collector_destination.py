from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.observability_otel_collector_destination_type import (
    ObservabilityOtelCollectorDestinationType,
    check_observability_otel_collector_destination_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.observability_filter_rules_config import ObservabilityFilterRulesConfig
    from ..models.observability_otel_collector_destination_config import ObservabilityOtelCollectorDestinationConfig


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

    _json_fields_ = (
        "api_key_hashes",
        "broadcast_generation_cost",
        "broadcast_generation_identity",
        "broadcast_generation_request_context",
        "config",
        "created_at",
        "enabled",
        "filter_rules",
        "id",
        "name",
        "privacy_mode",
        "sampling_rate",
        ("type_", "type"),
        "updated_at",
        "workspace_id",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "api_key_hashes"
            api_key_hashes = d.pop("api_key_hashes")
            if not isinstance(api_key_hashes, (_NoneType,)):

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
            broadcast_generation_cost = d.pop("broadcast_generation_cost")

            _at_field_ = "broadcast_generation_identity"
            broadcast_generation_identity = d.pop("broadcast_generation_identity")

            _at_field_ = "broadcast_generation_request_context"
            broadcast_generation_request_context = d.pop("broadcast_generation_request_context")

            _at_field_ = "config"
            config = ObservabilityOtelCollectorDestinationConfig.from_dict(d.pop("config"))

            _at_field_ = "created_at"
            created_at = d.pop("created_at")

            _at_field_ = "enabled"
            enabled = d.pop("enabled")

            _at_field_ = "filter_rules"
            filter_rules = d.pop("filter_rules")
            if not isinstance(filter_rules, (_NoneType,)):
                filter_rules = _parse_union(
                    filter_rules,
                    (("ObservabilityFilterRulesConfig", ObservabilityFilterRulesConfig),),
                    plain=(_NoneType,),
                )

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "name"
            name = d.pop("name")
            if not isinstance(name, (str, _NoneType)):
                name = _parse_union(
                    name,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "privacy_mode"
            privacy_mode = d.pop("privacy_mode")

            _at_field_ = "sampling_rate"
            sampling_rate = d.pop("sampling_rate")

            _at_field_ = "type"
            type_ = check_observability_otel_collector_destination_type(d.pop("type"))

            _at_field_ = "updated_at"
            updated_at = d.pop("updated_at")

            _at_field_ = "workspace_id"
            workspace_id = d.pop("workspace_id")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        observability_otel_collector_destination = cls(
            api_key_hashes=api_key_hashes,
            broadcast_generation_cost=broadcast_generation_cost,
            broadcast_generation_identity=broadcast_generation_identity,
            broadcast_generation_request_context=broadcast_generation_request_context,
            config=config,
            created_at=created_at,
            enabled=enabled,
            filter_rules=filter_rules,
            id=id,
            name=name,
            privacy_mode=privacy_mode,
            sampling_rate=sampling_rate,
            type_=type_,
            updated_at=updated_at,
            workspace_id=workspace_id,
        )

        observability_otel_collector_destination.additional_properties = d
        return observability_otel_collector_destination


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ObservabilityFilterRulesConfig = _LazyModel(
        globals(), "modelgates_api.models.observability_filter_rules_config", "ObservabilityFilterRulesConfig"
    )
    ObservabilityOtelCollectorDestinationConfig = _LazyModel(
        globals(),
        "modelgates_api.models.observability_otel_collector_destination_config",
        "ObservabilityOtelCollectorDestinationConfig",
    )
