from typing import Literal

OutputImageGenerationServerToolItemType = Literal["openrouter:image_generation"]

OUTPUT_IMAGE_GENERATION_SERVER_TOOL_ITEM_TYPE_VALUES: set[
    OutputImageGenerationServerToolItemType
] = {
    "openrouter:image_generation",
}


def check_output_image_generation_server_tool_item_type(
    value: str,
) -> OutputImageGenerationServerToolItemType:
    if value in OUTPUT_IMAGE_GENERATION_SERVER_TOOL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_IMAGE_GENERATION_SERVER_TOOL_ITEM_TYPE_VALUES!r}"
    )
