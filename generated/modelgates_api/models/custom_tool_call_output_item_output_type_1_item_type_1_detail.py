from typing import Literal

from ..types import check_enum

CustomToolCallOutputItemOutputType1ItemType1Detail = Literal["auto", "high", "low", "original"] | str

CUSTOM_TOOL_CALL_OUTPUT_ITEM_OUTPUT_TYPE_1_ITEM_TYPE_1_DETAIL_VALUES: set[
    CustomToolCallOutputItemOutputType1ItemType1Detail
] = {
    "auto",
    "high",
    "low",
    "original",
}


def check_custom_tool_call_output_item_output_type_1_item_type_1_detail(
    value: str,
) -> CustomToolCallOutputItemOutputType1ItemType1Detail:
    return check_enum(
        value,
        CUSTOM_TOOL_CALL_OUTPUT_ITEM_OUTPUT_TYPE_1_ITEM_TYPE_1_DETAIL_VALUES,
        "CustomToolCallOutputItemOutputType1ItemType1Detail",
    )
