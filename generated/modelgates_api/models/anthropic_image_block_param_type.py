from typing import Literal

from ..types import check_enum

AnthropicImageBlockParamType = Literal["image"] | str

ANTHROPIC_IMAGE_BLOCK_PARAM_TYPE_VALUES: set[AnthropicImageBlockParamType] = {
    "image",
}


def check_anthropic_image_block_param_type(value: str) -> AnthropicImageBlockParamType:
    return check_enum(value, ANTHROPIC_IMAGE_BLOCK_PARAM_TYPE_VALUES, "AnthropicImageBlockParamType")
