from typing import Literal

EasyInputMessageRoleType2 = Literal["assistant"]

EASY_INPUT_MESSAGE_ROLE_TYPE_2_VALUES: set[EasyInputMessageRoleType2] = {
    "assistant",
}


def check_easy_input_message_role_type_2(value: str) -> EasyInputMessageRoleType2:
    if value in EASY_INPUT_MESSAGE_ROLE_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EASY_INPUT_MESSAGE_ROLE_TYPE_2_VALUES!r}"
    )
