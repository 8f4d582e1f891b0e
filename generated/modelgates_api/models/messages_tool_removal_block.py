from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_tool_removal_block_type import (
    MessagesToolRemovalBlockType,
    check_messages_tool_removal_block_type,
)
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.messages_tool_removal_block_tool_type_0 import MessagesToolRemovalBlockToolType0
    from ..models.messages_tool_removal_block_tool_type_1 import MessagesToolRemovalBlockToolType1
    from ..models.messages_tool_removal_block_tool_type_2 import MessagesToolRemovalBlockToolType2
else:
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )
    MessagesToolRemovalBlockToolType0 = _LazyModel(
        globals(), "messages_tool_removal_block_tool_type_0", "MessagesToolRemovalBlockToolType0"
    )
    MessagesToolRemovalBlockToolType1 = _LazyModel(
        globals(), "messages_tool_removal_block_tool_type_1", "MessagesToolRemovalBlockToolType1"
    )
    MessagesToolRemovalBlockToolType2 = _LazyModel(
        globals(), "messages_tool_removal_block_tool_type_2", "MessagesToolRemovalBlockToolType2"
    )


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

    _required_ = (
        (
            "tool",
            _union_field(
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
            ),
        ),
        ("type", check_messages_tool_removal_block_type, "type_"),
    )
    _optional_ = (("cache_control", _model_field(AnthropicCacheControlDirective)),)
