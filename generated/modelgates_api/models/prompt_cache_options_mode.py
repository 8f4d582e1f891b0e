from typing import Literal

PromptCacheOptionsMode = Literal["explicit"]

PROMPT_CACHE_OPTIONS_MODE_VALUES: set[PromptCacheOptionsMode] = {
    "explicit",
}


def check_prompt_cache_options_mode(value: str) -> PromptCacheOptionsMode:
    if value in PROMPT_CACHE_OPTIONS_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_CACHE_OPTIONS_MODE_VALUES!r}"
    )
