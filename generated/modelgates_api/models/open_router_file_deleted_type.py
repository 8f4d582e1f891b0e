from typing import Literal

from ..types import check_enum

OpenRouterFileDeletedType = Literal["file_deleted"] | str

OPEN_ROUTER_FILE_DELETED_TYPE_VALUES: set[OpenRouterFileDeletedType] = {
    "file_deleted",
}


def check_open_router_file_deleted_type(value: str) -> OpenRouterFileDeletedType:
    return check_enum(value, OPEN_ROUTER_FILE_DELETED_TYPE_VALUES, "OpenRouterFileDeletedType")
