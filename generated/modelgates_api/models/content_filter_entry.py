from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_filter_action import ContentFilterAction, check_content_filter_action
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "action",
        "pattern",
        "label",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "action"
            action = check_content_filter_action(d.pop("action"))

            _at_field_ = "pattern"
            pattern = d.pop("pattern")

            _at_field_ = "label"
            label = d.pop("label", UNSET)
            if not isinstance(label, (str, _NoneType, Unset)):
                label = _parse_union(
                    label,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        content_filter_entry = cls(
            action=action,
            pattern=pattern,
            label=label,
        )

        content_filter_entry.additional_properties = d
        return content_filter_entry
