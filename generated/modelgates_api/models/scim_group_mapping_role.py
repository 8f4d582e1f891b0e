from typing import Literal

from ..types import check_enum

ScimGroupMappingRole = Literal["admin", "member"] | str

SCIM_GROUP_MAPPING_ROLE_VALUES: set[ScimGroupMappingRole] = {
    "admin",
    "member",
}


def check_scim_group_mapping_role(value: str) -> ScimGroupMappingRole:
    return check_enum(value, SCIM_GROUP_MAPPING_ROLE_VALUES, "ScimGroupMappingRole")
