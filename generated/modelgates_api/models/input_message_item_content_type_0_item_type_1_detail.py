from typing import Literal

InputMessageItemContentType0ItemType1Detail = Literal["auto", "high", "low", "original"]

INPUT_MESSAGE_ITEM_CONTENT_TYPE_0_ITEM_TYPE_1_DETAIL_VALUES: set[
    InputMessageItemContentType0ItemType1Detail
] = {
    "auto",
    "high",
    "low",
    "original",
}


def check_input_message_item_content_type_0_item_type_1_detail(
    value: str,
) -> InputMessageItemContentType0ItemType1Detail:
    if value in INPUT_MESSAGE_ITEM_CONTENT_TYPE_0_ITEM_TYPE_1_DETAIL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUT_MESSAGE_ITEM_CONTENT_TYPE_0_ITEM_TYPE_1_DETAIL_VALUES!r}"
    )
