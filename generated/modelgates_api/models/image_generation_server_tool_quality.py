from typing import Literal

from ..types import check_enum

ImageGenerationServerToolQuality = Literal["auto", "high", "low", "medium"] | str

IMAGE_GENERATION_SERVER_TOOL_QUALITY_VALUES: set[ImageGenerationServerToolQuality] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_image_generation_server_tool_quality(value: str) -> ImageGenerationServerToolQuality:
    return check_enum(value, IMAGE_GENERATION_SERVER_TOOL_QUALITY_VALUES, "ImageGenerationServerToolQuality")
