from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class ToolSearchServerToolConfig(_ModelBase):
    """Configuration for the openrouter:tool_search server tool

    Example:
        {'max_results': 5}

    Attributes:
        max_results (int | Unset): Maximum tools returned by one search. Defaults to 5. Example: 5.
    """

    max_results: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = ("max_results",)
