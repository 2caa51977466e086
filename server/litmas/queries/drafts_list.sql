-- Every draft version of a case (without its content), oldest first.
SELECT d.id, d.case_id, d.version_no, d.source, d.generation_id, d.created_by, u.display_name AS created_by_name, strftime(d.created_at, '%Y-%m-%dT%H:%M:%SZ') AS created_at
FROM litmas_drafts d LEFT JOIN users u ON u.id = d.created_by WHERE d.case_id = $c ORDER BY d.version_no
