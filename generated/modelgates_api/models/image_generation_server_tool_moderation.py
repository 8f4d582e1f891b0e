from typing import Literal

from ..types import check_enum

ImageGenerationServerToolModeration = Literal["auto", "low"] | str

IMAGE_GENERATION_SERVER_TOOL_MODERATION_VALUES: set[ImageGenerationServerToolModeration] = {
    "auto",
    "low",
}


def check_image_generation_server_tool_moderation(value: str) -> ImageGenerationServerToolModeration:
    return check_enum(value, IMAGE_GENERATION_SERVER_TOOL_MODERATION_VALUES, "ImageGenerationServerToolModeration")
