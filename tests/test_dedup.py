"""Item identity: tracking parameters, fragments and republishing never make a new item."""

from __future__ import annotations

from urllib.parse import urlencode

from hypothesis import given
from hypothesis import strategies as st

from dedup import _TRACKING_EXACT, _TRACKING_PREFIXES, canonical_url, item_keys
from models import Item


def test_tracking_parameters_and_fragment_are_stripped() -> None:
    a = canonical_url("https://www.reuters.com/tech/alibaba-cuts/?utm_source=rss&utm_medium=x#top")
    b = canonical_url("http://reuters.com/tech/alibaba-cuts?fbclid=abc")
    assert a == b == "https://reuters.com/tech/alibaba-cuts"


def test_meaningful_parameters_are_kept_in_order() -> None:
    assert canonical_url("https://ex.com/a?id=7&p=2") == canonical_url("https://ex.com/a?p=2&id=7")
    assert canonical_url("https://ex.com/a?id=7") != canonical_url("https://ex.com/a?id=8")


def test_republish_with_new_guid_shares_the_link_key() -> None:
    first = Item(source="s", title="Meta lays off 10,000", url="https://ex.com/x", guid="1")
    again = Item(source="s", title="Meta lays off 10,000", url="https://ex.com/x?utm_campaign=z",
                 guid="2")
    assert set(item_keys(first)) & set(item_keys(again))


def test_item_without_guid_or_link_still_has_a_key() -> None:
    keys = item_keys(Item(source="s", title="京东裁员"))
    assert len(keys) == 1 and keys[0].startswith("h:")


_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=10)
_params = st.dictionaries(
    _word.filter(lambda w: w not in _TRACKING_EXACT and not w.startswith(_TRACKING_PREFIXES)),
    _word, max_size=4)
_tracking = st.dictionaries(
    st.sampled_from(["utm_source", "utm_medium", "utm_campaign", "fbclid", "gclid", "spm"]),
    _word, max_size=3)


@given(host=_word, path=st.lists(_word, max_size=4), params=_params, tracking=_tracking,
       fragment=st.one_of(st.just(""), _word))
def test_canonicalisation_properties(host: str, path: list[str], params: dict[str, str],
                                     tracking: dict[str, str], fragment: str) -> None:
    clean = f"https://{host}.com/" + "/".join(path) + ("?" + urlencode(params) if params else "")
    noisy = clean + ("&" if params else "?") + urlencode(tracking) if tracking else clean
    if fragment:
        noisy += "#" + fragment
    c = canonical_url(clean)
    assert canonical_url(noisy) == c  # tracking and fragments never matter
    assert canonical_url(c) == c  # idempotent
    for key in params:
        assert key in c  # real parameters survive
