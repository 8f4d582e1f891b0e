from typing import Literal

from ..types import check_enum

InputMessageItemRoleType1 = Literal["system"] | str

INPUT_MESSAGE_ITEM_ROLE_TYPE_1_VALUES: set[InputMessageItemRoleType1] = {
    "system",
}


def check_input_message_item_role_type_1(value: str) -> InputMessageItemRoleType1:
    return check_enum(value, INPUT_MESSAGE_ITEM_ROLE_TYPE_1_VALUES, "InputMessageItemRoleType1")
