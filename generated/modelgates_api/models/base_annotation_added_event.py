from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_annotation_added_event_type import (
    BaseAnnotationAddedEventType,
    check_base_annotation_added_event_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.file_citation import FileCitation
    from ..models.file_path import FilePath
    from ..models.url_citation import URLCitation


@_attrs_define(repr=False, eq=False)
class BaseAnnotationAddedEvent(_ModelBase):
    """Event emitted when a text annotation is added to output

    Example:
        {'annotation': {'end_index': 7, 'start_index': 0, 'title': 'Example', 'type': 'url_citation', 'url':
            'https://example.com'}, 'annotation_index': 0, 'content_index': 0, 'item_id': 'item-1', 'output_index': 0,
            'sequence_number': 5, 'type': 'response.output_text.annotation.added'}

    """

    annotation: FileCitation | FilePath | URLCitation
    annotation_index: int
    content_index: int
    item_id: str
    output_index: int
    sequence_number: int
    type_: BaseAnnotationAddedEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "annotation",
        "annotation_index",
        "content_index",
        "item_id",
        "output_index",
        "sequence_number",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "annotation"
            annotation = d.pop("annotation")
            annotation = _parse_union(
                annotation,
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

            _at_field_ = "annotation_index"
            annotation_index = d.pop("annotation_index")

            _at_field_ = "content_index"
            content_index = d.pop("content_index")

            _at_field_ = "item_id"
            item_id = d.pop("item_id")

            _at_field_ = "output_index"
            output_index = d.pop("output_index")

            _at_field_ = "sequence_number"
            sequence_number = d.pop("sequence_number")

            _at_field_ = "type"
            type_ = check_base_annotation_added_event_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        base_annotation_added_event = cls(
            annotation=annotation,
            annotation_index=annotation_index,
            content_index=content_index,
            item_id=item_id,
            output_index=output_index,
            sequence_number=sequence_number,
            type_=type_,
        )

        base_annotation_added_event.additional_properties = d
        return base_annotation_added_event


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    FileCitation = _LazyModel(globals(), "modelgates_api.models.file_citation", "FileCitation")
    FilePath = _LazyModel(globals(), "modelgates_api.models.file_path", "FilePath")
    URLCitation = _LazyModel(globals(), "modelgates_api.models.url_citation", "URLCitation")
