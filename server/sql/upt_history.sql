-- The history of one unit, oldest first: every snapshot ($monthly false), or the last
-- snapshot of each month ($monthly true: the dashboard's resolution).
SELECT
  snapshot_date AS date,
  capacity,
  (detainee_adult_male + detainee_adult_female + detainee_child_male + detainee_child_female +
   prisoner_adult_male + prisoner_adult_female + prisoner_child_male + prisoner_child_female)::INTEGER AS residents,
  (detainee_adult_male + detainee_adult_female + detainee_child_male + detainee_child_female)::INTEGER AS detainees,
  (prisoner_adult_male + prisoner_adult_female + prisoner_child_male + prisoner_child_female)::INTEGER AS prisoners,
  (detainee_child_male + detainee_child_female + prisoner_child_male + prisoner_child_female)::INTEGER AS children,
  (detainee_adult_female + detainee_child_female + prisoner_adult_female + prisoner_child_female)::INTEGER AS women,
  narcotics_cases,
  occupancy_pct(residents, capacity)::DOUBLE    AS occupancy_pct,
  overcrowding_pct(residents, capacity)::DOUBLE AS overcrowding_pct
FROM occupancy
WHERE upt_code = $upt_code
QUALIFY NOT $monthly OR row_number() OVER (PARTITION BY date_trunc('month', snapshot_date) ORDER BY snapshot_date DESC) = 1
ORDER BY snapshot_date
