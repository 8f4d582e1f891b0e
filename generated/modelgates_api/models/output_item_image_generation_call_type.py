from typing import Literal

from ..types import check_enum

OutputItemImageGenerationCallType = Literal["image_generation_call"] | str

OUTPUT_ITEM_IMAGE_GENERATION_CALL_TYPE_VALUES: set[OutputItemImageGenerationCallType] = {
    "image_generation_call",
}


def check_output_item_image_generation_call_type(value: str) -> OutputItemImageGenerationCallType:
    return check_enum(value, OUTPUT_ITEM_IMAGE_GENERATION_CALL_TYPE_VALUES, "OutputItemImageGenerationCallType")
