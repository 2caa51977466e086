-- The latest 500 generations with their case's Bapas, user and number of HTTP attempts, no case content (the admin's oversight).
SELECT g.id, g.case_id, c.bapas_code, g.kind, g.drafter, g.backend_host, g.model_requested, g.model_answered, g.redacted,
  g.template_id, g.template_version, g.template_hash, g.prompt_tokens, g.completion_tokens, g.latency_ms, g.flags, g.outcome,
  (SELECT count(*) FROM litmas_generation_attempts a WHERE a.generation_id = g.id)::INTEGER AS attempts,
  u.username, strftime(g.created_at, '%Y-%m-%dT%H:%M:%SZ') AS created_at
FROM litmas_generations g LEFT JOIN litmas_cases c ON c.id = g.case_id LEFT JOIN users u ON u.id = g.user_id
ORDER BY g.id DESC LIMIT 500
