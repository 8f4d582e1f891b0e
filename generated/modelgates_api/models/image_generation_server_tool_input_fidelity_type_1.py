from typing import Literal

ImageGenerationServerToolInputFidelityType1 = Literal["high", "low"]

IMAGE_GENERATION_SERVER_TOOL_INPUT_FIDELITY_TYPE_1_VALUES: set[
    ImageGenerationServerToolInputFidelityType1
] = {
    "high",
    "low",
}


def check_image_generation_server_tool_input_fidelity_type_1(
    value: str,
) -> ImageGenerationServerToolInputFidelityType1:
    if value in IMAGE_GENERATION_SERVER_TOOL_INPUT_FIDELITY_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GENERATION_SERVER_TOOL_INPUT_FIDELITY_TYPE_1_VALUES!r}"
    )
