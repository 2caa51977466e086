-- Records a generation as it starts (outcome 'running') and returns its id.
INSERT INTO litmas_generations (case_id, user_id, kind, drafter, backend_host, model_requested, template_id, template_version, template_hash, redacted, prompt_sent, prompt_redacted, outcome)
VALUES ($case_id, $user_id, $kind, $drafter, $host, $model, $tid, $tver, $thash, $redacted, $prompt, $prompt_redacted, 'running') RETURNING id
