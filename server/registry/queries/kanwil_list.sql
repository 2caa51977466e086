-- Every Kanwil with its provinces and number of units, by name.
SELECT
  k.kanwil AS name,
  coalesce((SELECT list(province_code ORDER BY province_code) FROM province_kanwil p WHERE p.kanwil = k.kanwil), []) AS province_codes,
  (SELECT count(*) FROM upt u WHERE u.kanwil = k.kanwil)::INTEGER AS units
FROM (SELECT kanwil FROM upt UNION SELECT kanwil FROM province_kanwil) k
ORDER BY k.kanwil
