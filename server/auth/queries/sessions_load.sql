-- Every stored session (hash, user, start and last use in epoch ms), loaded into memory at start.
SELECT id_hash, user_id, epoch_ms(created_at)::DOUBLE AS c, epoch_ms(last_seen_at)::DOUBLE AS l FROM sessions
