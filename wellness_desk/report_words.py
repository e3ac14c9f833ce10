"""The activation report's own words in its five languages, and its dates and numbers.

No Babel here (it is not among the app's dependencies, and the bundle carries ICU data for
Qt only): the few day and month names a report prints are in the tables below, and numbers
are grouped the way each language writes them.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from .resource_labels import MONTHS

LANGUAGES = ("en", "es", "fr", "de", "pt")
LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "de": "Deutsch",
                  "pt": "Português"}

# Monday first, as date.weekday() counts.
_DAYS_SHORT = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "pt": ("seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."),
}
# The month names are the directory labels' own (one table for every printed date).
_MONTHS = MONTHS
_MONTHS_SHORT = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
           "Dec"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov",
           "dic"),
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."),
    "de": ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."),
    "pt": ("jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.",
           "nov.", "dez."),
}
# (thousands separator, decimal point): French groups with a no-break space.
_NUMBERS = {"en": (",", "."), "es": (".", ","), "fr": ("\u00a0", ","), "de": (".", ","),
            "pt": (".", ",")}


def day_short(day: date, lang: str) -> str:
    """A chart's day label: "Fri 3 Jul", "vie 3 jul", "ven. 3 juil.", "Fr. 3. Juli"."""
    weekday = _DAYS_SHORT[lang][day.weekday()]
    month = _MONTHS_SHORT[lang][day.month - 1]
    if lang == "de":
        return f"{weekday} {day.day}. {month}"
    return f"{weekday} {day.day} {month}"


def day_long(day: date, lang: str) -> str:
    """A date in running text: "3 July 2026", "3 de julio de 2026", "3. Juli 2026"."""
    month = _MONTHS[lang][day.month - 1]
    if lang in ("es", "pt"):
        return f"{day.day} de {month} de {day.year}"
    if lang == "de":
        return f"{day.day}. {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def date_range(start: date, end: date, lang: str) -> str:
    if start == end:
        return day_long(start, lang)
    return f"{day_long(start, lang)} – {day_long(end, lang)}"


def number(n: int, lang: str) -> str:
    """A whole number as the language groups it: 12,400 / 12.400 / 12 400."""
    sep = _NUMBERS[lang][0]
    return f"{n:,}".replace(",", sep)


def money(amount: Decimal, currency: str, lang: str) -> str:
    """An amount with its currency code: "2,400.00 EUR", "2.400,00 EUR"."""
    sep, point = _NUMBERS[lang]
    cents = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    sign = "-" if cents < 0 else ""
    whole, _, frac = f"{abs(cents):.2f}".partition(".")
    return f"{sign}{int(whole):,}".replace(",", sep) + f"{point}{frac} {currency}"


def percent(share: float, lang: str) -> str:
    """18 % (with a no-break space where the language puts one)."""
    n = round(share * 100)
    return f"{n}%" if lang in ("en", "pt") else f"{n}\u00a0%"


TEMPLATE_NAMES = {
    "en": {"wallet": "Wallet card", "postcard": "Postcard", "table-tent": "Table tent",
           "poster": "Poster", "stickers": "Stickers", "resource": "Resource card"},
    "es": {"wallet": "Tarjeta de bolsillo", "postcard": "Postal", "table-tent":
           "Tarjeta de mesa", "poster": "Cartel", "stickers": "Pegatinas",
           "resource": "Tarjeta de recursos"},
    "fr": {"wallet": "Carte de poche", "postcard": "Carte postale", "table-tent":
           "Chevalet de table", "poster": "Affiche", "stickers": "Autocollants",
           "resource": "Carte ressources"},
    "de": {"wallet": "Taschenkarte", "postcard": "Postkarte", "table-tent": "Tischaufsteller",
           "poster": "Plakat", "stickers": "Aufkleber", "resource": "Hilfekarte"},
    "pt": {"wallet": "Cartão de bolso", "postcard": "Postal", "table-tent":
           "Cartão de mesa", "poster": "Cartaz", "stickers": "Autocolantes",
           "resource": "Cartão de recursos"},
}

# Every sentence of the report, by key. Placeholders are filled with numbers and names
# already written in the language (`number`, `day_short`).
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Activation report",
        "no_activation": "No activation",
        "made": "Made on {date}",
        "dates": "Dates",
        "locations": "Locations",
        "all_locations": "All locations",
        "time_zone": "Times in {tz}",
        "prepared_by": "Prepared by {org}",
        "headlines": "Headlines",
        "of_target": "of {target} {what}",
        "h_kits": "Kits handed out",
        "t_kits": "stocked",
        "h_workshops": "Workshops held",
        "t_workshops": "planned",
        "h_attendance": "Workshop attendance",
        "t_attendance": "places",
        "h_therapy": "Therapy sessions held",
        "t_therapy": "offered",
        "h_no_show": "Therapy no-shows",
        "h_budget": "Therapy budget spent",
        "t_budget": "budget",
        "h_cards": "Cards printed",
        "c_kits_per_hour": "Kits per hour",
        "c_kits_per_day": "Kits per day",
        "c_kits_by_type": "Kits by type",
        "c_attendance_by_kind": "Attendance against capacity by workshop kind",
        "c_therapy": "Therapy sessions held and no-shows",
        "c_cards_by_template": "Cards printed by template",
        "s_kits": "Kits",
        "s_attendance": "Attendance",
        "s_capacity": "Capacity",
        "s_offered": "Offered",
        "s_booked": "Booked",
        "s_held": "Held",
        "s_no_show": "No-show",
        "s_cards": "Cards",
        "u_kits": "kits",
        "u_people": "people",
        "u_sessions": "sessions",
        "u_cards": "cards",
        "week": "Week {n}",
        "total": "Total",
        "per_day": "Per day",
        "col_day": "Day",
        "col_kits": "Kits",
        "col_workshops": "Workshops held",
        "col_attendance": "Attendance",
        "col_capacity": "Capacity",
        "col_cards": "Cards",
        "footnotes": "Notes",
        "changes": "What changed since the last report",
        "changes_since": "Since the report made on {date} ({dates}, {where}).",
        "no_change": "no change",
        "not_comparable": "not shown",
        "no_changes": "This is the first report of this activation.",
        "page": "Page {n}",
        "sent_kits_none": "No kits were handed out in this period.",
        "sent_kits_one_day": "{n} kits were handed out on {day}.",
        "sent_kits_busiest": "The busiest day was {day}, with {n} kits ({p} of all).",
        "sent_kits_up": "Kits up {p} on {day} against the day before ({n} kits).",
        "sent_hour_busiest": "The busiest hour was {hour}, with {n} kits.",
        "sent_type_top": "{kit} went out most: {n} kits, {p} of all.",
        "sent_att_none": "No workshops were held in this period.",
        "sent_att": "Workshops filled {p} of their places; {kind} filled the most ({q}).",
        "sent_att_no_capacity": "{n} people came to the workshops held.",
        "sent_therapy_none": "No therapy sessions were offered in this period.",
        "sent_therapy": "{held} therapy sessions were held and {no_show} were no-shows, of "
                        "{offered} offered.",
        "sent_cards_none": "No cards were printed in this period.",
        "sent_cards": "{n} cards were printed; most were {template} ({m}).",
        "fn_small": "<5: fewer than 5, not shown so that no one can be singled out.",
        "fn_hidden": "–: not shown, so that a figure marked <5 cannot be worked out from it.",
        "fn_withheld": "–: too few to show any of these figures without singling someone out.",
        "fn_budget_hidden": "The therapy budget spent is not shown: with so few sessions it "
                            "would tell how many people came.",
        "fn_therapy_whole": "Therapy figures are the whole activation's, by week, whatever the "
                            "dates and locations of this report.",
        "fn_budget_tour": "The therapy budget is the whole tour's, whatever the dates and "
                          "locations of this report.",
        "fn_cards_all": "Cards are counted for the whole activation: a print run is not made "
                        "for one location.",
        "fn_therapy_days": "Therapy sessions are counted by week, never by day, so that no one "
                           "can be singled out; the table per day leaves them out.",
    },
    "es": {
        "title": "Informe de la activación",
        "no_activation": "Sin activación",
        "made": "Elaborado el {date}",
        "dates": "Fechas",
        "locations": "Lugares",
        "all_locations": "Todos los lugares",
        "time_zone": "Horas en {tz}",
        "prepared_by": "Elaborado por {org}",
        "headlines": "Cifras principales",
        "of_target": "de {target} {what}",
        "h_kits": "Kits entregados",
        "t_kits": "en existencias",
        "h_workshops": "Talleres realizados",
        "t_workshops": "previstos",
        "h_attendance": "Asistencia a los talleres",
        "t_attendance": "plazas",
        "h_therapy": "Sesiones de terapia realizadas",
        "t_therapy": "ofrecidas",
        "h_no_show": "Ausencias a terapia",
        "h_budget": "Presupuesto de terapia gastado",
        "t_budget": "de presupuesto",
        "h_cards": "Tarjetas impresas",
        "c_kits_per_hour": "Kits por hora",
        "c_kits_per_day": "Kits por día",
        "c_kits_by_type": "Kits por tipo",
        "c_attendance_by_kind": "Asistencia frente a aforo por tipo de taller",
        "c_therapy": "Sesiones de terapia realizadas y ausencias",
        "c_cards_by_template": "Tarjetas impresas por plantilla",
        "s_kits": "Kits",
        "s_attendance": "Asistencia",
        "s_capacity": "Aforo",
        "s_offered": "Ofrecidas",
        "s_booked": "Reservadas",
        "s_held": "Realizadas",
        "s_no_show": "Ausencias",
        "s_cards": "Tarjetas",
        "u_kits": "kits",
        "u_people": "personas",
        "u_sessions": "sesiones",
        "u_cards": "tarjetas",
        "week": "Semana {n}",
        "total": "Total",
        "per_day": "Por día",
        "col_day": "Día",
        "col_kits": "Kits",
        "col_workshops": "Talleres realizados",
        "col_attendance": "Asistencia",
        "col_capacity": "Aforo",
        "col_cards": "Tarjetas",
        "footnotes": "Notas",
        "changes": "Qué ha cambiado desde el último informe",
        "changes_since": "Desde el informe del {date} ({dates}, {where}).",
        "no_change": "sin cambios",
        "not_comparable": "no se muestra",
        "no_changes": "Este es el primer informe de esta activación.",
        "page": "Página {n}",
        "sent_kits_none": "No se entregó ningún kit en este periodo.",
        "sent_kits_one_day": "Se entregaron {n} kits el {day}.",
        "sent_kits_busiest": "El día con más entregas fue el {day}, con {n} kits ({p} del "
                             "total).",
        "sent_kits_up": "Los kits subieron un {p} el {day} respecto al día anterior ({n} "
                        "kits).",
        "sent_hour_busiest": "La hora con más entregas fue las {hour}, con {n} kits.",
        "sent_type_top": "{kit} fue el más entregado: {n} kits, el {p} del total.",
        "sent_att_none": "No se realizó ningún taller en este periodo.",
        "sent_att": "Los talleres llenaron el {p} de sus plazas; {kind} fue el que más "
                    "llenó ({q}).",
        "sent_att_no_capacity": "{n} personas asistieron a los talleres realizados.",
        "sent_therapy_none": "No se ofrecieron sesiones de terapia en este periodo.",
        "sent_therapy": "Se realizaron {held} sesiones de terapia y hubo {no_show} ausencias, "
                        "de {offered} ofrecidas.",
        "sent_cards_none": "No se imprimió ninguna tarjeta en este periodo.",
        "sent_cards": "Se imprimieron {n} tarjetas; la mayoría, {template} ({m}).",
        "fn_small": "<5: menos de 5; no se muestra para que nadie pueda ser identificado.",
        "fn_hidden": "–: no se muestra, para que no pueda deducirse de ella una cifra marcada <5.",
        "fn_withheld": "–: demasiado pocas para mostrar ninguna de estas cifras sin que alguien "
                       "pueda ser identificado.",
        "fn_budget_hidden": "No se muestra el presupuesto de terapia gastado: con tan pocas "
                            "sesiones revelaría cuántas personas acudieron.",
        "fn_therapy_whole": "Las cifras de terapia son las de toda la activación, por semana, "
                            "sean cuales sean las fechas y los lugares de este informe.",
        "fn_budget_tour": "El presupuesto de terapia es el de toda la gira, sean cuales sean "
                          "las fechas y los lugares de este informe.",
        "fn_cards_all": "Las tarjetas se cuentan para toda la activación: una tirada no se "
                        "imprime para un solo lugar.",
        "fn_therapy_days": "Las sesiones de terapia se cuentan por semana, nunca por día, para "
                           "que nadie pueda ser identificado; la tabla por día no las incluye.",
    },
    "fr": {
        "title": "Rapport d’activation",
        "no_activation": "Aucune activation",
        "made": "Établi le {date}",
        "dates": "Dates",
        "locations": "Lieux",
        "all_locations": "Tous les lieux",
        "time_zone": "Heures de {tz}",
        "prepared_by": "Préparé par {org}",
        "headlines": "Chiffres clés",
        "of_target": "sur {target} {what}",
        "h_kits": "Kits distribués",
        "t_kits": "en stock",
        "h_workshops": "Ateliers tenus",
        "t_workshops": "prévus",
        "h_attendance": "Participation aux ateliers",
        "t_attendance": "places",
        "h_therapy": "Séances de thérapie tenues",
        "t_therapy": "proposées",
        "h_no_show": "Absences aux séances de thérapie",
        "h_budget": "Budget thérapie dépensé",
        "t_budget": "de budget",
        "h_cards": "Cartes imprimées",
        "c_kits_per_hour": "Kits par heure",
        "c_kits_per_day": "Kits par jour",
        "c_kits_by_type": "Kits par type",
        "c_attendance_by_kind": "Participation et capacité par type d’atelier",
        "c_therapy": "Séances de thérapie tenues et absences",
        "c_cards_by_template": "Cartes imprimées par modèle",
        "s_kits": "Kits",
        "s_attendance": "Participants",
        "s_capacity": "Capacité",
        "s_offered": "Proposées",
        "s_booked": "Réservées",
        "s_held": "Tenues",
        "s_no_show": "Absences",
        "s_cards": "Cartes",
        "u_kits": "kits",
        "u_people": "personnes",
        "u_sessions": "séances",
        "u_cards": "cartes",
        "week": "Semaine {n}",
        "total": "Total",
        "per_day": "Par jour",
        "col_day": "Jour",
        "col_kits": "Kits",
        "col_workshops": "Ateliers tenus",
        "col_attendance": "Participants",
        "col_capacity": "Capacité",
        "col_cards": "Cartes",
        "footnotes": "Notes",
        "changes": "Ce qui a changé depuis le dernier rapport",
        "changes_since": "Depuis le rapport établi le {date} ({dates}, {where}).",
        "no_change": "inchangé",
        "not_comparable": "non affiché",
        "no_changes": "C’est le premier rapport de cette activation.",
        "page": "Page {n}",
        "sent_kits_none": "Aucun kit n’a été distribué sur cette période.",
        "sent_kits_one_day": "{n} kits ont été distribués le {day}.",
        "sent_kits_busiest": "Le jour le plus chargé a été le {day}, avec {n} kits ({p} du "
                             "total).",
        "sent_kits_up": "Kits en hausse de {p} le {day} par rapport à la veille ({n} kits).",
        "sent_hour_busiest": "L’heure la plus chargée a été {hour}, avec {n} kits.",
        "sent_type_top": "{kit} a été le plus distribué : {n} kits, {p} du total.",
        "sent_att_none": "Aucun atelier n’a été tenu sur cette période.",
        "sent_att": "Les ateliers ont rempli {p} de leurs places ; {kind} a été le plus "
                    "rempli ({q}).",
        "sent_att_no_capacity": "{n} personnes ont participé aux ateliers tenus.",
        "sent_therapy_none": "Aucune séance de thérapie n’a été proposée sur cette période.",
        "sent_therapy": "{held} séances de thérapie ont été tenues et {no_show} absences "
                        "relevées, sur {offered} proposées.",
        "sent_cards_none": "Aucune carte n’a été imprimée sur cette période.",
        "sent_cards": "{n} cartes ont été imprimées ; surtout : {template} ({m}).",
        "fn_small": "<5 : moins de 5, non affiché pour que personne ne puisse être identifié.",
        "fn_hidden": "– : non affiché, pour qu’un chiffre marqué <5 ne puisse pas en être déduit.",
        "fn_withheld": "– : trop peu pour afficher l’un de ces chiffres sans que quelqu’un puisse "
                       "être identifié.",
        "fn_budget_hidden": "Le budget thérapie dépensé n’est pas affiché : avec si peu de "
                            "séances, il dirait combien de personnes sont venues.",
        "fn_therapy_whole": "Les chiffres de thérapie sont ceux de toute l’activation, par "
                            "semaine, quels que soient les dates et les lieux de ce rapport.",
        "fn_budget_tour": "Le budget thérapie est celui de toute la tournée, quels que soient "
                          "les dates et les lieux de ce rapport.",
        "fn_cards_all": "Les cartes sont comptées pour toute l’activation : un tirage n’est "
                        "pas imprimé pour un seul lieu.",
        "fn_therapy_days": "Les séances de thérapie sont comptées par semaine, jamais par jour, "
                           "pour que personne ne puisse être identifié ; le tableau par jour "
                           "ne les reprend pas.",
    },
    "de": {
        "title": "Bericht zur Aktivierung",
        "no_activation": "Keine Aktivierung",
        "made": "Erstellt am {date}",
        "dates": "Zeitraum",
        "locations": "Orte",
        "all_locations": "Alle Orte",
        "time_zone": "Uhrzeiten in {tz}",
        "prepared_by": "Erstellt von {org}",
        "headlines": "Kennzahlen",
        "of_target": "von {target} {what}",
        "h_kits": "Ausgegebene Kits",
        "t_kits": "auf Lager",
        "h_workshops": "Durchgeführte Workshops",
        "t_workshops": "geplant",
        "h_attendance": "Teilnahme an Workshops",
        "t_attendance": "Plätzen",
        "h_therapy": "Durchgeführte Therapiesitzungen",
        "t_therapy": "angeboten",
        "h_no_show": "Nicht erschienen zur Therapie",
        "h_budget": "Ausgegebenes Therapiebudget",
        "t_budget": "Budget",
        "h_cards": "Gedruckte Karten",
        "c_kits_per_hour": "Kits pro Stunde",
        "c_kits_per_day": "Kits pro Tag",
        "c_kits_by_type": "Kits nach Art",
        "c_attendance_by_kind": "Teilnahme und Kapazität nach Workshop-Art",
        "c_therapy": "Durchgeführte Therapiesitzungen und Nichterscheinen",
        "c_cards_by_template": "Gedruckte Karten nach Vorlage",
        "s_kits": "Kits",
        "s_attendance": "Teilnahme",
        "s_capacity": "Kapazität",
        "s_offered": "Angeboten",
        "s_booked": "Gebucht",
        "s_held": "Durchgeführt",
        "s_no_show": "Nicht erschienen",
        "s_cards": "Karten",
        "u_kits": "Kits",
        "u_people": "Personen",
        "u_sessions": "Sitzungen",
        "u_cards": "Karten",
        "week": "Woche {n}",
        "total": "Gesamt",
        "per_day": "Pro Tag",
        "col_day": "Tag",
        "col_kits": "Kits",
        "col_workshops": "Workshops",
        "col_attendance": "Teilnahme",
        "col_capacity": "Kapazität",
        "col_cards": "Karten",
        "footnotes": "Hinweise",
        "changes": "Was sich seit dem letzten Bericht geändert hat",
        "changes_since": "Seit dem Bericht vom {date} ({dates}, {where}).",
        "no_change": "unverändert",
        "not_comparable": "nicht angezeigt",
        "no_changes": "Dies ist der erste Bericht zu dieser Aktivierung.",
        "page": "Seite {n}",
        "sent_kits_none": "In diesem Zeitraum wurden keine Kits ausgegeben.",
        "sent_kits_one_day": "Am {day} wurden {n} Kits ausgegeben.",
        "sent_kits_busiest": "Der stärkste Tag war {day} mit {n} Kits ({p} aller Kits).",
        "sent_kits_up": "Am {day} {p} mehr Kits als am Vortag ({n} Kits).",
        "sent_hour_busiest": "Die stärkste Stunde war {hour} mit {n} Kits.",
        "sent_type_top": "{kit} wurde am häufigsten ausgegeben: {n} Kits, {p} aller Kits.",
        "sent_att_none": "In diesem Zeitraum fanden keine Workshops statt.",
        "sent_att": "Die Workshops waren zu {p} ihrer Plätze belegt; {kind} am stärksten "
                    "({q}).",
        "sent_att_no_capacity": "{n} Personen nahmen an den durchgeführten Workshops teil.",
        "sent_therapy_none": "In diesem Zeitraum wurden keine Therapiesitzungen angeboten.",
        "sent_therapy": "{held} Therapiesitzungen fanden statt, {no_show} Termine wurden nicht "
                        "wahrgenommen, von {offered} angebotenen.",
        "sent_cards_none": "In diesem Zeitraum wurden keine Karten gedruckt.",
        "sent_cards": "{n} Karten wurden gedruckt, die meisten als {template} ({m}).",
        "fn_small": "<5: weniger als 5, nicht angezeigt, damit niemand erkannt werden kann.",
        "fn_hidden": "–: nicht angezeigt, damit sich eine mit <5 markierte Zahl nicht daraus "
                     "errechnen lässt.",
        "fn_withheld": "–: zu wenige, um eine dieser Zahlen zu zeigen, ohne dass jemand erkannt "
                       "werden kann.",
        "fn_budget_hidden": "Das ausgegebene Therapiebudget wird nicht angezeigt: Bei so "
                            "wenigen Sitzungen verriete es, wie viele Personen kamen.",
        "fn_therapy_whole": "Die Therapiezahlen gelten für die ganze Aktivierung, nach Wochen, "
                            "unabhängig von Zeitraum und Orten dieses Berichts.",
        "fn_budget_tour": "Das Therapiebudget gilt für die ganze Tour, unabhängig von Zeitraum "
                          "und Orten dieses Berichts.",
        "fn_cards_all": "Karten werden für die ganze Aktivierung gezählt: Ein Druck wird nicht "
                        "für einen einzelnen Ort gemacht.",
        "fn_therapy_days": "Therapiesitzungen werden pro Woche gezählt, nie pro Tag, damit "
                           "niemand erkannt werden kann; die Tabelle pro Tag enthält sie nicht.",
    },
    "pt": {
        "title": "Relatório da ativação",
        "no_activation": "Sem ativação",
        "made": "Elaborado em {date}",
        "dates": "Datas",
        "locations": "Locais",
        "all_locations": "Todos os locais",
        "time_zone": "Horas em {tz}",
        "prepared_by": "Elaborado por {org}",
        "headlines": "Números principais",
        "of_target": "de {target} {what}",
        "h_kits": "Kits entregues",
        "t_kits": "em stock",
        "h_workshops": "Workshops realizados",
        "t_workshops": "previstos",
        "h_attendance": "Participação nos workshops",
        "t_attendance": "lugares",
        "h_therapy": "Sessões de terapia realizadas",
        "t_therapy": "oferecidas",
        "h_no_show": "Faltas à terapia",
        "h_budget": "Orçamento de terapia gasto",
        "t_budget": "de orçamento",
        "h_cards": "Cartões impressos",
        "c_kits_per_hour": "Kits por hora",
        "c_kits_per_day": "Kits por dia",
        "c_kits_by_type": "Kits por tipo",
        "c_attendance_by_kind": "Participação face à capacidade por tipo de workshop",
        "c_therapy": "Sessões de terapia realizadas e faltas",
        "c_cards_by_template": "Cartões impressos por modelo",
        "s_kits": "Kits",
        "s_attendance": "Participação",
        "s_capacity": "Capacidade",
        "s_offered": "Oferecidas",
        "s_booked": "Marcadas",
        "s_held": "Realizadas",
        "s_no_show": "Faltas",
        "s_cards": "Cartões",
        "u_kits": "kits",
        "u_people": "pessoas",
        "u_sessions": "sessões",
        "u_cards": "cartões",
        "week": "Semana {n}",
        "total": "Total",
        "per_day": "Por dia",
        "col_day": "Dia",
        "col_kits": "Kits",
        "col_workshops": "Workshops realizados",
        "col_attendance": "Participação",
        "col_capacity": "Capacidade",
        "col_cards": "Cartões",
        "footnotes": "Notas",
        "changes": "O que mudou desde o último relatório",
        "changes_since": "Desde o relatório de {date} ({dates}, {where}).",
        "no_change": "sem alteração",
        "not_comparable": "não mostrado",
        "no_changes": "Este é o primeiro relatório desta ativação.",
        "page": "Página {n}",
        "sent_kits_none": "Não foi entregue nenhum kit neste período.",
        "sent_kits_one_day": "Foram entregues {n} kits em {day}.",
        "sent_kits_busiest": "O dia com mais entregas foi {day}, com {n} kits ({p} do total).",
        "sent_kits_up": "Os kits subiram {p} em {day} face ao dia anterior ({n} kits).",
        "sent_hour_busiest": "A hora com mais entregas foi às {hour}, com {n} kits.",
        "sent_type_top": "{kit} foi o mais entregue: {n} kits, {p} do total.",
        "sent_att_none": "Não se realizou nenhum workshop neste período.",
        "sent_att": "Os workshops preencheram {p} dos lugares; {kind} foi o mais cheio ({q}).",
        "sent_att_no_capacity": "{n} pessoas participaram nos workshops realizados.",
        "sent_therapy_none": "Não foram oferecidas sessões de terapia neste período.",
        "sent_therapy": "Realizaram-se {held} sessões de terapia e houve {no_show} faltas, de "
                        "{offered} oferecidas.",
        "sent_cards_none": "Não foi impresso nenhum cartão neste período.",
        "sent_cards": "Foram impressos {n} cartões; a maioria, {template} ({m}).",
        "fn_small": "<5: menos de 5, não mostrado para que ninguém possa ser identificado.",
        "fn_hidden": "–: não mostrado, para que um número marcado <5 não possa ser deduzido dele.",
        "fn_withheld": "–: poucos demais para mostrar qualquer um destes números sem que alguém "
                       "possa ser identificado.",
        "fn_budget_hidden": "O orçamento de terapia gasto não é mostrado: com tão poucas "
                            "sessões revelaria quantas pessoas vieram.",
        "fn_therapy_whole": "Os números de terapia são os de toda a ativação, por semana, "
                            "sejam quais forem as datas e os locais deste relatório.",
        "fn_budget_tour": "O orçamento de terapia é o da digressão inteira, sejam quais forem "
                          "as datas e os locais deste relatório.",
        "fn_cards_all": "Os cartões contam-se para toda a ativação: uma impressão não é feita "
                        "para um só local.",
        "fn_therapy_days": "As sessões de terapia contam-se por semana, nunca por dia, para que "
                           "ninguém possa ser identificado; a tabela por dia não as inclui.",
    },
}


def words(lang: str) -> dict[str, str]:
    return WORDS[lang]


def template_name(template: str, lang: str) -> str:
    return TEMPLATE_NAMES[lang].get(template, template)
