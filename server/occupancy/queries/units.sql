-- One page of units at a snapshot date with their figures and the filtered total.
-- The ORDER BY placeholder is replaced with a whitelisted column and direction, never user text.
SELECT *, count(*) OVER ()::INTEGER AS total
FROM upt_rows($date::DATE, $kanwil, $types, $q)
ORDER BY {{order_by}}, upt_code
LIMIT $limit OFFSET $offset
