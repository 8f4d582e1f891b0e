from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_part_input_file_type import ContentPartInputFileType, check_content_part_input_file_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.multimodal_media import MultimodalMedia


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

    _json_fields_ = (
        "input_file",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "input_file"
            input_file = MultimodalMedia.from_dict(d.pop("input_file"))

            _at_field_ = "type"
            type_ = check_content_part_input_file_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        content_part_input_file = cls(
            input_file=input_file,
            type_=type_,
        )

        content_part_input_file.additional_properties = d
        return content_part_input_file


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    MultimodalMedia = _LazyModel(globals(), "modelgates_api.models.multimodal_media", "MultimodalMedia")
