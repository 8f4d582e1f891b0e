from typing import Literal

OutputModality = Literal[
    "audio", "embeddings", "image", "rerank", "speech", "text", "transcription", "video"
]

OUTPUT_MODALITY_VALUES: set[OutputModality] = {
    "audio",
    "embeddings",
    "image",
    "rerank",
    "speech",
    "text",
    "transcription",
    "video",
}


def check_output_modality(value: str) -> OutputModality:
    if value in OUTPUT_MODALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_MODALITY_VALUES!r}"
    )
