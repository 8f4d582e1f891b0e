from typing import Literal

from ..types import check_enum

ReasoningTextContentType = Literal["reasoning_text"] | str

REASONING_TEXT_CONTENT_TYPE_VALUES: set[ReasoningTextContentType] = {
    "reasoning_text",
}


def check_reasoning_text_content_type(value: str) -> ReasoningTextContentType:
    return check_enum(value, REASONING_TEXT_CONTENT_TYPE_VALUES, "ReasoningTextContentType")
