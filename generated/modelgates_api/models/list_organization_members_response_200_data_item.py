from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.list_organization_members_response_200_data_item_role import (
    ListOrganizationMembersResponse200DataItemRole,
    check_list_organization_members_response_200_data_item_role,
)
from ..types import ModelBase as _ModelBase, NoneType as _NoneType, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class ListOrganizationMembersResponse200DataItem(_ModelBase):
    """
    Attributes:
        email (str): Email address of the member Example: jane.doe@example.com.
        first_name (None | str): First name of the member Example: Jane.
        id (str): User ID of the organization member Example: user_2dHFtVWx2n56w6HkM0000000000.
        last_name (None | str): Last name of the member Example: Doe.
        role (ListOrganizationMembersResponse200DataItemRole): Role of the member in the organization Example:
            org:member.
    """

    email: str
    first_name: None | str
    id: str
    last_name: None | str
    role: ListOrganizationMembersResponse200DataItemRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "email",
        (
            "first_name",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        "id",
        (
            "last_name",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        ("role", check_list_organization_members_response_200_data_item_role),
    )
