from typing import Literal

AnthropicUrlImageSourceType = Literal["url"]

ANTHROPIC_URL_IMAGE_SOURCE_TYPE_VALUES: set[AnthropicUrlImageSourceType] = {
    "url",
}


def check_anthropic_url_image_source_type(value: str) -> AnthropicUrlImageSourceType:
    if value in ANTHROPIC_URL_IMAGE_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_URL_IMAGE_SOURCE_TYPE_VALUES!r}"
    )
