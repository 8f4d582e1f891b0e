from typing import Literal

from ..types import check_enum

OutputItemWebSearchCallActionType0Type = Literal["search"] | str

OUTPUT_ITEM_WEB_SEARCH_CALL_ACTION_TYPE_0_TYPE_VALUES: set[OutputItemWebSearchCallActionType0Type] = {
    "search",
}


def check_output_item_web_search_call_action_type_0_type(value: str) -> OutputItemWebSearchCallActionType0Type:
    return check_enum(
        value, OUTPUT_ITEM_WEB_SEARCH_CALL_ACTION_TYPE_0_TYPE_VALUES, "OutputItemWebSearchCallActionType0Type"
    )
