from typing import Literal

from ..types import check_enum

ObservabilityFilterRuleGroupLogic = Literal["and", "or"] | str

OBSERVABILITY_FILTER_RULE_GROUP_LOGIC_VALUES: set[ObservabilityFilterRuleGroupLogic] = {
    "and",
    "or",
}


def check_observability_filter_rule_group_logic(value: str) -> ObservabilityFilterRuleGroupLogic:
    return check_enum(value, OBSERVABILITY_FILTER_RULE_GROUP_LOGIC_VALUES, "ObservabilityFilterRuleGroupLogic")
