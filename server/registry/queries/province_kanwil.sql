-- The 38 provinces and the Kanwil that serves each.
SELECT province_code, province, kanwil FROM province_kanwil ORDER BY province_code
