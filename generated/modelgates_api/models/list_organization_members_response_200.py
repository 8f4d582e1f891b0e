from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.list_organization_members_response_200_data_item import ListOrganizationMembersResponse200DataItem
else:
    ListOrganizationMembersResponse200DataItem = _LazyModel(
        globals(), "list_organization_members_response_200_data_item", "ListOrganizationMembersResponse200DataItem"
    )


@_attrs_define(repr=False, eq=False)
class ListOrganizationMembersResponse200(_ModelBase):
    """
    Attributes:
        data (list[ListOrganizationMembersResponse200DataItem]): List of organization members
        total_count (int): Total number of members in the organization Example: 25.
    """

    data: list[ListOrganizationMembersResponse200DataItem]
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("data", _list_field(_model_field(ListOrganizationMembersResponse200DataItem))),
        "total_count",
    )
