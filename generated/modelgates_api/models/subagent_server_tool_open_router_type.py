from typing import Literal

from ..types import check_enum

SubagentServerToolOpenRouterType = Literal["openrouter:subagent"] | str

SUBAGENT_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES: set[SubagentServerToolOpenRouterType] = {
    "openrouter:subagent",
}


def check_subagent_server_tool_open_router_type(value: str) -> SubagentServerToolOpenRouterType:
    return check_enum(value, SUBAGENT_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES, "SubagentServerToolOpenRouterType")
