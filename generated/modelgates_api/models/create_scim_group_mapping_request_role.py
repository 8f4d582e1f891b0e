from typing import Literal

from ..types import check_enum

CreateScimGroupMappingRequestRole = Literal["admin", "member"] | str

CREATE_SCIM_GROUP_MAPPING_REQUEST_ROLE_VALUES: set[CreateScimGroupMappingRequestRole] = {
    "admin",
    "member",
}


def check_create_scim_group_mapping_request_role(value: str) -> CreateScimGroupMappingRequestRole:
    return check_enum(value, CREATE_SCIM_GROUP_MAPPING_REQUEST_ROLE_VALUES, "CreateScimGroupMappingRequestRole")
