from typing import Literal

AgentMessageItemContentItemType2Type = Literal["encrypted_content"]

AGENT_MESSAGE_ITEM_CONTENT_ITEM_TYPE_2_TYPE_VALUES: set[
    AgentMessageItemContentItemType2Type
] = {
    "encrypted_content",
}


def check_agent_message_item_content_item_type_2_type(
    value: str,
) -> AgentMessageItemContentItemType2Type:
    if value in AGENT_MESSAGE_ITEM_CONTENT_ITEM_TYPE_2_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGENT_MESSAGE_ITEM_CONTENT_ITEM_TYPE_2_TYPE_VALUES!r}"
    )
