-- The worklist's overdue filter and count ask, for every case in scope, whether one of its
-- deadlines is open and past due. With the case first and the three columns after it, this index
-- answers that on its own, without reading the deadline rows: at a million cases they no longer
-- all fit in memory, and a street's count read them from disk. (idx_deadline_case stays: H2
-- keeps it for the foreign key.)
CREATE INDEX idx_deadline_case_open ON case_deadline (case_id, met_at, lapsed_at, due_at);
