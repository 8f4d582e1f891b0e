from typing import Literal

CreateEmbeddingsBodyInputType4ItemContentItemType0Type = Literal["text"]

CREATE_EMBEDDINGS_BODY_INPUT_TYPE_4_ITEM_CONTENT_ITEM_TYPE_0_TYPE_VALUES: set[
    CreateEmbeddingsBodyInputType4ItemContentItemType0Type
] = {
    "text",
}


def check_create_embeddings_body_input_type_4_item_content_item_type_0_type(
    value: str,
) -> CreateEmbeddingsBodyInputType4ItemContentItemType0Type:
    if (
        value
        in CREATE_EMBEDDINGS_BODY_INPUT_TYPE_4_ITEM_CONTENT_ITEM_TYPE_0_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EMBEDDINGS_BODY_INPUT_TYPE_4_ITEM_CONTENT_ITEM_TYPE_0_TYPE_VALUES!r}"
    )
