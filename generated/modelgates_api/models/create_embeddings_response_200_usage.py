from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.cost_details import CostDetails
    from ..models.create_embeddings_response_200_usage_prompt_tokens_details import (
        CreateEmbeddingsResponse200UsagePromptTokensDetails,
    )


@_attrs_define(repr=False, eq=False)
class CreateEmbeddingsResponse200Usage(_ModelBase):
    """Token usage statistics

    Example:
        {'prompt_tokens': 8, 'total_tokens': 8}

    Attributes:
        prompt_tokens (int): Number of tokens in the input Example: 8.
        total_tokens (int): Total number of tokens used Example: 8.
        cost (float | Unset): Cost of the request in credits Example: 0.0001.
        is_byok (bool | Unset): Whether a request was made using a Bring Your Own Key configuration
        prompt_tokens_details (CreateEmbeddingsResponse200UsagePromptTokensDetails | Unset): Per-modality token
            breakdown. Only present when the input contains 2+ modalities (e.g. text + image) and the upstream provider
            returns modality-level usage data. Only non-zero modality counts are included.
    """

    prompt_tokens: int
    total_tokens: int
    cost: float | Unset = UNSET
    cost_details: CostDetails | None | Unset = UNSET
    is_byok: bool | Unset = UNSET
    prompt_tokens_details: CreateEmbeddingsResponse200UsagePromptTokensDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "prompt_tokens",
        "total_tokens",
        "cost",
        "cost_details",
        "is_byok",
        "prompt_tokens_details",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "prompt_tokens"
            prompt_tokens = d.pop("prompt_tokens")

            _at_field_ = "total_tokens"
            total_tokens = d.pop("total_tokens")

            _at_field_ = "cost"
            cost = d.pop("cost", UNSET)

            _at_field_ = "cost_details"
            cost_details = d.pop("cost_details", UNSET)
            if not isinstance(cost_details, (_NoneType, Unset)):
                cost_details = _parse_union(
                    cost_details,
                    (("CostDetails", CostDetails),),
                    plain=(_NoneType,),
                )

            _at_field_ = "is_byok"
            is_byok = d.pop("is_byok", UNSET)

            _at_field_ = "prompt_tokens_details"
            _prompt_tokens_details = d.pop("prompt_tokens_details", UNSET)
            prompt_tokens_details: CreateEmbeddingsResponse200UsagePromptTokensDetails | Unset
            if isinstance(_prompt_tokens_details, Unset):
                prompt_tokens_details = UNSET
            else:
                prompt_tokens_details = CreateEmbeddingsResponse200UsagePromptTokensDetails.from_dict(
                    _prompt_tokens_details
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        create_embeddings_response_200_usage = cls(
            prompt_tokens=prompt_tokens,
            total_tokens=total_tokens,
            cost=cost,
            cost_details=cost_details,
            is_byok=is_byok,
            prompt_tokens_details=prompt_tokens_details,
        )

        create_embeddings_response_200_usage.additional_properties = d
        return create_embeddings_response_200_usage


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    CostDetails = _LazyModel(globals(), "modelgates_api.models.cost_details", "CostDetails")
    CreateEmbeddingsResponse200UsagePromptTokensDetails = _LazyModel(
        globals(),
        "modelgates_api.models.create_embeddings_response_200_usage_prompt_tokens_details",
        "CreateEmbeddingsResponse200UsagePromptTokensDetails",
    )
