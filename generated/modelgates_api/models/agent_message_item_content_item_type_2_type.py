from typing import Literal

from ..types import check_enum

AgentMessageItemContentItemType2Type = Literal["encrypted_content"] | str

AGENT_MESSAGE_ITEM_CONTENT_ITEM_TYPE_2_TYPE_VALUES: set[AgentMessageItemContentItemType2Type] = {
    "encrypted_content",
}


def check_agent_message_item_content_item_type_2_type(value: str) -> AgentMessageItemContentItemType2Type:
    return check_enum(value, AGENT_MESSAGE_ITEM_CONTENT_ITEM_TYPE_2_TYPE_VALUES, "AgentMessageItemContentItemType2Type")
