# Polish dates as the city writes them: „1 grudnia 2026 r.”, „1 grudnia 2026 r., godz. 18:00”.
# Django's own Polish formats leave out „r.”; every `|date` without a format, the admin's
# lists and forms' displays use these.
DATE_FORMAT = r"j E Y \r."
DATETIME_FORMAT = r"j E Y \r., \g\o\d\z. H:i"
SHORT_DATETIME_FORMAT = r"d.m.Y H:i"
