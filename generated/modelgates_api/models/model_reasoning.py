from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.reasoning_effort import ReasoningEffort, check_reasoning_effort
from ..types import (
    UNSET,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    list_field as _list_field,
    union_field as _union_field,
)


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

    _required_ = ("mandatory",)
    _optional_ = (
        ("default_effort", check_reasoning_effort),
        "default_enabled",
        (
            "supported_efforts",
            _union_field(
                (("list[ReasoningEffort]", _guarded((list,), _list_field(check_reasoning_effort))),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        "supports_max_tokens",
    )
