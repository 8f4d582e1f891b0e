from typing import Literal

from ..types import check_enum

GenerationResponseDataDataRegion = Literal["europe", "global", "us"] | str

GENERATION_RESPONSE_DATA_DATA_REGION_VALUES: set[GenerationResponseDataDataRegion] = {
    "europe",
    "global",
    "us",
}


def check_generation_response_data_data_region(value: str) -> GenerationResponseDataDataRegion:
    return check_enum(value, GENERATION_RESPONSE_DATA_DATA_REGION_VALUES, "GenerationResponseDataDataRegion")
