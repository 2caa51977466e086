-- One setting's JSON value by key (no row: not set).
SELECT value::VARCHAR AS value FROM settings WHERE key = $k
