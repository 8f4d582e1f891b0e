from typing import Literal

ImageGenerationServerToolModeration = Literal["auto", "low"]

IMAGE_GENERATION_SERVER_TOOL_MODERATION_VALUES: set[
    ImageGenerationServerToolModeration
] = {
    "auto",
    "low",
}


def check_image_generation_server_tool_moderation(
    value: str,
) -> ImageGenerationServerToolModeration:
    if value in IMAGE_GENERATION_SERVER_TOOL_MODERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GENERATION_SERVER_TOOL_MODERATION_VALUES!r}"
    )
