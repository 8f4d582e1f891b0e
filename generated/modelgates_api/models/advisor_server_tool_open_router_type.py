from typing import Literal

from ..types import check_enum

AdvisorServerToolOpenRouterType = Literal["openrouter:advisor"] | str

ADVISOR_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES: set[AdvisorServerToolOpenRouterType] = {
    "openrouter:advisor",
}


def check_advisor_server_tool_open_router_type(value: str) -> AdvisorServerToolOpenRouterType:
    return check_enum(value, ADVISOR_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES, "AdvisorServerToolOpenRouterType")
