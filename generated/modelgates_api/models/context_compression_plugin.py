from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.context_compression_engine import ContextCompressionEngine, check_context_compression_engine
from ..models.context_compression_plugin_id import ContextCompressionPluginId, check_context_compression_plugin_id
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "id",
        "enabled",
        "engine",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "id"
            id = check_context_compression_plugin_id(d.pop("id"))

            _at_field_ = "enabled"
            enabled = d.pop("enabled", UNSET)

            _at_field_ = "engine"
            _engine = d.pop("engine", UNSET)
            engine: ContextCompressionEngine | Unset
            if isinstance(_engine, Unset):
                engine = UNSET
            else:
                engine = check_context_compression_engine(_engine)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        context_compression_plugin = cls(
            id=id,
            enabled=enabled,
            engine=engine,
        )

        context_compression_plugin.additional_properties = d
        return context_compression_plugin
