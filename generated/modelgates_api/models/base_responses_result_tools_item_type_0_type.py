from typing import Literal

from ..types import check_enum

BaseResponsesResultToolsItemType0Type = Literal["function"] | str

BASE_RESPONSES_RESULT_TOOLS_ITEM_TYPE_0_TYPE_VALUES: set[BaseResponsesResultToolsItemType0Type] = {
    "function",
}


def check_base_responses_result_tools_item_type_0_type(value: str) -> BaseResponsesResultToolsItemType0Type:
    return check_enum(
        value, BASE_RESPONSES_RESULT_TOOLS_ITEM_TYPE_0_TYPE_VALUES, "BaseResponsesResultToolsItemType0Type"
    )
