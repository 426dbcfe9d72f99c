"""Building blocks every app stands on: rich text, slugs, pagination, read-only history,
roles, Polish order, the stored-page cache, files answered after a permission check and
Polish working days. Nothing here imports an app of the portal."""
