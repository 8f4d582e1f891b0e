from typing import Literal

from ..types import check_enum

ImageGenTextChunkEventType = Literal["image_generation.text_chunk"] | str

IMAGE_GEN_TEXT_CHUNK_EVENT_TYPE_VALUES: set[ImageGenTextChunkEventType] = {
    "image_generation.text_chunk",
}


def check_image_gen_text_chunk_event_type(value: str) -> ImageGenTextChunkEventType:
    return check_enum(value, IMAGE_GEN_TEXT_CHUNK_EVENT_TYPE_VALUES, "ImageGenTextChunkEventType")
