from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.scim_group_mapping import ScimGroupMapping


@_attrs_define(repr=False, eq=False)
class GetScimGroupMappingResponse(_ModelBase):
    data: ScimGroupMapping
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("data",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = ScimGroupMapping.from_dict(d.pop("data"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        get_scim_group_mapping_response = cls(
            data=data,
        )

        get_scim_group_mapping_response.additional_properties = d
        return get_scim_group_mapping_response


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ScimGroupMapping = _LazyModel(globals(), "modelgates_api.models.scim_group_mapping", "ScimGroupMapping")
