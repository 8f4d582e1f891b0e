from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class ChatToolCallFunction(_ModelBase):
    """The function invoked by a tool call.

    Attributes:
        name (str): Name of the function to call.
        arguments (str): Arguments for the call, as a JSON-encoded string.
    """

    name: str
    arguments: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "name",
        "arguments",
    )
