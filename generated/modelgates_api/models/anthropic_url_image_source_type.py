from typing import Literal

from ..types import check_enum

AnthropicUrlImageSourceType = Literal["url"] | str

ANTHROPIC_URL_IMAGE_SOURCE_TYPE_VALUES: set[AnthropicUrlImageSourceType] = {
    "url",
}


def check_anthropic_url_image_source_type(value: str) -> AnthropicUrlImageSourceType:
    return check_enum(value, ANTHROPIC_URL_IMAGE_SOURCE_TYPE_VALUES, "AnthropicUrlImageSourceType")
