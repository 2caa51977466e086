-- Stores a new session by the hash of its id; $t is the time in epoch ms.
INSERT INTO sessions VALUES ($h, $u, make_timestamptz($t::BIGINT * 1000), make_timestamptz($t::BIGINT * 1000), $ip, $ua)
