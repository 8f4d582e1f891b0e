from typing import Literal

ResponsesRequestToolsItemType0Type = Literal["function"]

RESPONSES_REQUEST_TOOLS_ITEM_TYPE_0_TYPE_VALUES: set[
    ResponsesRequestToolsItemType0Type
] = {
    "function",
}


def check_responses_request_tools_item_type_0_type(
    value: str,
) -> ResponsesRequestToolsItemType0Type:
    if value in RESPONSES_REQUEST_TOOLS_ITEM_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_REQUEST_TOOLS_ITEM_TYPE_0_TYPE_VALUES!r}"
    )
