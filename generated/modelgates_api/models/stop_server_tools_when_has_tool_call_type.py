from typing import Literal

from ..types import check_enum

StopServerToolsWhenHasToolCallType = Literal["has_tool_call"] | str

STOP_SERVER_TOOLS_WHEN_HAS_TOOL_CALL_TYPE_VALUES: set[StopServerToolsWhenHasToolCallType] = {
    "has_tool_call",
}


def check_stop_server_tools_when_has_tool_call_type(value: str) -> StopServerToolsWhenHasToolCallType:
    return check_enum(value, STOP_SERVER_TOOLS_WHEN_HAS_TOOL_CALL_TYPE_VALUES, "StopServerToolsWhenHasToolCallType")
