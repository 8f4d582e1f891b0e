from typing import Literal

from ..types import check_enum

ResponseIncludesEnum = (
    Literal[
        "code_interpreter_call.outputs",
        "computer_call_output.output.image_url",
        "file_search_call.results",
        "message.input_image.image_url",
        "reasoning.encrypted_content",
    ]
    | str
)

RESPONSE_INCLUDES_ENUM_VALUES: set[ResponseIncludesEnum] = {
    "code_interpreter_call.outputs",
    "computer_call_output.output.image_url",
    "file_search_call.results",
    "message.input_image.image_url",
    "reasoning.encrypted_content",
}


def check_response_includes_enum(value: str) -> ResponseIncludesEnum:
    return check_enum(value, RESPONSE_INCLUDES_ENUM_VALUES, "ResponseIncludesEnum")
