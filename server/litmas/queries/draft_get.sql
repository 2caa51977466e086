-- One draft version of a case ($v), or the latest ($v NULL).
SELECT d.id, d.case_id, d.version_no, d.source, d.generation_id, d.content::VARCHAR AS content, d.created_by,
  u.display_name AS created_by_name, strftime(d.created_at, '%Y-%m-%dT%H:%M:%SZ') AS created_at
FROM litmas_drafts d LEFT JOIN users u ON u.id = d.created_by
WHERE d.case_id = $c AND ($v IS NULL OR d.version_no = $v) ORDER BY d.version_no DESC LIMIT 1
