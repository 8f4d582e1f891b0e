from typing import Literal

GetModelsCategory = Literal[
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
    if value in GET_MODELS_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MODELS_CATEGORY_VALUES!r}"
    )
