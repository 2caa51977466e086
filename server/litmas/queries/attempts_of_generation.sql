-- The HTTP attempts of one generation, in order, with their raw answers when $raw (the case's Bapas), without them otherwise (the admin).
SELECT n, purpose, try_no, status, request_id, latency_ms, prompt_tokens, completion_tokens, raw_sha256, error, retry_after_s,
  CASE WHEN $raw THEN raw_answer ELSE NULL END AS raw_answer, strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') AS created_at
FROM litmas_generation_attempts WHERE generation_id = $g ORDER BY n
