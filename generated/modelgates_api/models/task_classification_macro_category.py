from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "key",
        "label",
        "token_share",
        "usage_share",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "key"
            key = d.pop("key")

            _at_field_ = "label"
            label = d.pop("label")

            _at_field_ = "token_share"
            token_share = d.pop("token_share")

            _at_field_ = "usage_share"
            usage_share = d.pop("usage_share")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        task_classification_macro_category = cls(
            key=key,
            label=label,
            token_share=token_share,
            usage_share=usage_share,
        )

        task_classification_macro_category.additional_properties = d
        return task_classification_macro_category
