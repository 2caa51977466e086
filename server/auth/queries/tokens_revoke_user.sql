-- Revokes every live token of a user; returns their ids.
UPDATE api_tokens SET revoked_at = now() WHERE user_id = $u AND revoked_at IS NULL RETURNING id
