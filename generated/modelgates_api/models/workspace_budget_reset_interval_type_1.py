from typing import Literal

from ..types import check_enum

WorkspaceBudgetResetIntervalType1 = Literal["daily", "monthly", "weekly"] | str

WORKSPACE_BUDGET_RESET_INTERVAL_TYPE_1_VALUES: set[WorkspaceBudgetResetIntervalType1] = {
    "daily",
    "monthly",
    "weekly",
}


def check_workspace_budget_reset_interval_type_1(value: str) -> WorkspaceBudgetResetIntervalType1:
    return check_enum(value, WORKSPACE_BUDGET_RESET_INTERVAL_TYPE_1_VALUES, "WorkspaceBudgetResetIntervalType1")
