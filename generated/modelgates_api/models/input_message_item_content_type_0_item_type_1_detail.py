from typing import Literal

from ..types import check_enum

InputMessageItemContentType0ItemType1Detail = Literal["auto", "high", "low", "original"] | str

INPUT_MESSAGE_ITEM_CONTENT_TYPE_0_ITEM_TYPE_1_DETAIL_VALUES: set[InputMessageItemContentType0ItemType1Detail] = {
    "auto",
    "high",
    "low",
    "original",
}


def check_input_message_item_content_type_0_item_type_1_detail(
    value: str,
) -> InputMessageItemContentType0ItemType1Detail:
    return check_enum(
        value,
        INPUT_MESSAGE_ITEM_CONTENT_TYPE_0_ITEM_TYPE_1_DETAIL_VALUES,
        "InputMessageItemContentType0ItemType1Detail",
    )
