from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import model_field as _model_field

if TYPE_CHECKING:
    from ..models.fusion_plugin_tools_item_parameters import FusionPluginToolsItemParameters
else:
    FusionPluginToolsItemParameters = _LazyModel(
        globals(), "modelgates_api.models.fusion_plugin_tools_item_parameters", "FusionPluginToolsItemParameters"
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
