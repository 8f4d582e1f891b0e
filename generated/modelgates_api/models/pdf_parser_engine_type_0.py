from typing import Literal

PDFParserEngineType0 = Literal["cloudflare-ai", "mistral-ocr", "native"]

PDF_PARSER_ENGINE_TYPE_0_VALUES: set[PDFParserEngineType0] = {
    "cloudflare-ai",
    "mistral-ocr",
    "native",
}


def check_pdf_parser_engine_type_0(value: str) -> PDFParserEngineType0:
    if value in PDF_PARSER_ENGINE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PDF_PARSER_ENGINE_TYPE_0_VALUES!r}"
    )
