from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.observability_filter_rule_group_logic import (
    ObservabilityFilterRuleGroupLogic,
    check_observability_filter_rule_group_logic,
)
from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.observability_filter_rule_group_rules_item import ObservabilityFilterRuleGroupRulesItem
else:
    ObservabilityFilterRuleGroupRulesItem = _LazyModel(
        globals(), "observability_filter_rule_group_rules_item", "ObservabilityFilterRuleGroupRulesItem"
    )


@_attrs_define(repr=False, eq=False)
class ObservabilityFilterRuleGroup(_ModelBase):
    """
    Example:
        {'logic': 'and', 'rules': [{'field': 'model', 'operator': 'equals', 'value': 'openai/gpt-4o'}]}

    """

    rules: list[ObservabilityFilterRuleGroupRulesItem]
    logic: ObservabilityFilterRuleGroupLogic | Unset = "and"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("rules", _list_field(_model_field(ObservabilityFilterRuleGroupRulesItem))),)
    _optional_ = (("logic", check_observability_filter_rule_group_logic),)
