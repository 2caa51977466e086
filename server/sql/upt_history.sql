-- Every snapshot of one unit, oldest first, as one JSON array text: DuckDB writes the
-- JSON of thousands of daily rows, the server passes it through.
SELECT coalesce(to_json(list({
    'date': strftime(snapshot_date, '%Y-%m-%d'),
    'capacity': capacity,
    'residents': residents,
    'detainees': detainees,
    'prisoners': prisoners,
    'children': children,
    'women': women,
    'narcotics_cases': narcotics_cases,
    'occupancy_pct': occupancy_pct(residents, capacity)::DOUBLE,
    'overcrowding_pct': overcrowding_pct(residents, capacity)::DOUBLE
  } ORDER BY snapshot_date)), '[]')::VARCHAR AS history
FROM (
  SELECT
    snapshot_date,
    capacity,
    (detainee_adult_male + detainee_adult_female + detainee_child_male + detainee_child_female +
     prisoner_adult_male + prisoner_adult_female + prisoner_child_male + prisoner_child_female)::INTEGER AS residents,
    (detainee_adult_male + detainee_adult_female + detainee_child_male + detainee_child_female)::INTEGER AS detainees,
    (prisoner_adult_male + prisoner_adult_female + prisoner_child_male + prisoner_child_female)::INTEGER AS prisoners,
    (detainee_child_male + detainee_child_female + prisoner_child_male + prisoner_child_female)::INTEGER AS children,
    (detainee_adult_female + detainee_child_female + prisoner_adult_female + prisoner_child_female)::INTEGER AS women,
    narcotics_cases
  FROM occupancy
  WHERE upt_code = $upt_code
)
