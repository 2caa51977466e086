-- Monthly series (the last snapshot of each month) of capacity and residents with
-- their split, for the whole country or a Kanwil and/or unit types, from the rollup.
WITH daily AS (
  SELECT
    snapshot_date,
    sum(capacity)   AS capacity,
    sum(detainees)  AS detainees,
    sum(prisoners)  AS prisoners,
    sum(children)   AS children,
    sum(women)      AS women
  FROM occupancy_rollup
  WHERE snapshot_date BETWEEN coalesce($from::DATE, DATE '0001-01-01') AND coalesce($to::DATE, DATE '9999-12-31')
    AND ($kanwil IS NULL OR kanwil = $kanwil)
    AND ($types IS NULL OR list_contains(string_split($types, ','), upt_type))
  GROUP BY snapshot_date
)
SELECT
  strftime(snapshot_date, '%Y-%m')                    AS month,
  snapshot_date                                       AS date,
  capacity::INTEGER                                   AS capacity,
  (detainees + prisoners)::INTEGER                    AS residents,
  detainees::INTEGER                                  AS detainees,
  prisoners::INTEGER                                  AS prisoners,
  children::INTEGER                                   AS children,
  women::INTEGER                                      AS women,
  occupancy_pct(detainees + prisoners, capacity)::DOUBLE    AS occupancy_pct,
  overcrowding_pct(detainees + prisoners, capacity)::DOUBLE AS overcrowding_pct
FROM daily
QUALIFY row_number() OVER (PARTITION BY date_trunc('month', snapshot_date) ORDER BY snapshot_date DESC) = 1
ORDER BY snapshot_date
