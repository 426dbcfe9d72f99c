"""Units of the city that run consultations, as named in the city's own documents.

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
