from typing import Literal

from ..types import check_enum

InputMessageItemRoleType0 = Literal["user"] | str

INPUT_MESSAGE_ITEM_ROLE_TYPE_0_VALUES: set[InputMessageItemRoleType0] = {
    "user",
}


def check_input_message_item_role_type_0(value: str) -> InputMessageItemRoleType0:
    return check_enum(value, INPUT_MESSAGE_ITEM_ROLE_TYPE_0_VALUES, "InputMessageItemRoleType0")
