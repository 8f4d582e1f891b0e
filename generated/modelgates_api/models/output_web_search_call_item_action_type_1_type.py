from typing import Literal

OutputWebSearchCallItemActionType1Type = Literal["open_page"]

OUTPUT_WEB_SEARCH_CALL_ITEM_ACTION_TYPE_1_TYPE_VALUES: set[
    OutputWebSearchCallItemActionType1Type
] = {
    "open_page",
}


def check_output_web_search_call_item_action_type_1_type(
    value: str,
) -> OutputWebSearchCallItemActionType1Type:
    if value in OUTPUT_WEB_SEARCH_CALL_ITEM_ACTION_TYPE_1_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_WEB_SEARCH_CALL_ITEM_ACTION_TYPE_1_TYPE_VALUES!r}"
    )
