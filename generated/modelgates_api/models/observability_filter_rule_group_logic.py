from typing import Literal

ObservabilityFilterRuleGroupLogic = Literal["and", "or"]

OBSERVABILITY_FILTER_RULE_GROUP_LOGIC_VALUES: set[ObservabilityFilterRuleGroupLogic] = {
    "and",
    "or",
}


def check_observability_filter_rule_group_logic(
    value: str,
) -> ObservabilityFilterRuleGroupLogic:
    if value in OBSERVABILITY_FILTER_RULE_GROUP_LOGIC_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBSERVABILITY_FILTER_RULE_GROUP_LOGIC_VALUES!r}"
    )
