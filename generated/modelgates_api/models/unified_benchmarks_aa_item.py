from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unified_benchmarks_aa_item_source import (
    UnifiedBenchmarksAAItemSource,
    check_unified_benchmarks_aa_item_source,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.unified_benchmark_pricing import UnifiedBenchmarkPricing


@_attrs_define(repr=False, eq=False)
class UnifiedBenchmarksAAItem(_ModelBase):
    """
    Example:
        {'agentic_index': 58.3, 'coding_index': 65.8, 'display_name': 'GPT-4o', 'intelligence_index': 71.2,
            'model_permaslug': 'openai/gpt-4o', 'pricing': {'completion': '0.00001', 'prompt': '0.0000025'}, 'source':
            'artificial-analysis'}

    Attributes:
        agentic_index (float | None): Artificial Analysis Agentic Index composite score. Higher is better. Example:
            58.3.
        coding_index (float | None): Artificial Analysis Coding Index composite score. Higher is better. Example: 65.8.
        display_name (str): Model name as listed on Artificial Analysis. Example: GPT-4o.
        intelligence_index (float | None): Artificial Analysis Intelligence Index composite score. Higher is better.
            Example: 71.2.
        model_permaslug (str): Stable OpenRouter model identifier. Example: openai/gpt-4o.
        source (UnifiedBenchmarksAAItemSource): Benchmark source discriminator.
    """

    agentic_index: float | None
    coding_index: float | None
    display_name: str
    intelligence_index: float | None
    model_permaslug: str
    pricing: None | UnifiedBenchmarkPricing
    source: UnifiedBenchmarksAAItemSource
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "agentic_index",
        "coding_index",
        "display_name",
        "intelligence_index",
        "model_permaslug",
        "pricing",
        "source",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "agentic_index"
            agentic_index = d.pop("agentic_index")
            if not isinstance(agentic_index, (float, int, _NoneType)):
                agentic_index = _parse_union(
                    agentic_index,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "coding_index"
            coding_index = d.pop("coding_index")
            if not isinstance(coding_index, (float, int, _NoneType)):
                coding_index = _parse_union(
                    coding_index,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "display_name"
            display_name = d.pop("display_name")

            _at_field_ = "intelligence_index"
            intelligence_index = d.pop("intelligence_index")
            if not isinstance(intelligence_index, (float, int, _NoneType)):
                intelligence_index = _parse_union(
                    intelligence_index,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "model_permaslug"
            model_permaslug = d.pop("model_permaslug")

            _at_field_ = "pricing"
            pricing = d.pop("pricing")
            if not isinstance(pricing, (_NoneType,)):
                pricing = _parse_union(
                    pricing,
                    (("UnifiedBenchmarkPricing", UnifiedBenchmarkPricing),),
                    plain=(_NoneType,),
                )

            _at_field_ = "source"
            source = check_unified_benchmarks_aa_item_source(d.pop("source"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        unified_benchmarks_aa_item = cls(
            agentic_index=agentic_index,
            coding_index=coding_index,
            display_name=display_name,
            intelligence_index=intelligence_index,
            model_permaslug=model_permaslug,
            pricing=pricing,
            source=source,
        )

        unified_benchmarks_aa_item.additional_properties = d
        return unified_benchmarks_aa_item


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    UnifiedBenchmarkPricing = _LazyModel(
        globals(), "modelgates_api.models.unified_benchmark_pricing", "UnifiedBenchmarkPricing"
    )
