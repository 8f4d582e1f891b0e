from typing import Literal

GenerationResponseDataApiTypeType3Type1 = Literal[
    "completions", "embeddings", "image", "rerank", "stt", "tts", "video"
]

GENERATION_RESPONSE_DATA_API_TYPE_TYPE_3_TYPE_1_VALUES: set[
    GenerationResponseDataApiTypeType3Type1
] = {
    "completions",
    "embeddings",
    "image",
    "rerank",
    "stt",
    "tts",
    "video",
}


def check_generation_response_data_api_type_type_3_type_1(
    value: str,
) -> GenerationResponseDataApiTypeType3Type1:
    if value in GENERATION_RESPONSE_DATA_API_TYPE_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATION_RESPONSE_DATA_API_TYPE_TYPE_3_TYPE_1_VALUES!r}"
    )
