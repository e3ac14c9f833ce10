"""What people print from the resource directory: the tour sheet and the country card.

Both are planned from plain model objects (`resources.model.Service` lists keyed by
country), so they print from whatever holds the directory: the laptop's store, or a
package just read. A plan is pure and refuses, before anything is drawn, what must not
reach paper: a number without a source or a check date, a check older than 12 months
(unless asked, and then marked on the page), a number that looks like a placeholder, a
character no shipped font has, a card whose lines do not fit. Drawing is pure too (it runs
in the drawing process); saving writes the file whole.

Printed numbers are only the directory's: a stop whose country has no verified line says
so in words, never with a made-up number.
"""

from __future__ import annotations

import io
import math
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from . import cards, settings
from .activations import Activation, Location
from .clock import zone
from .errors import WellnessError
from .messages import joined, msg
from .print.files import save_bytes
from .print.fonts import FONT, FONT_BOLD, draw_text, glyph_problems, text_width, wrap
from .print.page import (
    ACCENT,
    GREY,
    HELP_FOOTER_MM,
    INK,
    MM,
    RED,
    RULE,
    check_paper,
    draw_help_footer,
    finish,
    new_canvas,
    paper_points,
    shrink_to_fit,
)
from .print.qr import draw_qr, qr_plan
from .resource_labels import (
    LABELS,
    country_name,
    label,
    language_names,
    long_date,
    short_date,
)
from .resources.hours import freshness, localised
from .resources.model import LANGUAGES, Contact, Service
from .resources.printable import line_problem

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas
    from sqlite_utils import Database

    from .resources.store import Store

CRISIS = "crisis-line"
# Besides its crisis lines, a stop lists this many of its country's other services: a day
# sheet has room for a few, and the QR code leads to the rest.
KEY_SERVICES = 3
MAX_CARD_COPIES = 1_000
TOUR_SHEET_TAG = "tour-sheet"

# A directory as the print functions take it: each country's services, in the order the
# directory gives them (paired lines together).
ByCountry = Mapping[str, Sequence[Service]]
_EXTRA_KIND_WORDS = {"voice": ("phone", "teléfono", "téléphone", "telefon", "telefone",
                               "llamada", "appel", "anruf", "ligação", "ligue"),
                     "text": ("text", "sms", "texto", "mensaje de texto", "textnachricht",
                              "mensagem de texto"),
                     "textphone": ("tty", "textphone"), "video": ("video", "vidéo")}


class ResourcePrintRefused(WellnessError):
    """A tour sheet or country card that must not print: every reason, one per line."""

    def __init__(self, problems: list[str], *, field: str | None = None) -> None:
        self.problems = problems
        super().__init__(joined([msg("refused to print:"),
                                  *(msg("- {problem}", problem=p) for p in problems)]),
                         field=field)


def by_country(services: Iterable[Service]) -> dict[str, list[Service]]:
    """Services keyed by every country they serve (a package read whole, for instance)."""
    out: dict[str, list[Service]] = {}
    for service in services:
        for country in dict.fromkeys(a.country.upper() for a in service.areas):
            out.setdefault(country, []).append(service)
    return out


# -- what a line prints as ----------------------------------------------------------------


@dataclass(frozen=True)
class PrintedLine:
    """One contact of a service, as it prints (names and hours already in the language)."""

    service: str
    note: str  # the contact's own description ("Under 25s"), localised
    number: str
    kinds: tuple[str, ...]  # PHONE_TYPES: one number can take calls and texts
    hours: str
    languages: tuple[str, ...]
    checked: date
    stale: bool
    about: str = ""  # the service's description, localised (key services on the sheet)


def is_stale(checked: date, today: date) -> bool:
    """Checked more than 12 months before `today` (the directory's "stale")."""
    return freshness(checked, today) == "stale"


def _days(days: list[int], language: str) -> str:
    from .resource_labels import SHORT_WEEKDAYS

    names = SHORT_WEEKDAYS[language]
    if len(days) == 7:
        return label(language, "daily")
    runs: list[list[int]] = []
    for d in sorted(days):
        if runs and d == runs[-1][-1] + 1:
            runs[-1].append(d)
        else:
            runs.append([d])
    return ", ".join(names[r[0]] if len(r) == 1 else
                     f"{names[r[0]]}{'–' if len(r) > 2 else ', '}{names[r[-1]]}" for r in runs)


def hours_text(contact: Contact, language: str, *, tz: str = "", local_tz: str = "") -> str:
    """Hours at a glance: "24/7", "Mon–Fri 09:00–17:00; Sat 10:00–14:00", or that none are
    listed; with the zone `tz` they are in when it is not `local_tz` (the stop's; "" on a
    card, which travels: the zone is always said)."""
    if contact.always_open:
        return label(language, "always")
    if not contact.hours:
        return label(language, "no_hours")
    windows: dict[tuple[str, str], list[int]] = {}
    for h in sorted(contact.hours, key=lambda h: (h.weekday, h.opens)):
        windows.setdefault((h.opens, h.closes), []).append(h.weekday)
    text = "; ".join(f"{_days(days, language)} {opens}–{closes}" for (opens, closes), days
                     in sorted(windows.items(), key=lambda kv: (kv[1][0], kv[0])))
    if tz and tz != local_tz:
        text += f" ({label(language, 'zone_time', zone=tz)})"
    return text


def _localised(names: dict[str, str], english: str, language: str) -> str:
    return localised(names, english, language).strip()


def _lines(services: Sequence[Service], country: str, language: str, today: date, *,
           include_stale: bool, local_tz: str, problems: list[str],
           with_about: bool = False) -> list[PrintedLine]:
    """Every contact of the active services, or a problem for each one that must not
    print (its number unverified, stale and not asked for, or a placeholder)."""
    out: list[PrintedLine] = []
    for service in services:
        if service.status != "active":
            continue  # a closed line is not a line to call
        name = _localised(service.names, service.name, language)
        for contact in service.contacts:
            problem = line_problem(service, contact, today=today, include_stale=include_stale)
            if problem is not None:
                problems.append(msg("{country} · {service} · {number}: {problem}",
                                    country=country, service=service.name, number=contact.number,
                                    problem=problem))
                continue
            checked = contact.assured_date or service.assured_date
            assert checked is not None  # line_problem refuses a line with no check date
            number = settings.check_help_line_number(contact.number)
            stale = is_stale(checked, today)
            note = _localised(contact.descriptions, contact.description, language)
            if note.casefold() in _KIND_WORDS.get(contact.type, ()):
                note = ""  # "Call" beside CALL says nothing more
            out.append(PrintedLine(
                service=name, note=note,
                number=number, kinds=(contact.type,),
                hours=hours_text(contact, language, tz=service.tz, local_tz=local_tz),
                languages=contact.languages or service.languages, checked=checked,
                stale=stale,
                about=" ".join(_localised(service.descriptions, service.description,
                                          language).split()) if with_about else ""))
    return _merged(out)


# A contact's description that only names its kind, in any of the languages.
_KIND_WORDS: dict[str, frozenset[str]] = {
    kind: frozenset(w.casefold() for lang in LABELS
                    for w in (LABELS[lang][kind], *_EXTRA_KIND_WORDS.get(kind, ())))
    for kind in ("voice", "text", "textphone", "video")}


def _merged(lines: list[PrintedLine]) -> list[PrintedLine]:
    """One row for one number of a service that takes calls and texts alike (988 in the
    US): its kinds together, its oldest check."""
    out: list[PrintedLine] = []
    for line in lines:
        same = next((i for i, o in enumerate(out)
                     if (o.service, o.note, o.number, o.hours, o.languages)
                     == (line.service, line.note, line.number, line.hours, line.languages)),
                    None)
        if same is None:
            out.append(line)
            continue
        o = out[same]
        out[same] = replace(o, kinds=o.kinds + tuple(k for k in line.kinds if k not in o.kinds),
                            checked=min(o.checked, line.checked), stale=o.stale or line.stale)
    return out


def kinds_text(line: PrintedLine, language: str) -> str:
    return " · ".join(label(language, k) for k in line.kinds)


def split_crisis(services: Sequence[Service]) -> tuple[list[Service], list[Service]]:
    """(crisis lines, the rest), in the directory's order. A service paired with a crisis
    line (a youth line beside the adult one) goes with it: pairs print together or not at
    all."""
    groups = {s.pair_group for s in services if CRISIS in s.kinds and s.pair_group}
    crisis: list[Service] = []
    rest: list[Service] = []
    for service in dict((s.id, s) for s in services).values():
        is_crisis = CRISIS in service.kinds or (service.pair_group and service.pair_group in
                                                 groups)
        (crisis if is_crisis else rest).append(service)
    return crisis, rest


def _first_services(services: list[Service]) -> list[Service]:
    """The first KEY_SERVICES services, and the rest of any pair one of them is in."""
    chosen = services[:KEY_SERVICES]
    groups = {s.pair_group for s in chosen if s.pair_group}
    return chosen + [s for s in services[KEY_SERVICES:] if s.pair_group in groups]


def _line_fields(line: PrintedLine, where: str) -> list[tuple[str, str]]:
    return [(f"{where}, service name", line.service), (f"{where}, note", line.note),
            (f"{where}, description", line.about),
            (f"{where}, hours", line.hours), (f"{where}, languages",
                                                 language_names(line.languages))]


def _refuse_if(problems: list[str]) -> None:
    if problems:
        stale_only = all("more than" in p and "months ago" in p for p in problems)
        raise ResourcePrintRefused(problems, field="include_stale" if stale_only else None)


def _help(help_line: settings.HelpLine, texts: cards.CardTexts, language: str
          ) -> tuple[str, str]:
    """The industry help line as it prints: (name, number), or ("", "") when none is set."""
    number = settings.check_help_line_number(help_line.number)
    if not number:
        return "", ""
    return help_line.name or texts.help_name or label(language, "help_line"), number


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise WellnessError(msg("language: {language} is not one of {languages}",
                                language=repr(language), languages=", ".join(LANGUAGES)),
                            field="language")


# -- the tour sheet -------------------------------------------------------------------------


@dataclass(frozen=True)
class StopBlock:
    day: date | None
    city: str
    country: str  # ISO code; "" when the stop has none
    lines: tuple[PrintedLine, ...]  # its country's crisis lines; none: said in words
    services: tuple[PrintedLine, ...]  # a few key services


@dataclass(frozen=True)
class TourSheetPlan:
    """Everything `draw_tour_sheet` needs, planned and checked."""

    tour: str
    start: date
    end: date
    language: str
    stops: tuple[StopBlock, ...]
    help_name: str
    help_number: str
    url: str
    headline: str
    paper: str
    printed: datetime
    tz: str


def plan_tour_sheet(tour: Activation, stops: Sequence[Location], directory: ByCountry, *,
                    now: datetime, language: str = "en",
                    help_line: settings.HelpLine | None = None,
                    hub_url: str = settings.DEFAULT_HUB_URL, include_stale: bool = False,
                    paper: str = "a4", texts: cards.CardTexts | None = None) -> TourSheetPlan:
    """Plan the tour sheet (pure): each stop's date and city with its country's crisis
    lines and key services, in `language`. Raises ResourcePrintRefused with every line
    that must not print."""
    _check_language(language)
    check_paper(paper)
    if tour.kind != "tour":
        raise WellnessError(msg("{tour} is a festival: a tour sheet is for a tour", tour=tour.name),
                            field="activation")
    tour_stops = sorted((s for s in stops if s.kind == "tour_stop"),
                        key=lambda s: (s.stop_date or tour.start_date, s.id))
    if not tour_stops:
        raise WellnessError(msg("{tour} has no tour stops yet: add them in Activations",
                                tour=tour.name),
                            field="activation")
    texts = texts or cards.load_texts(language)
    try:
        help_name, help_number = _help(help_line or settings.HelpLine(), texts, language)
    except WellnessError as e:
        raise WellnessError(msg("{reason} (File → Settings → Help line)",
                                reason=e), field="help_line") from e
    problems: list[str] = []
    blocks: list[StopBlock] = []
    for stop in tour_stops:
        country = (stop.country or "").strip().upper()
        today = now.astimezone(zone(stop.tz)).date()
        crisis, others = split_crisis(list(directory.get(country, ())) if country else [])
        others = [s for s in others if s.status == "active" and s.contacts]
        blocks.append(StopBlock(
            stop.stop_date, stop.city or stop.name, country,
            tuple(_lines(crisis, country, language, today, include_stale=include_stale,
                         local_tz=stop.tz, problems=problems)),
            tuple(_lines(_first_services(others), country, language, today,
                         include_stale=include_stale, local_tz=stop.tz, problems=problems,
                         with_about=True))))
    url = cards.job_url(hub_url, TOUR_SHEET_TAG)
    fields = [("tour name", tour.name), ("help line name", help_name), ("hub address", url),
              (f"card texts ({language}), headline", texts.headline)]
    for block in blocks:
        where = f"stop {block.city}"
        fields.append((f"{where}, city", block.city))
        for i, line in enumerate(block.lines + block.services, start=1):
            fields += _line_fields(line, f"{where}, line {i}")
    problems += glyph_problems(fields)
    for block in blocks:
        for line in block.lines:
            if text_width(line.number, FONT_BOLD, _NUMBER_MIN) > _NUMBER_COL_MM * MM:
                problems.append(msg("{country} · {service} · {number}: too long "
                                    "to print large ({width} mm)",
                                    country=block.country, service=line.service,
                                    number=line.number, width=_NUMBER_COL_MM))
    _refuse_if(problems)
    return TourSheetPlan(tour.name, tour.start_date, tour.end_date, language, tuple(blocks),
                         help_name, help_number, url, texts.headline, paper, now, tour.tz)


_NUMBER_COL_MM = 66
_NUMBER_SIZE, _NUMBER_MIN = 22.0, 14.0
_GAP_AFTER_STOP_MM = 5


@dataclass
class _Row:
    height: float
    paint: Callable[[Canvas, float], None]  # draws the row from its top y down
    keep_with_next: bool = False
    stop: StopBlock | None = None
    header: bool = False
    gap: bool = False
    section: str = ""  # a line's section label, said again when it starts a page


def _stop_header(block: StopBlock, language: str, width: float, margin: float,
                 continued: bool = False) -> _Row:
    day = long_date(block.day, language) if block.day else ""
    place = block.city + (f", {country_name(block.country, language)}" if block.country
                          else "")
    more = f"  {label(language, 'continued')}" if continued else ""

    def paint(c: Canvas, top: float) -> None:
        c.setFillColorRGB(*ACCENT)
        draw_text(c, margin, top - 5 * MM, day + more, FONT_BOLD, 11.5)
        c.setFillColorRGB(*INK)
        draw_text(c, margin, top - 12.5 * MM, place, FONT_BOLD,
                  shrink_to_fit(place, FONT_BOLD, 18, width - 2 * margin, 11))
        c.setStrokeColorRGB(*INK)
        c.setLineWidth(0.8)
        c.line(margin, top - 15 * MM, width - margin, top - 15 * MM)

    return _Row(17 * MM, paint, keep_with_next=True, stop=block, header=True)


def _section(text: str, margin: float, block: StopBlock | None) -> _Row:
    def paint(c: Canvas, top: float) -> None:
        c.setFillColorRGB(*GREY)
        draw_text(c, margin, top - 3.6 * MM, text, FONT_BOLD, 8)

    return _Row(5.5 * MM, paint, keep_with_next=True, stop=block)


def _line_row(line: PrintedLine, language: str, width: float, margin: float,
              block: StopBlock, *, large: bool, section: str) -> _Row:
    number_size = _NUMBER_SIZE if large else 14.0
    name_size, meta_size, checked_size = (11.0, 9.5, 7.5) if large else (9.5, 8.5, 7.0)
    col = (_NUMBER_COL_MM if large else 52) * MM
    text_x = margin + col + 3 * MM
    text_w = width - margin - text_x
    name = wrap(line.service + (f" · {line.note}" if line.note else ""), FONT_BOLD,
                name_size, text_w)
    meta_text = " · ".join(filter(None, [line.hours, language_names(line.languages)]))
    meta = wrap(meta_text, FONT, meta_size, text_w)
    # A key service says in two lines what it is (a crisis line's name says it already).
    about = [] if large else wrap(line.about, FONT, 8, text_w)
    if len(about) > 2:
        about = [about[0], _cut(about[1] + " " + " ".join(about[2:]), 8, text_w)]
    number = shrink_to_fit(line.number, FONT_BOLD, number_size, col, _NUMBER_MIN if large
                           else 10)
    checked = (label(language, "stale", date=line.checked.isoformat()) if line.stale
               else label(language, "checked", date=line.checked.isoformat()))
    right_h = (len(name) * name_size * 1.25 + len(meta) * meta_size * 1.25
               + len(about) * 8 * 1.25 + checked_size * 1.5)
    left_h = number * 1.05 + 11 + (4 if large else 0)
    height = max(right_h, left_h) + (4 if large else 3) * MM

    def paint(c: Canvas, top: float) -> None:
        c.setFillColorRGB(*INK)
        draw_text(c, margin, top - number, line.number, FONT_BOLD, number)
        c.setFillColorRGB(*ACCENT)
        draw_text(c, margin, top - number - (13 if large else 10), kinds_text(line, language),
                  FONT_BOLD, 9 if large else 7.5)
        y = top - name_size
        c.setFillColorRGB(*INK)
        for text in name:
            draw_text(c, text_x, y, text, FONT_BOLD, name_size)
            y -= name_size * 1.25
        for text in meta:
            draw_text(c, text_x, y, text, FONT, meta_size)
            y -= meta_size * 1.25
        c.setFillColorRGB(*GREY)
        for text in about:
            draw_text(c, text_x, y, text, FONT, 8)
            y -= 8 * 1.25
        y -= checked_size * 0.2
        if line.stale:
            c.setFillColorRGB(*RED)
            draw_text(c, text_x, y, checked, FONT_BOLD, checked_size)
        else:
            c.setFillColorRGB(*GREY)
            draw_text(c, text_x, y, checked, FONT, checked_size)
        c.setStrokeColorRGB(*RULE)
        c.setLineWidth(0.4)
        c.line(margin, top - height + 1.5 * MM, width - margin, top - height + 1.5 * MM)

    return _Row(height, paint, stop=block, section=section)


def _cut(text: str, size: float, width: float) -> str:
    """One line of `text` that fits `width`, cut at a word with "…" when it is longer."""
    if text_width(text, FONT, size) <= width:
        return text
    words = text.split()
    while words and text_width(" ".join(words) + "…", FONT, size) > width:
        words.pop()
    return " ".join(words).rstrip(",;:·") + "…"


def _none_row(block: StopBlock, language: str, width: float, margin: float) -> _Row:
    said = (label(language, "none", country=country_name(block.country, language))
            if block.country else label(language, "no_country"))
    lines = wrap(said, FONT_BOLD, 12, width - 2 * margin)

    def paint(c: Canvas, top: float) -> None:
        c.setFillColorRGB(*RED)
        y = top - 12
        for text in lines:
            draw_text(c, margin, y, text, FONT_BOLD, 12)
            y -= 15

    return _Row(len(lines) * 15 + 4 * MM, paint, stop=block)


def _gap(block: StopBlock) -> _Row:
    return _Row(_GAP_AFTER_STOP_MM * MM, lambda c, top: None, stop=block, gap=True)


def _rows(plan: TourSheetPlan, width: float, margin: float) -> list[_Row]:
    rows: list[_Row] = []
    lang = plan.language
    for block in plan.stops:
        rows.append(_stop_header(block, lang, width, margin))
        rows.append(_section(label(lang, "crisis_lines"), margin, block))
        if block.lines:
            rows += [_line_row(line, lang, width, margin, block, large=True,
                               section=label(lang, "crisis_lines")) for line in block.lines]
        else:
            rows.append(_none_row(block, lang, width, margin))
        if block.services:
            rows.append(_section(label(lang, "other"), margin, block))
            rows += [_line_row(line, lang, width, margin, block, large=False,
                               section=label(lang, "other")) for line in block.services]
        rows.append(_gap(block))
    return rows


def _paginate(rows: list[_Row], room: float, lang: str, width: float, margin: float
              ) -> list[list[_Row]]:
    """Rows in pages: a stop's heading never ends a page (it moves on with its first line),
    and a stop that goes on to the next page is named again there, "(continued)"."""
    pages: list[list[_Row]] = [[]]
    used = 0.0
    for row in rows:
        if used + row.height > room and pages[-1]:
            if row.gap:
                continue  # a page's end is gap enough
            carried: list[_Row] = []
            while pages[-1] and pages[-1][-1].keep_with_next:
                carried.insert(0, pages[-1].pop())
            if not pages[-1]:  # nothing but headings: they stay, the row moves on
                pages[-1], carried = carried, []
            pages.append([])
            first = carried[0] if carried else row
            if not first.header and first.stop is not None:
                pages[-1].append(_stop_header(first.stop, lang, width, margin,
                                              continued=True))
                if first.section:
                    pages[-1].append(_section(first.section, margin, first.stop))
            pages[-1] += carried
            used = sum(r.height for r in pages[-1])
        pages[-1].append(row)
        used += row.height
    return pages


def _subtitle(plan: TourSheetPlan) -> str:
    lang = plan.language
    count = len(plan.stops)
    stops = label(lang, "stop_one") if count == 1 else label(lang, "stops", n=count)
    return f"{stops} · {short_date(plan.start, lang)} – {short_date(plan.end, lang)}"


def _note_apart(plan: TourSheetPlan, width: float, margin: float) -> bool:
    """Whether the "each number was checked" note needs a line of its own (it does not fit
    beside the dates at a readable size)."""
    room = width - 2 * margin - text_width(_subtitle(plan), FONT, 11.5) - 6 * MM
    return text_width(label(plan.language, "checked_note"), FONT, 8) > room


def _heading_mm(plan: TourSheetPlan, width: float, margin: float) -> float:
    """What `_sheet_heading` takes from the top margin down, in mm."""
    return (8 + 11 + 7 + 4 + (4.5 if _note_apart(plan, width, margin) else 0)
            + (3 + 13 if plan.help_number else 0) + 5)


def _sheet_heading(c: Canvas, plan: TourSheetPlan, width: float, height: float,
                   margin: float, page: str) -> float:
    lang = plan.language
    y = height - margin
    c.setFillColorRGB(*ACCENT)
    c.rect(margin, y - 2.2 * MM, 24 * MM, 2.2 * MM, stroke=0, fill=1)
    y -= 8 * MM
    draw_text(c, margin, y, label(lang, "kicker"), FONT_BOLD, 10)
    c.setFillColorRGB(*GREY)
    draw_text(c, width - margin, y, page, FONT, 9, align="right")
    y -= 11 * MM
    c.setFillColorRGB(*INK)
    draw_text(c, margin, y, plan.tour, FONT_BOLD,
              shrink_to_fit(plan.tour, FONT_BOLD, 24, width - 2 * margin, 12))
    y -= 7 * MM
    c.setFillColorRGB(*GREY)
    draw_text(c, margin, y, _subtitle(plan), FONT, 11.5)
    note = label(lang, "checked_note")
    if _note_apart(plan, width, margin):
        y -= 4.5 * MM
        draw_text(c, margin, y, note, FONT, 8.5)
    else:
        draw_text(c, width - margin, y, note, FONT, 8, align="right")
    y -= 4 * MM
    c.setStrokeColorRGB(*INK)
    c.setLineWidth(1.2)
    c.line(margin, y, width - margin, y)
    if plan.help_number:
        y -= 3 * MM
        box = 13 * MM
        c.setFillColorRGB(0.91, 0.96, 0.95)
        c.rect(margin, y - box, width - 2 * margin, box, stroke=0, fill=1)
        c.setFillColorRGB(*ACCENT)
        number_w = text_width(plan.help_number, FONT_BOLD, 20)
        name_room = width - 2 * margin - number_w - 12 * MM
        draw_text(c, margin + 3 * MM, y - 8.2 * MM, plan.help_name, FONT_BOLD,
                  shrink_to_fit(plan.help_name, FONT_BOLD, 12, name_room, 7))
        c.setFillColorRGB(*INK)
        draw_text(c, width - margin - 3 * MM, y - 9 * MM, plan.help_number, FONT_BOLD, 20,
                  align="right")
        y -= box
    return y - 5 * MM


def draw_tour_sheet(plan: TourSheetPlan) -> tuple[bytes, int]:
    """The planned tour sheet as a PDF, and its number of pages (pure: no database)."""
    out = io.BytesIO()
    c = new_canvas(out, f"{plan.tour} — tour sheet", plan.paper)
    width, height = paper_points(plan.paper)
    margin = 15 * MM
    lang = plan.language
    room = height - margin - _heading_mm(plan, width, margin) * MM - (
        margin + HELP_FOOTER_MM * MM)
    pages = _paginate(_rows(plan, width, margin), room, lang, width, margin)
    local = plan.printed.astimezone(zone(plan.tz))
    printed = label(lang, "printed", date=f"{local:%Y-%m-%d %H:%M}")
    for number, rows in enumerate(pages, start=1):
        page = label(lang, "page", n=number, total=len(pages)) if len(pages) > 1 else ""
        y = _sheet_heading(c, plan, width, height, margin, page)
        for row in rows:
            row.paint(c, y)
            y -= row.height
        draw_help_footer(c, plan.url, headline=plan.headline,
                         lines=(label(lang, "footer_1"), label(lang, "footer_2")),
                         printed=printed + (f" · {page}" if page else ""), width=width,
                         margin=margin)
        c.showPage()
    return finish(c, out), len(pages)


def save_tour_sheet(plan: TourSheetPlan, path: str | os.PathLike[str]) -> int:
    """Draw the planned tour sheet and save it whole (pure: no database). Returns the
    number of pages."""
    pdf, pages = draw_tour_sheet(plan)
    save_bytes(path, pdf)
    return pages


# -- the country card -------------------------------------------------------------------------

_CARD_W, _CARD_H = 85.0, 55.0
_CARD_MARGIN = 3.5
_LINES_W = 55.0
_LINES_TOP, _LINES_BOTTOM = 9.5, 49.0
_QR_X, _QR_Y, _QR_SIDE = 61.5, 3.0, 20.0
_QR_QUIET = 4
_MIN_CARD_SCALE = 0.72
COUNTRY_CARD_TAG = "country-card-{country}"


@dataclass(frozen=True)
class CardFace:
    """One side of the country card, in one of the languages its lines answer in."""

    language: str
    title: str
    lines: tuple[PrintedLine, ...]
    help_name: str
    emergency: str


@dataclass(frozen=True)
class CountryCardPlan:
    country: str
    faces: tuple[CardFace, ...]  # front, and the back when the lines answer in two
    help_number: str
    url: str
    paper: str
    copies: int  # cards drawn: whole sheets
    scale: float  # the lines' print size, shrunk to fit the card
    link: str
    printed: datetime = field(compare=False)


def card_languages(lines: Iterable[PrintedLine]) -> tuple[str, ...]:
    """The languages among the five that the lines answer in, the most answered first (at
    most two: the card's two sides); English when none of them is among the five."""
    counts: dict[str, int] = {}
    for line in lines:
        for code in dict.fromkeys(c.lower() for c in line.languages):
            if code in LANGUAGES:
                counts[code] = counts.get(code, 0) + 1
    ordered = sorted(counts, key=lambda c: (-counts[c], LANGUAGES.index(c)))
    return tuple(ordered[:2]) or ("en",)


def _card_row_height(line: PrintedLine, language: str, scale: float) -> float:
    """Points one line takes on the card at `scale`."""
    name, number, meta, small = 5.8 * scale, 13 * scale, 5.2 * scale, max(3.5, 4.4 * scale)
    w = _LINES_W * MM
    meta_lines = wrap(_card_meta(line, language), FONT, meta, w)
    return (name * 1.25 + number * 1.08 + len(meta_lines) * meta * 1.25 + small * 1.3
            + 2.2 * scale)


def _card_meta(line: PrintedLine, language: str) -> str:
    return " · ".join(filter(None, [kinds_text(line, language), line.hours,
                                    language_names(line.languages)]))


def _card_checked(line: PrintedLine, language: str) -> str:
    return label(language, "stale" if line.stale else "checked", date=line.checked.isoformat())


def plan_country_card(country: str, services: Sequence[Service], *, now: datetime,
                      help_line: settings.HelpLine | None = None,
                      hub_url: str = settings.DEFAULT_HUB_URL, include_stale: bool = False,
                      copies: int = 10, paper: str = "a4",
                      texts: Mapping[str, cards.CardTexts] | None = None,
                      tz: str = "UTC") -> CountryCardPlan:
    """Plan the country card (pure): the crisis lines of one country on a wallet card, one
    side per language they answer in. Raises ResourcePrintRefused, or WellnessError with
    the field that is wrong."""
    code = country.strip().upper()
    if len(code) != 2 or not code.isalpha():
        raise WellnessError(msg("country: {country} is not a two-letter country code (e.g. "
                                "CA)", country=repr(country)), field="country")
    if isinstance(copies, bool) or not isinstance(copies, int) or not (
            1 <= copies <= MAX_CARD_COPIES):
        raise WellnessError(msg("copies: {copies} is not a number from 1 to {max}",
                                copies=repr(copies), max=MAX_CARD_COPIES),
                            field="copies")
    wallet = cards.TEMPLATES["wallet"]
    if paper not in wallet.sheets:
        raise WellnessError(msg("paper: the wallet card prints on {sheets}, "
                                "not {paper}",
                                sheets=", ".join(wallet.sheets), paper=repr(paper)), field="paper")
    today = now.astimezone(zone(tz)).date()
    crisis, _ = split_crisis(services)
    problems: list[str] = []
    english = _lines(crisis, code, "en", today, include_stale=include_stale, local_tz="",
                     problems=problems)
    _refuse_if(problems)
    if not english:
        raise WellnessError(
            msg("country: no verified crisis line for {code} in this directory, so there is no "
                "card to print (the tour sheet tells people to call local emergency services)",
                code=code),
            field="country")
    line = help_line or settings.HelpLine()
    try:
        help_number = settings.check_help_line_number(line.number)
    except WellnessError as e:
        raise WellnessError(msg("{reason} (File → Settings → Help line)",
                                reason=e), field="help_line") from e
    faces: list[CardFace] = []
    for language in card_languages(english):
        lines = _lines(crisis, code, language, today, include_stale=include_stale,
                       local_tz="", problems=[])
        card_texts = (texts or {}).get(language) or cards.load_texts(language)
        faces.append(CardFace(
            language, label(language, "card_title", country=country_name(code, language)),
            tuple(lines),
            (line.name or card_texts.help_name or label(language, "help_line"))
            if help_number else "",
            label(language, "emergency")))
    url = cards.job_url(hub_url, COUNTRY_CARD_TAG.format(country=code.lower()))
    link = cards.short_link(hub_url)
    fields: list[tuple[str, str]] = [("hub address", url)]
    for face in faces:
        where = f"card side {face.language}"
        fields += [(f"{where}, title", face.title), (f"{where}, help line", face.help_name)]
        for i, printed in enumerate(face.lines, start=1):
            fields += _line_fields(printed, f"{where}, line {i}")
    problems += glyph_problems(fields, what="card")
    qr = qr_plan(len(url.encode("utf-8")))
    module = _QR_SIDE / (qr.modules + 2 * _QR_QUIET)
    if module < cards.MIN_MODULE_MM - 1e-9:
        problems.append(msg("QR modules are {module} mm for a {length}-character link: at "
                            "least {minimum} mm prints reliably; use a shorter hub "
                            "address",
                            module=format(module, ".2f"), length=len(url),
                            minimum=cards.MIN_MODULE_MM))
    scale = 1.0
    while True:
        tallest = max(sum(_card_row_height(p, f.language, scale) for p in f.lines)
                      for f in faces)
        numbers_fit = all(text_width(p.number, FONT_BOLD, 13 * scale) <= _LINES_W * MM
                          for f in faces for p in f.lines)
        if tallest <= (_LINES_BOTTOM - _LINES_TOP) * MM and numbers_fit:
            break
        if scale <= _MIN_CARD_SCALE + 1e-9:
            problems.append(msg("country: the {count} crisis lines of {code} do not fit a "
                                "wallet card even in small print: print the tour sheet instead",
                                count=len(english), code=code))
            break
        scale = max(_MIN_CARD_SCALE, round(scale - 0.04, 2))
    _refuse_if(problems)
    per_sheet = wallet.per_sheet(paper)
    return CountryCardPlan(code, tuple(faces), help_number, url, paper,
                           math.ceil(copies / per_sheet) * per_sheet, scale, link, now)


def _card_face(c: Canvas, plan: CountryCardPlan, face: CardFace) -> None:
    """One side of the card, as a form drawn once and placed in every cell."""
    h = _CARD_H
    s = plan.scale

    def y(mm: float) -> float:
        return (h - mm) * MM

    c.setFillColorRGB(*ACCENT)
    c.rect(_CARD_MARGIN * MM, y(2.6), 12 * MM, 0.9 * MM, stroke=0, fill=1)
    draw_text(c, _CARD_MARGIN * MM, y(7.0), face.title, FONT_BOLD,
              shrink_to_fit(face.title, FONT_BOLD, 7.5, (_LINES_W + 1) * MM, 5))
    top = y(_LINES_TOP)
    w = _LINES_W * MM
    x = _CARD_MARGIN * MM
    for line in face.lines:
        name, number, meta, small = 5.8 * s, 13 * s, 5.2 * s, max(3.5, 4.4 * s)
        text = line.service + (f" · {line.note}" if line.note else "")
        yy = top - name
        c.setFillColorRGB(*INK)
        draw_text(c, x, yy, text, FONT_BOLD, shrink_to_fit(text, FONT_BOLD, name, w, 3.5))
        yy -= number * 1.08
        draw_text(c, x, yy, line.number, FONT_BOLD, number)
        yy -= meta * 1.2
        c.setFillColorRGB(*ACCENT)
        for part in wrap(_card_meta(line, face.language), FONT, meta, w):
            draw_text(c, x, yy, part, FONT, meta)
            yy -= meta * 1.25
        checked = _card_checked(line, face.language)
        if line.stale:
            c.setFillColorRGB(*RED)
            draw_text(c, x, yy + meta * 0.25 - small * 0.3, checked, FONT_BOLD, small)
        else:
            c.setFillColorRGB(*GREY)
            draw_text(c, x, yy + meta * 0.25 - small * 0.3, checked, FONT, small)
        top -= _card_row_height(line, face.language, s)
    right = (_QR_X + _QR_SIDE / 2) * MM
    c.setFillColorRGB(*GREY)
    room = (_QR_SIDE + 2) * MM
    # The column is narrow: a long address goes on two lines, cut before its path.
    host, slash, path = plan.link.partition("/")
    parts = [plan.link] if text_width(plan.link, FONT, 4.5) <= room or not slash else [
        host, slash + path]
    yy = y(_QR_Y + _QR_SIDE + 2.2)
    for part in parts:
        draw_text(c, right, yy, part, FONT, shrink_to_fit(part, FONT, 4.5, room, 3),
                  align="centre")
        yy -= 5.4
    if plan.help_number:
        c.setFillColorRGB(*INK)
        yy -= 5
        for part in wrap(face.help_name, FONT, 4.6, (_QR_SIDE + 1) * MM)[:3]:
            draw_text(c, right, yy, part, FONT, 4.6, align="centre")
            yy -= 5.6
        draw_text(c, right, yy - 2.5, plan.help_number, FONT_BOLD,
                  shrink_to_fit(plan.help_number, FONT_BOLD, 7.5, (_QR_SIDE + 1) * MM, 5),
                  align="centre")
    c.setFillColorRGB(*INK)
    draw_text(c, _CARD_MARGIN * MM, y(_CARD_H - 2.6), face.emergency, FONT_BOLD,
              shrink_to_fit(face.emergency, FONT_BOLD, 5.2, (_CARD_W - 2 * _CARD_MARGIN) * MM,
                            3.5))


def draw_country_card(plan: CountryCardPlan) -> tuple[bytes, int]:
    """The planned cards as a PDF (pure): every sheet's fronts, then its backs placed so
    they meet their fronts when printed on both sides (flipped on the long edge), with
    crop marks. Returns the PDF and its number of pages."""
    from .card_render import draw_crop_marks, grid_origin

    out = io.BytesIO()
    c = new_canvas(out, f"Crisis lines · {plan.country} — wallet cards", plan.paper)
    sheet = cards.TEMPLATES["wallet"].sheets[plan.paper]
    page_w, page_h = cards.PAPERS[plan.paper]
    forms: dict[str, str] = {}
    names: list[str] = []
    for i, face in enumerate(plan.faces):
        name = f"countryface{i}"
        c.beginForm(name, 0, 0, _CARD_W * MM, _CARD_H * MM)
        _card_face(c, plan, face)
        c.endForm()
        names.append(name)
    cols, rows = sheet.grid
    per_sheet = cols * rows
    x0, y0 = grid_origin(sheet, plan.paper)
    qr = qr_plan(len(plan.url.encode("utf-8")))
    module = _QR_SIDE / (qr.modules + 2 * _QR_QUIET)
    side = qr.modules * module
    pages = 0
    for _ in range(plan.copies // per_sheet):
        for back, name in enumerate(names):
            for cell in range(per_sheet):
                col, row = cell % cols, cell // cols
                if back:
                    col = cols - 1 - col  # the back of a card is under its front
                cx = x0 + col * (sheet.cell[0] + sheet.gap[0])
                top = y0 + row * (sheet.cell[1] + sheet.gap[1])
                c.saveState()
                c.translate(cx * MM, (page_h - top - sheet.cell[1]) * MM)
                c.doForm(name)
                draw_qr(c, plan.url, (_QR_X + (_QR_SIDE - side) / 2) * MM,
                        (_CARD_H - _QR_Y - (_QR_SIDE + side) / 2) * MM, side * MM, plan=qr,
                        quiet=0, forms=forms)
                c.restoreState()
            draw_crop_marks(c, sheet, plan.paper)
            c.setPageSize((page_w * MM, page_h * MM))
            c.showPage()
            pages += 1
    return finish(c, out), pages


def save_country_card(plan: CountryCardPlan, path: str | os.PathLike[str]) -> int:
    """Draw the planned cards and save them whole (pure). Returns the number of pages."""
    pdf, pages = draw_country_card(plan)
    save_bytes(path, pdf)
    return pages


# -- where the inputs come from: the main database and the directory's own file --------------


@dataclass(frozen=True)
class PrintInputs:
    """What the tour sheet or country card takes from the main database (read on its
    thread): the tour and its stops, Settings and the card texts, and where the data
    folder is (the directory's file is beside the database)."""

    tour: Activation | None
    stops: tuple[Location, ...]
    help_line: settings.HelpLine
    hub_url: str
    texts: dict[str, cards.CardTexts]
    data_dir: Path | None
    tz: str


def read_inputs(db: Database, *, activation: str | int | None = None) -> PrintInputs:
    """The tour (`activation`: its id, its name in any case, or None for the current one)
    and everything else both documents take from the main database."""
    from .activations import current_activation, get_activation, list_activations
    from .activations import list_locations as locations_of

    tour: Activation | None
    if isinstance(activation, int):
        tour = get_activation(db, activation)
    elif activation:
        wanted = activation.strip().casefold()
        tour = next((a for a in list_activations(db) if a.name.casefold() == wanted), None)
        if tour is None:
            known = ", ".join(a.name for a in list_activations(db)) or "none yet"
            raise WellnessError(msg("activation: {activation} is not one of this laptop's "
                                    "(known: {known})",
                                    activation=repr(activation), known=known), field="activation")
    else:
        tour = current_activation(db)
    user_dir = cards.user_texts_dir(db)
    return PrintInputs(
        tour, tuple(locations_of(db, tour.id)) if tour else (), settings.help_line(db),
        settings.hub_url(db), {lang: cards.load_texts(lang, user_dir) for lang in LANGUAGES},
        user_dir.parent if user_dir else None, tour.tz if tour else "UTC")


def country_services(store: Store, country: str, *, now: datetime, language: str = "en"
                     ) -> list[Service]:
    """A country's crisis lines (pairs together), then its other services that have a
    number, favourites first: the search's order."""
    from .resources.search import Query, crisis_lines, search

    others = [r.service for r in search(store, Query(country=country), now=now,
                                        language=language, limit=50)
              if CRISIS not in r.service.kinds and r.service.contacts]
    return crisis_lines(store, country) + others


def read_directory(data_dir: Path, countries: Iterable[str], *, now: datetime,
                   language: str = "en") -> dict[str, list[Service]]:
    """The services of `countries` from the laptop's directory file, on a connection of
    its own (so any thread but the one writing taps may read it). An empty file first gets
    the directory shipped with the app."""
    from .resources.store import ensure_shipped, open_store, store_path

    with open_store(store_path(data_dir)) as store:
        ensure_shipped(store, now=now)
        return {c: country_services(store, c, now=now, language=language)
                for c in dict.fromkeys(countries) if c}


def _data_dir(inputs: PrintInputs) -> Path:
    if inputs.data_dir is None:
        raise WellnessError(msg("the resource directory lives beside a database file, and this "
                                "one is in memory"))
    return inputs.data_dir


def plan_tour_sheet_from(inputs: PrintInputs, *, now: datetime, language: str = "en",
                         include_stale: bool = False, paper: str = "a4") -> TourSheetPlan:
    """The tour sheet of the inputs' tour, its lines read from the directory's file."""
    _check_language(language)
    if inputs.tour is None:
        raise WellnessError(msg("no tour yet: create one in Activations"), field="activation")
    countries = [(s.country or "").strip().upper() for s in inputs.stops
                 if s.kind == "tour_stop"]
    directory = read_directory(_data_dir(inputs), countries, now=now, language=language)
    return plan_tour_sheet(inputs.tour, inputs.stops, directory, now=now, language=language,
                           help_line=inputs.help_line, hub_url=inputs.hub_url,
                           include_stale=include_stale, paper=paper,
                           texts=inputs.texts[language])


def plan_country_card_from(inputs: PrintInputs, country: str, *, now: datetime,
                           copies: int = 10, include_stale: bool = False,
                           paper: str = "a4") -> CountryCardPlan:
    """The country card, its lines read from the directory's file."""
    code = country.strip().upper()
    services = read_directory(_data_dir(inputs), [code], now=now).get(code, [])
    return plan_country_card(code, services, now=now, help_line=inputs.help_line,
                             hub_url=inputs.hub_url, include_stale=include_stale,
                             copies=copies, paper=paper, texts=inputs.texts, tz=inputs.tz)
