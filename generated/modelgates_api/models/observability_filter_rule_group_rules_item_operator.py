from typing import Literal

from ..types import check_enum

ObservabilityFilterRuleGroupRulesItemOperator = (
    Literal[
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
    | str
)

OBSERVABILITY_FILTER_RULE_GROUP_RULES_ITEM_OPERATOR_VALUES: set[ObservabilityFilterRuleGroupRulesItemOperator] = {
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
    return check_enum(
        value,
        OBSERVABILITY_FILTER_RULE_GROUP_RULES_ITEM_OPERATOR_VALUES,
        "ObservabilityFilterRuleGroupRulesItemOperator",
    )
