from typing import Literal

from ..types import check_enum

GetModelsCategory = (
    Literal[
        "academia",
        "finance",
        "health",
        "legal",
        "marketing",
        "marketing/seo",
        "programming",
        "roleplay",
        "science",
        "technology",
        "translation",
        "trivia",
    ]
    | str
)

GET_MODELS_CATEGORY_VALUES: set[GetModelsCategory] = {
    "academia",
    "finance",
    "health",
    "legal",
    "marketing",
    "marketing/seo",
    "programming",
    "roleplay",
    "science",
    "technology",
    "translation",
    "trivia",
}


def check_get_models_category(value: str) -> GetModelsCategory:
    return check_enum(value, GET_MODELS_CATEGORY_VALUES, "GetModelsCategory")
