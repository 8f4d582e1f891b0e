from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.observability_filter_rule_group_rules_item_field import (
    ObservabilityFilterRuleGroupRulesItemField,
    check_observability_filter_rule_group_rules_item_field,
)
from ..models.observability_filter_rule_group_rules_item_operator import (
    ObservabilityFilterRuleGroupRulesItemOperator,
    check_observability_filter_rule_group_rules_item_operator,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ObservabilityFilterRuleGroupRulesItem(_ModelBase):
    field: ObservabilityFilterRuleGroupRulesItemField
    operator: ObservabilityFilterRuleGroupRulesItemOperator
    value: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "field",
        "operator",
        "value",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "field"
            field = check_observability_filter_rule_group_rules_item_field(d.pop("field"))

            _at_field_ = "operator"
            operator = check_observability_filter_rule_group_rules_item_operator(d.pop("operator"))

            _at_field_ = "value"
            value = d.pop("value", UNSET)
            if not isinstance(value, (str, float, int, Unset)):
                value = _parse_union(
                    value,
                    (),
                    plain=(str, float, int),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        observability_filter_rule_group_rules_item = cls(
            field=field,
            operator=operator,
            value=value,
        )

        observability_filter_rule_group_rules_item.additional_properties = d
        return observability_filter_rule_group_rules_item
