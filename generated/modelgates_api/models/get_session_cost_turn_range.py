from typing import Literal

from ..types import check_enum

GetSessionCostTurnRange = Literal["1-turn", "10-49-turns", "2-9-turns", "50-plus-turns"] | str

GET_SESSION_COST_TURN_RANGE_VALUES: set[GetSessionCostTurnRange] = {
    "1-turn",
    "10-49-turns",
    "2-9-turns",
    "50-plus-turns",
}


def check_get_session_cost_turn_range(value: str) -> GetSessionCostTurnRange:
    return check_enum(value, GET_SESSION_COST_TURN_RANGE_VALUES, "GetSessionCostTurnRange")
