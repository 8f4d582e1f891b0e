from typing import Literal

InputModality = Literal["audio", "file", "image", "text", "video"]

INPUT_MODALITY_VALUES: set[InputModality] = {
    "audio",
    "file",
    "image",
    "text",
    "video",
}


def check_input_modality(value: str) -> InputModality:
    if value in INPUT_MODALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUT_MODALITY_VALUES!r}"
    )
