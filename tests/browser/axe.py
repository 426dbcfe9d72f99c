from axe_playwright_python.sync_playwright import Axe

_axe = Axe()


def axe_violations(page) -> str:
    """Run every axe-core rule on the page; return a readable report, empty when clean."""
    results = _axe.run(page)
    if results.violations_count == 0:
        return ""
    return results.generate_report()
