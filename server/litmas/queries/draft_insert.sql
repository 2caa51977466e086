-- Stores the next draft version of a case, only while its status is one of $when (comma-separated); returns its id.
INSERT INTO litmas_drafts (case_id, version_no, source, generation_id, content, created_by)
SELECT $c, (SELECT coalesce(max(version_no), 0) + 1 FROM litmas_drafts WHERE case_id = $c), $s, $g, $content::JSON, $u
WHERE EXISTS (SELECT 1 FROM litmas_cases WHERE id = $c AND list_contains(string_split($when, ','), status))
RETURNING id
