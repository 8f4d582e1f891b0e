from typing import Literal

CustomToolCallOutputItemOutputType1ItemType1Detail = Literal[
    "auto", "high", "low", "original"
]

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
    if value in CUSTOM_TOOL_CALL_OUTPUT_ITEM_OUTPUT_TYPE_1_ITEM_TYPE_1_DETAIL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_TOOL_CALL_OUTPUT_ITEM_OUTPUT_TYPE_1_ITEM_TYPE_1_DETAIL_VALUES!r}"
    )
