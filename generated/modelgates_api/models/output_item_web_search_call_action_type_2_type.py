from typing import Literal

from ..types import check_enum

OutputItemWebSearchCallActionType2Type = Literal["find_in_page"] | str

OUTPUT_ITEM_WEB_SEARCH_CALL_ACTION_TYPE_2_TYPE_VALUES: set[OutputItemWebSearchCallActionType2Type] = {
    "find_in_page",
}


def check_output_item_web_search_call_action_type_2_type(value: str) -> OutputItemWebSearchCallActionType2Type:
    return check_enum(
        value, OUTPUT_ITEM_WEB_SEARCH_CALL_ACTION_TYPE_2_TYPE_VALUES, "OutputItemWebSearchCallActionType2Type"
    )
