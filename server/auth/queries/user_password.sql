-- Sets a user's password hash.
UPDATE users SET password_hash = $h, password_changed_at = now(), updated_at = now() WHERE id = $id
