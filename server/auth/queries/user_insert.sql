-- Stores a new user and returns its id.
INSERT INTO users (username, display_name, role, bapas_code, kanwil, password_hash)
VALUES ($username, $display_name, $role, $bapas, $kanwil, $hash) RETURNING id
