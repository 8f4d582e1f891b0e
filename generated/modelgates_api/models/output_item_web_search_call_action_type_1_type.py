from typing import Literal

OutputItemWebSearchCallActionType1Type = Literal["open_page"]

OUTPUT_ITEM_WEB_SEARCH_CALL_ACTION_TYPE_1_TYPE_VALUES: set[
    OutputItemWebSearchCallActionType1Type
] = {
    "open_page",
}


def check_output_item_web_search_call_action_type_1_type(
    value: str,
) -> OutputItemWebSearchCallActionType1Type:
    if value in OUTPUT_ITEM_WEB_SEARCH_CALL_ACTION_TYPE_1_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_ITEM_WEB_SEARCH_CALL_ACTION_TYPE_1_TYPE_VALUES!r}"
    )
