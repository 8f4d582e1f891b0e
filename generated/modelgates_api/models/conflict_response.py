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
    from ..models.conflict_response_error_data import ConflictResponseErrorData
    from ..models.conflict_response_openrouter_metadata_type_0 import ConflictResponseOpenrouterMetadataType0
else:
    ConflictResponseErrorData = _LazyModel(globals(), "conflict_response_error_data", "ConflictResponseErrorData")
    ConflictResponseOpenrouterMetadataType0 = _LazyModel(
        globals(), "conflict_response_openrouter_metadata_type_0", "ConflictResponseOpenrouterMetadataType0"
    )


@_attrs_define(repr=False, eq=False)
class ConflictResponse(_ModelBase):
    """Conflict - Resource conflict or concurrent modification

    Example:
        {'error': {'code': 409, 'message': 'Resource conflict. Please try again later.'}}

    Attributes:
        error (ConflictResponseErrorData): Error data for ConflictResponse Example: {'code': 409, 'message': 'Resource
            conflict. Please try again later.'}.
    """

    error: ConflictResponseErrorData
    openrouter_metadata: ConflictResponseOpenrouterMetadataType0 | None | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("error", _model_field(ConflictResponseErrorData)),)
    _optional_ = (
        (
            "openrouter_metadata",
            _union_field(
                (("ConflictResponseOpenrouterMetadataType0", ConflictResponseOpenrouterMetadataType0),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "user_id",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
    )
