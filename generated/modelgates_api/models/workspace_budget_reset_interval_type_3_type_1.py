from typing import Literal

WorkspaceBudgetResetIntervalType3Type1 = Literal["daily", "monthly", "weekly"]

WORKSPACE_BUDGET_RESET_INTERVAL_TYPE_3_TYPE_1_VALUES: set[
    WorkspaceBudgetResetIntervalType3Type1
] = {
    "daily",
    "monthly",
    "weekly",
}


def check_workspace_budget_reset_interval_type_3_type_1(
    value: str,
) -> WorkspaceBudgetResetIntervalType3Type1:
    if value in WORKSPACE_BUDGET_RESET_INTERVAL_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKSPACE_BUDGET_RESET_INTERVAL_TYPE_3_TYPE_1_VALUES!r}"
    )
