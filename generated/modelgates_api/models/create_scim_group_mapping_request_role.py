from typing import Literal

CreateScimGroupMappingRequestRole = Literal["admin", "member"]

CREATE_SCIM_GROUP_MAPPING_REQUEST_ROLE_VALUES: set[
    CreateScimGroupMappingRequestRole
] = {
    "admin",
    "member",
}


def check_create_scim_group_mapping_request_role(
    value: str,
) -> CreateScimGroupMappingRequestRole:
    if value in CREATE_SCIM_GROUP_MAPPING_REQUEST_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_SCIM_GROUP_MAPPING_REQUEST_ROLE_VALUES!r}"
    )
