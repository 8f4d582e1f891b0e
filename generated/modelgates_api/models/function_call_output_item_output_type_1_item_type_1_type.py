from typing import Literal

from ..types import check_enum

FunctionCallOutputItemOutputType1ItemType1Type = Literal["input_image"] | str

FUNCTION_CALL_OUTPUT_ITEM_OUTPUT_TYPE_1_ITEM_TYPE_1_TYPE_VALUES: set[FunctionCallOutputItemOutputType1ItemType1Type] = {
    "input_image",
}


def check_function_call_output_item_output_type_1_item_type_1_type(
    value: str,
) -> FunctionCallOutputItemOutputType1ItemType1Type:
    return check_enum(
        value,
        FUNCTION_CALL_OUTPUT_ITEM_OUTPUT_TYPE_1_ITEM_TYPE_1_TYPE_VALUES,
        "FunctionCallOutputItemOutputType1ItemType1Type",
    )
