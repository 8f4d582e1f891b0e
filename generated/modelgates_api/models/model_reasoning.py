from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_effort import ReasoningEffort, check_reasoning_effort
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ModelReasoning(_ModelBase):
    """Reasoning effort configuration. Omitted for non-reasoning models and dynamic router models.

    Example:
        {'default_effort': 'medium', 'default_enabled': True, 'mandatory': False, 'supported_efforts': ['high',
            'medium', 'low', 'minimal']}

    Attributes:
        mandatory (bool): When true, reasoning cannot be disabled and effort "none" is rejected.
        default_effort (ReasoningEffort | Unset): Reasoning effort level.
        default_enabled (bool | Unset): Default reasoning enabled state when the client does not set
            `reasoning.enabled`.
        supported_efforts (list[ReasoningEffort] | None | Unset): Allowed reasoning effort values for this model, in
            descending effort order (highest first). Null means no allowlist — all gateway effort values are accepted.
        supports_max_tokens (bool | Unset): Present and `true` when the model accepts `reasoning.max_tokens` in requests
            (Anthropic-style) instead of or in addition to `reasoning.effort`. Omitted otherwise.
    """

    mandatory: bool
    default_effort: ReasoningEffort | Unset = UNSET
    default_enabled: bool | Unset = UNSET
    supported_efforts: list[ReasoningEffort] | None | Unset = UNSET
    supports_max_tokens: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "mandatory",
        "default_effort",
        "default_enabled",
        "supported_efforts",
        "supports_max_tokens",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "mandatory"
            mandatory = d.pop("mandatory")

            _at_field_ = "default_effort"
            _default_effort = d.pop("default_effort", UNSET)
            default_effort: ReasoningEffort | Unset
            if isinstance(_default_effort, Unset):
                default_effort = UNSET
            else:
                default_effort = check_reasoning_effort(_default_effort)

            _at_field_ = "default_enabled"
            default_enabled = d.pop("default_enabled", UNSET)

            _at_field_ = "supported_efforts"
            supported_efforts = d.pop("supported_efforts", UNSET)
            if not isinstance(supported_efforts, (_NoneType, Unset)):

                def _supported_efforts_member_0(data: object) -> list[ReasoningEffort]:
                    if not isinstance(data, list):
                        raise TypeError()
                    supported_efforts_type_0 = []
                    _supported_efforts_type_0 = data
                    for _supported_efforts_type_0_item_data_index, supported_efforts_type_0_item_data in enumerate(
                        _as_list(_supported_efforts_type_0)
                    ):
                        try:
                            supported_efforts_type_0_item = check_reasoning_effort(supported_efforts_type_0_item_data)

                        except _LIST_ERRORS as _error:
                            raise _at_index(_error, _supported_efforts_type_0_item_data_index)
                        supported_efforts_type_0.append(supported_efforts_type_0_item)

                    return supported_efforts_type_0

                supported_efforts = _parse_union(
                    supported_efforts,
                    (("list[ReasoningEffort]", _supported_efforts_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "supports_max_tokens"
            supports_max_tokens = d.pop("supports_max_tokens", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        model_reasoning = cls(
            mandatory=mandatory,
            default_effort=default_effort,
            default_enabled=default_enabled,
            supported_efforts=supported_efforts,
            supports_max_tokens=supports_max_tokens,
        )

        model_reasoning.additional_properties = d
        return model_reasoning
