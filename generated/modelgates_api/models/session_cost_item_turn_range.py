from typing import Literal

from ..types import check_enum

SessionCostItemTurnRange = Literal["1-turn", "10-49-turns", "2-9-turns", "50-plus-turns"] | str

SESSION_COST_ITEM_TURN_RANGE_VALUES: set[SessionCostItemTurnRange] = {
    "1-turn",
    "10-49-turns",
    "2-9-turns",
    "50-plus-turns",
}


def check_session_cost_item_turn_range(value: str) -> SessionCostItemTurnRange:
    return check_enum(value, SESSION_COST_ITEM_TURN_RANGE_VALUES, "SessionCostItemTurnRange")
