-- One row per year, every round of it together, oldest first, with the change of those
-- granted (recipients + released) against the year before. Same filters as rounds.sql.
WITH y AS (
  SELECT year,
    count(DISTINCT event) AS rounds,
    sum(recipients)       AS recipients,
    sum(released)         AS released,
    sum(months_granted)   AS months_granted
  FROM remission_rollup
  WHERE ($kanwil IS NULL OR kanwil = $kanwil)
    AND ($types IS NULL OR list_contains(string_split($types, ','), upt_type))
  GROUP BY year
)
SELECT
  year,
  rounds::INTEGER                            AS rounds,
  recipients::INTEGER                        AS recipients,
  released::INTEGER                          AS released,
  (recipients + released)::INTEGER           AS granted,
  months_granted::DOUBLE                     AS months_granted,
  (months_granted * 30)::DOUBLE              AS days_saved,
  (months_granted * 30 * $cost)::DOUBLE      AS food_cost_saved_idr,
  CASE WHEN lag(year) OVER w = year - 1 AND lag(recipients + released) OVER w > 0
       THEN 100.0 * ((recipients + released) - lag(recipients + released) OVER w) / lag(recipients + released) OVER w
  END::DOUBLE                                AS granted_change_pct
FROM y
WINDOW w AS (ORDER BY year)
ORDER BY year
