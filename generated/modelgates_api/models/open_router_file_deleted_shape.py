from typing import Literal

from ..types import check_enum

OpenRouterFileDeletedShape = Literal["openrouter"] | str

OPEN_ROUTER_FILE_DELETED_SHAPE_VALUES: set[OpenRouterFileDeletedShape] = {
    "openrouter",
}


def check_open_router_file_deleted_shape(value: str) -> OpenRouterFileDeletedShape:
    return check_enum(value, OPEN_ROUTER_FILE_DELETED_SHAPE_VALUES, "OpenRouterFileDeletedShape")
