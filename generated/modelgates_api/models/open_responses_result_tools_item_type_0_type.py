from typing import Literal

from ..types import check_enum

OpenResponsesResultToolsItemType0Type = Literal["function"] | str

OPEN_RESPONSES_RESULT_TOOLS_ITEM_TYPE_0_TYPE_VALUES: set[OpenResponsesResultToolsItemType0Type] = {
    "function",
}


def check_open_responses_result_tools_item_type_0_type(value: str) -> OpenResponsesResultToolsItemType0Type:
    return check_enum(
        value, OPEN_RESPONSES_RESULT_TOOLS_ITEM_TYPE_0_TYPE_VALUES, "OpenResponsesResultToolsItemType0Type"
    )
