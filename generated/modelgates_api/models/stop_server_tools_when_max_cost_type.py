from typing import Literal

from ..types import check_enum

StopServerToolsWhenMaxCostType = Literal["max_cost"] | str

STOP_SERVER_TOOLS_WHEN_MAX_COST_TYPE_VALUES: set[StopServerToolsWhenMaxCostType] = {
    "max_cost",
}


def check_stop_server_tools_when_max_cost_type(value: str) -> StopServerToolsWhenMaxCostType:
    return check_enum(value, STOP_SERVER_TOOLS_WHEN_MAX_COST_TYPE_VALUES, "StopServerToolsWhenMaxCostType")
