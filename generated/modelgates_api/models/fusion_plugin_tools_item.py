from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.fusion_plugin_tools_item_parameters import FusionPluginToolsItemParameters
else:
    FusionPluginToolsItemParameters = _LazyModel(
        globals(), "fusion_plugin_tools_item_parameters", "FusionPluginToolsItemParameters"
    )


@_attrs_define(repr=False, eq=False)
class FusionPluginToolsItem(_ModelBase):
    """
    Attributes:
        type_ (str): Server tool type identifier (e.g. "openrouter:web_search", "openrouter:web_fetch").
        parameters (FusionPluginToolsItemParameters | Unset): Optional configuration forwarded as the tool's
            `parameters` object.
    """

    type_: str
    parameters: FusionPluginToolsItemParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", None, "type_"),)
    _optional_ = (("parameters", _model_field(FusionPluginToolsItemParameters)),)
