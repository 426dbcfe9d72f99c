"""The procedures (tryby) a consultation can run under, and what the law says about each.

Staff choose the procedure; the law behind it is not something they edit, so it lives here:
its legal basis, who may take part, what a valid remark needs and, where a statute sets one,
the shortest period for remarks. Staff may add to these texts on a consultation, never
replace them. Every sentence here rests on a verified fact of the domain notes
(shared/domain/czestochowa.md, section 2); what the notes mark as uncertain is left out.
"""

from dataclasses import dataclass

from django.db import models

GENERAL_RESOLUTION = (
    "uchwała Nr 715/LXII/2010 Rady Miasta Częstochowy z dnia 28 czerwca 2010 r. w sprawie "
    "zasad i trybu przeprowadzania konsultacji społecznych z mieszkańcami Częstochowy"
)
MUNICIPAL_ACT = "ustawy z dnia 8 marca 1990 r. o samorządzie gminnym"
PLANNING_ACT = "ustawy z dnia 27 marca 2003 r. o planowaniu i zagospodarowaniu przestrzennym"
ENVIRONMENT_ACT = (
    "ustawy z dnia 3 października 2008 r. o udostępnianiu informacji o środowisku i jego "
    "ochronie, udziale społeczeństwa w ochronie środowiska oraz o ocenach oddziaływania "
    "na środowisko"
)
AS_THE_ANNOUNCEMENT_SAYS = "Sposób zgłaszania opinii i uwag określa ogłoszenie tych konsultacji."


class Procedure(models.TextChoices):
    GENERAL = "ogolny", "ogólny – uchwała Nr 715/LXII/2010 Rady Miasta Częstochowy"
    SPATIAL_PLAN = (
        "plan",
        "plan ogólny lub miejscowy – art. 8e–8m ustawy o planowaniu i zagospodarowaniu "
        "przestrzennym",
    )
    SPATIAL_PLAN_OLD_RULES = (
        "plan-sprzed-reformy",
        "plan miejscowy rozpoczęty przed 24 września 2023 r. – wyłożenie i dyskusja publiczna",
    )
    REVITALISATION = "rewitalizacja", "rewitalizacja – art. 6 ustawy o rewitalizacji"
    ENVIRONMENT_DOCUMENT = (
        "srodowisko-dokument",
        "strategia, program lub plan – art. 39–41 ustawy o udostępnianiu informacji o środowisku",
    )
    ENVIRONMENT_DECISION = (
        "srodowisko-decyzja",
        "decyzja wymagająca udziału społeczeństwa – art. 33 ustawy o udostępnianiu informacji "
        "o środowisku",
    )
    ORGANISATIONS = (
        "organizacje",
        "akt prawa miejscowego dotyczący organizacji pozarządowych – art. 5 ust. 5 ustawy "
        "o działalności pożytku publicznego i o wolontariacie",
    )
    DISTRICT_STATUTE = "statut-dzielnicy", "statut dzielnicy – art. 35 ustawy o samorządzie gminnym"


@dataclass(frozen=True)
class ProcedureRules:
    legal_basis: str
    participants: str
    remarks: str
    # The planning act wants the name and address of whoever files a remark (art. 8g); a
    # remarks form for such a consultation has to ask for them.
    name_and_address_required: bool = False
    min_days: int | None = None
    # Named when a shorter period is refused: the provision that sets `min_days`, as it
    # reads after „tyle wymaga”.
    min_days_source: str = ""


RULES = {
    Procedure.GENERAL: ProcedureRules(
        legal_basis=f"Art. 5a {MUNICIPAL_ACT} oraz {GENERAL_RESOLUTION}.",
        participants="Mieszkanki i mieszkańcy Częstochowy.",
        remarks=AS_THE_ANNOUNCEMENT_SAYS,
    ),
    # The notes give 21 days for these only from a secondary source, so the portal does not
    # enforce them as a statutory minimum: the general rule of CONSULTATION_MIN_DAYS applies.
    Procedure.SPATIAL_PLAN: ProcedureRules(
        legal_basis=(
            f"Art. 8e–8m {PLANNING_ACT} (rozdział 1a „Partycypacja społeczna”, dodany ustawą "
            "z dnia 7 lipca 2023 r.). Te przepisy dotyczą planu ogólnego gminy i planów "
            "miejscowych, do których sporządzenia przystąpiono uchwałą podjętą 24 września "
            "2023 r. lub później."
        ),
        participants=(
            "Każdy zainteresowany (interesariusze, art. 8e): osoby fizyczne i prawne, "
            "jednostki samorządu terytorialnego, organy władzy publicznej oraz jednostki "
            "pomocnicze gminy, w tym rady dzielnic."
        ),
        remarks=(
            "Uwagi składa się na piśmie, na formularzu – na papierze albo elektronicznie, także "
            "e-mailem (art. 8g). W uwadze trzeba podać imię i nazwisko albo nazwę, adres oraz "
            "adres e-mail, jeśli się go ma, i napisać, czy jest się właścicielem lub "
            "użytkownikiem wieczystym nieruchomości, której uwaga dotyczy."
        ),
        name_and_address_required=True,
    ),
    Procedure.SPATIAL_PLAN_OLD_RULES: ProcedureRules(
        legal_basis=(
            f"Przepisy {PLANNING_ACT} w brzmieniu sprzed zmian wprowadzonych ustawą z dnia "
            "7 lipca 2023 r. – dla planów miejscowych, do których sporządzenia przystąpiono "
            "przed 24 września 2023 r. Projekt planu wykłada się do publicznego wglądu na co "
            "najmniej 21 dni i organizuje się dyskusję publiczną."
        ),
        participants=(
            "Kto może wnieść uwagi, podaje obwieszczenie Prezydenta Miasta Częstochowy "
            "o wyłożeniu projektu planu do publicznego wglądu."
        ),
        remarks=(
            "Uwagi składa się w sposób, w miejscu i w terminie podanych w obwieszczeniu "
            "o wyłożeniu projektu planu do publicznego wglądu."
        ),
        min_days=21,
        min_days_source=(
            "ustawa o planowaniu i zagospodarowaniu przestrzennym w brzmieniu sprzed "
            "24 września 2023 r. (wyłożenie projektu planu)"
        ),
    ),
    Procedure.REVITALISATION: ProcedureRules(
        legal_basis="Art. 6 ustawy z dnia 9 października 2015 r. o rewitalizacji.",
        participants=(
            "Interesariusze rewitalizacji w rozumieniu art. 2 ust. 2 ustawy o rewitalizacji."
        ),
        remarks=(
            "Uwagi zbiera się na piśmie – na papierze albo elektronicznie: e-mailem lub na "
            "formularzu w Biuletynie Informacji Publicznej. Konsultacje mają też co najmniej "
            "dwie inne formy, np. spotkania, debaty, warsztaty, spacery studyjne, ankiety, "
            "wywiady, grupy przedstawicielskie albo zbieranie uwag ustnych."
        ),
        min_days=30,
        min_days_source="art. 6 ustawy o rewitalizacji",
    ),
    Procedure.ENVIRONMENT_DOCUMENT: ProcedureRules(
        legal_basis=f"Art. 29 oraz art. 39–41 {ENVIRONMENT_ACT}.",
        participants="Każdy (art. 29 ustawy).",
        remarks=(
            "Uwagi można złożyć na piśmie, ustnie do protokołu albo elektronicznie, bez "
            "kwalifikowanego podpisu elektronicznego (art. 40). Uwagi złożone po terminie "
            "pozostawia się bez rozpatrzenia (art. 41)."
        ),
        min_days=21,
        min_days_source="art. 39 ustawy o udostępnianiu informacji o środowisku",
    ),
    Procedure.ENVIRONMENT_DECISION: ProcedureRules(
        legal_basis=f"Art. 29 i art. 33 {ENVIRONMENT_ACT}.",
        participants="Każdy (art. 29 ustawy).",
        remarks=(
            "Obwieszczenie podaje, gdzie można zapoznać się z dokumentacją sprawy, jak i gdzie "
            "składać uwagi oraz który organ je rozpatrzy (art. 33)."
        ),
        min_days=30,
        min_days_source="art. 33 ustawy o udostępnianiu informacji o środowisku",
    ),
    Procedure.ORGANISATIONS: ProcedureRules(
        legal_basis=(
            "Art. 5 ust. 5 ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego "
            "i o wolontariacie oraz uchwała Nr 762/LXIV/2010 Rady Miasta Częstochowy z dnia "
            "20 września 2010 r."
        ),
        participants=(
            "Organizacje pozarządowe, których działalności dotyczy konsultowany projekt aktu "
            "prawa miejscowego."
        ),
        remarks=AS_THE_ANNOUNCEMENT_SAYS,
    ),
    Procedure.DISTRICT_STATUTE: ProcedureRules(
        legal_basis=(
            f"Art. 35 ust. 1 {MUNICIPAL_ACT}: statut dzielnicy i jego zmiany Rada Miasta "
            "uchwala po przeprowadzeniu konsultacji z mieszkańcami. Zasady i tryb tych "
            f"konsultacji określa {GENERAL_RESOLUTION} (art. 5a ust. 2 ustawy)."
        ),
        participants="Mieszkanki i mieszkańcy Częstochowy.",
        remarks=AS_THE_ANNOUNCEMENT_SAYS,
    ),
}


def rules_for(procedure: str) -> ProcedureRules:
    return RULES[Procedure(procedure)]
