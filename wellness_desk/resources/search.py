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

Order: the person's favourites (of the country asked for), then crisis lines (those open
now before those closed), then what is open now (24/7 first, then what its hours open now),
then the rest; the directory's own order within each. A temporarily closed service is
found, but is never open now nor a first crisis line: it is in the rest. Paired services
(one `pair_group`) come together, the one found first and its partners beside it, or not
at all: the limit never splits a pair.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from . import hours as hours_
from .model import Hours, Organization, Service
from .store import CRISIS, EVERYWHERE, Store, organization_from, service_from

# Kana voicing marks are combining marks too, but dropping them turns が into か.
_KEEP_MARKS = frozenset("\u3099\u309a")
# Scripts written without spaces between words: indexed a character at a time.
_UNSPACED = re.compile(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
                       r"\uac00-\ud7af\uff66-\uff9f])")
_NOT_DIGITS = re.compile(r"[^0-9]+")
_NUMBER = re.compile(r"[\d\s+\-().]+")
# Letters and digits: the characters FTS5's unicode61 makes words of (its "L* N*"),
# so both indexes and a query split text alike.
_WORD = re.compile(r"[^\W_]+")
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


@cache
def _marks() -> re.Pattern[str]:
    """Every combining mark (category Mn) but kana's, as one character class: a regex
    scans text in C, several times faster than str.translate's lookups per character."""
    # The marks live in planes 0 and 1, and in plane 14's variation selectors.
    points = [n for n in (*range(0x20000), *range(0xE0100, 0xE01F0))
              if unicodedata.category(chr(n)) == "Mn" and chr(n) not in _KEEP_MARKS]
    ranges: list[list[int]] = []
    for n in points:
        if ranges and ranges[-1][1] == n - 1:
            ranges[-1][1] = n
        else:
            ranges.append([n, n])
    return re.compile("[" + "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges) + "]+")


def normalise(text: str) -> str:
    """Text as the indexes hold it: compatibility-decomposed, marks dropped, casefolded."""
    if text.isascii():
        return text.lower()  # the same as below for ASCII, and 50,000 services are mostly
    decomposed = _marks().sub("", unicodedata.normalize("NFKD", text))
    return unicodedata.normalize("NFC", decomposed.casefold())


def _digits(text: str) -> str:
    if text.isascii():
        return _NOT_DIGITS.sub("", text)
    # Any script's digits as ASCII ones: "١١٦١٢٣" is 116123 too.
    return "".join(str(unicodedata.decimal(c)) for c in text if c.isdecimal())


def normal_words(text: str, known: dict[str, tuple[str, ...]] | None = None) -> list[str]:
    """The words of `text` once normalised, each as _WORD splits it, in order.

    `known`: the words already normalised (a directory repeats the same words thousands
    of times: normalising each once is what keeps an install of 50,000 services short).
    """
    if text.isascii():
        return _WORD.findall(text.lower())
    known = {} if known is None else known
    found: list[str] = []
    # Each word once (dict.fromkeys keeps the order): a text repeats its names.
    for raw in dict.fromkeys(_WORD.findall(unicodedata.normalize("NFC", text))):
        words = known.get(raw)
        if words is None:
            words = known[raw] = tuple(_WORD.findall(normalise(raw)))
        found.extend(words)
    return found


def index_texts(service: Service, organization: Organization | None,
                known: dict[str, tuple[str, ...]] | None = None) -> tuple[str, str]:
    """What the two indexes hold for one service: (trigram text, word text).

    `known`: see `normal_words`.
    """
    parts = [service.name, *service.names.values(), service.description,
             *service.descriptions.values()]
    if organization is not None:
        parts += [organization.name, *organization.names.values()]
    parts += [kind.replace("-", " ") for kind in service.kinds]
    numbers = []
    for contact in service.contacts:
        parts += [contact.description, *contact.descriptions.values()]
        numbers += [contact.number, _digits(contact.number)]
    # Each word once: a query's words are matched one by one, each inside one word of the
    # text (both split by _WORD), so the rest of the text is of no use to either index.
    text = " ".join(dict.fromkeys(normal_words("\n".join(parts + numbers), known)))
    countries = " ".join(sorted({normalise(a.country) for a in service.areas}))
    spaced = " ".join(_UNSPACED.sub(r" \1 ", text).split()) if _UNSPACED.search(text) else text
    words = spaced + " " + countries
    return text, words


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _match(text: str) -> tuple[str, str]:
    """The MATCH expressions for the trigram and word indexes ("" where not needed)."""
    norm = normalise(text).strip()
    if not norm:
        return "", ""
    number = _digits(norm) if _NUMBER.fullmatch(norm) else ""
    # Split as the index was (normal_words), so a text always finds itself.
    return _expressions([number] if number else list(dict.fromkeys(normal_words(text))))


def _as_text(text: str) -> tuple[str, str] | None:
    """For a query that reads as a number, its MATCH expressions as words too, when they
    differ: "0.0" or "24 7" may be part of a name, not a number's digits."""
    norm = normalise(text).strip()
    if not norm or not _NUMBER.fullmatch(norm):
        return None
    words = _expressions(list(dict.fromkeys(normal_words(text))))
    return words if words != _match(text) and any(words) else None


def _expressions(terms: list[str]) -> tuple[str, str]:
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


def _timetables(store: Store) -> tuple[list[tuple[int, str, tuple[Hours, ...]]],
                                       list[tuple[int, list[int]]]]:
    cache = store.fresh_cache()
    if "timetables" not in cache:
        schedules = [
            (n, tz, tuple(Hours(*w) for w in json.loads(text)))
            for n, tz, text in store.conn.execute("SELECT rowid, tz, hours FROM schedule")]
        timetables = [(n, json.loads(text)) for n, text in store.conn.execute(
            "SELECT rowid, schedules FROM timetable")]
        cache["timetables"] = schedules, timetables
    return cache["timetables"]


def open_timetables(store: Store, now: datetime) -> list[int]:
    """The timetables with a schedule open at `now` (hours.py decides), the same for a
    whole minute: hours are whole minutes of wall time, and every zone in use is a whole
    number of minutes from UTC."""
    cache = store.fresh_cache()
    minute = int(now.timestamp()) // 60
    if cache.get("open_minute") != minute:
        schedules, timetables = _timetables(store)
        open_now = {n for n, tz, hours in schedules if hours_.hours_open(hours, tz, now)}
        cache["open"] = json.dumps([n for n, numbers in timetables
                                    if not open_now.isdisjoint(numbers)])
        cache["open_minute"] = minute
    return cache["open"]


# A temporarily closed service is open at no hour, whatever its hours say.
_OPEN = ("(s.status = 'active' AND (s.always_open OR "
         "s.timetable IN (SELECT value FROM json_each(:open))))")


def search(store: Store, query: Query, *, now: datetime, language: str = "en",
           limit: int = 50) -> list[Result]:
    """The services that match `query`, in the order a person should see them.

    `language` is the one the caller shows names in; what is found is the same in every
    language (a name or description in any language finds its service).
    """
    trigram, words = _match(query.text)
    params: dict[str, object] = {"open": open_timetables(store, now)}
    # The text index, when there is one, drives the query, its rows in rowid order.
    driver, rowid = "service s", "s.rowid"
    matched = []
    # A favourite is checked against the text one by one (there are a few; each look-up
    # costs what reading a few hundred rows does).
    liked = []
    as_text = _as_text(query.text)
    if as_text is not None:
        # A number's digits or the same characters as words of a name: either finds.
        either = " OR ".join(f"({_found_by(tri, word, key, params)})" for key, (tri, word)
                             in (("n", (trigram, words)), ("t", as_text)) if tri or word)
        matched.append(f"({either})")
        liked.append(f"({either})")
        trigram = words = ""
    if trigram:
        driver, rowid = "text_index t JOIN service s ON s.rowid = t.rowid", "t.rowid"
        matched.append("text_index MATCH :tri")
        liked.append("EXISTS (SELECT 1 FROM text_index WHERE text_index MATCH :tri "
                     "AND rowid = s.rowid)")
        params["tri"] = trigram
    if words:
        if trigram:
            matched.append("s.rowid IN (SELECT rowid FROM word_index "
                           "WHERE word_index MATCH :word)")
        else:
            driver, rowid = "word_index w JOIN service s ON s.rowid = w.rowid", "w.rowid"
            matched.append("word_index MATCH :word")
        liked.append("EXISTS (SELECT 1 FROM word_index WHERE word_index MATCH :word "
                     "AND rowid = s.rowid)")
        params["word"] = words
    filters = ["s.listed = 1"]
    if query.country:
        filters.append("s.rowid IN (SELECT service FROM service_country "
                       "WHERE country IN (:country, :everywhere))")
        params["country"] = query.country.upper()
        params["everywhere"] = EVERYWHERE
    if query.language:
        filters.append("s.rowid IN (SELECT service FROM service_language "
                       "WHERE language = :language)")
        params["language"] = query.language.lower()
    if query.kind:
        filters.append("s.rowid IN (SELECT service FROM service_kind WHERE kind = :kind)")
        params["kind"] = query.kind
    if query.open_now:
        filters.append(_OPEN)
    conn = store.conn
    # First the favourites found (of the country asked for: the filters hold it).
    favourites: list[tuple[int, str]] = []
    if _has_favourites(store):
        favourites = conn.execute(
            "SELECT s.rowid, s.pair_group FROM favourite f JOIN service s ON "
            f"s.id = f.service_id WHERE {' AND '.join([*filters, *liked])} "
            "ORDER BY s.rowid", params).fetchall()
    skip = {r for r, _ in favourites}
    # Then one pass in rowid order, which is the order of the tiers (store.py): crisis
    # lines, the other 24/7 services, then the rest, open now or not. So it stops as soon
    # as it has `limit` crisis lines and open ones; the closed ones met on the way are
    # the rest, in order.
    first: list[tuple[int, tuple[int, str]]] = []
    rest: list[tuple[int, str]] = []
    reachable = 0
    wanted = limit - len(favourites)
    cursor = conn.execute(
        f"SELECT s.rowid, s.pair_group, s.crisis AND s.status = 'active', {_OPEN} "
        f"FROM {driver} "
        f"WHERE {' AND '.join([*matched, *filters])} ORDER BY {rowid}", params)
    try:
        for number, group, crisis, open_now in cursor:
            if number in skip:
                continue
            if crisis or open_now:
                # A crisis line that answers now before one that is closed: at 2 am the
                # first number on the list must be one that picks up.
                # Closed crisis lines do not end the pass, so an open one further on is
                # never cut off by them.
                tier = 0 if crisis and open_now else 1 if crisis else 2
                if tier != 1:
                    reachable += 1
                elif len(first) - reachable >= wanted:
                    continue
                first.append((tier, (number, group)))
                if reachable >= wanted:
                    break
            elif len(rest) < wanted:
                rest.append((number, group))
    finally:
        cursor.close()
    first.sort(key=lambda entry: entry[0])  # stable: the directory's order within a tier
    rowids = _with_pairs(store, favourites + [row for _, row in first] + rest, limit)
    return _results(store, rowids, now=now)


def _found_by(trigram: str, words: str, key: str, params: dict[str, object]) -> str:
    """The services the two MATCH expressions find, as one condition on s.rowid."""
    parts = []
    if trigram:
        parts.append(f"s.rowid IN (SELECT rowid FROM text_index WHERE text_index MATCH "
                     f":tri_{key})")
        params[f"tri_{key}"] = trigram
    if words:
        parts.append(f"s.rowid IN (SELECT rowid FROM word_index WHERE word_index MATCH "
                     f":word_{key})")
        params[f"word_{key}"] = words
    return " AND ".join(parts)


def _has_favourites(store: Store) -> bool:
    cache = store.fresh_cache()
    if "has_favourites" not in cache:
        cache["has_favourites"] = store.conn.execute(
            "SELECT EXISTS (SELECT 1 FROM favourite)").fetchone()[0] == 1
    return cache["has_favourites"]


def _with_pairs(store: Store, found: list[tuple[int, str]], limit: int) -> list[int]:
    """The rows in order, each pair_group whole where its first member found stands."""
    groups = sorted({group for _, group in found if group})
    members: dict[str, list[int]] = {}
    if groups:
        for rowid, group in store.conn.execute(
                "SELECT rowid, pair_group FROM service WHERE listed = 1 AND pair_group != '' "
                "AND pair_group IN (SELECT value FROM json_each(?)) ORDER BY rowid",
                [json.dumps(groups)]):
            members.setdefault(group, []).append(rowid)
    ordered: list[int] = []
    placed: set[int] = set()
    for rowid, group in found:
        if rowid in placed:
            continue
        if len(ordered) >= limit:
            break
        # The member found first, then its partners in the directory's order.
        for member in [rowid, *members.get(group, [])] if group else [rowid]:
            if member not in placed:
                placed.add(member)
                ordered.append(member)
    return ordered


def _results(store: Store, rowids: list[int], *, now: datetime) -> list[Result]:
    if not rowids:
        return []
    wanted = json.dumps(rowids)
    records = dict(store.conn.execute(
        "SELECT rowid, record FROM service_record "
        "WHERE rowid IN (SELECT value FROM json_each(?))", [wanted]))
    liked = {r[0] for r in store.conn.execute(
        "SELECT service_id FROM favourite WHERE service_id IN "
        "(SELECT s.id FROM service s WHERE s.rowid IN (SELECT value FROM json_each(?)))",
        [wanted])}
    services = [service_from(records[rowid]) for rowid in rowids]
    organizations = _organizations(store, {s.organization_id for s in services})
    return [Result(
        service=service,
        # The package's rules make every service's organization exist; an orphan still
        # shows, under a blank organization, rather than hide a crisis line.
        organization=organizations.get(service.organization_id)
        or Organization(id=service.organization_id, name=""),
        open_now=service_open_now(service, now),
        favourite=service.id in liked,
        freshness=hours_.freshness(checked_on(service),
                                   now.astimezone(hours_.zone(service.tz)).date()),
        pair_group=service.pair_group) for service in services]


def service_open_now(service: Service, now: datetime) -> bool | None:
    """hours.service_open_now, but a temporarily closed service is closed."""
    if service.status != "active":
        return False
    return hours_.service_open_now(service, now)


def checked_on(service: Service) -> date | None:
    """When the entry was last checked: the service's date, else its newest contact's."""
    if service.assured_date is not None:
        return service.assured_date
    dates = [c.assured_date for c in service.contacts if c.assured_date is not None]
    return max(dates) if dates else None


def _organizations(store: Store, ids: set[str]) -> dict[str, Organization]:
    cache: dict[str, Organization] = store.fresh_cache().setdefault("organizations", {})
    missing = sorted(ids - cache.keys())
    if missing:
        for organization_id, record in store.conn.execute(
                "SELECT id, record FROM organization "
                "WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(missing)]):
            cache[organization_id] = organization_from(record)
    return {i: cache[i] for i in ids if i in cache}


def crisis_lines(store: Store, country: str) -> list[Service]:
    """The active crisis lines of `country` (its own, not the everywhere ones), pairs
    together, in the directory's order."""
    found = store.conn.execute(
        "SELECT s.rowid, s.pair_group FROM service s WHERE s.status = 'active' AND "
        "s.crisis AND s.rowid IN (SELECT service FROM service_country WHERE country = ?) "
        "ORDER BY s.rowid", [country.upper()]).fetchall()
    rowids = _with_pairs(store, found, len(found))
    records = dict(store.conn.execute(
        "SELECT s.rowid, r.record FROM service s JOIN service_record r ON r.rowid = s.rowid "
        "WHERE s.status = 'active' AND s.rowid IN "
        "(SELECT value FROM json_each(?))", [json.dumps(rowids)]))
    return [service_from(records[r]) for r in rowids if r in records]


__all__ = ["CRISIS", "Query", "Result", "crisis_lines", "normalise", "search"]
