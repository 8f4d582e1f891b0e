from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.observability_filter_rule_group_logic import (
    ObservabilityFilterRuleGroupLogic,
    check_observability_filter_rule_group_logic,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.observability_filter_rule_group_rules_item import ObservabilityFilterRuleGroupRulesItem


@_attrs_define(repr=False, eq=False)
class ObservabilityFilterRuleGroup(_ModelBase):
    """
    Example:
        {'logic': 'and', 'rules': [{'field': 'model', 'operator': 'equals', 'value': 'openai/gpt-4o'}]}

    """

    rules: list[ObservabilityFilterRuleGroupRulesItem]
    logic: ObservabilityFilterRuleGroupLogic | Unset = "and"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "rules",
        "logic",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "rules"
            rules = []
            _rules = d.pop("rules")
            for _rules_item_data_index, rules_item_data in enumerate(_as_list(_rules)):
                try:
                    rules_item = ObservabilityFilterRuleGroupRulesItem.from_dict(rules_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _rules_item_data_index)
                rules.append(rules_item)

            _at_field_ = "logic"
            _logic = d.pop("logic", UNSET)
            logic: ObservabilityFilterRuleGroupLogic | Unset
            if isinstance(_logic, Unset):
                logic = UNSET
            else:
                logic = check_observability_filter_rule_group_logic(_logic)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        observability_filter_rule_group = cls(
            rules=rules,
            logic=logic,
        )

        observability_filter_rule_group.additional_properties = d
        return observability_filter_rule_group


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ObservabilityFilterRuleGroupRulesItem = _LazyModel(
        globals(),
        "modelgates_api.models.observability_filter_rule_group_rules_item",
        "ObservabilityFilterRuleGroupRulesItem",
    )
