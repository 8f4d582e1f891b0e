from typing import Literal

from ..types import check_enum

ComputerUseServerToolType = Literal["computer_use_preview"] | str

COMPUTER_USE_SERVER_TOOL_TYPE_VALUES: set[ComputerUseServerToolType] = {
    "computer_use_preview",
}


def check_computer_use_server_tool_type(value: str) -> ComputerUseServerToolType:
    return check_enum(value, COMPUTER_USE_SERVER_TOOL_TYPE_VALUES, "ComputerUseServerToolType")
