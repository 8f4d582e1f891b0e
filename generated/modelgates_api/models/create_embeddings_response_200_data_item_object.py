from typing import Literal

CreateEmbeddingsResponse200DataItemObject = Literal["embedding"]

CREATE_EMBEDDINGS_RESPONSE_200_DATA_ITEM_OBJECT_VALUES: set[
    CreateEmbeddingsResponse200DataItemObject
] = {
    "embedding",
}


def check_create_embeddings_response_200_data_item_object(
    value: str,
) -> CreateEmbeddingsResponse200DataItemObject:
    if value in CREATE_EMBEDDINGS_RESPONSE_200_DATA_ITEM_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EMBEDDINGS_RESPONSE_200_DATA_ITEM_OBJECT_VALUES!r}"
    )
