-- One user by id (never the password hash).
SELECT id, username, display_name, role, bapas_code, kanwil, active,
  strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') AS created_at, strftime(updated_at, '%Y-%m-%dT%H:%M:%SZ') AS updated_at,
  strftime(password_changed_at, '%Y-%m-%dT%H:%M:%SZ') AS password_changed_at
FROM users WHERE id = $id
