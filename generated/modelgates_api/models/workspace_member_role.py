from typing import Literal

WorkspaceMemberRole = Literal["admin", "member"]

WORKSPACE_MEMBER_ROLE_VALUES: set[WorkspaceMemberRole] = {
    "admin",
    "member",
}


def check_workspace_member_role(value: str) -> WorkspaceMemberRole:
    if value in WORKSPACE_MEMBER_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKSPACE_MEMBER_ROLE_VALUES!r}"
    )
