from typing import Literal

ImageGenerationServerToolQuality = Literal["auto", "high", "low", "medium"]

IMAGE_GENERATION_SERVER_TOOL_QUALITY_VALUES: set[ImageGenerationServerToolQuality] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_image_generation_server_tool_quality(
    value: str,
) -> ImageGenerationServerToolQuality:
    if value in IMAGE_GENERATION_SERVER_TOOL_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GENERATION_SERVER_TOOL_QUALITY_VALUES!r}"
    )
