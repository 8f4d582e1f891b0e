from typing import Literal

from ..types import check_enum

ComputerUseServerToolEnvironment = Literal["browser", "linux", "mac", "ubuntu", "windows"] | str

COMPUTER_USE_SERVER_TOOL_ENVIRONMENT_VALUES: set[ComputerUseServerToolEnvironment] = {
    "browser",
    "linux",
    "mac",
    "ubuntu",
    "windows",
}


def check_computer_use_server_tool_environment(value: str) -> ComputerUseServerToolEnvironment:
    return check_enum(value, COMPUTER_USE_SERVER_TOOL_ENVIRONMENT_VALUES, "ComputerUseServerToolEnvironment")
