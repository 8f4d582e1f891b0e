from typing import Literal

from ..types import check_enum

GetModelsZdr = Literal["true"] | str

GET_MODELS_ZDR_VALUES: set[GetModelsZdr] = {
    "true",
}


def check_get_models_zdr(value: str) -> GetModelsZdr:
    return check_enum(value, GET_MODELS_ZDR_VALUES, "GetModelsZdr")
