from typing import Literal

from ..types import check_enum

ResponseOutputTextType = Literal["output_text"] | str

RESPONSE_OUTPUT_TEXT_TYPE_VALUES: set[ResponseOutputTextType] = {
    "output_text",
}


def check_response_output_text_type(value: str) -> ResponseOutputTextType:
    return check_enum(value, RESPONSE_OUTPUT_TEXT_TYPE_VALUES, "ResponseOutputTextType")
