from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.observability_filter_rule_group import ObservabilityFilterRuleGroup
else:
    ObservabilityFilterRuleGroup = _LazyModel(
        globals(), "observability_filter_rule_group", "ObservabilityFilterRuleGroup"
    )


@_attrs_define(repr=False, eq=False)
class ObservabilityFilterRulesConfigNullable(_ModelBase):
    """Optional structured filter rules controlling which events are forwarded."""

    groups: list[ObservabilityFilterRuleGroup]
    enabled: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("groups", _list_field(_model_field(ObservabilityFilterRuleGroup))),)
    _optional_ = ("enabled",)
