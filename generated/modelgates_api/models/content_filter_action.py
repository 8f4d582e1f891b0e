from typing import Literal

ContentFilterAction = Literal["block", "flag", "redact"]

CONTENT_FILTER_ACTION_VALUES: set[ContentFilterAction] = {
    "block",
    "flag",
    "redact",
}


def check_content_filter_action(value: str) -> ContentFilterAction:
    if value in CONTENT_FILTER_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTENT_FILTER_ACTION_VALUES!r}"
    )
