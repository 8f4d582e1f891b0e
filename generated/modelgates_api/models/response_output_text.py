from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.response_output_text_type import ResponseOutputTextType, check_response_output_text_type
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.file_citation import FileCitation
    from ..models.file_path import FilePath
    from ..models.response_output_text_logprobs_item import ResponseOutputTextLogprobsItem
    from ..models.url_citation import URLCitation
else:
    FileCitation = _LazyModel(globals(), "file_citation", "FileCitation")
    FilePath = _LazyModel(globals(), "file_path", "FilePath")
    ResponseOutputTextLogprobsItem = _LazyModel(
        globals(), "response_output_text_logprobs_item", "ResponseOutputTextLogprobsItem"
    )
    URLCitation = _LazyModel(globals(), "url_citation", "URLCitation")


@_attrs_define(repr=False, eq=False)
class ResponseOutputText(_ModelBase):
    """
    Example:
        {'annotations': [{'end_index': 42, 'start_index': 0, 'title': 'Paris - Wikipedia', 'type': 'url_citation',
            'url': 'https://en.wikipedia.org/wiki/Paris'}], 'text': 'The capital of France is Paris.', 'type':
            'output_text'}

    """

    text: str
    type_: ResponseOutputTextType
    annotations: list[FileCitation | FilePath | URLCitation] | Unset = UNSET
    logprobs: list[ResponseOutputTextLogprobsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "text",
        ("type", check_response_output_text_type, "type_"),
    )
    _optional_ = (
        (
            "annotations",
            _list_field(
                _union_field(
                    (
                        ("FileCitation", FileCitation),
                        ("URLCitation", URLCitation),
                        ("FilePath", FilePath),
                    ),
                    tag=(
                        "type",
                        (
                            "file_citation",
                            "url_citation",
                            "file_path",
                        ),
                    ),
                )
            ),
        ),
        ("logprobs", _list_field(_model_field(ResponseOutputTextLogprobsItem))),
    )
