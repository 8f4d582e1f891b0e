from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_embeddings_body_input_type_4_item_content_item_type_1_type import (
    CreateEmbeddingsBodyInputType4ItemContentItemType1Type,
    check_create_embeddings_body_input_type_4_item_content_item_type_1_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.create_embeddings_body_input_type_4_item_content_item_type_1_image_url import (
        CreateEmbeddingsBodyInputType4ItemContentItemType1ImageUrl,
    )


@_attrs_define(repr=False, eq=False)
class CreateEmbeddingsBodyInputType4ItemContentItemType1(_ModelBase):
    image_url: CreateEmbeddingsBodyInputType4ItemContentItemType1ImageUrl
    type_: CreateEmbeddingsBodyInputType4ItemContentItemType1Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "image_url",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "image_url"
            image_url = CreateEmbeddingsBodyInputType4ItemContentItemType1ImageUrl.from_dict(d.pop("image_url"))

            _at_field_ = "type"
            type_ = check_create_embeddings_body_input_type_4_item_content_item_type_1_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        create_embeddings_body_input_type_4_item_content_item_type_1 = cls(
            image_url=image_url,
            type_=type_,
        )

        create_embeddings_body_input_type_4_item_content_item_type_1.additional_properties = d
        return create_embeddings_body_input_type_4_item_content_item_type_1


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    CreateEmbeddingsBodyInputType4ItemContentItemType1ImageUrl = _LazyModel(
        globals(),
        "modelgates_api.models.create_embeddings_body_input_type_4_item_content_item_type_1_image_url",
        "CreateEmbeddingsBodyInputType4ItemContentItemType1ImageUrl",
    )
