from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.context_compression_engine import ContextCompressionEngine, check_context_compression_engine
from ..models.context_compression_plugin_id import ContextCompressionPluginId, check_context_compression_plugin_id
from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class ContextCompressionPlugin(_ModelBase):
    """
    Example:
        {'enabled': True, 'engine': 'middle-out', 'id': 'context-compression'}

    Attributes:
        enabled (bool | Unset): Set to false to disable the context-compression plugin for this request. Defaults to
            true.
        engine (ContextCompressionEngine | Unset): The compression engine to use. Defaults to "middle-out". Example:
            middle-out.
    """

    id: ContextCompressionPluginId
    enabled: bool | Unset = UNSET
    engine: ContextCompressionEngine | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("id", check_context_compression_plugin_id),)
    _optional_ = (
        "enabled",
        ("engine", check_context_compression_engine),
    )
