from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.text_extended_config_verbosity_type_1 import (
    TextExtendedConfigVerbosityType1,
    check_text_extended_config_verbosity_type_1,
)
from ..models.text_extended_config_verbosity_type_2_type_1 import (
    TextExtendedConfigVerbosityType2Type1,
    check_text_extended_config_verbosity_type_2_type_1,
)
from ..models.text_extended_config_verbosity_type_3_type_1 import (
    TextExtendedConfigVerbosityType3Type1,
    check_text_extended_config_verbosity_type_3_type_1,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.format_json_object_config import FormatJsonObjectConfig
    from ..models.format_json_schema_config import FormatJsonSchemaConfig
    from ..models.format_text_config import FormatTextConfig


@_attrs_define(repr=False, eq=False)
class TextExtendedConfig(_ModelBase):
    """Text output configuration including format and verbosity

    Example:
        {'format': {'type': 'text'}}

    Attributes:
        format_ (FormatJsonObjectConfig | FormatJsonSchemaConfig | FormatTextConfig | Unset): Text response format
            configuration Example: {'type': 'text'}.
    """

    format_: FormatJsonObjectConfig | FormatJsonSchemaConfig | FormatTextConfig | Unset = UNSET
    verbosity: (
        None
        | TextExtendedConfigVerbosityType1
        | TextExtendedConfigVerbosityType2Type1
        | TextExtendedConfigVerbosityType3Type1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        ("format_", "format"),
        "verbosity",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "format"
            format_ = d.pop("format", UNSET)
            if not isinstance(format_, (Unset,)):
                format_ = _parse_union(
                    format_,
                    (
                        ("FormatTextConfig", FormatTextConfig),
                        ("FormatJsonObjectConfig", FormatJsonObjectConfig),
                        ("FormatJsonSchemaConfig", FormatJsonSchemaConfig),
                    ),
                    tag=(
                        "type",
                        (
                            "text",
                            "json_object",
                            "json_schema",
                        ),
                    ),
                )

            _at_field_ = "verbosity"
            verbosity = d.pop("verbosity", UNSET)
            if not isinstance(verbosity, (_NoneType, Unset)):

                def _verbosity_member_1(data: object) -> TextExtendedConfigVerbosityType1:
                    if not isinstance(data, str):
                        raise TypeError()
                    verbosity_type_1 = check_text_extended_config_verbosity_type_1(data)

                    return verbosity_type_1

                def _verbosity_member_2(data: object) -> TextExtendedConfigVerbosityType2Type1:
                    if not isinstance(data, str):
                        raise TypeError()
                    verbosity_type_2_type_1 = check_text_extended_config_verbosity_type_2_type_1(data)

                    return verbosity_type_2_type_1

                def _verbosity_member_3(data: object) -> TextExtendedConfigVerbosityType3Type1:
                    if not isinstance(data, str):
                        raise TypeError()
                    verbosity_type_3_type_1 = check_text_extended_config_verbosity_type_3_type_1(data)

                    return verbosity_type_3_type_1

                verbosity = _parse_union(
                    verbosity,
                    (
                        ("TextExtendedConfigVerbosityType1", _verbosity_member_1),
                        ("TextExtendedConfigVerbosityType2Type1", _verbosity_member_2),
                        ("TextExtendedConfigVerbosityType3Type1", _verbosity_member_3),
                    ),
                    plain=(_NoneType,),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        text_extended_config = cls(
            format_=format_,
            verbosity=verbosity,
        )

        text_extended_config.additional_properties = d
        return text_extended_config


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    FormatJsonObjectConfig = _LazyModel(
        globals(), "modelgates_api.models.format_json_object_config", "FormatJsonObjectConfig"
    )
    FormatJsonSchemaConfig = _LazyModel(
        globals(), "modelgates_api.models.format_json_schema_config", "FormatJsonSchemaConfig"
    )
    FormatTextConfig = _LazyModel(globals(), "modelgates_api.models.format_text_config", "FormatTextConfig")
