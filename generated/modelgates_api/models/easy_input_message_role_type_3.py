from typing import Literal

from ..types import check_enum

EasyInputMessageRoleType3 = Literal["developer"] | str

EASY_INPUT_MESSAGE_ROLE_TYPE_3_VALUES: set[EasyInputMessageRoleType3] = {
    "developer",
}


def check_easy_input_message_role_type_3(value: str) -> EasyInputMessageRoleType3:
    return check_enum(value, EASY_INPUT_MESSAGE_ROLE_TYPE_3_VALUES, "EasyInputMessageRoleType3")
