-- Every Bapas of the registry (researchers and supervisors belong to one).
SELECT upt_code, name, kanwil FROM upt WHERE upt_type = 'BAPAS' ORDER BY kanwil, name
