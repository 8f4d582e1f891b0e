from typing import Literal

IncompleteDetailsReason = Literal["content_filter", "max_output_tokens"]

INCOMPLETE_DETAILS_REASON_VALUES: set[IncompleteDetailsReason] = {
    "content_filter",
    "max_output_tokens",
}


def check_incomplete_details_reason(value: str) -> IncompleteDetailsReason:
    if value in INCOMPLETE_DETAILS_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INCOMPLETE_DETAILS_REASON_VALUES!r}"
    )
