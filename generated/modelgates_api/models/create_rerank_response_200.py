from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.create_rerank_response_200_results_item import CreateRerankResponse200ResultsItem
    from ..models.create_rerank_response_200_usage import CreateRerankResponse200Usage


@_attrs_define(repr=False, eq=False)
class CreateRerankResponse200(_ModelBase):
    """Rerank response containing ranked results

    Example:
        {'id': 'gen-rerank-1234567890-abc', 'model': 'cohere/rerank-v3.5', 'results': [{'document': {'text': 'Paris is
            the capital of France.'}, 'index': 0, 'relevance_score': 0.98}], 'usage': {'search_units': 1, 'total_tokens':
            150}}

    Attributes:
        model (str): The model used for reranking Example: cohere/rerank-v3.5.
        results (list[CreateRerankResponse200ResultsItem]): List of rerank results sorted by relevance Example:
            [{'document': {'text': 'Paris is the capital of France.'}, 'index': 0, 'relevance_score': 0.98}].
        id (str | Unset): Unique identifier for the rerank response (ORID format) Example: gen-rerank-1234567890-abc.
        provider (str | Unset): The provider that served the rerank request Example: Cohere.
        usage (CreateRerankResponse200Usage | Unset): Usage statistics Example: {'search_units': 1, 'total_tokens':
            150}.
    """

    model: str
    results: list[CreateRerankResponse200ResultsItem]
    id: str | Unset = UNSET
    provider: str | Unset = UNSET
    usage: CreateRerankResponse200Usage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "model",
        "results",
        "id",
        "provider",
        "usage",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "model"
            model = d.pop("model")

            _at_field_ = "results"
            results = []
            _results = d.pop("results")
            for _results_item_data_index, results_item_data in enumerate(_as_list(_results)):
                try:
                    results_item = CreateRerankResponse200ResultsItem.from_dict(results_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _results_item_data_index)
                results.append(results_item)

            _at_field_ = "id"
            id = d.pop("id", UNSET)

            _at_field_ = "provider"
            provider = d.pop("provider", UNSET)

            _at_field_ = "usage"
            _usage = d.pop("usage", UNSET)
            usage: CreateRerankResponse200Usage | Unset
            if isinstance(_usage, Unset):
                usage = UNSET
            else:
                usage = CreateRerankResponse200Usage.from_dict(_usage)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        create_rerank_response_200 = cls(
            model=model,
            results=results,
            id=id,
            provider=provider,
            usage=usage,
        )

        create_rerank_response_200.additional_properties = d
        return create_rerank_response_200


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    CreateRerankResponse200ResultsItem = _LazyModel(
        globals(), "modelgates_api.models.create_rerank_response_200_results_item", "CreateRerankResponse200ResultsItem"
    )
    CreateRerankResponse200Usage = _LazyModel(
        globals(), "modelgates_api.models.create_rerank_response_200_usage", "CreateRerankResponse200Usage"
    )
