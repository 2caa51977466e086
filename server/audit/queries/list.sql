-- One page of the events that match the filter (as count.sql), newest first.
SELECT id::INTEGER AS id, strftime(occurred_at, '%Y-%m-%dT%H:%M:%S.%gZ') AS at, user_id, username, role, action, target, outcome, ip,
       details::VARCHAR AS details
FROM audit_log
WHERE ($user IS NULL OR username = $user)
  AND ($action IS NULL OR action = $action OR action LIKE $action || '.%')
  AND ($from IS NULL OR occurred_at >= $from::DATE)
  AND ($to IS NULL OR occurred_at < $to::DATE + INTERVAL 1 DAY)
ORDER BY id DESC
LIMIT $limit OFFSET $offset
