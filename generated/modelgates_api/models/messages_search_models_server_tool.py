from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_search_models_server_tool_type import (
    MessagesSearchModelsServerToolType,
    check_messages_search_models_server_tool_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.search_models_server_tool_config import SearchModelsServerToolConfig


@_attrs_define(repr=False, eq=False)
class MessagesSearchModelsServerTool(_ModelBase):
    """OpenRouter built-in server tool: searches and filters AI models available on OpenRouter

    Example:
        {'parameters': {'max_results': 5}, 'type': 'openrouter:experimental__search_models'}

    Attributes:
        parameters (SearchModelsServerToolConfig | Unset): Configuration for the openrouter:experimental__search_models
            server tool Example: {'max_results': 5}.
    """

    type_: MessagesSearchModelsServerToolType
    parameters: SearchModelsServerToolConfig | Unset = UNSET
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
            type_ = check_messages_search_models_server_tool_type(d.pop("type"))

            _at_field_ = "parameters"
            _parameters = d.pop("parameters", UNSET)
            parameters: SearchModelsServerToolConfig | Unset
            if isinstance(_parameters, Unset):
                parameters = UNSET
            else:
                parameters = SearchModelsServerToolConfig.from_dict(_parameters)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_search_models_server_tool = cls(
            type_=type_,
            parameters=parameters,
        )

        messages_search_models_server_tool.additional_properties = d
        return messages_search_models_server_tool


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    SearchModelsServerToolConfig = _LazyModel(
        globals(), "modelgates_api.models.search_models_server_tool_config", "SearchModelsServerToolConfig"
    )
