from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_parser_plugin_id import FileParserPluginId, check_file_parser_plugin_id
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.pdf_parser_options import PDFParserOptions


@_attrs_define(repr=False, eq=False)
class FileParserPlugin(_ModelBase):
    """
    Example:
        {'enabled': True, 'id': 'file-parser', 'pdf': {'engine': 'cloudflare-ai'}}

    Attributes:
        enabled (bool | Unset): Set to false to disable the file-parser plugin for this request. Defaults to true.
        pdf (PDFParserOptions | Unset): Options for PDF parsing. Example: {'engine': 'cloudflare-ai'}.
    """

    id: FileParserPluginId
    enabled: bool | Unset = UNSET
    pdf: PDFParserOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "id",
        "enabled",
        "pdf",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "id"
            id = check_file_parser_plugin_id(d.pop("id"))

            _at_field_ = "enabled"
            enabled = d.pop("enabled", UNSET)

            _at_field_ = "pdf"
            _pdf = d.pop("pdf", UNSET)
            pdf: PDFParserOptions | Unset
            if isinstance(_pdf, Unset):
                pdf = UNSET
            else:
                pdf = PDFParserOptions.from_dict(_pdf)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        file_parser_plugin = cls(
            id=id,
            enabled=enabled,
            pdf=pdf,
        )

        file_parser_plugin.additional_properties = d
        return file_parser_plugin


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    PDFParserOptions = _LazyModel(globals(), "modelgates_api.models.pdf_parser_options", "PDFParserOptions")
