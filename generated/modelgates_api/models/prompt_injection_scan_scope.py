from typing import Literal

from ..types import check_enum

PromptInjectionScanScope = Literal["all_messages", "user_only"] | str

PROMPT_INJECTION_SCAN_SCOPE_VALUES: set[PromptInjectionScanScope] = {
    "all_messages",
    "user_only",
}


def check_prompt_injection_scan_scope(value: str) -> PromptInjectionScanScope:
    return check_enum(value, PROMPT_INJECTION_SCAN_SCOPE_VALUES, "PromptInjectionScanScope")
