from typing import Literal

from ..types import check_enum

EasyInputMessageRoleType0 = Literal["user"] | str

EASY_INPUT_MESSAGE_ROLE_TYPE_0_VALUES: set[EasyInputMessageRoleType0] = {
    "user",
}


def check_easy_input_message_role_type_0(value: str) -> EasyInputMessageRoleType0:
    return check_enum(value, EASY_INPUT_MESSAGE_ROLE_TYPE_0_VALUES, "EasyInputMessageRoleType0")
