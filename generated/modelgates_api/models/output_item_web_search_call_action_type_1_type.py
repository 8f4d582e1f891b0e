from typing import Literal

from ..types import check_enum

OutputItemWebSearchCallActionType1Type = Literal["open_page"] | str

OUTPUT_ITEM_WEB_SEARCH_CALL_ACTION_TYPE_1_TYPE_VALUES: set[OutputItemWebSearchCallActionType1Type] = {
    "open_page",
}


def check_output_item_web_search_call_action_type_1_type(value: str) -> OutputItemWebSearchCallActionType1Type:
    return check_enum(
        value, OUTPUT_ITEM_WEB_SEARCH_CALL_ACTION_TYPE_1_TYPE_VALUES, "OutputItemWebSearchCallActionType1Type"
    )
