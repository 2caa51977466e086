-- First and latest snapshot dates, how many there are, and the size of the registry.
SELECT
  min(snapshot_date)                         AS first_snapshot,
  max(snapshot_date)                         AS latest_snapshot,
  count(*)::INTEGER                          AS snapshot_count,
  (SELECT count(*) FROM upt)::INTEGER        AS upt_count
FROM snapshot_dates
