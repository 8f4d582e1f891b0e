from typing import Literal

from ..types import check_enum

ImageGenerationServerToolInputFidelityType2Type1 = Literal["high", "low"] | str

IMAGE_GENERATION_SERVER_TOOL_INPUT_FIDELITY_TYPE_2_TYPE_1_VALUES: set[
    ImageGenerationServerToolInputFidelityType2Type1
] = {
    "high",
    "low",
}


def check_image_generation_server_tool_input_fidelity_type_2_type_1(
    value: str,
) -> ImageGenerationServerToolInputFidelityType2Type1:
    return check_enum(
        value,
        IMAGE_GENERATION_SERVER_TOOL_INPUT_FIDELITY_TYPE_2_TYPE_1_VALUES,
        "ImageGenerationServerToolInputFidelityType2Type1",
    )
