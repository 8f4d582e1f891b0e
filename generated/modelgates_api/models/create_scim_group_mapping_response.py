from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.scim_group_mapping import ScimGroupMapping
else:
    ScimGroupMapping = _LazyModel(globals(), "scim_group_mapping", "ScimGroupMapping")


@_attrs_define(repr=False, eq=False)
class CreateScimGroupMappingResponse(_ModelBase):
    data: ScimGroupMapping
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("data", _model_field(ScimGroupMapping)),)
