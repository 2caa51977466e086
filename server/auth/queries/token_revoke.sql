-- Revokes one live token of a user; returns its id (no row: none such).
UPDATE api_tokens SET revoked_at = now() WHERE id = $id AND user_id = $u AND revoked_at IS NULL RETURNING id
