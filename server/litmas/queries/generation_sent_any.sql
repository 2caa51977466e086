-- What left the server for one generation, whatever its case (the admin's oversight).
SELECT id, drafter, redacted, backend_host, prompt_sent FROM litmas_generations WHERE id = $id
