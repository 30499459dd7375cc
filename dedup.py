"""Item identity: the keys under which an item counts as already seen.

guid (per source) -> canonical link -> hash of normalised title and link.
An item is seen if ANY of its keys was recorded before, so a republish with
a new guid but the same link, or the same link with utm_* parameters, is
caught. Near-duplicates across sites (mirrors with other links) are the
event layer's job (events.py), not this one's.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from models import Item

# Query parameters that say how a reader arrived, never what the page is.
_TRACKING_EXACT = frozenset({
    "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid",
    "_hsenc", "_hsmi", "mkt_tok", "ref", "ref_src", "ref_url", "referrer", "cmpid", "ocid",
    "ncid", "taid", "smid", "sr_share", "share", "spm", "scm", "from", "wt.mc_id", "wt_mc_id",
    "icid", "guccounter", "guce_referrer", "guce_referrer_sig", "rss",
    "feedtype", "s_cid", "xtor", "_ga", "__twitter_impression",
})
_TRACKING_PREFIXES = ("utm_", "utm-", "pk_", "mtm_", "hmsr", "hmpl", "hmcu", "hmkw", "hmci")


def canonical_url(url: str) -> str:
    """Lower-cased scheme and host, no default port, no fragment, no tracking
    parameters, remaining parameters sorted, no trailing slash."""
    url = url.strip()
    if not url:
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    scheme = (parts.scheme or "http").lower()
    if scheme == "https" or scheme == "http":
        scheme = "https"  # the same article is served on both
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port in (None, 80, 443) else f"{host}:{port}"
    query = sorted(
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in _TRACKING_EXACT and not k.lower().startswith(_TRACKING_PREFIXES)
    )
    path = re.sub(r"/{2,}", "/", parts.path or "/")
    if len(path) > 1:
        path = path.rstrip("/")
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


_SPACE = re.compile(r"\s+")


def normalise_title(title: str) -> str:
    text = unicodedata.normalize("NFKC", title).casefold()
    return _SPACE.sub(" ", text).strip()


def item_keys(item: Item) -> list[str]:
    keys: list[str] = []
    if item.guid:
        keys.append(f"g:{item.source}:{item.guid.strip()}")
    canon = canonical_url(item.url)
    if canon:
        keys.append(f"u:{canon}")
    digest = hashlib.sha1(
        f"{normalise_title(item.title)}\n{canon}".encode(), usedforsecurity=False
    ).hexdigest()
    keys.append(f"h:{digest}")
    return keys
