from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fusion_server_tool_open_router_type import (
    FusionServerToolOpenRouterType,
    check_fusion_server_tool_open_router_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.fusion_server_tool_config import FusionServerToolConfig


@_attrs_define(repr=False, eq=False)
class FusionServerToolOpenRouter(_ModelBase):
    """OpenRouter built-in server tool: fans out the user prompt to a panel of analysis models, then asks an analyst model
    to summarize their collective output as structured JSON the outer model can synthesize from.

        Example:
            {'parameters': {'analysis_models': ['~anthropic/claude-opus-latest', '~openai/gpt-latest']}, 'type':
                'openrouter:fusion'}

        Attributes:
            parameters (FusionServerToolConfig | Unset): Configuration for the openrouter:fusion server tool. Example:
                {'analysis_models': ['~anthropic/claude-opus-latest', '~openai/gpt-latest', '~google/gemini-pro-latest']}.
    """

    type_: FusionServerToolOpenRouterType
    parameters: FusionServerToolConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        ("type_", "type"),
        "parameters",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "type"
            type_ = check_fusion_server_tool_open_router_type(d.pop("type"))

            _at_field_ = "parameters"
            _parameters = d.pop("parameters", UNSET)
            parameters: FusionServerToolConfig | Unset
            if isinstance(_parameters, Unset):
                parameters = UNSET
            else:
                parameters = FusionServerToolConfig.from_dict(_parameters)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        fusion_server_tool_open_router = cls(
            type_=type_,
            parameters=parameters,
        )

        fusion_server_tool_open_router.additional_properties = d
        return fusion_server_tool_open_router


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    FusionServerToolConfig = _LazyModel(
        globals(), "modelgates_api.models.fusion_server_tool_config", "FusionServerToolConfig"
    )
