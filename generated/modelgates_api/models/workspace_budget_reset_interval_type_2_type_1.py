from typing import Literal

WorkspaceBudgetResetIntervalType2Type1 = Literal["daily", "monthly", "weekly"]

WORKSPACE_BUDGET_RESET_INTERVAL_TYPE_2_TYPE_1_VALUES: set[
    WorkspaceBudgetResetIntervalType2Type1
] = {
    "daily",
    "monthly",
    "weekly",
}


def check_workspace_budget_reset_interval_type_2_type_1(
    value: str,
) -> WorkspaceBudgetResetIntervalType2Type1:
    if value in WORKSPACE_BUDGET_RESET_INTERVAL_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKSPACE_BUDGET_RESET_INTERVAL_TYPE_2_TYPE_1_VALUES!r}"
    )
