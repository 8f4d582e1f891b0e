from typing import Literal

OutputComputerCallItemStatus = Literal["completed", "in_progress", "incomplete"]

OUTPUT_COMPUTER_CALL_ITEM_STATUS_VALUES: set[OutputComputerCallItemStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_output_computer_call_item_status(value: str) -> OutputComputerCallItemStatus:
    if value in OUTPUT_COMPUTER_CALL_ITEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_COMPUTER_CALL_ITEM_STATUS_VALUES!r}"
    )
