from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_web_fetch_block_type import AnthropicWebFetchBlockType, check_anthropic_web_fetch_block_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.anthropic_document_block import AnthropicDocumentBlock


@_attrs_define(repr=False, eq=False)
class AnthropicWebFetchBlock(_ModelBase):
    """
    Example:
        {'content': {'citations': None, 'source': {'data': '', 'media_type': 'text/plain', 'type': 'text'}, 'title':
            None, 'type': 'document'}, 'retrieved_at': None, 'type': 'web_fetch_result', 'url': 'https://example.com'}

    """

    content: AnthropicDocumentBlock
    retrieved_at: None | str
    type_: AnthropicWebFetchBlockType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "content",
        "retrieved_at",
        ("type_", "type"),
        "url",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "content"
            content = AnthropicDocumentBlock.from_dict(d.pop("content"))

            _at_field_ = "retrieved_at"
            retrieved_at = d.pop("retrieved_at")
            if not isinstance(retrieved_at, (str, _NoneType)):
                retrieved_at = _parse_union(
                    retrieved_at,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "type"
            type_ = check_anthropic_web_fetch_block_type(d.pop("type"))

            _at_field_ = "url"
            url = d.pop("url")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_web_fetch_block = cls(
            content=content,
            retrieved_at=retrieved_at,
            type_=type_,
            url=url,
        )

        anthropic_web_fetch_block.additional_properties = d
        return anthropic_web_fetch_block


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicDocumentBlock = _LazyModel(
        globals(), "modelgates_api.models.anthropic_document_block", "AnthropicDocumentBlock"
    )
