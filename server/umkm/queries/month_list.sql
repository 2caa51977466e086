-- Every month with sales, oldest first: the calendar periods are resolved with.
SELECT DISTINCT month FROM umkm_rollup ORDER BY month
