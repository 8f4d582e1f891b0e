from typing import Literal

OpenRouterFileListShape = Literal["openrouter"]

OPEN_ROUTER_FILE_LIST_SHAPE_VALUES: set[OpenRouterFileListShape] = {
    "openrouter",
}


def check_open_router_file_list_shape(value: str) -> OpenRouterFileListShape:
    if value in OPEN_ROUTER_FILE_LIST_SHAPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_ROUTER_FILE_LIST_SHAPE_VALUES!r}"
    )
