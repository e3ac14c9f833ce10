"""Build the sample resource directory the app ships (assets/resources/).

Run from the repository root: `python scripts/build_sample_directory.py`. It writes one CSV
per table of `wellness_desk.resources.hsds.TABLES`, `datapackage.json` and `SOURCES.md`
(the research log) from the entries below, so the numbers, the sources they were checked
against and the log can never drift apart.

SAFETY: every number below was read, next to the service's name, in the public page given
as its `source` (the quote is the text seen there), on CHECKED. A number nobody could find
in a source is not here: it is in LEFT_OUT with the reason. Never add a number from memory.
The industry's own 24/7 help line is not part of this package: it is set in the app's
Settings (File → Settings → Help line).

IDs are uuid5 values of readable keys, so a rebuild gives the same package byte for byte.
"""

from __future__ import annotations

import csv
import json
import sys
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wellness_desk.resources import hsds, model  # noqa: E402

CHECKED = date(2026, 12, 2)
PUBLISHED = "2026-12-02T00:00:00Z"
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://wellness-desk.invalid/sample-directory")
OUT = ROOT / "assets" / "resources"

# The six kinds, with the English names and descriptions taxonomy_term.csv carries.
KIND_TERMS = {
    "crisis-line": ("Crisis line", "A line to call or text now, when someone is in crisis "
                    "or thinking about suicide."),
    "counselling": ("Counselling and therapy", "Talking support from trained counsellors, "
                    "psychologists or therapists."),
    "financial-aid": ("Financial aid", "Grants or help with bills, rent or medical costs."),
    "substance-use": ("Substance use", "Help with alcohol, drugs or other addictions, and "
                      "referral to treatment."),
    "peer-support": ("Peer support", "Support from people with lived experience."),
    "music-industry": ("Music-industry specific", "A service for people who work in music "
                       "and live events: artists, crew, managers, venue staff."),
}


@dataclass(frozen=True)
class Phone:
    key: str
    number: str
    type: str  # model.PHONE_TYPES
    source: str  # the public page the number was read on
    quote: str  # the text of that page that shows the number
    always_open: bool = False
    # (byday "MO,TU,…", opens "HH:MM", closes "HH:MM") in the service's zone, from the source
    hours: tuple[tuple[str, str, str], ...] = ()
    languages: tuple[str, ...] = ()  # only what the source says the line answers in
    desc: dict[str, str] = field(default_factory=dict)  # language -> text (en, es, fr, de, pt)
    note: str = ""  # for SOURCES.md: how the URL was read, anything odd


@dataclass(frozen=True)
class Svc:
    key: str
    org: str
    country: str
    tz: str
    kinds: tuple[str, ...]
    languages: tuple[str, ...]
    names: dict[str, str]
    descs: dict[str, str]
    phones: tuple[Phone, ...]
    url: str = ""
    pair: str = ""


ORGS: dict[str, tuple[str, str]] = {  # key -> (name, website)
    "samhsa": ("Substance Abuse and Mental Health Services Administration (SAMHSA)",
               "https://www.samhsa.gov/"),
    "ctl": ("Crisis Text Line", ""),
    "musicares": ("MusiCares", "https://www.grammy.com/musicares"),
    "camh": ("Centre for Addiction and Mental Health (CAMH)", ""),
    "khp": ("Kids Help Phone", "https://kidshelpphone.ca/"),
    "conasama": ("Comisión Nacional de Salud Mental y Adicciones (CONASAMA)", ""),
    "samaritans": ("Samaritans", "https://www.samaritans.org/"),
    "shout": ("Shout 85258", "https://giveusashout.org/"),
    "nspcc": ("NSPCC", "https://www.nspcc.org.uk/"),
    "helpmusicians": ("Help Musicians", ""),
    "pieta": ("Pieta", ""),
    "text50808": ("50808", ""),
    "sante-fr": ("Ministère de la Santé (France)", "https://3114.fr/"),
    "sosamitie": ("S.O.S Amitié", ""),
    "epe-idf": ("École des Parents et des Éducateurs d'Île-de-France", ""),
    "telefonseelsorge": ("TelefonSeelsorge Deutschland", "https://www.telefonseelsorge.de/"),
    "ngk": ("Nummer gegen Kummer e.V.", "https://www.nummergegenkummer.de/"),
    "sanidad-es": ("Ministerio de Sanidad (España)", ""),
    "anar": ("Fundación ANAR", ""),
    "esperanza": ("Teléfono de la Esperanza", ""),
    "spms": ("SNS 24 – Serviços Partilhados do Ministério da Saúde (SPMS)", ""),
    "vozamiga": ("Associação SOS Voz Amiga", "https://sosvozamiga.org/"),
    "113": ("113 Zelfmoordpreventie", "https://www.113.nl/"),
    "kindertelefoon": ("De Kindertelefoon", ""),
    "cvv": ("Centro de Valorização da Vida (CVV)", "https://www.cvv.org.br/"),
    "lifeline-au": ("Lifeline Australia", "https://www.lifeline.org.au/"),
    "beyondblue": ("Beyond Blue", "https://www.beyondblue.org.au/"),
    "yourtown": ("yourtown", ""),
    "supportact": ("Support Act", ""),
    "yorisoi": ("社会的包摂サポートセンター (Social Inclusion Support Center)", ""),
    "inochi": ("日本いのちの電話連盟 (Federation of Inochi no Denwa)", ""),
    "mhlw": ("厚生労働省 (Ministry of Health, Labour and Welfare)", ""),
}

A = True  # always_open, for short rows
DAILY = "MO,TU,WE,TH,FR,SA,SU"


def _d(en: str, es: str, fr: str, de: str, pt: str) -> dict[str, str]:
    return {"en": en, "es": es, "fr": fr, "de": de, "pt": pt}


CALL = _d("Call", "Llamar", "Appeler", "Anrufen", "Ligar")


SERVICES: tuple[Svc, ...] = (
    # ---------------------------------------------------------------- United States
    Svc("us-988", "samhsa", "US", "America/New_York", ("crisis-line",), ("en", "es"),
        _d("988 Suicide & Crisis Lifeline", "988 Suicide & Crisis Lifeline",
           "988 Suicide & Crisis Lifeline", "988 Suicide & Crisis Lifeline",
           "988 Suicide & Crisis Lifeline"),
        _d("The national suicide and crisis line: free, confidential, 24/7, by call or text. "
           "Press 2 (or text AYUDA) for Spanish.",
           "La línea nacional de crisis y prevención del suicidio: gratuita, confidencial, "
           "24/7, por llamada o mensaje de texto. Marque 2 (o escriba AYUDA) para español.",
           "La ligne nationale de crise et de prévention du suicide : gratuite, "
           "confidentielle, 24 h/24, par appel ou SMS. Touche 2 (ou SMS AYUDA) pour "
           "l'espagnol.",
           "Das nationale Krisentelefon bei Suizidgedanken und seelischen Krisen: kostenlos, "
           "vertraulich, rund um die Uhr, per Anruf oder SMS. Taste 2 (oder SMS AYUDA) für "
           "Spanisch.",
           "A linha de crise nacional e de prevenção do suicídio: gratuita, confidencial, "
           "24/7, por chamada ou SMS. Tecle 2 (ou envie AYUDA) para espanhol."),
        (Phone("voice", "988", "voice",
               "https://www.mcphs.edu/student-life/counseling-services/emergency-services/"
               "988-suicide-and-crisis-lifeline",
               "988 offers 24/7 access to trained crisis counselors … People can call or text "
               "988 … The Lifeline provides live crisis center phone services in English and "
               "Spanish", A, (), ("en", "es"), CALL),
         Phone("text", "988", "text", "https://988lifeline.org/get-help/what-to-expect",
               "When you send a text to 988, you will be given options to connect with a live "
               "counselor from the main 988 Lifeline or our Spanish-language (text AYUDA)",
               A, (), ("en", "es"),
               _d("Text (AYUDA for Spanish)", "Mensaje de texto (AYUDA para español)",
                  "SMS (AYUDA pour l'espagnol)", "SMS (AYUDA für Spanisch)",
                  "SMS (AYUDA para espanhol)"),
               "24/7 for texting: the same Lifeline, per the mcphs.edu page (\"call or text "
               "988\", \"988 offers 24/7 access\")")),
        url="https://988lifeline.org/"),
    Svc("us-ctl", "ctl", "US", "America/New_York", ("crisis-line",), ("en",),
        _d("Crisis Text Line", "Crisis Text Line", "Crisis Text Line", "Crisis Text Line",
           "Crisis Text Line"),
        _d("Free 24/7 crisis support by text message with a trained volunteer crisis "
           "counselor. Text HOME to 741741.",
           "Apoyo en crisis gratuito 24/7 por mensaje de texto con un consejero voluntario "
           "formado. Escriba HOME al 741741.",
           "Soutien de crise gratuit 24 h/24 par SMS avec un bénévole formé. Envoyez HOME au "
           "741741.",
           "Kostenlose Krisenhilfe rund um die Uhr per SMS mit geschulten Ehrenamtlichen. "
           "HOME an 741741 senden.",
           "Apoio em crise gratuito 24/7 por SMS com um voluntário formado. Envie HOME para "
           "741741."),
        (Phone("text", "741741", "text",
               "https://www.alexproject.org/crisis-line-text-home-to-741741",
               "Crisis Text Line is a free, 24/7 resource that provides support by texting "
               "with a trained specialist. Anyone in the US can access this service by "
               "texting “HOME” to 741741.", A, (), (),
               _d("Text HOME", "Escriba HOME", "SMS : HOME", "SMS: HOME", "SMS: HOME")),)),
    Svc("us-samhsa", "samhsa", "US", "America/New_York", ("substance-use",), ("en", "es"),
        _d("SAMHSA's National Helpline", "SAMHSA's National Helpline",
           "SAMHSA's National Helpline", "SAMHSA's National Helpline",
           "SAMHSA's National Helpline"),
        _d("Free, confidential treatment referral and information for mental health and "
           "substance use, 24/7, in English and Spanish. Not counselling: it connects you "
           "to local treatment and support groups.",
           "Información y derivación a tratamiento, gratuita y confidencial, para salud "
           "mental y consumo de sustancias, 24/7, en inglés y español. No es terapia: le "
           "conecta con tratamiento y grupos de apoyo locales.",
           "Information et orientation vers un traitement, gratuites et confidentielles, "
           "pour la santé mentale et les addictions, 24 h/24, en anglais et en espagnol. "
           "Pas d'écoute thérapeutique : oriente vers les soins et groupes locaux.",
           "Kostenlose, vertrauliche Information und Vermittlung in Behandlung bei "
           "psychischen Problemen und Sucht, rund um die Uhr, auf Englisch und Spanisch. "
           "Keine Beratung: vermittelt an Hilfe vor Ort.",
           "Informação e encaminhamento para tratamento, gratuitos e confidenciais, em saúde "
           "mental e uso de substâncias, 24/7, em inglês e espanhol. Não é aconselhamento: "
           "liga a tratamento e grupos de apoio locais."),
        (Phone("voice", "1-800-662-4357", "voice",
               "https://www.samhsa.gov/find-help/national-helpline",
               "SAMHSA's National Helpline, 1-800-662-HELP (4357) … or TTY: 1-800-487-4889 is "
               "a confidential, free, 24-hour-a-day, 365-day-a-year, information service, in "
               "English and Spanish", A, (), ("en", "es"),
               _d("Call 1-800-662-HELP", "Llamar al 1-800-662-HELP", "Appeler le "
                  "1-800-662-HELP", "1-800-662-HELP anrufen", "Ligar 1-800-662-HELP"),
               "read in a stored copy of the samhsa.gov page (served through "
               "app.altruwe.org/proxy?url=https://www.samhsa.gov//find-help/national-helpline)"),
         Phone("tty", "1-800-487-4889", "textphone",
               "https://www.samhsa.gov/find-help/national-helpline",
               "or TTY: 1-800-487-4889 is a confidential, free, 24-hour-a-day, "
               "365-day-a-year, information service", A, (), (),
               _d("TTY (textphone)", "TTY (teléfono de texto)", "ATS (téléscripteur)",
                  "Schreibtelefon (TTY)", "TTY (telefone de texto)"),
               "same stored copy as the voice line")),
        url="https://www.samhsa.gov/find-help/national-helpline"),
    Svc("us-musicares", "musicares", "US", "America/New_York",
        ("music-industry", "financial-aid", "substance-use"), ("en",),
        _d("MusiCares", "MusiCares", "MusiCares", "MusiCares", "MusiCares"),
        _d("The music industry's charity (Recording Academy): short-term financial help and "
           "addiction-recovery support for music people in need. Not a crisis line; hours "
           "not listed.",
           "La organización benéfica de la industria musical (Recording Academy): ayuda "
           "económica puntual y apoyo en la recuperación de adicciones para profesionales de "
           "la música. No es una línea de crisis; horario no indicado.",
           "L'organisme caritatif de l'industrie musicale (Recording Academy) : aide "
           "financière ponctuelle et soutien au sevrage pour les gens de la musique. Pas une "
           "ligne de crise ; horaires non indiqués.",
           "Die Hilfsorganisation der Musikbranche (Recording Academy): kurzfristige "
           "finanzielle Hilfe und Unterstützung bei Suchtgenesung für Musikschaffende. Kein "
           "Krisentelefon; Zeiten nicht angegeben.",
           "A instituição de solidariedade da indústria musical (Recording Academy): ajuda "
           "financeira pontual e apoio à recuperação de dependências para profissionais da "
           "música. Não é linha de crise; horário não indicado."),
        (Phone("voice", "1-877-303-6962", "voice", "https://www.grammy.com/musicares/get-help",
               "MusiCares East Region … Toll-free Help Line: 1.877.303.6962", False, (), (),
               _d("Toll-free help line", "Línea de ayuda gratuita", "Ligne d'aide gratuite",
                  "Kostenlose Hilfe-Hotline", "Linha de ajuda gratuita"),
               "the page lists this as the East region's toll-free help line (West "
               "1.800.687.4227 and South 1.877.626.2748 are listed too, and left out: one "
               "line per service); no hours are given"),),
        url="https://www.grammy.com/musicares"),
    # ---------------------------------------------------------------- Canada
    Svc("ca-988", "camh", "CA", "America/Toronto", ("crisis-line",), ("en", "fr"),
        _d("988 Suicide Crisis Helpline", "988 Suicide Crisis Helpline",
           "988 Suicide Crisis Helpline", "988 Suicide Crisis Helpline",
           "988 Suicide Crisis Helpline"),
        _d("Canada's national suicide crisis line: call or text 988 any time, in English or "
           "French, free.",
           "La línea nacional de crisis suicida de Canadá: llame o envíe un mensaje al 988 "
           "a cualquier hora, en inglés o francés, gratis.",
           "La ligne nationale de crise pour la prévention du suicide au Canada : appelez ou "
           "textez le 988 à toute heure, en français ou en anglais, gratuitement.",
           "Kanadas nationales Krisentelefon bei Suizidgedanken: 988 jederzeit anrufen oder "
           "per SMS, auf Englisch oder Französisch, kostenlos.",
           "A linha nacional de crise suicida do Canadá: ligue ou envie SMS para o 988 a "
           "qualquer hora, em inglês ou francês, grátis."),
        (Phone("voice", "988", "voice",
               "https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/",
               "If you are in distress, you can call or text 988 at any time. … receive "
               "support via phone or text 24 hours a day … if they'd like to speak to someone "
               "in English or French", A, (), ("en", "fr"), CALL),
         Phone("text", "988", "text",
               "https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/",
               "you can call or text 988 at any time. … support via phone or text 24 hours a "
               "day", A, (), ("en", "fr"),
               _d("Text", "Mensaje de texto", "Texto (SMS)", "SMS", "SMS"))),
        pair="ca-crisis"),
    Svc("ca-khp", "khp", "CA", "America/Toronto", ("crisis-line", "counselling"),
        ("en", "fr"),
        _d("Kids Help Phone", "Kids Help Phone", "Jeunesse, J'écoute", "Kids Help Phone",
           "Kids Help Phone"),
        _d("Canada's 24/7 national line for young people: counselling by phone and "
           "volunteer crisis support by text, in English and French, free and confidential.",
           "La línea nacional 24/7 de Canadá para jóvenes: orientación por teléfono y apoyo "
           "en crisis por mensaje de texto, en inglés y francés, gratuita y confidencial.",
           "La ligne nationale des jeunes au Canada, 24 h/24 : intervention professionnelle "
           "par téléphone et soutien bénévole par texto, en français et en anglais, gratuite "
           "et confidentielle.",
           "Kanadas nationales Sorgentelefon für junge Menschen, rund um die Uhr: Beratung am "
           "Telefon und Krisenhilfe per SMS, auf Englisch und Französisch, kostenlos und "
           "vertraulich.",
           "A linha nacional 24/7 do Canadá para jovens: aconselhamento por telefone e apoio "
           "em crise por SMS, em inglês e francês, gratuita e confidencial."),
        (Phone("voice", "1-800-668-6868", "voice",
               "https://www.maplenow.ca/fr/site/kids-help-phone",
               "un soutien gratuit, confidentiel et 24 h/24 et 7 j/7 en anglais et en "
               "français … Les jeunes de tout le Canada peuvent composer le 1-800-668-6868",
               A, (), ("en", "fr"), CALL),
         Phone("text", "686868", "text", "https://kidshelpphone.ca/text-about-it/",
               "Our confidential texting service is free and available across Canada 24/7. "
               "Text us at 686868 … text CONNECT to 686868", A, (), (),
               _d("Text CONNECT", "Escriba CONNECT", "Texto : CONNECT", "SMS: CONNECT",
                  "SMS: CONNECT"),
               "the page was stored with advertising parameters (utm_…, gclid) after the "
               "path; they are left out of the URL")),
        url="https://kidshelpphone.ca/", pair="ca-crisis"),
    # ---------------------------------------------------------------- Mexico
    Svc("mx-linea-vida", "conasama", "MX", "America/Mexico_City",
        ("crisis-line", "substance-use", "counselling"), ("es",),
        _d("Línea de la Vida", "Línea de la Vida", "Línea de la Vida", "Línea de la Vida",
           "Línea de la Vida"),
        _d("Mexico's national mental-health and addiction line (Secretaría de Salud, run by "
           "CONASAMA): emotional first aid, crisis support and referral, 24 hours, 365 days, "
           "free.",
           "La línea nacional de salud mental y adicciones de México (Secretaría de Salud, "
           "operada por la CONASAMA): primeros auxilios psicológicos, contención en crisis y "
           "canalización, las 24 horas, los 365 días, sin costo.",
           "La ligne nationale de santé mentale et d'addictologie du Mexique (Secretaría de "
           "Salud, opérée par la CONASAMA) : premiers secours psychologiques, soutien en "
           "crise et orientation, 24 h/24, 365 jours par an, gratuite.",
           "Mexikos nationale Hotline für seelische Gesundheit und Sucht (Secretaría de "
           "Salud, betrieben von CONASAMA): psychologische Erste Hilfe, Krisenhilfe und "
           "Vermittlung, rund um die Uhr, an 365 Tagen, kostenlos.",
           "A linha nacional de saúde mental e dependências do México (Secretaría de Salud, "
           "operada pela CONASAMA): primeiros socorros psicológicos, apoio em crise e "
           "encaminhamento, 24 horas, 365 dias, gratuita."),
        (Phone("voice", "800 911 2000", "voice",
               "https://www.eluniversal.com.mx/nacion/promueven-la-linea-de-la-vida-tras-"
               "presentar-encuesta-sobre-consumo-de-drogas-asi-puedes-pedir-ayuda/",
               "La línea de la vida es un espacio de orientación telefónica especializado en "
               "salud mental y adicciones que está disponible las 24 horas del día, los 365 "
               "días del año. El número telefónico para pedir ayuda es el 800-911-2000 y no "
               "tiene costo.", A, (), (), CALL),)),
    # ---------------------------------------------------------------- United Kingdom
    Svc("gb-samaritans", "samaritans", "GB", "Europe/London", ("crisis-line",), ("en",),
        _d("Samaritans", "Samaritans", "Samaritans", "Samaritans", "Samaritans"),
        _d("Free, confidential listening for anyone struggling to cope, 24 hours a day. The "
           "number does not show on the phone bill.",
           "Escucha gratuita y confidencial para cualquier persona que lo esté pasando mal, "
           "las 24 horas. El número no aparece en la factura.",
           "Écoute gratuite et confidentielle pour toute personne en détresse, 24 h/24. Le "
           "numéro n'apparaît pas sur la facture.",
           "Kostenloses, vertrauliches Zuhören für alle, die nicht mehr weiterwissen, rund "
           "um die Uhr. Die Nummer erscheint nicht auf der Rechnung.",
           "Escuta gratuita e confidencial para quem está a passar por dificuldades, 24 "
           "horas por dia. O número não aparece na fatura."),
        (Phone("voice", "116 123", "voice",
               "https://www.samaritans.org/news/samaritans-in-northern-ireland-answer-one-"
               "million-calls-during-10-years-of-freephone",
               "volunteers, who ensure the helpline remains open 24 hours a day, seven days "
               "a week … the introduction of a freephone number 116 123", A, (), (), CALL),),
        url="https://www.samaritans.org/", pair="gb-crisis"),
    Svc("gb-childline", "nspcc", "GB", "Europe/London", ("crisis-line", "counselling"),
        ("en",),
        _d("Childline", "Childline", "Childline", "Childline", "Childline"),
        _d("The UK's free, confidential line for children and young people up to 19, run by "
           "the NSPCC, any time of day or night.",
           "La línea gratuita y confidencial del Reino Unido para niños y jóvenes hasta 19 "
           "años, de la NSPCC, a cualquier hora del día o de la noche.",
           "La ligne gratuite et confidentielle du Royaume-Uni pour les enfants et les jeunes "
           "jusqu'à 19 ans, gérée par la NSPCC, de jour comme de nuit.",
           "Das kostenlose, vertrauliche Kinder- und Jugendtelefon Großbritanniens für junge "
           "Menschen bis 19, betrieben von der NSPCC, Tag und Nacht.",
           "A linha gratuita e confidencial do Reino Unido para crianças e jovens até aos 19 "
           "anos, da NSPCC, a qualquer hora do dia ou da noite."),
        (Phone("voice", "0800 1111", "voice", "https://www.nspcc.org.uk/what-is-child-abuse/",
               "Children can call Childline any time on 0800 1111", A, (), (), CALL,
               "the page was stored with site-search parameters (_t_id, _t_q, …) after the "
               "path; they are left out of the URL. Age range from "
               "https://learning.nspcc.org.uk/services/childline (\"free, 24-hour service for "
               "children and young people … up to the age of 19\")"),),
        url="https://www.childline.org.uk/", pair="gb-crisis"),
    Svc("gb-shout", "shout", "GB", "Europe/London", ("crisis-line",), ("en",),
        _d("Shout", "Shout", "Shout", "Shout", "Shout"),
        _d("The UK's free 24/7 crisis text line: text SHOUT to 85258 to reach a trained "
           "volunteer. No app or data needed.",
           "La línea de crisis gratuita 24/7 del Reino Unido por mensaje de texto: escriba "
           "SHOUT al 85258 para hablar con un voluntario formado.",
           "La ligne de crise britannique par SMS, gratuite, 24 h/24 : envoyez SHOUT au 85258 "
           "pour échanger avec un bénévole formé.",
           "Die kostenlose Krisen-SMS-Linie Großbritanniens, rund um die Uhr: SHOUT an 85258 "
           "senden und mit geschulten Ehrenamtlichen schreiben.",
           "A linha de crise por SMS do Reino Unido, gratuita e 24/7: envie SHOUT para 85258 "
           "para falar com um voluntário formado."),
        (Phone("text", "85258", "text",
               "https://www.independent.co.uk/news/uk/royal-foundation-cambridge-london-"
               "meghan-harry-b2000990.html",
               "Shout is the UK's only 24/7 text messaging support service … It is free to "
               "start a conversation by texting SHOUT to 85258 from all major mobile networks "
               "in the UK.", A, (), (),
               _d("Text SHOUT", "Escriba SHOUT", "SMS : SHOUT", "SMS: SHOUT", "SMS: SHOUT")),),
        url="https://giveusashout.org/"),
    Svc("gb-music-minds-matter", "helpmusicians", "GB", "Europe/London",
        ("music-industry", "counselling"), ("en",),
        _d("Music Minds Matter", "Music Minds Matter", "Music Minds Matter",
           "Music Minds Matter", "Music Minds Matter"),
        _d("Help Musicians' 24/7 mental-health support line for anyone working in music: "
           "listening, emotional support and referral to counselling, free.",
           "La línea de apoyo en salud mental 24/7 de Help Musicians para quien trabaja en "
           "la música: escucha, apoyo emocional y derivación a terapia, gratuita.",
           "La ligne de soutien psychologique de Help Musicians, 24 h/24, pour toute "
           "personne qui travaille dans la musique : écoute, soutien et orientation vers un "
           "accompagnement, gratuite.",
           "Die Hotline von Help Musicians für seelische Gesundheit, rund um die Uhr, für "
           "alle, die in der Musik arbeiten: Zuhören, Unterstützung und Vermittlung in "
           "Beratung, kostenlos.",
           "A linha de apoio em saúde mental 24/7 da Help Musicians para quem trabalha na "
           "música: escuta, apoio emocional e encaminhamento para terapia, gratuita."),
        (Phone("voice", "0808 802 8008", "voice",
               "https://prsformusic.com/m-magazine/news/music-industry-gets-247-mental-"
               "health-line",
               "Those needing help and emotional support can call 0808 802 8008 free of "
               "charge, 24 hours a day, seven days a week.", A, (), (), CALL,
               "a 2017 launch report; the number is the one the launch announced"),)),
    # ---------------------------------------------------------------- Ireland
    Svc("ie-samaritans", "samaritans", "IE", "Europe/Dublin", ("crisis-line",), ("en",),
        _d("Samaritans Ireland", "Samaritans Ireland", "Samaritans Ireland",
           "Samaritans Ireland", "Samaritans Ireland"),
        _d("Free, confidential, non-judgmental emotional support, 24 hours a day, for anyone "
           "in distress or despair.",
           "Apoyo emocional gratuito, confidencial y sin juicios, las 24 horas, para quien "
           "esté angustiado o desesperado.",
           "Soutien émotionnel gratuit, confidentiel et sans jugement, 24 h/24, pour toute "
           "personne en détresse.",
           "Kostenlose, vertrauliche und wertfreie emotionale Unterstützung rund um die Uhr "
           "für alle in Not oder Verzweiflung.",
           "Apoio emocional gratuito, confidencial e sem julgamentos, 24 horas por dia, para "
           "quem está em sofrimento ou desespero."),
        (Phone("voice", "116 123", "voice",
               "https://www.irishhealthpro.com/content/news/show/name/big-jump-in-calls-to-"
               "samaritans-since-2014",
               "Samaritans Ireland is a volunteer-led charity, which provides confidential, "
               "non-judgmental emotional support, 24 hours a day … a free helpline number - "
               "116 123", A, (), (), CALL),),
        url="https://www.samaritans.org/"),
    Svc("ie-pieta", "pieta", "IE", "Europe/Dublin", ("crisis-line", "counselling"), ("en",),
        _d("Pieta", "Pieta", "Pieta", "Pieta", "Pieta"),
        _d("Ireland's suicide and self-harm crisis service: a free 24-hour helpline with "
           "trained counsellors, and free therapy.",
           "El servicio irlandés de crisis por suicidio y autolesiones: línea gratuita 24 "
           "horas con consejeros formados, y terapia gratuita.",
           "Le service irlandais de crise face au suicide et à l'automutilation : ligne "
           "gratuite 24 h/24 avec des conseillers formés, et thérapie gratuite.",
           "Irlands Krisendienst bei Suizidgedanken und Selbstverletzung: kostenlose "
           "24-Stunden-Hotline mit geschulten Beratern und kostenlose Therapie.",
           "O serviço irlandês de crise por suicídio e autolesão: linha gratuita 24 horas "
           "com conselheiros formados, e terapia gratuita."),
        (Phone("voice", "1800 247 247", "voice",
               "https://wicklownow.ie/news/wicklow-people-feeling-low-over-christmas-period-"
               "urged-to-contact-helpline/",
               "Their helpline is open 24 hours a day and can be reached on 1800 247 247 or "
               "text HELP to 51444.", A, (), (), CALL),
         Phone("text", "51444", "text",
               "https://wicklownow.ie/news/wicklow-people-feeling-low-over-christmas-period-"
               "urged-to-contact-helpline/",
               "Their helpline is open 24 hours a day and can be reached on 1800 247 247 or "
               "text HELP to 51444.", A, (), (),
               _d("Text HELP", "Escriba HELP", "SMS : HELP", "SMS: HELP", "SMS: HELP"))),
        url="https://www.pieta.ie/"),
    Svc("ie-50808", "text50808", "IE", "Europe/Dublin", ("crisis-line",), ("en",),
        _d("50808", "50808", "50808", "50808", "50808"),
        _d("Ireland's free, anonymous 24/7 crisis text service, funded by the HSE: text TALK "
           "to 50808.",
           "El servicio irlandés de crisis por mensaje de texto, gratuito, anónimo y 24/7, "
           "financiado por el HSE: escriba TALK al 50808.",
           "Le service irlandais de crise par SMS, gratuit, anonyme et 24 h/24, financé par "
           "le HSE : envoyez TALK au 50808.",
           "Irlands kostenloser, anonymer Krisendienst per SMS, rund um die Uhr, finanziert "
           "vom HSE: TALK an 50808 senden.",
           "O serviço irlandês de crise por SMS, gratuito, anónimo e 24/7, financiado pelo "
           "HSE: envie TALK para 50808."),
        (Phone("text", "50808", "text",
               "https://todayfm.com/news/247-mental-health-text-support-service-officially-"
               "launched-1031466",
               "People can start a conversation with crisis volunteers by texting \"TALK\" to "
               "50808. … it's a 24/7 service", A, (), (),
               _d("Text TALK", "Escriba TALK", "SMS : TALK", "SMS: TALK", "SMS: TALK")),)),
    # ---------------------------------------------------------------- France
    Svc("fr-3114", "sante-fr", "FR", "Europe/Paris", ("crisis-line",), ("fr",),
        _d("3114 – National Suicide Prevention Line",
           "3114 – Línea nacional de prevención del suicidio",
           "3114 – Numéro national de prévention du suicide",
           "3114 – Nationale Nummer zur Suizidprävention",
           "3114 – Linha nacional de prevenção do suicídio"),
        _d("France's national suicide prevention line: free, confidential, 24/7, answered by "
           "health professionals, from mainland France and overseas. Answered in French.",
           "La línea nacional francesa de prevención del suicidio: gratuita, confidencial, "
           "24/7, atendida por profesionales sanitarios, desde la Francia metropolitana y "
           "de ultramar. Se atiende en francés.",
           "Le numéro national de prévention du suicide : gratuit, confidentiel, 24 h/24 et "
           "7 j/7, répondu par des professionnels de santé, depuis la métropole et "
           "l'outre-mer. Accueil en français.",
           "Frankreichs nationale Nummer zur Suizidprävention: kostenlos, vertraulich, rund "
           "um die Uhr, beantwortet von Fachkräften, aus dem Mutterland und den "
           "Überseegebieten. Auf Französisch.",
           "A linha nacional francesa de prevenção do suicídio: gratuita, confidencial, "
           "24/7, atendida por profissionais de saúde, na França metropolitana e "
           "ultramarina. Atendimento em francês."),
        (Phone("voice", "3114", "voice",
               "https://www.mayotte.ars.sante.fr/3114-le-numero-national-de-prevention-du-"
               "suicide",
               "Numéro d'appel : 3114 • Horaires : 24h/24 et 7j/7 • Couverture : depuis la "
               "France métropolitaine et l'outre-mer • Accessibilité : numéro gratuit … "
               "Langue : accueil en français", A, (), ("fr",), CALL),),
        url="https://3114.fr/", pair="fr-crisis"),
    Svc("fr-sos-amitie", "sosamitie", "FR", "Europe/Paris", ("crisis-line",), ("fr",),
        _d("S.O.S Amitié", "S.O.S Amitié", "S.O.S Amitié", "S.O.S Amitié", "S.O.S Amitié"),
        _d("Anonymous listening by trained volunteers for anyone going through a hard time, "
           "24 hours a day, 7 days a week.",
           "Escucha anónima por voluntarios formados para quien atraviesa un momento "
           "difícil, las 24 horas, los 7 días.",
           "Écoute anonyme par des bénévoles formés pour toute personne qui traverse une "
           "période difficile, 24 h/24 et 7 j/7.",
           "Anonymes Zuhören durch geschulte Ehrenamtliche für alle in schweren Zeiten, rund "
           "um die Uhr, an 7 Tagen.",
           "Escuta anónima por voluntários formados para quem atravessa um período difícil, "
           "24 horas por dia, 7 dias por semana."),
        (Phone("voice", "09 72 39 40 50", "voice",
               "https://www.francebleu.fr/infos/societe/sos-amitie-croule-sous-les-appels-d-"
               "un-nouveau-public-depuis-le-debut-du-confinement-1585652341",
               "On peut joindre SOS Amitié : Par téléphone 24h sur 24 et 7 jours sur 7. "
               "L'association a un numéro commun : le 09 72 39 40 50", A, (), (), CALL),)),
    Svc("fr-fil-sante-jeunes", "epe-idf", "FR", "Europe/Paris", ("counselling",), ("fr",),
        _d("Fil Santé Jeunes", "Fil Santé Jeunes", "Fil Santé Jeunes", "Fil Santé Jeunes",
           "Fil Santé Jeunes"),
        _d("France's free, anonymous line for young people aged 12 to 25, open every day, "
           "answered by psychologists and health professionals.",
           "La línea francesa gratuita y anónima para jóvenes de 12 a 25 años, abierta todos "
           "los días, atendida por psicólogos y profesionales de la salud.",
           "La ligne gratuite et anonyme pour les 12-25 ans, ouverte tous les jours, tenue "
           "par des psychologues et des professionnels de santé.",
           "Frankreichs kostenloses, anonymes Telefon für junge Menschen von 12 bis 25, "
           "täglich erreichbar, besetzt mit Psychologinnen und Fachkräften.",
           "A linha francesa gratuita e anónima para jovens dos 12 aos 25 anos, aberta todos "
           "os dias, atendida por psicólogos e profissionais de saúde."),
        (Phone("voice", "0 800 235 236", "voice",
               "https://web.lifelines.name/read/476fdd52-e791-533c-82f3-8f0780c9c026",
               "la permanence du Fil Santé Jeunes, ce dispositif d'écoute à destination des "
               "jeunes de 12 à 25 ans, gratuit, anonyme et ouvert sept jours sur sept. Il est "
               "20 h 09, et un étudiant caennais vient de composer le 0 800 235 236",
               False, (), (), CALL,
               "a stored copy of a Le Figaro report. Hours left unknown: this source says "
               "\"sept jours sur sept\" without hours; verslehaut.org says \"7 jours sur 7, "
               "de 9h à 23h\" but without the number"),),
        pair="fr-crisis"),
    # ---------------------------------------------------------------- Germany
    Svc("de-telefonseelsorge", "telefonseelsorge", "DE", "Europe/Berlin", ("crisis-line",),
        ("de",),
        _d("TelefonSeelsorge", "TelefonSeelsorge", "TelefonSeelsorge", "TelefonSeelsorge",
           "TelefonSeelsorge"),
        _d("Germany's crisis line for anyone in a crisis: free, anonymous, day and night, "
           "on two nationwide numbers.",
           "La línea de crisis de Alemania para cualquier persona en crisis: gratuita, "
           "anónima, día y noche, en dos números nacionales.",
           "La ligne d'écoute allemande pour toute personne en crise : gratuite, anonyme, "
           "jour et nuit, sur deux numéros nationaux.",
           "Das Krisentelefon für alle Menschen in Krisen: kostenlos, anonym, Tag und Nacht, "
           "unter zwei bundesweiten Nummern.",
           "A linha de crise da Alemanha para quem está em crise: gratuita, anónima, dia e "
           "noite, em dois números nacionais."),
        (Phone("voice-1", "0800 111 0 111", "voice",
               "https://www.domradio.de/glossar/telefonseelsorge-0",
               "Die Telefonseelsorge ist unter den Nummern 0800/1110111 und 0800/1110222 rund "
               "um die Uhr kostenfrei und anonym erreichbar.", A, (), (), CALL),
         Phone("voice-2", "0800 111 0 222", "voice",
               "https://www.domradio.de/glossar/telefonseelsorge-0",
               "Die Telefonseelsorge ist unter den Nummern 0800/1110111 und 0800/1110222 rund "
               "um die Uhr kostenfrei und anonym erreichbar.", A, (), (), CALL)),
        url="https://www.telefonseelsorge.de/", pair="de-crisis"),
    Svc("de-nummer-gegen-kummer", "ngk", "DE", "Europe/Berlin", ("counselling",), ("de",),
        _d("Nummer gegen Kummer – Kinder- und Jugendtelefon",
           "Nummer gegen Kummer – teléfono para niños y jóvenes",
           "Nummer gegen Kummer – ligne pour enfants et adolescents",
           "Nummer gegen Kummer – Kinder- und Jugendtelefon",
           "Nummer gegen Kummer – linha para crianças e jovens"),
        _d("Germany's free, anonymous line for children and young people, Monday to "
           "Saturday 14:00–20:00.",
           "La línea gratuita y anónima de Alemania para niños y jóvenes, de lunes a sábado "
           "de 14:00 a 20:00.",
           "La ligne gratuite et anonyme pour les enfants et les jeunes en Allemagne, du "
           "lundi au samedi de 14 h à 20 h.",
           "Das kostenlose, anonyme Kinder- und Jugendtelefon, montags bis samstags von 14 "
           "bis 20 Uhr.",
           "A linha gratuita e anónima da Alemanha para crianças e jovens, de segunda a "
           "sábado, das 14:00 às 20:00."),
        (Phone("voice", "116 111", "voice", "https://www.sozialspende.de/projekt/id/1203",
               "Über die Rufnummern 116 111 ist das Kinder- und Jugendtelefon (KJT) "
               "deutschlandweit von Montag bis Samstag von 14 bis 20 Uhr zu erreichen. … Alle "
               "Anrufe, selbst vom Handy aus, sind kostenlos und anonym", False,
               (("MO,TU,WE,TH,FR,SA", "14:00", "20:00"),), (), CALL),),
        url="https://www.nummergegenkummer.de/", pair="de-crisis"),
    # ---------------------------------------------------------------- Spain
    Svc("es-024", "sanidad-es", "ES", "Europe/Madrid", ("crisis-line",), ("es",),
        _d("024 – Suicidal Behaviour Helpline", "024 – Línea de atención a la conducta "
           "suicida", "024 – Ligne d'aide face aux conduites suicidaires",
           "024 – Hilfetelefon bei Suizidgedanken", "024 – Linha de apoio à conduta suicida"),
        _d("Spain's national suicide line (Ministerio de Sanidad): free, anonymous, "
           "confidential, 24 hours a day, 365 days a year, for people at risk and those "
           "close to them.",
           "La línea nacional del Ministerio de Sanidad: gratuita, anónima, confidencial, "
           "las 24 horas, los 365 días del año, para personas con conducta suicida y sus "
           "allegados.",
           "La ligne nationale espagnole de prévention du suicide (Ministerio de Sanidad) : "
           "gratuite, anonyme, confidentielle, 24 h/24, 365 jours par an, pour les personnes "
           "en danger et leurs proches.",
           "Spaniens nationale Suizid-Hotline (Ministerio de Sanidad): kostenlos, anonym, "
           "vertraulich, rund um die Uhr an 365 Tagen, für Betroffene und Angehörige.",
           "A linha nacional espanhola de prevenção do suicídio (Ministerio de Sanidad): "
           "gratuita, anónima, confidencial, 24 horas, 365 dias por ano, para pessoas em "
           "risco e os seus próximos."),
        (Phone("voice", "024", "voice",
               "https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-"
               "suicidio/2347183.shtml",
               "la línea 024 de atención a las conductas suicidas … que será gratuito, "
               "accesible, anónimo y confidencial y que estará disponible las 24 horas "
               "durante los siete días de la semana y los 365 días del año", A, (), (), CALL,
               "ondacero.es adds a telephone interpretation service for other languages; not "
               "listed as answer languages since the languages are not named"),),
        pair="es-crisis"),
    Svc("es-anar", "anar", "ES", "Europe/Madrid", ("crisis-line", "counselling"), ("es",),
        _d("ANAR Helpline for Children and Adolescents",
           "Teléfono ANAR de Ayuda a Niños y Adolescentes",
           "Ligne ANAR d'aide aux enfants et adolescents",
           "ANAR-Hilfetelefon für Kinder und Jugendliche",
           "Linha ANAR de ajuda a crianças e adolescentes"),
        _d("Free, confidential help line for children and teenagers at risk, across Spain, "
           "24 hours a day, every day: psychological, social and legal help.",
           "Línea de ayuda gratuita y confidencial para niños y adolescentes en riesgo, en "
           "toda España, las 24 horas, todos los días: ayuda psicológica, social y "
           "jurídica.",
           "Ligne d'aide gratuite et confidentielle pour les enfants et adolescents en "
           "danger, dans toute l'Espagne, 24 h/24, tous les jours : aide psychologique, "
           "sociale et juridique.",
           "Kostenloses, vertrauliches Hilfetelefon für gefährdete Kinder und Jugendliche in "
           "ganz Spanien, rund um die Uhr: psychologische, soziale und rechtliche Hilfe.",
           "Linha de ajuda gratuita e confidencial para crianças e adolescentes em risco, em "
           "toda a Espanha, 24 horas por dia, todos os dias: ajuda psicológica, social e "
           "jurídica."),
        (Phone("voice", "900 20 20 10", "voice",
               "https://defensornavarra.es/es/noticias/la-fundacion-anar-se-entrevisto-con-"
               "el-defensor-del-pueblo-de-navarra-y-le-entrego-su-informe-anual-referido-a-"
               "navarra",
               "“Teléfono ANAR de ayuda a Niños y Adolescentes (900-20 20 10)”, una línea de "
               "ayuda gratuita, confidencial y que opera en todo el territorio nacional las "
               "24 horas del día durante todos los días del año", A, (), (), CALL),),
        pair="es-crisis"),
    Svc("es-esperanza", "esperanza", "ES", "Europe/Madrid", ("crisis-line",), ("es",),
        _d("Teléfono de la Esperanza", "Teléfono de la Esperanza", "Teléfono de la Esperanza",
           "Teléfono de la Esperanza", "Teléfono de la Esperanza"),
        _d("Emotional support line for people going through a hard time. Hours not listed "
           "in the source.",
           "Línea de apoyo emocional para personas que atraviesan un mal momento. Horario "
           "no indicado en la fuente.",
           "Ligne de soutien émotionnel pour les personnes qui traversent une période "
           "difficile. Horaires non indiqués dans la source.",
           "Telefon für emotionale Unterstützung in schweren Zeiten. Zeiten in der Quelle "
           "nicht angegeben.",
           "Linha de apoio emocional para quem atravessa um mau momento. Horário não "
           "indicado na fonte."),
        (Phone("voice", "717 003 717", "voice",
               "https://maldita.es/index.php/malditaciencia/20220510/024-numero-telefono-"
               "atencion-suicidio-espana-gratuito",
               "Otros recursos disponibles son el Teléfono de la Esperanza, con el que puedes "
               "contactar llamando al 91 459 00 55 o al 717 003 717", False, (), (), CALL,
               "91 459 00 55 is a Madrid number (left out: one national line)"),)),
    # ---------------------------------------------------------------- Portugal
    Svc("pt-1411", "spms", "PT", "Europe/Lisbon", ("crisis-line",), ("pt",),
        _d("1411 – National Suicide Prevention Line",
           "1411 – Línea nacional de prevención del suicidio",
           "1411 – Ligne nationale de prévention du suicide",
           "1411 – Nationale Hotline zur Suizidprävention",
           "1411 – Linha Nacional de Prevenção do Suicídio"),
        _d("Portugal's national suicide prevention line, with SNS 24: free, 24 hours a day "
           "all year, answered by psychologists and mental-health nurses.",
           "La línea nacional de prevención del suicidio de Portugal, con el SNS 24: "
           "gratuita, las 24 horas todo el año, atendida por psicólogos y enfermeros de "
           "salud mental.",
           "La ligne nationale portugaise de prévention du suicide, avec le SNS 24 : "
           "gratuite, 24 h/24 toute l'année, tenue par des psychologues et des infirmiers "
           "en santé mentale.",
           "Portugals nationale Hotline zur Suizidprävention, mit SNS 24: kostenlos, rund um "
           "die Uhr das ganze Jahr, besetzt mit Psychologen und psychiatrischen "
           "Pflegekräften.",
           "A linha nacional de prevenção do suicídio, integrada no SNS 24: gratuita, 24 "
           "horas por dia durante todo o ano, atendida por psicólogos e enfermeiros "
           "especialistas em saúde mental."),
        (Phone("voice", "1411", "voice",
               "https://www.altominho.tv/site/2025/09/10/linha-1411-de-prevencao-do-suicidio-"
               "entra-hoje-em-funcionamento",
               "Entrou hoje em funcionamento a Linha Nacional de Prevenção do Suicídio, "
               "acessível através do número 1411 … A nova linha, que funcionará 24 horas por "
               "dia, durante todo o ano", A, (), (), CALL,
               "free of charge per 24noticias.sapo.pt (\"O serviço será gratuito\")"),)),
    Svc("pt-sns24-psicologico", "spms", "PT", "Europe/Lisbon", ("counselling",), ("pt",),
        _d("SNS 24 – Psychological Counselling Service",
           "SNS 24 – Servicio de asesoramiento psicológico",
           "SNS 24 – Service de conseil psychologique",
           "SNS 24 – Psychologischer Beratungsdienst",
           "SNS 24 – Serviço de Aconselhamento Psicológico"),
        _d("The national health service line's psychological counselling. Hours not listed "
           "in the source.",
           "El asesoramiento psicológico de la línea del servicio nacional de salud. Horario "
           "no indicado en la fuente.",
           "Le conseil psychologique de la ligne du service national de santé. Horaires non "
           "indiqués dans la source.",
           "Die psychologische Beratung der Hotline des nationalen Gesundheitsdienstes. "
           "Zeiten in der Quelle nicht angegeben.",
           "O aconselhamento psicológico da linha do Serviço Nacional de Saúde. Horário não "
           "indicado na fonte."),
        (Phone("voice", "808 24 24 24", "voice",
               "https://24noticias.sapo.pt/atualidade/artigos/1411-linha-nacional-de-"
               "prevencao-do-suicidio-arranca-com-atendimento-24-horas",
               "SERVIÇO DE ACONSELHAMENTO PSICOLÓGICO (SNS 24) 808 24 24 24", False, (), (),
               CALL),)),
    Svc("pt-sos-voz-amiga", "vozamiga", "PT", "Europe/Lisbon", ("crisis-line",), ("pt",),
        _d("SOS Voz Amiga", "SOS Voz Amiga", "SOS Voz Amiga", "SOS Voz Amiga",
           "SOS Voz Amiga"),
        _d("Anonymous emotional support line for loneliness, anxiety, depression or "
           "suicide risk, every day 15:30–00:30.",
           "Línea anónima de apoyo emocional ante la soledad, la ansiedad, la depresión o el "
           "riesgo de suicidio, todos los días de 15:30 a 00:30.",
           "Ligne d'écoute anonyme face à la solitude, l'anxiété, la dépression ou le risque "
           "suicidaire, tous les jours de 15 h 30 à 0 h 30.",
           "Anonymes Telefon für emotionale Unterstützung bei Einsamkeit, Angst, Depression "
           "oder Suizidgefahr, täglich 15:30–0:30 Uhr.",
           "Linha de apoio emocional anónima para solidão, ansiedade, depressão ou risco de "
           "suicídio, todos os dias das 15h30 às 0h30."),
        tuple(Phone(f"voice-{i}", n, "voice",
                    "https://24noticias.sapo.pt/atualidade/artigos/1411-linha-nacional-de-"
                    "prevencao-do-suicidio-arranca-com-atendimento-24-horas",
                    "SOS VOZ AMIGA Horário: 15h30 – 0h30 Contacto Telefónico: 213 544 545 "
                    "912 802 669 963 524 660", False, ((DAILY, "15:30", "00:30"),), (), CALL)
              for i, n in enumerate(("213 544 545", "912 802 669", "963 524 660"), 1)),
        url="https://sosvozamiga.org/"),
    # ---------------------------------------------------------------- Netherlands
    Svc("nl-113", "113", "NL", "Europe/Amsterdam", ("crisis-line",), ("nl",),
        _d("113 Suicide Prevention", "113 Prevención del Suicidio",
           "113 Prévention du suicide", "113 Suizidprävention", "113 Prevenção do Suicídio"),
        _d("The Dutch suicide prevention line: call 113 free and anonymously, 24/7 "
           "(0800-0113 also free).",
           "La línea neerlandesa de prevención del suicidio: llame gratis y de forma anónima "
           "al 113, 24/7 (el 0800-0113 también es gratuito).",
           "La ligne néerlandaise de prévention du suicide : appelez le 113 gratuitement et "
           "anonymement, 24 h/24 (le 0800-0113 est aussi gratuit).",
           "Die niederländische Suizidpräventions-Hotline: 113 kostenlos und anonym "
           "anrufen, rund um die Uhr (auch 0800-0113 ist kostenlos).",
           "A linha neerlandesa de prevenção do suicídio: ligue grátis e anonimamente para "
           "o 113, 24/7 (o 0800-0113 também é gratuito)."),
        (Phone("voice", "113", "voice",
               "https://www.upday.com/nl/binnenland/nummer-113-nu-gratis-betere-hulp-bij-"
               "zelfdodingsgedachten/pj8neqt",
               "Denk je aan zelfdoding? Bel dan 24/7 gratis en anoniem 113 of chat op "
               "113.nl", A, (), (), CALL),
         Phone("voice-0800", "0800-0113", "voice",
               "https://www.nu.nl/binnenland/6062813/hulplijn-113-nu-ook-rechtstreeks-"
               "bereikbaar-voor-zelfmoordpreventie.html?redirect=1",
               "De Stichting 113 Zelfmoordpreventie is 24 uur per dag en zeven dagen per week "
               "bereikbaar. … Bel 113 of 0800-0113 of chat via 113.nl.", A, (), (), CALL)),
        url="https://www.113.nl/", pair="nl-crisis"),
    Svc("nl-kindertelefoon", "kindertelefoon", "NL", "Europe/Amsterdam", ("counselling",),
        ("nl",),
        _d("De Kindertelefoon", "De Kindertelefoon", "De Kindertelefoon", "De Kindertelefoon",
           "De Kindertelefoon"),
        _d("The Netherlands' national line for children and young people aged 8 to 18: "
           "free and anonymous, 365 days a year. Hours not listed in the source.",
           "La línea nacional de los Países Bajos para niños y jóvenes de 8 a 18 años: "
           "gratuita y anónima, los 365 días del año. Horario no indicado en la fuente.",
           "La ligne nationale néerlandaise pour les enfants et les jeunes de 8 à 18 ans : "
           "gratuite et anonyme, 365 jours par an. Horaires non indiqués dans la source.",
           "Das nationale Kinder- und Jugendtelefon der Niederlande für 8- bis 18-Jährige: "
           "kostenlos und anonym, an 365 Tagen. Zeiten in der Quelle nicht angegeben.",
           "A linha nacional dos Países Baixos para crianças e jovens dos 8 aos 18 anos: "
           "gratuita e anónima, 365 dias por ano. Horário não indicado na fonte."),
        (Phone("voice", "0800-0432", "voice", "https://www.vriendenkindertelefoon.nl/"
               "kindertelefoon",
               "De Kindertelefoon is … de enige landelijke instantie in Nederland waar "
               "kinderen en jongeren van 8 tot 18 jaar 365 dagen per jaar gratis en anoniem "
               "kunnen bellen … De Kindertelefoon heeft één landelijk gratis nummer "
               "(0800-0432)", False, (), (), CALL),),
        pair="nl-crisis"),
    # ---------------------------------------------------------------- Brazil
    Svc("br-cvv", "cvv", "BR", "America/Sao_Paulo", ("crisis-line",), ("pt",),
        _d("CVV – Centro de Valorização da Vida", "CVV – Centro de Valorização da Vida",
           "CVV – Centro de Valorização da Vida", "CVV – Centro de Valorização da Vida",
           "CVV – Centro de Valorização da Vida"),
        _d("Brazil's emotional support and suicide prevention line, by trained volunteers: "
           "call 188, free, 24 hours, under full confidentiality.",
           "La línea brasileña de apoyo emocional y prevención del suicidio, atendida por "
           "voluntarios formados: llame al 188, gratis, 24 horas, con total "
           "confidencialidad.",
           "La ligne brésilienne de soutien émotionnel et de prévention du suicide, tenue "
           "par des bénévoles formés : appelez le 188, gratuit, 24 h/24, en toute "
           "confidentialité.",
           "Brasiliens Telefon für emotionale Unterstützung und Suizidprävention, besetzt "
           "mit geschulten Ehrenamtlichen: 188 anrufen, kostenlos, rund um die Uhr, streng "
           "vertraulich.",
           "Apoio emocional e prevenção do suicídio por voluntários formados: ligue 188, "
           "gratuito, 24 horas, com total sigilo."),
        (Phone("voice", "188", "voice",
               "https://www.hercampus.com/school/casper-libero/escuta-que-transforma-como-o-"
               "cvv-salva-vidas/",
               "O atendimento é feito por telefone 188 (ligação gratuita, 24h), chat e "
               "e-mail … Telefone 188 : gratuito e 24h.", A, (), (), CALL),),
        url="https://www.cvv.org.br/"),
    # ---------------------------------------------------------------- Australia
    Svc("au-lifeline", "lifeline-au", "AU", "Australia/Sydney", ("crisis-line",), ("en",),
        _d("Lifeline", "Lifeline", "Lifeline", "Lifeline", "Lifeline"),
        _d("Australia's 24-hour crisis support and suicide prevention line, by phone or "
           "text, with trained crisis supporters.",
           "La línea australiana de apoyo en crisis y prevención del suicidio, 24 horas, "
           "por teléfono o mensaje de texto, con voluntarios formados.",
           "La ligne australienne de soutien en situation de crise et de prévention du "
           "suicide, 24 h/24, par téléphone ou SMS, avec des bénévoles formés.",
           "Australiens Krisentelefon und Suizidprävention, rund um die Uhr, per Anruf oder "
           "SMS, mit geschulten Krisenbegleitern.",
           "A linha australiana de apoio em crise e prevenção do suicídio, 24 horas, por "
           "telefone ou SMS, com voluntários formados."),
        (Phone("voice", "13 11 14", "voice",
               "https://www.theleader.com.au/story/7611333/lifeline-crisis-text-service-goes-"
               "247-to-help-more-in-need/",
               "Lifeline's 13 11 14 crisis support service is available 24/7.", A, (), (),
               CALL),
         Phone("text", "0477 13 11 14", "text",
               "https://www.theleader.com.au/story/7611333/lifeline-crisis-text-service-goes-"
               "247-to-help-more-in-need/",
               "The Lifeline Crisis Support Text Service is now available 24 hours a day, 7 "
               "days a week via confidential text message to 0477 13 11 14.", A, (), (),
               _d("Text", "Mensaje de texto", "SMS", "SMS", "SMS"))),
        url="https://www.lifeline.org.au/", pair="au-crisis"),
    Svc("au-kids-helpline", "yourtown", "AU", "Australia/Brisbane",
        ("crisis-line", "counselling"), ("en",),
        _d("Kids Helpline", "Kids Helpline", "Kids Helpline", "Kids Helpline",
           "Kids Helpline"),
        _d("Free, 24/7 counselling for Australian kids and young people aged 5 to 25, by "
           "qualified counsellors.",
           "Orientación gratuita 24/7 para niños y jóvenes de 5 a 25 años en Australia, con "
           "consejeros titulados.",
           "Écoute et conseil gratuits, 24 h/24, pour les enfants et jeunes de 5 à 25 ans en "
           "Australie, par des conseillers qualifiés.",
           "Kostenlose Beratung rund um die Uhr für Kinder und junge Menschen von 5 bis 25 "
           "in Australien, durch ausgebildete Beraterinnen und Berater.",
           "Aconselhamento gratuito 24/7 para crianças e jovens dos 5 aos 25 anos na "
           "Austrália, por conselheiros qualificados."),
        (Phone("voice", "1800 55 1800", "voice",
               "https://www.copmi.net.au/resources/national-kids-helpline/",
               "Kids Helpline is a free, 24 hour, 7 days a week counselling service for "
               "Australian kids and young people aged 5 to 25 years. … (phone 1800 55 1800)",
               A, (), (), CALL),),
        url="https://kidshelpline.com.au/", pair="au-crisis"),
    Svc("au-beyond-blue", "beyondblue", "AU", "Australia/Melbourne", ("counselling",),
        ("en",),
        _d("Beyond Blue Support Service", "Beyond Blue Support Service",
           "Beyond Blue Support Service", "Beyond Blue Support Service",
           "Beyond Blue Support Service"),
        _d("Free, confidential talks with mental-health counsellors, 24 hours a day, 7 days "
           "a week.",
           "Conversaciones gratuitas y confidenciales con consejeros de salud mental, las 24 "
           "horas, los 7 días.",
           "Échanges gratuits et confidentiels avec des conseillers en santé mentale, "
           "24 h/24 et 7 j/7.",
           "Kostenlose, vertrauliche Gespräche mit Fachleuten für seelische Gesundheit, rund "
           "um die Uhr.",
           "Conversas gratuitas e confidenciais com conselheiros de saúde mental, 24 horas "
           "por dia, 7 dias por semana."),
        (Phone("voice", "1300 22 4636", "voice",
               "https://fortitudevalleynews.com.au/beyond-blue-mental-health-support-never-"
               "takes-a-holiday",
               "its free, confidential support service is available 24 hours a day, seven "
               "days a week … People can connect with skilled counsellors by calling 1300 22 "
               "46 36", A, (), (), CALL),),
        url="https://www.beyondblue.org.au/"),
    Svc("au-support-act", "supportact", "AU", "Australia/Sydney",
        ("music-industry", "counselling"), ("en",),
        _d("Support Act Wellbeing Helpline", "Support Act Wellbeing Helpline",
           "Support Act Wellbeing Helpline", "Support Act Wellbeing Helpline",
           "Support Act Wellbeing Helpline"),
        _d("The music and arts charity's free, confidential helpline for anyone working in "
           "Australian music and the arts, 24/7, staffed by professional clinicians.",
           "La línea gratuita y confidencial de la organización benéfica de la música y las "
           "artes, para quien trabaja en la música y las artes en Australia, 24/7, atendida "
           "por profesionales clínicos.",
           "La ligne gratuite et confidentielle de l'organisme caritatif de la musique et "
           "des arts, pour toute personne qui travaille dans la musique et les arts en "
           "Australie, 24 h/24, tenue par des cliniciens.",
           "Die kostenlose, vertrauliche Hotline der Hilfsorganisation für Musik und Kunst, "
           "für alle, die in Australiens Musik- und Kunstszene arbeiten, rund um die Uhr, "
           "mit klinischen Fachkräften.",
           "A linha gratuita e confidencial da instituição de solidariedade da música e das "
           "artes, para quem trabalha na música e nas artes na Austrália, 24/7, atendida por "
           "profissionais clínicos."),
        (Phone("voice", "1800 959 500", "voice",
               "https://aussietheatre.com.au/news/support-act-wellbeing-helpline-now-"
               "available-to-all-arts-workers",
               "The Wellbeing Helpline is a free confidential service available 24/7, staffed "
               "by professional clinicians … It can be accessed by calling 1800 959 500 "
               "within Australia", A, (), (), CALL),)),
    # ---------------------------------------------------------------- Japan
    Svc("jp-yorisoi", "yorisoi", "JP", "Asia/Tokyo", ("crisis-line", "counselling"), ("ja",),
        _d("Yorisoi Hotline (よりそいホットライン)", "Yorisoi Hotline (よりそいホットライン)",
           "Yorisoi Hotline (よりそいホットライン)", "Yorisoi Hotline (よりそいホットライン)",
           "Yorisoi Hotline (よりそいホットライン)"),
        _d("Japan's free telephone counselling for any worry, 24 hours a day, all year, with "
           "a suicide prevention line among its options.",
           "Orientación telefónica gratuita en Japón para cualquier preocupación, las 24 "
           "horas, todo el año, con una línea de prevención del suicidio entre sus opciones.",
           "Écoute téléphonique gratuite au Japon pour tout souci, 24 h/24, toute l'année, "
           "avec une ligne de prévention du suicide parmi ses options.",
           "Japans kostenlose Telefonberatung für alle Sorgen, rund um die Uhr das ganze "
           "Jahr, mit einer Suizidpräventions-Linie unter ihren Optionen.",
           "Aconselhamento telefónico gratuito no Japão para qualquer preocupação, 24 horas, "
           "todo o ano, com uma linha de prevenção do suicídio entre as opções."),
        (Phone("voice", "0120-279-338", "voice",
               "https://kotobank.jp/word/%E3%82%88%E3%82%8A%E3%81%9D%E3%81%84%E3%81%BB%E3%81%"
               "A4%E3%81%A8%E3%82%89%E3%81%84%E3%82%93-3193813",
               "一般社団法人「社会的包摂サポートセンター」が運営する"
               "24時間年中無休の無料電話相談。… "
               "3県以外は同(0120)279338。", A, (), (), CALL,
               "Iwate, Miyagi and Fukushima have their own number, 0120-279-226, left out "
               "(regional). A foreign-language line (press 2) exists per older sources "
               "(hurights.or.jp, 2015) with hours that vary by language; not listed"),),
        url="https://www.since2011.net/yorisoi/"),
    Svc("jp-inochi-no-denwa", "inochi", "JP", "Asia/Tokyo", ("crisis-line",), ("ja",),
        _d("Inochi no Denwa – Suicide Prevention Free Dial (自殺予防いのちの電話)",
           "Inochi no Denwa – línea gratuita de prevención del suicidio (自殺予防いのちの電話)",
           "Inochi no Denwa – numéro gratuit de prévention du suicide (自殺予防いのちの電話)",
           "Inochi no Denwa – kostenlose Suizidpräventions-Nummer (自殺予防いのちの電話)",
           "Inochi no Denwa – linha gratuita de prevenção do suicídio (自殺予防いのちの電話)"),
        _d("The national federation's free suicide prevention line: every day 16:00–21:00, "
           "and on the 10th of each month from 08:00 for 24 hours.",
           "La línea gratuita de prevención del suicidio de la federación nacional: todos "
           "los días de 16:00 a 21:00, y el día 10 de cada mes desde las 08:00 durante 24 "
           "horas.",
           "La ligne gratuite de prévention du suicide de la fédération nationale : tous les "
           "jours de 16 h à 21 h, et le 10 de chaque mois à partir de 8 h pendant 24 heures.",
           "Die kostenlose Suizidpräventions-Nummer des nationalen Verbands: täglich 16–21 "
           "Uhr, und am 10. jedes Monats ab 8 Uhr für 24 Stunden.",
           "A linha gratuita de prevenção do suicídio da federação nacional: todos os dias "
           "das 16:00 às 21:00, e no dia 10 de cada mês a partir das 08:00 durante 24 horas."),
        (Phone("voice", "0120-783-556", "voice", "https://www.city.akiruno.tokyo.jp/"
               "0000015267.html",
               "一般社団法人日本いのちの電話連盟 電話番号:0120-783-556"
               "(年中無休で午後4時から午後9時まで、"
               "毎月10日は午前8時から翌日午前8時まで)", False, ((DAILY, "16:00", "21:00"),), (),
               CALL, "a city page of March 2023; the monthly 24 hours of the 10th cannot be "
               "said as weekly hours, so it is in the description"),)),
    Svc("jp-kokoro", "mhlw", "JP", "Asia/Tokyo", ("counselling",), ("ja",),
        _d("Kokoro no Kenko Sodan Toitsu Dial (こころの健康相談統一ダイヤル)",
           "Kokoro no Kenko Sodan Toitsu Dial – línea unificada de salud mental "
           "(こころの健康相談統一ダイヤル)",
           "Kokoro no Kenko Sodan Toitsu Dial – numéro unifié de santé mentale "
           "(こころの健康相談統一ダイヤル)",
           "Kokoro no Kenko Sodan Toitsu Dial – einheitliche Nummer für seelische "
           "Gesundheit (こころの健康相談統一ダイヤル)",
           "Kokoro no Kenko Sodan Toitsu Dial – linha unificada de saúde mental "
           "(こころの健康相談統一ダイヤル)"),
        _d("The health ministry's single number that connects to the public mental-health "
           "phone counselling of the caller's prefecture or city. Days and hours vary by "
           "prefecture.",
           "El número único del Ministerio de Salud que conecta con la orientación "
           "telefónica pública de salud mental de la prefectura o ciudad de quien llama. "
           "Días y horario según la prefectura.",
           "Le numéro unique du ministère de la Santé qui renvoie vers l'écoute publique en "
           "santé mentale de la préfecture ou de la ville de l'appelant. Jours et horaires "
           "selon la préfecture.",
           "Die einheitliche Nummer des Gesundheitsministeriums, die zur öffentlichen "
           "Telefonberatung der Präfektur oder Stadt des Anrufers verbindet. Tage und Zeiten "
           "je nach Präfektur.",
           "O número único do Ministério da Saúde que liga ao aconselhamento telefónico "
           "público de saúde mental da prefeitura ou cidade de quem liga. Dias e horários "
           "conforme a prefeitura."),
        (Phone("voice", "0570-064-556", "voice",
               "https://www.wic-net.com/material/document/23000/14",
               "都道府県等が実施しているこころの健康電話相談等の公的な電話相談事業に全国共通の電話番号を"
               "設定する「こころの健康相談統一ダイヤル 0570-064-556 おこなおう まもろうよ こころ"
               "(ナビダイヤル)」は、平成20年9月10日から運用を行っている。",
               False, (), (), CALL,
               "the health ministry's budget paper of December 2025, stored at wic-net.com "
               "from https://www.mhlw.go.jp/wp/yosan/yosan/26syokanyosan/gaiyou.html. Days and "
               "hours vary by prefecture (aichiskr.or.jp: \"相談対応をしている曜日・時間などの"
               "詳細は下記にてご確認ください\"), so hours are unknown here"),)),
)

# Lines looked for and left out, with why (SOURCES.md lists them).
LEFT_OUT: tuple[tuple[str, str, str], ...] = (
    ("US", "National Suicide Prevention Lifeline 1-800-273-8255",
     "replaced by 988 in 2022 (webmd.com, stayanotherday.com); 988 is the line to show"),
    ("US", "MusiCares West 1.800.687.4227 and South 1.877.626.2748",
     "listed on the same grammy.com page as regional help lines; one line per service is "
     "shipped (East, 1.877.303.6962) and no page said which is current"),
    ("CA", "Talk Suicide Canada 1-833-456-4566",
     "the line 988 expanded on (connectfm.ca, muskoka411.com); 988 is the line to show"),
    ("DE", "TelefonSeelsorge 116 123", "the one source seen that lists it with the two "
     "0800 numbers (ansbach-evangelisch.de) is served over plain http only; every shipped "
     "number has an https source"),
    ("IE", "Childline (ISPCC)", "not looked up in a source in the time available"),
    ("ES", "Teléfono de la Esperanza 91 459 00 55", "a Madrid number; the national "
     "717 003 717 from the same source is shipped"),
    ("PT", "SOS Voz Amiga 930 712 500", "listed in saudeonline.pt but not in the newer "
     "24noticias.sapo.pt list (September 2025) the other three numbers come from"),
    ("PT", "SOS Voz Amiga free line 800 209 899",
     "announced in 2017 for one year (doc.iasaude.pt); no later source found"),
    ("JP", "Inochi no Denwa navi dial (0570-…)",
     "the one source seen writes it 0570-0783-55, which does not match the usual form; "
     "not confirmed"),
    ("JP", "TELL Lifeline (English)", "sources describe the service (telljp.com, "
     "japantimes.co.jp) but none read showed its current number"),
    ("MX", "a national youth line", "none found in the sources read"),
    ("BR", "a national youth line", "none found in the sources read"),
)


def uid(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, ":".join(parts)))


def _rows() -> dict[str, list[dict[str, str]]]:
    rows: dict[str, list[dict[str, str]]] = {table: [] for table in hsds.TABLES}
    checked = CHECKED.isoformat()
    for key, (name, website) in ORGS.items():
        rows["organization"].append({"id": uid("org", key), "name": name,
                                     "website": website})
    for code in model.KINDS:
        name, description = KIND_TERMS[code]
        rows["taxonomy_term"].append({"id": uid("term", code), "code": code, "name": name,
                                      "description": description,
                                      "taxonomy": model.TAXONOMY})
    for s in SERVICES:
        sid = uid("service", s.key)
        rows["service"].append({
            "id": sid, "organization_id": uid("org", s.org), "name": s.names["en"],
            "description": s.descs["en"], "url": s.url, "status": "active",
            "assured_date": checked, "tzid": s.tz, "pair_group": s.pair})
        rows["service_area"].append({"id": uid("area", s.key), "service_id": sid,
                                     "country": s.country})
        for code in s.kinds:
            rows["attribute"].append({"id": uid("attribute", s.key, code), "link_id": sid,
                                      "taxonomy_term_id": uid("term", code),
                                      "link_entity": "service"})
        for lang in s.languages:
            rows["language"].append({"id": uid("language", s.key, lang), "service_id": sid,
                                     "code": lang})
        for lang in model.LANGUAGES:
            if lang == "en":
                continue  # the English text is the service row's own
            for field_name, texts in (("name", s.names), ("description", s.descs)):
                rows["translation"].append({
                    "table_name": "service", "record_id": sid, "field_name": field_name,
                    "language": lang, "translation": texts[lang]})
        for p in s.phones:
            pid = uid("phone", s.key, p.key)
            rows["phone"].append({
                "id": pid, "service_id": sid, "number": p.number, "type": p.type,
                "description": p.desc.get("en", ""), "assured_date": checked,
                "source_url": p.source, "always_open": "true" if p.always_open else "false"})
            for lang in p.languages:
                rows["language"].append({"id": uid("language", s.key, p.key, lang),
                                         "phone_id": pid, "code": lang})
            for lang, text in sorted(p.desc.items()):
                if lang != "en":
                    rows["translation"].append({
                        "table_name": "phone", "record_id": pid,
                        "field_name": "description", "language": lang, "translation": text})
            for i, (byday, opens, closes) in enumerate(p.hours):
                rows["schedule"].append({
                    "id": uid("schedule", s.key, p.key, str(i)), "service_id": sid,
                    "phone_id": pid, "freq": "WEEKLY", "byday": byday, "opens_at": opens,
                    "closes_at": closes, "tzid": s.tz})
    return rows


def _field(column: hsds.Column) -> dict[str, object]:
    f: dict[str, object] = {"name": column.name, "type": column.type}
    if column.format:
        f["format"] = column.format
    constraints: dict[str, object] = {}
    if column.required:
        constraints["required"] = True
    if column.enum:
        constraints["enum"] = list(column.enum)
    if constraints:
        f["constraints"] = constraints
    return f


def _datapackage() -> dict[str, object]:
    return {
        "name": "wellness-desk-directory",
        "title": "Wellness Desk sample directory: national crisis lines and services",
        "profile": "tabular-data-package",
        "created": PUBLISHED,
        "hsds_version": hsds.HSDS_VERSION,
        "hsds_profile": hsds.PROFILE,
        "resources": [
            {"name": table, "path": f"{table}.csv", "profile": "tabular-data-resource",
             "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
             "schema": {"fields": [_field(c) for c in columns]}}
            for table, columns in hsds.TABLES.items()
        ],
    }


def write_csvs(folder: Path) -> None:
    """The package written with the csv module, in exactly hsds.TABLES' column order.

    Used until wellness_desk.resources.package.write_package exists (branch res-package).
    """
    folder.mkdir(parents=True, exist_ok=True)
    for table, table_rows in _rows().items():
        names = [c.name for c in hsds.TABLES[table]]
        with (folder / f"{table}.csv").open("w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=names, lineterminator="\n")
            writer.writeheader()
            for row in table_rows:
                writer.writerow({n: row.get(n, "") for n in names})
    (folder / "datapackage.json").write_text(
        json.dumps(_datapackage(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def sources_md() -> str:
    out = [
        "# Sources of the shipped resource directory",
        "",
        "The research log of `assets/resources/` (generated by "
        "`scripts/build_sample_directory.py` from the same entries as the CSVs).",
        f"Every number was checked on {CHECKED.isoformat()} against the public page named "
        "with it: the number appears there next to the service's name, in the quoted text. "
        "Hours are filled only where that source gives them; otherwise they are unknown. "
        "Languages of a line are listed only where its source names them; a service's "
        "language is otherwise the country's language its own material is written in.",
        "",
        "The industry's 24/7 help line is not in this package: it is set in the app "
        "(File → Settings → Help line).",
        "",
    ]
    by_country: dict[str, list[Svc]] = {}
    for s in SERVICES:
        by_country.setdefault(s.country, []).append(s)
    for country, services in by_country.items():
        out.append(f"## {country}")
        out.append("")
        for s in services:
            out.append(f"### {s.names['en']}")
            out.append("")
            for p in s.phones:
                if p.always_open:
                    hours = "24/7"
                elif p.hours:
                    hours = "; ".join(f"{d} {o}–{c} ({s.tz})" for d, o, c in p.hours)
                else:
                    hours = "hours unknown"
                out.append(f"- **{p.number}** ({p.type}, {hours})  ")
                out.append(f"  source: <{p.source}>  ")
                out.append(f"  quote: “{p.quote}”" + ("  " if p.note else ""))
                if p.note:
                    out.append(f"  note: {p.note}")
            out.append("")
    out += ["## Looked for and left out", ""]
    for country, what, why in LEFT_OUT:
        out.append(f"- {country} — {what}: {why}.")
    out += ["", "No country of the list (US, CA, MX, GB, IE, FR, DE, ES, PT, NL, BR, AU, JP) "
            "was left out: each has at least one crisis line confirmed above.", ""]
    return "\n".join(out)


def main() -> int:
    write_csvs(OUT)
    (OUT / "SOURCES.md").write_text(sources_md(), encoding="utf-8")
    print(f"wrote {len(SERVICES)} services, "
          f"{sum(len(s.phones) for s in SERVICES)} numbers to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
