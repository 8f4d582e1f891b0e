from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.advisor_server_tool_open_router_type import (
    AdvisorServerToolOpenRouterType,
    check_advisor_server_tool_open_router_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.advisor_server_tool_config import AdvisorServerToolConfig


@_attrs_define(repr=False, eq=False)
class AdvisorServerToolOpenRouter(_ModelBase):
    """OpenRouter built-in server tool: consults a higher-intelligence advisor model (any OpenRouter model) for guidance
    mid-generation and returns its response. Include multiple entries to offer several named advisors; at most one entry
    may omit `name` to act as the default advisor.

        Example:
            {'parameters': {'model': '~anthropic/claude-opus-latest', 'name': 'reviewer'}, 'type': 'openrouter:advisor'}

        Attributes:
            parameters (AdvisorServerToolConfig | Unset): Configuration for one openrouter:advisor server tool entry.
                Example: {'model': '~anthropic/claude-opus-latest', 'name': 'reviewer'}.
    """

    type_: AdvisorServerToolOpenRouterType
    parameters: AdvisorServerToolConfig | Unset = UNSET
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
            type_ = check_advisor_server_tool_open_router_type(d.pop("type"))

            _at_field_ = "parameters"
            _parameters = d.pop("parameters", UNSET)
            parameters: AdvisorServerToolConfig | Unset
            if isinstance(_parameters, Unset):
                parameters = UNSET
            else:
                parameters = AdvisorServerToolConfig.from_dict(_parameters)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        advisor_server_tool_open_router = cls(
            type_=type_,
            parameters=parameters,
        )

        advisor_server_tool_open_router.additional_properties = d
        return advisor_server_tool_open_router


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AdvisorServerToolConfig = _LazyModel(
        globals(), "modelgates_api.models.advisor_server_tool_config", "AdvisorServerToolConfig"
    )
