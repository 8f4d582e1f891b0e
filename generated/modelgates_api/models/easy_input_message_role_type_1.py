from typing import Literal

from ..types import check_enum

EasyInputMessageRoleType1 = Literal["system"] | str

EASY_INPUT_MESSAGE_ROLE_TYPE_1_VALUES: set[EasyInputMessageRoleType1] = {
    "system",
}


def check_easy_input_message_role_type_1(value: str) -> EasyInputMessageRoleType1:
    return check_enum(value, EASY_INPUT_MESSAGE_ROLE_TYPE_1_VALUES, "EasyInputMessageRoleType1")
