from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.pdf_parser_engine_type_0 import PDFParserEngineType0, check_pdf_parser_engine_type_0
from ..models.pdf_parser_engine_type_1 import PDFParserEngineType1, check_pdf_parser_engine_type_1
from ..types import UNSET, ModelBase as _ModelBase, Unset, guarded as _guarded, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class PDFParserOptions(_ModelBase):
    """Options for PDF parsing.

    Example:
        {'engine': 'cloudflare-ai'}

    Attributes:
        engine (PDFParserEngineType0 | PDFParserEngineType1 | Unset): The engine to use for parsing PDF files. "pdf-
            text" is deprecated and automatically redirected to "cloudflare-ai". Example: cloudflare-ai.
    """

    engine: PDFParserEngineType0 | PDFParserEngineType1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        (
            "engine",
            _union_field(
                (
                    ("PDFParserEngineType0", _guarded((str,), check_pdf_parser_engine_type_0)),
                    ("PDFParserEngineType1", _guarded((str,), check_pdf_parser_engine_type_1)),
                )
            ),
        ),
    )
