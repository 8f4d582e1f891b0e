from typing import Literal

from ..types import check_enum

CustomToolCallOutputItemOutputType1ItemType1Type = Literal["input_image"] | str

CUSTOM_TOOL_CALL_OUTPUT_ITEM_OUTPUT_TYPE_1_ITEM_TYPE_1_TYPE_VALUES: set[
    CustomToolCallOutputItemOutputType1ItemType1Type
] = {
    "input_image",
}


def check_custom_tool_call_output_item_output_type_1_item_type_1_type(
    value: str,
) -> CustomToolCallOutputItemOutputType1ItemType1Type:
    return check_enum(
        value,
        CUSTOM_TOOL_CALL_OUTPUT_ITEM_OUTPUT_TYPE_1_ITEM_TYPE_1_TYPE_VALUES,
        "CustomToolCallOutputItemOutputType1ItemType1Type",
    )
