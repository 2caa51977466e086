-- What left the server for one generation of a case.
SELECT id, drafter, redacted, backend_host, prompt_sent FROM litmas_generations WHERE id = $id AND case_id = $c
