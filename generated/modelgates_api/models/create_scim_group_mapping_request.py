from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_scim_group_mapping_request_role import (
    CreateScimGroupMappingRequestRole,
    check_create_scim_group_mapping_request_role,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class CreateScimGroupMappingRequest(_ModelBase):
    role: CreateScimGroupMappingRequestRole
    scim_group_id: str
    workspace_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "role",
        "scim_group_id",
        "workspace_id",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "role"
            role = check_create_scim_group_mapping_request_role(d.pop("role"))

            _at_field_ = "scim_group_id"
            scim_group_id = d.pop("scim_group_id")

            _at_field_ = "workspace_id"
            workspace_id = d.pop("workspace_id")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        create_scim_group_mapping_request = cls(
            role=role,
            scim_group_id=scim_group_id,
            workspace_id=workspace_id,
        )

        create_scim_group_mapping_request.additional_properties = d
        return create_scim_group_mapping_request
