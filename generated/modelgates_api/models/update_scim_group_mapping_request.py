from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.update_scim_group_mapping_request_role import (
    UpdateScimGroupMappingRequestRole,
    check_update_scim_group_mapping_request_role,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class UpdateScimGroupMappingRequest(_ModelBase):
    role: UpdateScimGroupMappingRequestRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("role", check_update_scim_group_mapping_request_role),)
