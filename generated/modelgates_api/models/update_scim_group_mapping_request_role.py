from typing import Literal

UpdateScimGroupMappingRequestRole = Literal["admin", "member"]

UPDATE_SCIM_GROUP_MAPPING_REQUEST_ROLE_VALUES: set[
    UpdateScimGroupMappingRequestRole
] = {
    "admin",
    "member",
}


def check_update_scim_group_mapping_request_role(
    value: str,
) -> UpdateScimGroupMappingRequestRole:
    if value in UPDATE_SCIM_GROUP_MAPPING_REQUEST_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_SCIM_GROUP_MAPPING_REQUEST_ROLE_VALUES!r}"
    )
