from typing import Literal

from ..types import check_enum

ImageGenerationServerToolType = Literal["image_generation"] | str

IMAGE_GENERATION_SERVER_TOOL_TYPE_VALUES: set[ImageGenerationServerToolType] = {
    "image_generation",
}


def check_image_generation_server_tool_type(value: str) -> ImageGenerationServerToolType:
    return check_enum(value, IMAGE_GENERATION_SERVER_TOOL_TYPE_VALUES, "ImageGenerationServerToolType")
