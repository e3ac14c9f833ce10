"""The printed words of the tour sheet and the country card, in the five languages.

Kept apart from the drawing so a translator edits one file; every string here is checked
against the shipped fonts by tests/core/test_resource_print.py. The Portuguese is Brazil's
(as the card texts are) and the German says "du" (as the card texts do).
"""

from __future__ import annotations

from datetime import date

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "kicker": "TOUR SHEET · CRISIS LINES AND SUPPORT",
        "stops": "{n} stops", "stop_one": "1 stop",
        "crisis_lines": "CRISIS LINES", "other": "OTHER SUPPORT",
        "voice": "CALL", "text": "TEXT", "textphone": "TEXTPHONE", "video": "VIDEO CALL",
        "always": "24/7", "daily": "daily", "no_hours": "hours not listed",
        "checked": "checked {date}", "stale": "NOT RE-CHECKED SINCE {date}",
        "none": "No verified crisis line for {country} in this directory: call local "
                "emergency services.",
        "no_country": "No country is set for this stop, so no crisis line is listed: add "
                      "it in Activations, and meanwhile call local emergency services.",
        "help_line": "Industry help line",
        "footer_1": "More resources and help lines, in your language:",
        "footer_2": "scan the code, or open the link below.",
        "printed": "Printed {date}",
        "checked_note": "Each number was checked on the date beside it.",
        "page": "page {n} of {total}", "continued": "(continued)",
        "card_title": "Crisis lines · {country}",
        "emergency": "In danger now? Call local emergency services.",
        "zone_time": "{zone} time",
    },
    "es": {
        "kicker": "HOJA DE GIRA · LÍNEAS DE CRISIS Y APOYO",
        "stops": "{n} paradas", "stop_one": "1 parada",
        "crisis_lines": "LÍNEAS DE CRISIS", "other": "OTROS APOYOS",
        "voice": "LLAMAR", "text": "SMS", "textphone": "TELÉFONO DE TEXTO",
        "video": "VIDEOLLAMADA",
        "always": "24/7", "daily": "todos los días", "no_hours": "horario no indicado",
        "checked": "verificado el {date}", "stale": "NO VERIFICADO DESDE EL {date}",
        "none": "Este directorio no tiene ninguna línea de crisis verificada para {country}: "
                "llama a los servicios de emergencia locales.",
        "no_country": "Esta parada no tiene país, así que no se indica ninguna línea de "
                      "crisis: añádelo en «Activations» y, mientras tanto, llama a los "
                      "servicios de emergencia locales.",
        "help_line": "Línea de ayuda de la industria musical",
        "footer_1": "Más recursos y líneas de ayuda, en tu idioma:",
        "footer_2": "escanea el código o abre el enlace de abajo.",
        "printed": "Impreso el {date}",
        "checked_note": "Cada número se verificó en la fecha indicada a su lado.",
        "page": "página {n} de {total}", "continued": "(continuación)",
        "card_title": "Líneas de crisis · {country}",
        "emergency": "¿En peligro ahora? Llama a emergencias locales.",
        "zone_time": "hora de {zone}",
    },
    "fr": {
        "kicker": "FEUILLE DE TOURNÉE · LIGNES DE CRISE ET SOUTIEN",
        "stops": "{n} étapes", "stop_one": "1 étape",
        "crisis_lines": "LIGNES DE CRISE", "other": "AUTRES SOUTIENS",
        "voice": "APPELER", "text": "SMS", "textphone": "TÉLÉSCRIPTEUR",
        "video": "APPEL VIDÉO",
        "always": "24 h/24, 7 j/7", "daily": "tous les jours",
        "no_hours": "horaires non indiqués",
        "checked": "vérifié le {date}", "stale": "NON REVÉRIFIÉ DEPUIS LE {date}",
        "none": "Aucune ligne de crise vérifiée pour {country} dans ce répertoire : appelez "
                "les services d'urgence locaux.",
        "no_country": "Aucun pays n'est indiqué pour cette étape, donc aucune ligne de crise : "
                      "ajoutez-le dans « Activations » et, en attendant, appelez les services "
                      "d'urgence locaux.",
        "help_line": "Ligne d'écoute de l'industrie musicale",
        "footer_1": "Plus de ressources et de lignes d'écoute, dans votre langue :",
        "footer_2": "scannez le code ou ouvrez le lien ci-dessous.",
        "printed": "Imprimé le {date}",
        "checked_note": "Chaque numéro a été vérifié à la date indiquée à côté.",
        "page": "page {n} sur {total}", "continued": "(suite)",
        "card_title": "Lignes de crise · {country}",
        "emergency": "En danger immédiat ? Appelez les urgences locales.",
        "zone_time": "heure de {zone}",
    },
    "de": {
        "kicker": "TOURBLATT · KRISENHOTLINES UND HILFE",
        "stops": "{n} Stopps", "stop_one": "1 Stopp",
        "crisis_lines": "KRISENHOTLINES", "other": "WEITERE HILFE",
        "voice": "ANRUFEN", "text": "SMS", "textphone": "SCHREIBTELEFON",
        "video": "VIDEOANRUF",
        "always": "rund um die Uhr", "daily": "täglich", "no_hours": "Zeiten nicht angegeben",
        "checked": "geprüft am {date}", "stale": "SEIT {date} NICHT NEU GEPRÜFT",
        "none": "Für {country} hat dieses Verzeichnis keine geprüfte Krisenhotline: ruf den "
                "örtlichen Notruf an.",
        "no_country": "Für diesen Stopp ist kein Land angegeben, daher steht hier keine "
                      "Krisenhotline: trag es unter „Activations“ ein und ruf bis dahin den "
                      "örtlichen Notruf an.",
        "help_line": "Hilfetelefon der Musikbranche",
        "footer_1": "Weitere Hilfe und Hilfetelefone in deiner Sprache:",
        "footer_2": "scanne den Code oder öffne den Link unten.",
        "printed": "Gedruckt am {date}",
        "checked_note": "Jede Nummer wurde am Datum daneben geprüft.",
        "page": "Seite {n} von {total}", "continued": "(Fortsetzung)",
        "card_title": "Krisenhotlines · {country}",
        "emergency": "In akuter Gefahr? Ruf den örtlichen Notruf an.",
        "zone_time": "Zeit {zone}",
    },
    "pt": {
        "kicker": "FOLHA DA TURNÊ · LINHAS DE CRISE E APOIO",
        "stops": "{n} paradas", "stop_one": "1 parada",
        "crisis_lines": "LINHAS DE CRISE", "other": "OUTROS APOIOS",
        "voice": "LIGAR", "text": "SMS", "textphone": "TELEFONE DE TEXTO",
        "video": "VIDEOCHAMADA",
        "always": "24 horas", "daily": "todos os dias", "no_hours": "horário não informado",
        "checked": "verificado em {date}", "stale": "NÃO VERIFICADO DESDE {date}",
        "none": "Nenhuma linha de crise verificada para {country} neste diretório: ligue para "
                "os serviços de emergência locais.",
        "no_country": "Esta parada não tem país, então nenhuma linha de crise aparece aqui: "
                      "adicione-o em “Activations” e, enquanto isso, ligue para os serviços de "
                      "emergência locais.",
        "help_line": "Linha de apoio da indústria da música",
        "footer_1": "Mais recursos e linhas de apoio, no seu idioma:",
        "footer_2": "leia o código ou abra o link abaixo.",
        "printed": "Impresso em {date}",
        "checked_note": "Cada número foi verificado na data indicada ao lado.",
        "page": "página {n} de {total}", "continued": "(continuação)",
        "card_title": "Linhas de crise · {country}",
        "emergency": "Em perigo agora? Ligue para a emergência local.",
        "zone_time": "horário de {zone}",
    },
}

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "pt": ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo"),
}
SHORT_WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "fr": ("lun", "mar", "mer", "jeu", "ven", "sam", "dim"),
    "de": ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
    "pt": ("seg", "ter", "qua", "qui", "sex", "sáb", "dom"),
}
MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"),
}

# The countries tours visit most (and their neighbours), in each language; another
# country prints as its ISO code.
COUNTRIES: dict[str, tuple[str, str, str, str, str]] = {  # en, es, fr, de, pt
    "US": ("United States", "Estados Unidos", "États-Unis", "USA", "Estados Unidos"),
    "CA": ("Canada", "Canadá", "Canada", "Kanada", "Canadá"),
    "MX": ("Mexico", "México", "Mexique", "Mexiko", "México"),
    "GB": ("United Kingdom", "Reino Unido", "Royaume-Uni", "Vereinigtes Königreich",
           "Reino Unido"),
    "IE": ("Ireland", "Irlanda", "Irlande", "Irland", "Irlanda"),
    "FR": ("France", "Francia", "France", "Frankreich", "França"),
    "DE": ("Germany", "Alemania", "Allemagne", "Deutschland", "Alemanha"),
    "ES": ("Spain", "España", "Espagne", "Spanien", "Espanha"),
    "PT": ("Portugal", "Portugal", "Portugal", "Portugal", "Portugal"),
    "NL": ("Netherlands", "Países Bajos", "Pays-Bas", "Niederlande", "Países Baixos"),
    "BE": ("Belgium", "Bélgica", "Belgique", "Belgien", "Bélgica"),
    "CH": ("Switzerland", "Suiza", "Suisse", "Schweiz", "Suíça"),
    "AT": ("Austria", "Austria", "Autriche", "Österreich", "Áustria"),
    "IT": ("Italy", "Italia", "Italie", "Italien", "Itália"),
    "SE": ("Sweden", "Suecia", "Suède", "Schweden", "Suécia"),
    "NO": ("Norway", "Noruega", "Norvège", "Norwegen", "Noruega"),
    "DK": ("Denmark", "Dinamarca", "Danemark", "Dänemark", "Dinamarca"),
    "BR": ("Brazil", "Brasil", "Brésil", "Brasilien", "Brasil"),
    "AU": ("Australia", "Australia", "Australie", "Australien", "Austrália"),
    "NZ": ("New Zealand", "Nueva Zelanda", "Nouvelle-Zélande", "Neuseeland",
           "Nova Zelândia"),
    "JP": ("Japan", "Japón", "Japon", "Japan", "Japão"),
}
_ORDER = ("en", "es", "fr", "de", "pt")

# Languages a line answers in, by their own names (a caller reads their own language's
# name, whatever the sheet is printed in).
LANGUAGE_NAMES = {
    "en": "English", "es": "Español", "fr": "Français", "de": "Deutsch", "pt": "Português",
    "nl": "Nederlands", "it": "Italiano", "ja": "日本語", "ga": "Gaeilge", "cy": "Cymraeg",
    "ca": "Català", "eu": "Euskara", "gl": "Galego", "sv": "Svenska", "da": "Dansk",
    "nb": "Norsk", "no": "Norsk", "pl": "Polski", "zh": "中文", "ko": "한국어",
    "asl": "ASL", "ase": "ASL", "bfi": "BSL",
}


def label(language: str, key: str, **values: object) -> str:
    return LABELS[language][key].format(**values)


def country_name(code: str, language: str) -> str:
    """"Japan (JP)" in the sheet's language; the code alone for a country not listed."""
    names = COUNTRIES.get(code.upper())
    return f"{names[_ORDER.index(language)]} ({code.upper()})" if names else code.upper()


def language_names(codes: tuple[str, ...]) -> str:
    return ", ".join(LANGUAGE_NAMES.get(c.lower(), c.upper()) for c in codes)


def long_date(day: date, language: str) -> str:
    """A stop's day as its language writes it: "Saturday 4 July 2026", "sábado, 4 de julio
    de 2026", "samedi 4 juillet 2026", "Samstag, 4. Juli 2026", "sábado, 4 de julho de 2026"."""
    weekday = WEEKDAYS[language][day.weekday()]
    month = MONTHS[language][day.month - 1]
    if language in ("en", "fr"):
        return f"{weekday} {day.day} {month} {day.year}"
    if language == "de":
        return f"{weekday}, {day.day}. {month} {day.year}"
    return f"{weekday}, {day.day} de {month} de {day.year}"  # es, pt


def short_date(day: date, language: str) -> str:
    """A day without its weekday: "4 July 2026", "4 de julio de 2026", "4. Juli 2026"."""
    month = MONTHS[language][day.month - 1]
    if language in ("en", "fr"):
        return f"{day.day} {month} {day.year}"
    if language == "de":
        return f"{day.day}. {month} {day.year}"
    return f"{day.day} de {month} de {day.year}"


def every_text() -> list[tuple[str, str]]:
    """Every word this module can print, named, for the fonts check."""
    texts = [(f"label {lang}.{key}", text) for lang, keys in LABELS.items()
             for key, text in keys.items()]
    for table_name, table in (("weekday", WEEKDAYS), ("short weekday", SHORT_WEEKDAYS),
                              ("month", MONTHS)):
        texts += [(f"{table_name} {lang}", " ".join(words)) for lang, words in table.items()]
    texts += [(f"country {code}", " ".join(names)) for code, names in COUNTRIES.items()]
    texts += [(f"language {code}", name) for code, name in LANGUAGE_NAMES.items()]
    return texts
