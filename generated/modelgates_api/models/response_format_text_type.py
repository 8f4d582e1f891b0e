from typing import Literal

from ..types import check_enum

ResponseFormatTextType = Literal["text"] | str

RESPONSE_FORMAT_TEXT_TYPE_VALUES: set[ResponseFormatTextType] = {
    "text",
}


def check_response_format_text_type(value: str) -> ResponseFormatTextType:
    return check_enum(value, RESPONSE_FORMAT_TEXT_TYPE_VALUES, "ResponseFormatTextType")
