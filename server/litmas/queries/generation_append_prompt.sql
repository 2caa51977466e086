-- Adds a later request of a generation (the repair, the verification) to what was sent, and its redacted view.
UPDATE litmas_generations SET prompt_sent = coalesce(prompt_sent, '') || $p, prompt_redacted = coalesce(prompt_redacted, '') || $r WHERE id = $id
