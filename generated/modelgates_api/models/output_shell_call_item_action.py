from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class OutputShellCallItemAction(_ModelBase):
    commands: list[str]
    max_output_length: int | None
    timeout_ms: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "commands",
        "max_output_length",
        "timeout_ms",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "commands"
            commands = cast(list[str], d.pop("commands"))

            _at_field_ = "max_output_length"
            max_output_length = d.pop("max_output_length")
            if not isinstance(max_output_length, (int, _NoneType)):
                max_output_length = _parse_union(
                    max_output_length,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "timeout_ms"
            timeout_ms = d.pop("timeout_ms")
            if not isinstance(timeout_ms, (int, _NoneType)):
                timeout_ms = _parse_union(
                    timeout_ms,
                    (),
                    plain=(int, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_shell_call_item_action = cls(
            commands=commands,
            max_output_length=max_output_length,
            timeout_ms=timeout_ms,
        )

        output_shell_call_item_action.additional_properties = d
        return output_shell_call_item_action
