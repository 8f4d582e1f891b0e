from typing import Literal

from ..types import check_enum

DeleteScimGroupMappingKeepMembersType0 = Literal["false", "true"] | str

DELETE_SCIM_GROUP_MAPPING_KEEP_MEMBERS_TYPE_0_VALUES: set[DeleteScimGroupMappingKeepMembersType0] = {
    "false",
    "true",
}


def check_delete_scim_group_mapping_keep_members_type_0(value: str) -> DeleteScimGroupMappingKeepMembersType0:
    return check_enum(
        value, DELETE_SCIM_GROUP_MAPPING_KEEP_MEMBERS_TYPE_0_VALUES, "DeleteScimGroupMappingKeepMembersType0"
    )
