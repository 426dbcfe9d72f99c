"""Site pages after the legal, data-protection and language review (issue 12, points 4–8).

Rows are updated, not only created, so an existing database gets the corrected texts as a
fresh one does. Versions the staff saved in the admin stay in the page's history. Going
back restores the texts of 0004.

Sources beyond the domain file, to confirm with the city before go-live:
* the buildings (Śląska 11/13, Waszyngtona 5) follow „Dostępność architektoniczna budynków
  Urzędu Miasta Częstochowy” in the BIP (bip.czestochowa.pl/contentsversions/1166336/42486);
  for Focha 19/21 nothing was found, its fields stay empty and show „Brak informacji”;
* the accessibility contact (name, dostepnosc@ mailbox, phone) is the one the Urząd gives
  in the deklaracja of its geoportal (e.czestochowa.pl);
* the JRWA class and archive category of each retention period are not in the domain file:
  the privacy page marks them for the Inspektor Ochrony Danych to fill in.
"""

import importlib

from django.db import migrations

INITIAL = importlib.import_module("czestochowa_portal.migrations.0004_initial_site_content")

TERMS_LEAD = INITIAL.TERMS_LEAD
TERMS_BODY = """\
<h2>§ 1. Postanowienia ogólne</h2>
<ol>
<li>Regulamin określa zasady korzystania z serwisu internetowego Konsultacje Społeczne Częstochowa, zwanego dalej serwisem. Jest regulaminem, o którym mowa w art. 8 ustawy z dnia 18 lipca 2002 r. o świadczeniu usług drogą elektroniczną.</li>
<li>Serwis prowadzi Prezydent Miasta Częstochowy przy pomocy Urzędu Miasta Częstochowy, ul. Śląska 11/13, 42-217 Częstochowa. Konsultacje społeczne w mieście koordynuje Referat Dialogu i Praw Człowieka w Wydziale Polityki Społecznej Urzędu.</li>
<li>Serwis służy do informowania o konsultacjach społecznych prowadzonych przez Urząd Miasta Częstochowy i jednostki miejskie, do zbierania opinii mieszkanek i mieszkańców oraz do publikowania wyników konsultacji. Rady dzielnic zamieszczają w nim także aktualności.</li>
<li>Korzystanie z serwisu jest bezpłatne.</li>
<li>Serwis nie zastępuje Biuletynu Informacji Publicznej. Ogłoszenia i dokumenty, które zgodnie z przepisami muszą być opublikowane w BIP, są publikowane również tam.</li>
</ol>
<h2>§ 2. Korzystanie z serwisu bez konta</h2>
<p>Bez zakładania konta każdy może przeglądać konsultacje, pobierać materiały, wypełniać ankiety oraz czytać komentarze, aktualności i wyniki konsultacji.</p>
<h2>§ 3. Konto użytkownika</h2>
<ol>
<li>Konto jest potrzebne do dodawania komentarzy i zgłaszania uwag w serwisie.</li>
<li>Do założenia konta potrzebne są adres e-mail i hasło. Konto zaczyna działać po potwierdzeniu adresu e-mail, czyli po kliknięciu w link z wiadomości wysłanej na ten adres.</li>
<li>Każda osoba może mieć w serwisie tylko jedno konto. Konto jest osobiste i nie wolno udostępniać go innym osobom.</li>
<li>Użytkownik dba o to, aby nikt nie poznał jego hasła. Jeżeli podejrzewa, że hasło poznała inna osoba, powinien niezwłocznie je zmienić.</li>
<li>Pracownicy Urzędu i jednostek miejskich, którzy zarządzają treściami serwisu, logują się dwuetapowo: po podaniu hasła wpisują jednorazowy kod z aplikacji uwierzytelniającej. Logowanie dwuetapowe mogą włączyć także pozostali użytkownicy.</li>
<li>Użytkownik może w każdej chwili poprosić o usunięcie konta, pisząc na adres <a href="mailto:konsultacje@czestochowa.um.gov.pl">konsultacje@czestochowa.um.gov.pl</a>. Komentarze i uwagi dodane wcześniej w konsultacjach pozostają w ich dokumentacji.</li>
<li>Konto osoby, która rażąco lub uporczywie narusza regulamin, może zostać zablokowane. Informację o blokadzie wysyłamy na adres e-mail przypisany do konta.</li>
</ol>
<h2>§ 4. Komentarze i uwagi</h2>
<ol>
<li>Komentarze i uwagi można dodawać tylko w czasie trwania konsultacji, w terminie podanym w jej opisie.</li>
<li>Komentarz powinien dotyczyć przedmiotu konsultacji. Prosimy o rzeczowy i życzliwy ton.</li>
<li>Niedozwolone jest zamieszczanie treści:
<ul>
<li>obraźliwych, wulgarnych, zawierających groźby lub nawołujących do nienawiści;</li>
<li>zawierających dane osobowe innych osób, np. imiona i nazwiska, adresy lub numery telefonów;</li>
<li>reklamowych lub handlowych;</li>
<li>niezgodnych z prawem, naruszających dobra osobiste lub prawa autorskie innych osób;</li>
<li>powtarzających wielokrotnie ten sam tekst.</li>
</ul>
</li>
<li>Każdy może zgłosić moderatorom komentarz, który jego zdaniem narusza regulamin.</li>
<li>Moderator może ukryć komentarz naruszający regulamin. W miejscu ukrytego komentarza wyświetla się informacja o jego ukryciu wraz z przyczyną.</li>
<li>Ukryte komentarze nie są usuwane. Pozostają w dokumentacji konsultacji, a moderator może je przywrócić.</li>
<li>Autor ukrytego komentarza może poprosić o ponowne rozpatrzenie sprawy, pisząc na adres <a href="mailto:konsultacje@czestochowa.um.gov.pl">konsultacje@czestochowa.um.gov.pl</a>.</li>
<li>Odpowiedzi udzielane w imieniu Urzędu lub jednostki prowadzącej konsultacje są w serwisie wyraźnie oznaczone.</li>
<li>Uwagi zgłoszone w czasie konsultacji rozpatruje jednostka, która je prowadzi. Sposób rozpatrzenia uwag przedstawia raport z konsultacji.</li>
</ol>
<h2>§ 5. Ankiety</h2>
<ol>
<li>Ankiety są anonimowe i nie wymagają zakładania konta.</li>
<li>Każda osoba wypełnia daną ankietę tylko raz. Jeżeli ankietę udostępniono z jednorazowymi kodami, każdy kod można wykorzystać tylko raz.</li>
<li>Jeżeli przewiduje to ogłoszenie konsultacji, ankietę można wypełnić także na papierze, na przykład w siedzibie rady dzielnicy w czasie dyżuru jej przedstawicieli. Odpowiedzi papierowe są wprowadzane do serwisu i liczone razem z odpowiedziami przesłanymi przez internet.</li>
<li>Niedozwolone jest wielokrotne wypełnianie ankiety przez tę samą osobę oraz wysyłanie odpowiedzi w sposób zautomatyzowany. Odpowiedzi, które w oczywisty sposób są wynikiem takich działań, mogą zostać pominięte w wynikach; informację o tym podajemy w raporcie.</li>
</ol>
<h2>§ 6. Charakter wyników konsultacji</h2>
<p>Konsultacje mają charakter opiniodawczy. Ich wyniki, w tym wyniki ankiet, nie są wiążące dla Prezydenta Miasta ani dla Rady Miasta Częstochowy, ale są brane pod uwagę przy podejmowaniu decyzji.</p>
<h2>§ 7. Działanie serwisu</h2>
<ol>
<li>Serwis jest dostępny przez całą dobę. Mogą wystąpić przerwy techniczne; o planowanych przerwach w miarę możliwości informujemy z wyprzedzeniem.</li>
<li>Do korzystania z serwisu wystarczy aktualna przeglądarka internetowa. Serwis działa na komputerach i telefonach, także przy wyłączonej obsłudze JavaScriptu.</li>
<li>Jeżeli z powodu awarii serwisu nie mogą Państwo zgłosić uwagi w terminie, prosimy przesłać ją na adres <a href="mailto:konsultacje@czestochowa.um.gov.pl">konsultacje@czestochowa.um.gov.pl</a> albo złożyć w Kancelarii Urzędu Miasta Częstochowy, ul. Śląska 11/13, pokój nr 3.</li>
<li>Informacje o dostępności serwisu dla osób z niepełnosprawnościami zawiera deklaracja dostępności.</li>
</ol>
<h2>§ 8. Reklamacje</h2>
<ol>
<li>Jeżeli serwis nie działa tak, jak opisuje to regulamin, mogą Państwo złożyć reklamację. Może ona dotyczyć na przykład błędu, przez który nie udało się założyć konta, zalogować albo wysłać formularza.</li>
<li>Reklamację można złożyć:
<ul>
<li>elektronicznie – e-mailem na adres <a href="mailto:konsultacje@czestochowa.um.gov.pl">konsultacje@czestochowa.um.gov.pl</a> albo przez elektroniczną skrzynkę podawczą ePUAP Urzędu: /97j3t1ixjk/SkrytkaESP;</li>
<li>listownie – na adres: Urząd Miasta Częstochowy, ul. Śląska 11/13, 42-217 Częstochowa, z dopiskiem „Reklamacja – serwis Konsultacje Społeczne Częstochowa”;</li>
<li>osobiście – na piśmie w Kancelarii Urzędu Miasta Częstochowy, ul. Śląska 11/13, pokój nr 3, w godzinach pracy Urzędu.</li>
</ul>
</li>
<li>Reklamacja powinna zawierać:
<ul>
<li>imię i nazwisko osoby, która ją składa;</li>
<li>adres e-mail albo adres pocztowy, na który mamy wysłać odpowiedź;</li>
<li>adres e-mail przypisany do konta w serwisie – jeżeli reklamacja dotyczy konta;</li>
<li>opis problemu: czego dotyczy, na której stronie serwisu wystąpił i kiedy (data i przybliżona godzina);</li>
<li>informację, czego Państwo oczekują.</li>
</ul>
Pomocny bywa także zrzut ekranu z komunikatem o błędzie.</li>
<li>Na reklamację odpowiadamy w ciągu 14 dni od dnia jej wpływu do Urzędu. Odpowiedź wysyłamy na adres podany w reklamacji – e-mailem albo listownie.</li>
<li>Jeżeli w reklamacji brakuje informacji potrzebnych do jej rozpatrzenia, poprosimy o ich uzupełnienie. Termin 14 dni liczymy wtedy od dnia, w którym otrzymamy uzupełnienie.</li>
<li>Reklamacja dotyczy działania serwisu. Uwagi do konsultowanych dokumentów zgłasza się w sposób podany w ogłoszeniu konsultacji, a żądania zapewnienia dostępności rozpatrujemy w trybie opisanym w deklaracji dostępności.</li>
</ol>
<h2>§ 9. Dane osobowe</h2>
<p>Zasady przetwarzania danych osobowych i używania plików cookies opisuje polityka prywatności serwisu.</p>
<h2>§ 10. Zmiany regulaminu</h2>
<p>Regulamin może zostać zmieniony. Nową treść publikujemy w serwisie wraz z datą wejścia zmian w życie. O istotnych zmianach informujemy także osoby posiadające konto, wysyłając wiadomość na adres e-mail przypisany do konta.</p>
<h2>§ 11. Kontakt</h2>
<p>Pytania dotyczące serwisu i regulaminu prosimy kierować na adres <a href="mailto:konsultacje@czestochowa.um.gov.pl">konsultacje@czestochowa.um.gov.pl</a>, telefonicznie pod numerem <a href="tel:+48343707100">34 370 71 00</a> albo pocztą na adres: Urząd Miasta Częstochowy, ul. Śląska 11/13, 42-217 Częstochowa.</p>
"""

IOD_TO_CONFIRM = "symbol klasy i kategorię archiwalną uzupełni Inspektor Ochrony Danych"

PRIVACY_LEAD = (
    "Wyjaśniamy, jakie dane osobowe przetwarzamy w serwisie, w jakim celu i jakie prawa "
    "Państwu przysługują. Serwis używa wyłącznie niezbędnych plików cookies."
)
PRIVACY_BODY = f"""\
<p>Poniższe informacje przekazujemy zgodnie z art. 13 i 14 rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. w sprawie ochrony osób fizycznych w związku z przetwarzaniem danych osobowych i w sprawie swobodnego przepływu takich danych oraz uchylenia dyrektywy 95/46/WE (ogólne rozporządzenie o ochronie danych), dalej: RODO.</p>
<h2>Informacja o przetwarzaniu danych osobowych</h2>
<h3>Administrator danych</h3>
<p>Administratorem danych osobowych przetwarzanych w serwisie Konsultacje Społeczne Częstochowa jest Prezydent Miasta Częstochowy, z siedzibą w Urzędzie Miasta Częstochowy, ul. Śląska 11/13, 42-217 Częstochowa.</p>
<h3>Kontakt z administratorem</h3>
<ul>
<li>e-mail: <a href="mailto:info@czestochowa.um.gov.pl">info@czestochowa.um.gov.pl</a></li>
<li>elektroniczna skrzynka podawcza ePUAP: /97j3t1ixjk/SkrytkaESP</li>
<li>pocztą: Urząd Miasta Częstochowy, ul. Śląska 11/13, 42-217 Częstochowa</li>
</ul>
<h3>Inspektor ochrony danych</h3>
<p>Administrator wyznaczył inspektora ochrony danych. We wszystkich sprawach dotyczących przetwarzania Państwa danych i korzystania z przysługujących Państwu praw mogą się Państwo z nim kontaktować:</p>
<ul>
<li>e-mail: <a href="mailto:iod@czestochowa.um.gov.pl">iod@czestochowa.um.gov.pl</a></li>
<li>telefon: <a href="tel:+48343707373">34 370 73 73</a></li>
<li>pocztą na adres Urzędu, z dopiskiem „Inspektor Ochrony Danych”.</li>
</ul>
<h3>Cele i podstawy prawne przetwarzania</h3>
<p>Opisujemy tylko to, co serwis robi dziś. Zanim uruchomimy funkcję, która będzie przetwarzać dane w nowy sposób – na przykład powiadomienia e-mail, komentarze albo ankiety – uzupełnimy tę informację.</p>
<ul>
<li><strong>Konto w serwisie.</strong> Do założenia konta potrzebne są adres e-mail i hasło. Hasła nie przechowujemy w postaci jawnej – zapisujemy jedynie jego skrót kryptograficzny. Zapisujemy też datę założenia konta i datę ostatniego logowania, a jeżeli włączą Państwo logowanie dwuetapowe – dane potrzebne do sprawdzania jednorazowych kodów. Przy kontach pracowników Urzędu i członków rad dzielnic zapisujemy ponadto imię, nazwisko oraz to, w którym wydziale lub w której radzie dzielnicy dana osoba działa. Podstawą przetwarzania jest art. 6 ust. 1 lit. e RODO, czyli wykonywanie zadania realizowanego w interesie publicznym, określonego w art. 5a ustawy z dnia 8 marca 1990 r. o samorządzie gminnym oraz w uchwale Nr 715/LXII/2010 Rady Miasta Częstochowy z dnia 28 czerwca 2010 r.</li>
<li><strong>Sesja.</strong> Po zalogowaniu serwis zapisuje na serwerze sesję: losowy identyfikator, informację, do którego konta należy, i termin jej wygaśnięcia. W sesji przechowujemy także jednorazowe komunikaty, na przykład potwierdzenie zalogowania. Przeglądarka otrzymuje wyłącznie identyfikator sesji (plik cookie sessionid, opisany niżej). Podstawa prawna jest taka sama jak przy koncie.</li>
<li><strong>Ochrona logowania.</strong> Aby utrudnić odgadywanie haseł i zautomatyzowane zakładanie kont, serwis liczy próby logowania, zakładania konta oraz zmiany i resetowania hasła. Do liczenia używa adresu IP, a przy próbach dotyczących konkretnego konta – skrótu kryptograficznego wpisanego adresu e-mail albo numeru konta. Gdy prób jest za dużo, serwis na kilka minut wstrzymuje kolejne. Podstawą jest art. 6 ust. 1 lit. c RODO w związku z art. 32 RODO, który zobowiązuje administratora do zapewnienia bezpieczeństwa przetwarzania.</li>
<li><strong>Wiadomości e-mail.</strong> Serwis wysyła wyłącznie wiadomości związane z kontem: link do potwierdzenia adresu e-mail, link do ustawienia nowego hasła oraz powiadomienia o zmianach w zabezpieczeniach konta, na przykład o zmianie hasła lub adresu e-mail. Do wysłania wiadomości potrzebne są adres odbiorcy i treść wiadomości. Serwis nie wysyła newslettera ani powiadomień o konsultacjach. Podstawą jest art. 6 ust. 1 lit. e RODO, tak jak przy koncie, a przy powiadomieniach o zmianach w zabezpieczeniach – także art. 6 ust. 1 lit. c w związku z art. 32 RODO.</li>
<li><strong>Skład rad dzielnic.</strong> Na stronie każdej dzielnicy publikujemy skład jej rady: imię i nazwisko członka rady oraz jego funkcję. Nie publikujemy prywatnych adresów, numerów telefonów ani adresów e-mail członków rad – podajemy tylko adres siedziby rady i jej dane kontaktowe.</li>
<li><strong>Autorzy aktualności i osoby do kontaktu.</strong> Przy aktualności podajemy imię i nazwisko osoby, która ją przygotowała – pracownika Urzędu albo członka rady dzielnicy. Przy konsultacji podajemy osobę do kontaktu: imię i nazwisko pracownika oraz jego służbowy adres e-mail i numer telefonu. Dzięki temu wiadomo, kto odpowiada za treść i do kogo można się zwrócić z pytaniem.</li>
<li><strong>Rejestr zmian.</strong> Gdy pracownik Urzędu lub członek rady dzielnicy zmienia treść w serwisie – aktualność, konsultację albo stronę serwisu – serwis zapisuje, kto i kiedy wprowadził zmianę oraz jak wyglądała treść po zmianie. Zmiany wprowadzane w panelu administracyjnym, także w składach rad dzielnic, odnotowuje ponadto dziennik panelu. Rejestr i dziennik widzą tylko osoby upoważnione. Podstawą jest art. 6 ust. 1 lit. c RODO w związku z art. 5 ust. 2 i art. 32 RODO (rozliczalność i bezpieczeństwo przetwarzania).</li>
</ul>
<h3>Podstawa publikacji imion i nazwisk</h3>
<p>Członkowie rad dzielnic pełnią funkcje w organach jednostek pomocniczych gminy, a pracownicy Urzędu wykonują zadania publiczne. Ich imiona, nazwiska i funkcje publikujemy na podstawie art. 6 ust. 1 lit. e RODO w związku z art. 5 ust. 2 ustawy z dnia 6 września 2001 r. o dostępie do informacji publicznej. Zgodnie z tym przepisem ochrona prywatności nie obejmuje informacji o osobach pełniących funkcje publiczne, mających związek z pełnieniem tych funkcji. W przypadku rad dzielnic podstawę uzupełniają statuty dzielnic, nadane uchwałą Nr 318/XXVIII/2004 Rady Miasta Częstochowy z dnia 15 marca 2004 r. w sprawie utworzenia dzielnic oraz nadania im statutów. Publikujemy wyłącznie informacje związane z pełnioną funkcją.</p>
<h3>Skąd mamy dane</h3>
<p>Dane konta podają Państwo sami. Imiona, nazwiska i funkcje członków rad dzielnic oraz dane pracowników wskazanych jako autorzy lub osoby do kontaktu wprowadzają upoważnieni pracownicy Urzędu.</p>
<h3>Odbiorcy danych</h3>
<p>Dane mogą otrzymać:</p>
<ul>
<li>podmioty uprawnione do ich otrzymania na podstawie przepisów prawa;</li>
<li>podmioty, które na zlecenie Urzędu świadczą usługi informatyczne, takie jak utrzymanie serwerów, serwis oprogramowania czy wysyłka wiadomości e-mail – wyłącznie na podstawie umowy powierzenia przetwarzania danych i zgodnie z poleceniami administratora.</li>
</ul>
<p>Imiona i nazwiska opublikowane w serwisie – członków rad dzielnic, autorów aktualności i osób do kontaktu – może przeczytać każda osoba odwiedzająca serwis.</p>
<h3>Przekazywanie danych do państw trzecich</h3>
<p>Nie przekazujemy danych do państw trzecich ani do organizacji międzynarodowych. Serwis nie pobiera żadnych elementów z serwerów zewnętrznych – czcionek, skryptów, map ani narzędzi analitycznych – dlatego podczas korzystania z niego Państwa przeglądarka łączy się wyłącznie z serwerem serwisu.</p>
<h3>Okres przechowywania danych</h3>
<p>Dane techniczne przechowujemy tak długo, jak wynika to z ustawień serwisu. Okres przechowywania dokumentacji Urzędu wynika z jednolitego rzeczowego wykazu akt (JRWA) – załącznika nr 2 do rozporządzenia Prezesa Rady Ministrów z dnia 18 stycznia 2011 r. w sprawie instrukcji kancelaryjnej, jednolitych rzeczowych wykazów akt oraz instrukcji w sprawie organizacji i zakresu działania archiwów zakładowych. O tym, jak długo przechowuje się dokumentację danej klasy, decyduje jej kategoria archiwalna.</p>
<table>
<tr><th>Dane</th><th>Jak długo</th><th>Skąd wynika ten okres</th></tr>
<tr><td>Konto: adres e-mail, skrót hasła, imię i nazwisko, dane logowania dwuetapowego</td><td>Do usunięcia konta. Konto usuwamy na Państwa prośbę przesłaną na adres <a href="mailto:konsultacje@czestochowa.um.gov.pl">konsultacje@czestochowa.um.gov.pl</a>.</td><td>Ustawienia serwisu.</td></tr>
<tr><td>Sesja i jednorazowe komunikaty</td><td>Do wylogowania albo zamknięcia przeglądarki, a po zaznaczeniu pola „Pamiętaj mnie” – najdłużej 2 tygodnie. Wygasłe sesje serwis usuwa raz na dobę.</td><td>Ustawienia serwisu.</td></tr>
<tr><td>Liczniki prób logowania, zakładania konta i zmiany hasła</td><td>Od 1 do 5 minut, zależnie od rodzaju próby.</td><td>Ustawienia serwisu (limity prób).</td></tr>
<tr><td>Wiadomości e-mail</td><td>Serwis nie przechowuje kopii wysłanych wiadomości. Wiadomość czeka w kolejce tylko do chwili wysłania – zwykle kilka sekund, a gdy serwer pocztowy jest chwilowo niedostępny, najwyżej kilkanaście minut.</td><td>Ustawienia serwisu.</td></tr>
<tr><td>Skład rad dzielnic</td><td>Do końca pełnienia funkcji w radzie. Później upoważniony pracownik usuwa te dane ze strony dzielnicy.</td><td>Okres pełnienia funkcji; dokumentacja wyborów do rad dzielnic – według JRWA ({IOD_TO_CONFIRM}).</td></tr>
<tr><td>Imiona i nazwiska autorów aktualności oraz osób do kontaktu przy konsultacjach</td><td>Tak długo, jak aktualność lub konsultacja jest opublikowana w serwisie.</td><td>JRWA – dokumentacja konsultacji i publikacji Urzędu ({IOD_TO_CONFIRM}).</td></tr>
<tr><td>Rejestr zmian i dziennik panelu administracyjnego</td><td>Obecnie bez ograniczenia czasu.</td><td>Okres zostanie ustalony według JRWA ({IOD_TO_CONFIRM}).</td></tr>
</table>
<h3>Przysługujące Państwu prawa</h3>
<p>Mają Państwo prawo do:</p>
<ul>
<li>dostępu do swoich danych i otrzymania ich kopii (art. 15 RODO);</li>
<li>sprostowania danych (art. 16 RODO);</li>
<li>usunięcia danych (art. 17 RODO) – w przypadkach przewidzianych w RODO; prawo to nie przysługuje, gdy przetwarzanie jest niezbędne do wypełnienia obowiązku prawnego lub do wykonania zadania realizowanego w interesie publicznym;</li>
<li>ograniczenia przetwarzania (art. 18 RODO);</li>
<li>wniesienia sprzeciwu wobec przetwarzania z przyczyn związanych z Państwa szczególną sytuacją (art. 21 RODO) – gdy podstawą przetwarzania jest art. 6 ust. 1 lit. e RODO.</li>
</ul>
<p>Serwis nie przetwarza obecnie danych na podstawie zgody, dlatego prawo do przenoszenia danych (art. 20 RODO) nie ma zastosowania.</p>
<h3>Skarga do organu nadzorczego</h3>
<p>Jeżeli uznają Państwo, że przetwarzanie Państwa danych osobowych narusza przepisy RODO, mogą Państwo wnieść skargę do Prezesa Urzędu Ochrony Danych Osobowych, ul. Stawki 2, 00-193 Warszawa.</p>
<h3>Dobrowolność podania danych</h3>
<p>Podanie danych jest dobrowolne. Bez adresu e-mail i hasła nie można jednak założyć konta. Przeglądanie serwisu nie wymaga podawania żadnych danych.</p>
<h3>Zautomatyzowane podejmowanie decyzji</h3>
<p>Państwa dane nie służą do zautomatyzowanego podejmowania decyzji, w tym do profilowania.</p>
<h2>Pliki cookies</h2>
<p>Pliki cookies (ciasteczka) to niewielkie pliki tekstowe, które strona internetowa zapisuje w przeglądarce. Serwis używa wyłącznie plików cookies niezbędnych do jego działania. Nie stosujemy plików cookies analitycznych ani reklamowych, a w serwisie nie ma plików cookies podmiotów zewnętrznych. Z tego powodu nie prosimy o zgodę na ich zapisanie.</p>
<table>
<tr><th>Plik</th><th>Do czego służy</th><th>Jak długo jest przechowywany</th></tr>
<tr><td>sessionid</td><td>Zawiera wyłącznie losowy identyfikator sesji. Dzięki niemu serwis pamięta, że są Państwo zalogowani, i może wyświetlić jednorazowy komunikat, np. po wylogowaniu – dlatego zapisujemy go także osobom niezalogowanym, gdy mają zobaczyć taki komunikat. Treść komunikatów i dane konta pozostają na serwerze.</td><td>Do wylogowania albo zamknięcia przeglądarki, a po zaznaczeniu pola „Pamiętaj mnie” – najdłużej dwa tygodnie.</td></tr>
<tr><td>csrftoken</td><td>Chroni formularze przed atakiem, w którym obca strona próbuje wysłać formularz w Państwa imieniu (CSRF).</td><td>Do roku.</td></tr>
</table>
<p>Serwis nie zapisuje w plikach cookies adresu e-mail, imienia, nazwiska ani treści komunikatów.</p>
<p>Pliki cookies można zablokować lub usunąć w ustawieniach przeglądarki. Wówczas nie będzie jednak działać logowanie ani wysyłanie formularzy.</p>
"""

EASY_READ_LEAD = (
    "Na tej stronie prostymi słowami piszemy, do czego służy ten serwis. "
    "Piszemy też, jak mogą Państwo wziąć udział w konsultacjach."
)
EASY_READ_BODY = """\
<h2>Co to za strona?</h2>
<p>To strona internetowa Urzędu Miasta Częstochowy.</p>
<p>Strona nazywa się Konsultacje Społeczne Częstochowa.</p>
<p>Na tej stronie pytamy mieszkańców o zdanie.</p>
<p>Mieszkańcy to osoby, które mieszkają w Częstochowie.</p>
<h2>Co to są konsultacje?</h2>
<p>Czasem chcemy coś zmienić w mieście.</p>
<p>Czasem chcemy coś zbudować.</p>
<p>Na przykład nowy park albo nową drogę.</p>
<p>Zanim zdecydujemy, pytamy Państwa o zdanie.</p>
<p>Takie pytanie to konsultacje.</p>
<p>Mogą Państwo napisać, co się Państwu podoba.</p>
<p>Mogą Państwo też napisać, co się Państwu nie podoba.</p>
<p>Czytamy wszystkie opinie.</p>
<p>Potem podejmujemy decyzję.</p>
<p>Nie zawsze zrobimy to, o co Państwo proszą.</p>
<p>Państwa opinie pomagają nam jednak dobrze zdecydować.</p>
<h2>Jak znaleźć konsultacje?</h2>
<p>Na górze strony jest menu.</p>
<p>W menu jest słowo „Konsultacje”.</p>
<p>Prosimy kliknąć to słowo.</p>
<p>Zobaczą Państwo listę konsultacji.</p>
<p>Każda konsultacja ma swój opis.</p>
<p>W opisie piszemy, czego dotyczy konsultacja.</p>
<p>Piszemy też, do kiedy trwa konsultacja.</p>
<p>Przy opisie są dokumenty do przeczytania.</p>
<h2>Jak wziąć udział?</h2>
<p>W opisie każdej konsultacji piszemy, jak wziąć w niej udział.</p>
<p>Czasem mogą Państwo wysłać nam e-mail.</p>
<p>Czasem mogą Państwo przyjść na spotkanie.</p>
<p>Czasem mogą Państwo wypełnić ankietę.</p>
<p>Ankieta to lista pytań.</p>
<p>W ankiecie nie podają Państwo imienia ani nazwiska.</p>
<p>Swoje uwagi mogą Państwo też napisać na kartce.</p>
<p>Kartkę mogą Państwo wysłać pocztą.</p>
<p>Kartkę mogą Państwo też przynieść do Urzędu Miasta.</p>
<h2>Czy potrzebne jest konto?</h2>
<p>Do czytania nie potrzebują Państwo konta.</p>
<p>Konto to Państwa miejsce w serwisie.</p>
<p>Konto zakładają Państwo przyciskiem „Załóż konto”.</p>
<p>Podają Państwo swój adres e-mail.</p>
<p>Wymyślają Państwo hasło.</p>
<p>Potem wysyłamy Państwu wiadomość e-mail.</p>
<p>W wiadomości jest link.</p>
<p>Prosimy kliknąć ten link.</p>
<p>Wtedy konto jest gotowe.</p>
<h2>Co dzieje się po konsultacjach?</h2>
<p>Zbieramy wszystkie opinie.</p>
<p>Potem piszemy raport.</p>
<p>Raport to dokument o tym, jak przebiegły konsultacje.</p>
<p>W raporcie piszemy, co powiedzieli mieszkańcy.</p>
<p>Piszemy też, co zrobimy z Państwa opiniami.</p>
<p>Raporty są w menu, w dziale „Wyniki”.</p>
<h2>Gdzie jest Urząd Miasta?</h2>
<p>Urząd Miasta Częstochowy jest przy ulicy Śląskiej 11/13.</p>
<p>Kod pocztowy to 42-217 Częstochowa.</p>
<p>W Urzędzie jest Kancelaria.</p>
<p>W Kancelarii zostawiają Państwo pisma.</p>
<p>Kancelaria jest w pokoju numer 3.</p>
<p>W Urzędzie pracownicy pomogą Państwu.</p>
<h2>Jak się z nami skontaktować?</h2>
<p>Mogą Państwo zadzwonić pod numer <a href="tel:+48343707100">34 370 71 00</a>.</p>
<p>Mogą Państwo napisać e-mail na adres <a href="mailto:konsultacje@czestochowa.um.gov.pl">konsultacje@czestochowa.um.gov.pl</a>.</p>
<p>Mogą Państwo wysłać list na adres:<br>Urząd Miasta Częstochowy<br>ulica Śląska 11/13<br>42-217 Częstochowa</p>
<h2>Tłumacz języka migowego</h2>
<p>Tłumacza języka migowego zamówią Państwo e-mailem na adres <a href="mailto:konsultacje@czestochowa.um.gov.pl">konsultacje@czestochowa.um.gov.pl</a> co najmniej 3 dni robocze przed wizytą.</p>
<p>Dni robocze to dni od poniedziałku do piątku bez świąt.</p>
<p>Tłumacz nic Państwa nie kosztuje.</p>
<p>Więcej o tłumaczu piszemy na stronie <a href="/informacja-pjm/">Informacja w polskim języku migowym</a>.</p>
"""

SIGN_LANGUAGE_TITLE = "Informacja w polskim języku migowym (PJM)"
SIGN_LANGUAGE_LEAD = (
    "Na tej stronie zamieszczamy nagranie w polskim języku migowym o tym, do czego służy "
    "serwis. Piszemy też, jak skontaktować się z Urzędem z pomocą tłumacza."
)
SIGN_LANGUAGE_BODY = """\
<h2>Co jest na nagraniu</h2>
<p>Nagranie w polskim języku migowym (PJM) opowiada o serwisie Konsultacje Społeczne Częstochowa: czym są konsultacje społeczne, gdzie znaleźć trwające konsultacje i ich materiały, jak wziąć w nich udział i jak skontaktować się z Urzędem. Nagranie zamieszczamy na górze tej strony, nad tym tekstem. Tę samą informację prostymi słowami zawiera strona <a href="/tekst-latwy-do-czytania/">Tekst łatwy do czytania</a>.</p>
<h2>Tłumacz PJM przez internet</h2>
<p>Zgodnie z art. 6 pkt 3 lit. a ustawy z dnia 19 lipca 2019 r. o zapewnianiu dostępności osobom ze szczególnymi potrzebami mogą Państwo skontaktować się z Urzędem z pomocą tłumacza języka migowego także zdalnie, przez połączenie wideo. Z pomocy tłumacza korzystają Państwo bezpłatnie.</p>
<ol>
<li>Prosimy napisać e-mail na adres <a href="mailto:konsultacje@czestochowa.um.gov.pl">konsultacje@czestochowa.um.gov.pl</a> albo wysłać pismo przez elektroniczną skrzynkę podawczą ePUAP: /97j3t1ixjk/SkrytkaESP.</li>
<li>W wiadomości prosimy podać sprawę, proponowany termin rozmowy oraz to, czy wolą Państwo polski język migowy (PJM), system językowo-migowy (SJM) czy sposób komunikowania się osób głuchoniewidomych (SKOGN).</li>
<li>Odpowiemy e-mailem: potwierdzimy termin i prześlemy link do połączenia wideo z pracownikiem Urzędu i tłumaczem.</li>
</ol>
<p>Prosimy o zgłoszenie co najmniej 3 dni robocze przed proponowanym terminem, jak przewiduje art. 12 ust. 1 ustawy z dnia 19 sierpnia 2011 r. o języku migowym i innych środkach komunikowania się. Dni robocze to dni od poniedziałku do piątku z wyjątkiem świąt. W sytuacji nagłej prosimy o kontakt bez zachowania tego terminu.</p>
<h2>Tłumacz PJM w Urzędzie</h2>
<p>W budynku Urzędu Miasta Częstochowy przy ul. Śląskiej 11/13 z bezpłatnej pomocy tłumacza języka migowego mogą Państwo skorzystać na stanowisku Informacji Ogólnej na parterze, w godzinach pracy Urzędu, od 7:30 do 15:30.</p>
<p>Na spotkanie konsultacyjne zapewniamy tłumacza na prośbę zgłoszoną osobie wskazanej w opisie konsultacji, także co najmniej 3 dni robocze przed spotkaniem.</p>
<h2>Inne sposoby kontaktu</h2>
<p>Z Urzędem mogą się Państwo skontaktować także e-mailem, przez ePUAP, pocztą albo osobiście. Dane kontaktowe i opis dostępności budynków Urzędu zawiera <a href="/deklaracja-dostepnosci/">deklaracja dostępności</a>.</p>
"""

STATEMENT_CONTACT = {
    "contact_person": "Marta Teper",
    "contact_email": "dostepnosc@czestochowa.um.gov.pl",
    "contact_phone": "+48 34 370 75 94",
}

STATEMENT_FACILITIES = INITIAL.STATEMENT_FACILITIES.replace(
    "<li>W serwisie jest strona z tekstem łatwym do czytania (ETR).</li>",
    "<li>W serwisie są strony z tekstem łatwym do czytania (ETR) i z informacją w polskim "
    "języku migowym (PJM).</li>",
)

STATEMENT_ARCHITECTURE = """\
<p>Poniżej opisujemy budynki Urzędu Miasta Częstochowy, w których obsługujemy mieszkanki i mieszkańców w sprawach konsultacji. Jeżeli w opisie czegoś brakuje albo jest on nieaktualny, prosimy o kontakt z koordynatorem do spraw dostępności – pomożemy zaplanować wizytę.</p>
<p>Spotkania konsultacyjne mogą odbywać się także w innych miejscach. Informację o ich dostępności podajemy w opisie spotkania.</p>
"""

STATEMENT_COMMUNICATION = """\
<ul>
<li>Z Urzędem Miasta Częstochowy można się skontaktować e-mailem (<a href="mailto:konsultacje@czestochowa.um.gov.pl">konsultacje@czestochowa.um.gov.pl</a> lub <a href="mailto:info@czestochowa.um.gov.pl">info@czestochowa.um.gov.pl</a>), przez elektroniczną skrzynkę podawczą ePUAP (/97j3t1ixjk/SkrytkaESP), telefonicznie pod numerem <a href="tel:+48343707100">34 370 71 00</a>, pocztą albo osobiście.</li>
<li>Osoby, które mają trwałe lub okresowe trudności w komunikowaniu się, mogą bezpłatnie skorzystać z pomocy tłumacza polskiego języka migowego (PJM), systemu językowo-migowego (SJM) lub sposobu komunikowania się osób głuchoniewidomych (SKOGN) – na miejscu albo przez połączenie wideo. Potrzebę skorzystania z tłumacza należy zgłosić co najmniej 3 dni robocze przed planowaną wizytą lub rozmową, z wyjątkiem sytuacji nagłych (art. 12 ust. 1 ustawy z dnia 19 sierpnia 2011 r. o języku migowym i innych środkach komunikowania się).</li>
<li>Zgłoszenie można przesłać e-mailem, przez ePUAP, pocztą albo przekazać telefonicznie za pośrednictwem innej osoby. Jak zamówić tłumacza przez internet, opisuje strona <a href="/informacja-pjm/">Informacja w polskim języku migowym (PJM)</a>.</li>
<li>Informację o pętlach indukcyjnych w poszczególnych budynkach podajemy w części „Dostępność architektoniczna”. Jeżeli potrzebują Państwo pętli indukcyjnej podczas spotkania konsultacyjnego, prosimy zgłosić to z wyprzedzeniem osobie wskazanej w opisie konsultacji.</li>
</ul>
"""

# Only what the BIP description says; an empty field is shown as „Brak informacji”.
BUILDINGS = [
    {
        "name": "Urząd Miasta Częstochowy – budynek główny",
        "address": "ul. Śląska 11/13",
        "services": "Kancelaria Urzędu (parter, pokój nr 3) przyjmuje pisma, w tym uwagi "
        "w konsultacjach. Na parterze jest też stanowisko Informacji Ogólnej.",
        "entrances": "Jedno główne wejście od strony ul. Waszyngtona, na poziomie chodnika. "
        "Przy wejściu jest portiernia. Wejście nie ma bramek.",
        "ramps": "Pochylnia dla wózków prowadzi do Sali Sesyjnej. Korytarze i pomieszczenia "
        "na wszystkich kondygnacjach są dostępne dla osób na wózkach.",
        "lift": "Przy wejściu jest winda z systemem naprowadzania dźwiękowego, przystosowana "
        "dla osób niewidomych i słabowidzących.",
        "thresholds": "Wejście jest na poziomie chodnika, bez stopni. Schody w budynku są "
        "oznaczone taśmami ostrzegawczymi.",
        "parking": "Przed budynkiem są 2 miejsca parkingowe dla osób z niepełnosprawnościami.",
        "toilets": "Toaleta dla osób z niepełnosprawnościami jest na każdej kondygnacji, "
        "w sektorze B.",
        "induction_loop": "W budynku nie ma pętli indukcyjnej.",
        "sign_language": "Z bezpłatnej pomocy tłumacza języka migowego można skorzystać na "
        "stanowisku Informacji Ogólnej (parter, tel. 34 370 72 03) w godzinach pracy Urzędu, "
        "od 7:30 do 15:30.",
        "other": "Do budynku i wszystkich jego pomieszczeń można wejść z psem asystującym. "
        "W budynku nie ma oznaczeń w alfabecie Braille'a ani oznaczeń kontrastowych lub "
        "w druku powiększonym.",
        "position": 1,
    },
    {
        "name": "Urząd Miasta Częstochowy",
        "address": "ul. Jerzego Waszyngtona 5",
        "services": "Informacja Ogólna, Biuro Obsługi Interesanta, Wydział Mienia i Nadzoru "
        "Właścicielskiego.",
        "entrances": "Jedno główne wejście od strony ul. Waszyngtona, na poziomie chodnika. "
        "Przy wejściu jest portiernia.",
        "lift": "Przy wejściu jest winda z systemem naprowadzania dźwiękowego, przystosowana "
        "dla osób niewidomych i słabowidzących.",
        "thresholds": "Wejście jest na poziomie chodnika, bez stopni.",
        "position": 2,
    },
    {
        "name": "Urząd Miasta Częstochowy – Wydział Polityki Społecznej",
        "address": "ul. Focha 19/21",
        "services": "Referat Dialogu i Praw Człowieka, który koordynuje konsultacje społeczne "
        "w mieście (tel. 34 370 74 97).",
        "position": 3,
    },
]

REVIEWED_PAGES = [
    ("terms", TERMS_LEAD, TERMS_BODY),
    ("privacy", PRIVACY_LEAD, PRIVACY_BODY),
    ("easy-read", EASY_READ_LEAD, EASY_READ_BODY),
]


def _initial(kind):
    return next(page for page in INITIAL.PAGES if page[0] == kind)


def apply_review(apps, schema_editor):
    SitePage = apps.get_model("czestochowa_portal", "SitePage")
    AccessibilityStatement = apps.get_model("czestochowa_portal", "AccessibilityStatement")
    Building = apps.get_model("czestochowa_portal", "Building")

    for kind, lead, body in REVIEWED_PAGES:
        title = _initial(kind)[1]
        SitePage.objects.update_or_create(
            kind=kind, defaults={"title": title, "lead": lead, "body": body}
        )
    SitePage.objects.get_or_create(
        kind="sign-language",
        defaults={
            "title": SIGN_LANGUAGE_TITLE,
            "lead": SIGN_LANGUAGE_LEAD,
            "body": SIGN_LANGUAGE_BODY,
        },
    )

    statement = AccessibilityStatement.objects.filter(pk=1).first()
    if statement is None:
        return
    for field, value in STATEMENT_CONTACT.items():
        setattr(statement, field, value)
    statement.facilities = STATEMENT_FACILITIES
    statement.architecture = STATEMENT_ARCHITECTURE
    statement.communication = STATEMENT_COMMUNICATION
    statement.save()
    if not statement.buildings.exists():
        Building.objects.bulk_create(
            Building(statement=statement, **building) for building in BUILDINGS
        )


def restore_initial(apps, schema_editor):
    SitePage = apps.get_model("czestochowa_portal", "SitePage")
    AccessibilityStatement = apps.get_model("czestochowa_portal", "AccessibilityStatement")
    Building = apps.get_model("czestochowa_portal", "Building")

    for kind, _lead, _body in REVIEWED_PAGES:
        _, title, lead, body = _initial(kind)
        SitePage.objects.filter(kind=kind).update(title=title, lead=lead, body=body)
    SitePage.objects.filter(kind="sign-language").delete()
    Building.objects.all().delete()
    AccessibilityStatement.objects.filter(pk=1).update(
        contact_person="Koordynator do spraw dostępności Urzędu Miasta Częstochowy",
        contact_email="konsultacje@czestochowa.um.gov.pl",
        contact_phone="34 370 71 00",
        facilities=INITIAL.STATEMENT_FACILITIES,
        architecture=INITIAL.STATEMENT_ARCHITECTURE,
        communication=INITIAL.STATEMENT_COMMUNICATION,
    )


class Migration(migrations.Migration):
    dependencies = [("czestochowa_portal", "0006_sign_language_page_and_buildings")]

    operations = [migrations.RunPython(apply_review, restore_initial)]
