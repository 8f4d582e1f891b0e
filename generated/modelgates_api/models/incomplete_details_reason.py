from typing import Literal

from ..types import check_enum

IncompleteDetailsReason = Literal["content_filter", "max_output_tokens"] | str

INCOMPLETE_DETAILS_REASON_VALUES: set[IncompleteDetailsReason] = {
    "content_filter",
    "max_output_tokens",
}


def check_incomplete_details_reason(value: str) -> IncompleteDetailsReason:
    return check_enum(value, INCOMPLETE_DETAILS_REASON_VALUES, "IncompleteDetailsReason")
