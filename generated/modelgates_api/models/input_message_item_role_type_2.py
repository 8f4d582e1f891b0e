from typing import Literal

InputMessageItemRoleType2 = Literal["developer"]

INPUT_MESSAGE_ITEM_ROLE_TYPE_2_VALUES: set[InputMessageItemRoleType2] = {
    "developer",
}


def check_input_message_item_role_type_2(value: str) -> InputMessageItemRoleType2:
    if value in INPUT_MESSAGE_ITEM_ROLE_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUT_MESSAGE_ITEM_ROLE_TYPE_2_VALUES!r}"
    )
