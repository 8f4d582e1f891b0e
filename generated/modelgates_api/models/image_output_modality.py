from typing import Literal

from ..types import check_enum

ImageOutputModality = (
    Literal["audio", "embeddings", "image", "rerank", "speech", "text", "transcription", "video"] | str
)

IMAGE_OUTPUT_MODALITY_VALUES: set[ImageOutputModality] = {
    "audio",
    "embeddings",
    "image",
    "rerank",
    "speech",
    "text",
    "transcription",
    "video",
}


def check_image_output_modality(value: str) -> ImageOutputModality:
    return check_enum(value, IMAGE_OUTPUT_MODALITY_VALUES, "ImageOutputModality")
