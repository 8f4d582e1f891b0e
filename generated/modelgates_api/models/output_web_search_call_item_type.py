from typing import Literal

OutputWebSearchCallItemType = Literal["web_search_call"]

OUTPUT_WEB_SEARCH_CALL_ITEM_TYPE_VALUES: set[OutputWebSearchCallItemType] = {
    "web_search_call",
}


def check_output_web_search_call_item_type(value: str) -> OutputWebSearchCallItemType:
    if value in OUTPUT_WEB_SEARCH_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_WEB_SEARCH_CALL_ITEM_TYPE_VALUES!r}"
    )
