from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.mcp_list_tools_item_tools_item_input_schema import McpListToolsItemToolsItemInputSchema


@_attrs_define(repr=False, eq=False)
class McpListToolsItemToolsItem(_ModelBase):
    input_schema: McpListToolsItemToolsItemInputSchema
    name: str
    annotations: Any | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "input_schema",
        "name",
        "annotations",
        "description",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "input_schema"
            input_schema = McpListToolsItemToolsItemInputSchema.from_dict(d.pop("input_schema"))

            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "annotations"
            annotations = d.pop("annotations", UNSET)

            _at_field_ = "description"
            description = d.pop("description", UNSET)
            if not isinstance(description, (str, _NoneType, Unset)):
                description = _parse_union(
                    description,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        mcp_list_tools_item_tools_item = cls(
            input_schema=input_schema,
            name=name,
            annotations=annotations,
            description=description,
        )

        mcp_list_tools_item_tools_item.additional_properties = d
        return mcp_list_tools_item_tools_item


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    McpListToolsItemToolsItemInputSchema = _LazyModel(
        globals(),
        "modelgates_api.models.mcp_list_tools_item_tools_item_input_schema",
        "McpListToolsItemToolsItemInputSchema",
    )
