from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.moderation_plugin_id import ModerationPluginId, check_moderation_plugin_id
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ModerationPlugin(_ModelBase):
    """
    Example:
        {'id': 'moderation'}

    """

    id: ModerationPluginId
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("id",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "id"
            id = check_moderation_plugin_id(d.pop("id"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        moderation_plugin = cls(
            id=id,
        )

        moderation_plugin.additional_properties = d
        return moderation_plugin
