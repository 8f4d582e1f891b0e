from typing import Literal

PromptInjectionScanScope = Literal["all_messages", "user_only"]

PROMPT_INJECTION_SCAN_SCOPE_VALUES: set[PromptInjectionScanScope] = {
    "all_messages",
    "user_only",
}


def check_prompt_injection_scan_scope(value: str) -> PromptInjectionScanScope:
    if value in PROMPT_INJECTION_SCAN_SCOPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_INJECTION_SCAN_SCOPE_VALUES!r}"
    )
