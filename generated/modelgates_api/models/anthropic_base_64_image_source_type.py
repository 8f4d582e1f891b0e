from typing import Literal

from ..types import check_enum

AnthropicBase64ImageSourceType = Literal["base64"] | str

ANTHROPIC_BASE_64_IMAGE_SOURCE_TYPE_VALUES: set[AnthropicBase64ImageSourceType] = {
    "base64",
}


def check_anthropic_base_64_image_source_type(value: str) -> AnthropicBase64ImageSourceType:
    return check_enum(value, ANTHROPIC_BASE_64_IMAGE_SOURCE_TYPE_VALUES, "AnthropicBase64ImageSourceType")
