from typing import Literal

from ..types import check_enum

BashServerToolEngine = Literal["auto", "native", "openrouter"] | str

BASH_SERVER_TOOL_ENGINE_VALUES: set[BashServerToolEngine] = {
    "auto",
    "native",
    "openrouter",
}


def check_bash_server_tool_engine(value: str) -> BashServerToolEngine:
    return check_enum(value, BASH_SERVER_TOOL_ENGINE_VALUES, "BashServerToolEngine")
