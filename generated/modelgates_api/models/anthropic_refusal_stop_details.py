from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_refusal_stop_details_category_type_1 import (
    AnthropicRefusalStopDetailsCategoryType1,
    check_anthropic_refusal_stop_details_category_type_1,
)
from ..models.anthropic_refusal_stop_details_category_type_2_type_1 import (
    AnthropicRefusalStopDetailsCategoryType2Type1,
    check_anthropic_refusal_stop_details_category_type_2_type_1,
)
from ..models.anthropic_refusal_stop_details_category_type_3_type_1 import (
    AnthropicRefusalStopDetailsCategoryType3Type1,
    check_anthropic_refusal_stop_details_category_type_3_type_1,
)
from ..models.anthropic_refusal_stop_details_type import (
    AnthropicRefusalStopDetailsType,
    check_anthropic_refusal_stop_details_type,
)
from ..types import ModelBase as _ModelBase, NoneType as _NoneType, guarded as _guarded, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class AnthropicRefusalStopDetails(_ModelBase):
    """Structured information about a refusal

    Example:
        {'category': 'cyber', 'explanation': 'The request was refused due to policy.', 'type': 'refusal'}

    """

    category: (
        AnthropicRefusalStopDetailsCategoryType1
        | AnthropicRefusalStopDetailsCategoryType2Type1
        | AnthropicRefusalStopDetailsCategoryType3Type1
        | None
    )
    explanation: None | str
    type_: AnthropicRefusalStopDetailsType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "category",
            _union_field(
                (
                    (
                        "AnthropicRefusalStopDetailsCategoryType1",
                        _guarded((str,), check_anthropic_refusal_stop_details_category_type_1),
                    ),
                    (
                        "AnthropicRefusalStopDetailsCategoryType2Type1",
                        _guarded((str,), check_anthropic_refusal_stop_details_category_type_2_type_1),
                    ),
                    (
                        "AnthropicRefusalStopDetailsCategoryType3Type1",
                        _guarded((str,), check_anthropic_refusal_stop_details_category_type_3_type_1),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "explanation",
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
        ("type", check_anthropic_refusal_stop_details_type, "type_"),
    )
