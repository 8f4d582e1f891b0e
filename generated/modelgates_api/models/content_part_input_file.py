from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.content_part_input_file_type import ContentPartInputFileType, check_content_part_input_file_type
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.multimodal_media import MultimodalMedia
else:
    MultimodalMedia = _LazyModel(globals(), "multimodal_media", "MultimodalMedia")


@_attrs_define(repr=False, eq=False)
class ContentPartInputFile(_ModelBase):
    """
    Example:
        {'input_file': {'data': 'data:application/pdf;base64,JVBERi0xLjQKJeLjz9MKMyAw...', 'format': 'pdf'}, 'type':
            'input_file'}

    """

    input_file: MultimodalMedia
    type_: ContentPartInputFileType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("input_file", _model_field(MultimodalMedia)),
        ("type", check_content_part_input_file_type, "type_"),
    )
