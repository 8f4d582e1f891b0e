from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.moderation_plugin_id import ModerationPluginId, check_moderation_plugin_id
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class ModerationPlugin(_ModelBase):
    """
    Example:
        {'id': 'moderation'}

    """

    id: ModerationPluginId
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("id", check_moderation_plugin_id),)
