-- How many units of a year pass the filters of units.sql ($year, $category, $kanwil,
-- $types, $q): the unit table's total, counted apart so that the page is a top-N.
SELECT count(*)::INTEGER AS total
FROM umkm_units($year, $category, $kanwil, $types, $q)
