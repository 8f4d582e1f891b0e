from typing import Literal

ContainerReferenceEnvironmentType = Literal["container_reference"]

CONTAINER_REFERENCE_ENVIRONMENT_TYPE_VALUES: set[ContainerReferenceEnvironmentType] = {
    "container_reference",
}


def check_container_reference_environment_type(
    value: str,
) -> ContainerReferenceEnvironmentType:
    if value in CONTAINER_REFERENCE_ENVIRONMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTAINER_REFERENCE_ENVIRONMENT_TYPE_VALUES!r}"
    )
