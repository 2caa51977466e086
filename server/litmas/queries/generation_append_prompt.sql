-- Adds a later request of a generation (the repair) to what was sent.
UPDATE litmas_generations SET prompt_sent = coalesce(prompt_sent, '') || $p WHERE id = $id
