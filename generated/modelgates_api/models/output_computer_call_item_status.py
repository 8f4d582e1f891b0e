from typing import Literal

from ..types import check_enum

OutputComputerCallItemStatus = Literal["completed", "in_progress", "incomplete"] | str

OUTPUT_COMPUTER_CALL_ITEM_STATUS_VALUES: set[OutputComputerCallItemStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_output_computer_call_item_status(value: str) -> OutputComputerCallItemStatus:
    return check_enum(value, OUTPUT_COMPUTER_CALL_ITEM_STATUS_VALUES, "OutputComputerCallItemStatus")
