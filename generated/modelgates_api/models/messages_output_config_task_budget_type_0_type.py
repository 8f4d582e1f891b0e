from typing import Literal

from ..types import check_enum

MessagesOutputConfigTaskBudgetType0Type = Literal["tokens"] | str

MESSAGES_OUTPUT_CONFIG_TASK_BUDGET_TYPE_0_TYPE_VALUES: set[MessagesOutputConfigTaskBudgetType0Type] = {
    "tokens",
}


def check_messages_output_config_task_budget_type_0_type(value: str) -> MessagesOutputConfigTaskBudgetType0Type:
    return check_enum(
        value, MESSAGES_OUTPUT_CONFIG_TASK_BUDGET_TYPE_0_TYPE_VALUES, "MessagesOutputConfigTaskBudgetType0Type"
    )
