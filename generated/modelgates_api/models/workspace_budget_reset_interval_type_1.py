from typing import Literal

WorkspaceBudgetResetIntervalType1 = Literal["daily", "monthly", "weekly"]

WORKSPACE_BUDGET_RESET_INTERVAL_TYPE_1_VALUES: set[
    WorkspaceBudgetResetIntervalType1
] = {
    "daily",
    "monthly",
    "weekly",
}


def check_workspace_budget_reset_interval_type_1(
    value: str,
) -> WorkspaceBudgetResetIntervalType1:
    if value in WORKSPACE_BUDGET_RESET_INTERVAL_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKSPACE_BUDGET_RESET_INTERVAL_TYPE_1_VALUES!r}"
    )
