from typing import Literal

from ..types import check_enum

StopServerToolsWhenMaxTokensUsedType = Literal["max_tokens_used"] | str

STOP_SERVER_TOOLS_WHEN_MAX_TOKENS_USED_TYPE_VALUES: set[StopServerToolsWhenMaxTokensUsedType] = {
    "max_tokens_used",
}


def check_stop_server_tools_when_max_tokens_used_type(value: str) -> StopServerToolsWhenMaxTokensUsedType:
    return check_enum(value, STOP_SERVER_TOOLS_WHEN_MAX_TOKENS_USED_TYPE_VALUES, "StopServerToolsWhenMaxTokensUsedType")
