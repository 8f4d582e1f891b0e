from typing import Literal

from ..types import check_enum

ImageGenerationServerToolOutputFormat = Literal["jpeg", "png", "webp"] | str

IMAGE_GENERATION_SERVER_TOOL_OUTPUT_FORMAT_VALUES: set[ImageGenerationServerToolOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_image_generation_server_tool_output_format(value: str) -> ImageGenerationServerToolOutputFormat:
    return check_enum(value, IMAGE_GENERATION_SERVER_TOOL_OUTPUT_FORMAT_VALUES, "ImageGenerationServerToolOutputFormat")
