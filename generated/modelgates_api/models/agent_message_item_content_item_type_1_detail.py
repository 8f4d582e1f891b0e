from typing import Literal

AgentMessageItemContentItemType1Detail = Literal["auto", "high", "low", "original"]

AGENT_MESSAGE_ITEM_CONTENT_ITEM_TYPE_1_DETAIL_VALUES: set[
    AgentMessageItemContentItemType1Detail
] = {
    "auto",
    "high",
    "low",
    "original",
}


def check_agent_message_item_content_item_type_1_detail(
    value: str,
) -> AgentMessageItemContentItemType1Detail:
    if value in AGENT_MESSAGE_ITEM_CONTENT_ITEM_TYPE_1_DETAIL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGENT_MESSAGE_ITEM_CONTENT_ITEM_TYPE_1_DETAIL_VALUES!r}"
    )
