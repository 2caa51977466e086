-- How many active admins there are besides user $id.
SELECT count(*)::INTEGER AS n FROM users WHERE role = 'admin' AND active AND id <> $id
