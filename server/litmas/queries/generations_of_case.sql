-- The generations of a case, newest first, with their number of HTTP attempts (what was sent is read on its own).
SELECT id, kind, drafter, backend_host, model_requested, model_answered, template_id, template_version, template_hash, redacted,
  prompt_tokens, completion_tokens, latency_ms, first_section_ms, flags, outcome, error, draft_id, user_id,
  (SELECT count(*) FROM litmas_generation_attempts a WHERE a.generation_id = litmas_generations.id)::INTEGER AS attempts,
  strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') AS created_at
FROM litmas_generations WHERE case_id = $c ORDER BY id DESC
