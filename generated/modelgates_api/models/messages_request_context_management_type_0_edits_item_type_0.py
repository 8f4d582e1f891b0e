from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_request_context_management_type_0_edits_item_type_0_type import (
    MessagesRequestContextManagementType0EditsItemType0Type,
    check_messages_request_context_management_type_0_edits_item_type_0_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.anthropic_input_tokens_clear_at_least import AnthropicInputTokensClearAtLeast
    from ..models.anthropic_input_tokens_trigger import AnthropicInputTokensTrigger
    from ..models.anthropic_tool_uses_keep import AnthropicToolUsesKeep
    from ..models.anthropic_tool_uses_trigger import AnthropicToolUsesTrigger


@_attrs_define(repr=False, eq=False)
class MessagesRequestContextManagementType0EditsItemType0(_ModelBase):
    type_: MessagesRequestContextManagementType0EditsItemType0Type
    clear_at_least: AnthropicInputTokensClearAtLeast | None | Unset = UNSET
    clear_tool_inputs: bool | list[str] | None | Unset = UNSET
    exclude_tools: list[str] | None | Unset = UNSET
    keep: AnthropicToolUsesKeep | Unset = UNSET
    trigger: AnthropicInputTokensTrigger | AnthropicToolUsesTrigger | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        ("type_", "type"),
        "clear_at_least",
        "clear_tool_inputs",
        "exclude_tools",
        "keep",
        "trigger",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "type"
            type_ = check_messages_request_context_management_type_0_edits_item_type_0_type(d.pop("type"))

            _at_field_ = "clear_at_least"
            clear_at_least = d.pop("clear_at_least", UNSET)
            if not isinstance(clear_at_least, (_NoneType, Unset)):
                clear_at_least = _parse_union(
                    clear_at_least,
                    (("AnthropicInputTokensClearAtLeast", AnthropicInputTokensClearAtLeast),),
                    plain=(_NoneType,),
                )

            _at_field_ = "clear_tool_inputs"
            clear_tool_inputs = d.pop("clear_tool_inputs", UNSET)
            if not isinstance(clear_tool_inputs, (_NoneType, Unset)):

                def _clear_tool_inputs_member_1(data: object) -> list[str]:
                    if not isinstance(data, list):
                        raise TypeError()
                    clear_tool_inputs_type_1 = cast(list[str], data)

                    return clear_tool_inputs_type_1

                clear_tool_inputs = _parse_union(
                    clear_tool_inputs,
                    (("list[str]", _clear_tool_inputs_member_1),),
                    plain=(bool, _NoneType),
                )

            _at_field_ = "exclude_tools"
            exclude_tools = d.pop("exclude_tools", UNSET)
            if not isinstance(exclude_tools, (_NoneType, Unset)):

                def _exclude_tools_member_0(data: object) -> list[str]:
                    if not isinstance(data, list):
                        raise TypeError()
                    exclude_tools_type_0 = cast(list[str], data)

                    return exclude_tools_type_0

                exclude_tools = _parse_union(
                    exclude_tools,
                    (("list[str]", _exclude_tools_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "keep"
            _keep = d.pop("keep", UNSET)
            keep: AnthropicToolUsesKeep | Unset
            if isinstance(_keep, Unset):
                keep = UNSET
            else:
                keep = AnthropicToolUsesKeep.from_dict(_keep)

            _at_field_ = "trigger"
            trigger = d.pop("trigger", UNSET)
            if not isinstance(trigger, (Unset,)):
                trigger = _parse_union(
                    trigger,
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
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_request_context_management_type_0_edits_item_type_0 = cls(
            type_=type_,
            clear_at_least=clear_at_least,
            clear_tool_inputs=clear_tool_inputs,
            exclude_tools=exclude_tools,
            keep=keep,
            trigger=trigger,
        )

        messages_request_context_management_type_0_edits_item_type_0.additional_properties = d
        return messages_request_context_management_type_0_edits_item_type_0


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicInputTokensClearAtLeast = _LazyModel(
        globals(), "modelgates_api.models.anthropic_input_tokens_clear_at_least", "AnthropicInputTokensClearAtLeast"
    )
    AnthropicInputTokensTrigger = _LazyModel(
        globals(), "modelgates_api.models.anthropic_input_tokens_trigger", "AnthropicInputTokensTrigger"
    )
    AnthropicToolUsesKeep = _LazyModel(
        globals(), "modelgates_api.models.anthropic_tool_uses_keep", "AnthropicToolUsesKeep"
    )
    AnthropicToolUsesTrigger = _LazyModel(
        globals(), "modelgates_api.models.anthropic_tool_uses_trigger", "AnthropicToolUsesTrigger"
    )
