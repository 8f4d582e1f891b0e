from typing import Literal

from ..types import check_enum

WorkspaceMemberRole = Literal["admin", "member"] | str

WORKSPACE_MEMBER_ROLE_VALUES: set[WorkspaceMemberRole] = {
    "admin",
    "member",
}


def check_workspace_member_role(value: str) -> WorkspaceMemberRole:
    return check_enum(value, WORKSPACE_MEMBER_ROLE_VALUES, "WorkspaceMemberRole")
