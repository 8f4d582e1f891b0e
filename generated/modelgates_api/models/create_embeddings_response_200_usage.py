from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.cost_details import CostDetails
    from ..models.create_embeddings_response_200_usage_prompt_tokens_details import (
        CreateEmbeddingsResponse200UsagePromptTokensDetails,
    )
else:
    CostDetails = _LazyModel(globals(), "cost_details", "CostDetails")
    CreateEmbeddingsResponse200UsagePromptTokensDetails = _LazyModel(
        globals(),
        "create_embeddings_response_200_usage_prompt_tokens_details",
        "CreateEmbeddingsResponse200UsagePromptTokensDetails",
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

    _required_ = (
        "prompt_tokens",
        "total_tokens",
    )
    _optional_ = (
        "cost",
        ("cost_details", _union_field((("CostDetails", CostDetails),), plain=(_NoneType,), skip=(_NoneType,))),
        "is_byok",
        ("prompt_tokens_details", _model_field(CreateEmbeddingsResponse200UsagePromptTokensDetails)),
    )
