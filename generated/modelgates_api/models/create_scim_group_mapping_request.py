from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.create_scim_group_mapping_request_role import (
    CreateScimGroupMappingRequestRole,
    check_create_scim_group_mapping_request_role,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class CreateScimGroupMappingRequest(_ModelBase):
    role: CreateScimGroupMappingRequestRole
    scim_group_id: str
    workspace_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("role", check_create_scim_group_mapping_request_role),
        "scim_group_id",
        "workspace_id",
    )
