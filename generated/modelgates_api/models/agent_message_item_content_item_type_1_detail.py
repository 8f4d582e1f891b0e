from typing import Literal

from ..types import check_enum

AgentMessageItemContentItemType1Detail = Literal["auto", "high", "low", "original"] | str

AGENT_MESSAGE_ITEM_CONTENT_ITEM_TYPE_1_DETAIL_VALUES: set[AgentMessageItemContentItemType1Detail] = {
    "auto",
    "high",
    "low",
    "original",
}


def check_agent_message_item_content_item_type_1_detail(value: str) -> AgentMessageItemContentItemType1Detail:
    return check_enum(
        value, AGENT_MESSAGE_ITEM_CONTENT_ITEM_TYPE_1_DETAIL_VALUES, "AgentMessageItemContentItemType1Detail"
    )
