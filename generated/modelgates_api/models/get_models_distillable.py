from typing import Literal

from ..types import check_enum

GetModelsDistillable = Literal["false", "true"] | str

GET_MODELS_DISTILLABLE_VALUES: set[GetModelsDistillable] = {
    "false",
    "true",
}


def check_get_models_distillable(value: str) -> GetModelsDistillable:
    return check_enum(value, GET_MODELS_DISTILLABLE_VALUES, "GetModelsDistillable")
