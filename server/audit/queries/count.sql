-- How many events match the filter (same filter as list.sql): $user, $action (itself
-- or a prefix: `auth` matches `auth.login`), $from and $to (days, inclusive), each NULL for any.
SELECT count(*)::INTEGER AS n
FROM audit_log
WHERE ($user IS NULL OR username = $user)
  AND ($action IS NULL OR action = $action OR action LIKE $action || '.%')
  AND ($from IS NULL OR occurred_at >= $from::DATE)
  AND ($to IS NULL OR occurred_at < $to::DATE + INTERVAL 1 DAY)
