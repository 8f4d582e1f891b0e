from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ChatReasoningDetail(_ModelBase):
    """A structured reasoning block. Pass these back unchanged on the assistant message to preserve reasoning across turns.

    Attributes:
        type_ (str | Unset): Kind of detail, e.g. `reasoning.text`, `reasoning.summary`, `reasoning.encrypted`.
    """

    type_: str | Unset = UNSET
    id: None | str | Unset = UNSET
    format_: None | str | Unset = UNSET
    index: int | Unset = UNSET
    text: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    signature: None | str | Unset = UNSET
    data: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        ("type_", "type"),
        "id",
        ("format_", "format"),
        "index",
        "text",
        "summary",
        "signature",
        "data",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "type"
            type_ = d.pop("type", UNSET)

            _at_field_ = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (str, _NoneType, Unset)):
                id = _parse_union(
                    id,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "format"
            format_ = d.pop("format", UNSET)
            if not isinstance(format_, (str, _NoneType, Unset)):
                format_ = _parse_union(
                    format_,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "index"
            index = d.pop("index", UNSET)

            _at_field_ = "text"
            text = d.pop("text", UNSET)
            if not isinstance(text, (str, _NoneType, Unset)):
                text = _parse_union(
                    text,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "summary"
            summary = d.pop("summary", UNSET)
            if not isinstance(summary, (str, _NoneType, Unset)):
                summary = _parse_union(
                    summary,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "signature"
            signature = d.pop("signature", UNSET)
            if not isinstance(signature, (str, _NoneType, Unset)):
                signature = _parse_union(
                    signature,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "data"
            data = d.pop("data", UNSET)
            if not isinstance(data, (str, _NoneType, Unset)):
                data = _parse_union(
                    data,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        chat_reasoning_detail = cls(
            type_=type_,
            id=id,
            format_=format_,
            index=index,
            text=text,
            summary=summary,
            signature=signature,
            data=data,
        )

        chat_reasoning_detail.additional_properties = d
        return chat_reasoning_detail
