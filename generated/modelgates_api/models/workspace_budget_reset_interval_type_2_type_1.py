from typing import Literal

from ..types import check_enum

WorkspaceBudgetResetIntervalType2Type1 = Literal["daily", "monthly", "weekly"] | str

WORKSPACE_BUDGET_RESET_INTERVAL_TYPE_2_TYPE_1_VALUES: set[WorkspaceBudgetResetIntervalType2Type1] = {
    "daily",
    "monthly",
    "weekly",
}


def check_workspace_budget_reset_interval_type_2_type_1(value: str) -> WorkspaceBudgetResetIntervalType2Type1:
    return check_enum(
        value, WORKSPACE_BUDGET_RESET_INTERVAL_TYPE_2_TYPE_1_VALUES, "WorkspaceBudgetResetIntervalType2Type1"
    )
