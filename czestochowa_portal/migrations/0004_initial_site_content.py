"""Initial text of the site pages and the accessibility statement.

Rows are created only when they are missing, so running this again never overwrites
what the city's staff have since edited in the admin.
"""

from datetime import date

from django.db import migrations

HOME_TITLE = "Konsultacje społeczne w Częstochowie"
HOME_LEAD = (
    "Zapraszamy Państwa do rozmowy o przyszłości Częstochowy. W tym serwisie sprawdzą "
    "Państwo, o co miasto pyta mieszkanki i mieszkańców, i podzielą się swoją opinią."
)
HOME_BODY = """\
<p>Tutaj Urząd Miasta Częstochowy i jednostki miejskie informują o planach, w sprawie których chcą poznać zdanie mieszkanek i mieszkańców – od projektów uchwał po inwestycje w dzielnicach. Przy każdej konsultacji znajdą Państwo jej cel, terminy, materiały do przeczytania oraz osobę, która odpowie na pytania.</p>
<p>Opinię można przekazać na kilka sposobów: dodać komentarz po założeniu konta albo wypełnić anonimową ankietę – przez internet lub na papierze, w siedzibie rady dzielnicy w czasie dyżuru jej przedstawicieli. Po zakończeniu konsultacji publikujemy tu ich wyniki oraz raport, z którego dowiedzą się Państwo, jak rozpatrzono zgłoszone uwagi.</p>
<p>Wyniki konsultacji są opinią mieszkańców, a nie rozstrzygnięciem – nie wiążą władz miasta, ale pomagają im podejmować lepsze decyzje. Dlatego zależy nam na tym, aby wypowiedziało się jak najwięcej osób.</p>
"""

ABOUT_TITLE = "O konsultacjach"
ABOUT_LEAD = (
    "Wyjaśniamy, czym są konsultacje społeczne, na jakiej podstawie prawnej się odbywają "
    "i jak mogą Państwo wziąć w nich udział."
)
ABOUT_BODY = """\
<h2>Czym są konsultacje społeczne</h2>
<p>Konsultacje społeczne to rozmowa prowadzona w obie strony. Władze miasta przedstawiają swoje zamierzenia, a mieszkanki i mieszkańcy mówią, co o nich sądzą. Miasto pyta o zdanie, zanim podejmie decyzję – wtedy, gdy zgłoszone uwagi mogą jeszcze zmienić przygotowywane rozwiązanie.</p>
<p>Konsultować można na przykład projekty uchwał Rady Miasta, programy i strategie, plany zagospodarowania przestrzennego, zmiany w organizacji ruchu czy planowane inwestycje miejskie.</p>
<h2>Po co prowadzimy konsultacje</h2>
<p>Konsultacje mają sprawić, że:</p>
<ul>
<li>decyzje miasta zyskują poparcie mieszkańców, którzy wiedzą, czego dotyczą i dlaczego zostały podjęte;</li>
<li>interesy różnych grup mieszkańców są wyważone;</li>
<li>przyjmowane rozwiązania są lepsze, bo korzystają z wiedzy i doświadczenia osób, których sprawa dotyczy;</li>
<li>mieszkańcy zyskują, obok tradycyjnych sposobów kontroli administracji publicznej, jeszcze jeden wpływ na jej działania.</li>
</ul>
<h2>Co dają konsultacje</h2>
<p>Dobrze przeprowadzone konsultacje przynoszą korzyści zarówno miastu, jak i jego mieszkańcom:</p>
<ul>
<li>decyzje są trafniejsze;</li>
<li>koszty i opóźnienia są mniejsze, bo problemy wychodzą na jaw, zanim rozpocznie się realizacja;</li>
<li>rośnie wzajemne zaufanie, zgoda i poczucie wspólnoty;</li>
<li>łatwiej uniknąć konfliktów społecznych;</li>
<li>decyzja jest wiarygodna i ma społeczne poparcie;</li>
<li>odpowiedzialność za wybrane rozwiązanie dzielą władze i mieszkańcy;</li>
<li>mieszkańcy lepiej poznają sprawy miasta, a lokalni liderzy zdobywają doświadczenie.</li>
</ul>
<h2>Podstawy prawne</h2>
<p>Ogólną podstawą jest art. 5a ustawy z dnia 8 marca 1990 r. o samorządzie gminnym. Przewiduje on konsultacje z mieszkańcami w przypadkach wskazanych w ustawach oraz w innych sprawach ważnych dla gminy. Zasady i tryb ich przeprowadzania ustala rada gminy w drodze uchwały.</p>
<p>W Częstochowie jest to uchwała Nr 715/LXII/2010 Rady Miasta Częstochowy z dnia 28 czerwca 2010 r. w sprawie zasad i trybu przeprowadzania konsultacji społecznych z mieszkańcami Częstochowy.</p>
<h3>Konsultacje wymagane przez ustawy szczególne</h3>
<p>W niektórych sprawach to ustawa nakazuje zapytać mieszkańców o zdanie. Określa ona wtedy również, jak długo przyjmuje się uwagi i w jakiej formie można je składać. Dotyczy to w szczególności:</p>
<ul>
<li><strong>planowania przestrzennego</strong> – ustawa z dnia 27 marca 2003 r. o planowaniu i zagospodarowaniu przestrzennym; po reformie z 2023 r. zasady udziału społeczeństwa określają jej art. 8e–8m;</li>
<li><strong>spraw środowiska</strong> – ustawa z dnia 3 października 2008 r. o udostępnianiu informacji o środowisku i jego ochronie, udziale społeczeństwa w ochronie środowiska oraz o ocenach oddziaływania na środowisko;</li>
<li><strong>rewitalizacji</strong> – ustawa z dnia 9 października 2015 r. o rewitalizacji;</li>
<li><strong>współpracy z organizacjami pozarządowymi</strong> – ustawa z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie; projekty aktów prawa miejscowego dotyczące działalności organizacji konsultuje się z tymi organizacjami;</li>
<li><strong>statutów dzielnic</strong> – zgodnie z art. 35 ustawy o samorządzie gminnym statut jednostki pomocniczej, a także jego zmiany, rada gminy uchwala po konsultacjach z mieszkańcami.</li>
</ul>
<p>W opisie każdej konsultacji podajemy, na jakiej podstawie prawnej jest prowadzona.</p>
<h2>Formy konsultacji</h2>
<p>Wydział lub jednostka, która prowadzi konsultacje, dobiera ich formy do tematu. Najczęściej są to:</p>
<ul>
<li><strong>ankieta</strong> – anonimowa, dostępna w serwisie, a często także na papierze;</li>
<li><strong>uwagi na formularzu</strong> – zgłaszane w serwisie;</li>
<li><strong>spotkanie otwarte</strong> – z prezentacją projektu, pytaniami i dyskusją;</li>
<li><strong>warsztaty</strong> – wspólna praca w małych grupach nad konkretnym rozwiązaniem;</li>
<li><strong>spacer studyjny</strong> – wspólne obejrzenie w terenie miejsca, którego dotyczy projekt;</li>
<li><strong>dyżur eksperta</strong> – na przykład projektanta lub pracownika wydziału, z którym można porozmawiać w wyznaczonym terminie;</li>
<li><strong>uwagi na piśmie</strong> – złożone w Urzędzie albo przesłane pocztą.</li>
</ul>
<p>Formy konsultacji, ich terminy oraz miejsca spotkań podajemy w ogłoszeniu i w harmonogramie każdej konsultacji.</p>
<h2>Jak wziąć udział</h2>
<p>Kto może zabrać głos, określa ogłoszenie danej konsultacji. Najczęściej są to wszystkie mieszkanki i wszyscy mieszkańcy Częstochowy, a czasem mieszkańcy wybranych dzielnic albo organizacje pozarządowe.</p>
<ul>
<li><strong>Przez internet.</strong> Materiały, wyniki i ankiety są dostępne bez logowania. Aby dodać komentarz albo zgłosić uwagę w serwisie, należy założyć konto i potwierdzić swój adres e-mail.</li>
<li><strong>Na piśmie.</strong> Uwagi można złożyć osobiście w Kancelarii Urzędu Miasta Częstochowy przy ul. Śląskiej 11/13 (pokój nr 3) albo przesłać pocztą na adres: Urząd Miasta Częstochowy, ul. Śląska 11/13, 42-217 Częstochowa. O dotrzymaniu terminu decyduje data wpływu do Urzędu, a nie data nadania przesyłki.</li>
<li><strong>W radzie dzielnicy.</strong> Papierową ankietę można wypełnić w siedzibie rady dzielnicy w czasie dyżuru jej przedstawicieli. Adresy siedzib i godziny dyżurów znajdą Państwo w dziale „Dzielnice”.</li>
<li><strong>Na spotkaniu.</strong> Jeżeli konsultacje przewidują spotkanie, warsztaty lub spacer studyjny, wystarczy przyjść w podanym terminie. Jeśli potrzebują Państwo tłumacza języka migowego lub innego wsparcia, prosimy zgłosić to wcześniej osobie wskazanej w opisie konsultacji.</li>
</ul>
<h2>Co dzieje się z Państwa opiniami</h2>
<p>Po zakończeniu konsultacji jednostka, która je prowadziła, przygotowuje raport. Opisuje w nim przebieg konsultacji, podaje liczbę uczestników i wyniki ankiet oraz przedstawia zgłoszone uwagi wraz z informacją, czy je uwzględniono, i z uzasadnieniem. Raporty publikujemy w dziale „Wyniki”.</p>
<p>Konsultacje nie są referendum. Ich wynik to opinia mieszkańców, która nie wiąże Prezydenta Miasta ani Rady Miasta. Władze miasta biorą ją jednak pod uwagę, a raport pokazuje, co z Państwa głosów wynikło.</p>
<h2>Jak to się zaczęło</h2>
<p>Zasady konsultacji w Częstochowie powstały przy udziale mieszkańców. W 2010 r. Urząd Miasta Częstochowy rozpoczął projekt „Jasne, że konsultacje”, którego celem było rozwinięcie dialogu z mieszkańcami. W jego ramach powstała pierwsza internetowa platforma konsultacji, a pracownicy Urzędu i przedstawiciele rad dzielnic przeszli szkolenia prowadzone wspólnie z Polskim Instytutem Mediacji i Integracji Społecznej.</p>
<p>Najważniejszą częścią projektu była wzorcowa konsultacja: projekt uchwały o zasadach i trybie konsultacji przygotowano razem z mieszkańcami. Od 22 kwietnia do 24 maja 2010 r. można było wypełnić anonimową ankietę o tym, jak powinny wyglądać konsultacje w naszym mieście. Była ona dostępna w internecie, w siedzibach rad dzielnic w czasie dyżurów ich przedstawicieli oraz w punkcie Informacji Ogólnej na parterze budynku Urzędu przy ul. Śląskiej 11/13. Wyniki omówiono na otwartym spotkaniu w czerwcu, a 28 czerwca 2010 r. Rada Miasta Częstochowy podjęła uchwałę Nr 715/LXII/2010. Ten serwis kontynuuje zadania tamtej platformy.</p>
"""

CONTACT_TITLE = "Kontakt"
CONTACT_LEAD = (
    "Tu znajdą Państwo dane kontaktowe Urzędu Miasta Częstochowy oraz komórki, "
    "która koordynuje konsultacje społeczne."
)
CONTACT_BODY = """\
<h2>Urząd Miasta Częstochowy</h2>
<p>ul. Śląska 11/13<br>42-217 Częstochowa</p>
<ul>
<li>telefon: <a href="tel:+48343707100">34 370 71 00</a></li>
<li>e-mail: <a href="mailto:info@czestochowa.um.gov.pl">info@czestochowa.um.gov.pl</a></li>
<li>elektroniczna skrzynka podawcza ePUAP: /97j3t1ixjk/SkrytkaESP</li>
<li>Biuletyn Informacji Publicznej: <a href="https://bip.czestochowa.pl">bip.czestochowa.pl</a></li>
</ul>
<h2>Konsultacje społeczne</h2>
<p>Pytania o konsultacje i o działanie serwisu, a także sugestie, prosimy kierować na adres <a href="mailto:konsultacje@czestochowa.um.gov.pl">konsultacje@czestochowa.um.gov.pl</a>.</p>
<p>Konsultacje społeczne w mieście koordynuje Referat Dialogu i Praw Człowieka w Wydziale Polityki Społecznej Urzędu Miasta Częstochowy, ul. Focha 19/21, tel. <a href="tel:+48343707497">34 37 07 497</a>.</p>
<p>Poszczególne konsultacje prowadzą wydziały Urzędu i jednostki miejskie. Na stronie każdej konsultacji podajemy osobę do kontaktu w jej sprawie – w pytaniach o konkretny projekt najszybciej pomoże właśnie ona.</p>
<h2>Pisma i uwagi na papierze</h2>
<p>Pisma, w tym uwagi zgłaszane w konsultacjach, można złożyć osobiście w Kancelarii Urzędu Miasta Częstochowy, ul. Śląska 11/13, pokój nr 3, albo przesłać pocztą na adres Urzędu. O dotrzymaniu terminu decyduje data wpływu do Urzędu.</p>
<h2>Rady dzielnic</h2>
<p>Adresy siedzib rad dzielnic i godziny dyżurów ich przedstawicieli znajdą Państwo w dziale „Dzielnice”.</p>
<h2>Ochrona danych osobowych</h2>
<p>Inspektor Ochrony Danych w Urzędzie Miasta Częstochowy: e-mail <a href="mailto:iod@czestochowa.um.gov.pl">iod@czestochowa.um.gov.pl</a>, tel. <a href="tel:+48343707373">34 3707 373</a>. Więcej informacji zawiera polityka prywatności serwisu.</p>
<h2>Dostępność</h2>
<p>Jeśli potrzebują Państwo informacji w innej formie, pomocy tłumacza języka migowego albo innego wsparcia w kontakcie z Urzędem, prosimy o wiadomość na adres <a href="mailto:konsultacje@czestochowa.um.gov.pl">konsultacje@czestochowa.um.gov.pl</a>. Szczegóły opisuje deklaracja dostępności.</p>
"""

PRIVACY_TITLE = "Polityka prywatności"
PRIVACY_LEAD = (
    "Wyjaśniamy, jakie dane osobowe przetwarzamy w serwisie, w jakim celu i jakie prawa "
    "Państwu przysługują. Serwis używa wyłącznie niezbędnych plików cookies."
)
PRIVACY_BODY = """\
<p>Poniższe informacje przekazujemy zgodnie z art. 13 rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. w sprawie ochrony osób fizycznych w związku z przetwarzaniem danych osobowych i w sprawie swobodnego przepływu takich danych oraz uchylenia dyrektywy 95/46/WE (ogólne rozporządzenie o ochronie danych), dalej: RODO.</p>
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
<li>telefon: <a href="tel:+48343707373">34 3707 373</a></li>
<li>pocztą na adres Urzędu, z dopiskiem „Inspektor Ochrony Danych”.</li>
</ul>
<h3>Cele i podstawy prawne przetwarzania</h3>
<ul>
<li><strong>Konto w serwisie.</strong> Do założenia konta i logowania potrzebne są adres e-mail i hasło. Hasła nie przechowujemy w postaci jawnej – zapisujemy jedynie jego skrót kryptograficzny. Konto pozwala dodawać komentarze i zgłaszać uwagi. Podstawą przetwarzania jest art. 6 ust. 1 lit. e RODO, czyli wykonywanie zadania realizowanego w interesie publicznym, określonego w art. 5a ustawy z dnia 8 marca 1990 r. o samorządzie gminnym oraz w uchwale Nr 715/LXII/2010 Rady Miasta Częstochowy z dnia 28 czerwca 2010 r.</li>
<li><strong>Komentarze i uwagi w konsultacjach.</strong> Przetwarzamy treść komentarzy i uwag, datę ich dodania oraz informację, z którego konta je dodano. Podstawą jest art. 6 ust. 1 lit. e RODO. Jeżeli obowiązek zebrania uwag wynika z ustawy szczególnej, na przykład z ustawy o planowaniu i zagospodarowaniu przestrzennym lub z ustawy o udostępnianiu informacji o środowisku i jego ochronie, udziale społeczeństwa w ochronie środowiska oraz o ocenach oddziaływania na środowisko, podstawą jest art. 6 ust. 1 lit. c RODO. W takich konsultacjach przepisy mogą wymagać podania dodatkowych danych, np. imienia, nazwiska i adresu – informujemy o tym w ogłoszeniu konsultacji.</li>
<li><strong>Uwagi złożone na piśmie.</strong> Uwagi złożone w Kancelarii Urzędu lub nadesłane pocztą rejestrujemy i przechowujemy tak jak pozostałą korespondencję Urzędu, na tych samych podstawach prawnych.</li>
<li><strong>Powiadomienia e-mail.</strong> Jeżeli zapiszą się Państwo na powiadomienia, na przykład o nowych konsultacjach w swojej dzielnicy, przetwarzamy adres e-mail i wybrane tematy na podstawie Państwa zgody (art. 6 ust. 1 lit. a RODO). Zapis trzeba potwierdzić, klikając w link wysłany na podany adres. Z powiadomień można zrezygnować w każdej chwili, korzystając z linku umieszczonego w każdej wiadomości.</li>
<li><strong>Bezpieczeństwo serwisu.</strong> Serwer może przez krótki czas zapisywać techniczne dane połączeń, w tym adres IP, aby chronić serwis przed nadużyciami, np. przed próbami odgadnięcia hasła. Podstawą jest art. 6 ust. 1 lit. c w związku z art. 32 RODO. Tych danych nie łączymy z odpowiedziami udzielanymi w ankietach.</li>
</ul>
<h3>Ankiety</h3>
<p><strong>Ankiety są anonimowe.</strong> Do wypełnienia ankiety nie jest potrzebne konto. Razem z odpowiedziami nie zapisujemy imienia ani nazwiska, adresu e-mail, adresu IP ani dokładnego czasu wypełnienia ankiety. Prosimy nie wpisywać danych osobowych w odpowiedziach na pytania otwarte.</p>
<p>Jeżeli ankietę udostępniono z jednorazowymi kodami, kod służy wyłącznie do sprawdzenia, czy nie został już wykorzystany, a odpowiedzi nie są z nim powiązane. Ankiety papierowe wprowadzają do serwisu upoważnieni pracownicy lub członkowie rad dzielnic, bez danych osób, które je wypełniły.</p>
<p>Jeżeli ankieta zawiera pytania o dzielnicę lub przedział wieku, wyniki publikujemy wyłącznie w zestawieniach zbiorczych, w sposób, który nie pozwala rozpoznać osób udzielających odpowiedzi.</p>
<h3>Odbiorcy danych</h3>
<p>Dane mogą otrzymać:</p>
<ul>
<li>podmioty uprawnione do ich otrzymania na podstawie przepisów prawa;</li>
<li>podmioty, które na zlecenie Urzędu świadczą usługi informatyczne, takie jak utrzymanie serwerów, serwis oprogramowania czy wysyłka wiadomości e-mail – wyłącznie na podstawie umowy powierzenia przetwarzania danych i zgodnie z poleceniami administratora.</li>
</ul>
<p>Komentarze opublikowane w serwisie są dostępne dla wszystkich odwiedzających. W raportach z konsultacji nie podajemy imion i nazwisk osób, które zgłosiły uwagi – uwagi oznaczamy numerami.</p>
<h3>Przekazywanie danych do państw trzecich</h3>
<p>Nie przekazujemy danych do państw trzecich ani do organizacji międzynarodowych. Serwis nie pobiera żadnych elementów z serwerów zewnętrznych – czcionek, skryptów, map ani narzędzi analitycznych – dlatego podczas korzystania z niego Państwa przeglądarka łączy się wyłącznie z serwerem serwisu.</p>
<h3>Okres przechowywania danych</h3>
<p>Dokumenty związane z konsultacjami, w tym uwagi i komentarze, przechowujemy przez okres wynikający z przepisów o postępowaniu z dokumentacją, czyli z instrukcji kancelaryjnej i jednolitego rzeczowego wykazu akt (JRWA), określonych w rozporządzeniu Prezesa Rady Ministrów z dnia 18 stycznia 2011 r. w sprawie instrukcji kancelaryjnej, jednolitych rzeczowych wykazów akt oraz instrukcji w sprawie organizacji i zakresu działania archiwów zakładowych. Okres ten zależy od kategorii archiwalnej sprawy, do której należy dana konsultacja.</p>
<p>Dane konta przechowujemy do czasu jego usunięcia, dane przetwarzane na podstawie zgody – do jej wycofania, a techniczne dane połączeń – przez krótki czas potrzebny do zapewnienia bezpieczeństwa serwisu.</p>
<h3>Przysługujące Państwu prawa</h3>
<p>Mają Państwo prawo do:</p>
<ul>
<li>dostępu do swoich danych i otrzymania ich kopii (art. 15 RODO);</li>
<li>sprostowania danych (art. 16 RODO);</li>
<li>usunięcia danych (art. 17 RODO) – w przypadkach przewidzianych w RODO; prawo to nie przysługuje, gdy przetwarzanie jest niezbędne do wypełnienia obowiązku prawnego lub do wykonania zadania realizowanego w interesie publicznym;</li>
<li>ograniczenia przetwarzania (art. 18 RODO);</li>
<li>wniesienia sprzeciwu wobec przetwarzania z przyczyn związanych z Państwa szczególną sytuacją (art. 21 RODO) – gdy podstawą przetwarzania jest art. 6 ust. 1 lit. e RODO;</li>
<li>przenoszenia danych (art. 20 RODO) – w odniesieniu do danych przetwarzanych na podstawie zgody;</li>
<li>wycofania zgody w dowolnym momencie; wycofanie zgody nie wpływa na zgodność z prawem przetwarzania, którego dokonano przed jej wycofaniem.</li>
</ul>
<h3>Skarga do organu nadzorczego</h3>
<p>Jeżeli uznają Państwo, że przetwarzanie Państwa danych osobowych narusza przepisy RODO, mogą Państwo wnieść skargę do Prezesa Urzędu Ochrony Danych Osobowych, ul. Stawki 2, 00-193 Warszawa.</p>
<h3>Dobrowolność podania danych</h3>
<p>Podanie danych jest dobrowolne. Bez adresu e-mail nie można jednak założyć konta ani dodawać komentarzy, a bez zgody i adresu e-mail – otrzymywać powiadomień. Przeglądanie materiałów i wypełnianie ankiet nie wymaga podawania żadnych danych. W konsultacjach prowadzonych na podstawie ustaw szczególnych podanie danych wymaganych przez ustawę może być warunkiem rozpatrzenia uwagi.</p>
<h3>Zautomatyzowane podejmowanie decyzji</h3>
<p>Państwa dane nie służą do zautomatyzowanego podejmowania decyzji, w tym do profilowania.</p>
<h2>Pliki cookies</h2>
<p>Pliki cookies (ciasteczka) to niewielkie pliki tekstowe, które strona internetowa zapisuje w przeglądarce. Serwis używa wyłącznie plików cookies niezbędnych do jego działania. Nie stosujemy plików cookies analitycznych ani reklamowych, a w serwisie nie ma plików cookies podmiotów zewnętrznych. Z tego powodu nie prosimy o zgodę na ich zapisanie.</p>
<table>
<thead>
<tr><th>Plik</th><th>Do czego służy</th><th>Jak długo jest przechowywany</th></tr>
</thead>
<tbody>
<tr><td>sessionid</td><td>Utrzymuje sesję i zapamiętuje, że są Państwo zalogowani.</td><td>Najdłużej dwa tygodnie; wylogowanie kończy sesję.</td></tr>
<tr><td>csrftoken</td><td>Chroni formularze przed atakiem, w którym obca strona próbuje wysłać formularz w Państwa imieniu (CSRF).</td><td>Do roku.</td></tr>
<tr><td>messages</td><td>Przechowuje jednorazowy komunikat, np. potwierdzenie wysłania formularza.</td><td>Do wyświetlenia komunikatu.</td></tr>
</tbody>
</table>
<p>Pliki cookies można zablokować lub usunąć w ustawieniach przeglądarki. Wówczas nie będzie jednak działać logowanie ani wysyłanie formularzy, w tym ankiet.</p>
"""

TERMS_TITLE = "Regulamin"
TERMS_LEAD = (
    "Regulamin określa zasady korzystania z serwisu Konsultacje Społeczne Częstochowa. "
    "Prosimy o zapoznanie się z nim przed dodaniem pierwszego komentarza."
)
TERMS_BODY = """\
<h2>§ 1. Postanowienia ogólne</h2>
<ol>
<li>Regulamin określa zasady korzystania z serwisu internetowego Konsultacje Społeczne Częstochowa, zwanego dalej serwisem.</li>
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
<h2>§ 8. Dane osobowe</h2>
<p>Zasady przetwarzania danych osobowych i używania plików cookies opisuje polityka prywatności serwisu.</p>
<h2>§ 9. Zmiany regulaminu</h2>
<p>Regulamin może zostać zmieniony. Nową treść publikujemy w serwisie wraz z datą wejścia zmian w życie. O istotnych zmianach informujemy także osoby posiadające konto, wysyłając wiadomość na adres e-mail przypisany do konta.</p>
<h2>§ 10. Kontakt</h2>
<p>Pytania dotyczące serwisu i regulaminu prosimy kierować na adres <a href="mailto:konsultacje@czestochowa.um.gov.pl">konsultacje@czestochowa.um.gov.pl</a>, telefonicznie pod numerem <a href="tel:+48343707100">34 370 71 00</a> albo pocztą na adres: Urząd Miasta Częstochowy, ul. Śląska 11/13, 42-217 Częstochowa.</p>
"""

EASY_READ_TITLE = "Tekst łatwy do czytania"
EASY_READ_LEAD = (
    "Na tej stronie prostymi słowami opisujemy, do czego służy ten serwis. "
    "Wyjaśniamy też, jak można wziąć udział w konsultacjach."
)
EASY_READ_BODY = """\
<h2>Co to jest ten serwis?</h2>
<p>To strona internetowa Urzędu Miasta Częstochowy.</p>
<p>Strona nazywa się Konsultacje Społeczne Częstochowa.</p>
<p>Na tej stronie miasto pyta mieszkańców o zdanie.</p>
<p>Mieszkańcy to osoby, które mieszkają w Częstochowie.</p>
<h2>Co to są konsultacje?</h2>
<p>Czasem miasto chce coś zmienić.</p>
<p>Czasem miasto chce coś zbudować.</p>
<p>Na przykład nowy park albo nową drogę.</p>
<p>Zanim miasto zdecyduje, pyta mieszkańców, co o tym myślą.</p>
<p>Takie pytanie nazywa się konsultacjami.</p>
<p>Mieszkańcy mogą powiedzieć, co im się podoba.</p>
<p>Mogą też powiedzieć, co trzeba zmienić.</p>
<p>Miasto czyta wszystkie opinie.</p>
<p>Potem miasto podejmuje decyzję.</p>
<p>Miasto nie musi zrobić wszystkiego, o co proszą mieszkańcy.</p>
<p>Ale opinie mieszkańców pomagają miastu dobrze zdecydować.</p>
<h2>Jak mogę wziąć udział?</h2>
<p>Mogą Państwo wziąć udział na kilka sposobów:</p>
<ul>
<li>przeczytać informacje o konsultacjach,</li>
<li>napisać komentarz,</li>
<li>wypełnić ankietę,</li>
<li>przyjść do biura rady dzielnicy.</li>
</ul>
<h3>Jak przeczytać informacje?</h3>
<p>Na górze strony jest menu.</p>
<p>W menu proszę wybrać słowo „Konsultacje”.</p>
<p>Tam są wszystkie konsultacje.</p>
<p>Przy każdej konsultacji jest opis.</p>
<p>Są tam też dokumenty, które można przeczytać.</p>
<h3>Jak napisać komentarz?</h3>
<p>Żeby napisać komentarz, trzeba mieć konto.</p>
<p>Konto to Państwa miejsce w serwisie.</p>
<p>Konto zakłada się przez przycisk „Załóż konto”.</p>
<p>Trzeba podać swój adres e-mail.</p>
<p>Trzeba też wymyślić hasło.</p>
<p>Potem na adres e-mail przyjdzie wiadomość.</p>
<p>W wiadomości jest link.</p>
<p>Trzeba kliknąć w ten link.</p>
<p>Wtedy konto jest gotowe.</p>
<p>Teraz można się zalogować i napisać komentarz.</p>
<p>Komentarz zobaczą inne osoby.</p>
<p>Komentarz powinien dotyczyć tematu konsultacji.</p>
<p>Prosimy pisać grzecznie.</p>
<h3>Jak wypełnić ankietę?</h3>
<p>Ankieta to lista pytań.</p>
<p>W menu proszę wybrać słowo „Ankiety”.</p>
<p>Proszę wybrać ankietę i odpowiedzieć na pytania.</p>
<p>Do ankiety nie trzeba zakładać konta.</p>
<p>Nie trzeba podawać imienia ani nazwiska.</p>
<p>Nikt nie będzie wiedział, kto wypełnił ankietę.</p>
<p>Każdą ankietę można wypełnić tylko jeden raz.</p>
<h3>Czy mogę wziąć udział bez komputera?</h3>
<p>Tak.</p>
<p>Niektóre ankiety są na papierze.</p>
<p>Można je wypełnić w biurze rady dzielnicy.</p>
<p>Rada dzielnicy to grupa mieszkańców.</p>
<p>Ci mieszkańcy dbają o sprawy swojej dzielnicy.</p>
<p>W biurze rady są dyżury.</p>
<p>Dyżur to czas, kiedy w biurze jest ktoś z rady.</p>
<p>Adresy biur i godziny dyżurów można sprawdzić w dziale „Dzielnice”.</p>
<p>Można też o nie zapytać przez telefon w Urzędzie Miasta.</p>
<p>Swoje uwagi można też napisać na kartce.</p>
<p>Kartkę można przynieść do Urzędu Miasta albo wysłać pocztą.</p>
<h2>Co się dzieje po konsultacjach?</h2>
<p>Miasto zbiera wszystkie opinie.</p>
<p>Potem miasto pisze raport.</p>
<p>Raport to dokument, w którym miasto opisuje, co powiedzieli mieszkańcy.</p>
<p>W raporcie miasto pisze też, co zrobi z opiniami mieszkańców.</p>
<p>Raporty są w dziale „Wyniki”.</p>
<h2>Gdzie jest Urząd Miasta?</h2>
<p>Urząd Miasta Częstochowy jest przy ulicy Śląskiej 11/13.</p>
<p>Kod pocztowy to 42-217 Częstochowa.</p>
<p>W Urzędzie jest Kancelaria.</p>
<p>Kancelaria to miejsce, w którym można zostawić pismo.</p>
<p>Kancelaria jest w pokoju numer 3.</p>
<p>W Urzędzie można poprosić pracownika o pomoc.</p>
<h2>Jak mogę się skontaktować?</h2>
<p>Można zadzwonić pod numer <a href="tel:+48343707100">34 370 71 00</a>.</p>
<p>Można napisać e-mail na adres <a href="mailto:konsultacje@czestochowa.um.gov.pl">konsultacje@czestochowa.um.gov.pl</a>.</p>
<p>Można też wysłać list na adres:<br>Urząd Miasta Częstochowy<br>ulica Śląska 11/13<br>42-217 Częstochowa</p>
<p>Osoby głuche mogą przyjść do Urzędu z tłumaczem języka migowego.</p>
<p>Tłumacza zapewni Urząd.</p>
<p>Trzeba to zgłosić 3 dni robocze wcześniej.</p>
<p>Dni robocze to dni od poniedziałku do piątku, bez świąt.</p>
"""

PAGES = [
    ("home", HOME_TITLE, HOME_LEAD, HOME_BODY),
    ("about", ABOUT_TITLE, ABOUT_LEAD, ABOUT_BODY),
    ("contact", CONTACT_TITLE, CONTACT_LEAD, CONTACT_BODY),
    ("privacy", PRIVACY_TITLE, PRIVACY_LEAD, PRIVACY_BODY),
    ("terms", TERMS_TITLE, TERMS_LEAD, TERMS_BODY),
    ("easy-read", EASY_READ_TITLE, EASY_READ_LEAD, EASY_READ_BODY),
]

STATEMENT_DATE = date(2026, 11, 25)

STATEMENT_NON_COMPLIANCE = """\
<p>Serwis został uruchomiony niedawno i nie przeszedł jeszcze badania dostępności przeprowadzonego przez podmiot zewnętrzny. Poniżej wymieniamy znane nam niezgodności; lista może nie być pełna.</p>
<ul>
<li>Niektóre załączniki publikowane przez wydziały Urzędu i jednostki miejskie, zwłaszcza skany dokumentów w formacie PDF, mogą nie być dostępne cyfrowo. Mogą nie mieć warstwy tekstowej, nagłówków ani opisów tabel i rysunków, przez co nie odczyta ich czytnik ekranu.</li>
<li>Serwis nie zawiera jeszcze map. Materiały konsultacji dotyczących konkretnego terenu mogą zawierać plany i rysunki bez pełnego opisu tekstowego. Obszar, którego dotyczy konsultacja, opisujemy słownie w jej treści.</li>
</ul>
<p>Jeżeli potrzebują Państwo treści takiego dokumentu w dostępnej formie, prosimy o kontakt. Dane kontaktowe podajemy w części „Informacje zwrotne i dane kontaktowe”.</p>
"""

STATEMENT_EXEMPT_CONTENT = """\
<p>Z obowiązku zapewnienia dostępności wyłączone są:</p>
<ul>
<li>pliki biurowe, np. PDF lub DOC, opublikowane przed 23 września 2018 r., chyba że są potrzebne do prowadzonych obecnie spraw lub konsultacji;</li>
<li>multimedia nadawane na żywo, np. transmisje spotkań konsultacyjnych, jeżeli są prowadzone.</li>
</ul>
"""

STATEMENT_FACILITIES = """\
<ul>
<li>Serwis działa także przy wyłączonej obsłudze JavaScriptu.</li>
<li>Treść strony można powiększyć do 200% bez utraty informacji i funkcji.</li>
<li>Serwis dostosowuje się do wielkości ekranu i działa na telefonach o szerokości ekranu od 320 pikseli, bez potrzeby przewijania w poziomie.</li>
<li>Na początku każdej strony znajduje się odnośnik „Przejdź do treści”, który pozwala pominąć nagłówek i menu.</li>
<li>Element, na którym znajduje się fokus klawiatury, jest wyraźnie wyróżniony.</li>
<li>Nawigacja wygląda i działa tak samo na wszystkich stronach serwisu.</li>
<li>Obrazy i wykresy mają tekstowe odpowiedniki.</li>
<li>Język strony jest oznaczony jako polski, dzięki czemu czytniki ekranu stosują właściwą wymowę.</li>
<li>W serwisie jest strona z tekstem łatwym do czytania (ETR).</li>
</ul>
"""

STATEMENT_ARCHITECTURE = """\
<p>Uwagi w konsultacjach i inne pisma można złożyć osobiście w budynku Urzędu Miasta Częstochowy przy ul. Śląskiej 11/13.</p>
<ul>
<li>Główne wejście do budynku znajduje się od strony ul. Śląskiej.</li>
<li>Kancelaria Urzędu, która przyjmuje pisma, mieści się na parterze, w pokoju nr 3.</li>
<li>Osoby, które potrzebują pomocy w dotarciu do właściwego pokoju lub w załatwieniu sprawy, mogą zwrócić się do pracowników Urzędu. Wsparcie łatwiej przygotować, jeżeli potrzebę zgłoszą Państwo wcześniej telefonicznie lub e-mailem.</li>
<li>Do budynku można wejść z psem asystującym.</li>
<li>Spotkania konsultacyjne mogą odbywać się także w innych miejscach. Informację o ich dostępności podajemy w opisie spotkania.</li>
</ul>
<p>Szczegółowy opis dostępności architektonicznej budynków Urzędu znajduje się w Biuletynie Informacji Publicznej Urzędu Miasta Częstochowy.</p>
"""

STATEMENT_COMMUNICATION = """\
<ul>
<li>Z Urzędem Miasta Częstochowy można się skontaktować e-mailem (<a href="mailto:konsultacje@czestochowa.um.gov.pl">konsultacje@czestochowa.um.gov.pl</a> lub <a href="mailto:info@czestochowa.um.gov.pl">info@czestochowa.um.gov.pl</a>), przez elektroniczną skrzynkę podawczą ePUAP (/97j3t1ixjk/SkrytkaESP), telefonicznie pod numerem <a href="tel:+48343707100">34 370 71 00</a>, pocztą albo osobiście.</li>
<li>Osoby, które mają trwałe lub okresowe trudności w komunikowaniu się, mogą bezpłatnie skorzystać z pomocy tłumacza polskiego języka migowego (PJM), systemu językowo-migowego (SJM) lub sposobu komunikowania się osób głuchoniewidomych (SKOGN). Potrzebę skorzystania z tłumacza należy zgłosić co najmniej 3 dni robocze przed planowaną wizytą, z wyjątkiem sytuacji nagłych.</li>
<li>Zgłoszenie można przesłać e-mailem, przez ePUAP, pocztą albo przekazać telefonicznie za pośrednictwem innej osoby.</li>
<li>Informację o tym, w których miejscach obsługi dostępne są pętle indukcyjne, można uzyskać telefonicznie lub e-mailem. Jeżeli potrzebują Państwo pętli indukcyjnej podczas spotkania konsultacyjnego, prosimy zgłosić to z wyprzedzeniem osobie wskazanej w opisie konsultacji.</li>
</ul>
"""


def create_site_content(apps, schema_editor):
    from django.conf import settings

    SitePage = apps.get_model("czestochowa_portal", "SitePage")
    AccessibilityStatement = apps.get_model("czestochowa_portal", "AccessibilityStatement")

    for kind, title, lead, body in PAGES:
        SitePage.objects.get_or_create(
            kind=kind, defaults={"title": title, "lead": lead, "body": body}
        )

    AccessibilityStatement.objects.get_or_create(
        pk=1,
        defaults={
            "entity_name": "Urząd Miasta Częstochowy",
            "site_name": "Konsultacje Społeczne Częstochowa",
            "site_url": settings.SITE_URL.rstrip("/") + "/",
            "published_on": STATEMENT_DATE,
            "updated_on": STATEMENT_DATE,
            "status": "czesciowo",
            "non_compliance": STATEMENT_NON_COMPLIANCE,
            "exempt_content": STATEMENT_EXEMPT_CONTENT,
            "excessive_cost": "",
            "prepared_on": STATEMENT_DATE,
            "reviewed_on": None,
            "assessment": "samoocena",
            "audit_report_url": "",
            "facilities": STATEMENT_FACILITIES,
            "keyboard_shortcuts": "",
            "contact_person": "Koordynator do spraw dostępności Urzędu Miasta Częstochowy",
            "contact_email": "konsultacje@czestochowa.um.gov.pl",
            "contact_phone": "34 370 71 00",
            "mobile_apps": "",
            "architecture": STATEMENT_ARCHITECTURE,
            "architecture_url": "https://bip.czestochowa.pl",
            "communication": STATEMENT_COMMUNICATION,
        },
    )


def delete_site_content(apps, schema_editor):
    SitePage = apps.get_model("czestochowa_portal", "SitePage")
    AccessibilityStatement = apps.get_model("czestochowa_portal", "AccessibilityStatement")
    SitePage.objects.filter(kind__in=[kind for kind, *_ in PAGES]).delete()
    AccessibilityStatement.objects.filter(pk=1).delete()


class Migration(migrations.Migration):
    dependencies = [("czestochowa_portal", "0003_site_domain")]

    operations = [migrations.RunPython(create_site_content, delete_site_content)]
