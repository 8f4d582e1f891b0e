from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class TaskClassificationMacroCategory(_ModelBase):
    """
    Example:
        {'key': 'code', 'label': 'Code', 'token_share': 0.52, 'usage_share': 0.45}

    Attributes:
        key (str): Macro-category identifier. Example: code.
        label (str): Human-readable label for the macro-category. Example: Code.
        token_share (float): Combined token share of all classifications in this macro-category (0–1). Example: 0.52.
        usage_share (float): Combined usage share of all classifications in this macro-category (0–1). Example: 0.45.
    """

    key: str
    label: str
    token_share: float
    usage_share: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "key",
        "label",
        "token_share",
        "usage_share",
    )
