from typing import Literal

EasyInputMessageRoleType3 = Literal["developer"]

EASY_INPUT_MESSAGE_ROLE_TYPE_3_VALUES: set[EasyInputMessageRoleType3] = {
    "developer",
}


def check_easy_input_message_role_type_3(value: str) -> EasyInputMessageRoleType3:
    if value in EASY_INPUT_MESSAGE_ROLE_TYPE_3_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EASY_INPUT_MESSAGE_ROLE_TYPE_3_VALUES!r}"
    )
