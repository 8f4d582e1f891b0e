from typing import Literal

SessionCostItemTurnRange = Literal[
    "1-turn", "10-49-turns", "2-9-turns", "50-plus-turns"
]

SESSION_COST_ITEM_TURN_RANGE_VALUES: set[SessionCostItemTurnRange] = {
    "1-turn",
    "10-49-turns",
    "2-9-turns",
    "50-plus-turns",
}


def check_session_cost_item_turn_range(value: str) -> SessionCostItemTurnRange:
    if value in SESSION_COST_ITEM_TURN_RANGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SESSION_COST_ITEM_TURN_RANGE_VALUES!r}"
    )
