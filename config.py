"""rules.yaml -> a typed, validated `Config`, or errors that name FILE:LINE and the key.

Every section is checked and every error collected, so one `check` run shows
them all. Source and notifier kinds declare their own keys (watchers/ and
notifiers/ registries); unknown keys are refused, naming the allowed ones.
"""

from __future__ import annotations

import difflib
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

import notifiers  # noqa: F401  (registers notifier kinds)
import watchers  # noqa: F401  (registers source kinds)
from models import Status
from notifiers.base import NOTIFIER_KINDS, NotifierConfig
from watchers.base import SOURCE_KINDS, Duration, SourceConfig

log = logging.getLogger(__name__)

Path_ = tuple[str | int, ...]
TOP_KEYS = ("version", "settings", "sources", "companies", "rules", "notifiers")


class ConfigError(Exception):
    """rules.yaml can't be used; `errors` are ready-to-print `FILE:LINE: message` lines."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    max_age: Duration = 3 * 86400.0  # older items are recorded, never alerted
    cluster_window: Duration = 14 * 86400.0  # reports this close join one event
    directory: bool = True  # use the bundled directory of well-known companies
    new_source_backlog: bool = False  # alert the items a newly added source already had
    default_every: Duration = 600.0


class CompanyConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()

    @field_validator("aliases", mode="before")
    @classmethod
    def _aliases(cls, v: Any) -> Any:
        if isinstance(v, list | tuple) and not all(isinstance(a, str | int) for a in v):
            raise ValueError("aliases must be a list of names")
        return tuple(str(a) for a in v) if isinstance(v, list | tuple) else v


class RuleConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    companies: Literal["*"] | tuple[str, ...] = "*"
    min_count: int | None = Field(default=None, ge=1)
    min_percent: float | None = Field(default=None, gt=0, le=100)
    statuses: tuple[Status, ...] | None = None
    notify: tuple[str, ...] = Field(min_length=1)


@dataclass(frozen=True)
class Config:
    path: str
    settings: Settings
    sources: tuple[SourceConfig, ...]
    companies: tuple[CompanyConfig, ...]
    rules: tuple[RuleConfig, ...]
    notifiers: dict[str, NotifierConfig]
    warnings: tuple[str, ...] = field(default=())

    def notified(self) -> set[str]:
        return {n for r in self.rules for n in r.notify}


# -- YAML with line numbers ----------------------------------------------------


class _Lines:
    """Remembers the line of every key and value in the document, by path."""

    def __init__(self) -> None:
        self.lines: dict[Path_, int] = {}

    def line(self, path: Path_) -> int:
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path, 1)


# A real rules.yaml has a few hundred values; aliases can multiply them
# without limit ("billion laughs"), so expanding stops here.
MAX_VALUES = 100_000


class _Unusable(Exception):
    """The YAML parses but can't be turned into data: (line, message)."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def _to_python(
    node: yaml.Node,
    path: Path_,
    lines: _Lines,
    dupes: list[tuple[Path_, str]],
    loader: yaml.SafeLoader,
    budget: list[int] | None = None,
    active: set[int] | None = None,
) -> Any:
    budget = [MAX_VALUES] if budget is None else budget
    active = set() if active is None else active
    line = node.start_mark.line + 1
    budget[0] -= 1
    if budget[0] < 0:
        raise _Unusable(line, f"more than {MAX_VALUES:,} values once aliases are expanded")
    lines.lines.setdefault(path, line)
    if isinstance(node, yaml.MappingNode | yaml.SequenceNode):
        if id(node) in active:
            raise _Unusable(line, "an alias refers to a value that contains it")
        active.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                return [_to_python(v, path + (i,), lines, dupes, loader, budget, active)
                        for i, v in enumerate(node.value)]
            out: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    raise _Unusable(key_node.start_mark.line + 1,
                                    "a key must be a plain name, not a list or mapping")
                # Keys are names: taken as written, so a notifier called `no` or
                # `on` isn't read as YAML 1.1's False/True (and `1.0` stays "1.0").
                key = str(key_node.value)
                if key in out:
                    dupes.append((path + (key,), f"duplicate key {key!r}"))
                lines.lines[path + (key,)] = key_node.start_mark.line + 1
                out[key] = _to_python(value_node, path + (key,), lines, dupes, loader, budget,
                                      active)
            return out
        finally:
            active.discard(id(node))
    # Scalars: the safe constructor types them (ints, floats, bools, null, strings).
    return loader.construct_object(node, deep=True)


def _dotted(path: Path_) -> str:
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


# -- validation ------------------------------------------------------------------


class _Errors:
    def __init__(self, filename: str, lines: _Lines) -> None:
        self.filename = filename
        self.lines = lines
        self.items: list[tuple[int, str]] = []

    def add(self, path: Path_, message: str) -> None:
        where = _dotted(path)
        text = f"{where}: {message}" if where else message
        self.items.append((self.lines.line(path), text))

    def from_pydantic(self, base: Path_, exc: ValidationError, model: type[BaseModel]) -> None:
        allowed = ", ".join(sorted(model.model_fields))
        for err in exc.errors():
            loc = tuple(err["loc"])
            path = base + loc
            kind = err["type"]
            if kind == "extra_forbidden":
                guess = difflib.get_close_matches(str(loc[-1]), list(model.model_fields), n=1)
                hint = f" (did you mean {guess[0]!r}?)" if guess else ""
                self.add(path, f"unknown key{hint}; allowed keys: {allowed}")
            elif kind == "missing":
                self.add(path, "required key is missing")
            else:
                msg = err["msg"].removeprefix("Value error, ")
                self.add(path, f"{msg} (got {err.get('input')!r})")

    def lines_out(self) -> list[str]:
        return [f"{self.filename}:{line}: {msg}" for line, msg in sorted(self.items)]


def _source_kind(raw: dict[str, Any]) -> str | None:
    kind = raw.get("kind")
    if isinstance(kind, str):
        return kind
    present = [k for k, cls in SOURCE_KINDS.items() if cls.kind_key and cls.kind_key in raw]
    return present[0] if len(present) == 1 else None


def _validate_sources(
    raw: Any, settings: Settings, errs: _Errors, warnings: list[str]
) -> list[SourceConfig]:
    out: list[SourceConfig] = []
    if raw is None:
        return out
    if not isinstance(raw, list):
        errs.add(("sources",), "must be a list of sources")
        return out
    seen: dict[str, int] = {}
    for i, src in enumerate(raw):
        path: Path_ = ("sources", i)
        if not isinstance(src, dict):
            errs.add(path, "each source must be a mapping with a name and a url or google_news")
            continue
        kind = _source_kind(src)
        if kind is None or kind not in SOURCE_KINDS:
            keys = " or ".join(f"{c.kind_key!r}" for c in SOURCE_KINDS.values() if c.kind_key)
            if kind is not None:
                errs.add(path + ("kind",), f"unknown source kind {kind!r}; allowed: "
                         + ", ".join(sorted(SOURCE_KINDS)))
            else:
                errs.add(path, f"a source needs exactly one of {keys}")
            continue
        model = SOURCE_KINDS[kind]
        data = {"every": settings.default_every, **src, "kind": kind}
        try:
            source = model.model_validate(data)
        except ValidationError as exc:
            errs.from_pydantic(path, exc, model)
            continue
        if source.name in seen:
            errs.add(path + ("name",), f"duplicate source name {source.name!r} "
                     f"(first used by sources[{seen[source.name]}])")
            continue
        seen[source.name] = i
        if source.every < 60:
            warnings.append(
                f"{errs.filename}:{errs.lines.line(path + ('every',))}: source {source.name!r} "
                f"polls every {source.every:g}s; under 1m is impolite to most sites"
            )
        out.append(source)
    return out


def _validate_list(
    raw: Any, section: str, model: type[BaseModel], errs: _Errors
) -> list[tuple[int, Any]]:
    out: list[tuple[int, Any]] = []
    if raw is None:
        return out
    if not isinstance(raw, list):
        errs.add((section,), f"must be a list of {section}")
        return out
    names: dict[str, int] = {}
    for i, item in enumerate(raw):
        path: Path_ = (section, i)
        if not isinstance(item, dict):
            errs.add(path, "must be a mapping")
            continue
        try:
            obj = model.model_validate(item)
        except ValidationError as exc:
            errs.from_pydantic(path, exc, model)
            continue
        name = obj.name  # type: ignore[attr-defined]
        if name.casefold() in names:
            first = names[name.casefold()]
            errs.add(path + ("name",), f"duplicate name {name!r} (first at {section}[{first}])")
            continue
        names[name.casefold()] = i
        out.append((i, obj))
    return out


def _validate_notifiers(raw: Any, errs: _Errors) -> dict[str, NotifierConfig | None]:
    """Notifier name -> validated config, or None for one declared but invalid."""
    out: dict[str, NotifierConfig | None] = {}
    if raw is None:
        return out
    if not isinstance(raw, dict):
        errs.add(("notifiers",), "must be a mapping of notifier name -> settings")
        return out
    for name, body in raw.items():
        path: Path_ = ("notifiers", name)
        out[name] = None
        if not isinstance(body, dict) or "type" not in body:
            errs.add(path, "needs a 'type': one of " + ", ".join(sorted(NOTIFIER_KINDS)))
            continue
        kind = body["type"]
        if kind not in NOTIFIER_KINDS:
            errs.add(path + ("type",), f"unknown notifier type {kind!r}; allowed: "
                     + ", ".join(sorted(NOTIFIER_KINDS)))
            continue
        model = NOTIFIER_KINDS[kind].Config
        try:
            out[name] = model.model_validate(body)
        except ValidationError as exc:
            errs.from_pydantic(path, exc, model)
    return out


def parse(
    text: str,
    filename: str = "rules.yaml",
    *,
    resolve_company: Callable[[str], str | None] | None = None,
) -> Config:
    """Validate rules.yaml text. Raises ConfigError with FILE:LINE lines."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except RecursionError:
        raise ConfigError([f"{filename}:1: invalid YAML: nested too deeply"]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(exc, "problem", None) or str(exc)
        opened = getattr(exc, "context_mark", None)
        context = getattr(exc, "context", None)
        if opened is not None and context and opened.line + 1 != line:
            # An unclosed bracket or quote is found lines later; name where it began.
            problem += f" ({context} at line {opened.line + 1})"
        raise ConfigError([f"{filename}:{line}: invalid YAML: {problem}"]) from None
    lines = _Lines()
    errs = _Errors(filename, lines)
    if node is None:
        raise ConfigError([f"{filename}:1: the file is empty; start with 'version: 1'"])
    dupes: list[tuple[Path_, str]] = []
    try:
        doc = _to_python(node, (), lines, dupes, yaml.SafeLoader(""))
    except _Unusable as exc:
        raise ConfigError([f"{filename}:{exc.line}: invalid YAML: {exc.message}"]) from None
    except RecursionError:
        raise ConfigError([f"{filename}:1: invalid YAML: nested too deeply"]) from None
    for path, message in dupes:
        errs.add(path, message)
    if not isinstance(doc, dict):
        raise ConfigError([f"{filename}:1: the top level must be a mapping (version, sources, …)"])
    for key in doc:
        if key not in TOP_KEYS:
            guess = difflib.get_close_matches(key, TOP_KEYS, n=1)
            hint = f" (did you mean {guess[0]!r}?)" if guess else ""
            errs.add((key,), f"unknown key{hint}; allowed keys: {', '.join(TOP_KEYS)}")
    if doc.get("version") != 1:
        errs.add(("version",), f"version must be 1 (got {doc.get('version')!r})")

    warnings: list[str] = []
    settings = Settings()
    if doc.get("settings") is not None:
        try:
            settings = Settings.model_validate(doc["settings"])
        except ValidationError as exc:
            errs.from_pydantic(("settings",), exc, Settings)
    sources = _validate_sources(doc.get("sources"), settings, errs, warnings)
    companies = [
        c for _, c in _validate_list(doc.get("companies"), "companies", CompanyConfig, errs)
    ]
    rules_ix = _validate_list(doc.get("rules"), "rules", RuleConfig, errs)
    notifier_cfgs = _validate_notifiers(doc.get("notifiers"), errs)

    # Cross-references: rules name notifiers and companies that must exist.
    watch = {c.name.casefold(): c.name for c in companies}
    for c in companies:
        for a in c.aliases:
            watch.setdefault(a.casefold(), c.name)
    rules: list[RuleConfig] = []
    for i, rule in rules_ix:
        ok = True
        for j, target in enumerate(rule.notify):
            if target not in notifier_cfgs:
                guess = difflib.get_close_matches(target, list(notifier_cfgs), n=1)
                hint = f"; did you mean {guess[0]!r}?" if guess else ""
                errs.add(("rules", i, "notify", j), f"notifier {target!r} is not defined under "
                         f"notifiers:{hint} (defined: {', '.join(notifier_cfgs) or 'none'})")
                ok = False
        canonical: list[str] = []
        if rule.companies != "*":
            for j, name in enumerate(rule.companies):
                found = watch.get(name.casefold())
                if found is None and resolve_company is not None:
                    found = resolve_company(name)
                if found is None:
                    guess = difflib.get_close_matches(name, [c.name for c in companies], n=1)
                    hint = f"; did you mean {guess[0]!r}?" if guess else ""
                    errs.add(("rules", i, "companies", j),
                             f"company {name!r} is not under companies: nor in the bundled"
                             f" directory{hint}")
                    ok = False
                else:
                    canonical.append(found)
        if ok:
            rules.append(rule.model_copy(update={"companies": tuple(canonical)})
                         if rule.companies != "*" else rule)
    if not sources and not errs.items:
        warnings.append(f"{filename}:1: no sources: nothing will be polled")
    if errs.items:
        raise ConfigError(errs.lines_out())
    return Config(
        path=filename,
        settings=settings,
        sources=tuple(sources),
        companies=tuple(companies),
        rules=tuple(rules),
        notifiers={k: v for k, v in notifier_cfgs.items() if v is not None},
        warnings=tuple(warnings),
    )


def load(
    path: str | os.PathLike[str], *, resolve_company: Callable[[str], str | None] | None = None
) -> Config:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError([f"{p}:1: no such file"]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([f"{p}:1: cannot read: {exc}"]) from None
    return parse(text, str(path), resolve_company=resolve_company)


def missing_env(names: Iterable[str]) -> list[str]:
    return [n for n in names if not os.environ.get(n)]
