from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_tool_removal_block_type import (
    MessagesToolRemovalBlockType,
    check_messages_tool_removal_block_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.messages_tool_removal_block_tool_type_0 import MessagesToolRemovalBlockToolType0
    from ..models.messages_tool_removal_block_tool_type_1 import MessagesToolRemovalBlockToolType1
    from ..models.messages_tool_removal_block_tool_type_2 import MessagesToolRemovalBlockToolType2


@_attrs_define(repr=False, eq=False)
class MessagesToolRemovalBlock(_ModelBase):
    """Removes a tool from the conversation mid-conversation without invalidating the prompt cache. Only valid in `role:
    "system"` messages. Not supported on Claude Sonnet 5 or models older than Claude Opus 4.8.

        Example:
            {'tool': {'name': 'get_weather', 'type': 'tool_reference'}, 'type': 'tool_removal'}

        Attributes:
            cache_control (AnthropicCacheControlDirective | Unset): Prompt-caching breakpoint. At the top level of a
                request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for
                Anthropic Claude models.
    """

    tool: MessagesToolRemovalBlockToolType0 | MessagesToolRemovalBlockToolType1 | MessagesToolRemovalBlockToolType2
    type_: MessagesToolRemovalBlockType
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "tool",
        ("type_", "type"),
        "cache_control",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "tool"
            tool = d.pop("tool")
            tool = _parse_union(
                tool,
                (
                    ("MessagesToolRemovalBlockToolType0", MessagesToolRemovalBlockToolType0),
                    ("MessagesToolRemovalBlockToolType1", MessagesToolRemovalBlockToolType1),
                    ("MessagesToolRemovalBlockToolType2", MessagesToolRemovalBlockToolType2),
                ),
                tag=(
                    "type",
                    (
                        "tool_reference",
                        "mcp_tool_reference",
                        "mcp_toolset_reference",
                    ),
                ),
            )

            _at_field_ = "type"
            type_ = check_messages_tool_removal_block_type(d.pop("type"))

            _at_field_ = "cache_control"
            _cache_control = d.pop("cache_control", UNSET)
            cache_control: AnthropicCacheControlDirective | Unset
            if isinstance(_cache_control, Unset):
                cache_control = UNSET
            else:
                cache_control = AnthropicCacheControlDirective.from_dict(_cache_control)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_tool_removal_block = cls(
            tool=tool,
            type_=type_,
            cache_control=cache_control,
        )

        messages_tool_removal_block.additional_properties = d
        return messages_tool_removal_block


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "modelgates_api.models.anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )
    MessagesToolRemovalBlockToolType0 = _LazyModel(
        globals(), "modelgates_api.models.messages_tool_removal_block_tool_type_0", "MessagesToolRemovalBlockToolType0"
    )
    MessagesToolRemovalBlockToolType1 = _LazyModel(
        globals(), "modelgates_api.models.messages_tool_removal_block_tool_type_1", "MessagesToolRemovalBlockToolType1"
    )
    MessagesToolRemovalBlockToolType2 = _LazyModel(
        globals(), "modelgates_api.models.messages_tool_removal_block_tool_type_2", "MessagesToolRemovalBlockToolType2"
    )
