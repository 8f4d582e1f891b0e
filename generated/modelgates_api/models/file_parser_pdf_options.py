from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.pdf_parser_engine import PdfParserEngine, check_pdf_parser_engine
from ..types import CLOSED, UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class FileParserPdfOptions(_ModelBase):
    """PDF parsing options.

    Attributes:
        engine (PdfParserEngine | Unset): Engine used to parse PDF files.
    """

    engine: PdfParserEngine | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (("engine", check_pdf_parser_engine),)
    _extras_ = CLOSED
