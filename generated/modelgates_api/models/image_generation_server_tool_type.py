from typing import Literal

ImageGenerationServerToolType = Literal["image_generation"]

IMAGE_GENERATION_SERVER_TOOL_TYPE_VALUES: set[ImageGenerationServerToolType] = {
    "image_generation",
}


def check_image_generation_server_tool_type(
    value: str,
) -> ImageGenerationServerToolType:
    if value in IMAGE_GENERATION_SERVER_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GENERATION_SERVER_TOOL_TYPE_VALUES!r}"
    )
