from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    PARSE_ERRORS,
    as_object,
    at_field,
)
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from ..models.list_organization_members_response_200_data_item import (
        ListOrganizationMembersResponse200DataItem,
    )


T = TypeVar("T", bound="ListOrganizationMembersResponse200")


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

    def to_dict(self) -> dict[str, Any]:
        (ListOrganizationMembersResponse200DataItem,) = _lazy_imports()
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "data": data,
            "total_count": self.total_count,
        }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        (ListOrganizationMembersResponse200DataItem,) = _lazy_imports()
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = []
            _data = d.pop("data")
            for _data_item_data_index, data_item_data in enumerate(_as_list(_data)):
                try:
                    data_item = ListOrganizationMembersResponse200DataItem.from_dict(
                        data_item_data
                    )

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _data_item_data_index)
                data.append(data_item)

            _at_field_ = "total_count"
            total_count = d.pop("total_count")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        list_organization_members_response_200 = cls(
            data=data,
            total_count=total_count,
        )

        list_organization_members_response_200.additional_properties = d
        return list_organization_members_response_200


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    """The models the methods above use: imported on their first call, not with this module (the
    models refer to each other in cycles), and bound once. Absolute imports: a relative one reads
    the module's ``__spec__.parent``, a Python-level property."""
    from modelgates_api.models.list_organization_members_response_200_data_item import (
        ListOrganizationMembersResponse200DataItem,
    )

    return (ListOrganizationMembersResponse200DataItem,)
