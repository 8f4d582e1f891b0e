from typing import Literal

AgentMessageItemContentItemType1Type = Literal["input_image"]

AGENT_MESSAGE_ITEM_CONTENT_ITEM_TYPE_1_TYPE_VALUES: set[
    AgentMessageItemContentItemType1Type
] = {
    "input_image",
}


def check_agent_message_item_content_item_type_1_type(
    value: str,
) -> AgentMessageItemContentItemType1Type:
    if value in AGENT_MESSAGE_ITEM_CONTENT_ITEM_TYPE_1_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGENT_MESSAGE_ITEM_CONTENT_ITEM_TYPE_1_TYPE_VALUES!r}"
    )
