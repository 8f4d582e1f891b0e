from typing import Literal

from ..types import check_enum

OutputWebSearchCallItemActionType0Type = Literal["search"] | str

OUTPUT_WEB_SEARCH_CALL_ITEM_ACTION_TYPE_0_TYPE_VALUES: set[OutputWebSearchCallItemActionType0Type] = {
    "search",
}


def check_output_web_search_call_item_action_type_0_type(value: str) -> OutputWebSearchCallItemActionType0Type:
    return check_enum(
        value, OUTPUT_WEB_SEARCH_CALL_ITEM_ACTION_TYPE_0_TYPE_VALUES, "OutputWebSearchCallItemActionType0Type"
    )
