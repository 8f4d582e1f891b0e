from typing import Literal

from ..types import check_enum

OpenAIResponsesResponseStatus = Literal["cancelled", "completed", "failed", "in_progress", "incomplete", "queued"] | str

OPEN_AI_RESPONSES_RESPONSE_STATUS_VALUES: set[OpenAIResponsesResponseStatus] = {
    "cancelled",
    "completed",
    "failed",
    "in_progress",
    "incomplete",
    "queued",
}


def check_open_ai_responses_response_status(value: str) -> OpenAIResponsesResponseStatus:
    return check_enum(value, OPEN_AI_RESPONSES_RESPONSE_STATUS_VALUES, "OpenAIResponsesResponseStatus")
