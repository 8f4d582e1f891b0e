"""Each model field's parser as a Python expression, for the table the model template writes.

A generated model no longer carries a ``from_dict`` of its own: ``types.ModelBase.from_dict`` reads the
class's ``_required_`` and ``_optional_`` tables (JSON key, parser, attribute) in one loop. The generator's
per-field code was ~3 MiB of source and bytecode for ~1,900 models (issue 10's installed-size bar); the
loop costs ~35 ns a field more than straight-line code would (``benchmarks/findings.md``). An endpoint
module whose response is a union calls the same union parser (``union_property.py.jinja``).

``parser_expression`` mirrors what the generator's property templates construct (and our overrides of
them in ``scripts/templates/property_templates/``): ``None`` for a value taken as it is, else a call of a
field parser of ``types`` (``model_field``, ``list_field``, ``union_field``, ``guarded``, ...; a model
module imports each as ``_model_field`` and so on) or a function the module already imports (an enum's
``check_*``). A property template this does not know fails the generation, naming it, rather than
being taken as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

__all__ = ["parser_expression"]

# What the union template called plain: the members whose values are taken as they are, as the types an
# isinstance check takes (a JSON number with no fraction is an int, and fits a float member).
_PLAIN_TYPES = {"Any": "object", "None": "_NoneType", "float": "float, int"}
_AS_IS = {
    "any_property.py.jinja",
    "boolean_property.py.jinja",
    "float_property.py.jinja",
    "int_property.py.jinja",
    "string_property.py.jinja",
    "none_property.py.jinja",
}
# The isinstance check a union member's value passes before its parser runs (the stock templates'
# ``check_type_for_construct``): a value of another kind is that member's mismatch, not its error.
_MEMBER_KIND = {
    "list_property.py.jinja": "list",
    "datetime_property.py.jinja": "str",
    "date_property.py.jinja": "str",
    "uuid_property.py.jinja": "str",
    "literal_enum_property.py.jinja": "str",
    "file_property.py.jinja": "bytes",
}

RequiredFields = Callable[[Any], Sequence[Any]]


def _text(value: Any) -> str:
    """The source text of the generator's ``PythonCode`` (its ``str()`` is the object's repr)."""
    return value.as_unembedded_code() if hasattr(value, "as_unembedded_code") else str(value)


def _literal(value: Any) -> str:
    """A string of the spec (the generator's ``UntrustedString``: its ``str()`` is the object's repr) as a literal."""
    if hasattr(value, "get_untrusted_value"):
        value = value.get_untrusted_value()
    return repr(value)


# The parser of each property template that constructs its value without looking inside it.
_LEAF_PARSERS: dict[str, Callable[[Any], str]] = {
    "model_property.py.jinja": lambda prop: f"_model_field({prop.class_info.name})",
    "literal_enum_property.py.jinja": lambda prop: f"check_{prop.get_class_name_snake_case()}",
    "enum_property.py.jinja": lambda prop: str(prop.class_info.name),
    "datetime_property.py.jinja": lambda prop: "parse_datetime",
    "date_property.py.jinja": lambda prop: "_parse_date",
    "uuid_property.py.jinja": lambda prop: "_parse_uuid",
    "file_property.py.jinja": lambda prop: "_parse_file",
    "const_property.py.jinja": lambda prop: f"_const_field({_text(prop.value.python_code)}, {_literal(prop.name)})",
}


def parser_expression(prop: Any, required_fields_of: RequiredFields) -> str:
    """The parser of ``prop``'s value (once it is present and not UNSET), or ``"None"`` to take it as it is."""
    template = prop.template
    if template in _AS_IS or template is None:
        return "None"
    leaf = _LEAF_PARSERS.get(template)
    if leaf is not None:
        return leaf(prop)
    if template == "list_property.py.jinja":
        inner = parser_expression(prop.inner_property, required_fields_of)
        return "None" if inner == "None" else f"_list_field({inner})"
    if template == "union_property.py.jinja":
        return _union(prop, required_fields_of)
    raise ValueError(f"field {_literal(prop.name)}: no table parser for the generator's {template}")


def _member_parser(member: Any, required_fields_of: RequiredFields) -> str:
    """A constructed union member that is not a model: its parser behind its kind's isinstance check."""
    parse = parser_expression(member, required_fields_of)
    kind = _MEMBER_KIND.get(member.template)
    if kind is None:
        raise ValueError(f"union member {_literal(member.name)}: no kind check for the generator's {member.template}")
    if member.template == "literal_enum_property.py.jinja":
        kind = _text(member.get_instance_type_string())
    return f"_guarded(({kind},))" if parse == "None" else f"_guarded(({kind},), {parse})"


def _union(prop: Any, required_fields_of: RequiredFields) -> str:
    members: list[tuple[Any, str]] = []
    plain: list[str] = []
    for inner in prop.inner_properties:
        if inner.template == "model_property.py.jinja":
            # A model member is its class: parse_union calls its from_dict on an object.
            members.append((inner, inner.class_info.name))
        elif inner.template in _AS_IS or inner.template is None:
            plain_type = _text(inner.get_instance_type_string())
            plain.append(_PLAIN_TYPES.get(plain_type, plain_type))
        else:
            members.append((inner, _member_parser(inner, required_fields_of)))
    in_union = {_text(t) for t in prop.get_type_strings_in_union(json=True)}
    skip = [] if members else list(plain)
    if "None" in in_union:
        skip.append("_NoneType")
    if "object" in skip:
        return "None"  # any value is taken as it is (the template's union with an Any member)
    args = ["(" + "".join(f"({_text(m.get_type_string(no_optional=True))!r}, {p}), " for m, p in members) + ")"]
    if plain:
        args.append("plain=(" + ", ".join(plain) + ",)")
    skipped = list(dict.fromkeys(", ".join(skip).split(", "))) if skip else []
    if skipped:
        args.append("skip=(" + ", ".join(skipped) + ",)")
    tag = _tag(members, required_fields_of)
    if tag is not None:
        key, values = tag
        args.append(f"tag=({_literal(key)}, (" + "".join(f"{_literal(v)}, " for v in values) + "))")
    return "_union_field(" + ", ".join(args) + ")"


def _tag(members: list[tuple[Any, str]], required_fields_of: RequiredFields) -> tuple[str, list[Any]] | None:
    """The discriminator of a union of models: a required one-value enum field whose values tell them apart.

    parse_union tries the member the value names first: in its strict pass every member before that one
    refuses the value anyway (its enum lists another value), so the result is the same, without an
    exception per refused member (a Responses output item met up to ~20).
    """
    if len(members) < 2 or any(m.template != "model_property.py.jinja" for m, _ in members):
        return None
    for candidate in required_fields_of(members[0][0]):
        if candidate.template != "literal_enum_property.py.jinja" or len(candidate.values) != 1:
            continue
        values: list[Any] = []
        for member, _ in members:
            found = [f for f in required_fields_of(member) if f.name == candidate.name]
            if not found or found[0].template != "literal_enum_property.py.jinja" or len(found[0].values) != 1:
                break
            value = next(iter(found[0].values))
            if value in values:
                break
            values.append(value)
        else:
            return candidate.name, values
    return None
