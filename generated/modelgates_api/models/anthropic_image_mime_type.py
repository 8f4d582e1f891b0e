from typing import Literal

from ..types import check_enum

AnthropicImageMimeType = Literal["image/gif", "image/jpeg", "image/png", "image/webp"] | str

ANTHROPIC_IMAGE_MIME_TYPE_VALUES: set[AnthropicImageMimeType] = {
    "image/gif",
    "image/jpeg",
    "image/png",
    "image/webp",
}


def check_anthropic_image_mime_type(value: str) -> AnthropicImageMimeType:
    return check_enum(value, ANTHROPIC_IMAGE_MIME_TYPE_VALUES, "AnthropicImageMimeType")
