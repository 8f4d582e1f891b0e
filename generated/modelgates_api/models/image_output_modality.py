from typing import Literal

ImageOutputModality = Literal[
    "audio", "embeddings", "image", "rerank", "speech", "text", "transcription", "video"
]

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
    if value in IMAGE_OUTPUT_MODALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_OUTPUT_MODALITY_VALUES!r}"
    )
