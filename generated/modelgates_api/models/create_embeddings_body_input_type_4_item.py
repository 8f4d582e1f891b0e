from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.content_part_input_audio import ContentPartInputAudio
    from ..models.content_part_input_file import ContentPartInputFile
    from ..models.content_part_input_video import ContentPartInputVideo
    from ..models.create_embeddings_body_input_type_4_item_content_item_type_0 import (
        CreateEmbeddingsBodyInputType4ItemContentItemType0,
    )
    from ..models.create_embeddings_body_input_type_4_item_content_item_type_1 import (
        CreateEmbeddingsBodyInputType4ItemContentItemType1,
    )


@_attrs_define(repr=False, eq=False)
class CreateEmbeddingsBodyInputType4Item(_ModelBase):
    content: list[
        ContentPartInputAudio
        | ContentPartInputFile
        | ContentPartInputVideo
        | CreateEmbeddingsBodyInputType4ItemContentItemType0
        | CreateEmbeddingsBodyInputType4ItemContentItemType1
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("content",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "content"
            content = []
            _content = d.pop("content")
            for _content_item_data_index, content_item_data in enumerate(_as_list(_content)):
                try:
                    content_item = content_item_data
                    content_item = _parse_union(
                        content_item,
                        (
                            (
                                "CreateEmbeddingsBodyInputType4ItemContentItemType0",
                                CreateEmbeddingsBodyInputType4ItemContentItemType0,
                            ),
                            (
                                "CreateEmbeddingsBodyInputType4ItemContentItemType1",
                                CreateEmbeddingsBodyInputType4ItemContentItemType1,
                            ),
                            ("ContentPartInputAudio", ContentPartInputAudio),
                            ("ContentPartInputVideo", ContentPartInputVideo),
                            ("ContentPartInputFile", ContentPartInputFile),
                        ),
                        tag=(
                            "type",
                            (
                                "text",
                                "image_url",
                                "input_audio",
                                "input_video",
                                "input_file",
                            ),
                        ),
                    )

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _content_item_data_index)
                content.append(content_item)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        create_embeddings_body_input_type_4_item = cls(
            content=content,
        )

        create_embeddings_body_input_type_4_item.additional_properties = d
        return create_embeddings_body_input_type_4_item


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ContentPartInputAudio = _LazyModel(
        globals(), "modelgates_api.models.content_part_input_audio", "ContentPartInputAudio"
    )
    ContentPartInputFile = _LazyModel(
        globals(), "modelgates_api.models.content_part_input_file", "ContentPartInputFile"
    )
    ContentPartInputVideo = _LazyModel(
        globals(), "modelgates_api.models.content_part_input_video", "ContentPartInputVideo"
    )
    CreateEmbeddingsBodyInputType4ItemContentItemType0 = _LazyModel(
        globals(),
        "modelgates_api.models.create_embeddings_body_input_type_4_item_content_item_type_0",
        "CreateEmbeddingsBodyInputType4ItemContentItemType0",
    )
    CreateEmbeddingsBodyInputType4ItemContentItemType1 = _LazyModel(
        globals(),
        "modelgates_api.models.create_embeddings_body_input_type_4_item_content_item_type_1",
        "CreateEmbeddingsBodyInputType4ItemContentItemType1",
    )
