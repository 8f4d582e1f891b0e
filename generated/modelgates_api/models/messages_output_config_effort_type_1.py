from typing import Literal

from ..types import check_enum

MessagesOutputConfigEffortType1 = Literal["high", "low", "max", "medium", "xhigh"] | str

MESSAGES_OUTPUT_CONFIG_EFFORT_TYPE_1_VALUES: set[MessagesOutputConfigEffortType1] = {
    "high",
    "low",
    "max",
    "medium",
    "xhigh",
}


def check_messages_output_config_effort_type_1(value: str) -> MessagesOutputConfigEffortType1:
    return check_enum(value, MESSAGES_OUTPUT_CONFIG_EFFORT_TYPE_1_VALUES, "MessagesOutputConfigEffortType1")
