from typing import Literal

from ..types import check_enum

ContentPartImageType = Literal["image_url"] | str

CONTENT_PART_IMAGE_TYPE_VALUES: set[ContentPartImageType] = {
    "image_url",
}


def check_content_part_image_type(value: str) -> ContentPartImageType:
    return check_enum(value, CONTENT_PART_IMAGE_TYPE_VALUES, "ContentPartImageType")
