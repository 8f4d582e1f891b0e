from typing import Literal

from ..types import check_enum

InputMessageItemRoleType2 = Literal["developer"] | str

INPUT_MESSAGE_ITEM_ROLE_TYPE_2_VALUES: set[InputMessageItemRoleType2] = {
    "developer",
}


def check_input_message_item_role_type_2(value: str) -> InputMessageItemRoleType2:
    return check_enum(value, INPUT_MESSAGE_ITEM_ROLE_TYPE_2_VALUES, "InputMessageItemRoleType2")
