from typing import Literal

from ..types import check_enum

OpenAIResponseInputMessageItemRoleType2 = Literal["developer"] | str

OPEN_AI_RESPONSE_INPUT_MESSAGE_ITEM_ROLE_TYPE_2_VALUES: set[OpenAIResponseInputMessageItemRoleType2] = {
    "developer",
}


def check_open_ai_response_input_message_item_role_type_2(value: str) -> OpenAIResponseInputMessageItemRoleType2:
    return check_enum(
        value, OPEN_AI_RESPONSE_INPUT_MESSAGE_ITEM_ROLE_TYPE_2_VALUES, "OpenAIResponseInputMessageItemRoleType2"
    )
