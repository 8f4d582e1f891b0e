from typing import Literal

from ..types import check_enum

GenerationResponseDataApiTypeType1 = (
    Literal["completions", "embeddings", "image", "rerank", "stt", "tts", "video"] | str
)

GENERATION_RESPONSE_DATA_API_TYPE_TYPE_1_VALUES: set[GenerationResponseDataApiTypeType1] = {
    "completions",
    "embeddings",
    "image",
    "rerank",
    "stt",
    "tts",
    "video",
}


def check_generation_response_data_api_type_type_1(value: str) -> GenerationResponseDataApiTypeType1:
    return check_enum(value, GENERATION_RESPONSE_DATA_API_TYPE_TYPE_1_VALUES, "GenerationResponseDataApiTypeType1")
