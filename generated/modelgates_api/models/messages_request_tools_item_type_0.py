from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_request_tools_item_type_0_type import (
    MessagesRequestToolsItemType0Type,
    check_messages_request_tools_item_type_0_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.messages_request_tools_item_type_0_input_schema import MessagesRequestToolsItemType0InputSchema


@_attrs_define(repr=False, eq=False)
class MessagesRequestToolsItemType0(_ModelBase):
    """
    Attributes:
        cache_control (AnthropicCacheControlDirective | Unset): Prompt-caching breakpoint. At the top level of a
            request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for
            Anthropic Claude models.
    """

    input_schema: MessagesRequestToolsItemType0InputSchema
    name: str
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    description: str | Unset = UNSET
    type_: MessagesRequestToolsItemType0Type | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "input_schema",
        "name",
        "cache_control",
        "defer_loading",
        "description",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "input_schema"
            input_schema = MessagesRequestToolsItemType0InputSchema.from_dict(d.pop("input_schema"))

            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "cache_control"
            _cache_control = d.pop("cache_control", UNSET)
            cache_control: AnthropicCacheControlDirective | Unset
            if isinstance(_cache_control, Unset):
                cache_control = UNSET
            else:
                cache_control = AnthropicCacheControlDirective.from_dict(_cache_control)

            _at_field_ = "defer_loading"
            defer_loading = d.pop("defer_loading", UNSET)

            _at_field_ = "description"
            description = d.pop("description", UNSET)

            _at_field_ = "type"
            _type_ = d.pop("type", UNSET)
            type_: MessagesRequestToolsItemType0Type | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_messages_request_tools_item_type_0_type(_type_)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_request_tools_item_type_0 = cls(
            input_schema=input_schema,
            name=name,
            cache_control=cache_control,
            defer_loading=defer_loading,
            description=description,
            type_=type_,
        )

        messages_request_tools_item_type_0.additional_properties = d
        return messages_request_tools_item_type_0


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "modelgates_api.models.anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )
    MessagesRequestToolsItemType0InputSchema = _LazyModel(
        globals(),
        "modelgates_api.models.messages_request_tools_item_type_0_input_schema",
        "MessagesRequestToolsItemType0InputSchema",
    )
