from typing import Literal

from ..types import check_enum

AgentMessageItemContentItemType1Type = Literal["input_image"] | str

AGENT_MESSAGE_ITEM_CONTENT_ITEM_TYPE_1_TYPE_VALUES: set[AgentMessageItemContentItemType1Type] = {
    "input_image",
}


def check_agent_message_item_content_item_type_1_type(value: str) -> AgentMessageItemContentItemType1Type:
    return check_enum(value, AGENT_MESSAGE_ITEM_CONTENT_ITEM_TYPE_1_TYPE_VALUES, "AgentMessageItemContentItemType1Type")
