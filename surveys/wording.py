"""Polish words that agree with a number: „1 odpowiedź”, „2 odpowiedzi”, „5 odpowiedzi”."""


def plural_form(n: int, one: str, few: str, many: str) -> str:
    """The form of a noun for n: one (1), few (2–4, 22–24…) or many (0, 5–21, 25…)."""
    if n == 1:
        return one
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return few
    return many


def counted(n: int, one: str, few: str, many: str) -> str:
    """„3 odpowiedzi”, with a non-breaking space so the number never ends a line."""
    return f"{n}\u00a0{plural_form(n, one, few, many)}"


def answers_count(n: int) -> str:
    return counted(n, "odpowiedź", "odpowiedzi", "odpowiedzi")
