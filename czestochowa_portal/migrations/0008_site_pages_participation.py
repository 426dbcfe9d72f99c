"""The privacy page and the Regulamin describe the discussion and the remarks, now that the
portal takes them (issue 9): what is kept, why, who sees it and for how long.

Each change replaces one fragment of the text, so a page the staff edited elsewhere keeps
those edits; a fragment the staff rewrote is left as they wrote it. Going back puts the
texts of 0007 back in the same way.
"""

import importlib

from django.db import migrations

REVIEWED = importlib.import_module("czestochowa_portal.migrations.0007_site_pages_legal_review")
IOD_TO_CONFIRM = REVIEWED.IOD_TO_CONFIRM

PRIVACY_CHANGES = [
    (
        "na przykład powiadomienia e-mail, komentarze albo ankiety – uzupełnimy tę informację.",
        "na przykład powiadomienia e-mail albo ankiety – uzupełnimy tę informację.",
    ),
    (
        "<li><strong>Skład rad dzielnic.</strong>",
        "<li><strong>Komentarze w dyskusji.</strong> Przed pierwszym komentarzem wybierają "
        "Państwo podpis – imię, imię i nazwisko albo pseudonim – i akceptują regulamin; "
        "zapisujemy podpis i datę akceptacji. Przy każdym komentarzu zapisujemy jego treść, "
        "fragment projektu, którego dotyczy, datę dodania, poprawienia i wycofania oraz konto, "
        "z którego go dodano. Podpis i treść komentarza widzi każdy odwiedzający serwis; "
        "adresu e-mail nie pokazujemy nikomu. Po wycofaniu komentarza usuwamy jego treść, "
        "a w dyskusji zostaje informacja o wycofaniu. Serwis zapisuje też, że ktoś "
        "odpowiedział na Państwa komentarz, że odpowiedziała na niego jednostka prowadząca "
        "konsultacje albo że moderator go ukrył – by móc Państwa o tym powiadomić, gdy "
        "uruchomimy powiadomienia. Podstawą jest art. 6 ust. 1 lit. e RODO, tak jak przy "
        "koncie.</li>\n"
        "<li><strong>Zgłoszenia i moderacja.</strong> Gdy zgłaszają Państwo komentarz "
        "moderatorom, zapisujemy, kto go zgłosił, kiedy i z jakiego powodu, a także "
        "wyjaśnienie, jeśli je Państwo dodali. Autor komentarza nie dowie się, kto go zgłosił. "
        "W dzienniku moderacji zapisujemy każde ukrycie i przywrócenie komentarza oraz każdą "
        "blokadę komentowania: kto i kiedy ją wprowadził, kogo dotyczy i dlaczego. Powód "
        "ukrycia komentarza jest publiczny. Aby ograniczyć nadużycia, serwis sprawdza, ile "
        "komentarzy i uwag wysłano z Państwa konta w ostatnich minutach. Podstawą jest art. 6 "
        "ust. 1 lit. e RODO, a przy dzienniku moderacji także art. 6 ust. 1 lit. c w związku "
        "z art. 5 ust. 2 RODO (rozliczalność).</li>\n"
        "<li><strong>Uwagi w konsultacjach.</strong> Przy uwadze złożonej na formularzu "
        "w serwisie zapisujemy jej treść, fragment lub miejsce, którego dotyczy, proponowane "
        "brzmienie zapisu, uzasadnienie, datę wpływu oraz konto, z którego ją wysłano. Uwagi "
        "złożone na papierze, pocztą albo e-mailem wprowadza do serwisu pracownik jednostki "
        "prowadzącej konsultacje, z datą wpływu i sposobem złożenia. W konsultacjach "
        "prowadzonych według ustawy o planowaniu i zagospodarowaniu przestrzennym uwaga "
        "zawiera także imię i nazwisko albo nazwę, adres oraz informację, czy autor jest "
        "właścicielem lub użytkownikiem wieczystym nieruchomości, której uwaga dotyczy "
        "(art. 8g tej ustawy). Każda uwaga dostaje numer: jej treść i sposób rozpatrzenia "
        "publikujemy w serwisie i w raporcie z konsultacji pod tym numerem, bez danych autora. "
        "Dane autora widzą tylko upoważnieni pracownicy jednostki prowadzącej konsultacje. "
        "Podstawą jest art. 6 ust. 1 lit. e RODO, a gdy obowiązek zebrania uwag wynika "
        "z ustawy – na przykład z ustawy o planowaniu i zagospodarowaniu przestrzennym – "
        "art. 6 ust. 1 lit. c RODO.</li>\n"
        "<li><strong>Skład rad dzielnic.</strong>",
    ),
    (
        "lub osoby do kontaktu wprowadzają upoważnieni pracownicy Urzędu.</p>",
        "lub osoby do kontaktu wprowadzają upoważnieni pracownicy Urzędu. Dane z uwag "
        "złożonych na papierze, pocztą albo e-mailem przepisuje z pisma pracownik jednostki "
        "prowadzącej konsultacje.</p>",
    ),
    (
        "autorów aktualności i osób do kontaktu – może przeczytać każda osoba odwiedzająca "
        "serwis.</p>",
        "autorów aktualności i osób do kontaktu – może przeczytać każda osoba odwiedzająca "
        "serwis. Każdy może też przeczytać podpisy i treść komentarzy oraz treść uwag – uwagi "
        "bez danych ich autorów.</p>",
    ),
    (
        "<tr><td>Rejestr zmian i dziennik panelu administracyjnego</td>",
        "<tr><td>Komentarze z podpisem, zgłoszenia komentarzy, dziennik moderacji, uwagi wraz "
        "z danymi ich autorów</td><td>Tak długo, jak dokumentacja konsultacji. Treść "
        "wycofanego komentarza usuwamy od razu.</td><td>JRWA – dokumentacja konsultacji "
        f"({IOD_TO_CONFIRM}).</td></tr>\n"
        "<tr><td>Blokada komentowania</td><td>Do końca blokady, od 1 dnia do roku; wpis "
        "o blokadzie zostaje w dzienniku moderacji.</td><td>Ustawienia serwisu; czas blokady "
        "wybiera moderator.</td></tr>\n"
        "<tr><td>Rejestr zmian i dziennik panelu administracyjnego</td>",
    ),
    (
        "Bez adresu e-mail i hasła nie można jednak założyć konta.",
        "Bez adresu e-mail i hasła nie można jednak założyć konta, a bez treści uwagi – złożyć "
        "jej. W konsultacjach prowadzonych według ustawy o planowaniu i zagospodarowaniu "
        "przestrzennym uwagi nie można złożyć także bez imienia i nazwiska albo nazwy oraz "
        "adresu.",
    ),
]

TERMS_CHANGES = [
    (
        "<li>Komentarze i uwagi można dodawać tylko w czasie trwania konsultacji, w terminie "
        "podanym w jej opisie.</li>",
        "<li>Komentarze i uwagi można dodawać tylko w czasie trwania konsultacji, w terminie "
        "podanym w jej opisie.</li>\n"
        "<li>Przed pierwszym komentarzem użytkownik akceptuje regulamin i wybiera podpis, "
        "który pokaże się pod jego komentarzami: imię, imię i nazwisko albo pseudonim. Adresu "
        "e-mail serwis nie pokazuje.</li>\n"
        "<li>Autor może poprawić komentarz w krótkim czasie po jego dodaniu – formularz podaje, "
        "do której godziny – i wycofać go do końca konsultacji. W miejscu wycofanego "
        "komentarza zostaje informacja o wycofaniu, aby odpowiedzi innych osób nie straciły "
        "sensu.</li>\n"
        "<li>Liczba komentarzy i uwag, które można wysłać z jednego konta w ciągu kilku minut, "
        "jest ograniczona. Po przekroczeniu limitu serwis prosi o chwilę przerwy i zachowuje "
        "wpisany tekst.</li>",
    ),
    (
        "<li>Każdy może zgłosić moderatorom komentarz, który jego zdaniem narusza regulamin.</li>",
        "<li>Każda osoba zalogowana może zgłosić moderatorom komentarz, który jej zdaniem "
        "narusza regulamin. Komentarz zgłoszony przez kilka osób zostaje ukryty do czasu "
        "sprawdzenia przez moderatora.</li>",
    ),
    (
        "wyświetla się informacja o jego ukryciu wraz z przyczyną.</li>",
        "wyświetla się informacja o jego ukryciu wraz z przyczyną. Osobie, która narusza "
        "regulamin, moderator może na określony czas zablokować dodawanie komentarzy. Blokada "
        "nie odbiera prawa do złożenia uwagi.</li>",
    ),
    (
        "<li>Uwagi zgłoszone w czasie konsultacji rozpatruje jednostka, która je prowadzi. "
        "Sposób rozpatrzenia uwag przedstawia raport z konsultacji.</li>",
        "<li>Uwagi można złożyć na formularzu w serwisie, jeżeli przewiduje to ogłoszenie "
        "konsultacji, albo w inny sposób w nim podany. Każda uwaga dostaje numer. Serwis "
        "publikuje uwagi pod ich numerami, bez imion, nazwisk i adresów autorów.</li>\n"
        "<li>Uwagi zgłoszone w czasie konsultacji rozpatruje jednostka, która je prowadzi: przy "
        "każdej podaje, czy uwagę uwzględniono, uwzględniono częściowo, czy jej nie "
        "uwzględniono, czy jest bezprzedmiotowa albo złożona po terminie, i uzasadnia to "
        "stanowisko. Sposób rozpatrzenia uwag serwis pokazuje po opublikowaniu wyników "
        "konsultacji; przedstawia go także raport z konsultacji.</li>",
    ),
]

CHANGES = {"privacy": PRIVACY_CHANGES, "terms": TERMS_CHANGES}


def _replace(apps, *, forward):
    SitePage = apps.get_model("czestochowa_portal", "SitePage")
    for kind, changes in CHANGES.items():
        page = SitePage.objects.filter(kind=kind).first()
        if page is None:
            continue
        body = page.body
        for old, new in changes:
            before, after = (old, new) if forward else (new, old)
            body = body.replace(before, after, 1)
        if body != page.body:
            page.body = body
            page.save(update_fields=["body"])


def describe_participation(apps, schema_editor):
    _replace(apps, forward=True)


def restore_reviewed(apps, schema_editor):
    _replace(apps, forward=False)


class Migration(migrations.Migration):
    dependencies = [("czestochowa_portal", "0007_site_pages_legal_review")]

    operations = [migrations.RunPython(describe_participation, restore_reviewed)]
