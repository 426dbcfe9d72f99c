"""Links between pages of a list that keep the visitor's filters."""


def page_query(request, param="page") -> str:
    """The current query string without the page number, ready for `param=N` to follow."""
    query = request.GET.copy()
    query.pop(param, None)
    encoded = query.urlencode()
    return f"?{encoded}&" if encoded else "?"
