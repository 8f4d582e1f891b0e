from typing import Literal

GenerationResponseDataDataRegion = Literal["europe", "global", "us"]

GENERATION_RESPONSE_DATA_DATA_REGION_VALUES: set[GenerationResponseDataDataRegion] = {
    "europe",
    "global",
    "us",
}


def check_generation_response_data_data_region(
    value: str,
) -> GenerationResponseDataDataRegion:
    if value in GENERATION_RESPONSE_DATA_DATA_REGION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATION_RESPONSE_DATA_DATA_REGION_VALUES!r}"
    )
