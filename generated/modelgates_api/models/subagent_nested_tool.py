from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.subagent_nested_tool_parameters import SubagentNestedToolParameters
else:
    SubagentNestedToolParameters = _LazyModel(
        globals(), "subagent_nested_tool_parameters", "SubagentNestedToolParameters"
    )


@_attrs_define(repr=False, eq=False)
class SubagentNestedTool(_ModelBase):
    """A tool made available to the subagent. Only OpenRouter server tools (e.g. openrouter:web_search) are supported;
    function tools are rejected because the worker has no way to execute them. The subagent tool may not list itself.

        Example:
            {'type': 'openrouter:web_search'}

    """

    type_: str
    parameters: SubagentNestedToolParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", None, "type_"),)
    _optional_ = (("parameters", _model_field(SubagentNestedToolParameters)),)
