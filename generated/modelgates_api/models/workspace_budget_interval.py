from typing import Literal

WorkspaceBudgetInterval = Literal["daily", "lifetime", "monthly", "weekly"]

WORKSPACE_BUDGET_INTERVAL_VALUES: set[WorkspaceBudgetInterval] = {
    "daily",
    "lifetime",
    "monthly",
    "weekly",
}


def check_workspace_budget_interval(value: str) -> WorkspaceBudgetInterval:
    if value in WORKSPACE_BUDGET_INTERVAL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKSPACE_BUDGET_INTERVAL_VALUES!r}"
    )
