from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_output_config_format_type_0_type import (
    MessagesOutputConfigFormatType0Type,
    check_messages_output_config_format_type_0_type,
)
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.messages_output_config_format_type_0_schema import MessagesOutputConfigFormatType0Schema
else:
    MessagesOutputConfigFormatType0Schema = _LazyModel(
        globals(), "messages_output_config_format_type_0_schema", "MessagesOutputConfigFormatType0Schema"
    )


@_attrs_define(repr=False, eq=False)
class MessagesOutputConfigFormatType0(_ModelBase):
    """A schema to specify Claude's output format in responses. See [structured
    outputs](https://platform.claude.com/docs/en/build-with-claude/structured-outputs).

    """

    schema: MessagesOutputConfigFormatType0Schema
    type_: MessagesOutputConfigFormatType0Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("schema", _model_field(MessagesOutputConfigFormatType0Schema)),
        ("type", check_messages_output_config_format_type_0_type, "type_"),
    )
