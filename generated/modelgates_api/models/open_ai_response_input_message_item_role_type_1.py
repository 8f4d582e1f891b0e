from typing import Literal

from ..types import check_enum

OpenAIResponseInputMessageItemRoleType1 = Literal["system"] | str

OPEN_AI_RESPONSE_INPUT_MESSAGE_ITEM_ROLE_TYPE_1_VALUES: set[OpenAIResponseInputMessageItemRoleType1] = {
    "system",
}


def check_open_ai_response_input_message_item_role_type_1(value: str) -> OpenAIResponseInputMessageItemRoleType1:
    return check_enum(
        value, OPEN_AI_RESPONSE_INPUT_MESSAGE_ITEM_ROLE_TYPE_1_VALUES, "OpenAIResponseInputMessageItemRoleType1"
    )
