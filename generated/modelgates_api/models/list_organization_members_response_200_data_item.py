from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_organization_members_response_200_data_item_role import (
    ListOrganizationMembersResponse200DataItemRole,
    check_list_organization_members_response_200_data_item_role,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "email",
        "first_name",
        "id",
        "last_name",
        "role",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "email"
            email = d.pop("email")

            _at_field_ = "first_name"
            first_name = d.pop("first_name")
            if not isinstance(first_name, (str, _NoneType)):
                first_name = _parse_union(
                    first_name,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "last_name"
            last_name = d.pop("last_name")
            if not isinstance(last_name, (str, _NoneType)):
                last_name = _parse_union(
                    last_name,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "role"
            role = check_list_organization_members_response_200_data_item_role(d.pop("role"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        list_organization_members_response_200_data_item = cls(
            email=email,
            first_name=first_name,
            id=id,
            last_name=last_name,
            role=role,
        )

        list_organization_members_response_200_data_item.additional_properties = d
        return list_organization_members_response_200_data_item
