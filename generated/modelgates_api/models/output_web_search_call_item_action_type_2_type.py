from typing import Literal

from ..types import check_enum

OutputWebSearchCallItemActionType2Type = Literal["find_in_page"] | str

OUTPUT_WEB_SEARCH_CALL_ITEM_ACTION_TYPE_2_TYPE_VALUES: set[OutputWebSearchCallItemActionType2Type] = {
    "find_in_page",
}


def check_output_web_search_call_item_action_type_2_type(value: str) -> OutputWebSearchCallItemActionType2Type:
    return check_enum(
        value, OUTPUT_WEB_SEARCH_CALL_ITEM_ACTION_TYPE_2_TYPE_VALUES, "OutputWebSearchCallItemActionType2Type"
    )
