from typing import Literal

from ..types import check_enum

OutputModality = Literal["audio", "embeddings", "image", "rerank", "speech", "text", "transcription", "video"] | str

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
    return check_enum(value, OUTPUT_MODALITY_VALUES, "OutputModality")
