-- One API token by id (never its hash).
SELECT id, name, prefix, strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') AS created_at,
  strftime(last_used_at, '%Y-%m-%dT%H:%M:%SZ') AS last_used_at, strftime(revoked_at, '%Y-%m-%dT%H:%M:%SZ') AS revoked_at
FROM api_tokens WHERE id = $id
