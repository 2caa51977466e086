-- Sets one setting's JSON value.
INSERT OR REPLACE INTO settings VALUES ($k, $v::JSON)
