from typing import Literal

OutputImageGenerationCallItemType = Literal["image_generation_call"]

OUTPUT_IMAGE_GENERATION_CALL_ITEM_TYPE_VALUES: set[
    OutputImageGenerationCallItemType
] = {
    "image_generation_call",
}


def check_output_image_generation_call_item_type(
    value: str,
) -> OutputImageGenerationCallItemType:
    if value in OUTPUT_IMAGE_GENERATION_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_IMAGE_GENERATION_CALL_ITEM_TYPE_VALUES!r}"
    )
