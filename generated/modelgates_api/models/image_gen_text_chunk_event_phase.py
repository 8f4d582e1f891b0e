from typing import Literal

ImageGenTextChunkEventPhase = Literal["content", "draft", "reasoning"]

IMAGE_GEN_TEXT_CHUNK_EVENT_PHASE_VALUES: set[ImageGenTextChunkEventPhase] = {
    "content",
    "draft",
    "reasoning",
}


def check_image_gen_text_chunk_event_phase(value: str) -> ImageGenTextChunkEventPhase:
    if value in IMAGE_GEN_TEXT_CHUNK_EVENT_PHASE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_TEXT_CHUNK_EVENT_PHASE_VALUES!r}"
    )
