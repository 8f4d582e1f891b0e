from typing import Literal

from ..types import check_enum

SubmitGenerationFeedbackRequestCategory = (
    Literal["api_error", "billing", "formatting", "incoherence", "incorrect_response", "latency", "other"] | str
)

SUBMIT_GENERATION_FEEDBACK_REQUEST_CATEGORY_VALUES: set[SubmitGenerationFeedbackRequestCategory] = {
    "api_error",
    "billing",
    "formatting",
    "incoherence",
    "incorrect_response",
    "latency",
    "other",
}


def check_submit_generation_feedback_request_category(value: str) -> SubmitGenerationFeedbackRequestCategory:
    return check_enum(
        value, SUBMIT_GENERATION_FEEDBACK_REQUEST_CATEGORY_VALUES, "SubmitGenerationFeedbackRequestCategory"
    )
