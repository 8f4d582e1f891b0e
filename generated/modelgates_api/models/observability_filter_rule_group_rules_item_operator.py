from typing import Literal

ObservabilityFilterRuleGroupRulesItemOperator = Literal[
    "contains",
    "ends_with",
    "equals",
    "exists",
    "gt",
    "gte",
    "lt",
    "lte",
    "not_contains",
    "not_equals",
    "not_exists",
    "regex",
    "starts_with",
]

OBSERVABILITY_FILTER_RULE_GROUP_RULES_ITEM_OPERATOR_VALUES: set[
    ObservabilityFilterRuleGroupRulesItemOperator
] = {
    "contains",
    "ends_with",
    "equals",
    "exists",
    "gt",
    "gte",
    "lt",
    "lte",
    "not_contains",
    "not_equals",
    "not_exists",
    "regex",
    "starts_with",
}


def check_observability_filter_rule_group_rules_item_operator(
    value: str,
) -> ObservabilityFilterRuleGroupRulesItemOperator:
    if value in OBSERVABILITY_FILTER_RULE_GROUP_RULES_ITEM_OPERATOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBSERVABILITY_FILTER_RULE_GROUP_RULES_ITEM_OPERATOR_VALUES!r}"
    )
