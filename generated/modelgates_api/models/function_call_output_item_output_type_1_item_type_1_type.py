from typing import Literal

FunctionCallOutputItemOutputType1ItemType1Type = Literal["input_image"]

FUNCTION_CALL_OUTPUT_ITEM_OUTPUT_TYPE_1_ITEM_TYPE_1_TYPE_VALUES: set[
    FunctionCallOutputItemOutputType1ItemType1Type
] = {
    "input_image",
}


def check_function_call_output_item_output_type_1_item_type_1_type(
    value: str,
) -> FunctionCallOutputItemOutputType1ItemType1Type:
    if value in FUNCTION_CALL_OUTPUT_ITEM_OUTPUT_TYPE_1_ITEM_TYPE_1_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNCTION_CALL_OUTPUT_ITEM_OUTPUT_TYPE_1_ITEM_TYPE_1_TYPE_VALUES!r}"
    )
