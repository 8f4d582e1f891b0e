from typing import Literal

SubmitGenerationFeedbackRequestCategory = Literal[
    "api_error",
    "billing",
    "formatting",
    "incoherence",
    "incorrect_response",
    "latency",
    "other",
]

SUBMIT_GENERATION_FEEDBACK_REQUEST_CATEGORY_VALUES: set[
    SubmitGenerationFeedbackRequestCategory
] = {
    "api_error",
    "billing",
    "formatting",
    "incoherence",
    "incorrect_response",
    "latency",
    "other",
}


def check_submit_generation_feedback_request_category(
    value: str,
) -> SubmitGenerationFeedbackRequestCategory:
    if value in SUBMIT_GENERATION_FEEDBACK_REQUEST_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_GENERATION_FEEDBACK_REQUEST_CATEGORY_VALUES!r}"
    )
