-- The snapshot date to show for a requested date: the last one on or before it
-- (the latest when $date is NULL). NULL when there is none.
SELECT max(snapshot_date) AS date
FROM snapshot_dates
WHERE snapshot_date <= coalesce($date::DATE, DATE '9999-12-31')
