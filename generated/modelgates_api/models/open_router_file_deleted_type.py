from typing import Literal

OpenRouterFileDeletedType = Literal["file_deleted"]

OPEN_ROUTER_FILE_DELETED_TYPE_VALUES: set[OpenRouterFileDeletedType] = {
    "file_deleted",
}


def check_open_router_file_deleted_type(value: str) -> OpenRouterFileDeletedType:
    if value in OPEN_ROUTER_FILE_DELETED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_ROUTER_FILE_DELETED_TYPE_VALUES!r}"
    )
