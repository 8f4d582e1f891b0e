from typing import Literal

ImagePricingEntryBillable = Literal[
    "input_font", "input_image", "input_reference", "input_text", "output_image"
]

IMAGE_PRICING_ENTRY_BILLABLE_VALUES: set[ImagePricingEntryBillable] = {
    "input_font",
    "input_image",
    "input_reference",
    "input_text",
    "output_image",
}


def check_image_pricing_entry_billable(value: str) -> ImagePricingEntryBillable:
    if value in IMAGE_PRICING_ENTRY_BILLABLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_PRICING_ENTRY_BILLABLE_VALUES!r}"
    )
