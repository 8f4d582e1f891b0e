from typing import Literal

from ..types import check_enum

OpenRouterFileShape = Literal["openrouter"] | str

OPEN_ROUTER_FILE_SHAPE_VALUES: set[OpenRouterFileShape] = {
    "openrouter",
}


def check_open_router_file_shape(value: str) -> OpenRouterFileShape:
    return check_enum(value, OPEN_ROUTER_FILE_SHAPE_VALUES, "OpenRouterFileShape")
