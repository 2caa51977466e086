-- Saves a case's fields if its revision is still $revision and it is still editable; returns its id (no row: changed elsewhere).
UPDATE litmas_cases SET title = $title, request = $request::JSON, facts = $facts::JSON, assessment = $assessment::JSON,
  revision = revision + 1, updated_at = now()
WHERE id = $id AND revision = $revision AND status IN ('draft', 'returned') RETURNING id
