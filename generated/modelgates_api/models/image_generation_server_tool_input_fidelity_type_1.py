from typing import Literal

from ..types import check_enum

ImageGenerationServerToolInputFidelityType1 = Literal["high", "low"] | str

IMAGE_GENERATION_SERVER_TOOL_INPUT_FIDELITY_TYPE_1_VALUES: set[ImageGenerationServerToolInputFidelityType1] = {
    "high",
    "low",
}


def check_image_generation_server_tool_input_fidelity_type_1(value: str) -> ImageGenerationServerToolInputFidelityType1:
    return check_enum(
        value, IMAGE_GENERATION_SERVER_TOOL_INPUT_FIDELITY_TYPE_1_VALUES, "ImageGenerationServerToolInputFidelityType1"
    )
