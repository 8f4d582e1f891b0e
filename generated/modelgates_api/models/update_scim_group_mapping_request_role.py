from typing import Literal

from ..types import check_enum

UpdateScimGroupMappingRequestRole = Literal["admin", "member"] | str

UPDATE_SCIM_GROUP_MAPPING_REQUEST_ROLE_VALUES: set[UpdateScimGroupMappingRequestRole] = {
    "admin",
    "member",
}


def check_update_scim_group_mapping_request_role(value: str) -> UpdateScimGroupMappingRequestRole:
    return check_enum(value, UPDATE_SCIM_GROUP_MAPPING_REQUEST_ROLE_VALUES, "UpdateScimGroupMappingRequestRole")
