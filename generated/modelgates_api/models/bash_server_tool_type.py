from typing import Literal

from ..types import check_enum

BashServerToolType = Literal["openrouter:bash"] | str

BASH_SERVER_TOOL_TYPE_VALUES: set[BashServerToolType] = {
    "openrouter:bash",
}


def check_bash_server_tool_type(value: str) -> BashServerToolType:
    return check_enum(value, BASH_SERVER_TOOL_TYPE_VALUES, "BashServerToolType")
