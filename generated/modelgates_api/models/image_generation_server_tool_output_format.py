from typing import Literal

ImageGenerationServerToolOutputFormat = Literal["jpeg", "png", "webp"]

IMAGE_GENERATION_SERVER_TOOL_OUTPUT_FORMAT_VALUES: set[
    ImageGenerationServerToolOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_image_generation_server_tool_output_format(
    value: str,
) -> ImageGenerationServerToolOutputFormat:
    if value in IMAGE_GENERATION_SERVER_TOOL_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GENERATION_SERVER_TOOL_OUTPUT_FORMAT_VALUES!r}"
    )
