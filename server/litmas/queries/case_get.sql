-- One case of a Bapas by id (no row: not there, or another Bapas's).
SELECT c.id, c.bapas_code, c.pk_user_id, u.display_name AS pk_name, c.kind, c.status, c.title,
  c.request::VARCHAR AS request, c.facts::VARCHAR AS facts, c.assessment::VARCHAR AS assessment, c.revision,
  strftime(c.created_at, '%Y-%m-%dT%H:%M:%SZ') AS created_at, strftime(c.updated_at, '%Y-%m-%dT%H:%M:%SZ') AS updated_at, c.approved_by, strftime(c.approved_at, '%Y-%m-%dT%H:%M:%SZ') AS approved_at, c.approved_version FROM litmas_cases c LEFT JOIN users u ON u.id = c.pk_user_id WHERE c.id = $id AND c.bapas_code = $bapas
