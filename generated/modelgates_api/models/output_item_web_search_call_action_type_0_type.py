from typing import Literal

OutputItemWebSearchCallActionType0Type = Literal["search"]

OUTPUT_ITEM_WEB_SEARCH_CALL_ACTION_TYPE_0_TYPE_VALUES: set[
    OutputItemWebSearchCallActionType0Type
] = {
    "search",
}


def check_output_item_web_search_call_action_type_0_type(
    value: str,
) -> OutputItemWebSearchCallActionType0Type:
    if value in OUTPUT_ITEM_WEB_SEARCH_CALL_ACTION_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_ITEM_WEB_SEARCH_CALL_ACTION_TYPE_0_TYPE_VALUES!r}"
    )
