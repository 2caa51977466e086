-- What left the server for one generation, whatever its case, as the admin may read it: with every identity replaced (older clear-text generations have no such view: NULL).
SELECT id, drafter, redacted, backend_host, CASE WHEN redacted THEN coalesce(prompt_redacted, prompt_sent) ELSE prompt_redacted END AS prompt_sent
FROM litmas_generations WHERE id = $id
