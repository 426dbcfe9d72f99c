"""Starting rows the migrations load: the units that run consultations, categories, forms.

The city reorganises often, so these are only the starting rows: the admin edits them.
"""

# (symbol, full name, e-mail)
DEPARTMENTS = [
    ("IZ", "Wydział Inwestycji i Zamówień Publicznych", ""),
    ("MZD", "Miejski Zarząd Dróg w Częstochowie", ""),
    ("MPUP", "Miejska Pracownia Urbanistyczno-Planistyczna", ""),
    ("OŚR", "Wydział Ochrony Środowiska, Rolnictwa i Leśnictwa", ""),
    ("GK", "Wydział Geodezji i Kartografii", ""),
    ("MN", "Wydział Mienia i Nadzoru Właścicielskiego", "mn@czestochowa.um.gov.pl"),
    ("PS", "Wydział Polityki Społecznej", "ps@czestochowa.um.gov.pl"),
    ("KiS", "Wydział Kultury i Sportu", "ks@czestochowa.um.gov.pl"),
    (
        "BGLK",
        "Biuro Gospodarki Lokalowej i Usług Komunalnych",
        "bglk@czestochowa.um.gov.pl",
    ),
    ("IMIK", "Wydział Inżynierii Miejskiej i Kontroli", ""),
]


def ensure_departments(department_model):
    for code, name, email in DEPARTMENTS:
        department_model.objects.get_or_create(code=code, defaults={"name": name, "email": email})


# (slug, name, is a planned city investment)
CATEGORIES = [
    ("inwestycje", "Inwestycje", True),
    ("transport", "Transport", False),
    ("zielen-i-srodowisko", "Zieleń i środowisko", False),
    ("planowanie-przestrzenne", "Planowanie przestrzenne", False),
    ("edukacja", "Edukacja", False),
    ("sprawy-spoleczne", "Sprawy społeczne", False),
    ("kultura-i-sport", "Kultura i sport", False),
    ("inne", "Inne", False),
]

# (slug, name): the forms of consultation named in the city's announcements and in
# art. 8i of the spatial planning act.
METHODS = [
    ("ankieta", "ankieta"),
    ("uwagi-na-formularzu", "uwagi na formularzu"),
    ("spotkanie-otwarte", "spotkanie otwarte"),
    ("spotkanie-online", "spotkanie online"),
    ("warsztaty", "warsztaty"),
    ("spacer-studyjny", "spacer studyjny"),
    ("dyzur-eksperta", "dyżur eksperta"),
    ("punkt-konsultacyjny", "punkt konsultacyjny"),
    ("uwagi-papierowe", "uwagi papierowe"),
]


def ensure_categories(category_model):
    for position, (slug, name, is_investment) in enumerate(CATEGORIES):
        category_model.objects.get_or_create(
            slug=slug,
            defaults={"name": name, "position": position, "is_investment": is_investment},
        )


def ensure_methods(method_model):
    for position, (slug, name) in enumerate(METHODS):
        method_model.objects.get_or_create(slug=slug, defaults={"name": name, "position": position})
