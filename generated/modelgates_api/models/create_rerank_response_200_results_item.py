from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.create_rerank_response_200_results_item_document import CreateRerankResponse200ResultsItemDocument


@_attrs_define(repr=False, eq=False)
class CreateRerankResponse200ResultsItem(_ModelBase):
    """A single rerank result

    Example:
        {'document': {'text': 'Paris is the capital of France.'}, 'index': 0, 'relevance_score': 0.98}

    Attributes:
        document (CreateRerankResponse200ResultsItemDocument): The document object echoing the original input (text
            and/or image)
        index (int): Index of the document in the original input list Example: 0.
        relevance_score (float): Relevance score of the document to the query Example: 0.98.
    """

    document: CreateRerankResponse200ResultsItemDocument
    index: int
    relevance_score: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "document",
        "index",
        "relevance_score",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "document"
            document = CreateRerankResponse200ResultsItemDocument.from_dict(d.pop("document"))

            _at_field_ = "index"
            index = d.pop("index")

            _at_field_ = "relevance_score"
            relevance_score = d.pop("relevance_score")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        create_rerank_response_200_results_item = cls(
            document=document,
            index=index,
            relevance_score=relevance_score,
        )

        create_rerank_response_200_results_item.additional_properties = d
        return create_rerank_response_200_results_item


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    CreateRerankResponse200ResultsItemDocument = _LazyModel(
        globals(),
        "modelgates_api.models.create_rerank_response_200_results_item_document",
        "CreateRerankResponse200ResultsItemDocument",
    )
