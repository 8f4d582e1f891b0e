from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.response_healing_plugin_id import ResponseHealingPluginId, check_response_healing_plugin_id
from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class ResponseHealingPlugin(_ModelBase):
    """
    Example:
        {'enabled': True, 'id': 'response-healing'}

    Attributes:
        enabled (bool | Unset): Set to false to disable the response-healing plugin for this request. Defaults to true.
    """

    id: ResponseHealingPluginId
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("id", check_response_healing_plugin_id),)
    _optional_ = ("enabled",)
