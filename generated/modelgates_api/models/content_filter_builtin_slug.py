from typing import Literal

ContentFilterBuiltinSlug = Literal[
    "address",
    "credit-card",
    "email",
    "ip-address",
    "person-name",
    "phone",
    "regex-prompt-injection",
    "ssn",
]

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
    if value in CONTENT_FILTER_BUILTIN_SLUG_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTENT_FILTER_BUILTIN_SLUG_VALUES!r}"
    )
