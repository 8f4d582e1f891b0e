from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    list_field as _list_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.content_part_input_audio import ContentPartInputAudio
    from ..models.content_part_input_file import ContentPartInputFile
    from ..models.content_part_input_video import ContentPartInputVideo
    from ..models.create_embeddings_body_input_type_4_item_content_item_type_0 import (
        CreateEmbeddingsBodyInputType4ItemContentItemType0,
    )
    from ..models.create_embeddings_body_input_type_4_item_content_item_type_1 import (
        CreateEmbeddingsBodyInputType4ItemContentItemType1,
    )
else:
    ContentPartInputAudio = _LazyModel(globals(), "content_part_input_audio", "ContentPartInputAudio")
    ContentPartInputFile = _LazyModel(globals(), "content_part_input_file", "ContentPartInputFile")
    ContentPartInputVideo = _LazyModel(globals(), "content_part_input_video", "ContentPartInputVideo")
    CreateEmbeddingsBodyInputType4ItemContentItemType0 = _LazyModel(
        globals(),
        "create_embeddings_body_input_type_4_item_content_item_type_0",
        "CreateEmbeddingsBodyInputType4ItemContentItemType0",
    )
    CreateEmbeddingsBodyInputType4ItemContentItemType1 = _LazyModel(
        globals(),
        "create_embeddings_body_input_type_4_item_content_item_type_1",
        "CreateEmbeddingsBodyInputType4ItemContentItemType1",
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

    _required_ = (
        (
            "content",
            _list_field(
                _union_field(
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
            ),
        ),
    )
