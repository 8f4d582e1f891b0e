from typing import Literal

from ..types import check_enum

EasyInputMessageContentType0ItemType1Detail = Literal["auto", "high", "low", "original"] | str

EASY_INPUT_MESSAGE_CONTENT_TYPE_0_ITEM_TYPE_1_DETAIL_VALUES: set[EasyInputMessageContentType0ItemType1Detail] = {
    "auto",
    "high",
    "low",
    "original",
}


def check_easy_input_message_content_type_0_item_type_1_detail(
    value: str,
) -> EasyInputMessageContentType0ItemType1Detail:
    return check_enum(
        value,
        EASY_INPUT_MESSAGE_CONTENT_TYPE_0_ITEM_TYPE_1_DETAIL_VALUES,
        "EasyInputMessageContentType0ItemType1Detail",
    )
