from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.open_router_web_search_server_tool_type import (
    OpenRouterWebSearchServerToolType,
    check_open_router_web_search_server_tool_type,
)
from ..types import (
    PARSE_ERRORS,
    UNSET,
    Unset,
    as_object,
    at_field,
)
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from ..models.web_search_config import WebSearchConfig


T = TypeVar("T", bound="OpenRouterWebSearchServerTool")


@_attrs_define(repr=False, eq=False)
class OpenRouterWebSearchServerTool(_ModelBase):
    """OpenRouter built-in server tool: searches the web for current information

    Example:
        {'parameters': {'max_results': 5}, 'type': 'openrouter:web_search'}

    Attributes:
        type_ (OpenRouterWebSearchServerToolType):
        parameters (WebSearchConfig | Unset):  Example: {'max_results': 5, 'search_context_size': 'medium'}.
    """

    type_: OpenRouterWebSearchServerToolType
    parameters: WebSearchConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (WebSearchConfig,) = _lazy_imports()
        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": self.type_,
        }
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        (WebSearchConfig,) = _lazy_imports()
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "type"
            type_ = check_open_router_web_search_server_tool_type(d.pop("type"))

            _at_field_ = "parameters"
            _parameters = d.pop("parameters", UNSET)
            parameters: WebSearchConfig | Unset
            if isinstance(_parameters, Unset):
                parameters = UNSET
            else:
                parameters = WebSearchConfig.from_dict(_parameters)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        open_router_web_search_server_tool = cls(
            type_=type_,
            parameters=parameters,
        )

        open_router_web_search_server_tool.additional_properties = d
        return open_router_web_search_server_tool


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    """The models the methods above use: imported on their first call, not with this module (the
    models refer to each other in cycles), and bound once. Absolute imports: a relative one reads
    the module's ``__spec__.parent``, a Python-level property."""
    from modelgates_api.models.web_search_config import WebSearchConfig

    return (WebSearchConfig,)
