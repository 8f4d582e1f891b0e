from typing import Literal

ScimGroupMappingRole = Literal["admin", "member"]

SCIM_GROUP_MAPPING_ROLE_VALUES: set[ScimGroupMappingRole] = {
    "admin",
    "member",
}


def check_scim_group_mapping_role(value: str) -> ScimGroupMappingRole:
    if value in SCIM_GROUP_MAPPING_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCIM_GROUP_MAPPING_ROLE_VALUES!r}"
    )
