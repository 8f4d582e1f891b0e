from typing import Literal

from ..types import check_enum

StopServerToolsWhenStepCountIsType = Literal["step_count_is"] | str

STOP_SERVER_TOOLS_WHEN_STEP_COUNT_IS_TYPE_VALUES: set[StopServerToolsWhenStepCountIsType] = {
    "step_count_is",
}


def check_stop_server_tools_when_step_count_is_type(value: str) -> StopServerToolsWhenStepCountIsType:
    return check_enum(value, STOP_SERVER_TOOLS_WHEN_STEP_COUNT_IS_TYPE_VALUES, "StopServerToolsWhenStepCountIsType")
