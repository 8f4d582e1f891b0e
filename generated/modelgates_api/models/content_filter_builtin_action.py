from typing import Literal

from ..types import check_enum

ContentFilterBuiltinAction = Literal["block", "flag", "redact"] | str

CONTENT_FILTER_BUILTIN_ACTION_VALUES: set[ContentFilterBuiltinAction] = {
    "block",
    "flag",
    "redact",
}


def check_content_filter_builtin_action(value: str) -> ContentFilterBuiltinAction:
    return check_enum(value, CONTENT_FILTER_BUILTIN_ACTION_VALUES, "ContentFilterBuiltinAction")
