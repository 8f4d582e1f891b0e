from typing import Literal

CreateEmbeddingsBodyEncodingFormat = Literal["base64", "float"]

CREATE_EMBEDDINGS_BODY_ENCODING_FORMAT_VALUES: set[
    CreateEmbeddingsBodyEncodingFormat
] = {
    "base64",
    "float",
}


def check_create_embeddings_body_encoding_format(
    value: str,
) -> CreateEmbeddingsBodyEncodingFormat:
    if value in CREATE_EMBEDDINGS_BODY_ENCODING_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EMBEDDINGS_BODY_ENCODING_FORMAT_VALUES!r}"
    )
