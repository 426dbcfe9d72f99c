"""Building blocks every app stands on: rich text, slugs, pagination, read-only history,
roles, Polish order and the stored-page cache. Nothing here imports an app of the portal."""
