from typing import Literal

OutputItemImageGenerationCallType = Literal["image_generation_call"]

OUTPUT_ITEM_IMAGE_GENERATION_CALL_TYPE_VALUES: set[
    OutputItemImageGenerationCallType
] = {
    "image_generation_call",
}


def check_output_item_image_generation_call_type(
    value: str,
) -> OutputItemImageGenerationCallType:
    if value in OUTPUT_ITEM_IMAGE_GENERATION_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_ITEM_IMAGE_GENERATION_CALL_TYPE_VALUES!r}"
    )
