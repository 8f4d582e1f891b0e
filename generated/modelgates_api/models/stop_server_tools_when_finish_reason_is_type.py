from typing import Literal

from ..types import check_enum

StopServerToolsWhenFinishReasonIsType = Literal["finish_reason_is"] | str

STOP_SERVER_TOOLS_WHEN_FINISH_REASON_IS_TYPE_VALUES: set[StopServerToolsWhenFinishReasonIsType] = {
    "finish_reason_is",
}


def check_stop_server_tools_when_finish_reason_is_type(value: str) -> StopServerToolsWhenFinishReasonIsType:
    return check_enum(
        value, STOP_SERVER_TOOLS_WHEN_FINISH_REASON_IS_TYPE_VALUES, "StopServerToolsWhenFinishReasonIsType"
    )
