from typing import Literal

from ..types import check_enum

ObservabilityFilterRuleGroupRulesItemField = (
    Literal[
        "api_key_name",
        "completion_tokens",
        "finish_reason",
        "input",
        "model",
        "output",
        "prompt_tokens",
        "provider",
        "session_id",
        "total_cost",
        "total_tokens",
        "user_id",
    ]
    | str
)

OBSERVABILITY_FILTER_RULE_GROUP_RULES_ITEM_FIELD_VALUES: set[ObservabilityFilterRuleGroupRulesItemField] = {
    "api_key_name",
    "completion_tokens",
    "finish_reason",
    "input",
    "model",
    "output",
    "prompt_tokens",
    "provider",
    "session_id",
    "total_cost",
    "total_tokens",
    "user_id",
}


def check_observability_filter_rule_group_rules_item_field(value: str) -> ObservabilityFilterRuleGroupRulesItemField:
    return check_enum(
        value, OBSERVABILITY_FILTER_RULE_GROUP_RULES_ITEM_FIELD_VALUES, "ObservabilityFilterRuleGroupRulesItemField"
    )
