from typing import Literal

from ..types import check_enum

FusionServerToolOpenRouterType = Literal["openrouter:fusion"] | str

FUSION_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES: set[FusionServerToolOpenRouterType] = {
    "openrouter:fusion",
}


def check_fusion_server_tool_open_router_type(value: str) -> FusionServerToolOpenRouterType:
    return check_enum(value, FUSION_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES, "FusionServerToolOpenRouterType")
