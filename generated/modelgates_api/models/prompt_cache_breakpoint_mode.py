from typing import Literal

from ..types import check_enum

PromptCacheBreakpointMode = Literal["explicit"] | str

PROMPT_CACHE_BREAKPOINT_MODE_VALUES: set[PromptCacheBreakpointMode] = {
    "explicit",
}


def check_prompt_cache_breakpoint_mode(value: str) -> PromptCacheBreakpointMode:
    return check_enum(value, PROMPT_CACHE_BREAKPOINT_MODE_VALUES, "PromptCacheBreakpointMode")
