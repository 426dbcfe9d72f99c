"""The portal's language, checked in one place: „Państwo”, never „ty”; one form for everyone;
Polish words; dates with „r.”. `language_problems(html)` runs every check below on a page.

`informal_forms(text)` returns the informal words and phrases found in a page's visible text
(see `visible_text`) or in an e-mail. The list is meant to grow (issue 12 extends it): add a
pattern to INFORMAL_PATTERNS together with a legitimate sentence it must not hit in
tests/portal/test_polish_register.py.

Words are matched whole, case-insensitively, and only in forms that address one person or a
group informally. Left out on purpose:
- short imperatives on buttons, links and check boxes („Zaloguj się”, „Zmień hasło”,
  „Usuń”, „Pamiętaj mnie”), which formal Polish interfaces use as commands to the system;
- „ci” in lower case, which is also the plural „ci mieszkańcy”; „Ci” is caught after a verb
  in the first person plural („wyślemy Ci”) and in the middle of a sentence;
- „swój, swoje”, which are reflexive and fit „Państwo” („mogą Państwo zmienić swoje hasło”).
"""

import re
from html.parser import HTMLParser

_WORDS = [
    # personal and possessive pronouns of the second person
    "ty",
    "tobie",
    "tobą",
    "ciebie",
    "cię",
    "twój",
    "twoja",
    "twoje",
    "twojego",
    "twojej",
    "twojemu",
    "twoim",
    "twoich",
    "twoimi",
    "twoją",
    "wy",
    "was",
    "wam",
    "wami",
    "wasz",
    "wasza",
    "wasze",
    "waszego",
    "waszej",
    "waszym",
    "waszych",
    # verbs in the second person singular or plural
    "masz",
    "macie",
    "możesz",
    "możecie",
    "jesteś",
    "jesteście",
    "chcesz",
    "chcecie",
    "musisz",
    "musicie",
    "wiesz",
    "wiecie",
    "otrzymujesz",
    "otrzymasz",
    "dostaniesz",
    "znajdziesz",
    "zobaczysz",
    "widzisz",
    "będziesz",
    "potrzebujesz",
    "pamiętasz",
    "uważasz",
    "publikujesz",
    "dodajesz",
    "powinieneś",
    "powinnaś",
    # imperatives that ask a reader to do something in a sentence
    "wpisz",
    "wpiszcie",
    "kliknij",
    "kliknijcie",
    "podaj",
    "podajcie",
    "sprawdź",
    "sprawdźcie",
    "wprowadź",
    "wprowadźcie",
    "skontaktuj",
    "skontaktujcie",
    "spróbuj",
    "spróbujcie",
    "pamiętajcie",
    "upewnij",
    "wybierz",
    "wybierzcie",
    "użyj",
    "popraw",
    "poprawcie",
    "opisz",
    "opiszcie",
    "napisz",
    "napiszcie",
    "zweryfikuj",
    "użyjcie",
    "zabierz",
    "zabierzcie",
    "przyjdź",
    "przyjdźcie",
    "zapraszamy cię",
    # „bądź” alone is also „or” („ten bądź tamten”); as an imperative it comes in phrases
    "bądź na bieżąco",
    "bądźcie",
    "proszę wpisz",
]

INFORMAL_PATTERNS = [
    re.compile(r"(?<!\w)(?:" + "|".join(re.escape(word) for word in _WORDS) + r")(?!\w)", re.I),
    # the past tense of the second person: „zapomniałeś”, „otrzymałaś”, „podjąłeś”
    re.compile(r"(?<!\w)\w+(?:łeś|łaś|liście|łyście)(?!\w)", re.I),
    # „Pamiętaj, że…”, but not the check box „Pamiętaj mnie” (the privacy page names it)
    re.compile(r"(?<!\w)pamiętaj(?!\w)(?!\s+mnie(?!\w))", re.I),
    # „Ci” after a verb in the first person plural („wyślemy Ci”, „przypominamy ci”)
    re.compile(r"(?<!\w)\w+(?:emy|amy|imy|ymy)\s+ci(?!\w)", re.I),
    # „Ci” with a capital letter in the middle of a sentence („link, który Ci wysłaliśmy”)
    re.compile(r"(?<=[\w,] )Ci(?!\w)"),
]


def informal_forms(text: str) -> list[str]:
    """Every informal form in the text, in order of appearance."""
    matches = sorted(
        (match.start(), -match.end(), match.group(0))
        for pattern in INFORMAL_PATTERNS
        for match in pattern.finditer(text)
    )
    found, covered_to = [], 0
    for start, negative_end, form in matches:
        if start >= covered_to:  # „wyślemy Ci” is one finding, not two
            found.append(form)
            covered_to = -negative_end
    return found


_READ_ATTRIBUTES = {"alt", "title", "aria-label", "placeholder", "content"}


class _TextParser(HTMLParser):
    def __init__(self, *, attributes=True):
        super().__init__()
        self.attributes = attributes
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in {"script", "style", "template"}:
            self._skip += 1
        if not self.attributes:
            return
        for name, value in attrs:
            if name in _READ_ATTRIBUTES and value:
                self.parts.append(value)
        if tag == "input":
            attributes = dict(attrs)
            if attributes.get("type") in {"submit", "button"} and attributes.get("value"):
                self.parts.append(attributes["value"])

    def handle_endtag(self, tag):
        if tag in {"script", "style", "template"} and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def visible_text(html: str, *, attributes: bool = True) -> str:
    """What a person reads or hears on a page: text and (unless not asked) the attributes read
    out."""
    parser = _TextParser(attributes=attributes)
    parser.feed(html)
    return "\n".join(part.strip() for part in parser.parts if part.strip())


# „Radna / Radny”, „Przewodniczący/Przewodnicząca”, „zalogowany/a”, „opublikował(a)”: a person's
# function is shown in the form that person uses, and the portal's own text needs neither.
# Django's and allauth's Polish write every gender at once: „został(a)(-ło) dodany(-na)(-ne)”,
# „Dodaj kolejne(go)(-ną)(-ny)”, „edytować go/ją/je”, „z nim(i)/nią”, „Zapisałem/am”.
BOTH_GENDER_PATTERNS = [
    re.compile(r"(?<!\w)(\w{3,})a\s*/\s*\1[yi](?!\w)"),
    re.compile(r"(?<!\w)(\w{3,})[yi]\s*/\s*\1a(?!\w)"),
    re.compile(r"(?<!\w)\w+[yi]\s*/\s*-?a(?!\w)"),
    re.compile(r"(?<!\w)\w+(?:\(-?\w{1,5}\))+(?:/\w+)?"),
    re.compile(r"(?<!\w)(?:go|ją|je|nim|nią)(?:/(?:go|ją|je|nim|nią))+(?!\w)"),
    re.compile(r"(?<!\w)\w+[ae]m\s*/\s*-?[ae]m(?!\w)"),
]


def both_gender_forms(text: str) -> list[str]:
    """Every „Radna / Radny” or „opublikował(a)” in the text."""
    return [match.group(0) for pattern in BOTH_GENDER_PATTERNS for match in pattern.finditer(text)]


# English that Django, allauth, the admin and the editor leave behind when a string is not
# translated. Whole words, case-sensitive, and none a Polish word („No” is not Polish prose,
# „Menu” and „Link” are, so they are not here).
ENGLISH_LEFTOVERS = [
    "Authenticator",
    "Authenticators",
    "MFA",
    "TOTP",
    "Unspecified",
    "Unknown",
    "Yes",
    "No",
    "None",
    "True",
    "False",
    "bold",
    "Bold",
    "italic",
    "Italic",
    "insert link",
    "Insert link",
    "breadcrumb",
    "breadcrumbs",
    "Breadcrumbs",
    "Home",
    "Submit",
    "Save",
    "Cancel",
    "Delete",
    "Search",
    "Email",
    "E-mail addresses",
    "Email Addresses",
    "Password",
    "Sign In",
    "Sign Up",
    "Sign Out",
    "Remember Me",
    "Recovery Codes",
    "Two-Factor Authentication",
    "History",
    "Previous",
    "Next",
    "required",
    # the permission names Django stores („Can add jednostka (wydział)”) and simple-history
    "Can add",
    "Can change",
    "Can delete",
    "Can view",
    "View history",
    "Change history",
    "Change reason",
    "Changes",
    "Changed by",
    # the rows that link two records, as Django names them („Consultation_methods object (26)”)
    "object",
]
_ENGLISH = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(word) for word in ENGLISH_LEFTOVERS) + r")(?![\w-])"
)


def english_leftovers(text: str) -> list[str]:
    """Every known English leftover in the text."""
    return _ENGLISH.findall(text)


_MONTHS = (
    "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|"
    "listopada|grudnia"
)
# „16 marca 2026” not followed by „r.” (a non-breaking space counts as a space).
_DATE_WITHOUT_R = re.compile(rf"(?<!\d)\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}(?!\d)(?!\s*r\.)")


def dates_without_r(text: str) -> list[str]:
    """Every written date whose year is not followed by „r.”."""
    return _DATE_WITHOUT_R.findall(text)


def language_problems(html: str) -> list[str]:
    """Everything on a page (or in an e-mail) that breaks the portal's language rules.

    Dates are read only in the text shown, not in attributes (a `title` may repeat a date for
    a machine-like tooltip, and the check is about what is typeset).
    """
    text = visible_text(html)
    return (
        informal_forms(text)
        + both_gender_forms(text)
        + english_leftovers(text)
        + dates_without_r(visible_text(html, attributes=False))
    )
