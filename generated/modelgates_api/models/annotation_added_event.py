from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.annotation_added_event_type import AnnotationAddedEventType, check_annotation_added_event_type
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, union_field as _union_field

if TYPE_CHECKING:
    from ..models.file_citation import FileCitation
    from ..models.file_path import FilePath
    from ..models.url_citation import URLCitation
else:
    FileCitation = _LazyModel(globals(), "file_citation", "FileCitation")
    FilePath = _LazyModel(globals(), "file_path", "FilePath")
    URLCitation = _LazyModel(globals(), "url_citation", "URLCitation")


@_attrs_define(repr=False, eq=False)
class AnnotationAddedEvent(_ModelBase):
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
    type_: AnnotationAddedEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "annotation",
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
            ),
        ),
        "annotation_index",
        "content_index",
        "item_id",
        "output_index",
        "sequence_number",
        ("type", check_annotation_added_event_type, "type_"),
    )
