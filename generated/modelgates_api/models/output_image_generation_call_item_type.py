from typing import Literal

from ..types import check_enum

OutputImageGenerationCallItemType = Literal["image_generation_call"] | str

OUTPUT_IMAGE_GENERATION_CALL_ITEM_TYPE_VALUES: set[OutputImageGenerationCallItemType] = {
    "image_generation_call",
}


def check_output_image_generation_call_item_type(value: str) -> OutputImageGenerationCallItemType:
    return check_enum(value, OUTPUT_IMAGE_GENERATION_CALL_ITEM_TYPE_VALUES, "OutputImageGenerationCallItemType")
