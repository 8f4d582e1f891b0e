from typing import Literal

from ..types import check_enum

AgentMessageItemType = Literal["agent_message"] | str

AGENT_MESSAGE_ITEM_TYPE_VALUES: set[AgentMessageItemType] = {
    "agent_message",
}


def check_agent_message_item_type(value: str) -> AgentMessageItemType:
    return check_enum(value, AGENT_MESSAGE_ITEM_TYPE_VALUES, "AgentMessageItemType")
