-- Records one HTTP attempt of a generation.
INSERT INTO litmas_generation_attempts (generation_id, n, purpose, try_no, status, request_id, latency_ms, prompt_tokens, completion_tokens, raw_answer, raw_sha256, error, retry_after_s)
VALUES ($g, $n, $purpose, $try_no, $status, $request_id, $latency_ms, $pt, $ct, $raw, $sha, $error, $retry)
