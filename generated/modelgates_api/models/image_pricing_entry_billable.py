from typing import Literal

from ..types import check_enum

ImagePricingEntryBillable = Literal["input_font", "input_image", "input_reference", "input_text", "output_image"] | str

IMAGE_PRICING_ENTRY_BILLABLE_VALUES: set[ImagePricingEntryBillable] = {
    "input_font",
    "input_image",
    "input_reference",
    "input_text",
    "output_image",
}


def check_image_pricing_entry_billable(value: str) -> ImagePricingEntryBillable:
    return check_enum(value, IMAGE_PRICING_ENTRY_BILLABLE_VALUES, "ImagePricingEntryBillable")
