from typing import Literal

from ..types import check_enum

OpenAIResponsesTruncation = Literal["auto", "disabled"] | str

OPEN_AI_RESPONSES_TRUNCATION_VALUES: set[OpenAIResponsesTruncation] = {
    "auto",
    "disabled",
}


def check_open_ai_responses_truncation(value: str) -> OpenAIResponsesTruncation:
    return check_enum(value, OPEN_AI_RESPONSES_TRUNCATION_VALUES, "OpenAIResponsesTruncation")
