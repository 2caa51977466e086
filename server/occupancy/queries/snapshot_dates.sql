-- Every snapshot date, oldest first.
SELECT snapshot_date AS date FROM snapshot_dates ORDER BY snapshot_date
