from typing import Literal

BaseResponsesResultToolsItemType0Type = Literal["function"]

BASE_RESPONSES_RESULT_TOOLS_ITEM_TYPE_0_TYPE_VALUES: set[
    BaseResponsesResultToolsItemType0Type
] = {
    "function",
}


def check_base_responses_result_tools_item_type_0_type(
    value: str,
) -> BaseResponsesResultToolsItemType0Type:
    if value in BASE_RESPONSES_RESULT_TOOLS_ITEM_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_RESPONSES_RESULT_TOOLS_ITEM_TYPE_0_TYPE_VALUES!r}"
    )
