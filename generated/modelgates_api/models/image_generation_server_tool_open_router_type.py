from typing import Literal

from ..types import check_enum

ImageGenerationServerToolOpenRouterType = Literal["openrouter:image_generation"] | str

IMAGE_GENERATION_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES: set[ImageGenerationServerToolOpenRouterType] = {
    "openrouter:image_generation",
}


def check_image_generation_server_tool_open_router_type(value: str) -> ImageGenerationServerToolOpenRouterType:
    return check_enum(
        value, IMAGE_GENERATION_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES, "ImageGenerationServerToolOpenRouterType"
    )
