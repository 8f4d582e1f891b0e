from typing import Literal

from ..types import check_enum

OpenAIResponseInputMessageItemType = Literal["message"] | str

OPEN_AI_RESPONSE_INPUT_MESSAGE_ITEM_TYPE_VALUES: set[OpenAIResponseInputMessageItemType] = {
    "message",
}


def check_open_ai_response_input_message_item_type(value: str) -> OpenAIResponseInputMessageItemType:
    return check_enum(value, OPEN_AI_RESPONSE_INPUT_MESSAGE_ITEM_TYPE_VALUES, "OpenAIResponseInputMessageItemType")
