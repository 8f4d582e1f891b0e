from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.fusion_server_tool_config_tools_item_parameters import FusionServerToolConfigToolsItemParameters
else:
    FusionServerToolConfigToolsItemParameters = _LazyModel(
        globals(), "fusion_server_tool_config_tools_item_parameters", "FusionServerToolConfigToolsItemParameters"
    )


@_attrs_define(repr=False, eq=False)
class FusionServerToolConfigToolsItem(_ModelBase):
    """
    Attributes:
        type_ (str): Server tool type identifier (e.g. "openrouter:web_search", "openrouter:web_fetch").
        parameters (FusionServerToolConfigToolsItemParameters | Unset): Optional configuration forwarded as the tool's
            `parameters` object.
    """

    type_: str
    parameters: FusionServerToolConfigToolsItemParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", None, "type_"),)
    _optional_ = (("parameters", _model_field(FusionServerToolConfigToolsItemParameters)),)
