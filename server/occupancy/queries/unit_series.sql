-- The series of one unit, oldest first, between $from and $to (NULL: open): every
-- snapshot ($monthly false), or the last snapshot of each month ($monthly true). The
-- trend of a unit and the unit's history both read it.
SELECT
  strftime(snapshot_date, '%Y-%m')                  AS month,
  snapshot_date                                     AS date,
  capacity,
  residents,
  detainees,
  prisoners,
  children,
  women,
  narcotics_cases,
  occupancy_pct(residents, capacity)::DOUBLE        AS occupancy_pct,
  overcrowding_pct(residents, capacity)::DOUBLE     AS overcrowding_pct
FROM occupancy_figures
WHERE upt_code = $upt_code
  AND snapshot_date BETWEEN coalesce($from::DATE, DATE '0001-01-01') AND coalesce($to::DATE, DATE '9999-12-31')
QUALIFY NOT $monthly OR row_number() OVER (PARTITION BY date_trunc('month', snapshot_date) ORDER BY snapshot_date DESC) = 1
ORDER BY snapshot_date
