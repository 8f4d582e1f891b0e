from typing import Literal

from ..types import check_enum

OpenAIResponseInputMessageItemRoleType0 = Literal["user"] | str

OPEN_AI_RESPONSE_INPUT_MESSAGE_ITEM_ROLE_TYPE_0_VALUES: set[OpenAIResponseInputMessageItemRoleType0] = {
    "user",
}


def check_open_ai_response_input_message_item_role_type_0(value: str) -> OpenAIResponseInputMessageItemRoleType0:
    return check_enum(
        value, OPEN_AI_RESPONSE_INPUT_MESSAGE_ITEM_ROLE_TYPE_0_VALUES, "OpenAIResponseInputMessageItemRoleType0"
    )
