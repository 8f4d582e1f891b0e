from typing import Literal

OpenAIResponsesResponseStatus = Literal[
    "cancelled", "completed", "failed", "in_progress", "incomplete", "queued"
]

OPEN_AI_RESPONSES_RESPONSE_STATUS_VALUES: set[OpenAIResponsesResponseStatus] = {
    "cancelled",
    "completed",
    "failed",
    "in_progress",
    "incomplete",
    "queued",
}


def check_open_ai_responses_response_status(
    value: str,
) -> OpenAIResponsesResponseStatus:
    if value in OPEN_AI_RESPONSES_RESPONSE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_RESPONSE_STATUS_VALUES!r}"
    )
