from typing import Literal

from ..types import check_enum

ImagePricingEntryUnit = Literal["image", "megapixel", "token"] | str

IMAGE_PRICING_ENTRY_UNIT_VALUES: set[ImagePricingEntryUnit] = {
    "image",
    "megapixel",
    "token",
}


def check_image_pricing_entry_unit(value: str) -> ImagePricingEntryUnit:
    return check_enum(value, IMAGE_PRICING_ENTRY_UNIT_VALUES, "ImagePricingEntryUnit")
