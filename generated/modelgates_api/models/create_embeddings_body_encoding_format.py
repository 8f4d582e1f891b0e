from typing import Literal

from ..types import check_enum

CreateEmbeddingsBodyEncodingFormat = Literal["base64", "float"] | str

CREATE_EMBEDDINGS_BODY_ENCODING_FORMAT_VALUES: set[CreateEmbeddingsBodyEncodingFormat] = {
    "base64",
    "float",
}


def check_create_embeddings_body_encoding_format(value: str) -> CreateEmbeddingsBodyEncodingFormat:
    return check_enum(value, CREATE_EMBEDDINGS_BODY_ENCODING_FORMAT_VALUES, "CreateEmbeddingsBodyEncodingFormat")
