from typing import Literal

from ..types import check_enum

ResponsesRequestToolsItemType0Type = Literal["function"] | str

RESPONSES_REQUEST_TOOLS_ITEM_TYPE_0_TYPE_VALUES: set[ResponsesRequestToolsItemType0Type] = {
    "function",
}


def check_responses_request_tools_item_type_0_type(value: str) -> ResponsesRequestToolsItemType0Type:
    return check_enum(value, RESPONSES_REQUEST_TOOLS_ITEM_TYPE_0_TYPE_VALUES, "ResponsesRequestToolsItemType0Type")
