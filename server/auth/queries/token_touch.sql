-- Writes a token's last use.
UPDATE api_tokens SET last_used_at = now() WHERE id = $id
