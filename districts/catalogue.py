"""The city's 20 districts as set by the council's 2004 resolution on districts.

Used by a data migration (with the historical model) and by seed_demo.
"""

# (number, official name, slug, form after „Rada Dzielnicy”)
DISTRICTS = [
    (1, "Błeszno", "bleszno", "Błeszno"),
    (2, "Częstochówka-Parkitka", "czestochowka-parkitka", "Częstochówka-Parkitka"),
    (3, "Dźbów", "dzbow", "Dźbów"),
    (4, "Gnaszyn-Kawodrza", "gnaszyn-kawodrza", "Gnaszyn-Kawodrza"),
    (5, "Grabówka", "grabowka", "Grabówka"),
    (6, "Kiedrzyn", "kiedrzyn", "Kiedrzyn"),
    (7, "Lisiniec", "lisiniec", "Lisiniec"),
    (8, "Mirów", "mirow", "Mirów"),
    (9, "Ostatni Grosz", "ostatni-grosz", "Ostatni Grosz"),
    # The one adjectival name, so it declines: „Rada Dzielnicy Podjasnogórskiej”.
    (10, "Podjasnogórska", "podjasnogorska", "Podjasnogórskiej"),
    (11, "Północ", "polnoc", "Północ"),
    (12, "Raków", "rakow", "Raków"),
    (13, "Stare Miasto", "stare-miasto", "Stare Miasto"),
    (14, "Stradom", "stradom", "Stradom"),
    (15, "Śródmieście", "srodmiescie", "Śródmieście"),
    (16, "Trzech Wieszczów", "trzech-wieszczow", "Trzech Wieszczów"),
    (17, "Tysiąclecie", "tysiaclecie", "Tysiąclecie"),
    (18, "Wrzosowiak", "wrzosowiak", "Wrzosowiak"),
    (19, "Wyczerpy-Aniołów", "wyczerpy-aniolow", "Wyczerpy-Aniołów"),
    (20, "Zawodzie-Dąbie", "zawodzie-dabie", "Zawodzie-Dąbie"),
]


def ensure_districts(district_model):
    """Create the districts that are missing; leave edited ones as the city left them."""
    for number, name, slug, genitive in DISTRICTS:
        district_model.objects.get_or_create(
            number=number, defaults={"name": name, "slug": slug, "name_genitive": genitive}
        )
