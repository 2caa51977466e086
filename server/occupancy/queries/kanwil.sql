-- One row per Kanwil at a snapshot date with its figures, most overcrowded first.
WITH k AS (
  SELECT
    kanwil,
    sum(units)::INTEGER               AS units,
    sum(units_with_capacity)::INTEGER AS units_with_capacity,
    sum(units_over_capacity)::INTEGER AS units_over_capacity,
    sum(capacity)::INTEGER            AS capacity,
    sum(detainees + prisoners)::INTEGER AS residents,
    sum(detainees)::INTEGER           AS detainees,
    sum(prisoners)::INTEGER           AS prisoners,
    sum(children)::INTEGER            AS children,
    sum(women)::INTEGER               AS women,
    sum(narcotics_cases)::INTEGER     AS narcotics_cases
  FROM occupancy_rollup
  WHERE snapshot_date = $date::DATE
    AND ($types IS NULL OR list_contains(string_split($types, ','), upt_type))
  GROUP BY kanwil
)
SELECT
  k.*,
  occupancy_pct(residents, capacity)::DOUBLE    AS occupancy_pct,
  overcrowding_pct(residents, capacity)::DOUBLE AS overcrowding_pct,
  load_band(residents, capacity)                AS band,
  coalesce((SELECT list(province_code ORDER BY province_code) FROM province_kanwil p WHERE p.kanwil = k.kanwil), [])
                                                AS province_codes
FROM k
ORDER BY overcrowding_pct DESC NULLS LAST, occupancy_pct DESC NULLS LAST, kanwil
