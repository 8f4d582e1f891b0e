from typing import Literal

from ..types import check_enum

ContentFilterAction = Literal["block", "flag", "redact"] | str

CONTENT_FILTER_ACTION_VALUES: set[ContentFilterAction] = {
    "block",
    "flag",
    "redact",
}


def check_content_filter_action(value: str) -> ContentFilterAction:
    return check_enum(value, CONTENT_FILTER_ACTION_VALUES, "ContentFilterAction")
