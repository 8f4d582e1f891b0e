from typing import Literal

CustomToolCallOutputItemOutputType1ItemType1Type = Literal["input_image"]

CUSTOM_TOOL_CALL_OUTPUT_ITEM_OUTPUT_TYPE_1_ITEM_TYPE_1_TYPE_VALUES: set[
    CustomToolCallOutputItemOutputType1ItemType1Type
] = {
    "input_image",
}


def check_custom_tool_call_output_item_output_type_1_item_type_1_type(
    value: str,
) -> CustomToolCallOutputItemOutputType1ItemType1Type:
    if value in CUSTOM_TOOL_CALL_OUTPUT_ITEM_OUTPUT_TYPE_1_ITEM_TYPE_1_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_TOOL_CALL_OUTPUT_ITEM_OUTPUT_TYPE_1_ITEM_TYPE_1_TYPE_VALUES!r}"
    )
