-- Stores a new case and returns its id.
INSERT INTO litmas_cases (bapas_code, pk_user_id, kind, title, request, facts, assessment)
VALUES ($bapas, $pk, $kind, $title, $request::JSON, $facts::JSON, $assessment::JSON) RETURNING id
