from typing import Literal

from ..types import check_enum

ImageGenTextChunkEventPhase = Literal["content", "draft", "reasoning"] | str

IMAGE_GEN_TEXT_CHUNK_EVENT_PHASE_VALUES: set[ImageGenTextChunkEventPhase] = {
    "content",
    "draft",
    "reasoning",
}


def check_image_gen_text_chunk_event_phase(value: str) -> ImageGenTextChunkEventPhase:
    return check_enum(value, IMAGE_GEN_TEXT_CHUNK_EVENT_PHASE_VALUES, "ImageGenTextChunkEventPhase")
