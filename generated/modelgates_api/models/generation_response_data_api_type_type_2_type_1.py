from typing import Literal

from ..types import check_enum

GenerationResponseDataApiTypeType2Type1 = (
    Literal["completions", "embeddings", "image", "rerank", "stt", "tts", "video"] | str
)

GENERATION_RESPONSE_DATA_API_TYPE_TYPE_2_TYPE_1_VALUES: set[GenerationResponseDataApiTypeType2Type1] = {
    "completions",
    "embeddings",
    "image",
    "rerank",
    "stt",
    "tts",
    "video",
}


def check_generation_response_data_api_type_type_2_type_1(value: str) -> GenerationResponseDataApiTypeType2Type1:
    return check_enum(
        value, GENERATION_RESPONSE_DATA_API_TYPE_TYPE_2_TYPE_1_VALUES, "GenerationResponseDataApiTypeType2Type1"
    )
