from typing import Literal

ImagePricingEntryUnit = Literal["image", "megapixel", "token"]

IMAGE_PRICING_ENTRY_UNIT_VALUES: set[ImagePricingEntryUnit] = {
    "image",
    "megapixel",
    "token",
}


def check_image_pricing_entry_unit(value: str) -> ImagePricingEntryUnit:
    if value in IMAGE_PRICING_ENTRY_UNIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_PRICING_ENTRY_UNIT_VALUES!r}"
    )
