-- One unit of the registry by code.
SELECT upt_code, name, upt_type, class, kanwil, province_code, city, latitude, longitude, capacity
FROM upt
WHERE upt_code = $upt_code
