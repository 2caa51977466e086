-- Writes back a session's last use (epoch ms $t).
UPDATE sessions SET last_seen_at = make_timestamptz($t::BIGINT * 1000) WHERE id_hash = $h
