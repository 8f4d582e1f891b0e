from typing import Literal

from ..types import check_enum

OutputModalityEnum = Literal["image", "text"] | str

OUTPUT_MODALITY_ENUM_VALUES: set[OutputModalityEnum] = {
    "image",
    "text",
}


def check_output_modality_enum(value: str) -> OutputModalityEnum:
    return check_enum(value, OUTPUT_MODALITY_ENUM_VALUES, "OutputModalityEnum")
