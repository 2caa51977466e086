-- Ends one session by its hash.
DELETE FROM sessions WHERE id_hash = $h
