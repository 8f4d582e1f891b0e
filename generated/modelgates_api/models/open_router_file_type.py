from typing import Literal

from ..types import check_enum

OpenRouterFileType = Literal["file"] | str

OPEN_ROUTER_FILE_TYPE_VALUES: set[OpenRouterFileType] = {
    "file",
}


def check_open_router_file_type(value: str) -> OpenRouterFileType:
    return check_enum(value, OPEN_ROUTER_FILE_TYPE_VALUES, "OpenRouterFileType")
