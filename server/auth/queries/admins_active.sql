-- How many active admins there are.
SELECT count(*)::INTEGER AS n FROM users WHERE role = 'admin' AND active
