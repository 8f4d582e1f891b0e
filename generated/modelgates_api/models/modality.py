from typing import Literal

Modality = Literal["audio", "image", "text"]

MODALITY_VALUES: set[Modality] = {
    "audio",
    "image",
    "text",
}


def check_modality(value: str) -> Modality:
    if value in MODALITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODALITY_VALUES!r}")
