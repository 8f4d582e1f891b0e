from typing import Literal

from ..types import check_enum

ContainerReferenceEnvironmentType = Literal["container_reference"] | str

CONTAINER_REFERENCE_ENVIRONMENT_TYPE_VALUES: set[ContainerReferenceEnvironmentType] = {
    "container_reference",
}


def check_container_reference_environment_type(value: str) -> ContainerReferenceEnvironmentType:
    return check_enum(value, CONTAINER_REFERENCE_ENVIRONMENT_TYPE_VALUES, "ContainerReferenceEnvironmentType")
