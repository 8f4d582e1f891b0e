from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class BulkAssignMembersRequest(_ModelBase):
    """
    Example:
        {'member_user_ids': ['user_abc123', 'user_def456']}

    Attributes:
        member_user_ids (list[str]): Array of member user IDs to assign to the guardrail Example: ['user_abc123',
            'user_def456'].
    """

    member_user_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("member_user_ids",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "member_user_ids"
            member_user_ids = cast(list[str], d.pop("member_user_ids"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        bulk_assign_members_request = cls(
            member_user_ids=member_user_ids,
        )

        bulk_assign_members_request.additional_properties = d
        return bulk_assign_members_request
