from typing import Literal

CodeInterpreterImageOutputType = Literal["image"]

CODE_INTERPRETER_IMAGE_OUTPUT_TYPE_VALUES: set[CodeInterpreterImageOutputType] = {
    "image",
}


def check_code_interpreter_image_output_type(
    value: str,
) -> CodeInterpreterImageOutputType:
    if value in CODE_INTERPRETER_IMAGE_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CODE_INTERPRETER_IMAGE_OUTPUT_TYPE_VALUES!r}"
    )
