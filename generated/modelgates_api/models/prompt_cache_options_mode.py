from typing import Literal

from ..types import check_enum

PromptCacheOptionsMode = Literal["explicit"] | str

PROMPT_CACHE_OPTIONS_MODE_VALUES: set[PromptCacheOptionsMode] = {
    "explicit",
}


def check_prompt_cache_options_mode(value: str) -> PromptCacheOptionsMode:
    return check_enum(value, PROMPT_CACHE_OPTIONS_MODE_VALUES, "PromptCacheOptionsMode")
