-- The live token with this hash and its user (no row: unknown or revoked).
SELECT id, user_id FROM api_tokens WHERE token_hash = $h AND revoked_at IS NULL
