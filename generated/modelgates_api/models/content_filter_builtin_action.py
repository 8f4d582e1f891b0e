from typing import Literal

ContentFilterBuiltinAction = Literal["block", "flag", "redact"]

CONTENT_FILTER_BUILTIN_ACTION_VALUES: set[ContentFilterBuiltinAction] = {
    "block",
    "flag",
    "redact",
}


def check_content_filter_builtin_action(value: str) -> ContentFilterBuiltinAction:
    if value in CONTENT_FILTER_BUILTIN_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTENT_FILTER_BUILTIN_ACTION_VALUES!r}"
    )
