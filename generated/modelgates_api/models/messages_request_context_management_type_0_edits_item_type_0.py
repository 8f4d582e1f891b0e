from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_request_context_management_type_0_edits_item_type_0_type import (
    MessagesRequestContextManagementType0EditsItemType0Type,
    check_messages_request_context_management_type_0_edits_item_type_0_type,
)
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.anthropic_input_tokens_clear_at_least import AnthropicInputTokensClearAtLeast
    from ..models.anthropic_input_tokens_trigger import AnthropicInputTokensTrigger
    from ..models.anthropic_tool_uses_keep import AnthropicToolUsesKeep
    from ..models.anthropic_tool_uses_trigger import AnthropicToolUsesTrigger
else:
    AnthropicInputTokensClearAtLeast = _LazyModel(
        globals(), "anthropic_input_tokens_clear_at_least", "AnthropicInputTokensClearAtLeast"
    )
    AnthropicInputTokensTrigger = _LazyModel(globals(), "anthropic_input_tokens_trigger", "AnthropicInputTokensTrigger")
    AnthropicToolUsesKeep = _LazyModel(globals(), "anthropic_tool_uses_keep", "AnthropicToolUsesKeep")
    AnthropicToolUsesTrigger = _LazyModel(globals(), "anthropic_tool_uses_trigger", "AnthropicToolUsesTrigger")


@_attrs_define(repr=False, eq=False)
class MessagesRequestContextManagementType0EditsItemType0(_ModelBase):
    type_: MessagesRequestContextManagementType0EditsItemType0Type
    clear_at_least: AnthropicInputTokensClearAtLeast | None | Unset = UNSET
    clear_tool_inputs: bool | list[str] | None | Unset = UNSET
    exclude_tools: list[str] | None | Unset = UNSET
    keep: AnthropicToolUsesKeep | Unset = UNSET
    trigger: AnthropicInputTokensTrigger | AnthropicToolUsesTrigger | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_messages_request_context_management_type_0_edits_item_type_0_type, "type_"),)
    _optional_ = (
        (
            "clear_at_least",
            _union_field(
                (("AnthropicInputTokensClearAtLeast", AnthropicInputTokensClearAtLeast),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "clear_tool_inputs",
            _union_field(
                (("list[str]", _guarded((list,))),),
                plain=(
                    bool,
                    _NoneType,
                ),
                skip=(_NoneType,),
            ),
        ),
        ("exclude_tools", _union_field((("list[str]", _guarded((list,))),), plain=(_NoneType,), skip=(_NoneType,))),
        ("keep", _model_field(AnthropicToolUsesKeep)),
        (
            "trigger",
            _union_field(
                (
                    ("AnthropicInputTokensTrigger", AnthropicInputTokensTrigger),
                    ("AnthropicToolUsesTrigger", AnthropicToolUsesTrigger),
                ),
                tag=(
                    "type",
                    (
                        "input_tokens",
                        "tool_uses",
                    ),
                ),
            ),
        ),
    )
