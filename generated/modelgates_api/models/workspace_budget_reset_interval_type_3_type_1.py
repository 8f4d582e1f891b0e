from typing import Literal

from ..types import check_enum

WorkspaceBudgetResetIntervalType3Type1 = Literal["daily", "monthly", "weekly"] | str

WORKSPACE_BUDGET_RESET_INTERVAL_TYPE_3_TYPE_1_VALUES: set[WorkspaceBudgetResetIntervalType3Type1] = {
    "daily",
    "monthly",
    "weekly",
}


def check_workspace_budget_reset_interval_type_3_type_1(value: str) -> WorkspaceBudgetResetIntervalType3Type1:
    return check_enum(
        value, WORKSPACE_BUDGET_RESET_INTERVAL_TYPE_3_TYPE_1_VALUES, "WorkspaceBudgetResetIntervalType3Type1"
    )
