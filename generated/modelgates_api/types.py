"""Contains some shared types for properties"""

import datetime
import functools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from types import FunctionType as _FunctionType
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Literal, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self

from attrs import fields


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        # modelgates: printed models show UNSET, not <modelgates_api.types.Unset object at 0x...>
        return "UNSET"


UNSET: Unset = Unset()


class ModelBase:
    """modelgates: the repr, the equality and the mapping methods every generated model shares, written once.

    attrs would generate and compile both for each class when its module is imported: about half of
    a model's import time, ~0.4 ms a class, paid by the first call of every operation. The output is
    attrs' own: ``ChatUsage(prompt_tokens=1, ..., additional_properties={})``; equal when of the same
    class with equal fields; unhashable, as mutable attrs classes are.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in _field_names(type(self)))
        return f"{type(self).__qualname__}({shown})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        names = _field_names(type(self))
        return tuple(getattr(self, name) for name in names) == tuple(getattr(other, name) for name in names)

    __hash__ = None  # type: ignore[assignment]

    # A generated class names its fields in two tables, the spec's required ones and the optional ones, in the
    # wire's order. An entry is a JSON key (its attribute has the same name, its value is taken as it is), or
    # (key, parser), or (key, parser, attribute); a parser (the *_field functions below, an enum's check
    # function, None for as it is) turns a present JSON value into the field's. __init_subclass__ expands the
    # tables once per class into what from_dict reads and what to_dict writes (_json_fields_: a key that is
    # its attribute's name, or (attribute, key)). Tables and one from_dict, not a from_dict and a to_dict
    # generated per class: those were ~4.5 MiB of source and bytecode for ~1,900 models (the installed-size
    # bar of issue 10); the loop costs ~35 ns a field more than straight-line code (benchmarks/findings.md).
    _required_: "tuple[str | tuple[Any, ...], ...]" = ()
    _optional_: "tuple[str | tuple[Any, ...], ...]" = ()
    # The expanded tables: (attribute, key, parser, the classes of the values taken as they are by that parser).
    _required_fields_: "tuple[tuple[str, str, Callable[[Any], Any] | None, frozenset[type]], ...]" = ()
    _optional_fields_: "tuple[tuple[str, str, Callable[[Any], Any] | None, frozenset[type]], ...]" = ()
    # The optional fields whose attrs default is not UNSET: an absent one is UNSET all the same (as the generator's
    # from_dict made it), so that to_dict leaves out what the input left out.
    _explicit_unset_: "tuple[str, ...]" = ()
    _json_fields_: "tuple[str | tuple[str, str], ...]" = ()
    # The parser of the fields the schema does not name: None keeps them as they are, CLOSED (an object the
    # spec closes, additionalProperties: false) keeps them only in a response (unknown_fields).
    _extras_: "Callable[[Any], Any] | None" = None
    # Whether the spec types the extra fields (their values may be models, written with their own to_dict).
    _typed_extras_ = False

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = cls.__dict__
        if "_json_fields_" in own or not ("_required_" in own or "_optional_" in own):
            return  # attrs' slotted copy of a class already expanded, or a class with no fields of its own
        required = tuple(_field_entry(entry) for entry in cls._required_)
        optional = tuple(_field_entry(entry) for entry in cls._optional_)
        cls._required_fields_, cls._optional_fields_ = required, optional
        cls._explicit_unset_ = tuple(entry[0] for entry in optional if own.get(entry[0], UNSET) is not UNSET)
        cls._json_fields_ = tuple(attr if attr == key else (attr, key) for attr, key, _, _ in required + optional)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> "Self":
        """The model of a JSON object; a field that does not parse raises a SpecError located at it."""
        d = as_object(src_dict)
        pop = d.pop
        values: dict[str, Any] = {}
        key = ""
        try:
            for attribute, key, parse, as_is in cls._required_fields_:
                value = pop(key)
                values[attribute] = value if parse is None or value.__class__ in as_is else parse(value)
            for attribute, key, parse, as_is in cls._optional_fields_:
                value = pop(key, UNSET)
                if value is not UNSET:  # an absent field keeps its attrs default, UNSET
                    values[attribute] = value if parse is None or value.__class__ in as_is else parse(value)
        except PARSE_ERRORS as error:
            raise at_field(error, key)
        for attribute in cls._explicit_unset_:
            values.setdefault(attribute, UNSET)
        model = cls(**values)
        extras = cls._extras_
        if extras is None:
            model.additional_properties = d
        elif extras is CLOSED:
            model.additional_properties = unknown_fields(d)
        else:
            typed: dict[str, Any] = {}
            try:
                for key, value in d.items():
                    typed[key] = extras(value)
            except PARSE_ERRORS as error:
                raise at_field(error, key)
            model.additional_properties = typed
        return model

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: the extra fields first, then the named ones; UNSET fields are left out."""
        # One loop for every model instead of a to_dict generated per class (~1.5 MiB of source and bytecode
        # for ~1,100 models); to_dict serializes a request once per call, so the loop costs ~3 us a call.
        extra = self.additional_properties
        out = {key: json_value(value) for key, value in extra.items()} if self._typed_extras_ else dict(extra)
        for entry in self._json_fields_:
            if entry.__class__ is str:
                value = getattr(self, entry)
                key = entry
            else:
                value = getattr(self, entry[0])
                key = entry[1]
            if value.__class__ in _AS_IS:
                out[key] = value
            elif value is not UNSET:
                out[key] = json_value(value)
        return out

    # Every model has ``additional_properties``: the fields its schema does not name, readable as a mapping.
    additional_properties: dict[str, Any]

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Where the models' own LazyModels are (this package's name is its copy's, in a test that copies it).
_MODELS_PACKAGE = __name__.rpartition(".")[0] + ".models"


class LazyModel:
    """modelgates: a model class that a module refers to, imported where it is first used.

    A module's reference ``ChatUsage = LazyModel(globals(), "chat_usage", "ChatUsage")`` (a module of this
    package's ``models`` by its name, any other in full) imports the class on its first use (an attribute
    such as ``ChatUsage.from_dict``, a call, ``isinstance``) and rebinds the module's global to it, so every
    later use is a plain global lookup. Importing every model a module can meet at once (the previous
    design) made a chat call import 60 models, each ~0.4 ms for attrs to build.
    """

    __slots__ = ("_module", "_name", "_namespace")

    def __init__(self, namespace: dict[str, Any], module: str, name: str) -> None:
        self._namespace = namespace
        self._module = module
        self._name = name

    def resolve(self) -> Any:
        import importlib

        module = self._module if "." in self._module else f"{_MODELS_PACKAGE}.{self._module}"
        real = getattr(importlib.import_module(module), self._name)
        self._namespace[self._name] = real
        return real

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self.resolve(), attribute)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.resolve()(*args, **kwargs)

    def __instancecheck__(self, instance: Any) -> bool:
        return isinstance(instance, self.resolve())

    def __repr__(self) -> str:
        return f"<{self._name} from {self._module}, not imported yet>"


# The models' isinstance checks name it rather than call type(None) on every field they parse.
NoneType = type(None)
_AS_IS = frozenset({str, int, float, bool, NoneType})


def json_value(value: Any) -> Any:
    """modelgates: a field's value as JSON-ready data (what the generator's per-type to_dict code wrote)."""
    if value.__class__ in _AS_IS:
        return value
    if isinstance(value, ModelBase):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [json_value(item) for item in value]
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, File):
        return value.to_tuple()
    return value  # a mapping or any other value of a field the spec leaves untyped: as it is


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(attribute.name for attribute in fields(cls))


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


class File:
    """Contains information for file uploads"""

    # modelgates: a plain class with the attrs class's fields, repr and equality: attrs built the original
    # at import (~0.5 ms of every first call), for the multipart operations only.
    __slots__ = ("file_name", "mime_type", "payload")

    def __init__(self, payload: BinaryIO, file_name: str | None = None, mime_type: str | None = None) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

    def __repr__(self) -> str:
        return f"File(payload={self.payload!r}, file_name={self.file_name!r}, mime_type={self.mime_type!r})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.to_tuple() == other.to_tuple()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


# modelgates: no ``Response`` class: it served the stock sync/asyncio functions, which the endpoint modules no
# longer have (the SDK's transport sends and parses), and it was an attrs class built at every first import.


# modelgates: open enums and located errors (scripts/templates/: literal_enum.py.jinja, model.py.jinja,
# property_templates/union_property.py.jinja and list_property.py.jinja call what follows).
#
# An enum value the spec does not list is kept as the plain string (a newer server may send it, a newer
# server may accept it) instead of raising. Unions are what makes that subtle: a union's members are told
# apart by their enum values (``role: "user"``), so a union is parsed in passes, each more lenient than the
# last, until a member accepts the value:
#   STRICT  every enum value must be listed (the members as the spec describes them);
#   TAGS    only one-value enums (a member's discriminator, such as ``role``) must be listed;
#   OPEN    nothing needs to be listed: an unknown kind of thing still parses, as the first member it fits.
# A response is parsed down to OPEN. A request (``request_parsing()``) stops at TAGS, so that a value
# outside a multi-value enum is sent as given and noted, while an unknown discriminator (a typo in a
# message's role) is an error naming the field, the value and what is accepted.
STRICT, TAGS, OPEN = 2, 1, 0
_LEVEL: ContextVar[int] = ContextVar("modelgates_api_enum_level", default=OPEN)
# While parsing a request: the unknown enum values accepted so far (None when parsing a response).
_REQUEST_NOTES: ContextVar[list[str] | None] = ContextVar("modelgates_api_request_notes", default=None)
PARSE_ERRORS = (TypeError, ValueError, AttributeError, KeyError)
E = TypeVar("E")


class SpecError(ValueError):
    """A value that does not fit the spec, and where it is.

    ``path`` leads from the outermost object to the value (keys and list indexes); ``kind`` is
    ``"missing"`` (a required field absent), ``"enum"`` (a value outside an enum, with ``value``
    and ``known``), ``"type"`` (a value of the wrong JSON type) or ``"other"``.
    """

    def __init__(
        self,
        problem: str,
        path: Sequence[str | int] = (),
        *,
        kind: str = "other",
        value: Any = None,
        known: Sequence[Any] = (),
        tag: bool = False,
    ) -> None:
        super().__init__(problem)
        self._problem = problem
        self.path: list[str | int] = list(path)
        self.kind = kind
        self.value = value
        # A set (an enum's values) is shown sorted; a list keeps its order (a union's members).
        self._known = known
        self.tag = tag  # an unknown value of a one-value enum: a union member's discriminator did not match

    @property
    def known(self) -> list[Any]:
        known = self._known
        return sorted(known, key=str) if isinstance(known, set | frozenset) else list(known)

    @property
    def problem(self) -> str:
        if self.kind == "enum" and not self._problem:
            return f"{self.value!r} is not one of {', '.join(map(str, self.known))}"
        return self._problem

    def __str__(self) -> str:
        if self.kind in ("missing", "enum") and self.path:
            parent, name = self.path[:-1], self.path[-1]
            if self.kind == "missing":
                return f"{format_path(parent)}: missing {name!r}" if parent else f"{name}: required"
            if parent:
                return f"{format_path(parent)}: {name} {self.problem}"
            return f"{name}: {self.problem}"
        return f"{format_path(self.path)}: {self.problem}" if self.path else self.problem

    def __reduce__(self) -> Any:
        return _rebuild_spec_error, (self._problem, self.__dict__)


def _rebuild_spec_error(problem: str, state: dict[str, Any]) -> SpecError:
    error = SpecError(problem)
    error.__dict__.update(state)
    return error


def format_path(path: Sequence[str | int]) -> str:
    """``messages[0].content`` for ``["messages", 0, "content"]``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _type_name(value: Any) -> str:
    return "null" if value is None else type(value).__name__


# modelgates: the plain scalar fields (no parser in the tables: a value is taken as it is) checked in a request,
# by the types their annotations name ("int | None | Unset"). A float field takes an int; a bool is no number.
_SCALAR_TYPES: "dict[str, tuple[type, ...]]" = {
    "str": (str,),
    "int": (int,),
    "float": (float, int),
    "bool": (bool,),
    "None": (type(None),),
}


def _scalar_fields(cls: Any) -> "dict[str, tuple[tuple[type, ...], bool, str]]":
    """key -> (the types, whether a bool is one, their names) of each parser-less scalar field (cached)."""
    found = cls.__dict__.get("_scalar_fields_")
    if found is None:
        annotations: dict[str, Any] = {}
        for klass in reversed(cls.__mro__):
            annotations.update(klass.__dict__.get("__annotations__", {}))
        found = {}
        for attribute, key, parse, _ in (*cls._required_fields_, *cls._optional_fields_):
            names = [part.strip() for part in str(annotations.get(attribute, "")).split("|")]
            names = [name for name in names if name != "Unset"]
            if parse is None and names and all(name in _SCALAR_TYPES for name in names):
                kinds = tuple(kind for name in names for kind in _SCALAR_TYPES[name])
                expected = " or ".join("null" if name == "None" else name for name in names)
                found[key] = (kinds, "bool" in names, expected)
        cls._scalar_fields_ = found
    return found


def scalar_mismatch(cls: Any, data: "Mapping[str, Any]") -> "SpecError | None":
    """The first top-level plain field of ``data`` whose value is not of its type (``model=5``), if any."""
    for key, (kinds, bool_ok, expected) in _scalar_fields(cls).items():
        if key not in data:
            continue
        value = data[key]
        if not isinstance(value, kinds) or (value.__class__ is bool and not bool_ok):
            return SpecError(f"expected {expected}, got {_type_name(value)}", [key], kind="type", value=value)
    return None


@contextmanager
def request_parsing() -> Iterator[list[str]]:
    """Parse (``from_dict``) a request inside this block: yields the unknown enum values accepted.

    Unknown one-value enums (discriminators) are errors; unknown fields of an object the spec
    closes (``additionalProperties: false``) are left out, so that the caller can tell they were
    not sent.
    """
    notes: list[str] = []
    level, request = _LEVEL.set(TAGS), _REQUEST_NOTES.set(notes)
    try:
        yield notes
    finally:
        _REQUEST_NOTES.reset(request)
        _LEVEL.reset(level)


def check_enum(value: Any, known: "set[E]", name: str) -> E:
    """``value`` if the enum ``name`` lists it; an unlisted string as it is, unless this pass is strict."""
    try:
        if value in known:
            return value  # type: ignore[no-any-return]
    except TypeError:  # unhashable: a list or an object where a string belongs
        pass
    if not isinstance(value, str):
        raise SpecError(f"expected a string, got {_type_name(value)}", kind="type", value=value)
    level = _LEVEL.get()
    tag = len(known) == 1
    if level == STRICT or (tag and level == TAGS):
        raise SpecError("", kind="enum", value=value, known=known, tag=tag)  # cheap: unions raise it often
    notes = _REQUEST_NOTES.get()
    if notes is not None:
        notes.append(f"{value!r} for {name} (the spec lists {', '.join(sorted(str(k) for k in known))})")
    return value  # type: ignore[return-value]


def as_object(value: Any) -> dict[str, Any]:
    """A model's input as a new dict (``from_dict`` pops what it reads)."""
    # What json.loads makes, without the ABC check (0.6 -> 0.2 us; it runs for every object parsed).
    if type(value) is dict:
        return value.copy()
    if not isinstance(value, Mapping):
        raise SpecError(f"expected an object, got {_type_name(value)}", kind="type", value=value)
    return dict(value)


def as_list(value: Any) -> Any:
    # A tuple of types: faster to check than list | tuple.
    if not isinstance(value, (list, tuple)):
        raise SpecError(f"expected a list, got {_type_name(value)}", kind="type", value=value)
    return value


def unknown_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """What a closed object (``additionalProperties: false``) keeps of the fields the spec does not name.

    All of them in a response (what a newer server adds stays readable); none while parsing a
    request, where an unknown field is a mistake the caller must hear about.
    """
    return {} if _REQUEST_NOTES.get() is not None else fields


def at_field(error: Exception, name: str) -> SpecError:
    """``error``, raised while reading field ``name`` of an object, located there."""
    if isinstance(error, SpecError):
        error.path.insert(0, name)
        return error
    if isinstance(error, KeyError) and error.args == (name,):
        return SpecError("required", [name], kind="missing")
    located = _spec_error(error)
    located.path.insert(0, name)
    return located


def at_index(error: Exception, index: int) -> SpecError:
    """``error``, raised while reading item ``index`` of a list, located there."""
    located = _spec_error(error)
    located.path.insert(0, index)
    return located


def _spec_error(error: Exception) -> SpecError:
    if isinstance(error, SpecError):
        return error
    text = str(error)
    return SpecError(f"{type(error).__name__}: {text}" if text else type(error).__name__)


def _mismatch(error: Exception) -> bool:
    """Whether a union member failed on the value's kind rather than on its content."""
    if isinstance(error, SpecError):
        return (error.tag and len(error.path) == 1) or (error.kind == "type" and not error.path)
    return isinstance(error, TypeError) and not error.args  # the generated ``isinstance`` guard


def _parse_member(members: "Sequence[tuple[str, Any]]", index: int, data: Any) -> Any:
    """Member ``index``'s parse: a function (a parser), or a model class (or its ``LazyModel``)."""
    member = members[index][1]
    if member.__class__ is _FunctionType:
        return member(data)
    if isinstance(data, dict):  # a model takes objects only
        if member.__class__ is LazyModel:
            member = member.resolve()
            if isinstance(members, list):  # a field's table (_union_field): the class from now on
                members[index] = (members[index][0], member)
        return member.from_dict(data)
    raise TypeError()  # what the generated guards raise: a mismatch (see _mismatch)


# The member index of each tag value, per tag tuple of the generated code (a constant of its module, kept
# alive here so that its id names it): a dict display in the generated call would be built on every parse
# (~3 us for a Responses event's 49 types).
_TAG_INDEXES: "dict[int, tuple[tuple[Any, ...], dict[Any, int]]]" = {}


def _tag_index(values: "tuple[Any, ...]") -> "tuple[tuple[Any, ...], dict[Any, int]]":
    found = _TAG_INDEXES[id(values)] = (values, {value: index for index, value in enumerate(values)})
    return found


def parse_union(
    data: Any,
    members: "Sequence[tuple[str, Any]]",
    *,
    plain: "tuple[type, ...]" = (),
    tag: "tuple[str, tuple[Any, ...]] | None" = None,
) -> Any:
    """The first member that accepts ``data``, in passes from STRICT down to the enclosing level.

    A member is a function that parses the value, or a model class (or its ``LazyModel``), which
    parses an object with ``from_dict`` and refuses anything else. ``tag`` (the generator's, for a
    union of models told apart by one single-valued enum field): that field's name and the value that
    names each member, in the members' order.

    ``plain`` are the types of the members the generator does not construct (``str``, ``object``
    for any value): one of them takes the value as it is once the constructed members refused it.
    """
    if not members and isinstance(data, plain):
        # Nothing to construct (``str | None`` and the like: most fields of a stream chunk), so every
        # pass below would end in taking the value as it is; the passes cost ~1.5 us a field.
        return data
    floor = _LEVEL.get()
    notes = _REQUEST_NOTES.get()
    mark = len(notes) if notes is not None else 0
    if data.__class__ is dict and (tag is not None or len(members) == 1):
        # The member the discriminating field names (or the only one), in the strict pass: the first one
        # that pass could accept (the members before it list other values). Refused, the full search
        # below runs as ever.
        index: int | None = 0
        if tag is not None:
            value = data.get(tag[0])
            values = tag[1]
            found = _TAG_INDEXES.get(id(values))
            if found is None or found[0] is not values:
                found = _tag_index(values)
            index = found[1].get(value) if value.__class__ is str or value.__class__ is int else None
        if index is not None:
            token = _LEVEL.set(STRICT)
            try:
                return _parse_member(members, index, data)
            except PARSE_ERRORS:
                if notes is not None:
                    del notes[mark:]
            finally:
                _LEVEL.reset(token)
    errors: list[tuple[str, Exception]] = []
    for level in range(STRICT, floor - 1, -1):
        errors = []
        token = _LEVEL.set(level)
        try:
            for index, (name, _member) in enumerate(members):
                try:
                    parsed = _parse_member(members, index, data)
                except PARSE_ERRORS as error:
                    errors.append((name, error))
                    if notes is not None:
                        del notes[mark:]  # what a failed member accepted was not accepted
                else:
                    # The refused members' exceptions hold this frame (and its callers') through their
                    # tracebacks: dropped now, not left in a cycle for the garbage collector.
                    errors.clear()
                    return parsed
        finally:
            _LEVEL.reset(token)
        # A scalar of a plain member's type is that member at once; an object or a list only in this
        # union's last pass, after a more lenient pass gave the constructed members their chance.
        if plain and isinstance(data, plain) and (level == floor or not isinstance(data, dict | list)):
            errors.clear()
            return data
    # The generator casts a value no member accepts to the union and returns it as it is. Kept for a
    # response, in the loosest pass of the whole parse only (an enclosing union's stricter pass must
    # fail here, so that its next pass can parse the value properly); a request's value is refused.
    if plain and notes is None and floor == OPEN:
        errors.clear()
        return data
    raise union_error(data, errors, plain)


# How an error names the type a plain member accepts (the value's own type is named as Python names it).
_PLAIN_NAMES = {float: "float", int: "int", str: "str", bool: "bool", type(None): "null", dict: "object", list: "list"}


def union_error(data: Any, errors: "Sequence[tuple[str, Exception]]", plain: "tuple[type, ...]" = ()) -> SpecError:
    """One error for a union no member accepted: the closest member's, never merely the last one's.

    The closest member is one whose discriminator matched (it failed on its content, and the
    deepest such failure wins); when every member refused the value's kind, the error says what
    the members accept.
    """
    content = [error for _, error in errors if not _mismatch(error)]
    if content:
        best = max(content, key=lambda e: len(e.path) if isinstance(e, SpecError) else 0)
        return _spec_error(best)
    tags = [e for _, e in errors if isinstance(e, SpecError) and e.tag and len(e.path) == 1]
    if tags and len({e.path[0] for e in tags}) == 1:
        known: list[Any] = []
        for error in tags:
            known += [k for k in error.known if k not in known]
        return SpecError("", [tags[0].path[0]], kind="enum", value=tags[0].value, known=known, tag=True)
    accepted = [name for name, _ in errors]
    accepted += [_PLAIN_NAMES.get(kind, kind.__name__) for kind in plain if kind is not object]
    names = " or ".join(dict.fromkeys(accepted)) or "another type"
    return SpecError(f"expected {names}, got {_type_name(data)}", kind="type", value=data)


# modelgates: the field parsers of the models' tables (ModelBase._required_; scripts/field_parsers.py writes the
# calls). Each returns the function that turns a present JSON value into the field's value or raises.
# The _extras_ of an object the spec closes (additionalProperties: false): see unknown_fields.
CLOSED: Any = object()


_NOTHING_AS_IS: "frozenset[type]" = frozenset()


def _field_entry(entry: "str | tuple[Any, ...]") -> "tuple[str, str, Callable[[Any], Any] | None, frozenset[type]]":
    if entry.__class__ is str:
        return entry, entry, None, _NOTHING_AS_IS  # type: ignore[return-value]
    key, parse, *attribute = entry
    # A union's parser takes some values as they are (None, the plain members' types): from_dict does too,
    # without calling it (most fields of a stream chunk are ``str | None``).
    return (attribute[0] if attribute else key), key, parse, getattr(parse, "as_is", _NOTHING_AS_IS)


def model_field(model: Any) -> "Callable[[Any], Any]":
    """A model's from_dict; a ``LazyModel`` is imported by the first value that needs it."""
    resolved: Any = None

    def parse(value: Any) -> Any:
        nonlocal resolved
        if resolved is None:
            resolved = model.resolve() if model.__class__ is LazyModel else model
        return resolved.from_dict(value)

    return parse


def list_field(item: "Callable[[Any], Any]") -> "Callable[[Any], Any]":
    """A list whose items ``item`` parses; a value that is not a list, or an item that fails, raises located."""

    def parse(value: Any) -> Any:
        out = []
        index = 0
        items = as_list(value)
        try:
            for index, entry in enumerate(items):
                out.append(item(entry))
        except PARSE_ERRORS as error:
            raise at_index(error, index)
        return out

    return parse


def union_field(
    members: "Sequence[tuple[str, Any]]",
    *,
    plain: "tuple[type, ...]" = (),
    skip: "tuple[type, ...]" = (),
    tag: "tuple[str, tuple[Any, ...]] | None" = None,
) -> "Callable[[Any], Any]":
    """parse_union over ``members``; a value of a ``skip`` type (the plain members' when nothing is constructed,
    None where the union holds it) is taken at once: most fields of a stream chunk are ``str | None``."""
    table = list(members)  # its LazyModels become their classes as values need them (_parse_member)

    def parse(value: Any) -> Any:
        if skip and isinstance(value, skip):
            return value
        return parse_union(value, table, plain=plain, tag=tag)

    parse.as_is = frozenset(skip)  # type: ignore[attr-defined]  # what ModelBase.from_dict takes without the call
    return parse


def guarded(kinds: "tuple[type, ...]", parse: "Callable[[Any], Any] | None" = None) -> "Callable[[Any], Any]":
    """A union member that is not a model: a value of another JSON kind is that member's mismatch (a bare
    TypeError, see _mismatch), not an error of its content. No ``parse``: a value of its kind is taken as it is."""

    def member(data: Any) -> Any:
        if not isinstance(data, kinds):
            raise TypeError()
        return data if parse is None else parse(data)

    return member


def const_field(expected: Any, name: str) -> "Callable[[Any], Any]":
    def parse(value: Any) -> Any:
        if value != expected:
            raise ValueError(f"{name} must match const {expected!r}, got {value!r}")
        return value

    return parse


def parse_date(value: Any) -> datetime.date:
    if not isinstance(value, str):
        raise SpecError(f"expected a date string, got {_type_name(value)}", kind="type", value=value)
    return datetime.date.fromisoformat(value)


def parse_uuid(value: Any) -> Any:
    from uuid import UUID  # the spec's uuid fields stay strings (normalize: uuid_strings_stay_text)

    return UUID(value)


def parse_file(value: Any) -> "File":
    from io import BytesIO

    return File(payload=BytesIO(value))


# RFC 3339, the date-time of OpenAPI: what fromisoformat refuses in it (Python 3.10: the "Z" and a fraction
# of other than 3 or 6 digits; every version: a lower-case "z") is rewritten into what it takes.
_RFC3339 = r"(\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d:\d\d)(?:\.(\d+))?([Zz]|[+-]\d\d:\d\d)?"  # compiled when first needed


def parse_datetime(value: str) -> datetime.datetime:
    """An RFC 3339 / ISO 8601 date-time as the API sends it (``2025-08-24T10:30:00.000Z``); ValueError otherwise.

    The standard library's ``fromisoformat``; a value it refuses (more on Python 3.10, which the package
    supports) is rewritten into the subset it reads. No dependency (python-dateutil) for it.
    """
    if not isinstance(value, str):
        raise SpecError(f"expected a date-time string, got {_type_name(value)}", kind="type", value=value)
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        found = re.fullmatch(_RFC3339, value)  # re caches the compiled pattern
        if found is None:
            raise
    moment, fraction, zone = found.groups()
    if fraction:
        moment += "." + fraction[:6].ljust(6, "0")
    return datetime.datetime.fromisoformat(moment.replace("t", "T") + ("+00:00" if zone in ("Z", "z") else zone or ""))


__all__ = [
    "CLOSED",
    "OPEN",
    "STRICT",
    "TAGS",
    "UNSET",
    "File",
    "FileTypes",
    "LazyModel",
    "ModelBase",
    "RequestFiles",
    "SpecError",
    "Unset",
    "as_list",
    "as_object",
    "at_field",
    "at_index",
    "check_enum",
    "const_field",
    "format_path",
    "guarded",
    "list_field",
    "model_field",
    "parse_date",
    "parse_datetime",
    "parse_file",
    "parse_union",
    "parse_uuid",
    "request_parsing",
    "scalar_mismatch",
    "union_error",
    "union_field",
    "unknown_fields",
]
