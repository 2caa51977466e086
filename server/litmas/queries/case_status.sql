-- Moves a case to $status if it is in one of $from (comma-separated), recording the approval when final; returns its id.
UPDATE litmas_cases SET status = $status, updated_at = now(),
  approved_by = CASE WHEN $status = 'final' THEN $by ELSE approved_by END,
  approved_at = CASE WHEN $status = 'final' THEN now() ELSE approved_at END,
  approved_version = CASE WHEN $status = 'final' THEN $version ELSE approved_version END
WHERE id = $id AND list_contains(string_split($from, ','), status) RETURNING id
