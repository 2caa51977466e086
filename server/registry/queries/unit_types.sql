-- Unit types present in the registry with their number of units.
SELECT upt_type AS code, count(*)::INTEGER AS units
FROM upt
GROUP BY upt_type
ORDER BY upt_type
