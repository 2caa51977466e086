-- The number of units in the registry.
SELECT count(*)::INTEGER AS upt_count FROM upt
