from typing import Literal

OpenAIResponsesTruncation = Literal["auto", "disabled"]

OPEN_AI_RESPONSES_TRUNCATION_VALUES: set[OpenAIResponsesTruncation] = {
    "auto",
    "disabled",
}


def check_open_ai_responses_truncation(value: str) -> OpenAIResponsesTruncation:
    if value in OPEN_AI_RESPONSES_TRUNCATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_TRUNCATION_VALUES!r}"
    )
