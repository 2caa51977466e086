-- One user by username, with the password hash (for the sign-in check only).
SELECT id, username, display_name, role, bapas_code, kanwil, active,
  strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') AS created_at, strftime(updated_at, '%Y-%m-%dT%H:%M:%SZ') AS updated_at,
  strftime(password_changed_at, '%Y-%m-%dT%H:%M:%SZ') AS password_changed_at,
  password_hash
FROM users WHERE username = $u
