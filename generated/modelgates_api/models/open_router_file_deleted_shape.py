from typing import Literal

OpenRouterFileDeletedShape = Literal["openrouter"]

OPEN_ROUTER_FILE_DELETED_SHAPE_VALUES: set[OpenRouterFileDeletedShape] = {
    "openrouter",
}


def check_open_router_file_deleted_shape(value: str) -> OpenRouterFileDeletedShape:
    if value in OPEN_ROUTER_FILE_DELETED_SHAPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_ROUTER_FILE_DELETED_SHAPE_VALUES!r}"
    )
