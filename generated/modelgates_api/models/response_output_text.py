from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_output_text_type import ResponseOutputTextType, check_response_output_text_type
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.file_citation import FileCitation
    from ..models.file_path import FilePath
    from ..models.response_output_text_logprobs_item import ResponseOutputTextLogprobsItem
    from ..models.url_citation import URLCitation


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

    _json_fields_ = (
        "text",
        ("type_", "type"),
        "annotations",
        "logprobs",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "text"
            text = d.pop("text")

            _at_field_ = "type"
            type_ = check_response_output_text_type(d.pop("type"))

            _at_field_ = "annotations"
            _annotations = d.pop("annotations", UNSET)
            annotations: list[FileCitation | FilePath | URLCitation] | Unset = UNSET
            if _annotations is not UNSET:
                annotations = []
                for _annotations_item_data_index, annotations_item_data in enumerate(_as_list(_annotations)):
                    try:
                        annotations_item = annotations_item_data
                        annotations_item = _parse_union(
                            annotations_item,
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

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _annotations_item_data_index)
                    annotations.append(annotations_item)

            _at_field_ = "logprobs"
            _logprobs = d.pop("logprobs", UNSET)
            logprobs: list[ResponseOutputTextLogprobsItem] | Unset = UNSET
            if _logprobs is not UNSET:
                logprobs = []
                for _logprobs_item_data_index, logprobs_item_data in enumerate(_as_list(_logprobs)):
                    try:
                        logprobs_item = ResponseOutputTextLogprobsItem.from_dict(logprobs_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _logprobs_item_data_index)
                    logprobs.append(logprobs_item)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        response_output_text = cls(
            text=text,
            type_=type_,
            annotations=annotations,
            logprobs=logprobs,
        )

        response_output_text.additional_properties = d
        return response_output_text


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    FileCitation = _LazyModel(globals(), "modelgates_api.models.file_citation", "FileCitation")
    FilePath = _LazyModel(globals(), "modelgates_api.models.file_path", "FilePath")
    ResponseOutputTextLogprobsItem = _LazyModel(
        globals(), "modelgates_api.models.response_output_text_logprobs_item", "ResponseOutputTextLogprobsItem"
    )
    URLCitation = _LazyModel(globals(), "modelgates_api.models.url_citation", "URLCitation")
