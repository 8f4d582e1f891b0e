from typing import Literal

from ..types import check_enum

GetModelsRegion = Literal["eu", "us"] | str

GET_MODELS_REGION_VALUES: set[GetModelsRegion] = {
    "eu",
    "us",
}


def check_get_models_region(value: str) -> GetModelsRegion:
    return check_enum(value, GET_MODELS_REGION_VALUES, "GetModelsRegion")
