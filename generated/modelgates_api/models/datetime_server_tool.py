from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.datetime_server_tool_type import DatetimeServerToolType, check_datetime_server_tool_type
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.datetime_server_tool_config import DatetimeServerToolConfig
else:
    DatetimeServerToolConfig = _LazyModel(globals(), "datetime_server_tool_config", "DatetimeServerToolConfig")


@_attrs_define(repr=False, eq=False)
class DatetimeServerTool(_ModelBase):
    """OpenRouter built-in server tool: returns the current date and time

    Example:
        {'parameters': {'timezone': 'America/New_York'}, 'type': 'openrouter:datetime'}

    Attributes:
        parameters (DatetimeServerToolConfig | Unset): Configuration for the openrouter:datetime server tool Example:
            {'timezone': 'America/New_York'}.
    """

    type_: DatetimeServerToolType
    parameters: DatetimeServerToolConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_datetime_server_tool_type, "type_"),)
    _optional_ = (("parameters", _model_field(DatetimeServerToolConfig)),)
