-- Ends every session of a user but one ($e, or none when NULL).
DELETE FROM sessions WHERE user_id = $u AND id_hash <> coalesce($e, '')
