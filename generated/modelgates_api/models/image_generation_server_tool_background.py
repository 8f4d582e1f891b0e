from typing import Literal

from ..types import check_enum

ImageGenerationServerToolBackground = Literal["auto", "opaque", "transparent"] | str

IMAGE_GENERATION_SERVER_TOOL_BACKGROUND_VALUES: set[ImageGenerationServerToolBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_image_generation_server_tool_background(value: str) -> ImageGenerationServerToolBackground:
    return check_enum(value, IMAGE_GENERATION_SERVER_TOOL_BACKGROUND_VALUES, "ImageGenerationServerToolBackground")
