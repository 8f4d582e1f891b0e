from typing import Literal

from ..types import check_enum

OutputImageGenerationServerToolItemType = Literal["openrouter:image_generation"] | str

OUTPUT_IMAGE_GENERATION_SERVER_TOOL_ITEM_TYPE_VALUES: set[OutputImageGenerationServerToolItemType] = {
    "openrouter:image_generation",
}


def check_output_image_generation_server_tool_item_type(value: str) -> OutputImageGenerationServerToolItemType:
    return check_enum(
        value, OUTPUT_IMAGE_GENERATION_SERVER_TOOL_ITEM_TYPE_VALUES, "OutputImageGenerationServerToolItemType"
    )
