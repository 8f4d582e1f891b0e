from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.mcp_list_tools_item_tools_item_input_schema import McpListToolsItemToolsItemInputSchema
else:
    McpListToolsItemToolsItemInputSchema = _LazyModel(
        globals(), "mcp_list_tools_item_tools_item_input_schema", "McpListToolsItemToolsItemInputSchema"
    )


@_attrs_define(repr=False, eq=False)
class McpListToolsItemToolsItem(_ModelBase):
    input_schema: McpListToolsItemToolsItemInputSchema
    name: str
    annotations: Any | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("input_schema", _model_field(McpListToolsItemToolsItemInputSchema)),
        "name",
    )
    _optional_ = (
        "annotations",
        (
            "description",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
    )
