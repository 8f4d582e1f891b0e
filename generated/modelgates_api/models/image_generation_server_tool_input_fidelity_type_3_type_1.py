from typing import Literal

ImageGenerationServerToolInputFidelityType3Type1 = Literal["high", "low"]

IMAGE_GENERATION_SERVER_TOOL_INPUT_FIDELITY_TYPE_3_TYPE_1_VALUES: set[
    ImageGenerationServerToolInputFidelityType3Type1
] = {
    "high",
    "low",
}


def check_image_generation_server_tool_input_fidelity_type_3_type_1(
    value: str,
) -> ImageGenerationServerToolInputFidelityType3Type1:
    if value in IMAGE_GENERATION_SERVER_TOOL_INPUT_FIDELITY_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GENERATION_SERVER_TOOL_INPUT_FIDELITY_TYPE_3_TYPE_1_VALUES!r}"
    )
