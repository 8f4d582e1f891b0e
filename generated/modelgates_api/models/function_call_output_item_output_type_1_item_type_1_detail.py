from typing import Literal

from ..types import check_enum

FunctionCallOutputItemOutputType1ItemType1Detail = Literal["auto", "high", "low", "original"] | str

FUNCTION_CALL_OUTPUT_ITEM_OUTPUT_TYPE_1_ITEM_TYPE_1_DETAIL_VALUES: set[
    FunctionCallOutputItemOutputType1ItemType1Detail
] = {
    "auto",
    "high",
    "low",
    "original",
}


def check_function_call_output_item_output_type_1_item_type_1_detail(
    value: str,
) -> FunctionCallOutputItemOutputType1ItemType1Detail:
    return check_enum(
        value,
        FUNCTION_CALL_OUTPUT_ITEM_OUTPUT_TYPE_1_ITEM_TYPE_1_DETAIL_VALUES,
        "FunctionCallOutputItemOutputType1ItemType1Detail",
    )
