from typing import Literal

OpenAIResponseInputMessageItemRoleType0 = Literal["user"]

OPEN_AI_RESPONSE_INPUT_MESSAGE_ITEM_ROLE_TYPE_0_VALUES: set[
    OpenAIResponseInputMessageItemRoleType0
] = {
    "user",
}


def check_open_ai_response_input_message_item_role_type_0(
    value: str,
) -> OpenAIResponseInputMessageItemRoleType0:
    if value in OPEN_AI_RESPONSE_INPUT_MESSAGE_ITEM_ROLE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSE_INPUT_MESSAGE_ITEM_ROLE_TYPE_0_VALUES!r}"
    )
