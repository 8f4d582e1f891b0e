from typing import Literal

from ..types import check_enum

WorkspaceBudgetInterval = Literal["daily", "lifetime", "monthly", "weekly"] | str

WORKSPACE_BUDGET_INTERVAL_VALUES: set[WorkspaceBudgetInterval] = {
    "daily",
    "lifetime",
    "monthly",
    "weekly",
}


def check_workspace_budget_interval(value: str) -> WorkspaceBudgetInterval:
    return check_enum(value, WORKSPACE_BUDGET_INTERVAL_VALUES, "WorkspaceBudgetInterval")
