-- Every round (year, event, day), oldest first: the calendar the service resolves a year and event with.
SELECT DISTINCT year, event, event_date
FROM remission_rollup
ORDER BY event_date, event
