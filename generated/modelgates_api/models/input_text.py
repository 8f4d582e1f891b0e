from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_text_type import InputTextType, check_input_text_type
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.prompt_cache_breakpoint import PromptCacheBreakpoint


@_attrs_define(repr=False, eq=False)
class InputText(_ModelBase):
    """Text input content item

    Example:
        {'text': 'Hello, how can I help you?', 'type': 'input_text'}

    """

    text: str
    type_: InputTextType
    prompt_cache_breakpoint: None | PromptCacheBreakpoint | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "text",
        ("type_", "type"),
        "prompt_cache_breakpoint",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "text"
            text = d.pop("text")

            _at_field_ = "type"
            type_ = check_input_text_type(d.pop("type"))

            _at_field_ = "prompt_cache_breakpoint"
            prompt_cache_breakpoint = d.pop("prompt_cache_breakpoint", UNSET)
            if not isinstance(prompt_cache_breakpoint, (_NoneType, Unset)):
                prompt_cache_breakpoint = _parse_union(
                    prompt_cache_breakpoint,
                    (("PromptCacheBreakpoint", PromptCacheBreakpoint),),
                    plain=(_NoneType,),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        input_text = cls(
            text=text,
            type_=type_,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )

        input_text.additional_properties = d
        return input_text


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    PromptCacheBreakpoint = _LazyModel(
        globals(), "modelgates_api.models.prompt_cache_breakpoint", "PromptCacheBreakpoint"
    )
