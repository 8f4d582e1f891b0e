from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.file_parser_plugin_id import FileParserPluginId, check_file_parser_plugin_id
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.pdf_parser_options import PDFParserOptions
else:
    PDFParserOptions = _LazyModel(globals(), "pdf_parser_options", "PDFParserOptions")


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

    _required_ = (("id", check_file_parser_plugin_id),)
    _optional_ = (
        "enabled",
        ("pdf", _model_field(PDFParserOptions)),
    )
