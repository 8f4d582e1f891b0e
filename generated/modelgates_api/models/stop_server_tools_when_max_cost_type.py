from typing import Literal

StopServerToolsWhenMaxCostType = Literal["max_cost"]

STOP_SERVER_TOOLS_WHEN_MAX_COST_TYPE_VALUES: set[StopServerToolsWhenMaxCostType] = {
    "max_cost",
}


def check_stop_server_tools_when_max_cost_type(
    value: str,
) -> StopServerToolsWhenMaxCostType:
    if value in STOP_SERVER_TOOLS_WHEN_MAX_COST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STOP_SERVER_TOOLS_WHEN_MAX_COST_TYPE_VALUES!r}"
    )
