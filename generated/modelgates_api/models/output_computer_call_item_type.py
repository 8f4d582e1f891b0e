from typing import Literal

from ..types import check_enum

OutputComputerCallItemType = Literal["computer_call"] | str

OUTPUT_COMPUTER_CALL_ITEM_TYPE_VALUES: set[OutputComputerCallItemType] = {
    "computer_call",
}


def check_output_computer_call_item_type(value: str) -> OutputComputerCallItemType:
    return check_enum(value, OUTPUT_COMPUTER_CALL_ITEM_TYPE_VALUES, "OutputComputerCallItemType")
