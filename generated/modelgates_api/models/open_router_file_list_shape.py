from typing import Literal

from ..types import check_enum

OpenRouterFileListShape = Literal["openrouter"] | str

OPEN_ROUTER_FILE_LIST_SHAPE_VALUES: set[OpenRouterFileListShape] = {
    "openrouter",
}


def check_open_router_file_list_shape(value: str) -> OpenRouterFileListShape:
    return check_enum(value, OPEN_ROUTER_FILE_LIST_SHAPE_VALUES, "OpenRouterFileListShape")
