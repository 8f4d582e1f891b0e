from typing import Literal

from ..types import check_enum

EasyInputMessageRoleType2 = Literal["assistant"] | str

EASY_INPUT_MESSAGE_ROLE_TYPE_2_VALUES: set[EasyInputMessageRoleType2] = {
    "assistant",
}


def check_easy_input_message_role_type_2(value: str) -> EasyInputMessageRoleType2:
    return check_enum(value, EASY_INPUT_MESSAGE_ROLE_TYPE_2_VALUES, "EasyInputMessageRoleType2")
