"""Names of the Milvus collections behind an alias: ``<alias>__g<generation>``, matched exactly.

A generation id is kept to letters and digits in runs joined by single underscores (no
``__``, none leading or trailing), so a name splits one way only: if ``<a>__g<x>`` were also
``<b>__g<y>`` for a longer alias ``b = a + s``, then ``x`` would be ``s[3:] + "__g" + y``,
holding a ``__`` (or ``s`` a proper prefix of ``__g``, which does not fit). Alias ``cbec`` thus
never claims ``cbec_test__g...``, ``cbec___g...`` nor ``cbec__gx__g...``: their remainders are
no generation id.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..errors import QueryError

_SEP = "__g"
_GEN = re.compile(r"[0-9A-Za-z]+(?:_[0-9A-Za-z]+)*")

#: a Milvus server's rule for collection and alias names (milvus-lite 3 takes any name up to 255
#: bytes; the stricter rule keeps an alias usable on both)
ALIAS_PATTERN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
#: names are at most 255 characters; an alias leaves room for ``__g`` and a generation id
MAX_ALIAS_CHARS = 200


def alias_problem(alias: str) -> str | None:
    """Why ``alias`` cannot name a live collection (a phrase for an error message), or None."""
    if not alias:
        return "it is empty"
    if len(alias) > MAX_ALIAS_CHARS:
        return (
            f"it is {len(alias)} characters long, at most {MAX_ALIAS_CHARS} (Milvus names are at most 255, "
            "and a generation's collection is named <alias>__g<generation>)"
        )
    if not ALIAS_PATTERN.fullmatch(alias):
        return "use ASCII letters, digits and _ only, not starting with a digit (Milvus' rule for names)"
    return None


def generation_id(generation: str) -> str:
    """``generation`` as a name part: each run of other characters one ``_``, none at the ends."""
    gen = re.sub(r"[^0-9A-Za-z]+", "_", generation).strip("_")
    if not gen:
        raise QueryError(f"the generation id {generation!r} holds no letter or digit")
    return gen


def collection_name(alias: str, generation: str) -> str:
    """The collection of ``generation`` behind ``alias``."""
    return f"{alias}{_SEP}{generation_id(generation)}"


def generation_of(name: str, alias: str) -> str | None:
    """The generation id when ``name`` is exactly a collection of ``alias``, else None."""
    head = alias + _SEP
    if not name.startswith(head):
        return None
    rest = name[len(head) :]
    return rest if _GEN.fullmatch(rest) else None


def aliased(client: Any) -> set[str]:
    """Every collection some alias of the database points to (never dropped as a leftover)."""
    names = client.list_aliases().get("aliases") or []
    out = set()
    for alias in names:
        info = client.describe_alias(alias)
        if info and info.get("collection_name"):
            out.add(str(info["collection_name"]))
    return out


def collections_of(client: Any, alias: str, names: Iterable[str] | None = None) -> list[str]:
    """The collections named for ``alias`` that no alias (this one included) points to."""
    names = client.list_collections() if names is None else names
    mine = [n for n in names if generation_of(n, alias) is not None]
    if not mine:
        return []
    busy = aliased(client)
    return [n for n in mine if n not in busy]


# ----------------------------------------------------------------------------- how a URI is shown

_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)([^\s/?#@'\"`<>]*)@")


def _hide(match: re.Match[str]) -> str:
    user, sep, _secret = match.group(2).partition(":")
    # "user:password" keeps the user; a lone userinfo may be a token (pymilvus reads it as one)
    return f"{match.group(1)}{user}:***@" if sep else f"{match.group(1)}***@"


def hide_secrets(text: str) -> str:
    """``text`` with the password (or token) of every URL in it replaced by ``***``: for
    messages and logs, which keep the rest of the URI."""
    return _USERINFO.sub(_hide, text)


def strip_userinfo(text: str) -> str:
    """``text`` with the userinfo (``user:password@``) of every URL in it removed."""
    return _USERINFO.sub(r"\1", text)


def public_uri(uri: str) -> str:
    """What an HTTP client may see of a Milvus URI: ``scheme://host:port`` (no user, password,
    token, database or query), or the file name of a milvus-lite file."""
    if "://" not in uri:
        return uri.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or uri
    scheme, _, rest = uri.partition("://")
    host = re.split(r"[/?#]", rest, maxsplit=1)[0].rsplit("@", 1)[-1]
    return f"{scheme}://{host}"
