"""Finding an entry: accent-, case- and script-insensitive text, filters, and the order.

The SQLite that Python ships here (3.40) has FTS5 but not the trigram tokenizer's
`remove_diacritics` (3.45), so the indexes hold a normalised copy of the text
(`normalise`: NFKD, combining marks dropped, casefolded) and a query is normalised the
same way: "sante" finds "santé", "strasse" finds "Straße", "いのち" finds "いのちの電話".

Two FTS5 indexes (store.py creates them):
- `text_index`, trigram: a query word of 3 characters or more matches anywhere in the
  text, in any script;
- `word_index`, unicode61 with 1- and 2-character prefix indexes: a shorter word matches
  the start of a word ("sa" → Samaritans, "fr" → a service in FR, "11" → 116 123). Text in
  scripts written without spaces (Han, kana, Hangul) is indexed a character at a time, so
  "電話" finds いのちの電話 there.
A query of digits (with spaces, +, -, brackets) is a number: its digits are matched
against the numbers' digits, so "116123" and "116 123" find the same line.

Country: a service with no service_area is available everywhere (an international text
line) and is found with every country. Language: offered by the service or by any of its
contact methods. Only active and temporarily closed services are ever found.

Order: the person's favourites (of the country asked for), then crisis lines, then what is
open now, then the rest; the directory's own order within each. Paired services (one
`pair_group`) come together, adjacent, or not at all: the limit never splits a pair.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from ..clock import zone
from . import hours as hours_
from .model import Hours, Organization, Service
from .store import CRISIS, EVERYWHERE, Store, organization_from, service_from

# Kana voicing marks are combining marks too, but dropping them turns が into か.
_KEEP_MARKS = frozenset("\u3099\u309a")
# Scripts written without spaces between words: indexed a character at a time.
_UNSPACED = re.compile(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
                       r"\uac00-\ud7af\uff66-\uff9f])")
_NUMBER = re.compile(r"[\d\s+\-().]+")
_WORD = re.compile(r"\w+")
TRIGRAM = 3  # the trigram index matches words this long or longer


@dataclass(frozen=True)
class Query:
    text: str = ""
    country: str = ""  # ISO 3166-1 alpha-2; "" any
    language: str = ""  # ISO 639; "" any
    kind: str = ""  # one of model.KINDS; "" any
    open_now: bool = False


@dataclass(frozen=True)
class Result:
    service: Service
    organization: Organization
    open_now: bool | None  # None: hours unknown
    favourite: bool
    freshness: str  # hours.freshness of the entry's last check
    pair_group: str


def normalise(text: str) -> str:
    """Text as the indexes hold it: compatibility-decomposed, marks dropped, casefolded."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed
                   if c in _KEEP_MARKS or unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", bare.casefold())


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def index_texts(service: Service, organization: Organization | None) -> tuple[str, str]:
    """What the two indexes hold for one service: (trigram text, word text)."""
    parts = [service.name, *service.names.values(), service.description,
             *service.descriptions.values()]
    if organization is not None:
        parts += [organization.name, *organization.names.values()]
    parts += [kind.replace("-", " ") for kind in service.kinds]
    numbers = []
    for contact in service.contacts:
        parts += [contact.description, *contact.descriptions.values()]
        numbers += [contact.number, _digits(contact.number)]
    seen = dict.fromkeys(normalise(p) for p in parts + numbers if p.strip())
    text = "\n".join(seen)
    countries = " ".join(sorted({normalise(a.country) for a in service.areas}))
    words = _UNSPACED.sub(r" \1 ", text) + "\n" + countries
    return text, words


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _match(text: str) -> tuple[str, str]:
    """The MATCH expressions for the trigram and word indexes ("" where not needed)."""
    norm = normalise(text).strip()
    if not norm:
        return "", ""
    number = _digits(norm) if _NUMBER.fullmatch(norm) else ""
    terms = [number] if number else _WORD.findall(norm)
    long_terms = [t for t in terms if len(t) >= TRIGRAM]
    short_terms = [t for t in terms if len(t) < TRIGRAM]
    trigram = " AND ".join(_phrase(t) for t in long_terms)
    words = []
    for term in short_terms:
        if _UNSPACED.search(term):
            words.append(_phrase(" ".join(_UNSPACED.sub(r" \1 ", term).split())))
        else:
            words.append(_phrase(term) + "*")
    return trigram, " AND ".join(words)


def _schedules(store: Store) -> list[tuple[int, str, tuple[Hours, ...]]]:
    cache = store.fresh_cache()
    if "schedules" not in cache:
        cache["schedules"] = [
            (n, tz, tuple(Hours(*w) for w in json.loads(text)))
            for n, tz, text in store.conn.execute("SELECT rowid, tz, hours FROM schedule")]
    return cache["schedules"]


def open_schedules(store: Store, now: datetime) -> list[int]:
    """The schedules open at `now` (hours.py decides), the same for a whole minute: hours
    are whole minutes of wall time, and every zone in use is a whole minute from UTC."""
    cache = store.fresh_cache()
    minute = int(now.timestamp()) // 60
    if cache.get("open_minute") != minute:
        cache["open"] = [n for n, tz, hours in _schedules(store)
                         if hours_.hours_open(hours, tz, now)]
        cache["open_minute"] = minute
    return cache["open"]


_OPEN = ("(s.always_open OR s.rowid IN (SELECT service FROM service_schedule "
         "WHERE schedule IN (SELECT value FROM json_each(:open))))")


def search(store: Store, query: Query, *, now: datetime, language: str = "en",
           limit: int = 50) -> list[Result]:
    """The services that match `query`, in the order a person should see them."""
    trigram, words = _match(query.text)
    where = ["s.listed = 1"]
    params: dict[str, object] = {"open": json.dumps(open_schedules(store, now)),
                                 "limit": limit}
    if trigram:
        where.append("s.rowid IN (SELECT rowid FROM text_index WHERE text_index MATCH :tri)")
        params["tri"] = trigram
    if words:
        where.append("s.rowid IN (SELECT rowid FROM word_index WHERE word_index MATCH :word)")
        params["word"] = words
    if query.country:
        where.append("s.rowid IN (SELECT service FROM service_country "
                     "WHERE country IN (:country, :everywhere))")
        params["country"] = query.country.upper()
        params["everywhere"] = EVERYWHERE
    if query.language:
        where.append("s.rowid IN (SELECT service FROM service_language "
                     "WHERE language = :language)")
        params["language"] = query.language.lower()
    if query.kind:
        where.append("s.rowid IN (SELECT service FROM service_kind WHERE kind = :kind)")
        params["kind"] = query.kind
    if query.open_now:
        where.append(_OPEN)
    # The favourites found are of the country asked for: the country filter is in WHERE.
    sql = (f"SELECT s.rowid, s.pair_group FROM service s WHERE {' AND '.join(where)} "
           "ORDER BY CASE WHEN s.id IN (SELECT service_id FROM favourite) THEN 0 "
           f"WHEN s.crisis THEN 1 WHEN {_OPEN} THEN 2 ELSE 3 END, s.rowid LIMIT :limit")
    found = store.conn.execute(sql, params).fetchall()
    rowids = _with_pairs(store, found, limit)
    return _results(store, rowids, now=now)


def _with_pairs(store: Store, found: list[tuple[int, str]], limit: int) -> list[int]:
    """The rows in order, each pair_group whole where its first member stands."""
    groups = sorted({group for _, group in found if group})
    members: dict[str, list[int]] = {}
    if groups:
        for rowid, group in store.conn.execute(
                "SELECT rowid, pair_group FROM service WHERE listed = 1 AND pair_group IN "
                "(SELECT value FROM json_each(?)) ORDER BY rowid", [json.dumps(groups)]):
            members.setdefault(group, []).append(rowid)
    ordered: list[int] = []
    placed: set[int] = set()
    for rowid, group in found:
        if rowid in placed:
            continue
        if len(ordered) >= limit:
            break
        for member in members.get(group, [rowid]) if group else [rowid]:
            if member not in placed:
                placed.add(member)
                ordered.append(member)
    return ordered


def _results(store: Store, rowids: list[int], *, now: datetime) -> list[Result]:
    if not rowids:
        return []
    records = dict(store.conn.execute(
        "SELECT rowid, record FROM service WHERE rowid IN (SELECT value FROM json_each(?))",
        [json.dumps(rowids)]))
    liked = {r[0] for r in store.conn.execute(
        "SELECT service_id FROM favourite WHERE service_id IN "
        "(SELECT s.id FROM service s WHERE s.rowid IN (SELECT value FROM json_each(?)))",
        [json.dumps(rowids)])}
    results = []
    for rowid in rowids:
        service = service_from(records[rowid])
        results.append(Result(
            service=service, organization=_organization(store, service.organization_id),
            open_now=hours_.service_open_now(service, now),
            favourite=service.id in liked,
            freshness=hours_.freshness(checked_on(service),
                                       now.astimezone(zone(service.tz)).date()),
            pair_group=service.pair_group))
    return results


def checked_on(service: Service) -> date | None:
    """When the entry was last checked: the service's date, else its newest contact's."""
    if service.assured_date is not None:
        return service.assured_date
    dates = [c.assured_date for c in service.contacts if c.assured_date is not None]
    return max(dates) if dates else None


def _organization(store: Store, organization_id: str) -> Organization:
    cache = store.fresh_cache().setdefault("organizations", {})
    if organization_id not in cache:
        row = store.conn.execute("SELECT record FROM organization WHERE id = ?",
                                 [organization_id]).fetchone()
        # The package's rules make every service's organization exist; an orphan still
        # shows, under a blank organization, rather than hide a crisis line.
        cache[organization_id] = (organization_from(row[0]) if row is not None
                                  else Organization(id=organization_id, name=""))
    return cache[organization_id]


def crisis_lines(store: Store, country: str) -> list[Service]:
    """The active crisis lines of `country` (its own, not the everywhere ones), pairs
    together, in the directory's order."""
    found = store.conn.execute(
        "SELECT s.rowid, s.pair_group FROM service s WHERE s.status = 'active' AND "
        "s.crisis AND s.rowid IN (SELECT service FROM service_country WHERE country = ?) "
        "ORDER BY s.rowid", [country.upper()]).fetchall()
    rowids = _with_pairs(store, found, len(found))
    records = dict(store.conn.execute(
        "SELECT rowid, record FROM service WHERE status = 'active' AND rowid IN "
        "(SELECT value FROM json_each(?))", [json.dumps(rowids)]))
    return [service_from(records[r]) for r in rowids if r in records]


__all__ = ["CRISIS", "Query", "Result", "crisis_lines", "normalise", "search"]
