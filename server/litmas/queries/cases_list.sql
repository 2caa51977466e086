-- Cases of a Bapas ($bapas), newest first: all, or one PK's ($mine), or of one status ($status).
SELECT c.id, c.bapas_code, c.pk_user_id, u.display_name AS pk_name, c.kind, c.status, c.title,
  c.request::VARCHAR AS request, c.facts::VARCHAR AS facts, c.assessment::VARCHAR AS assessment, c.revision,
  strftime(c.created_at, '%Y-%m-%dT%H:%M:%SZ') AS created_at, strftime(c.updated_at, '%Y-%m-%dT%H:%M:%SZ') AS updated_at, c.approved_by, strftime(c.approved_at, '%Y-%m-%dT%H:%M:%SZ') AS approved_at, c.approved_version,
  (SELECT max(version_no) FROM litmas_drafts d WHERE d.case_id = c.id)::INTEGER AS draft_versions
FROM litmas_cases c LEFT JOIN users u ON u.id = c.pk_user_id
WHERE c.bapas_code = $bapas AND ($mine IS NULL OR c.pk_user_id = $mine) AND ($status IS NULL OR c.status = $status)
ORDER BY c.updated_at DESC, c.id DESC
