from typing import Literal

from ..types import check_enum

InputTextType = Literal["input_text"] | str

INPUT_TEXT_TYPE_VALUES: set[InputTextType] = {
    "input_text",
}


def check_input_text_type(value: str) -> InputTextType:
    return check_enum(value, INPUT_TEXT_TYPE_VALUES, "InputTextType")
