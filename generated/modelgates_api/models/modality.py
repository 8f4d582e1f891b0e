from typing import Literal

from ..types import check_enum

Modality = Literal["audio", "image", "text"] | str

MODALITY_VALUES: set[Modality] = {
    "audio",
    "image",
    "text",
}


def check_modality(value: str) -> Modality:
    return check_enum(value, MODALITY_VALUES, "Modality")
