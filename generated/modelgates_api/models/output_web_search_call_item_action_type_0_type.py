from typing import Literal

OutputWebSearchCallItemActionType0Type = Literal["search"]

OUTPUT_WEB_SEARCH_CALL_ITEM_ACTION_TYPE_0_TYPE_VALUES: set[
    OutputWebSearchCallItemActionType0Type
] = {
    "search",
}


def check_output_web_search_call_item_action_type_0_type(
    value: str,
) -> OutputWebSearchCallItemActionType0Type:
    if value in OUTPUT_WEB_SEARCH_CALL_ITEM_ACTION_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_WEB_SEARCH_CALL_ITEM_ACTION_TYPE_0_TYPE_VALUES!r}"
    )
