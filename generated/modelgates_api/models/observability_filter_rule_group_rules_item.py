from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.observability_filter_rule_group_rules_item_field import (
    ObservabilityFilterRuleGroupRulesItemField,
    check_observability_filter_rule_group_rules_item_field,
)
from ..models.observability_filter_rule_group_rules_item_operator import (
    ObservabilityFilterRuleGroupRulesItemOperator,
    check_observability_filter_rule_group_rules_item_operator,
)
from ..types import UNSET, ModelBase as _ModelBase, Unset, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class ObservabilityFilterRuleGroupRulesItem(_ModelBase):
    field: ObservabilityFilterRuleGroupRulesItemField
    operator: ObservabilityFilterRuleGroupRulesItemOperator
    value: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("field", check_observability_filter_rule_group_rules_item_field),
        ("operator", check_observability_filter_rule_group_rules_item_operator),
    )
    _optional_ = (
        (
            "value",
            _union_field(
                (),
                plain=(
                    str,
                    float,
                    int,
                ),
                skip=(
                    str,
                    float,
                    int,
                ),
            ),
        ),
    )
