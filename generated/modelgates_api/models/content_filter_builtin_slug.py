from typing import Literal

from ..types import check_enum

ContentFilterBuiltinSlug = (
    Literal["address", "credit-card", "email", "ip-address", "person-name", "phone", "regex-prompt-injection", "ssn"]
    | str
)

CONTENT_FILTER_BUILTIN_SLUG_VALUES: set[ContentFilterBuiltinSlug] = {
    "address",
    "credit-card",
    "email",
    "ip-address",
    "person-name",
    "phone",
    "regex-prompt-injection",
    "ssn",
}


def check_content_filter_builtin_slug(value: str) -> ContentFilterBuiltinSlug:
    return check_enum(value, CONTENT_FILTER_BUILTIN_SLUG_VALUES, "ContentFilterBuiltinSlug")
