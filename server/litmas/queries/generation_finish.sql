-- Records how a generation ended: outcome, model, tokens, timings, flags, draft, error.
UPDATE litmas_generations SET outcome = $outcome, model_answered = $ma, prompt_tokens = $pt, completion_tokens = $ct,
  latency_ms = $lat, first_section_ms = $fs, flags = $flags, draft_id = $draft, error = $error WHERE id = $id
