from typing import Literal

ComputerUseServerToolEnvironment = Literal[
    "browser", "linux", "mac", "ubuntu", "windows"
]

COMPUTER_USE_SERVER_TOOL_ENVIRONMENT_VALUES: set[ComputerUseServerToolEnvironment] = {
    "browser",
    "linux",
    "mac",
    "ubuntu",
    "windows",
}


def check_computer_use_server_tool_environment(
    value: str,
) -> ComputerUseServerToolEnvironment:
    if value in COMPUTER_USE_SERVER_TOOL_ENVIRONMENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPUTER_USE_SERVER_TOOL_ENVIRONMENT_VALUES!r}"
    )
