from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_tool_addition_block_type import (
    MessagesToolAdditionBlockType,
    check_messages_tool_addition_block_type,
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
    from ..models.messages_tool_addition_block_tool_type_0 import MessagesToolAdditionBlockToolType0
    from ..models.messages_tool_addition_block_tool_type_1 import MessagesToolAdditionBlockToolType1
    from ..models.messages_tool_addition_block_tool_type_2 import MessagesToolAdditionBlockToolType2
else:
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )
    MessagesToolAdditionBlockToolType0 = _LazyModel(
        globals(), "messages_tool_addition_block_tool_type_0", "MessagesToolAdditionBlockToolType0"
    )
    MessagesToolAdditionBlockToolType1 = _LazyModel(
        globals(), "messages_tool_addition_block_tool_type_1", "MessagesToolAdditionBlockToolType1"
    )
    MessagesToolAdditionBlockToolType2 = _LazyModel(
        globals(), "messages_tool_addition_block_tool_type_2", "MessagesToolAdditionBlockToolType2"
    )


@_attrs_define(repr=False, eq=False)
class MessagesToolAdditionBlock(_ModelBase):
    """Loads a previously deferred tool (declared in `tools` with `defer_loading: true`) mid-conversation without
    invalidating the prompt cache. Only valid in `role: "system"` messages. Not supported on Claude Sonnet 5 or models
    older than Claude Opus 4.8.

        Example:
            {'tool': {'name': 'get_forecast', 'type': 'tool_reference'}, 'type': 'tool_addition'}

        Attributes:
            cache_control (AnthropicCacheControlDirective | Unset): Prompt-caching breakpoint. At the top level of a
                request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for
                Anthropic Claude models.
    """

    tool: MessagesToolAdditionBlockToolType0 | MessagesToolAdditionBlockToolType1 | MessagesToolAdditionBlockToolType2
    type_: MessagesToolAdditionBlockType
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "tool",
            _union_field(
                (
                    ("MessagesToolAdditionBlockToolType0", MessagesToolAdditionBlockToolType0),
                    ("MessagesToolAdditionBlockToolType1", MessagesToolAdditionBlockToolType1),
                    ("MessagesToolAdditionBlockToolType2", MessagesToolAdditionBlockToolType2),
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
        ("type", check_messages_tool_addition_block_type, "type_"),
    )
    _optional_ = (("cache_control", _model_field(AnthropicCacheControlDirective)),)
