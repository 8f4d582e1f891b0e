from typing import Literal

from ..types import check_enum

OutputWebSearchCallItemActionType1Type = Literal["open_page"] | str

OUTPUT_WEB_SEARCH_CALL_ITEM_ACTION_TYPE_1_TYPE_VALUES: set[OutputWebSearchCallItemActionType1Type] = {
    "open_page",
}


def check_output_web_search_call_item_action_type_1_type(value: str) -> OutputWebSearchCallItemActionType1Type:
    return check_enum(
        value, OUTPUT_WEB_SEARCH_CALL_ITEM_ACTION_TYPE_1_TYPE_VALUES, "OutputWebSearchCallItemActionType1Type"
    )
