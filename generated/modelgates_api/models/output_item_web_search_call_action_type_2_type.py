from typing import Literal

OutputItemWebSearchCallActionType2Type = Literal["find_in_page"]

OUTPUT_ITEM_WEB_SEARCH_CALL_ACTION_TYPE_2_TYPE_VALUES: set[
    OutputItemWebSearchCallActionType2Type
] = {
    "find_in_page",
}


def check_output_item_web_search_call_action_type_2_type(
    value: str,
) -> OutputItemWebSearchCallActionType2Type:
    if value in OUTPUT_ITEM_WEB_SEARCH_CALL_ACTION_TYPE_2_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_ITEM_WEB_SEARCH_CALL_ACTION_TYPE_2_TYPE_VALUES!r}"
    )
