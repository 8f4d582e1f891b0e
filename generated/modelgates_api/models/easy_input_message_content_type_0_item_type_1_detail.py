from typing import Literal

EasyInputMessageContentType0ItemType1Detail = Literal["auto", "high", "low", "original"]

EASY_INPUT_MESSAGE_CONTENT_TYPE_0_ITEM_TYPE_1_DETAIL_VALUES: set[
    EasyInputMessageContentType0ItemType1Detail
] = {
    "auto",
    "high",
    "low",
    "original",
}


def check_easy_input_message_content_type_0_item_type_1_detail(
    value: str,
) -> EasyInputMessageContentType0ItemType1Detail:
    if value in EASY_INPUT_MESSAGE_CONTENT_TYPE_0_ITEM_TYPE_1_DETAIL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EASY_INPUT_MESSAGE_CONTENT_TYPE_0_ITEM_TYPE_1_DETAIL_VALUES!r}"
    )
