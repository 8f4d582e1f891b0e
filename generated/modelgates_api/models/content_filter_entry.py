from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.content_filter_action import ContentFilterAction, check_content_filter_action
from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class ContentFilterEntry(_ModelBase):
    """A custom regex content filter that scans request messages for matching patterns.

    Example:
        {'action': 'redact', 'label': '[API_KEY]', 'pattern': '\\\\b(sk-[a-zA-Z0-9]{48})\\\\b'}

    Attributes:
        action (ContentFilterAction): Action taken when the pattern matches Example: block.
        pattern (str): A regex pattern to match against request content Example: \\b(sk-[a-zA-Z0-9]{48})\\b.
        label (None | str | Unset): Optional label used in redaction placeholders or error messages Example: [API_KEY].
    """

    action: ContentFilterAction
    pattern: str
    label: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("action", check_content_filter_action),
        "pattern",
    )
    _optional_ = (
        (
            "label",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
    )
