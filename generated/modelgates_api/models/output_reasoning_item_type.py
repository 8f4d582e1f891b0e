from typing import Literal

OutputReasoningItemType = Literal["reasoning"]

OUTPUT_REASONING_ITEM_TYPE_VALUES: set[OutputReasoningItemType] = {
    "reasoning",
}


def check_output_reasoning_item_type(value: str) -> OutputReasoningItemType:
    if value in OUTPUT_REASONING_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_REASONING_ITEM_TYPE_VALUES!r}"
    )
