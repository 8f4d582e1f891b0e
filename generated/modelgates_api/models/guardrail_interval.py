from typing import Literal

from ..types import check_enum

GuardrailInterval = Literal["daily", "monthly", "weekly"] | str

GUARDRAIL_INTERVAL_VALUES: set[GuardrailInterval] = {
    "daily",
    "monthly",
    "weekly",
}


def check_guardrail_interval(value: str) -> GuardrailInterval:
    return check_enum(value, GUARDRAIL_INTERVAL_VALUES, "GuardrailInterval")
