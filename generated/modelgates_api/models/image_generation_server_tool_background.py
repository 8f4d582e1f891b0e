from typing import Literal

ImageGenerationServerToolBackground = Literal["auto", "opaque", "transparent"]

IMAGE_GENERATION_SERVER_TOOL_BACKGROUND_VALUES: set[
    ImageGenerationServerToolBackground
] = {
    "auto",
    "opaque",
    "transparent",
}


def check_image_generation_server_tool_background(
    value: str,
) -> ImageGenerationServerToolBackground:
    if value in IMAGE_GENERATION_SERVER_TOOL_BACKGROUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GENERATION_SERVER_TOOL_BACKGROUND_VALUES!r}"
    )
