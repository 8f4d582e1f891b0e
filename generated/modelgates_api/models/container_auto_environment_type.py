from typing import Literal

from ..types import check_enum

ContainerAutoEnvironmentType = Literal["container_auto"] | str

CONTAINER_AUTO_ENVIRONMENT_TYPE_VALUES: set[ContainerAutoEnvironmentType] = {
    "container_auto",
}


def check_container_auto_environment_type(value: str) -> ContainerAutoEnvironmentType:
    return check_enum(value, CONTAINER_AUTO_ENVIRONMENT_TYPE_VALUES, "ContainerAutoEnvironmentType")
