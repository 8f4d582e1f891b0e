from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_healing_plugin_id import ResponseHealingPluginId, check_response_healing_plugin_id
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "id",
        "enabled",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "id"
            id = check_response_healing_plugin_id(d.pop("id"))

            _at_field_ = "enabled"
            enabled = d.pop("enabled", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        response_healing_plugin = cls(
            id=id,
            enabled=enabled,
        )

        response_healing_plugin.additional_properties = d
        return response_healing_plugin
