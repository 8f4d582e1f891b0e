from typing import Literal

OpenResponsesResultToolsItemType0Type = Literal["function"]

OPEN_RESPONSES_RESULT_TOOLS_ITEM_TYPE_0_TYPE_VALUES: set[
    OpenResponsesResultToolsItemType0Type
] = {
    "function",
}


def check_open_responses_result_tools_item_type_0_type(
    value: str,
) -> OpenResponsesResultToolsItemType0Type:
    if value in OPEN_RESPONSES_RESULT_TOOLS_ITEM_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_RESPONSES_RESULT_TOOLS_ITEM_TYPE_0_TYPE_VALUES!r}"
    )
