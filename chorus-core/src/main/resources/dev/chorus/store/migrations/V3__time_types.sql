-- Time expressions as TimeML TIMEX3: the type, the TIMEX3 value and the tense that placed a year-less or
-- weekday-only expression. Rows written before this version keep nulls: they are calendar dates of unknown tense.
ALTER TABLE time_expressions ADD COLUMN IF NOT EXISTS timex_type VARCHAR;   -- DATE | TIME | DURATION | SET
ALTER TABLE time_expressions ADD COLUMN IF NOT EXISTS timex_value VARCHAR;  -- 2013-03-22T20:00, 2012-SU, P3D, XXXX-WXX-1, PRESENT_REF, …
ALTER TABLE time_expressions ADD COLUMN IF NOT EXISTS direction VARCHAR;    -- PAST | FUTURE | NONE
