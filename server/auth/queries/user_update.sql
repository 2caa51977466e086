-- Saves a user's name, role, Bapas, Kanwil and whether it is active.
UPDATE users SET display_name = $d, role = $r, bapas_code = $b, kanwil = $k, active = $a, updated_at = now() WHERE id = $id
