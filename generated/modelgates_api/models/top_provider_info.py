from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class TopProviderInfo(_ModelBase):
    """Information about the top provider for this model

    Example:
        {'context_length': 8192, 'is_moderated': True, 'max_completion_tokens': 4096}

    Attributes:
        is_moderated (bool): Whether the top provider moderates content Example: True.
        context_length (int | None | Unset): Context length from the top provider Example: 8192.
        max_completion_tokens (int | None | Unset): Maximum completion tokens from the top provider Example: 4096.
    """

    is_moderated: bool
    context_length: int | None | Unset = UNSET
    max_completion_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = ("is_moderated",)
    _optional_ = (
        (
            "context_length",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
        (
            "max_completion_tokens",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
    )
