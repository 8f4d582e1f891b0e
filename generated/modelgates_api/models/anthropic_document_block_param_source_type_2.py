from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_document_block_param_source_type_2_type import (
    AnthropicDocumentBlockParamSourceType2Type,
    check_anthropic_document_block_param_source_type_2_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.anthropic_image_block_param import AnthropicImageBlockParam
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam


@_attrs_define(repr=False, eq=False)
class AnthropicDocumentBlockParamSourceType2(_ModelBase):
    content: list[AnthropicImageBlockParam | AnthropicTextBlockParam] | str
    type_: AnthropicDocumentBlockParamSourceType2Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "content",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "content"
            content = d.pop("content")

            def _content_member_1(data: object) -> list[AnthropicImageBlockParam | AnthropicTextBlockParam]:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for _content_type_1_item_data_index, content_type_1_item_data in enumerate(_as_list(_content_type_1)):
                    try:
                        content_type_1_item = content_type_1_item_data
                        content_type_1_item = _parse_union(
                            content_type_1_item,
                            (
                                ("AnthropicTextBlockParam", AnthropicTextBlockParam),
                                ("AnthropicImageBlockParam", AnthropicImageBlockParam),
                            ),
                            tag=(
                                "type",
                                (
                                    "text",
                                    "image",
                                ),
                            ),
                        )

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _content_type_1_item_data_index)
                    content_type_1.append(content_type_1_item)

                return content_type_1

            content = _parse_union(
                content,
                (("list[AnthropicImageBlockParam | AnthropicTextBlockParam]", _content_member_1),),
                plain=(str,),
            )

            _at_field_ = "type"
            type_ = check_anthropic_document_block_param_source_type_2_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_document_block_param_source_type_2 = cls(
            content=content,
            type_=type_,
        )

        anthropic_document_block_param_source_type_2.additional_properties = d
        return anthropic_document_block_param_source_type_2


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicImageBlockParam = _LazyModel(
        globals(), "modelgates_api.models.anthropic_image_block_param", "AnthropicImageBlockParam"
    )
    AnthropicTextBlockParam = _LazyModel(
        globals(), "modelgates_api.models.anthropic_text_block_param", "AnthropicTextBlockParam"
    )
