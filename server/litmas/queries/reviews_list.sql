-- The review steps of a case, oldest first.
SELECT r.id, r.action, r.comment, r.user_id, u.display_name AS user_name, strftime(r.created_at, '%Y-%m-%dT%H:%M:%SZ') AS created_at
FROM litmas_reviews r LEFT JOIN users u ON u.id = r.user_id WHERE r.case_id = $c ORDER BY r.id
