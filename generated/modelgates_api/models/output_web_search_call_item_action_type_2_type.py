from typing import Literal

OutputWebSearchCallItemActionType2Type = Literal["find_in_page"]

OUTPUT_WEB_SEARCH_CALL_ITEM_ACTION_TYPE_2_TYPE_VALUES: set[
    OutputWebSearchCallItemActionType2Type
] = {
    "find_in_page",
}


def check_output_web_search_call_item_action_type_2_type(
    value: str,
) -> OutputWebSearchCallItemActionType2Type:
    if value in OUTPUT_WEB_SEARCH_CALL_ITEM_ACTION_TYPE_2_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_WEB_SEARCH_CALL_ITEM_ACTION_TYPE_2_TYPE_VALUES!r}"
    )
