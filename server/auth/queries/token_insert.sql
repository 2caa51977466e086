-- Stores a new API token by its hash and returns its id.
INSERT INTO api_tokens (user_id, name, token_hash, prefix) VALUES ($u, $n, $h, $p) RETURNING id
