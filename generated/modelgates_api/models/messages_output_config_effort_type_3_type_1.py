from typing import Literal

from ..types import check_enum

MessagesOutputConfigEffortType3Type1 = Literal["high", "low", "max", "medium", "xhigh"] | str

MESSAGES_OUTPUT_CONFIG_EFFORT_TYPE_3_TYPE_1_VALUES: set[MessagesOutputConfigEffortType3Type1] = {
    "high",
    "low",
    "max",
    "medium",
    "xhigh",
}


def check_messages_output_config_effort_type_3_type_1(value: str) -> MessagesOutputConfigEffortType3Type1:
    return check_enum(value, MESSAGES_OUTPUT_CONFIG_EFFORT_TYPE_3_TYPE_1_VALUES, "MessagesOutputConfigEffortType3Type1")
