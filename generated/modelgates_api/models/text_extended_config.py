from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

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
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.format_json_object_config import FormatJsonObjectConfig
    from ..models.format_json_schema_config import FormatJsonSchemaConfig
    from ..models.format_text_config import FormatTextConfig
else:
    FormatJsonObjectConfig = _LazyModel(globals(), "format_json_object_config", "FormatJsonObjectConfig")
    FormatJsonSchemaConfig = _LazyModel(globals(), "format_json_schema_config", "FormatJsonSchemaConfig")
    FormatTextConfig = _LazyModel(globals(), "format_text_config", "FormatTextConfig")


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

    _optional_ = (
        (
            "format",
            _union_field(
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
            ),
            "format_",
        ),
        (
            "verbosity",
            _union_field(
                (
                    ("TextExtendedConfigVerbosityType1", _guarded((str,), check_text_extended_config_verbosity_type_1)),
                    (
                        "TextExtendedConfigVerbosityType2Type1",
                        _guarded((str,), check_text_extended_config_verbosity_type_2_type_1),
                    ),
                    (
                        "TextExtendedConfigVerbosityType3Type1",
                        _guarded((str,), check_text_extended_config_verbosity_type_3_type_1),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
    )
