from typing import Literal

from ..types import check_enum

CodeInterpreterImageOutputType = Literal["image"] | str

CODE_INTERPRETER_IMAGE_OUTPUT_TYPE_VALUES: set[CodeInterpreterImageOutputType] = {
    "image",
}


def check_code_interpreter_image_output_type(value: str) -> CodeInterpreterImageOutputType:
    return check_enum(value, CODE_INTERPRETER_IMAGE_OUTPUT_TYPE_VALUES, "CodeInterpreterImageOutputType")
