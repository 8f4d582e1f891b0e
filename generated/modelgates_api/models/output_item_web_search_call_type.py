from typing import Literal

OutputItemWebSearchCallType = Literal["web_search_call"]

OUTPUT_ITEM_WEB_SEARCH_CALL_TYPE_VALUES: set[OutputItemWebSearchCallType] = {
    "web_search_call",
}


def check_output_item_web_search_call_type(value: str) -> OutputItemWebSearchCallType:
    if value in OUTPUT_ITEM_WEB_SEARCH_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_ITEM_WEB_SEARCH_CALL_TYPE_VALUES!r}"
    )
