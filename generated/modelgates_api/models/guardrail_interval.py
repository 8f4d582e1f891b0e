from typing import Literal

GuardrailInterval = Literal["daily", "monthly", "weekly"]

GUARDRAIL_INTERVAL_VALUES: set[GuardrailInterval] = {
    "daily",
    "monthly",
    "weekly",
}


def check_guardrail_interval(value: str) -> GuardrailInterval:
    if value in GUARDRAIL_INTERVAL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GUARDRAIL_INTERVAL_VALUES!r}"
    )
