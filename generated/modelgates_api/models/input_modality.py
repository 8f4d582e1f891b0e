from typing import Literal

from ..types import check_enum

InputModality = Literal["audio", "file", "image", "text", "video"] | str

INPUT_MODALITY_VALUES: set[InputModality] = {
    "audio",
    "file",
    "image",
    "text",
    "video",
}


def check_input_modality(value: str) -> InputModality:
    return check_enum(value, INPUT_MODALITY_VALUES, "InputModality")
