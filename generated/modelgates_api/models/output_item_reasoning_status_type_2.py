from typing import Literal

OutputItemReasoningStatusType2 = Literal["in_progress"]

OUTPUT_ITEM_REASONING_STATUS_TYPE_2_VALUES: set[OutputItemReasoningStatusType2] = {
    "in_progress",
}


def check_output_item_reasoning_status_type_2(
    value: str,
) -> OutputItemReasoningStatusType2:
    if value in OUTPUT_ITEM_REASONING_STATUS_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_ITEM_REASONING_STATUS_TYPE_2_VALUES!r}"
    )
