"""Polish alphabetical order, the same on SQLite and PostgreSQL.

Plain code-point order puts „Śródmieście” after „Zawodzie-Dąbie”; Polish order puts each
letter with a diacritic right after its base letter (S, Ś, T …).
"""

ALPHABET = "aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż"
_RANK = {letter: index for index, letter in enumerate(ALPHABET)}


def polish_sort_key(text: str) -> tuple:
    """Key for sorted(): letters by the Polish alphabet, then anything else after them."""
    return tuple((0, _RANK[char]) if char in _RANK else (1, ord(char)) for char in text.casefold())


def sorted_polish(items, key=lambda item: str(item)):
    return sorted(items, key=lambda item: polish_sort_key(key(item)))


def in_polish_order(districts):
    """The same queryset, ordered by name as Polish sorts it, whatever the database."""
    from django.db.models import Case, IntegerField, Value, When

    names = sorted_polish(districts.values_list("pk", "name"), key=lambda row: row[1])
    rank = Case(
        *[When(pk=pk, then=Value(index)) for index, (pk, _) in enumerate(names)],
        output_field=IntegerField(),
    )
    return districts.order_by(rank) if names else districts
